"""Rejections of one item of a multi-article file (a feed item, a JSONL line, a record of a
JSON list) are fingerprinted by the item, not by the file: a feed that moves on, or a JSONL
file that grows, does not get its unchanged bad items recorded again on every scheduled run.
A problem with the whole file keeps the file's stamp. Real files, real flow, real DuckDB."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from timeline import store
from timeline.model import Article, Rejection
from timeline.sources import read_articles

GOOD_TEXT = "BERLIN (dpa) - Am Montag wurde Gesetz Nummer {n} beschlossen."


def good(n: int) -> dict:
    """A dated item with a guid of its own; later numbers are newer."""
    return {"guid": f"n{n}", "title": f"Meldung {n}",
            "pubDate": f"Wed, {n:02d} May 2016 10:00:00 +0200",
            "description": GOOD_TEXT.format(n=n)}


UNDATED = {"guid": "undated", "title": "Ohne Datum",
           "description": "Am Dienstag wurde in der Stadt gestreikt."}


def rss(items: list[dict], title: str = "Testfeed") -> str:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
             f"<title>{escape(title)}</title>", "<language>de</language>"]
    parts += ["<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items())
              + "</item>" for item in items]
    parts.append("</channel></rss>")
    return "\n".join(parts)


def new_version(path: Path, content: str, second: int) -> None:
    """Write a new version of a file with its own modification time, whatever the clock."""
    path.write_text(content, encoding="utf-8")
    os.utime(path, ns=(second * 1_000_000_000, second * 1_000_000_000))


def ingest(paths, db: str, **kwargs) -> dict:
    from flows.ingest import ingest_flow

    return ingest_flow(paths=[str(p) for p in paths], db=db, **kwargs)


def rows(db: str, sql: str, params=None) -> list[tuple]:
    with store.open_read_only(db) as con:
        return con.execute(sql, params or []).fetchall()


def stored_counts(db: str) -> tuple[int, int, int, bool]:
    """(article versions, current live articles, events, event ids unique)."""
    return rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles "
                    "WHERE is_current AND deleted_at IS NULL), (SELECT count(*) FROM timeline), "
                    "(SELECT count(*) = count(DISTINCT event_id) FROM timeline)")[0]


def rejected_counts(runs: list[dict]) -> list[tuple[int, int]]:
    return [(r["rejected"], r["unchanged_rejected"]) for r in runs]


# --- what the reader says about an item ---------------------------------------------------------

def test_a_feed_item_keeps_its_rejection_identity_when_the_feed_moves_on(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text(rss([good(1), UNDATED]), encoding="utf-8")
    (before,) = [i for i in read_articles(feed) if isinstance(i, Rejection)]
    feed.write_text(rss([good(2), good(1), UNDATED]), encoding="utf-8")
    (after,) = [i for i in read_articles(feed) if isinstance(i, Rejection)]
    assert (before.source, after.source) == (f"{feed}#2", f"{feed}#3")  # the position moved
    assert before.item and before.item == after.item
    feed.write_text(rss([good(2), {**UNDATED, "description": "Am Mittwoch auch."}]),
                    encoding="utf-8")
    (edited,) = [i for i in read_articles(feed) if isinstance(i, Rejection)]
    assert edited.item and edited.item != before.item
    # the same item in another feed file is another item
    other = tmp_path / "g.rss"
    other.write_text(rss([good(1), UNDATED]), encoding="utf-8")
    (elsewhere,) = [i for i in read_articles(other) if isinstance(i, Rejection)]
    assert elsewhere.item and elsewhere.item != before.item


def test_items_of_multi_article_files_carry_their_identity_and_whole_files_do_not(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text(rss([good(1)]), encoding="utf-8")
    (article,) = read_articles(feed)
    assert isinstance(article, Article) and article.meta["item_key"]
    lines = tmp_path / "r.jsonl"
    lines.write_text('{"date": "2016-05-04", "text": "Am Montag."}\n{"text": "x"}\n[1, 2\n',
                     encoding="utf-8")
    first, missing, broken = read_articles(lines)
    assert isinstance(first, Article) and first.meta["item_key"]
    assert isinstance(missing, Rejection) and isinstance(broken, Rejection)
    assert missing.item and broken.item and missing.item != broken.item
    records = tmp_path / "list.json"
    records.write_text(json.dumps([{"text": "Am Montag."}]), encoding="utf-8")
    (record,) = read_articles(records)
    assert isinstance(record, Rejection) and record.item
    # one article per file, or a problem with the whole file: fingerprinted by the file
    (single := tmp_path / "one.txt").write_text("Am Montag.", encoding="utf-8")
    (not_feed := tmp_path / "bad.rss").write_text("<rss><channel>", encoding="utf-8")
    (empty := tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    for path in (single, not_feed, empty):
        (rejection,) = read_articles(path)
        assert isinstance(rejection, Rejection) and rejection.item is None, rejection
    # the identity is not part of a rejection's equality (source and reason are)
    assert missing == Rejection(missing.source, missing.reason)


# --- what the store makes of it ------------------------------------------------------------------

def test_the_store_matches_an_item_by_its_fingerprint_and_a_file_by_source_reason_stamp(
        db_path):
    def record(run_id, rejections, stamps=None) -> list[str]:
        with store.open_writer(db_path) as con:
            recorded = store.record_rejections(con, run_id, rejections, stamps)
        return [r.source for r in recorded]

    undated = Rejection("f.rss#2", "no reference time: f.rss#2 (...)", item="k1")
    assert record("r1", [undated], {undated: "size=10 mtime_ns=1"}) == ["f.rss#2"]
    # the item moved down the feed, and the feed file has a new stamp: the same rejection
    moved = Rejection("f.rss#3", "no reference time: f.rss#3 (...)", item="k1")
    assert record("r2", [moved], {moved: "size=20 mtime_ns=2"}) == []
    # the same item rejected for another kind of problem, and another item: new
    other_kind = Rejection("f.rss#3", "duplicate id: f.rss#3 has guid 'x'", item="k1")
    other_item = Rejection("f.rss#4", "no reference time: f.rss#4 (...)", item="k2")
    assert record("r3", [other_kind, other_item]) == ["f.rss#3", "f.rss#4"]
    # a whole file: its source, reason and stamp
    whole = Rejection("bad.rss", "not a feed: bad.rss (...)")
    assert record("r4", [whole], {whole: "size=5 mtime_ns=1"}) == ["bad.rss"]
    assert record("r5", [whole], {whole: "size=5 mtime_ns=1"}) == []
    assert record("r6", [whole], {whole: "size=6 mtime_ns=2"}) == ["bad.rss"]
    fingerprints = rows(db_path, "SELECT run_id, fingerprint FROM rejections ORDER BY run_id")
    assert [f.startswith("item ") for _, f in fingerprints[:3]] == [True, True, True]
    assert [f for _, f in fingerprints[3:]] == ["size=5 mtime_ns=1", "size=6 mtime_ns=2"]
    assert store.rejection_fingerprint(undated, None) \
        == store.rejection_fingerprint(moved, "size=20 mtime_ns=2") == fingerprints[0][1]


# --- through the flow ---------------------------------------------------------------------------

pytestmark_flow = pytest.mark.usefixtures("prefect_server")


@pytestmark_flow
def test_a_bad_item_in_a_feed_that_moves_on_is_recorded_once(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = inbox / "news.rss"
    runs = []
    for version in range(1, 4):  # a new good item on top each time; the undated one stays
        new_version(feed, rss([good(n) for n in range(version, 0, -1)] + [UNDATED]), version)
        runs.append(ingest([inbox], db_path))
    assert rejected_counts(runs) == [(1, 0), (0, 1), (0, 1)]
    assert [(r["added"], r["unchanged"]) for r in runs] == [(1, 0), (1, 1), (1, 2)]
    (run_id, source, reason, fingerprint), = rows(
        db_path, "SELECT run_id, source, reason, fingerprint FROM rejections")
    assert (run_id, source) == (runs[0]["run_id"], f"{feed.resolve()}#2")
    assert reason.startswith("no reference time") and fingerprint.startswith("item ")
    assert rows(db_path, "SELECT unchanged_rejected FROM ingest_runs ORDER BY started_at") \
        == [(0,), (1,), (1,)]
    versions, live, events, unique = stored_counts(db_path)
    assert (versions, live, unique) == (3, 3, True)
    assert events == 6  # per item: its lead sentence and "Am Montag"


@pytestmark_flow
def test_bad_items_read_by_worker_processes_are_recorded_once(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    runs = []
    for version in range(1, 3):  # one file per chunk, two worker processes
        for name in ("a.rss", "b.rss"):
            items = [good(n) for n in range(version, 0, -1)] + [UNDATED]
            new_version(inbox / name, rss(items, title=name), version)
        runs.append(ingest([inbox], db_path, batch_size=1, workers=2))
    assert rejected_counts(runs) == [(2, 0), (0, 2)]
    assert rows(db_path, "SELECT count(*), count(DISTINCT fingerprint) FROM rejections") \
        == [(2, 2)]
    assert stored_counts(db_path)[:2] == (4, 4)


@pytestmark_flow
def test_a_bad_item_that_changes_is_recorded_again(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = inbox / "news.rss"
    edited = {**UNDATED, "description": "Am Mittwoch wurde wieder gestreikt."}
    versions = [[good(1), UNDATED], [good(2), good(1), edited], [good(3), good(2), good(1),
                                                                 edited]]
    runs = []
    for second, items in enumerate(versions, start=1):
        new_version(feed, rss(items), second)
        runs.append(ingest([inbox], db_path))
    assert rejected_counts(runs) == [(1, 0), (1, 0), (0, 1)]
    recorded = rows(db_path, "SELECT run_id, source, fingerprint FROM rejections "
                             "ORDER BY source")
    assert [(r[0], r[1]) for r in recorded] == [
        (runs[0]["run_id"], f"{feed.resolve()}#2"), (runs[1]["run_id"], f"{feed.resolve()}#3")]
    assert recorded[0][2] != recorded[1][2]
    assert stored_counts(db_path)[:2] == (3, 3)


@pytestmark_flow
def test_duplicates_across_and_within_feeds_are_recorded_once_while_the_feeds_move_on(
        tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # b.rss carries a.rss's item n1 (same guid, same text, same feed title: the same
    # content, stored once under a.rss) and its own guid "twice" two times.
    twice = {"guid": "twice", "pubDate": "Wed, 20 May 2016 10:00:00 +0200",
             "description": "BERLIN (dpa) - Am Montag wurde das erste Mal berichtet."}
    again = {**twice, "description": "BERLIN (dpa) - Am Dienstag wurde wieder berichtet."}
    new_version(inbox / "a.rss", rss([good(1)]), 1)
    runs = []
    for version in range(1, 4):
        news = [good(n) for n in range(10 + version, 10, -1)]  # a new item on top each time
        new_version(inbox / "b.rss", rss([*news, twice, good(1), again]), version)
        runs.append(ingest([inbox], db_path))
    assert rejected_counts(runs) == [(2, 0), (0, 2), (0, 2)]
    recorded = rows(db_path, "SELECT run_id, reason FROM rejections ORDER BY reason")
    b = f"{(inbox / 'b.rss').resolve()}"
    assert recorded == [
        (runs[0]["run_id"], f"duplicate id: {b}#4 has guid 'twice', already used by {b}#2"),
        (runs[0]["run_id"], f"duplicate: same content as already stored "
                            f"'{(inbox / 'a.rss').resolve()}#guid=n1'"),
    ]
    # a.rss's n1, b.rss's "twice" and its three new items; nothing twice
    assert [r["added"] for r in runs] == [3, 1, 1]
    versions, live, _, unique = stored_counts(db_path)
    assert (versions, live, unique) == (5, 5, True)
    assert rows(db_path, "SELECT count(*) FROM articles WHERE article_id LIKE ?",
                [f"{b}#guid=n1"]) == [(0,)]


@pytestmark_flow
def test_a_bad_line_kept_in_a_jsonl_file_that_grows_is_recorded_once(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    records = inbox / "wire.jsonl"

    def line(n: int) -> str:
        return json.dumps({"id": f"r{n}", "date": f"2016-05-{n:02d}", "lang": "de",
                           "text": GOOD_TEXT.format(n=n)})

    lines = [line(1), '{"id": "undated", "text": "Am Dienstag wurde gestreikt."}',
             '{"id": "cut", "date": "2016-05-0', line(2)]
    runs = []
    for version in range(1, 4):  # appended to: the bad lines stay where they are
        new_version(records, "\n".join(lines) + "\n", version)
        runs.append(ingest([inbox], db_path))
        lines.append(line(2 + version))
    assert rejected_counts(runs) == [(2, 0), (0, 2), (0, 2)]
    assert [(r["added"], r["unchanged"], r["deleted"]) for r in runs] == [
        (2, 0, 0), (1, 2, 0), (1, 3, 0)]
    recorded = rows(db_path, "SELECT run_id, source, reason FROM rejections ORDER BY source")
    assert [(r[0], r[1]) for r in recorded] == [
        (runs[0]["run_id"], f"{records.resolve()}:2"),
        (runs[0]["run_id"], f"{records.resolve()}:3")]
    assert "no reference time" in recorded[0][2] and "invalid JSON" in recorded[1][2]
    versions, live, _, unique = stored_counts(db_path)
    assert (versions, live, unique) == (4, 4, True)


@pytestmark_flow
def test_a_tagging_failure_of_a_feed_item_is_recorded_once(tmp_path, db_path, monkeypatch):
    import timeline.pipeline

    real = timeline.pipeline.extract

    def extract(article):
        if "Nummer 1 " in article.body:
            raise RuntimeError("tagger bug")
        return real(article)

    monkeypatch.setattr(timeline.pipeline, "extract", extract)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = inbox / "news.rss"
    runs = []
    for version in range(1, 4):
        new_version(feed, rss([good(n) for n in range(version, 0, -1)]), version)
        runs.append(ingest([inbox], db_path, workers=1))  # in this process: patched
    assert rejected_counts(runs) == [(1, 0), (0, 1), (0, 1)]
    assert [r["failed"] for r in runs] == [1, 1, 1]  # tried again each run, recorded once
    (reason,), = rows(db_path, "SELECT reason FROM rejections")
    assert reason == "tagging failed: RuntimeError: tagger bug"
    assert stored_counts(db_path)[:2] == (2, 2)


@pytestmark_flow
def test_a_whole_file_problem_keeps_the_file_stamp(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    broken = inbox / "broken.rss"
    new_version(broken, "<rss><channel><item><title>A", 1)
    runs = [ingest([inbox], db_path)]
    runs.append(ingest([inbox], db_path))
    new_version(broken, "<rss><channel><item><title>B", 2)  # changed, still broken
    runs.append(ingest([inbox], db_path))
    assert rejected_counts(runs) == [(1, 0), (0, 1), (1, 0)]
    fingerprints = [r[0] for r in rows(db_path, "SELECT fingerprint FROM rejections")]
    assert len(fingerprints) == 2 and all(f.startswith("size=") for f in fingerprints)


@pytestmark_flow
def test_a_database_with_file_stamp_fingerprints_records_an_item_once_more(tmp_path,
                                                                           db_path):
    """Rows written before items had fingerprints of their own hold the file's stamp: the
    first run after the upgrade records the bad item once more, then never again."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = inbox / "news.rss"
    new_version(feed, rss([good(1), UNDATED]), 1)
    runs = [ingest([inbox], db_path)]
    with store.open_writer(db_path) as con:  # as an older version wrote it
        con.execute("UPDATE rejections SET fingerprint = ?",
                    [f"size={feed.stat().st_size} mtime_ns=1000000000"])
    for version in (2, 3):
        new_version(feed, rss([good(version), good(1), UNDATED]), version)
        runs.append(ingest([inbox], db_path))
    assert rejected_counts(runs) == [(1, 0), (1, 0), (0, 1)]
    assert rows(db_path, "SELECT count(*) FROM rejections") == [(2,)]
