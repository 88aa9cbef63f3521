"""Crash safety: ingest runs SIGKILLed at random moments (scripts/crash_test.py).

The children run the real flow against the session's Prefect test server (PREFECT_API_URL),
so no child waits for a temporary server of its own.
"""

from __future__ import annotations

import pytest

from scripts import crash_test


@pytest.fixture
def child_api(prefect_api_url, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", prefect_api_url)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.mark.usefixtures("child_api")
def test_twenty_kills_leave_whole_articles_and_a_rerun_finishes_the_job(tmp_path):
    report = crash_test.run_crash_test(tmp_path, articles=2000, kills=20, seed=1)

    assert report.articles == 2004  # 2000 files and the 4 whole records of a JSONL file
    assert len(report.kills) == 20
    assert [(k.plan, k.stage, k.problems) for k in report.kills if k.problems] == []
    assert report.problems == []  # every completed run equals the uninterrupted one
    assert report.completed_runs >= 1
    stages = report.stages()
    assert stages.get("storing", 0) >= 2, stages  # killed inside batch writes
    assert len(stages) >= 3, stages
    # the killed runs that had begun are left 'running' (checked after each kill), and the
    # runs after them marked them 'interrupted' (checked when a run completed)
    assert sum(k.run_status == "running" for k in report.kills) >= 10


@pytest.mark.usefixtures("child_api")
def test_the_checks_catch_a_torn_write(tmp_path):
    """Self-test: children that commit articles and their events separately (a second
    apart), killed between the two commits, must be caught leaving articles without their
    events."""
    report = crash_test.run_crash_test(tmp_path, articles=600, kills=3, seed=2,
                                       plans={"store": 1}, break_atomicity=True,
                                       store_delay=(0.3, 0.8))
    assert len(report.kills) == 3
    found = [p for k in report.kills for p in k.problems]
    assert any("not whole" in p for p in found), found
