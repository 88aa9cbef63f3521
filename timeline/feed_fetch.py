"""Feed URLs: download into a cache folder beside the database.

`fetch_feed` downloads one feed into `<db>.feeds/<sha256 of url>.xml` (written atomically,
with the URL beside it in `<sha256>.url` and the server's ETag and Last-Modified in
`<sha256>.http`), and `feed_origin` tells the reader which URL a cached file stands for,
so that its articles are known by the URL. Parsing is timeline/feeds.py's job.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

FETCH_TIMEOUT_SECONDS = 30.0  # per URL, connecting and reading together
FETCH_MAX_BYTES = 20 * 1024 * 1024  # as sources.DEFAULT_MAX_BYTES for files
USER_AGENT = "timeline-feed-reader/0.1 (news timeline extractor)"
_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, "
           "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")


class FetchError(OSError):
    """A feed URL could not be downloaded; the message names the URL and the problem."""


def is_url(text: str) -> bool:
    """Whether a source given by the user is a web address rather than a path."""
    return text.lower().startswith(("http://", "https://"))


def source_root(text: str) -> str:
    """A source as a flow run records it: a feed URL as given, a path resolved."""
    return text if is_url(text) else str(Path(text).resolve())


def cache_folder(db: str | Path) -> Path:
    """Where the feeds fetched for a database are kept: beside it."""
    return Path(f"{db}.feeds")


def cache_path(folder: Path, url: str) -> Path:
    return folder / f"{hashlib.sha256(url.encode('utf-8')).hexdigest()}.xml"


def feed_origin(path: Path) -> str | None:
    """The URL a file in a feed cache folder was fetched from, None for any other file.
    The name must be the hash of the URL recorded beside it, so a stray file never
    passes for a download."""
    if not path.parent.name.endswith(".feeds") or path.suffix != ".xml":
        return None
    try:
        url = path.with_suffix(".url").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return url if cache_path(path.parent, url).name == path.name else None


def fetch_feed(url: str, folder: Path, timeout: float = FETCH_TIMEOUT_SECONDS,
               max_bytes: int = FETCH_MAX_BYTES) -> Path:
    """Download a feed into `folder` and return the cached file. A feed polled every few
    minutes is asked for only if it changed (the ETag and Last-Modified of the last
    download are sent back); an unchanged feed leaves the file as it was (same modification
    time, so nothing downstream sees a new version). Raises FetchError naming the URL; the
    cached file is then left untouched."""
    path = cache_path(folder, url)
    validators_path = path.with_suffix(".http")
    validators: dict[str, str] = {}
    if path.exists():
        with contextlib.suppress(OSError, ValueError):
            validators = json.loads(validators_path.read_text(encoding="utf-8"))
    download = _download(url, timeout, max_bytes, validators)
    if download is None:  # 304 Not Modified
        return path
    data, new_validators = download
    folder.mkdir(parents=True, exist_ok=True)
    origin = path.with_suffix(".url")
    if not origin.exists():
        _write_atomically(origin, url.encode("utf-8") + b"\n")
    try:
        unchanged = path.read_bytes() == data
    except OSError:
        unchanged = False
    if not unchanged:
        _write_atomically(path, data)
    if new_validators != validators:
        _write_atomically(validators_path, json.dumps(new_validators).encode("utf-8"))
    return path


_VALIDATORS = {"etag": ("ETag", "If-None-Match"),
               "last_modified": ("Last-Modified", "If-Modified-Since")}


def _download(url: str, timeout: float, max_bytes: int,
              validators: dict[str, str]) -> tuple[bytes, dict[str, str]] | None:
    """The body and validators of a 200 response, None for 304 Not Modified."""
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    for key, (_, request_header) in _VALIDATORS.items():
        if isinstance(validators.get(key), str):
            headers[request_header] = validators[key]
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            received = {key: response.headers[header]
                        for key, (header, _) in _VALIDATORS.items() if response.headers[header]}
            # the socket timeout bounds each read; the deadline bounds a server that
            # trickles bytes for ever
            while chunk := response.read(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"feed too large: {url} sends more than "
                                     f"{_size(max_bytes)}")
                if time.monotonic() > deadline:
                    raise FetchError(f"cannot fetch feed: {url} (timed out after "
                                     f"{timeout:g} s)")
                chunks.append(chunk)
    except FetchError:
        raise
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return None
        raise FetchError(f"cannot fetch feed: {url} (HTTP {err.code} {err.reason})") from None
    except urllib.error.URLError as err:
        raise FetchError(f"cannot fetch feed: {url} ({_reason(err.reason)})") from None
    except (OSError, http.client.HTTPException, ValueError) as err:
        raise FetchError(f"cannot fetch feed: {url} ({_reason(err)})") from None
    if not size:
        raise FetchError(f"cannot fetch feed: {url} (the server sent nothing)")
    return b"".join(chunks), received


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1 << 20 else f"{n / (1 << 20):.1f} MB"


def _reason(err: object) -> str:
    if isinstance(err, TimeoutError):
        return "timed out"
    return " ".join(str(err).split()) or type(err).__name__


def _write_atomically(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never half of one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
