"""`timeline show` over a real DuckDB file filled by real tagging."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.dateline import parse_iso_reference
from timeline.model import Article
from timeline.pipeline import extract
from timeline.store import open_writer, write_batch

ROOT = Path(__file__).resolve().parents[1]
_DATELINE = re.compile(r"^date (\S+) (\S+) \((\w+)\) - ", re.S)

# Short articles written for these tests, in the sample's format.
EXTRA_ARTICLES = {
    "berlin_de": "date 2016-05-04 Berlin (dpa) - Die Regierung hat am Dienstag ein neues "
                 "Gesetz beschlossen, über das seit September 2014 gestritten wird.\n\n"
                 "Es soll ab Montag gelten. Bis Ende 2016 soll es überprüft werden. Im "
                 "Frühjahr 2015 hatte es erste Entwürfe gegeben.",
    "london_en": "date 2016-05-04 London (Reuters) - Talks between the unions and the "
                 "rail company resumed on Tuesday.\n\nThe last strike, in May 2015, lasted "
                 "three days. Both sides said they hoped for an agreement by the end of "
                 "June.",
    "rome_en": "date 2016-05-04 Rome (AP) - The old bridge, built in 1850, was closed on "
               "Monday for repairs.",
}


def article_from_text(article_id: str, source: str, text: str, lang: str) -> Article:
    m = _DATELINE.match(text)
    assert m, f"{source}: no dateline"
    ref = parse_iso_reference(m[1], m[2], m[3])
    return Article(article_id=article_id, source=source, body=text[m.end():],
                   content_hash=hashlib.sha256(text.encode()).hexdigest(), reference=ref,
                   lang=lang, title=None)


def sample_articles() -> list[Article]:
    seed = ROOT / "seeds" / "000_33eeec6a297089cc.txt"
    articles = [article_from_text("seed-000", "seeds/000_33eeec6a297089cc.txt",
                                  seed.read_text(encoding="utf-8").lstrip(), "de")]
    for name, text in EXTRA_ARTICLES.items():
        articles.append(article_from_text(name, f"tests/{name}.txt", text, name[-2:]))
    return articles


def build_sample_db(path: Path) -> int:
    """Tag the sample articles and store them in a real DuckDB file; returns the number
    of events stored."""
    batch = [(a, extract(a)) for a in sample_articles()]
    con = open_writer(str(path))
    try:
        result = write_batch(con, batch, run_id="test")
    finally:
        con.close()
    return result.events_added


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("show") / "timeline.duckdb"
    assert build_sample_db(path) > 5
    return path


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def db_rows(path: Path, sql: str) -> list[tuple]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_json_lists_every_event_in_date_order(db, capsys):
    code, out, _ = run_cli(capsys, "show", "--db", str(db), "--format", "json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    total = db_rows(db, "SELECT count(*) FROM timeline")[0][0]
    assert len(rows) == total
    keys = [(r["date_start"], r["date_end"]) for r in rows]
    assert keys == sorted(keys)
    assert {"event_id", "sentence", "expression", "timex_value", "source", "when"} <= set(rows[0])
    since = next(r for r in rows if r["expression"] == "September 2014"
                 and r["article_id"] == "seed-000")
    assert since["when"] == "since Sep 2014"


def test_since_until_keep_overlapping_intervals(db, capsys):
    code, out, _ = run_cli(capsys, "show", "--db", str(db), "--format", "json",
                           "--since", "2018-10-15", "--until", "2018-10-20")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "the month dateline and the 'seit September 2014' range overlap"
    for r in rows:
        assert r["date_start"] <= "2018-10-20" and r["date_end"] >= "2018-10-15"
    # the range that started in 2014 and runs to the dateline is included
    assert any(r["date_start"] == "2014-09-01" for r in rows)
    expected = db_rows(db, "SELECT count(*) FROM timeline WHERE date_start <= DATE "
                           "'2018-10-20' AND date_end >= DATE '2018-10-15'")[0][0]
    assert len(rows) == expected


def test_filters_by_language_source_and_article(db, capsys):
    _, out, _ = run_cli(capsys, "show", "--db", str(db), "--format", "csv", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["lang"] for r in rows} == {"en"}
    _, out, _ = run_cli(capsys, "show", "--db", str(db), "--format", "csv",
                        "--source", "reuters")  # the agency matches too
    assert {r["article_id"] for r in csv.DictReader(io.StringIO(out))} == {"london_en"}
    _, out, _ = run_cli(capsys, "show", "--db", str(db), "--format", "json",
                        "--article", "berlin_de", "--limit", "2")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2 and {r["article_id"] for r in rows} == {"berlin_de"}


def test_table_is_readable(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = run_cli(capsys, "show", "--db", str(db))
    assert code == 0
    assert "since Sep 2014" in out
    assert "(some Tuesday)" in out  # the seed's "Am Dienstag" under a month dateline
    assert "│ ~ │" in out, "ambiguous rows are marked"
    total = db_rows(db, "SELECT count(*) FROM timeline")[0][0]
    assert f"{total} events" in out


def test_group_by_article_prints_one_table_each(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    _, out, _ = run_cli(capsys, "show", "--db", str(db), "--group-by-article")
    for source in ("seeds/000_33eeec6a297089cc.txt", "tests/berlin_de.txt",
                   "tests/london_en.txt", "tests/rome_en.txt"):
        assert source in out
    assert "Stuttgart · dpa · 2018-10" in out


def test_bad_input_is_explained(tmp_path, capsys):
    code, _, err = run_cli(capsys, "show", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "none.duckdb" in err
    code, _, err = run_cli(capsys, "show", "--db", str(tmp_path / "none.duckdb"),
                           "--since", "soon")
    assert code == 2 and "'soon'" in err


def test_long_sentence_is_cut_around_its_expression():
    from timeline.commands.show import _trim

    sentence = "Die Stadt will " + "alle Brücken prüfen, " * 10 + "die vor 1970 gebaut wurden."
    cut = _trim(sentence, 60, "1970")
    assert "vor 1970 gebaut" in cut and cut.startswith("…") and len(cut) <= 60
    head = _trim(sentence, 60, "Stadt")
    assert head.startswith("Die Stadt") and head.endswith("…") and len(head) <= 60


def test_about_finds_words_in_the_sentence_title_or_place(db, capsys):
    def about(*words: str) -> list[dict]:
        args = ["show", "--db", str(db), "--format", "json"]
        for w in words:
            args += ["--about", w]
        code, out, _ = run_cli(capsys, *args)
        assert code == 0
        return [json.loads(line) for line in out.splitlines()]

    strike = about("STRIKE")  # case-insensitive, in the sentence
    assert strike and all("strike" in r["sentence"].lower() for r in strike)
    assert {r["article_id"] for r in strike} == {"london_en"}
    # the start of a word: "Gesetz" finds "Gesetz" but "etz" finds nothing inside words
    assert {r["article_id"] for r in about("Gesetz")} == {"berlin_de"}
    assert about("etz") == []
    # the dateline place counts: every event of the Rome article, none of the others
    rome = about("Rom")
    all_rome = db_rows(db, "SELECT count(*) FROM timeline WHERE article_id = 'rome_en'")[0][0]
    assert len(rome) == all_rome and {r["article_id"] for r in rome} == {"rome_en"}
    # several words: any of them; regex characters are taken literally
    assert {r["article_id"] for r in about("strike", "Rom")} == {"london_en", "rome_en"}
    assert about("(.*)") == []


def test_about_combines_with_dates(db, capsys):
    code, out, _ = run_cli(capsys, "show", "--db", str(db), "--format", "json",
                           "--about", "strike", "--since", "2015", "--until", "2015")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["expression"] for r in rows] == ["May 2015"]
    code, _, err = run_cli(capsys, "show", "--db", str(db), "--about", " ")
    assert code == 2 and "--about needs a word" in err
