"""The core commands: sql, parse, tag, ingest, serve."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline import store
from timeline.cli import main


@pytest.fixture
def filled_db(db_path) -> str:
    """A database with one article and two events, written without Prefect."""
    from datetime import date

    from tests.test_store import make_article, make_event

    a = make_article("a", "Am Dienstag war es. Am Montag auch.")
    with store.open_writer(db_path) as con:
        store.write_batch(con, [(a, [make_event(a, 3, date(2018, 10, 2)),
                                     make_event(a, 23, date(2018, 10, 8))])], "r1")
    return db_path


# --- sql -----------------------------------------------------------------------------------

def test_sql_refuses_to_write(filled_db, capsys):
    assert main(["sql", "DELETE FROM timeline", "--db", filled_db]) == 1
    assert "read-only" in capsys.readouterr().err
    assert main(["sql", "DROP TABLE articles", "--db", filled_db]) == 1
    with store.open_read_only(filled_db) as con:
        assert con.execute("SELECT count(*) FROM timeline").fetchone() == (2,)


def test_sql_json_and_csv(filled_db, capsys):
    query = "SELECT date_start, expression FROM timeline_view"
    assert main(["sql", query, "--db", filled_db, "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [{"date_start": "2018-10-02", "expression": "Dien"},
                     {"date_start": "2018-10-08", "expression": "Mont"}]
    assert main(["sql", query, "--db", filled_db, "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table == [["date_start", "expression"], ["2018-10-02", "Dien"],
                     ["2018-10-08", "Mont"]]


def test_sql_table_output_and_errors(filled_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(store.DB_ENV, filled_db)  # the environment names the database
    assert main(["sql", "SELECT count(*) AS n FROM timeline"]) == 0
    out = capsys.readouterr().out
    assert " n " in out and "2" in out and "(1 row)" in out
    assert main(["sql", "SELECT nonsense FROM timeline"]) == 1
    assert "nonsense" in capsys.readouterr().err
    assert main(["sql", "SELECT 1", "--db", str(tmp_path / "missing.duckdb")]) == 1
    assert "no timeline database" in capsys.readouterr().err


# --- parse and tag -----------------------------------------------------------------------

def test_parse_prints_the_resolution(capsys):
    assert main(["parse", "Am Dienstag war es", "--ref", "2016-05-04", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "interval     2016-05-03 .. 2016-05-03" in out
    assert "certainty    exact" in out and "anchor       dateline" in out


def test_parse_bad_reference_and_nothing_found(capsys):
    assert main(["parse", "Dienstag", "--ref", "soon"]) == 2
    assert "not an ISO date" in capsys.readouterr().err
    assert main(["parse", "kein Datum hier", "--ref", "2016"]) == 1


def test_parse_and_tag_start_without_prefect_or_duckdb(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d", "lang": "de", "dct": "2016-05-04",
                                "text": "Am Dienstag."}) + "\n", encoding="utf-8")
    code = ("import sys; from timeline.cli import main; "
            "main(['parse', 'Dienstag', '--ref', '2016-05-04']); "
            f"main(['tag', {str(docs)!r}]); "
            "print(sorted(m for m in ('prefect', 'duckdb') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_tag_writes_one_line_per_document(tmp_path, capsys):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(d) for d in [
        {"id": "de1", "lang": "de", "dct": "2016-05-04", "text": "Seit September 2014 nicht."},
        {"id": "en1", "lang": "en", "dct": "2016-05-04", "text": "Nothing dated here."},
    ]) + "\n", encoding="utf-8")
    assert main(["tag", str(docs)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["de1", "en1"]
    (timex,) = records[0]["timexes"]
    assert (timex["text"], timex["type"], timex["value"]) == ("September 2014", "DATE",
                                                              "2014-09")
    assert timex["start"] == 5 and "mod" not in timex
    assert records[1]["timexes"] == []


def test_tag_names_the_bad_line(tmp_path, capsys):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "lang": "de", "text": "x"}\n{not json\n', encoding="utf-8")
    assert main(["tag", str(docs)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "line 2" in captured.err and str(docs) in captured.err


def test_eval_names_the_file_and_the_problem(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "lang": "en", "dct": "2020-01-01", "text": "on Monday",'
                    ' "timexes": []}\n{"id": "b", "lang": "en", "text": "x"}\n',
                    encoding="utf-8")
    assert main(["eval", str(gold)]) == 2
    assert f"{gold}: document 2 lacks timexes" in capsys.readouterr().err
    gold.write_text('{"id": "a"\n', encoding="utf-8")
    assert main(["eval", str(gold)]) == 2
    assert f"{gold}: line 1: not valid JSON" in capsys.readouterr().err
    missing = tmp_path / "nowhere.jsonl"
    assert main(["eval", str(missing)]) == 2
    assert f"{missing}: No such file" in capsys.readouterr().err


# --- ingest ------------------------------------------------------------------------------

def test_ingest_missing_path_is_refused(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "t.duckdb")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "t.duckdb").exists()


@pytest.mark.usefixtures("prefect_server")
def test_ingest_command_stores_and_summarizes(inbox, db_path, capsys):
    (inbox / "undated.txt").write_text("Am Dienstag wurde gestreikt.\n", encoding="utf-8")
    assert main(["ingest", str(inbox), "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out and "1 rejected" in out
    assert "undated.txt" in out and "no reference time" in out
    assert main(["sql", "SELECT count(*) FROM articles", "--db", db_path,
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "1"


# --- serve -------------------------------------------------------------------------------

def test_serve_builds_a_scheduled_deployment(tmp_path):
    from flows.serve import build_deployment

    d = build_deployment([str(tmp_path)], str(tmp_path / "t.duckdb"), cron="*/15 * * * *",
                         default_reference="2016-05-04")
    (schedule,) = d.schedules
    assert schedule.schedule.cron == "*/15 * * * *"
    assert d.parameters == {"paths": [str(tmp_path.resolve())],
                            "db": str((tmp_path / "t.duckdb").resolve()),
                            "default_reference": "2016-05-04"}
    assert d.entrypoint == "flows.ingest.ingest_flow"
    assert d.concurrency_limit == 1

    d = build_deployment([str(tmp_path)], "t.duckdb", interval=300)
    (schedule,) = d.schedules
    assert schedule.schedule.interval.total_seconds() == 300
    with pytest.raises(ValueError, match="exactly one"):
        build_deployment([str(tmp_path)], "t.duckdb", cron="* * * * *", interval=5)


def test_serve_needs_a_schedule(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--source", "."])
    assert "--cron" in capsys.readouterr().err


@pytest.mark.slow
def test_serve_runs_on_schedule_against_its_own_server(inbox, db_path, tmp_path):
    """End to end: `timeline serve` starts a local Prefect server, a scheduled run ingests
    the inbox, and Ctrl-C stops serving and then the server."""
    from flows.serve import _healthy, free_port

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115
    serving = subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", "serve", "--interval", "5", "--source",
         str(inbox), "--db", db_path, "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        done = []
        while time.monotonic() < deadline and not done:
            time.sleep(2)
            assert serving.poll() is None, Path(tmp_path / "serve.log").read_text()
            if Path(db_path).exists():
                try:
                    with store.open_read_only(db_path, wait_seconds=5) as con:
                        done = con.execute("SELECT added FROM ingest_runs "
                                           "WHERE status = 'completed'").fetchall()
                except store.StoreError:
                    pass
        assert done and done[0] == (1,), Path(tmp_path / "serve.log").read_text()
    finally:
        serving.send_signal(signal.SIGINT)
        serving.wait(120)
        log.close()
    assert not _healthy(f"http://127.0.0.1:{port}/api")  # the server went down with it
