"""The DuckDB store: schema, short-lived connections, and the one-transaction batch write.

DuckDB lets one process write a file and then locks everyone else out, readers included.
So writers stay short (open, write one batch, commit, close) and every open retries with
backoff for a while before failing with a clear message.

What is atomic: one `write_rows` / `write_batch` (a batch of articles with all their events,
old versions replaced) is one transaction, so a crash leaves each article whole or absent. Run
bookkeeping (`ingest_runs`, `rejections`) is written in its own short transactions; a run
that dies keeps status 'running' until the next run, holding the ingest lock, marks it
'interrupted' (`mark_interrupted`).
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from timeline.model import Article, Event, Rejection

if TYPE_CHECKING:  # duckdb is imported lazily so that light commands start fast
    import duckdb

# 2: rejections.fingerprint, ingest_runs.unchanged_rejected/failed
# 3: new files have no PRIMARY KEY on articles and timeline (see SCHEMA)
SCHEMA_VERSION = 3
DEFAULT_DB = "timeline.duckdb"
DB_ENV = "TIMELINE_DB"
BUSY_MESSAGE = "database is busy (being written by an ingest run); waiting..."
WRITER_BUSY_MESSAGE = "database is busy (open in another process); waiting to write..."
# A reader kept out by a writer marks the file "<db>.readers-waiting" (touched at every
# retry); a writer about to open a session holds back while a fresh mark exists, so
# readers get in between an ingest's batches even when the batches come back to back.
READERS_WAITING_SUFFIX = ".readers-waiting"
READER_MARK_FRESH_SECONDS = 2.0  # an older mark is from a reader that gave up
WRITER_YIELD_SECONDS = 3.0  # the longest a writer holds back for waiting readers
READER_RETRY_MAX_SECONDS = 0.25  # readers retry often, so writers hold back briefly
# Files written by DuckDB 2.x stay readable by DuckDB 1.1+ (the storage format they know).
STORAGE_COMPATIBILITY = "v1.1.0"
# Rows per row group written by our writers (DuckDB's default is 122,880). A checkpoint
# rewrites the row group that appends went into, so its memory and time follow the row
# group's size: with whole article bodies in `articles`, a default row group is ~270 MB.
WRITER_ROW_GROUP_SIZE = 4096
WRITER_ALIAS = "timeline_store"  # the attached file's name inside a writer connection
# Compression left out while a batch's events are written ("" for none). Their strings are
# short and repeat (dictionary compression takes most); FSST on them cost ~40% of a batch
# write's CPU (0.42 s per 20k benchmark articles, ~2 s per 100k) and made the file only
# 6% smaller (100k benchmark articles: 320 MB without, 301 MB with). Article bodies, which
# FSST halves, are compressed as before.
EVENT_DISABLED_COMPRESSION = "fsst"

ARTICLE_COLUMNS = (
    "article_id", "content_hash", "source", "title", "lang", "dct", "dct_precision", "place",
    "agency", "body", "ingested_at", "run_id", "is_current", "deleted_at", "source_file",
)
EVENT_COLUMNS = (
    "event_id", "article_id", "content_hash", "sentence_index", "sentence", "expression",
    "char_start", "char_end", "timex_type", "timex_value", "timex_mod", "relation",
    "date_start", "date_end", "time_start", "time_end", "granularity", "anchor", "certainty",
    "lang", "implicit",
)

SCHEMA = f"""
-- No PRIMARY KEY on articles (article_id, content_hash) nor on timeline (event_id) since
-- version 3: write_rows keeps both unique (one version per article id and content in a
-- batch, an article's old events deleted in the transaction that adds the new ones), and
-- DuckDB's key indexes made every writer session load and every checkpoint rewrite an
-- index that grows with the table (most of an ingest's time and memory). Files created
-- before keep their keys; the code works on both.
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR NOT NULL,      -- stable identity of the source item
    content_hash VARCHAR NOT NULL,    -- sha256 of the raw content of this version
    source VARCHAR,                   -- where it came from, for people (path, path#line)
    title VARCHAR,
    lang VARCHAR,
    dct TIMESTAMP,                    -- start of the reference period
    dct_precision VARCHAR,            -- year, month, day, minute
    place VARCHAR,
    agency VARCHAR,
    body VARCHAR,
    ingested_at TIMESTAMP,
    run_id VARCHAR,
    is_current BOOLEAN NOT NULL,      -- exactly one current version per article_id
    deleted_at TIMESTAMP,             -- its source disappeared; its events are kept
    source_file VARCHAR               -- the file it was read from (for deletion detection)
);
CREATE TABLE IF NOT EXISTS timeline (
    event_id VARCHAR NOT NULL,        -- unique: write_rows replaces an article's events whole
    article_id VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    expression VARCHAR,               -- NULL for the implicit lead-sentence event
    char_start INTEGER,
    char_end INTEGER,
    timex_type VARCHAR,
    timex_value VARCHAR,
    timex_mod VARCHAR,
    relation VARCHAR,
    date_start DATE,
    date_end DATE,
    time_start TIMESTAMP,
    time_end TIMESTAMP,
    granularity VARCHAR,
    anchor VARCHAR,
    certainty VARCHAR,
    lang VARCHAR,
    implicit BOOLEAN
);
CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id VARCHAR PRIMARY KEY,
    flow_run_id VARCHAR,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    sources VARCHAR,                  -- the paths that were scanned
    seen INTEGER,
    added INTEGER,
    updated INTEGER,
    unchanged INTEGER,
    rejected INTEGER,
    deleted INTEGER,
    events_added INTEGER,
    status VARCHAR,                   -- running, completed, failed, interrupted
    unchanged_rejected INTEGER,       -- rejections seen again (same file or item), not re-recorded
    failed INTEGER                    -- articles the tagger failed on (also in rejected)
);
CREATE TABLE IF NOT EXISTS rejections (
    run_id VARCHAR,                   -- the run that first saw this rejection
    source VARCHAR,
    reason VARCHAR,
    fingerprint VARCHAR               -- what was rejected: the item, else its file's stamp
);
-- version 1 -> 2
ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS unchanged_rejected INTEGER;
ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS failed INTEGER;
ALTER TABLE rejections ADD COLUMN IF NOT EXISTS fingerprint VARCHAR;
CREATE OR REPLACE VIEW timeline_view AS
SELECT t.date_start, t.date_end, t.time_start, t.time_end, t.granularity, t.relation,
       t.certainty, t.anchor, t.implicit, t.expression, t.sentence, t.timex_type,
       t.timex_value, t.timex_mod, t.lang, a.source, a.title, a.place, a.agency, a.dct,
       a.dct_precision, a.deleted_at, t.article_id, t.sentence_index, t.char_start,
       t.char_end, t.event_id
FROM timeline AS t
JOIN articles AS a
  ON a.article_id = t.article_id AND a.content_hash = t.content_hash AND a.is_current
ORDER BY t.date_start, t.date_end, t.time_start NULLS FIRST, a.dct, t.article_id,
         t.sentence_index, t.char_start;
INSERT INTO schema_version
SELECT {SCHEMA_VERSION}, now()::TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM schema_version WHERE version = {SCHEMA_VERSION});
"""


class StoreError(Exception):
    """A database problem explained for people (missing file, busy, incompatible)."""


def default_db_path(arg: str | None = None) -> str:
    """The database file: the --db flag, else $TIMELINE_DB, else ./timeline.duckdb."""
    return arg or os.environ.get(DB_ENV) or DEFAULT_DB


def utc_now() -> datetime:
    """Naive UTC, as stored in TIMESTAMP columns."""
    return datetime.now(UTC).replace(tzinfo=None)


def _is_lock_error(err: Exception) -> bool:
    return "lock" in str(err).lower()


def _connect_with_retry(path: str, read_only: bool, wait_seconds: float,
                        config: dict | None = None,
                        attach_options: str | None = None) -> duckdb.DuckDBPyConnection:
    """Connect, retrying with backoff while another process holds the file's lock.

    With `attach_options` the file is attached (with those options) to an in-memory
    connection and made its default database: options such as ROW_GROUP_SIZE exist only
    for ATTACH."""
    import duckdb

    deadline = time.monotonic() + wait_seconds
    delay = 0.05
    told = False
    marked = False
    while True:
        con = None
        try:
            if not read_only and path != ":memory:":
                _yield_to_waiting_readers(path)
            if attach_options is None:
                con = duckdb.connect(path, read_only=read_only, config=config or {})
                if marked:
                    _clear_reader_mark(path)
                return con
            con = duckdb.connect(":memory:", config=config or {})
            quoted = path.replace("'", "''")
            con.execute(f"ATTACH '{quoted}' AS {WRITER_ALIAS} ({attach_options})")
            con.execute(f"USE {WRITER_ALIAS}")
            return con
        except duckdb.IOException as err:
            if con is not None:
                con.close()
            if not _is_lock_error(err):
                raise StoreError(f"{path}: cannot open the database: {err}") from None
            if time.monotonic() >= deadline:
                if marked:
                    _clear_reader_mark(path)
                holder = "writing it" if read_only else "using it"
                raise StoreError(
                    f"{path}: database is still busy after {wait_seconds:g} s (another "
                    f"process is {holder}); try again when it has finished"
                ) from None
            if not told:
                print(BUSY_MESSAGE if read_only else WRITER_BUSY_MESSAGE, file=sys.stderr,
                      flush=True)
                told = True
            if read_only:
                marked = _mark_reader_waiting(path) or marked
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, READER_RETRY_MAX_SECONDS if read_only else 1.0)
        except duckdb.Error as err:
            if con is not None:
                con.close()
            raise StoreError(f"{path}: cannot open the database: {err}") from None


def _mark_reader_waiting(path: str) -> bool:
    """Tell writers that a reader is waiting for the file (best effort)."""
    try:
        Path(path + READERS_WAITING_SUFFIX).touch()
        return True
    except OSError:  # a read-only folder: readers still get in, only less promptly
        return False


def _clear_reader_mark(path: str) -> None:
    try:
        Path(path + READERS_WAITING_SUFFIX).unlink(missing_ok=True)
    except OSError:
        pass


def _yield_to_waiting_readers(path: str) -> None:
    """Before a writer opens the file: while a reader's fresh mark says it is waiting,
    hold back (at most WRITER_YIELD_SECONDS) so that it can get in first."""
    mark = Path(path + READERS_WAITING_SUFFIX)
    until = time.monotonic() + WRITER_YIELD_SECONDS
    while time.monotonic() < until:
        try:
            age = time.time() - mark.stat().st_mtime
        except OSError:  # no mark: nobody waits
            return
        if age > READER_MARK_FRESH_SECONDS:
            return
        time.sleep(0.02)


def open_read_only(path: str, wait_seconds: float = 30) -> duckdb.DuckDBPyConnection:
    """A read-only connection; waits (with one message on stderr) while a writer holds it."""
    if path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no timeline database here (run `timeline ingest` first, "
                         "or pass --db / set TIMELINE_DB)")
    con = _connect_with_retry(path, True, wait_seconds)
    if not has_schema(con):
        con.close()
        raise StoreError(f"{path}: holds no timeline yet (an ingest stopped before it stored "
                         "anything); run `timeline ingest` again")
    return con


def has_schema(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the file has our tables; a writer killed while creating it leaves it empty."""
    row = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = "
                      "current_database() AND table_name = 'schema_version'").fetchone()
    return bool(row and row[0])


def open_writer(path: str, wait_seconds: float = 300,
                checkpoint_on_close: bool = True) -> duckdb.DuckDBPyConnection:
    """A writing connection with the schema in place. Keep it short-lived: readers wait.

    Closing it checkpoints (folds the write-ahead log into the file), so the next session
    starts without replaying a log; with small row groups (WRITER_ROW_GROUP_SIZE) and no
    key indexes that costs little and stays flat as the table grows.
    `checkpoint_on_close=False` leaves committed work in the write-ahead log (durable;
    DuckDB folds it in once the log is large, or at the next normal close)."""
    if path == ":memory:":
        con = _connect_with_retry(path, False, wait_seconds)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        options = [f"ROW_GROUP_SIZE {WRITER_ROW_GROUP_SIZE}"]
        if not Path(path).exists():
            options.append(f"STORAGE_VERSION '{STORAGE_COMPATIBILITY}'")
        # One thread: the writer shares the machine with the extraction workers, and a
        # checkpoint's memory grows with its threads.
        con = _connect_with_retry(path, False, wait_seconds, {"threads": 1},
                                  attach_options=", ".join(options))
    ensure_schema(con)
    if not checkpoint_on_close:
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and the view if missing; safe to call on every open."""
    row = None
    if has_schema(con):  # else a new file (or one a killed writer left empty)
        row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    if row and row[0] is not None:
        if row[0] > SCHEMA_VERSION:
            raise StoreError(f"database schema version {row[0]} is newer than this program "
                             f"({SCHEMA_VERSION}); upgrade timeline")
        if row[0] == SCHEMA_VERSION:
            return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(SCHEMA)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


# --- reading state for change detection ------------------------------------------------

def known_versions(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """article_id -> content_hash of its current version."""
    rows = con.execute(
        "SELECT article_id, content_hash FROM articles WHERE is_current").fetchall()
    return dict(rows)


def deleted_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Articles whose source disappeared (their events are kept, flagged by deleted_at)."""
    rows = con.execute(
        "SELECT article_id FROM articles WHERE is_current AND deleted_at IS NOT NULL").fetchall()
    return {r[0] for r in rows}


def current_files(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """source_file -> article ids of current, not deleted articles read from it."""
    out: dict[str, list[str]] = {}
    for article_id, source_file in con.execute(
            "SELECT article_id, source_file FROM articles "
            "WHERE is_current AND deleted_at IS NULL AND source_file IS NOT NULL").fetchall():
        out.setdefault(source_file, []).append(article_id)
    return out


# --- writing -------------------------------------------------------------------------------

class ArticleRows(NamedTuple):
    """One tagged article as the store writes it: plain rows, cheap to send from a worker
    process (no Article or Event objects to pickle and rebuild) and ready to append."""

    article_id: str
    content_hash: str
    source: str
    source_file: str | None  # the file it was read from (for deletion detection)
    source_stamp: str | None  # size and mtime of that file (fingerprints rejections)
    fields: tuple  # title, lang, dct, dct_precision, place, agency, body
    events: list[tuple]  # `timeline` rows in EVENT_COLUMNS order, event ids unique
    # one item of a multi-article file: its identity (fingerprints its rejections)
    item_key: str | None = None


def article_rows(article: Article, events: Iterable[Event]) -> ArticleRows:
    """An article and its events as rows. An event id seen twice is kept once; events in
    the same sentence share one sentence string (sent and held once)."""
    ref = article.reference
    meta = article.meta if isinstance(article.meta, dict) else {}
    h = article.content_hash
    sentences: dict[int, str] = {}
    seen: set[str] = set()
    rows: list[tuple] = []
    for e in events:
        if e.event_id in seen:
            continue
        seen.add(e.event_id)
        sentence = sentences.setdefault(e.sentence_index, e.sentence)
        if sentence != e.sentence:  # not the same sentence after all: keep its own text
            sentence = e.sentence
        rows.append((
            e.event_id, e.article_id, h, e.sentence_index, sentence, e.expression,
            e.char_start, e.char_end, e.timex_type, e.timex_value, e.timex_mod, e.relation,
            e.date_start, e.date_end, e.time_start, e.time_end, e.granularity, e.anchor,
            e.certainty, e.lang, e.implicit,
        ))
    return ArticleRows(
        article.article_id, h, article.source, meta.get("source_file"),
        meta.get("source_stamp"),
        (article.title, article.lang, ref.dct if ref else None, ref.precision if ref else None,
         ref.place if ref else None, ref.agency if ref else None, article.body),
        rows, meta.get("item_key"))


def event_row_dict(row: tuple) -> dict:
    """A `timeline` row by column name."""
    return dict(zip(EVENT_COLUMNS, row, strict=True))


@dataclass
class WriteResult:
    """What one batch write did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    events_added: int = 0
    restored: int = 0
    duplicates: list[Rejection] = field(default_factory=list)
    # (source, `timeline` row) of the first ADDED_EVENTS_KEPT events added
    added_events: list[tuple[str, tuple]] = field(default_factory=list)
    # filled in by the caller that records the batch's rejections (see record_rejections)
    rejections_recorded: list[Rejection] = field(default_factory=list)
    rejections_repeated: int = 0


ADDED_EVENTS_KEPT = 200  # enough for a run summary; a batch can add tens of thousands


def write_batch(con: duckdb.DuckDBPyConnection, batch: Sequence[tuple[Article, list[Event]]],
                run_id: str) -> WriteResult:
    """`write_rows` for articles with their Event objects."""
    return write_rows(con, [article_rows(a, events) for a, events in batch], run_id)


def write_rows(con: duckdb.DuckDBPyConnection, batch: Sequence[ArticleRows],
               run_id: str) -> WriteResult:
    """Store a batch of articles with their events in ONE transaction (all or nothing).

    Per article: the same version already current -> nothing (a deleted one is restored);
    a new version of a known article -> the old one stops being current and its events are
    replaced; the same content already stored under another (live) article id -> skipped as a
    duplicate. This logic is what keeps (article_id, content_hash) and event ids unique.
    """
    result = WriteResult()
    if not batch:
        return result
    ids = list({a.article_id for a in batch})
    hashes = list({a.content_hash for a in batch})
    # One scan for everything the batch needs to know about stored versions.
    current: dict[str, str] = {}
    deleted: set[str] = set()
    owner_of_hash: dict[str, str] = {}
    stale: set[tuple[str, str]] = set()
    ids_wanted = set(ids)
    for article_id, content_hash, is_current, is_deleted in con.execute(
            "SELECT article_id, content_hash, is_current, deleted_at IS NOT NULL "
            "FROM articles WHERE article_id IN (SELECT unnest(?)) "
            "OR (is_current AND deleted_at IS NULL AND content_hash IN (SELECT unnest(?)))",
            [ids, hashes]).fetchall():
        if is_current and not is_deleted:
            owner_of_hash.setdefault(content_hash, article_id)
        if article_id not in ids_wanted:
            continue
        if is_current:
            current[article_id] = content_hash
            if is_deleted:
                deleted.add(article_id)
        else:
            stale.add((article_id, content_hash))

    now = utc_now()
    replaced: list[str] = []       # article ids whose current version is superseded
    revived: list[tuple[str, str]] = []  # old non-current rows about to be written again
    to_restore: list[str] = []
    article_rows_out: list[tuple] = []
    event_rows: list[tuple] = []
    taken: set[str] = set()
    for article in batch:
        aid, h = article.article_id, article.content_hash
        if aid in taken:
            result.duplicates.append(Rejection(
                article.source, f"duplicate: article id {aid!r} appears twice in one run",
                article.item_key))
            continue
        if current.get(aid) == h:
            result.unchanged += 1
            if aid in deleted:
                to_restore.append(aid)
                result.restored += 1
            taken.add(aid)
            continue
        owner = owner_of_hash.get(h)
        if owner is not None and owner != aid:
            result.duplicates.append(Rejection(
                article.source, f"duplicate: same content as already stored {owner!r}",
                article.item_key))
            continue
        taken.add(aid)
        owner_of_hash[h] = aid
        if aid in current:
            replaced.append(aid)
            result.updated += 1
        else:
            result.added += 1
        if (aid, h) in stale:
            revived.append((aid, h))
        title, lang, dct, precision, place, agency, body = article.fields
        article_rows_out.append((aid, h, article.source, title, lang, dct, precision, place,
                                 agency, body, now, run_id, True, None, article.source_file))
        event_rows.extend(article.events)
        room = ADDED_EVENTS_KEPT - len(result.added_events)
        if room > 0:
            result.added_events.extend((article.source, e) for e in article.events[:room])
    result.events_added = len(event_rows)

    if not (article_rows_out or to_restore):
        return result
    compression_changed = False
    con.execute("BEGIN TRANSACTION")
    try:
        if replaced:
            con.execute("DELETE FROM timeline WHERE article_id IN (SELECT unnest(?))",
                        [replaced])
            con.execute("UPDATE articles SET is_current = false "
                        "WHERE is_current AND article_id IN (SELECT unnest(?))", [replaced])
        for aid, h in revived:  # rare: an article edited back to an earlier version
            con.execute("DELETE FROM articles WHERE NOT is_current AND article_id = ? "
                        "AND content_hash = ?", [aid, h])
        if to_restore:
            con.execute("UPDATE articles SET deleted_at = NULL "
                        "WHERE is_current AND article_id IN (SELECT unnest(?))", [to_restore])
        _append(con, "articles", article_rows_out)
        # Large appends are compressed as they go and at COMMIT (row groups written
        # before the commit); what stays in the write-ahead log is compressed by the
        # checkpoint, after the setting is back.
        compression_changed = _disable_compression(con, EVENT_DISABLED_COMPRESSION)
        _append(con, "timeline", event_rows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:  # not inside the transaction: an aborted one refuses every statement
        if compression_changed:
            con.execute("RESET disabled_compression_methods")
    return result


def _disable_compression(con: duckdb.DuckDBPyConnection, methods: str) -> bool:
    """Leave out these compression methods until RESET disabled_compression_methods (a
    setting of the connection's database instance: our writers attach the file to a
    private in-memory one). False, and nothing done, on a DuckDB without the setting:
    looked up first, since a failed statement would abort the open transaction."""
    if not methods:
        return False
    known = con.execute("SELECT count(*) FROM duckdb_settings() "
                        "WHERE name = 'disabled_compression_methods'").fetchone()
    if not (known and known[0]):
        return False
    con.execute(f"SET disabled_compression_methods = '{methods}'")
    return True


def _append(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Bulk insert (the appender is ~100x faster than executemany); joins the open
    transaction, so a failure rolls back with it."""
    if not rows:
        return
    appender = con.appender(table)
    appender.append_rows(rows)
    appender.flush()


def mark_deleted(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str],
                 when: datetime | None = None) -> int:
    """Flag articles whose source disappeared; their events stay in the timeline."""
    ids = list(article_ids)
    if not ids:
        return 0
    row = con.execute(
        "UPDATE articles SET deleted_at = ? WHERE is_current AND deleted_at IS NULL "
        "AND article_id IN (SELECT unnest(?)) RETURNING article_id",
        [when or utc_now(), ids]).fetchall()
    return len(row)


def restore(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> int:
    """Clear deleted_at for articles whose unchanged source came back."""
    ids = list(article_ids)
    if not ids:
        return 0
    return len(con.execute(
        "UPDATE articles SET deleted_at = NULL WHERE is_current AND deleted_at IS NOT NULL "
        "AND article_id IN (SELECT unnest(?)) RETURNING article_id", [ids]).fetchall())


# --- run bookkeeping -----------------------------------------------------------------------

RUN_COUNTS = ("seen", "added", "updated", "unchanged", "rejected", "deleted", "events_added",
              "unchanged_rejected", "failed")


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None,
              sources: Sequence[str], started_at: datetime | None = None) -> None:
    con.execute(
        "INSERT INTO ingest_runs (run_id, flow_run_id, started_at, sources, seen, added, "
        "updated, unchanged, rejected, deleted, events_added, unchanged_rejected, failed, "
        "status) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'running')",
        [run_id, flow_run_id, started_at or utc_now(), "; ".join(map(str, sources))])


def mark_interrupted(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Runs still 'running' become 'interrupted'. Call only while holding the ingest lock:
    then no other run is alive, so a 'running' row belongs to a process that died."""
    rows = con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running' "
                       "RETURNING run_id").fetchall()
    return sorted(r[0] for r in rows)


ITEM_FINGERPRINT = "item "  # how the fingerprint of one item's rejection starts
_REASON_KIND = re.compile(r"[A-Za-z ]*")  # "no reference time", "duplicate id", ...


def rejection_fingerprint(rejection: Rejection, file_stamp: str | None) -> str | None:
    """What identifies a rejection across runs. One item of a multi-article file (a feed
    item, a JSONL line: `rejection.item`): that item and the kind of problem, whatever
    the rest of the file does; a feed rewritten with new items on top, or a JSONL file
    appended to, leaves it as it was. Anything else: `file_stamp`, the size and
    modification time of the file (a new one when the file changes at all)."""
    if rejection.item:
        kind = _REASON_KIND.match(rejection.reason)[0].strip()
        basis = f"{rejection.item}\n{kind}".encode()
        return ITEM_FINGERPRINT + hashlib.sha256(basis).hexdigest()[:32]
    return file_stamp


def record_rejections(con: duckdb.DuckDBPyConnection, run_id: str,
                      rejections: Iterable[Rejection],
                      stamps: Mapping[Rejection, str] | None = None) -> list[Rejection]:
    """Append rejections to the `rejections` table; returns the ones recorded.

    `stamps` gives the stamp of the file a rejection came from (its size and modification
    time); `rejection_fingerprint` makes the fingerprint from it, or from the item. A
    rejection seen again by a scheduled run is not recorded again, so the table does not
    grow on every run: one with a file stamp when a rejection with the same source, reason
    and stamp is recorded (an unchanged bad file); one of an item when a rejection with the
    same fingerprint is (its source and reason may carry the item's position, which shifts
    as a feed moves on). Rows recorded with a file stamp for an item (before items had
    fingerprints) do not match: such an item is recorded once more."""
    stamps = stamps or {}
    todo = list(dict.fromkeys(rejections))  # the same rejection twice in one call: once
    fingerprints = {r: rejection_fingerprint(r, stamps.get(r)) for r in todo}
    wanted = {f for f in fingerprints.values() if f}
    known: set[tuple[str, str, str]] = set()
    if wanted:
        known = set(con.execute(
            "SELECT source, reason, fingerprint FROM rejections "
            "WHERE fingerprint IN (SELECT unnest(?))", [list(wanted)]).fetchall())
    known_items = {f for _, _, f in known if f.startswith(ITEM_FINGERPRINT)}
    new = [r for r in todo if fingerprints[r] not in known_items
           and (r.source, r.reason, fingerprints[r]) not in known]
    rows = [(run_id, r.source, r.reason, fingerprints[r]) for r in new]
    if rows:
        con.execute("BEGIN TRANSACTION")
        try:
            _append(con, "rejections", rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return new


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, int],
               status: str, finished_at: datetime | None = None) -> None:
    sets = ", ".join(f"{k} = ?" for k in RUN_COUNTS)
    con.execute(
        f"UPDATE ingest_runs SET {sets}, status = ?, finished_at = ? WHERE run_id = ?",
        [int(counts.get(k, 0)) for k in RUN_COUNTS] + [status, finished_at or utc_now(), run_id])
