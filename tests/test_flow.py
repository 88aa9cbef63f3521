"""The ingest flow, run for real (Prefect test server) into a real DuckDB file."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from timeline.store import open_read_only

pytestmark = pytest.mark.usefixtures("prefect_server")


def ingest(paths, db: str, **kwargs) -> dict:
    from flows.ingest import ingest_flow

    return ingest_flow(paths=[str(p) for p in paths], db=db, **kwargs)


def rows(db: str, sql: str, params=None) -> list[tuple]:
    with open_read_only(db) as con:
        return con.execute(sql, params or []).fetchall()


def event(db: str, expression: str) -> dict:
    with open_read_only(db) as con:
        cur = con.execute("SELECT * FROM timeline_view WHERE expression = ?", [expression])
        names = [d[0] for d in cur.description]
        found = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    assert len(found) == 1, f"expected one event for {expression!r}, got {found}"
    return found[0]


def counts(db: str) -> tuple[int, int]:
    return rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM timeline)")[0]


def test_sample_article_events(inbox, db_path):
    summary = ingest([inbox], db_path)
    assert (summary["added"], summary["rejected"]) == (1, 0)

    since = event(db_path, "September 2014")
    assert (since["relation"], since["timex_value"]) == ("since", "2014-09")
    assert (since["date_start"], since["date_end"]) == (date(2014, 9, 1), date(2018, 10, 31))

    tuesday = event(db_path, "Dienstag")
    assert tuesday["certainty"] == "ambiguous"
    assert tuesday["granularity"] == "day"
    assert (tuesday["date_start"], tuesday["date_end"]) == (date(2018, 9, 25),
                                                            date(2018, 10, 30))

    weeks = next(e for e in rows(db_path, "SELECT expression, timex_value, granularity, "
                                          "date_start FROM timeline")
                 if e[0] and "nächsten Wochen" in e[0])
    assert weeks[1] == "FUTURE_REF" or weeks[2] == "week"
    assert date(2018, 10, 1) <= weeks[3] <= date(2018, 10, 31)

    lead = rows(db_path, "SELECT anchor, implicit, date_start, date_end, sentence, place, "
                         "agency FROM timeline_view WHERE implicit")
    assert lead == [("dateline", True, date(2018, 10, 1), date(2018, 10, 31),
                     "Die USA drängen die Bündnispartner zu einem stärkeren Kampf gegen die "
                     "Terrormiliz Islamischer Staat.", "Stuttgart", "dpa")]


def test_day_dateline_makes_tuesday_exact(tmp_path, seed_text, db_path):
    folder = tmp_path / "may"
    folder.mkdir()
    (folder / "article.txt").write_text(seed_text.replace("date 2018-10", "date 2016-05-04"),
                                        encoding="utf-8")
    ingest([folder], db_path)
    tuesday = event(db_path, "Dienstag")
    assert (tuesday["date_start"], tuesday["date_end"], tuesday["certainty"]) \
        == (date(2016, 5, 3), date(2016, 5, 3), "exact")


def test_running_twice_changes_nothing(db_path):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    first = ingest([seeds], db_path)
    before = counts(db_path)
    second = ingest([seeds], db_path)
    assert counts(db_path) == before
    assert second["added"] == second["updated"] == second["events_added"] == 0
    assert second["unchanged"] == first["added"] + first["updated"] > 0
    assert rows(db_path, "SELECT count(*) FROM ingest_runs WHERE status = 'completed'") \
        == [(2,)]


def test_article_without_reference_time_is_rejected_with_its_reason(inbox, db_path):
    (inbox / "undated.txt").write_text("Am Dienstag wurde in Berlin gestreikt.\n",
                                       encoding="utf-8")
    summary = ingest([inbox], db_path)
    assert (summary["added"], summary["rejected"]) == (1, 1)
    (run_id, rejected), = rows(db_path, "SELECT run_id, rejected FROM ingest_runs")
    assert rejected == 1
    (source, reason), = rows(db_path, "SELECT source, reason FROM rejections WHERE run_id = ?",
                             [run_id])
    assert source.endswith("undated.txt") and "no reference time" in reason
    assert rows(db_path, "SELECT count(*) FROM articles WHERE source LIKE '%undated%'") \
        == [(0,)]


def test_default_reference_dates_undated_articles(tmp_path, db_path):
    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "a.txt").write_text("Am Dienstag wurde in Berlin gestreikt.\n", encoding="utf-8")
    summary = ingest([folder], db_path, default_reference="2016-05-04")
    assert summary["added"] == 1
    assert event(db_path, "Dienstag")["date_start"] == date(2016, 5, 3)


def test_changed_file_replaces_its_events(inbox, seed_text, db_path):
    ingest([inbox], db_path)
    article = inbox / "000_33eeec6a297089cc.txt"
    article.write_text(seed_text.replace("seit September 2014", "seit Oktober 2015"),
                       encoding="utf-8")
    summary = ingest([inbox], db_path)
    assert summary["updated"] == 1
    expressions = [r[0] for r in rows(db_path, "SELECT expression FROM timeline")]
    assert "Oktober 2015" in expressions and "September 2014" not in expressions
    assert expressions.count("Dienstag") == 1
    assert rows(db_path, "SELECT count(*), count(*) FILTER (WHERE is_current) FROM articles") \
        == [(2, 1)]


def test_same_content_under_two_names_is_stored_once(inbox, db_path):
    shutil.copy(inbox / "000_33eeec6a297089cc.txt", inbox / "copy_of_sample.txt")
    summary = ingest([inbox], db_path)
    assert (summary["added"], summary["rejected"]) == (1, 1)
    assert rows(db_path, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(db_path, "SELECT count(*) FROM rejections WHERE reason LIKE 'duplicate%'") \
        == [(1,)]


def test_removed_file_is_flagged_and_its_events_kept(inbox, db_path):
    ingest([inbox], db_path)
    events = counts(db_path)[1]
    (inbox / "000_33eeec6a297089cc.txt").unlink()
    summary = ingest([inbox], db_path)
    assert summary["deleted"] == 1
    assert counts(db_path)[1] == events
    assert rows(db_path, "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL") == [(1,)]


def test_many_batches_in_a_process_pool(tmp_path, seed_text, db_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(7):
        (folder / f"a{i}.txt").write_text(
            seed_text.replace("date 2018-10", f"date 2016-05-0{i + 1}")
            .replace("Die USA", f"Die USA ({i})"), encoding="utf-8")
    summary = ingest([folder], db_path, batch_size=2, workers=2)
    assert (summary["added"], summary["rejected"]) == (7, 0)
    assert rows(db_path, "SELECT count(DISTINCT article_id) FROM timeline") == [(7,)]
    # each article's Tuesday is resolved against its own dateline
    tuesdays = rows(db_path, "SELECT a.dct::DATE, t.date_start FROM timeline t JOIN articles a "
                             "USING (article_id) WHERE t.expression = 'Dienstag'")
    assert len(tuesdays) == 7
    assert all(0 <= (dct - day).days < 7 and day.weekday() == 1 for dct, day in tuesdays)


def test_batches_split_into_worker_chunks_store_every_article_once(tmp_path, seed_text,
                                                                   db_path, monkeypatch):
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    import flows.ingest

    monkeypatch.setattr(flows.ingest, "WORKER_CHUNK", 2)
    folder = tmp_path / "chunks"
    folder.mkdir()
    for i in range(9):
        (folder / f"a{i}.txt").write_text(seed_text.replace("Die USA", f"Die USA ({i})"),
                                          encoding="utf-8")
    # batches of 4 files, each in chunks of 2 for the two workers: 3 batches
    summary = ingest([folder], db_path, batch_size=4, workers=2)
    assert (summary["added"], summary["rejected"]) == (9, 0)
    # every article whole and once: the same number of events each, no event id twice
    assert rows(db_path, "SELECT count(*) = count(DISTINCT event_id), count(DISTINCT "
                         "article_id), count(DISTINCT n) FROM (SELECT event_id, article_id, "
                         "count(*) OVER (PARTITION BY article_id) AS n FROM timeline)") \
        == [(True, 9, 1)]
    (flow_run_id,), = rows(db_path, "SELECT flow_run_id FROM ingest_runs")
    names: list[str] = []
    deadline = time.monotonic() + 30  # the server records task runs from events, a bit late
    while names.count("store-batch") < 3 and time.monotonic() < deadline:
        time.sleep(0.5)
        with get_client(sync_client=True) as client:
            task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(
                id=FlowRunFilterId(any_=[UUID(flow_run_id)])))
        names = [t.name.rsplit("-", 1)[0] for t in task_runs]
    # one store task run per batch (not per chunk); the chunks go to the worker processes
    # without a task run of their own (it would only wait for them)
    assert (names.count("extract-events"), names.count("store-batch")) == (0, 3)

def test_flow_run_is_recorded_with_its_prefect_id(inbox, db_path):
    summary = ingest([inbox], db_path)
    (flow_run_id, sources, status), = rows(
        db_path, "SELECT flow_run_id, sources, status FROM ingest_runs WHERE run_id = ?",
        [summary["run_id"]])
    assert flow_run_id and status == "completed" and sources == str(inbox.resolve())


def test_runs_on_one_database_wait_for_each_other(inbox, db_path):
    """A second run (e.g. a missed scheduled run caught up) waits for the lock of the one
    writing, and writes nothing before it has it."""
    import subprocess
    import sys
    import threading

    from flows.ingest import add_progress_listener, remove_progress_listener

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, filelock; lock = filelock.FileLock(sys.argv[1]); "
         "lock.acquire(); print('held', flush=True); sys.stdin.read()", db_path + ".lock"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    waiting = threading.Event()

    def listener(stage, totals):
        if stage == "waiting":
            waiting.set()

    add_progress_listener(listener)
    results = []
    runner = threading.Thread(target=lambda: results.append(ingest([inbox], db_path)))
    try:
        runner.start()
        assert waiting.wait(120), "the run did not wait for the lock"
        assert not Path(db_path).exists()  # nothing written while another run holds it
    finally:
        holder.stdin.close()
        holder.wait()
        runner.join(300)
        remove_progress_listener(listener)
    assert results and results[0]["added"] == 1


def test_a_crash_between_batches_loses_nothing(tmp_path, seed_text, db_path, monkeypatch):
    import flows.ingest
    from timeline import store

    folder = tmp_path / "crash"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(seed_text.replace("Die USA", f"Die USA ({i})"),
                                          encoding="utf-8")
    real_write = store.write_rows
    calls = []

    def write_then_fail(con, batch, run_id):
        calls.append(len(batch))
        if len(calls) == 2:
            raise OSError("disk went away")
        return real_write(con, batch, run_id)

    monkeypatch.setattr(store, "write_rows", write_then_fail)
    monkeypatch.setattr(flows.ingest, "store_batch",
                        flows.ingest.store_batch.with_options(retries=0))
    with pytest.raises(OSError, match="disk went away"):
        ingest([folder], db_path, batch_size=2, workers=1)
    assert rows(db_path, "SELECT status FROM ingest_runs") == [("failed",)]
    assert rows(db_path, "SELECT count(*) FROM articles") == [(2,)]  # the first batch, whole

    monkeypatch.setattr(store, "write_rows", real_write)
    summary = ingest([folder], db_path, batch_size=2, workers=1)
    assert (summary["unchanged"], summary["added"]) == (2, 3)
    assert rows(db_path, "SELECT count(*) FROM articles") == [(5,)]
    assert rows(db_path, "SELECT count(DISTINCT article_id) FROM timeline") == [(5,)]


def test_run_publishes_its_summary_and_new_events_as_artifacts(inbox, db_path):
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    (inbox / "undated.txt").write_text("Am Dienstag wurde gestreikt.\n", encoding="utf-8")
    summary = ingest([inbox], db_path)
    (flow_run_id,), = rows(db_path, "SELECT flow_run_id FROM ingest_runs")
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(flow_run_filter=FlowRunFilter(
            id=FlowRunFilterId(any_=[UUID(flow_run_id)])))
    by_key = {a.key: a for a in artifacts}
    report = by_key["timeline-ingest-summary"].data
    assert "undated.txt" in report and "no reference time" in report
    assert f"| {summary['files']} | {summary['seen']} | 1 |" in report
    table = by_key["timeline-ingest-new-events"].data
    assert "September 2014" in table and "Dienstag" in table


def test_record_removed_from_a_jsonl_file_is_flagged(tmp_path, db_path):
    import json

    folder = tmp_path / "feed"
    folder.mkdir()
    records = [{"id": "a", "date": "2016-05-04", "lang": "de",
                "text": "Berlin (dpa) - Am Dienstag wurde gestreikt."},
               {"id": "b", "date": "2016-05-04", "lang": "en",
                "text": "London (Reuters) - Talks resumed on Tuesday."}]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert ingest([folder], db_path)["added"] == 2
    feed.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    summary = ingest([folder], db_path)
    assert (summary["unchanged"], summary["deleted"]) == (1, 1)
    assert rows(db_path, "SELECT lang FROM articles WHERE deleted_at IS NOT NULL") == [("en",)]
