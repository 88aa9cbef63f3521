"""Locking: readers during an ingest, two ingests at once, `timeline sql` waiting and read-only.

DuckDB lets one process write a file and locks every other process out while it does,
readers included. The flow therefore opens the file only for short batch commits, readers
wait and retry, and a file lock next to the database serializes whole ingest runs. These
tests use real processes: `timeline ingest` in subprocesses (against the session's Prefect
test server) and readers in this process and in `timeline sql` subprocesses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from scripts import crash_test
from timeline import store

TIMELINE = [sys.executable, "-m", "timeline.cli"]
MAX_READ_SECONDS = 10  # a bound on being locked out, not a benchmark


@pytest.fixture
def child_env(prefect_api_url) -> dict[str, str]:
    return {**os.environ, "PREFECT_API_URL": prefect_api_url,
            "PREFECT_LOGGING_LEVEL": "WARNING"}


def start_ingest(inbox: Path, db: Path, env: dict, batch_size: int = 200) -> subprocess.Popen:
    return subprocess.Popen(
        [*TIMELINE, "ingest", str(inbox), "--db", str(db), "--batch-size", str(batch_size),
         "--workers", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen, timeout: float = 600) -> str:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    return out


def sql(db: Path, query: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*TIMELINE, "sql", "--db", str(db), "--format", "csv", query],
                          env=env, capture_output=True, text=True, timeout=300)


def test_readers_get_answers_within_seconds_while_a_flow_ingests(tmp_path, child_env):
    inbox, db = tmp_path / "inbox", tmp_path / "timeline.duckdb"
    good = crash_test.write_inbox(inbox, 2000)
    # small batches: many short commits, so readers get in between them however fast
    # the tagger gets (the point is that the writer lets go, not how often)
    ingest = start_ingest(inbox, db, child_env, batch_size=50)
    reads: list[tuple[float, int, int, int]] = []  # (seconds, articles, events, partial)
    cli_reads: list[tuple[float, int, str]] = []  # (seconds, exit code, stderr)
    stop = threading.Event()

    def cli_reader() -> None:
        while not stop.is_set():
            started = time.monotonic()
            done = sql(db, "SELECT count(*) AS n FROM timeline", child_env)
            cli_reads.append((time.monotonic() - started, done.returncode, done.stderr))

    cli = threading.Thread(target=cli_reader)
    try:
        while not db.exists():
            assert ingest.poll() is None, ingest.communicate()
            time.sleep(0.05)
        cli.start()
        while ingest.poll() is None:
            started = time.monotonic()
            with store.open_read_only(str(db), wait_seconds=120) as con:
                articles, events, partial = con.execute(
                    "SELECT (SELECT count(*) FROM articles WHERE is_current), "
                    "(SELECT count(*) FROM timeline), "
                    "(SELECT count(*) FROM articles a WHERE is_current AND NOT EXISTS "
                    " (SELECT 1 FROM timeline t WHERE t.article_id = a.article_id))"
                ).fetchone()
            reads.append((time.monotonic() - started, articles, events, partial))
            time.sleep(0.05)
    finally:
        stop.set()
        if cli.is_alive():
            cli.join(300)
        finish(ingest)

    slowest = max(seconds for seconds, *_ in reads + cli_reads)
    print(f"{len(reads)} reads in-process, {len(cli_reads)} `timeline sql` runs; "
          f"slowest answer {slowest:.2f} s")
    assert len(reads) >= 10 and cli_reads
    assert slowest < MAX_READ_SECONDS
    assert [r for r in cli_reads if r[1] != 0] == []
    # every read saw whole articles only, and the counts only grew
    assert all(partial == 0 for *_, partial in reads)
    articles = [a for _, a, _, _ in reads]
    assert articles == sorted(articles)
    # readers got in between the batch commits, not only before and after the run
    assert any(0 < a < good for a in articles), articles
    with store.open_read_only(str(db)) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (good,)


def test_two_ingests_at_once_store_what_one_run_stores(tmp_path, child_env):
    inbox = tmp_path / "inbox"
    good = crash_test.write_inbox(inbox, 600)
    reference_db, db = tmp_path / "reference.duckdb", tmp_path / "timeline.duckdb"
    finish(start_ingest(inbox, reference_db, child_env))

    both = [start_ingest(inbox, db, child_env), start_ingest(inbox, db, child_env)]
    for process in both:
        finish(process)

    assert crash_test.snapshot(db) == crash_test.snapshot(reference_db)
    with store.open_read_only(str(db)) as con:
        runs = con.execute("SELECT status, added, unchanged, started_at, finished_at "
                           "FROM ingest_runs ORDER BY started_at").fetchall()
    assert [r[0] for r in runs] == ["completed", "completed"]
    assert sorted((added, unchanged) for _, added, unchanged, _, _ in runs) \
        == [(0, good), (good, 0)]
    (_, _, _, _, first_end), (_, _, _, second_start, _) = runs
    assert first_end <= second_start  # the lock made them take turns


def _hold_writer(db: Path, seconds: float) -> subprocess.Popen:
    code = ("import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(float(sys.argv[2]))")
    holder = subprocess.Popen([sys.executable, "-c", code, str(db), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


@pytest.fixture
def small_db(tmp_path) -> Path:
    db = tmp_path / "timeline.duckdb"
    with store.open_writer(str(db)) as con:
        store.start_run(con, "r1", None, ["/inbox"])
    return db


@pytest.mark.parametrize("command", [
    ["sql", "SELECT count(*) AS runs FROM ingest_runs"],
    ["show", "--format", "csv"],
])
def test_cli_readers_wait_for_a_writer_with_a_message(small_db, command):
    holder = _hold_writer(small_db, 2.5)
    try:
        done = subprocess.run([*TIMELINE, *command, "--db", str(small_db)],
                              capture_output=True, text=True, timeout=120)
    finally:
        holder.wait()
    assert done.returncode == 0, done.stderr
    assert store.BUSY_MESSAGE in done.stderr
    if command[0] == "sql":
        assert "1" in done.stdout.split()


@pytest.mark.parametrize("statement", [
    "DELETE FROM ingest_runs",
    "INSERT INTO ingest_runs (run_id) VALUES ('x')",
    "UPDATE ingest_runs SET status = 'completed'",
    "DROP TABLE ingest_runs",
    "CREATE TABLE mine (i INTEGER)",
    "ALTER TABLE ingest_runs ADD COLUMN mine INTEGER",
    "ATTACH '{db}' AS again; DELETE FROM again.ingest_runs",
])
def test_sql_refuses_statements_that_write(small_db, statement):
    done = sql(small_db, statement.format(db=small_db))
    assert done.returncode == 1
    assert "refused" in done.stderr or "read-only" in done.stderr, done.stderr
    with store.open_read_only(str(small_db)) as con:
        assert con.execute("SELECT run_id, status FROM ingest_runs").fetchall() \
            == [("r1", "running")]
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "mine" not in tables
