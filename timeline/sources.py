"""From files in an inbox to Articles: finding the files, decoding them, reading their
records and their reference time.

`discover` walks files and folders and yields the readable ones (or a Rejection saying why
one cannot be read); `read_articles` turns one file into Articles, or Rejections that name
the file (and line) and the problem. Neither raises for bad content, so one bad file never
stops a batch. In a file of many articles (JSONL, a JSON list, a feed) an item's rejection
carries the item's identity (`Rejection.item`, a hash of the file and the item's content), so
that the store can tell it again from run to run while the rest of the file changes.

Reference time, in order: a date field in the metadata (JSON), the dateline, the caller's
default reference. Without any of them the article is rejected; nothing is dated "today".

Feeds (.rss, .atom, .xml): one article per item, read by timeline/feeds.py; the item's own
date is the metadata date, the feed's title the agency when no dateline names one.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from timeline import feeds
from timeline.dateline import (
    Dateline,
    PrintedDate,
    find_dateline,
    future_problem,
    nearest_year,
    parse_printed_date,
)
from timeline.feed_fetch import feed_origin
from timeline.language import LANGUAGES, detect_language, normalize_language
from timeline.model import Article, Reference, Rejection

FORMATS = {".txt": "txt", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
           **{suffix: "feed" for suffix in feeds.FEED_SUFFIXES}}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("date", "dct", "published", "datetime", "timestamp")
TITLE_FIELDS = ("title", "headline")
LANG_FIELDS = ("lang", "language")
AGENCY_FIELDS = ("agency", "source")
_KNOWN_FIELDS = frozenset(
    TEXT_FIELDS + DATE_FIELDS + TITLE_FIELDS + LANG_FIELDS + AGENCY_FIELDS + ("id", "place"))

# Editors' and downloaders' leftovers that sit next to real files.
_TEMP_SUFFIXES = (".swp", ".swo", ".tmp", ".part", ".crdownload", ".bak")


@dataclass(frozen=True)
class SourceFile:
    """A file found in the inbox, before reading."""

    path: Path
    size: int
    mtime_ns: int


# --- finding files ------------------------------------------------------------------------

def discover(paths: Iterable[str | Path]) -> Iterator[SourceFile | Rejection]:
    """Walk files and folders (recursively, in name order, streaming) and yield each
    supported file (.txt, .json, .jsonl, .ndjson, and feeds: .rss, .atom, .xml), or a
    Rejection for what cannot be read: a path that does not exist, a broken symlink, a
    symlink loop, no read permission.

    Inside folders, hidden files and folders, editor temp files and files of other types
    are skipped silently, and so is an .xml file that is not a feed (a sitemap.xml, a
    config file): it is another type of file that happens to share the suffix, and would
    otherwise be rejected on every run. A path named explicitly is never skipped silently.
    """
    for given in paths:
        yield from _walk(Path(given), explicit=True, ancestors=frozenset())


def _skipped_name(name: str) -> bool:
    return (name.startswith((".", "~$")) or name.endswith("~")
            or (name.startswith("#") and name.endswith("#"))
            or name.lower().endswith(_TEMP_SUFFIXES))


def _walk(path: Path, explicit: bool,
          ancestors: frozenset[tuple[int, int]]) -> Iterator[SourceFile | Rejection]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        reason = "broken symlink" if os.path.islink(path) else "no such file or directory"
        yield Rejection(str(path), f"{reason}: {path}")
        return
    except PermissionError:
        yield Rejection(str(path), f"permission denied: {path}")
        return
    except OSError as err:
        if err.errno == errno.ELOOP:
            yield Rejection(str(path), f"symlink loop: {path}")
        else:
            yield Rejection(str(path), f"cannot read: {path} ({err.strerror})")
        return

    if stat.S_ISDIR(st.st_mode):
        yield from _walk_folder(path, st, ancestors)
        return
    supported = path.suffix.lower() in FORMATS
    if not stat.S_ISREG(st.st_mode):
        if explicit or supported:
            yield Rejection(str(path), f"not a regular file: {path}")
        return
    if not supported:
        if explicit:
            yield Rejection(str(path), f"unsupported file type: {path} "
                                       f"(supported: {', '.join(FORMATS)})")
        return
    if not os.access(path, os.R_OK):
        yield Rejection(str(path), f"permission denied: {path}")
        return
    if not explicit and path.suffix.lower() == ".xml" and not _xml_feed(path):
        return
    yield SourceFile(path, st.st_size, st.st_mtime_ns)


def _xml_feed(path: Path) -> bool:
    """Whether an .xml file found in a folder is a feed, from its first bytes. One that
    cannot be opened counts as a feed, so that reading it reports the problem."""
    try:
        with open(path, "rb") as f:
            return feeds.looks_like_feed(f.read(feeds.SNIFF_BYTES))
    except OSError:
        return True


def is_feed(path: str | Path) -> bool:
    """Whether a source file is read as a news feed (by its suffix). A feed is a window
    on the latest items, not a file of record: an item missing from a later version has
    scrolled out, it was not withdrawn."""
    return os.path.splitext(str(path))[1].lower() in feeds.FEED_SUFFIXES


def _walk_folder(path: Path, st: os.stat_result,
                 ancestors: frozenset[tuple[int, int]]) -> Iterator[SourceFile | Rejection]:
    key = (st.st_dev, st.st_ino)
    if key in ancestors:  # a symlink leading back to a folder above it
        yield Rejection(str(path), f"symlink loop: {path} leads back into a folder above it")
        return
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries)  # one folder at a time
    except PermissionError:
        yield Rejection(str(path), f"permission denied: cannot list folder {path}")
        return
    except OSError as err:
        yield Rejection(str(path), f"cannot list folder {path} ({err.strerror})")
        return
    inner = ancestors | {key}
    for name in names:
        if not _skipped_name(name):
            yield from _walk(path / name, explicit=False, ancestors=inner)


# --- decoding -----------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_GARBAGE_SHARE = 0.01  # real text has next to no control characters


def _is_garbage(text: str) -> bool:
    return len(_CONTROL.findall(text)) > _GARBAGE_SHARE * max(1, len(text))


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) for raw bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1252, else Latin-1, in which German wire copy often arrives.

    Raises ValueError naming the problem for binary or undecodable content.
    """
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    else:
        candidates = ["utf-8", "cp1252", "latin-1"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_garbage(text):
            # Bytes that decode without error but read as control characters are binary.
            raise ValueError("binary file (mostly control characters)")
        return text, encoding.replace("-sig", "")
    raise ValueError(f"undecodable text (not {', '.join(candidates)})")


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _valid_unicode(text: str) -> str:
    """Lone surrogates (JSON escapes such as "\\ud800") become U+FFFD: they cannot be
    encoded, so any later write of the text would fail."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _normalize(text: str) -> str:
    """One form for line ends and for umlauts (composed), so rules and offsets agree."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _valid_unicode(text))


# --- reading files ------------------------------------------------------------------------

def read_articles(path: Path | str | SourceFile, default_reference: Reference | None = None,
                  default_lang: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  now: datetime | None = None) -> Iterator[Article | Rejection]:
    """One file -> its articles: a .txt is one article, a .json one article or a list of
    them, a .jsonl/.ndjson one per line, a feed (.rss, .atom, .xml) one per item. Never
    raises for bad content: yields a Rejection whose reason names the file (and line for
    JSONL, item for feeds) and the problem.

    `max_bytes` caps what is read into memory: the whole file for .txt, .json and feeds
    (a larger file is rejected without reading it), each line for JSONL (streamed).
    `now` is the clock for the "dateline in the future" check (tests pass a fixed one).
    Raises ValueError only for a `default_lang` other than German or English.
    """
    p = path.path if isinstance(path, SourceFile) else Path(path)
    lang = None
    if default_lang is not None:
        lang = normalize_language(default_lang)
        if lang is None:
            raise ValueError(f"default language {default_lang!r} is not one of {LANGUAGES}")
    ctx = _Context(p, default_reference, lang, (now or datetime.now()).date(), max_bytes)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        yield Rejection(str(p), f"unsupported file type: {p} (supported: {', '.join(FORMATS)})")
        return
    try:
        st = os.stat(p)
        if not stat.S_ISREG(st.st_mode):
            yield Rejection(str(p), f"not a regular file: {p}")
            return
        if st.st_size == 0:
            yield Rejection(str(p), f"empty file: {p}")
            return
        if fmt == "jsonl":
            yield from _read_jsonl(ctx)
            return
        if st.st_size > max_bytes:
            yield Rejection(str(p), _too_large(p, st.st_size, max_bytes))
            return
        with open(p, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as err:
        yield Rejection(str(p), _os_problem(p, err))
        return
    if len(data) > max_bytes:  # the file grew since stat
        yield Rejection(str(p), _too_large(p, len(data), max_bytes))
        return
    if fmt == "txt":
        yield _guarded(str(p), lambda: _read_txt(ctx, data))
    elif fmt == "feed":
        yield from _read_feed(ctx, data)
    else:
        yield from _read_json(ctx, data)


@dataclass
class _Context:
    """What every item of one file is read with."""

    path: Path
    default_reference: Reference | None
    default_lang: str | None
    today: date
    max_bytes: int
    resolved: str = ""
    seen_ids: dict[str, str] = field(default_factory=dict)  # record id -> where first seen

    def __post_init__(self) -> None:
        # str(Path.resolve()) without its two extra Path objects per file: the same
        # realpath, and the same stat that turns a symlink loop into the absolute path.
        try:
            resolved = os.path.realpath(self.path)
            try:
                os.stat(resolved)
            except OSError as err:
                if err.errno == errno.ELOOP:
                    raise
        except OSError:  # a symlink loop: keep the absolute path
            resolved = str(self.path.absolute())
        self.resolved = resolved


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1 << 20 else f"{n / (1 << 20):.1f} MB"


def _too_large(path: Path, size: int, limit: int) -> str:
    return f"file too large: {path} is {_size(size)}, over the limit of {_size(limit)} (max_bytes)"


def _os_problem(path: Path, err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return f"no such file or directory: {path}"
    if isinstance(err, PermissionError):
        return f"permission denied: {path}"
    if err.errno == errno.ELOOP:
        return f"symlink loop: {path}"
    return f"cannot read: {path} ({err.strerror or err})"


def _guarded(where: str, build, item_key: str | None = None) -> Article | Rejection:
    """Run one item's reader; a bug there becomes a Rejection for that item, not a crash
    of the batch (tests check that this never happens on any input). `item_key` (see
    `_item_key`) goes on the item's rejection, whatever the reason."""
    try:
        result = build()
    except Exception as err:  # noqa: BLE001 - one bad item must not stop the others
        result = Rejection(where, f"internal error reading {where}: {type(err).__name__}: "
                                  f"{err}")
    if item_key is not None and isinstance(result, Rejection):
        result = replace(result, item=item_key)
    return result


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _item_key(file_identity: str, content_hash: str) -> str:
    """What one item of a multi-article file is, wherever it sits in the file: a hash of
    the file (its real path, or a feed's URL) and the item's content. It fingerprints the
    item's rejections (Rejection.item, and meta["item_key"] of its Article for rejections
    made later), so that a bad item is recorded once while its feed moves on or its JSONL
    file grows, and again once it changes."""
    return _sha256(f"{file_identity}\n{content_hash}".encode("utf-8", "surrogatepass"))


def _read_txt(ctx: _Context, data: bytes) -> Article | Rejection:
    where = str(ctx.path)
    try:
        text, encoding = decode_text(data)
    except ValueError as err:
        return Rejection(where, f"{err}: {where}")
    return _build(ctx, _normalize(text), _Item(
        where=where, article_id=ctx.resolved, content_hash=_sha256(data),
        meta={"format": "txt", "encoding": encoding}), headline_allowed=True)


def _read_json(ctx: _Context, data: bytes) -> Iterator[Article | Rejection]:
    where = str(ctx.path)
    try:
        text, encoding = decode_text(data)
    except ValueError as err:
        yield Rejection(where, f"{err}: {where}")
        return
    try:
        doc = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as err:
        yield Rejection(where, f"invalid JSON: {where} ({err.msg} at line {err.lineno} "
                               f"column {err.colno})")
        return
    except RecursionError:
        yield Rejection(where, f"invalid JSON: {where} (nested too deeply)")
        return
    if isinstance(doc, dict):
        item = _Item(where=where, article_id=ctx.resolved, content_hash=_sha256(data),
                     meta={"format": "json", "encoding": encoding})
        yield _guarded(where, lambda: _record(ctx, doc, item))
        return
    if not isinstance(doc, list):
        yield Rejection(where, f"invalid record: {where} (top level is a JSON "
                               f"{_json_type(doc)}, expected an object or a list of objects)")
        return
    if not doc:
        yield Rejection(where, f"empty file: {where} (an empty list)")
        return
    for number, record in enumerate(doc, start=1):
        item_where = f"{where}#{number}"
        # No raw bytes per list item: hash its canonical JSON.
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
        content_hash = _sha256(canonical.encode("utf-8", "surrogatepass"))
        key = _item_key(ctx.resolved, content_hash)
        item = _Item(where=item_where, article_id=f"{ctx.resolved}#{number}",
                     content_hash=content_hash,
                     meta={"format": "json", "encoding": encoding, "item": number,
                           "item_key": key})
        yield _guarded(item_where, lambda r=record, i=item: _record(ctx, r, i), key)


def _read_jsonl(ctx: _Context) -> Iterator[Article | Rejection]:
    """Stream a JSONL file line by line; a bad line is rejected, the others are read."""
    path, limit = ctx.path, ctx.max_bytes
    records = 0
    with open(path, "rb") as f:
        head = f.read(8192)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # Lines are split on the byte b"\n", which UTF-16 text does not keep intact.
            yield Rejection(str(path), f"unsupported encoding: {path} is UTF-16; "
                                       f"JSONL must be UTF-8")
            return
        if b"\x00" in head:
            yield Rejection(str(path), f"binary file (contains NUL bytes): {path}")
            return
        f.seek(0)
        line_no = 0
        while raw := f.readline(limit + 1):
            line_no += 1
            where = f"{path}:{line_no}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the overlong line without keeping it
                records += 1
                yield Rejection(where, f"line too long: {where} is over the limit of "
                                       f"{_size(limit)} (max_bytes)",
                                item=_item_key(ctx.resolved, _sha256(raw)))  # its first part
                continue
            line = raw.rstrip(b"\r\n")
            if line_no == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            records += 1
            content_hash = _sha256(line)
            yield _guarded(where, lambda w=where, b=line, n=line_no, h=content_hash:
                           _jsonl_line(ctx, w, b, n, h), _item_key(ctx.resolved, content_hash))
    if records == 0:
        yield Rejection(str(path), f"empty file: {path} (no records)")


def _jsonl_line(ctx: _Context, where: str, line: bytes, line_no: int,
                content_hash: str) -> Article | Rejection:
    try:
        text, encoding = decode_text(line)
    except ValueError as err:
        return Rejection(where, f"{err}: {where}")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        return Rejection(where, f"invalid JSON: {where} ({err.msg} at column {err.colno}; "
                                f"a truncated line?)")
    except RecursionError:
        return Rejection(where, f"invalid JSON: {where} (nested too deeply)")
    item = _Item(where=where, article_id=f"{ctx.resolved}#{line_no}",
                 content_hash=content_hash,
                 meta={"format": "jsonl", "encoding": encoding, "line": line_no,
                       "item_key": _item_key(ctx.resolved, content_hash)})
    return _record(ctx, record, item)


def _read_feed(ctx: _Context, data: bytes) -> Iterator[Article | Rejection]:
    """One article per item of an RSS or Atom feed. A feed fetched from a URL (a file in
    the feed cache) is known by its URL: in ids, sources and reasons."""
    origin = feed_origin(ctx.path)
    where = origin or str(ctx.path)
    try:  # only to refuse binary files: feedparser decodes as the XML declaration says
        decode_text(data)
    except ValueError as err:
        yield Rejection(where, f"{err}: {where}")
        return
    try:
        feed = feeds.parse_feed(data)
    except feeds.NotAFeed as err:
        yield Rejection(where, f"{err.kind}: {where} ({err.detail})")
        return
    id_prefix = origin or ctx.resolved
    for feed_item in feed.items:
        item_where = f"{where}#{feed_item.number}"
        key = _item_key(id_prefix, _feed_item_hash(feed, feed_item))
        yield _guarded(item_where, lambda i=feed_item, w=item_where, k=key: _feed_item(
            ctx, feed, i, w, id_prefix, k), key)


def _feed_item_hash(feed: feeds.Feed, entry: feeds.FeedItem) -> str:
    """A hash of what an item says, apart from its position in the feed (which shifts as
    new items come in on top)."""
    said = [entry.guid, entry.link, entry.title, entry.text, entry.text_field,
            entry.date_text, entry.date_field, entry.lang, feed.title]
    return _sha256(json.dumps(said, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _feed_item(ctx: _Context, feed: feeds.Feed, entry: feeds.FeedItem, where: str,
               id_prefix: str, item_key: str) -> Article | Rejection:
    # Ids as for JSON records: the feed file's path (or URL), then the item's own identity,
    # so that two feeds never share an id and an item keeps its id while the feed moves on.
    if entry.guid:
        key, value, name = "guid", entry.guid, f"guid {entry.guid!r}"
    elif entry.link:
        key, value, name = "link", entry.link, f"link {entry.link!r}"
    else:
        basis = f"{entry.title or ''}\n{entry.date_text or ''}"
        if not basis.strip():
            basis = entry.text
        key, value = "hash", _sha256(basis.encode("utf-8", "surrogatepass"))[:16]
        name = repr(entry.title) if entry.title else f"#{entry.number}"
    text = entry.text
    if not text.strip():
        # a feed of headlines only: the headline is the text (it may date its news:
        # "Streik am Donnerstag"); nothing at all is still an empty item
        text = entry.title or ""
        if not text.strip():
            return Rejection(where, f"empty text: {where} (item {name} has no title, "
                                    f"content, description or summary)")
    first = ctx.seen_ids.setdefault(f"{key}={value}", where)
    if first != where:
        return Rejection(where, f"duplicate id: {where} has {name}, already used by {first}")
    canonical = json.dumps([key, value, entry.title, entry.text, entry.date_text, entry.lang,
                            feed.title, entry.link], ensure_ascii=False)
    meta = {"format": "feed", "feed": feed.version, "encoding": feed.encoding,
            "item": entry.number, "item_name": name, "text_field": entry.text_field,
            "item_key": item_key}
    meta.update((k, v) for k, v in (("guid", entry.guid), ("link", entry.link),
                                    ("feed_warning", feed.warning)) if v)
    item = _Item(where=where, article_id=f"{id_prefix}#{key}={value}",
                 content_hash=_sha256(canonical.encode("utf-8", "surrogatepass")),
                 meta=meta, title=_normalize(entry.title) if entry.title else None,
                 agency_fallback=_normalize(feed.title) if feed.title else None)
    if entry.lang:
        item.lang = normalize_language(entry.lang)
        if item.lang is None:
            return Rejection(where, f"unsupported language: {where} is in {entry.lang!r} "
                                    f"(the item's or the channel's language; supported: "
                                    f"{', '.join(LANGUAGES)})")
    if entry.date_text:
        label = entry.date_field if feed.version.startswith("atom") else (
            "pubDate" if entry.date_field == "published" else "dc:date")
        try:
            item.date, item.meta["date_read"] = feeds.feed_date(entry.date_text, entry.date_utc)
        except ValueError as err:
            return Rejection(where, f"impossible date: field {label!r} in {where} ({err})")
        item.date_field = label
    return _build(ctx, _normalize(text), item, headline_allowed=False)


# --- records and their fields -------------------------------------------------------------

@dataclass
class _Item:
    """One source item on its way to an Article: where it is, its identity, what it says
    about itself."""

    where: str  # for people: path, path:line, path#item
    article_id: str
    content_hash: str
    meta: dict
    title: str | None = None
    date: PrintedDate | None = None
    date_field: str | None = None
    place: str | None = None
    agency: str | None = None
    lang: str | None = None
    agency_fallback: str | None = None  # when neither metadata nor dateline name one


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "list" if isinstance(value, list) else "object"


class _FieldError(ValueError):
    pass


def _string_field(record: dict, names: tuple[str, ...], where: str) -> tuple[str, str] | None:
    """(name, value) of the first of the fields present with a value, None if none is;
    a value that is not a string is an error naming the field."""
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise _FieldError(f"wrong type: field {name!r} in {where} must be a string, "
                              f"got {_json_type(value)} {_short(value)}")
        return name, _valid_unicode(value)
    return None


def _short(value: object) -> str:
    text = _valid_unicode(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= 40 else text[:37] + "..."


def _record(ctx: _Context, record: object, item: _Item) -> Article | Rejection:
    where = item.where
    if not isinstance(record, dict):
        return Rejection(where, f"invalid record: {where} is a JSON {_json_type(record)}, "
                                f"expected an object")
    try:
        text_field = _string_field(record, TEXT_FIELDS, where)
        if text_field is None:
            raise _FieldError(f"missing field: {where} has no text "
                              f"({', '.join(repr(n) for n in TEXT_FIELDS)})")
        _record_id(ctx, record, item)
        _record_date(record, item)
        title = _string_field(record, TITLE_FIELDS, where)
        item.title = (" ".join(title[1].split()) or None) if title else None
        place = _string_field(record, ("place",), where)
        item.place = (place[1].strip() or None) if place else None
        agency = _string_field(record, AGENCY_FIELDS, where)
        item.agency = (agency[1].strip() or None) if agency else None
        lang = _string_field(record, LANG_FIELDS, where)
        if lang and lang[1].strip():
            item.lang = normalize_language(lang[1])
            if item.lang is None:
                raise _FieldError(f"unsupported language: field {lang[0]!r} in {where} is "
                                  f"{lang[1]!r} (supported: {', '.join(LANGUAGES)})")
    except _FieldError as err:
        return Rejection(where, str(err))
    # Other short scalar fields (url, section, ...) travel along in meta.
    extra = {_valid_unicode(k): _valid_unicode(v) if isinstance(v, str) else v
             for k, v in record.items() if k not in _KNOWN_FIELDS
             and (isinstance(v, int | float | bool) or (isinstance(v, str) and len(v) <= 300))}
    if extra:
        item.meta["fields"] = extra
    return _build(ctx, _normalize(text_field[1]), item, headline_allowed=False)


def _record_id(ctx: _Context, record: dict, item: _Item) -> None:
    value = record.get("id")
    if value is None or value == "":
        return
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _FieldError(f"wrong type: field 'id' in {item.where} must be a string or an "
                          f"integer, got {_json_type(value)} {_short(value)}")
    record_id = _valid_unicode(str(value))
    first = ctx.seen_ids.setdefault(record_id, item.where)
    if first != item.where:
        raise _FieldError(f"duplicate id: {item.where} has id {record_id!r}, "
                          f"already used by {first}")
    item.article_id = f"{ctx.resolved}#id={record_id}"
    item.meta["record_id"] = record_id


def _record_date(record: dict, item: _Item) -> None:
    for name in DATE_FIELDS:
        value = record.get(name)
        if value is None or value == "":
            continue
        if name == "timestamp" and isinstance(value, int | float) and not isinstance(value, bool):
            try:  # Unix seconds, read as UTC
                moment = datetime.fromtimestamp(value, UTC).replace(tzinfo=None)
            except (OverflowError, OSError, ValueError):
                raise _FieldError(f"impossible date: field 'timestamp' in {item.where} is "
                                  f"{_short(value)}, not Unix seconds") from None
            item.date = PrintedDate(moment.replace(second=0, microsecond=0), "minute", True)
        elif not isinstance(value, str):
            kinds = "a string (or Unix seconds)" if name == "timestamp" else "a string"
            raise _FieldError(f"wrong type: field {name!r} in {item.where} must be {kinds}, "
                              f"got {_json_type(value)} {_short(value)}")
        else:
            try:
                item.date = parse_printed_date(value)
            except ValueError as err:
                raise _FieldError(f"impossible date: field {name!r} in {item.where} "
                                  f"({err})") from None
            if not item.date.has_year:
                raise _FieldError(f"impossible date: field {name!r} in {item.where} "
                                  f"is {value!r}, which gives no year")
        item.date_field = name
        return


# --- text + metadata -> Article -------------------------------------------------------------

# A headline line, a blank line, then the dateline paragraph.
_HEADLINE = re.compile(r"[ \t]*(?P<title>[^\n]{1,200})\n[ \t]*\n\s*")
# "Von Anna Schmidt", "By John Smith and Jane Doe, Reuters": names, not a headline such as
# "Von der Leyen besucht die Truppe".
_BYLINE = re.compile(r"(?:Von|By|BY|VON)\s+[A-ZÄÖÜ][\w.'-]*(?:\s+(?:[A-ZÄÖÜ][\w.'-]*|von|van|"
                     r"de|der|und|and))*(?:,\s*[^,]{1,40})?$")


def _build(ctx: _Context, text: str, item: _Item, headline_allowed: bool) -> Article | Rejection:
    where = item.where
    if not text.strip():
        return Rejection(where, f"empty text: {where}")
    lang, lang_source = item.lang, "metadata"
    if lang is None and ctx.default_lang is not None:
        lang, lang_source = ctx.default_lang, "default"
    if lang is None:
        lang, lang_source = detect_language(text), "detected"

    dateline, start = find_dateline(text, lang), 0
    if dateline is None and headline_allowed:
        headline = _HEADLINE.match(text)
        if headline:
            below = find_dateline(text[headline.end():], lang)
            if below is not None:
                dateline, start = below, headline.end()
                line = headline["title"].strip()
                if _BYLINE.match(line):
                    item.meta["byline"] = line
                else:
                    item.title = item.title or line

    reference = _reference(ctx, item, dateline)
    if isinstance(reference, Rejection):
        return reference
    ref, ref_source = reference

    body_start = start + (dateline.end if dateline else 0)
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    body = text[body_start:].rstrip()
    if not body:
        return Rejection(where, f"empty text: {where} has nothing after its dateline")

    meta = dict(item.meta)
    meta.update(body_offset=body_start, reference_source=ref_source, lang_source=lang_source)
    if dateline is not None:
        meta["dateline"] = dateline.text
        if dateline.error and ref_source == "metadata":
            meta["dateline_error"] = dateline.error
    if item.date_field:
        meta["date_field"] = item.date_field
    return Article(article_id=item.article_id, source=where, body=body,
                   content_hash=item.content_hash, reference=ref, lang=lang,
                   title=item.title, meta=meta)


def _reference(ctx: _Context, item: _Item,
               dateline: Dateline | None) -> tuple[Reference, str] | Rejection:
    """The reference time and where it came from (metadata, dateline, default)."""
    where = item.where
    place = item.place or (dateline.place if dateline else None)
    agency = item.agency or (dateline.agency if dateline else None) or item.agency_fallback
    default = ctx.default_reference

    if item.date is not None:
        ref = Reference(item.date.dct, item.date.precision, place, agency)
        problem = future_problem(ref, ctx.today)
        if problem:
            return Rejection(where, f"date {problem}: field {item.date_field!r} in {where}")
        return ref, "metadata"
    if dateline is not None and dateline.error:
        return Rejection(where, f"impossible date in dateline: {where} "
                                f"({dateline.text!r}: {dateline.error})")
    if dateline is not None and dateline.reference is not None:
        ref = Reference(dateline.reference.dct, dateline.reference.precision, place, agency)
        problem = future_problem(ref, ctx.today)
        if problem:
            return Rejection(where, f"dateline {problem}: {where}")
        return ref, "dateline"
    if dateline is not None and dateline.month_day is not None:
        if default is None:
            return Rejection(where, f"no reference time: {where} (dateline {dateline.text!r} "
                                    f"gives no year and there is no date metadata; "
                                    f"pass a default reference time)")
        day = nearest_year(*dateline.month_day, default.first_day)
        ref = Reference(datetime(day.year, day.month, day.day), "day", place, agency)
        problem = future_problem(ref, ctx.today)
        if problem:
            return Rejection(where, f"dateline {problem}: {where}")
        return ref, "dateline+default year"
    if default is not None:
        ref = Reference(default.dct, default.precision, place or default.place,
                        agency or default.agency)
        return ref, "default"
    if dateline is not None:
        detail = f"dateline {dateline.text!r} has no date and there is no date metadata"
    elif item.meta.get("format") == "txt":
        detail = "no dateline"
    elif item.meta.get("format") == "feed":
        detail = (f"item {item.meta['item_name']} has no date (pubDate, dc:date, published, "
                  f"updated) and no dated dateline")
    else:
        detail = (f"no date field ({', '.join(repr(n) for n in DATE_FIELDS)}) "
                  f"and no dated dateline")
    return Rejection(where, f"no reference time: {where} ({detail}; "
                            f"pass a default reference time)")
