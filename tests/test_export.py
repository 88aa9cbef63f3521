"""`timeline export`: every format read back by an independent reader."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from test_show import build_sample_db

from timeline.cli import main
from timeline.export import ics_escape, ics_fold, ics_text


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "timeline.duckdb"
    build_sample_db(path)
    return path


def all_events(db: Path, where: str = "") -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(f"SELECT * FROM timeline_view {where}")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def test_csv_file(db, tmp_path):
    out = tmp_path / "t.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    events = all_events(db)
    assert len(rows) == len(events)
    assert {r["event_id"] for r in rows} == {e["event_id"] for e in events}
    by_id = {e["event_id"]: e for e in events}
    for r in rows:  # sentences with commas and quotes survive the round trip
        assert r["sentence"] == by_id[r["event_id"]]["sentence"]
        assert r["date_start"] == by_id[r["event_id"]]["date_start"].isoformat()
    starts = [r["date_start"] for r in rows]
    assert starts == sorted(starts)


def test_json_lines_to_stdout_with_filters(db, capfdbinary):
    assert main(["export", "--db", str(db), "--format", "json", "--lang", "en",
                 "--since", "2016-05"]) == 0
    lines = capfdbinary.readouterr().out.decode("utf-8").splitlines()
    rows = [json.loads(line) for line in lines]  # one object per line
    expected = all_events(db, "WHERE lang = 'en' AND date_end >= DATE '2016-05-01'")
    assert len(rows) == len(expected) > 0
    assert all(r["lang"] == "en" and r["date_end"] >= "2016-05-01" for r in rows)


def test_parquet(db, tmp_path):
    out = tmp_path / "t.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "-o", str(out),
                 "--source", "dpa"]) == 0
    con = duckdb.connect()
    rows = con.execute(f"SELECT article_id, date_start FROM read_parquet('{out}')").fetchall()
    expected = all_events(db, "WHERE agency = 'dpa'")
    assert len(rows) == len(expected) > 0
    assert all(isinstance(d, date) for _, d in rows)


def test_parquet_needs_a_file(db, capsys):
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "-o FILE" in capsys.readouterr().err


def unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")  # bare LF never appears
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_file_structure(db, tmp_path):
    out = tmp_path / "t.ics"
    assert main(["export", "--db", str(db), "--format", "ics", "-o", str(out)]) == 0
    raw = out.read_bytes()
    text = raw.decode("utf-8")
    assert text.endswith("\r\n")
    for physical in raw.split(b"\r\n"):
        assert len(physical) <= 75
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    events = all_events(db)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == len(events)
    uids = {line[4:] for line in lines if line.startswith("UID:")}
    assert uids == {f"{e['event_id']}@timeline" for e in events}
    # the seed's "seit September 2014": all day, DTEND the day after the dateline month
    seed = next(e for e in events if e["article_id"] == "seed-000"
                and e["expression"] == "September 2014")
    block = lines[lines.index(f"UID:{seed['event_id']}@timeline"):]
    block = block[:block.index("END:VEVENT")]
    assert "DTSTART;VALUE=DATE:20140901" in block
    assert "DTEND;VALUE=DATE:20181101" in block
    summary = next(x for x in block if x.startswith("SUMMARY:"))
    assert summary.startswith("SUMMARY:September 2014: Die Bundeswehr")
    description = next(x for x in block if x.startswith("DESCRIPTION:"))
    assert "since Sep 2014" in description and "000_33eeec6a297089cc.txt" in description
    # the ambiguous Tuesday is tentative
    tuesday = next(e for e in events if e["certainty"] == "ambiguous")
    block = lines[lines.index(f"UID:{tuesday['event_id']}@timeline"):]
    assert "STATUS:TENTATIVE" in block[:block.index("END:VEVENT")]


def test_ics_timed_and_escaped():
    row = {"event_id": "abc", "sentence": 'Talks, again; at 2:30 p.m.\nin "Bonn" \\ here',
           "expression": "2:30 p.m.", "date_start": date(2016, 5, 3),
           "date_end": date(2016, 5, 3), "time_start": datetime(2016, 5, 3, 14, 30),
           "time_end": datetime(2016, 5, 3, 14, 30, 59), "granularity": "minute",
           "relation": "on", "certainty": "exact", "timex_value": "2016-05-03T14:30",
           "source": "a.txt", "agency": "dpa", "place": "Bonn"}
    lines = unfold(ics_text([row], stamp=datetime(2026, 1, 2, 3, 4, 5)))
    assert "DTSTAMP:20260102T030405Z" in lines
    assert "DTSTART:20160503T143000" in lines and "DTEND:20160503T143100" in lines
    summary = next(x for x in lines if x.startswith("SUMMARY:"))
    assert summary == ("SUMMARY:2:30 p.m.: Talks\\, again\\; at 2:30 p.m. in \"Bonn\" "
                       "\\\\ here")
    description = next(x for x in lines if x.startswith("DESCRIPTION:"))
    assert "3 May 2016\\, 14:30" in description and "\\nSource: a.txt\\, dpa" in description


def test_fold_never_splits_a_character():
    line = "SUMMARY:" + "Straßenbahnüberführungsbrücke " * 8
    folded = ics_fold(line)
    pieces = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces) and len(pieces) > 3
    for p in pieces:
        p.decode("utf-8")  # each physical line is valid UTF-8 on its own
    assert folded.replace("\r\n ", "") == line
    assert ics_fold("SHORT:x") == "SHORT:x"
    assert ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
