"""Reading the inbox: discovering files, decoding them, records, reference times, and every
kind of bad input becoming a Rejection that names the file and the problem."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.model import PRECISIONS, Article, Reference, Rejection
from timeline.sources import SourceFile, decode_text, discover, read_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NOW = datetime(2026, 6, 1, 12, 0)  # the clock for "in the future"
DEFAULT = Reference(datetime(2016, 5, 10), "day")


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):  # lone surrogates kept as (invalid) bytes on purpose
        content = content.encode(encoding, "surrogatepass")
    path.write_bytes(content)
    return path


def read(path: Path, **kwargs) -> list[Article | Rejection]:
    kwargs.setdefault("now", NOW)
    return list(read_articles(path, **kwargs))


def one(path: Path, **kwargs) -> Article | Rejection:
    [item] = read(path, **kwargs)
    return item


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


GERMAN_BODY = ("Die Regierung hat am Dienstag beschlossen, dass die Steuern nicht steigen. "
               "Der Minister sagte, die Pläne seien seit Monaten bekannt.")
ENGLISH_BODY = ("The government said on Tuesday that taxes would not rise. The minister said "
                "the plans had been known for months.")


# --- discover -----------------------------------------------------------------------------

def test_discover_walks_folders_recursively_in_name_order(tmp_path):
    for name in ["b.txt", "a.json", "sub/z.jsonl", "sub/deeper/c.ndjson", "A.TXT", "c.md",
                 ".hidden.txt", ".git/config.json", "notes.txt~", "#draft.txt#", "x.txt.swp",
                 "~$word.txt", "partial.txt.part"]:
        write(tmp_path / name, "text")
    found = list(discover([tmp_path]))
    assert all(isinstance(f, SourceFile) for f in found)
    assert [f.path.relative_to(tmp_path).as_posix() for f in found] == [
        "A.TXT", "a.json", "b.txt", "sub/deeper/c.ndjson", "sub/z.jsonl"]
    first = found[0]
    assert first.size == 4 and first.mtime_ns == os.stat(first.path).st_mtime_ns


def test_discover_streams_instead_of_listing_everything_first(tmp_path):
    write(tmp_path / "one" / "a.txt", "x")
    walk = discover([tmp_path / "one", tmp_path / "two"])
    assert next(walk).path.name == "a.txt"
    # The second folder did not exist when the walk started: a walk that listed all
    # files up front would have rejected it.
    write(tmp_path / "two" / "b.txt", "x")
    assert [f.path.name for f in walk] == ["b.txt"]


def test_discover_rejects_paths_that_cannot_be_read(tmp_path):
    missing = tmp_path / "missing"
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")
    self_loop = tmp_path / "self.txt"
    self_loop.symlink_to(self_loop)
    found = list(discover([missing, broken, self_loop]))
    assert all(isinstance(f, Rejection) for f in found)
    assert [f.reason for f in found] == [
        f"no such file or directory: {missing}", f"broken symlink: {broken}",
        f"symlink loop: {self_loop}"]


def test_discover_survives_a_folder_symlink_loop(tmp_path):
    write(tmp_path / "inbox" / "a.txt", "x")
    (tmp_path / "inbox" / "sub").mkdir()
    (tmp_path / "inbox" / "sub" / "back").symlink_to(tmp_path / "inbox")
    found = list(discover([tmp_path / "inbox"]))
    files = [f for f in found if isinstance(f, SourceFile)]
    loops = [f for f in found if isinstance(f, Rejection)]
    assert [f.path.name for f in files] == ["a.txt"]
    assert len(loops) == 1 and loops[0].reason.startswith("symlink loop: ")
    assert loops[0].source == str(tmp_path / "inbox" / "sub" / "back")


def test_discover_follows_symlinks_to_files_and_folders(tmp_path):
    write(tmp_path / "elsewhere" / "a.txt", "x")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "inbox" / "b.txt").symlink_to(tmp_path / "elsewhere" / "a.txt")
    found = list(discover([tmp_path / "inbox"]))
    assert [f.path.relative_to(tmp_path).as_posix() for f in found] == [
        "inbox/b.txt", "inbox/linked/a.txt"]


def test_discover_takes_explicit_files_as_given(tmp_path):
    hidden = write(tmp_path / ".hidden.txt", "x")
    other = write(tmp_path / "report.pdf", "x")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    found = list(discover([str(hidden), other, fifo]))
    assert isinstance(found[0], SourceFile) and found[0].path == hidden
    assert found[1].reason.startswith(f"unsupported file type: {other}")
    assert found[2] == Rejection(str(fifo), f"not a regular file: {fifo}")


def test_fifo_in_a_folder_is_rejected_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.mkfifo(tmp_path / "pipe.bin")  # not a format we read: ignored
    assert [f.reason for f in discover([tmp_path])] == [
        f"not a regular file: {tmp_path / 'pipe.jsonl'}"]
    assert one(tmp_path / "pipe.jsonl").reason.startswith("not a regular file")


# Permission checks: root reads everything, so when the tests run as root the child process
# imports what it needs and then drops to the unprivileged user "nobody", where chmod 000
# does block (the interpreter itself may live where "nobody" cannot read it).
_AS_NOBODY = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from timeline.sources import discover, read_articles
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    for item in discover([sys.argv[1]]):
        print("discover", type(item).__name__, getattr(item, "reason", item))
    for item in read_articles(Path(sys.argv[1]) / "locked.txt"):
        print("read", type(item).__name__, getattr(item, "reason", ""))
""")


def _run_unprivileged(folder: Path) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _AS_NOBODY, str(folder)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 and os.geteuid() == 0 and "setuid" in result.stderr:
        pytest.skip(f"running as root and cannot drop to user nobody: {result.stderr}")
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_unreadable_files_and_folders_are_rejected():
    # tmp_path lies under a folder only its owner may enter: use a world-readable one.
    folder = Path(tempfile.mkdtemp(prefix="timeline-perm-"))
    try:
        folder.chmod(0o755)
        write(folder / "a_ok.txt", "date 2016 Kiel (dpa) - Text")
        write(folder / "locked.txt", "date 2016 Kiel (dpa) - Text").chmod(0o000)
        (folder / "shut").mkdir()
        write(folder / "shut" / "inside.txt", "x")
        (folder / "shut").chmod(0o000)
        lines = _run_unprivileged(folder)
    finally:
        (folder / "shut").chmod(0o755)
        shutil.rmtree(folder)
    assert lines == [
        f"discover SourceFile SourceFile(path=PosixPath('{folder}/a_ok.txt'), size=27, "
        f"mtime_ns={lines[0].split('mtime_ns=')[1]}",
        f"discover Rejection permission denied: {folder}/locked.txt",
        f"discover Rejection permission denied: cannot list folder {folder}/shut",
        f"read Rejection permission denied: {folder}/locked.txt",
    ]


# --- the sample format and the seeds ------------------------------------------------------

def test_the_seed_article(tmp_path):
    path = SEEDS / "000_33eeec6a297089cc.txt"
    article = one(path)
    assert isinstance(article, Article)
    assert article.reference == Reference(datetime(2018, 10, 1), "month", "Stuttgart", "dpa")
    assert article.lang == "de" and article.title is None
    assert article.body.startswith("Die USA drängen die Bündnispartner")
    assert article.body.endswith("Awacs-Aufklärungsflugzeugen.")
    assert article.article_id == str(path.resolve())
    assert article.source == str(path)
    assert article.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    text = path.read_text(encoding="utf-8")
    assert text[article.meta["body_offset"]:].rstrip() == article.body
    assert article.meta["format"] == "txt" and article.meta["encoding"] == "utf-8"
    assert article.meta["dateline"] == "date 2018-10 Stuttgart (dpa) -"


def test_article_id_does_not_depend_on_how_the_path_is_written(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "date 2016-05-04 Kiel (dpa) - " + GERMAN_BODY)
    monkeypatch.chdir(tmp_path)
    relative, absolute = one(Path("a.txt")), one(tmp_path / "." / "a.txt")
    assert relative.article_id == absolute.article_id == str((tmp_path / "a.txt").resolve())
    assert relative.source == "a.txt"


def test_article_id_follows_symlinks_to_the_real_file(tmp_path, monkeypatch):
    real = write(tmp_path / "real" / "a.txt", "date 2016-05-04 Kiel (dpa) - " + GERMAN_BODY)
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "folder").symlink_to(tmp_path / "real")
    (tmp_path / "inbox" / "b.txt").symlink_to(real)
    monkeypatch.chdir(tmp_path / "inbox")
    written = ("folder/a.txt", "b.txt", tmp_path / "inbox" / "folder" / "a.txt")
    ids = {one(Path(p)).article_id for p in written}
    assert ids == {str(real)} and str(real) == str(real.resolve())


def test_article_id_of_a_symlink_loop_is_its_absolute_path(tmp_path, monkeypatch):
    from timeline.sources import _Context

    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    for name in ("loop.txt", "x.txt"):
        context = _Context(Path(name), None, None, NOW.date(), 1)
        assert context.resolved == str(tmp_path / name)
    [rejection] = read(Path("loop.txt"))
    assert rejection.reason == "symlink loop: loop.txt"


def test_all_seeds():
    items = [item for f in discover([SEEDS]) for item in read_articles(f, now=NOW)]
    articles = {a.source.removeprefix(str(SEEDS) + "/"): a for a in items
                if isinstance(a, Article)}
    rejected = [r for r in items if isinstance(r, Rejection)]
    expected = {
        "000_33eeec6a297089cc.txt": ("2018-10", "month", "de", "Stuttgart", "dpa"),
        "001_de_hannover_bruecke.txt": ("2016-03-16", "day", "de", "Hannover", "dpa"),
        "002_de_wire_berlin_lastenrad.txt": ("2016-05-04", "day", "de", "BERLIN", "dpa"),
        "003_en_wire_washington_drones.txt": ("2016-05-04", "day", "en", "WASHINGTON",
                                              "Reuters"),
        "004_en_month_chicago_transit.txt": ("2016-05", "month", "en", "Chicago", "AP"),
        "005_records_mixed.jsonl:1": ("2016-06-10", "day", "de", "München", "dpa"),
        "005_records_mixed.jsonl:2": ("2016-06-12T09:30", "minute", "en", "LONDON",
                                      "Reuters"),
        "005_records_mixed.jsonl:3": ("2016-06", "month", "de", "Hamburg", "dpa"),
    }
    assert {k: (a.reference.iso, a.reference.precision, a.lang, a.reference.place,
                a.reference.agency) for k, a in articles.items()} == expected
    assert [r.source for r in rejected] == [str(SEEDS / "006_de_stuttgart_undatiert.txt")]
    assert rejected[0].reason.startswith("no reference time: ")
    assert "006_de_stuttgart_undatiert.txt" in rejected[0].reason
    for name, article in articles.items():
        if name.endswith(".txt") and not name.startswith("000_"):
            assert 800 <= len(article.body) <= 2000, name  # sample articles of news length
    # A dateline in a record's text is cut from the body even when metadata dates it.
    assert articles["005_records_mixed.jsonl:2"].body.startswith("A British rail operator")
    assert articles["005_records_mixed.jsonl:2"].title.startswith("UK rail operator")


def test_the_undated_seed_takes_a_default_reference():
    article = one(SEEDS / "006_de_stuttgart_undatiert.txt", default_reference=DEFAULT)
    assert article.reference == Reference(DEFAULT.dct, "day", "Stuttgart", "dpa")
    assert article.meta["reference_source"] == "default"
    assert article.body.startswith("Nach dem Großbrand")


# --- wire datelines in files --------------------------------------------------------------

@pytest.mark.parametrize(("first", "iso", "place", "agency"), [
    ("BERLIN, 4. Mai 2016 (dpa) - ", "2016-05-04", "BERLIN", "dpa"),
    ("Berlin, 04.05.2016 (AFP) - ", "2016-05-04", "Berlin", "AFP"),
    ("date 2016-05-04T14:30 Berlin (AFP) – ", "2016-05-04T14:30", "Berlin", "AFP"),
])
def test_german_wire_file(tmp_path, first, iso, place, agency):
    article = one(write(tmp_path / "a.txt", first + GERMAN_BODY))
    assert (article.reference.iso, article.reference.place, article.reference.agency) == (
        iso, place, agency)
    assert article.body == GERMAN_BODY and article.lang == "de"


@pytest.mark.parametrize("first", ["WASHINGTON (AP) — ", "Stuttgart (dpa) - ",
                                   "WASHINGTON (AP) -- "])
def test_dateline_without_date_needs_a_default(tmp_path, first):
    path = write(tmp_path / "a.txt", first + ENGLISH_BODY)
    rejection = one(path)
    assert isinstance(rejection, Rejection) and rejection.source == str(path)
    assert rejection.reason.startswith(f"no reference time: {path} (dateline ")
    article = one(path, default_reference=DEFAULT)
    assert article.reference.first_day == DEFAULT.first_day and article.body == ENGLISH_BODY


def test_dateline_without_a_year(tmp_path):
    path = write(tmp_path / "a.txt", "LONDON, May 4 (Reuters) - " + ENGLISH_BODY)
    rejection = one(path)
    assert "gives no year" in rejection.reason and str(path) in rejection.reason
    near_new_year = Reference(datetime(2017, 1, 3), "day")
    assert one(path, default_reference=DEFAULT).reference.iso == "2016-05-04"
    assert one(path, default_reference=near_new_year).reference.iso == "2017-05-04"
    december = write(tmp_path / "b.txt", "LONDON, Dec. 30 (Reuters) - " + ENGLISH_BODY)
    article = one(december, default_reference=near_new_year)
    assert article.reference.iso == "2016-12-30"
    assert article.meta["reference_source"] == "dateline+default year"


def test_headline_above_the_dateline_is_the_title(tmp_path):
    text = "Regierung: Steuern steigen nicht\n\nBERLIN, 4. Mai 2016 (dpa) - " + GERMAN_BODY
    article = one(write(tmp_path / "a.txt", text))
    assert article.title == "Regierung: Steuern steigen nicht"
    assert article.reference.iso == "2016-05-04" and article.body == GERMAN_BODY
    assert text[article.meta["body_offset"]:] == article.body


def test_byline_above_the_dateline_is_not_the_title(tmp_path):
    text = "Von Anna Schmidt\n\nBERLIN, 4. Mai 2016 (dpa) - " + GERMAN_BODY
    article = one(write(tmp_path / "a.txt", text))
    assert article.title is None and article.meta["byline"] == "Von Anna Schmidt"
    assert article.body == GERMAN_BODY
    headline = "Von der Leyen besucht die Truppe\n\nBERLIN (dpa) - " + GERMAN_BODY
    article = one(write(tmp_path / "b.txt", headline), default_reference=DEFAULT)
    assert article.title == "Von der Leyen besucht die Truppe" and "byline" not in article.meta


def test_no_dateline_at_all(tmp_path):
    path = write(tmp_path / "a.txt", GERMAN_BODY)
    assert one(path).reason == (f"no reference time: {path} (no dateline; pass a default "
                                f"reference time)")
    article = one(path, default_reference=DEFAULT, default_lang="en")
    assert article.body == GERMAN_BODY and article.reference.dct == DEFAULT.dct
    assert (article.lang, article.meta["lang_source"]) == ("en", "default")


def test_impossible_and_future_dates(tmp_path):
    impossible = write(tmp_path / "a.txt", "date 2018-13-45 Stuttgart (dpa) - Text")
    reason = one(impossible).reason
    assert reason.startswith(f"impossible date in dateline: {impossible}")
    assert "2018-13-45" in reason
    wire = write(tmp_path / "b.txt", "BERLIN, 31. April 2016 (dpa) - Text")
    assert one(wire).reason.startswith(f"impossible date in dateline: {wire}")
    future = write(tmp_path / "c.txt", "date 2031-01-01 Stuttgart (dpa) - Text")
    assert one(future).reason == f"dateline 2031-01-01 is in the future: {future}"
    # with the real clock too
    far = write(tmp_path / "d.txt", "date 2999-01-01 Stuttgart (dpa) - Text")
    assert list(read_articles(far))[0].reason == f"dateline 2999-01-01 is in the future: {far}"
    # a default reference does not excuse an impossible dateline
    assert isinstance(one(impossible, default_reference=DEFAULT), Rejection)


# --- bad files ----------------------------------------------------------------------------

def test_empty_and_blank_files(tmp_path):
    empty = write(tmp_path / "a.txt", b"")
    blank = write(tmp_path / "b.txt", " \n\t\n")
    only_dateline = write(tmp_path / "c.txt", "date 2016-05-04 Kiel (dpa) -\n")
    assert one(empty).reason == f"empty file: {empty}"
    assert one(blank).reason == f"empty text: {blank}"
    assert one(only_dateline).reason == (f"empty text: {only_dateline} has nothing after its "
                                         f"dateline")
    for suffix in (".json", ".jsonl"):
        assert one(write(tmp_path / f"e{suffix}", b"")).reason.startswith("empty file")
    assert one(write(tmp_path / "f.jsonl", "\n\n")).reason.startswith("empty file")
    assert one(write(tmp_path / "g.json", "[]")).reason.startswith("empty file")


def test_binary_files(tmp_path):
    nul = write(tmp_path / "a.txt", b"date 2016 Kiel (dpa) - \x00\x01\x02 PNG")
    assert one(nul).reason == f"binary file (contains NUL bytes): {nul}"
    controls = write(tmp_path / "b.txt", bytes(range(1, 32)) * 20 + b"date")
    assert one(controls).reason.startswith("binary file (mostly control characters)")
    lines = write(tmp_path / "c.jsonl", b'{"text": "\x00\x00"}\n')
    assert one(lines).reason.startswith("binary file")
    utf16 = write(tmp_path / "d.jsonl", '{"text": "x", "date": "2016"}\n'.encode("utf-16"))
    assert one(utf16).reason == f"unsupported encoding: {utf16} is UTF-16; JSONL must be UTF-8"


def test_windows_1252_and_latin_1(tmp_path):
    text = "date 2016-05-04 Köln (dpa) - „Das Büro schließt“, sagte der Sprecher am Dienstag."
    cp1252 = one(write(tmp_path / "a.txt", text, "cp1252"))
    assert cp1252.meta["encoding"] == "cp1252"
    assert cp1252.body.startswith("„Das Büro schließt“") and cp1252.reference.place == "Köln"
    # 0x81 is undefined in Windows-1252: such a file only decodes as Latin-1
    latin = write(tmp_path / "b.txt", text.replace("„", "").replace("“", "").encode("latin-1")
                  + b" \x81" + "Straße".encode("latin-1") * 200)
    article = one(latin)
    assert article.meta["encoding"] == "latin-1" and "Straße" in article.body
    utf8 = one(write(tmp_path / "c.txt", text))
    assert utf8.meta["encoding"] == "utf-8"


def test_byte_order_marks_line_ends_and_composed_umlauts(tmp_path):
    text = "date 2016-05-04 Köln (dpa) - Erste Zeile.\r\nZweite Zeile über März."
    bom = one(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + text.encode()))
    utf16 = one(write(tmp_path / "b.txt", text.encode("utf-16")))
    decomposed = one(write(tmp_path / "c.txt", unicodedata.normalize("NFD", text)))
    for article in (bom, utf16, decomposed):
        assert article.body == "Erste Zeile.\nZweite Zeile über März."
        assert article.reference.place == "Köln"
    assert (bom.meta["encoding"], utf16.meta["encoding"]) == ("utf-8", "utf-16")


def test_decode_text_refuses_garbage():
    with pytest.raises(ValueError, match="NUL"):
        decode_text(b"abc\x00def")
    with pytest.raises(ValueError, match="control characters"):
        decode_text(bytes(range(128, 160)) * 10)
    assert decode_text("Grüße".encode("cp1252")) == ("Grüße", "cp1252")


def test_file_over_the_size_limit_is_not_read(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # sparse: 25 MB of NUL bytes, were it ever read
        f.truncate(25 * 1024 * 1024)
    assert one(big).reason == (f"file too large: {big} is 25.0 MB, over the limit of "
                               f"20.0 MB (max_bytes)")
    small = write(tmp_path / "small.txt", "date 2016 Kiel (dpa) - " + GERMAN_BODY)
    assert one(small, max_bytes=50).reason.startswith(f"file too large: {small}")
    assert isinstance(one(small, max_bytes=500), Article)


def test_missing_file_folder_and_unsupported_type(tmp_path):
    assert one(tmp_path / "nope.txt").reason == f"no such file or directory: {tmp_path}/nope.txt"
    (tmp_path / "dir.json").mkdir()
    assert one(tmp_path / "dir.json").reason == f"not a regular file: {tmp_path}/dir.json"
    assert one(write(tmp_path / "a.md", "x")).reason.startswith("unsupported file type")
    with pytest.raises(ValueError, match="default language 'fr'"):
        read(write(tmp_path / "b.txt", "x"), default_lang="fr")


def test_read_articles_accepts_a_source_file(tmp_path):
    write(tmp_path / "a.txt", "date 2016 Kiel (dpa) - " + GERMAN_BODY)
    [found] = discover([tmp_path])
    assert one(found).reference.iso == "2016"


# --- JSON and JSONL -----------------------------------------------------------------------

def test_jsonl_lines_are_read_one_by_one_and_bad_lines_rejected(tmp_path):
    good = {"id": "r1", "date": "2016-05-04", "text": GERMAN_BODY, "lang": "de"}
    no_id = {"date": "2016-05", "body": ENGLISH_BODY, "headline": "Taxes stay"}
    truncated = json.dumps({"date": "2016-05-04", "text": GERMAN_BODY})[:40]
    path = write(tmp_path / "feed.jsonl", jsonl(good, "", truncated, no_id, [1, 2],
                                                {"date": 20160504, "text": "x"}))
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article",
                                                 "Rejection", "Rejection"]
    first, bad, second, not_object, wrong_type = items
    resolved = str(path.resolve())
    assert (first.article_id, first.source) == (f"{resolved}#id=r1", f"{path}:1")
    assert (second.article_id, second.source) == (f"{resolved}#4", f"{path}:4")
    line_bytes = path.read_bytes().splitlines()
    assert first.content_hash == hashlib.sha256(line_bytes[0]).hexdigest()
    assert second.content_hash == hashlib.sha256(line_bytes[3]).hexdigest()
    assert second.title == "Taxes stay" and second.reference.precision == "month"
    assert second.lang == "en" and first.lang == "de"
    assert bad.source == f"{path}:3"
    assert bad.reason.startswith(f"invalid JSON: {path}:3 (") and "truncated" in bad.reason
    assert not_object.reason == f"invalid record: {path}:5 is a JSON list, expected an object"
    assert wrong_type.reason == (f"wrong type: field 'date' in {path}:6 must be a string, "
                                 f"got number 20160504")


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_one_read(tmp_path):
    long_record = {"date": "2016-05-04", "text": "x" * 5000}
    short = {"date": "2016-05-04", "text": ENGLISH_BODY}
    path = write(tmp_path / "a.jsonl", jsonl(long_record, short, long_record))
    items = read(path, max_bytes=1000)
    assert [type(i).__name__ for i in items] == ["Rejection", "Article", "Rejection"]
    assert items[0].reason == f"line too long: {path}:1 is over the limit of 1000 bytes (max_bytes)"
    assert items[1].source == f"{path}:2" and items[1].body == ENGLISH_BODY
    assert items[2].source == f"{path}:3"


def test_jsonl_with_crlf_and_a_last_line_without_newline(tmp_path):
    records = [{"date": "2016-05-04", "text": ENGLISH_BODY}, {"date": "2016", "text": "Two."}]
    raw = "\r\n".join(json.dumps(r) for r in records).encode()
    items = read(write(tmp_path / "a.ndjson", raw))
    assert [i.reference.iso for i in items] == ["2016-05-04", "2016"]
    assert items[0].content_hash == hashlib.sha256(json.dumps(records[0]).encode()).hexdigest()


def test_json_object_and_list(tmp_path):
    record = {"title": "Steuern", "date": "2016-05-04", "text": GERMAN_BODY, "url": "http://x"}
    single = write(tmp_path / "one.json", json.dumps(record))
    article = one(single)
    assert article.article_id == str(single.resolve()) and article.source == str(single)
    assert article.content_hash == hashlib.sha256(single.read_bytes()).hexdigest()
    assert article.title == "Steuern" and article.meta["fields"] == {"url": "http://x"}
    listed = write(tmp_path / "many.json", json.dumps([record, {"id": 7, **record}, "oops"]))
    a, b, c = read(listed)
    assert (a.article_id, a.source) == (f"{listed.resolve()}#1", f"{listed}#1")
    assert b.article_id == f"{listed.resolve()}#id=7"
    assert c.reason == f"invalid record: {listed}#3 is a JSON string, expected an object"
    assert a.content_hash != b.content_hash


@pytest.mark.parametrize(("content", "reason"), [
    ('{"text": "x", "date": "2016"', "invalid JSON: {p} (Expecting ',' delimiter at line 1 "
                                     "column 29)"),
    ('"just a string"', "invalid record: {p} (top level is a JSON string, expected an "
                        "object or a list of objects)"),
    ('{"date": "2016"}', "missing field: {p} has no text ('text', 'body', 'content')"),
    ('{"date": "2016", "text": ["a"]}', "wrong type: field 'text' in {p} must be a string, "
                                        "got list [\"a\"]"),
    ('{"date": "2016", "text": "  "}', "empty text: {p}"),
    ('{"date": 2016, "text": "x"}', "wrong type: field 'date' in {p} must be a string, "
                                    "got number 2016"),
    ('{"dct": true, "text": "x"}', "wrong type: field 'dct' in {p} must be a string, "
                                   "got boolean true"),
    ('{"timestamp": [1], "text": "x"}', "wrong type: field 'timestamp' in {p} must be a "
                                        "string (or Unix seconds), got list [1]"),
    ('{"date": "soon", "text": "x"}', "impossible date: field 'date' in {p} (not a date: "
                                      "'soon')"),
    ('{"date": "2016-02-30", "text": "x"}', "impossible date: field 'date' in {p} "
                                            "(impossible date '2016-02-30': day is out of "
                                            "range for month)"),
    ('{"date": "May 4", "text": "x"}', "impossible date: field 'date' in {p} is 'May 4', "
                                       "which gives no year"),
    ('{"date": "2031-01-01", "text": "x"}', "date 2031-01-01 is in the future: field 'date' "
                                            "in {p}"),
    ('{"date": "2016", "text": "x", "lang": "fr"}', "unsupported language: field 'lang' in "
                                                    "{p} is 'fr' (supported: de, en)"),
    ('{"date": "2016", "text": "x", "title": 5}', "wrong type: field 'title' in {p} must be "
                                                  "a string, got number 5"),
    ('{"date": "2016", "text": "x", "id": {"a": 1}}', "wrong type: field 'id' in {p} must be "
                                                      "a string or an integer, got object "
                                                      "{\"a\": 1}"),
    ('{"text": "x"}', "no reference time: {p} (no date field ('date', 'dct', 'published', "
                      "'datetime', 'timestamp') and no dated dateline; pass a default "
                      "reference time)"),
    ('{"text": "Stuttgart (dpa) - x"}', "no reference time: {p} (dateline 'Stuttgart (dpa) -' "
                                        "has no date and there is no date metadata; pass a "
                                        "default reference time)"),
])
def test_json_records_with_bad_fields(tmp_path, content, reason):
    path = write(tmp_path / "a.json", content)
    rejection = one(path)
    assert isinstance(rejection, Rejection)
    assert rejection.reason == reason.replace("{p}", str(path))


def test_lone_surrogates_in_json_strings_become_replacement_characters(tmp_path):
    records = [{"id": "\ud800", "date": "2016", "text": "a \ud800 b", "title": "t\udc00",
                "other": "\udfff"}, {"date": "2016", "text": "x", "place": ["\ud800"]}]
    path = write(tmp_path / "a.json", json.dumps(records))  # ASCII escapes: valid JSON
    article, rejection = read(path)
    assert (article.body, article.title) == ("a \ufffd b", "t\ufffd")
    assert article.meta["fields"] == {"other": "\ufffd"}
    for text in (article.article_id, rejection.reason, json.dumps(article.meta,
                                                                  ensure_ascii=False)):
        text.encode("utf-8")  # raises on a lone surrogate


def test_duplicate_record_ids_in_one_file(tmp_path):
    record = {"id": "x", "date": "2016", "text": "Text"}
    path = write(tmp_path / "a.jsonl", jsonl(record, record))
    first, second = read(path)
    assert isinstance(first, Article)
    assert second.reason == f"duplicate id: {path}:2 has id 'x', already used by {path}:1"


def test_metadata_date_wins_over_the_dateline(tmp_path):
    record = {"date": "2016-06-01", "place": "Bonn",
              "text": "BERLIN, 4. Mai 2016 (dpa) - " + GERMAN_BODY}
    article = one(write(tmp_path / "a.json", json.dumps(record)))
    assert article.reference == Reference(datetime(2016, 6, 1), "day", "Bonn", "dpa")
    assert article.body == GERMAN_BODY and article.meta["reference_source"] == "metadata"
    # ... even when the dateline's own date is impossible
    record["text"] = "BERLIN, 45. Mai 2016 (dpa) - " + GERMAN_BODY
    article = one(write(tmp_path / "b.json", json.dumps(record)))
    assert article.reference.iso == "2016-06-01" and "dateline_error" in article.meta


@pytest.mark.parametrize(("field", "value", "iso", "precision"), [
    ("dct", "2016-05-04", "2016-05-04", "day"),
    ("published", "Wed, 04 May 2016 10:15:00 GMT", "2016-05-04T10:15", "minute"),
    ("datetime", "2016-05-04T10:15:00+02:00", "2016-05-04T10:15", "minute"),
    ("timestamp", 1462356900, "2016-05-04T10:15", "minute"),
    ("timestamp", "2016-05", "2016-05", "month"),
    ("date", "4. Mai 2016", "2016-05-04", "day"),
])
def test_date_fields(tmp_path, field, value, iso, precision):
    path = write(tmp_path / "a.json", json.dumps({field: value, "content": ENGLISH_BODY}))
    article = one(path)
    assert (article.reference.iso, article.reference.precision) == (iso, precision)
    assert article.meta["date_field"] == field


def test_record_language_field_wins_over_detection(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl(
        {"date": "2016", "text": GERMAN_BODY, "language": "en-GB"},
        {"date": "2016", "text": GERMAN_BODY}))
    given_lang, detected = read(path, default_lang=None)
    assert (given_lang.lang, given_lang.meta["lang_source"]) == ("en", "metadata")
    assert (detected.lang, detected.meta["lang_source"]) == ("de", "detected")


def test_the_evaluation_corpus_reads_as_articles():
    path = Path("/work/shared/eval/tempeval3_tbaq.jsonl")
    if not path.exists():
        pytest.skip("evaluation corpus not on this machine")
    items = list(read_articles(path))
    assert len(items) == 256 and all(isinstance(a, Article) for a in items)
    assert all(a.reference.precision in ("day", "minute") and a.lang == "en" for a in items)
    first = json.loads(path.open(encoding="utf-8").readline())
    assert items[0].reference.iso == first["dct"]
    assert first["text"][items[0].meta["body_offset"]:].rstrip() == items[0].body


# --- properties: any input gives Articles or Rejections, never an exception ----------------

def _check(items: list, default: Reference | None) -> None:
    for item in items:
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Rejection):
            assert not item.reason.startswith("internal error"), item.reason
            assert item.source and item.reason
            if default is not None:
                assert not item.reason.startswith("no reference time")
            continue
        assert item.reference is not None and item.reference.precision in PRECISIONS
        assert item.lang in ("de", "en")
        assert item.body and item.body == item.body.strip()
        assert len(item.content_hash) == 64
        for text in (item.body, item.title or "", item.article_id, item.source,
                     json.dumps(item.meta, ensure_ascii=False)):
            text.encode("utf-8")  # storable: no lone surrogates


_DATELINES = st.sampled_from([
    "", "date 2016-05-04 Kiel (dpa) - ", "date 2018-13-45 Kiel (dpa) - ", "BERLIN, 4. Mai 2016 "
    "(dpa) - ", "LONDON, May 4 (Reuters) - ", "WASHINGTON (AP) — ", "date 2999 X - ", "date ",
    "Titel\n\nBERLIN, 31. April 2016 (dpa) - ", "(dpa) -"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dateline=_DATELINES, text=st.one_of(st.text(max_size=300), st.text(
    st.characters(categories=["Cs", "Ll", "Zs", "Nd"]), max_size=50)), suffix=st.sampled_from(
    [".txt", ".json", ".jsonl"]), use_default=st.booleans())
def test_any_text_in_any_format(tmp_path_factory, dateline, text, suffix, use_default):
    folder = tmp_path_factory.mktemp("any")
    path = folder / f"a{suffix}"
    write(path, dateline + text)
    default = DEFAULT if use_default else None
    _check(list(read_articles(path, default_reference=default, now=NOW)), default)


_RECORD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                           st.text(max_size=40), st.lists(st.integers(), max_size=2),
                           # lone surrogates, which JSON escapes can carry
                           st.text(st.characters(categories=["Cs", "Ll"]), max_size=8),
                           st.sampled_from(["2016-05-04", "May 4", "4. Mai 2016", "2016-13",
                                            "de", "en", "fr", "BERLIN, 4. Mai 2016 (dpa) - x"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(st.dictionaries(
    st.sampled_from(["id", "text", "body", "date", "dct", "timestamp", "lang", "title",
                     "place", "agency", "source", "other", "\ud800"]), _RECORD_VALUES,
    max_size=7),
    max_size=4), use_default=st.booleans())
def test_any_records(tmp_path_factory, records, use_default):
    folder = tmp_path_factory.mktemp("records")
    default = DEFAULT if use_default else None
    lines = write(folder / "a.jsonl", jsonl(*records) if records else "\n")
    listed = write(folder / "b.json", json.dumps(records))
    for path in (lines, listed):
        items = list(read_articles(path, default_reference=default, now=NOW))
        assert items
        _check(items, default)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".json", ".jsonl"]))
def test_any_bytes(tmp_path_factory, data, suffix):
    path = write(tmp_path_factory.mktemp("bytes") / f"a{suffix}", data)
    _check(list(read_articles(path, now=NOW)), None)
