"""An inbox over time, through the real flow: files repeated, copied, edited, deleted and
brought back, renamed; bad files of every kind; transient read errors; runs that died."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path
from uuid import UUID

import pytest

from timeline import store

pytestmark = pytest.mark.usefixtures("prefect_server")

SEED_NAME = "000_33eeec6a297089cc.txt"


def ingest(paths, db: str, **kwargs) -> dict:
    from flows.ingest import ingest_flow

    return ingest_flow(paths=[str(p) for p in paths], db=db, **kwargs)


def rows(db: str, sql: str, params=None) -> list[tuple]:
    with store.open_read_only(db) as con:
        return con.execute(sql, params or []).fetchall()


def event_ids(db: str) -> set[str]:
    return {r[0] for r in rows(db, "SELECT event_id FROM timeline")}


def summary_artifact(flow_run_id: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(flow_run_filter=FlowRunFilter(
            id=FlowRunFilterId(any_=[UUID(flow_run_id)])))
    return next(a.data for a in artifacts if a.key == "timeline-ingest-summary")


def flow_run_of(db: str, run_id: str) -> str:
    return rows(db, "SELECT flow_run_id FROM ingest_runs WHERE run_id = ?", [run_id])[0][0]


# --- the same thing again -------------------------------------------------------------------

def test_the_same_file_named_twice_in_one_run_is_stored_once(inbox, db_path):
    summary = ingest([inbox, inbox / SEED_NAME], db_path)
    assert (summary["added"], summary["rejected"]) == (1, 0)
    assert rows(db_path, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(db_path, "SELECT count(*) = count(DISTINCT event_id) FROM timeline") == [(True,)]


def test_files_reached_through_links_are_known_by_their_real_path(tmp_path, seed_text,
                                                                  monkeypatch):
    from flows.ingest import discover_sources

    real = tmp_path / "real" / "desk"
    real.mkdir(parents=True)
    (real / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text(seed_text, encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.txt", real / "b.txt")  # a linked file
    os.symlink(tmp_path / "real", tmp_path / "linked")  # a linked folder
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "c.txt").write_text(seed_text, encoding="utf-8")
    root = tmp_path.resolve()
    expected = [str(root / "elsewhere.txt"), str(root / "real" / "desk" / "a.txt")]
    for given in ["linked", str(tmp_path / "linked" / "desk"), "real/desk/../desk"]:
        files, problems = discover_sources.fn([given])
        assert problems == []
        assert sorted(path for path, _ in files) == expected, given
    # ".." after a linked folder leaves the link's target, as the operating system reads it,
    # not the folder that holds the link
    os.symlink(real, tmp_path / "deep")
    files, _ = discover_sources.fn(["deep/../desk"])
    assert sorted(path for path, _ in files) == expected


def test_a_copy_is_rejected_once_and_not_again_while_unchanged(inbox, db_path):
    shutil.copy(inbox / SEED_NAME, inbox / "copy.txt")
    first = ingest([inbox], db_path)
    second = ingest([inbox], db_path)
    assert (first["added"], first["rejected"], first["unchanged_rejected"]) == (1, 1, 0)
    assert (second["unchanged"], second["rejected"], second["unchanged_rejected"]) == (1, 0, 1)
    assert rows(db_path, "SELECT count(*) FROM rejections") == [(1,)]
    assert rows(db_path, "SELECT unchanged_rejected FROM ingest_runs WHERE run_id = ?",
                [second["run_id"]]) == [(1,)]


def test_an_unchanged_bad_file_is_recorded_once_and_again_when_it_changes(tmp_path, db_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    bad = folder / "undated.txt"
    bad.write_text("Am Dienstag wurde gestreikt.\n", encoding="utf-8")
    runs = [ingest([folder], db_path), ingest([folder], db_path)]
    bad.write_text("Am Mittwoch wurde wieder gestreikt.\n", encoding="utf-8")
    os.utime(bad, ns=(1_000_000_000, 1_000_000_000))  # a new version, whatever the clock
    runs.append(ingest([folder], db_path))
    assert [(r["rejected"], r["unchanged_rejected"]) for r in runs] == [(1, 0), (0, 1), (1, 0)]
    recorded = rows(db_path, "SELECT run_id, reason FROM rejections ORDER BY run_id")
    assert sorted(r[0] for r in recorded) == sorted([runs[0]["run_id"], runs[2]["run_id"]])
    assert all("no reference time" in reason for _, reason in recorded)
    report = summary_artifact(flow_run_of(db_path, runs[1]["run_id"]))
    assert "not recorded again" in report


# --- edits, deletions, returns ----------------------------------------------------------------

def test_an_edit_replaces_events_and_editing_back_restores_the_first_version(
        inbox, seed_text, db_path):
    article = inbox / SEED_NAME
    ingest([inbox], db_path)
    original = event_ids(db_path)
    article.write_text(seed_text.replace("seit September 2014", "seit Oktober 2015"),
                       encoding="utf-8")
    edited = ingest([inbox], db_path)
    changed = event_ids(db_path)
    article.write_text(seed_text, encoding="utf-8")
    back = ingest([inbox], db_path)
    assert (edited["updated"], back["updated"]) == (1, 1)
    assert changed != original and len(changed) == len(original)  # replaced, not doubled
    assert event_ids(db_path) == original
    assert rows(db_path, "SELECT count(*), count(*) FILTER (WHERE is_current) FROM articles") \
        == [(2, 1)]


def test_a_deleted_file_keeps_its_events_and_is_restored_when_it_comes_back(inbox, db_path):
    article = inbox / SEED_NAME
    ingest([inbox], db_path)
    events = event_ids(db_path)
    kept = article.read_bytes()
    article.unlink()
    gone = ingest([inbox], db_path)
    assert gone["deleted"] == 1
    assert event_ids(db_path) == events
    assert rows(db_path, "SELECT count(*) FROM timeline_view WHERE deleted_at IS NOT NULL") \
        == [(len(events),)]
    article.write_bytes(kept)
    back = ingest([inbox], db_path)
    assert (back["added"], back["unchanged"], back["deleted"]) == (0, 1, 0)
    assert event_ids(db_path) == events
    assert rows(db_path, "SELECT count(*), count(deleted_at) FROM articles") == [(1, 0)]


def test_a_renamed_file_is_the_old_one_deleted_and_a_new_one_added(inbox, db_path):
    ingest([inbox], db_path)
    (inbox / SEED_NAME).rename(inbox / "renamed.txt")
    summary = ingest([inbox], db_path)
    assert (summary["added"], summary["deleted"], summary["rejected"]) == (1, 1, 0)
    live = rows(db_path, "SELECT source FROM articles WHERE deleted_at IS NULL")
    assert [Path(s).name for s, in live] == ["renamed.txt"]


def test_a_run_that_died_is_marked_interrupted_by_the_next(inbox, db_path):
    with store.open_writer(db_path) as con:
        store.start_run(con, "dead-run", None, [str(inbox)])
    summary = ingest([inbox], db_path)
    assert summary["interrupted_runs"] == ["dead-run"]
    assert rows(db_path, "SELECT run_id, status FROM ingest_runs ORDER BY started_at") \
        == [("dead-run", "interrupted"), (summary["run_id"], "completed")]
    assert "dead-run" in summary_artifact(flow_run_of(db_path, summary["run_id"]))


# --- bad files through the whole flow ---------------------------------------------------------

def _bad_inbox(folder: Path, seed_text: str) -> dict[str, str]:
    """An inbox with one file of every bad kind next to good ones; name -> expected reason."""
    folder.mkdir()
    (folder / "good.txt").write_text(seed_text, encoding="utf-8")
    latin = "date 2016-05-04 München (dpa) - Die Bürger wählten am Dienstag einen Rat.\n"
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    windows = ("date 2016-05-04 Köln (dpa) - „Das kostet 5 €“, sagte er am Montag über "
               "den Plan für 2017.\n")
    (folder / "cp1252.txt").write_bytes(windows.encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with open(folder / "huge.txt", "wb") as f:  # 50 MB, sparse: costs no disk
        f.truncate(50 * 1024 * 1024)
    (folder / "baddate.txt").write_text("date 2018-13-45 Berlin (dpa) - Am Dienstag war es.\n",
                                        encoding="utf-8")
    (folder / "future.txt").write_text("date 2099-01-05 Berlin (dpa) - Am Dienstag war es.\n",
                                       encoding="utf-8")
    (folder / "missing.json").write_text(json.dumps({"date": "2016-05-04", "lang": "de"}),
                                         encoding="utf-8")
    (folder / "wrongtype.json").write_text(json.dumps({"date": 20160504, "text": "Am Montag."}),
                                           encoding="utf-8")
    record = {"id": "a", "date": "2016-05-04", "lang": "en",
              "text": "London (Reuters) - Talks resumed on Tuesday."}
    lines = [json.dumps(record), json.dumps({**record, "id": "b"})[:30],
             json.dumps({**record, "id": "c", "text": "Paris (AFP) - It rained on Monday."})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    return {"empty.txt": "empty file", "binary.txt": "binary file",
            "huge.txt": "file too large", "baddate.txt": "impossible date",
            "future.txt": "future", "missing.json": "missing field",
            "wrongtype.json": "wrong type", "feed.jsonl:2": "invalid JSON",
            "loop-a.txt": "symlink loop", "loop-b.txt": "symlink loop"}


def test_bad_files_are_rejected_with_reasons_and_the_rest_is_stored(tmp_path, seed_text,
                                                                   db_path):
    expected = _bad_inbox(tmp_path / "inbox", seed_text)
    summary = ingest([tmp_path / "inbox"], db_path)

    assert summary["added"] == 5  # good, latin1, cp1252 and two JSONL records
    assert summary["rejected"] == len(expected)
    recorded = rows(db_path, "SELECT source, reason FROM rejections")
    by_name = {Path(source).name: reason for source, reason in recorded}
    assert set(by_name) == set(expected)
    for name, words in expected.items():
        assert words in by_name[name], (name, by_name[name])
        assert name.split(":")[0] in by_name[name]  # the reason names the file
    report = summary_artifact(flow_run_of(db_path, summary["run_id"]))
    for name in expected:
        assert name in report
    assert rows(db_path, "SELECT status FROM ingest_runs") == [("completed",)]

    bodies = dict(rows(db_path, "SELECT regexp_extract(source, '[^/]+$'), body FROM articles"))
    assert "Bürger" in bodies["latin1.txt"]
    assert "„Das kostet 5 €“" in bodies["cp1252.txt"]
    assert {name for name in bodies if name.startswith("feed.jsonl")} \
        == {"feed.jsonl:1", "feed.jsonl:3"}


# --- transient read errors ---------------------------------------------------------------------

@pytest.fixture
def flaky_reads(monkeypatch):
    """Make reading chosen files raise EIO a given number of times; no retry delays."""
    import flows.ingest
    import timeline.sources

    failures: dict[str, int] = {}
    calls: list[str] = []
    real = timeline.sources.read_articles

    def read_articles(path, *args, **kwargs):
        name = Path(str(path)).name
        calls.append(name)
        if failures.get(name, 0) > 0:
            failures[name] -= 1
            raise OSError(errno.EIO, "Input/output error", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(timeline.sources, "read_articles", read_articles)
    monkeypatch.setattr(flows.ingest, "retry_unreadable",
                        flows.ingest.retry_unreadable.with_options(retry_delay_seconds=0))
    return failures, calls


def _two_articles(folder: Path, seed_text: str) -> None:
    folder.mkdir()
    (folder / "steady.txt").write_text(seed_text, encoding="utf-8")
    (folder / "flaky.txt").write_text(seed_text.replace("Die USA", "Die Vereinigten Staaten"),
                                      encoding="utf-8")


def test_a_read_error_once_is_retried_by_prefect_and_the_article_stored(
        tmp_path, seed_text, db_path, flaky_reads):
    failures, calls = flaky_reads
    _two_articles(tmp_path / "inbox", seed_text)
    failures["flaky.txt"] = 1
    summary = ingest([tmp_path / "inbox"], db_path)
    assert (summary["added"], summary["rejected"]) == (2, 0)
    assert calls.count("flaky.txt") == 3  # failed, then the retry task, then the real read
    assert rows(db_path, "SELECT count(DISTINCT article_id) FROM timeline") == [(2,)]


def test_a_file_that_keeps_failing_is_rejected_after_the_retries(
        tmp_path, seed_text, db_path, flaky_reads):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    failures, calls = flaky_reads
    _two_articles(tmp_path / "inbox", seed_text)
    failures["flaky.txt"] = 100
    summary = ingest([tmp_path / "inbox"], db_path)
    assert (summary["added"], summary["rejected"]) == (1, 1)
    (source, reason), = rows(db_path, "SELECT source, reason FROM rejections")
    assert source.endswith("flaky.txt")
    assert "Input/output error" in reason and "after 3 attempts" in reason
    assert calls.count("flaky.txt") == 4  # the first read, then three attempts of the task
    flow_run_id = flow_run_of(db_path, summary["run_id"])
    assert "flaky.txt" in summary_artifact(flow_run_id)
    assert rows(db_path, "SELECT status FROM ingest_runs") == [("completed",)]
    with get_client(sync_client=True) as client:
        task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(
            id=FlowRunFilterId(any_=[UUID(flow_run_id)])))
    retry = [t for t in task_runs if t.name.startswith("retry-unreadable")]
    assert len(retry) == 1 and retry[0].run_count == 3
