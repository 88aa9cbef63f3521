"""The DuckDB store on real files: schema, versions, duplicates, atomic batches, locking."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date, datetime

import duckdb
import pytest

from timeline import store
from timeline.events import event_id
from timeline.model import Article, Event, Reference


def make_article(article_id: str, body: str, source: str | None = None) -> Article:
    return Article(
        article_id=article_id, source=source or article_id, body=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        reference=Reference(datetime(2018, 10, 1), "month", "Stuttgart", "dpa"), lang="de",
        title="t", meta={"source_file": f"/inbox/{article_id}.txt"})


def make_event(article: Article, start: int, day: date, kind: str = "mention") -> Event:
    return Event(
        event_id=event_id(article.article_id, start, start + 4, kind),
        article_id=article.article_id, sentence_index=0, sentence=article.body,
        expression=article.body[start:start + 4], char_start=start, char_end=start + 4,
        timex_type="DATE", timex_value=day.isoformat(), timex_mod=None, relation="on",
        date_start=day, date_end=day, time_start=None, time_end=None, granularity="day",
        anchor="absolute", certainty="exact", lang="de")


def write(db: str, batch, run_id: str = "r1") -> store.WriteResult:
    with store.open_writer(db) as con:
        return store.write_batch(con, batch, run_id)


def query(db: str, sql: str) -> list[tuple]:
    with store.open_read_only(db) as con:
        return con.execute(sql).fetchall()


def test_default_db_path_prefers_flag_then_environment(monkeypatch):
    monkeypatch.delenv(store.DB_ENV, raising=False)
    assert store.default_db_path(None) == "timeline.duckdb"
    monkeypatch.setenv(store.DB_ENV, "/data/t.duckdb")
    assert store.default_db_path(None) == "/data/t.duckdb"
    assert store.default_db_path("mine.duckdb") == "mine.duckdb"


def test_schema_is_created_once_and_has_the_contract_names(db_path):
    for _ in range(2):
        with store.open_writer(db_path) as con:
            store.ensure_schema(con)
    assert query(db_path, "SELECT count(*) FROM schema_version") == [(1,)]
    assert query(db_path, "SELECT count(*) FROM duckdb_constraints() "
                          "WHERE constraint_type = 'PRIMARY KEY' "
                          "AND table_name IN ('articles', 'timeline')") == [(0,)]
    columns = {(t, c) for t, c in query(
        db_path, "SELECT table_name, column_name FROM information_schema.columns")}
    for name in ("article_id", "content_hash", "dct", "dct_precision", "is_current",
                 "deleted_at", "run_id", "ingested_at"):
        assert ("articles", name) in columns
    for name in store.EVENT_COLUMNS:
        assert ("timeline", name) in columns
    for name in ("run_id", "flow_run_id", "seen", "added", "updated", "unchanged", "rejected",
                 "status"):
        assert ("ingest_runs", name) in columns
    assert {("rejections", c) for c in ("run_id", "source", "reason")} <= columns
    assert ("timeline_view", "place") in columns


def test_new_file_stays_readable_by_duckdb_1x(db_path):
    with store.open_writer(db_path):
        pass
    with store.open_read_only(db_path) as con:
        tags = con.execute("SELECT tags FROM duckdb_databases() WHERE path = ?",
                           [db_path]).fetchone()[0]
    assert tags["storage_version"].startswith("v1.")


def test_same_version_twice_adds_nothing(db_path):
    a = make_article("a", "Am Dienstag war es.")
    first = write(db_path, [(a, [make_event(a, 3, date(2018, 10, 2))])])
    again = write(db_path, [(a, [make_event(a, 3, date(2018, 10, 2))])])
    assert (first.added, first.events_added) == (1, 1)
    assert (again.added, again.unchanged, again.events_added) == (0, 1, 0)
    assert query(db_path, "SELECT count(*) FROM articles") == [(1,)]
    assert query(db_path, "SELECT count(*) FROM timeline") == [(1,)]


def test_changed_article_replaces_its_events(db_path):
    old = make_article("a", "Am Dienstag war es.")
    write(db_path, [(old, [make_event(old, 3, date(2018, 10, 2)),
                           make_event(old, 8, date(2018, 10, 3))])])
    new = make_article("a", "Am Mittwoch war es.")
    result = write(db_path, [(new, [make_event(new, 3, date(2018, 10, 3))])], "r2")
    assert result.updated == 1
    assert query(db_path, "SELECT content_hash, is_current FROM articles ORDER BY is_current") \
        == [(old.content_hash, False), (new.content_hash, True)]
    assert query(db_path, "SELECT content_hash, date_start FROM timeline") \
        == [(new.content_hash, date(2018, 10, 3))]
    # and back to the first version: it becomes current again, without a key clash
    write(db_path, [(old, [make_event(old, 3, date(2018, 10, 2))])], "r3")
    assert query(db_path, "SELECT content_hash FROM articles WHERE is_current") \
        == [(old.content_hash,)]
    assert query(db_path, "SELECT count(*) FROM timeline") == [(1,)]


def test_same_content_under_two_names_is_stored_once(db_path):
    a = make_article("a", "Am Dienstag war es.")
    b = make_article("b", "Am Dienstag war es.", source="copy/b.txt")
    result = write(db_path, [(a, [make_event(a, 3, date(2018, 10, 2))]),
                             (b, [make_event(b, 3, date(2018, 10, 2))])])
    later = write(db_path, [(b, [make_event(b, 3, date(2018, 10, 2))])])
    assert result.added == 1
    assert [d.source for d in result.duplicates + later.duplicates] == ["copy/b.txt"] * 2
    assert "same content" in result.duplicates[0].reason
    assert query(db_path, "SELECT article_id FROM articles") == [("a",)]


def test_a_failing_batch_stores_nothing(db_path):
    a = make_article("a", "Am Dienstag war es.")
    b = make_article("b", "Am Mittwoch war es.")
    broken = make_event(b, 3, date(2018, 10, 2))
    broken.event_id = None  # violates NOT NULL: the append of the events fails
    with pytest.raises(duckdb.ConstraintException):
        write(db_path, [(a, [make_event(a, 3, date(2018, 10, 2))]), (b, [broken])])
    assert query(db_path, "SELECT count(*) FROM articles") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM timeline") == [(0,)]


def test_a_failing_update_keeps_the_old_version_and_its_events(db_path):
    old = make_article("a", "Am Dienstag war es.")
    write(db_path, [(old, [make_event(old, 3, date(2018, 10, 2))])])
    new = make_article("a", "Am Mittwoch war es.")
    broken = make_event(new, 3, date(2018, 10, 3))
    broken.event_id = None
    with pytest.raises(duckdb.ConstraintException):
        write(db_path, [(new, [broken])], "r2")
    assert query(db_path, "SELECT content_hash, is_current FROM articles") \
        == [(old.content_hash, True)]
    assert query(db_path, "SELECT content_hash, date_start FROM timeline") \
        == [(old.content_hash, date(2018, 10, 2))]


def test_rewriting_and_reverting_articles_never_duplicates_rows(db_path):
    # Without key indexes (schema 3), write_rows alone keeps versions and event ids unique.
    versions = [make_article("a", f"Am Dienstag war es {k}.") for k in range(3)]
    for run, article in enumerate([*versions, versions[0], versions[1], versions[1]]):
        write(db_path, [(article, [make_event(article, 3, date(2018, 10, 2)),
                                   make_event(article, 3, date(2018, 10, 2)),
                                   make_event(article, 0, date(2018, 10, 1), "lead")])],
              f"r{run}")
    assert query(db_path, "SELECT count(*), count(DISTINCT (article_id, content_hash)), "
                          "count(*) FILTER (WHERE is_current) FROM articles") == [(3, 3, 1)]
    assert query(db_path, "SELECT count(*), count(DISTINCT event_id), any_value(content_hash) "
                          "FROM timeline") == [(2, 2, versions[1].content_hash)]


def test_database_of_schema_2_with_keys_still_opens_and_takes_writes(db_path):
    # A file created before schema 3 keeps its PRIMARY KEYs; the code works on it.
    con = duckdb.connect(db_path)
    con.execute(store.SCHEMA.replace("event_id VARCHAR NOT NULL,", "event_id VARCHAR PRIMARY KEY,")
                .replace("source_file VARCHAR ", "source_file VARCHAR, "
                         "PRIMARY KEY (article_id, content_hash) ")
                .replace(f"SELECT {store.SCHEMA_VERSION}, now()", "SELECT 2, now()"))
    con.close()
    a = make_article("a", "Am Dienstag war es.")
    write(db_path, [(a, [make_event(a, 3, date(2018, 10, 2))])])
    new = make_article("a", "Am Mittwoch war es.")
    write(db_path, [(new, [make_event(new, 3, date(2018, 10, 3))])], "r2")
    assert query(db_path, "SELECT version FROM schema_version ORDER BY version") == [(2,), (3,)]
    assert query(db_path, "SELECT count(*) FROM duckdb_constraints() "
                          "WHERE constraint_type = 'PRIMARY KEY' AND table_name = 'timeline'") \
        == [(1,)]
    assert query(db_path, "SELECT content_hash, date_start FROM timeline") \
        == [(new.content_hash, date(2018, 10, 3))]


def test_deleted_articles_keep_their_events_and_can_come_back(db_path):
    a = make_article("a", "Am Dienstag war es.")
    write(db_path, [(a, [make_event(a, 3, date(2018, 10, 2))])])
    with store.open_writer(db_path) as con:
        assert store.mark_deleted(con, ["a"], datetime(2020, 1, 1)) == 1
        assert store.deleted_ids(con) == {"a"}
        assert store.current_files(con) == {}
    assert query(db_path, "SELECT deleted_at FROM timeline_view") == [(datetime(2020, 1, 1),)]
    result = write(db_path, [(a, [])])
    assert (result.unchanged, result.restored) == (1, 1)
    assert query(db_path, "SELECT deleted_at FROM articles") == [(None,)]


def test_view_joins_events_to_their_current_article_in_date_order(db_path):
    a = make_article("a", "Am Dienstag war es. Am Montag auch.")
    write(db_path, [(a, [make_event(a, 20, date(2018, 10, 8)),
                         make_event(a, 3, date(2018, 10, 2))])])
    rows = query(db_path, "SELECT date_start, place, agency, dct_precision FROM timeline_view")
    assert rows == [(date(2018, 10, 2), "Stuttgart", "dpa", "month"),
                    (date(2018, 10, 8), "Stuttgart", "dpa", "month")]


def test_known_versions_and_run_bookkeeping(db_path):
    a = make_article("a", "Am Dienstag war es.")
    write(db_path, [(a, [])])
    with store.open_writer(db_path) as con:
        assert store.known_versions(con) == {"a": a.content_hash}
        store.start_run(con, "r9", "flow-1", ["/inbox"])
        from timeline.model import Rejection
        store.record_rejections(con, "r9", [Rejection("/inbox/x.txt", "no reference time")])
        store.finish_run(con, "r9", {"seen": 2, "added": 1, "rejected": 1}, "completed")
    assert query(db_path, "SELECT status, seen, added, rejected, sources FROM ingest_runs") \
        == [("completed", 2, 1, 1, "/inbox")]
    assert query(db_path, "SELECT source, reason FROM rejections WHERE run_id = 'r9'") \
        == [("/inbox/x.txt", "no reference time")]


def test_read_only_connection_refuses_writes(db_path):
    with store.open_writer(db_path):
        pass
    with store.open_read_only(db_path) as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM articles")


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(store.StoreError, match="no timeline database"):
        store.open_read_only(str(tmp_path / "nope.duckdb"))


def test_file_left_empty_by_a_killed_writer_is_explained_and_then_filled(tmp_path):
    # A writer killed after creating the file but before the schema committed leaves a
    # valid DuckDB file with no tables: readers say so, the next writer creates them.
    path = str(tmp_path / "empty.duckdb")
    duckdb.connect(path).close()
    with pytest.raises(store.StoreError, match="holds no timeline yet"):
        store.open_read_only(path)
    with store.open_writer(path):
        pass
    with store.open_read_only(path) as con:
        assert con.execute("SELECT count(*) FROM timeline").fetchone() == (0,)


def _hold_writer(db: str, seconds: float) -> subprocess.Popen:
    """Another process that keeps the file open for writing (as an ingest run does)."""
    code = ("import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(float(sys.argv[2]))")
    holder = subprocess.Popen([sys.executable, "-c", code, db, str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_reader_waits_for_a_writer_then_gets_in(db_path, capsys):
    with store.open_writer(db_path):
        pass
    holder = _hold_writer(db_path, 1.5)
    try:
        with store.open_read_only(db_path, wait_seconds=60) as con:
            assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    finally:
        holder.wait()
    assert store.BUSY_MESSAGE in capsys.readouterr().err


def test_reader_gives_up_with_a_clear_message(db_path):
    with store.open_writer(db_path):
        pass
    holder = _hold_writer(db_path, 30)
    try:
        with pytest.raises(store.StoreError, match="still busy"):
            store.open_read_only(db_path, wait_seconds=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_bulk_insert_path_stores_many_events(db_path):
    articles = [make_article(f"a{i}", f"Text {i} am Dienstag.") for i in range(300)]
    batch = [(a, [make_event(a, k, date(2018, 10, 1 + k % 28)) for k in range(10)])
             for a in articles]
    result = write(db_path, batch)
    assert (result.added, result.events_added) == (300, 3000)
    assert query(db_path, "SELECT count(*), count(DISTINCT article_id) FROM timeline") \
        == [(3000, 300)]


def test_a_writer_holds_back_while_a_reader_waits(db_path, tmp_path):
    """A reader kept out by a writer leaves a fresh mark; the next writer session waits
    for it to go (the reader got in), and ignores a mark a reader left long ago."""
    import os
    import threading
    import time

    store.open_writer(db_path).close()
    mark = tmp_path / (os.path.basename(db_path) + store.READERS_WAITING_SUFFIX)
    assert str(mark) == db_path + store.READERS_WAITING_SUFFIX
    opened = threading.Event()

    def write() -> None:
        store.open_writer(db_path).close()
        opened.set()

    mark.touch()
    writer = threading.Thread(target=write)
    writer.start()
    assert not opened.wait(0.3)  # the mark is fresh (READER_MARK_FRESH_SECONDS = 2)
    mark.unlink()
    writer.join(30)
    assert opened.is_set()

    mark.touch()
    stale = time.time() - 10 * store.READER_MARK_FRESH_SECONDS
    os.utime(mark, (stale, stale))
    opened.clear()
    write()  # returns at once: nobody is waiting any more
    assert opened.is_set()


def test_a_reader_kept_out_marks_itself_and_clears_the_mark_once_in(db_path, capsys):
    """While another process writes, a reader retries and keeps its mark fresh; once in,
    it removes the mark."""
    store.open_writer(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
         "print('open', flush=True); time.sleep(1.5)", db_path],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with store.open_read_only(db_path, wait_seconds=60) as con:
            assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    finally:
        holder.wait(60)
    from pathlib import Path

    assert store.BUSY_MESSAGE in capsys.readouterr().err  # it was kept out, then got in
    assert not Path(db_path + store.READERS_WAITING_SUFFIX).exists()
