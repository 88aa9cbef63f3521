"""The chart: its data, the PNG, and the HTML page checked in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_show import build_sample_db

from timeline.chart import chart_data, epoch_ms, event_span, focus_range, mark_kind, render_html
from timeline.cli import main
from timeline.dateline import parse_iso_reference
from timeline.events import event_id
from timeline.model import Article, Event
from timeline.store import open_read_only, open_writer, write_batch

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("chart") / "timeline.duckdb"
    build_sample_db(path)
    return path


def event_count(path: Path) -> int:
    con = open_read_only(str(path))
    try:
        return con.execute("SELECT count(*) FROM timeline_view").fetchone()[0]
    finally:
        con.close()


# --- data for the page -------------------------------------------------------------------

def test_spans_are_half_open_days_and_exact_clock_times():
    from datetime import datetime

    row = {"date_start": date(2016, 5, 3), "date_end": date(2016, 5, 5), "granularity": "day"}
    assert event_span(row) == (epoch_ms(datetime(2016, 5, 3)), epoch_ms(datetime(2016, 5, 6)))
    timed = {"date_start": date(2016, 5, 3), "date_end": date(2016, 5, 3),
             "granularity": "minute", "time_start": datetime(2016, 5, 3, 14, 30),
             "time_end": datetime(2016, 5, 3, 14, 30, 59)}
    assert event_span(timed) == (epoch_ms(datetime(2016, 5, 3, 14, 30)),
                                 epoch_ms(datetime(2016, 5, 3, 14, 31)))
    assert epoch_ms(datetime(1, 1, 1)) < epoch_ms(datetime(1800, 1, 1)) < 0


def test_points_bars_and_ambiguous_days():
    day = {"date_start": date(2016, 5, 3), "date_end": date(2016, 5, 3), "granularity": "day"}
    assert mark_kind(day) == "point"
    assert mark_kind({**day, "date_end": date(2016, 5, 31), "granularity": "month"}) == "bar"
    # "Am Dienstag" under a month dateline: a day, but any of five Tuesdays
    assert mark_kind({"date_start": date(2018, 9, 25), "date_end": date(2018, 10, 30),
                      "granularity": "day", "certainty": "ambiguous"}) == "bar"


def test_focus_leaves_out_a_far_stray_but_not_the_bulk():
    year = 365 * 86400 * 1000
    bulk = [(i * year // 20, i * year // 20 + 86400000) for i in range(20)]
    stray = (-200 * year, -200 * year + year)
    lo, hi = focus_range(bulk + [stray])
    assert lo == bulk[0][0] and hi == bulk[-1][1]
    assert focus_range(bulk) == (bulk[0][0], bulk[-1][1])
    # a range "since the 1970s" crosses the view instead of widening it
    since = (-46 * year, bulk[-1][1])
    assert focus_range(bulk + [since]) == (bulk[0][0], bulk[-1][1])
    assert focus_range([]) is None


def test_page_is_self_contained(db):
    con = open_read_only(str(db))
    try:
        from timeline.export import EventFilter, fetch_events

        rows = fetch_events(con, EventFilter())
    finally:
        con.close()
    rows[0]["sentence"] = "A sentence with </script><script>alert(1)</script> inside."
    html = render_html(chart_data(rows, "T"))
    assert "http://" not in html and "https://" not in html  # no CDN, no fonts
    assert html.count("</script>") == 2  # the data cannot close its script element
    assert "/*__" not in html


def test_png(db, tmp_path, capsys):
    out = tmp_path / "t.png"
    assert main(["chart", "--db", str(db), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


# --- the page in a real browser ----------------------------------------------------------

def _chromium() -> str:
    """The system Chromium, installed from Debian's packages when missing and possible."""
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update"], check=False, capture_output=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "chromium"], check=False,
                       capture_output=True, env=env)
    if not os.path.exists(CHROMIUM):
        pytest.skip("no Chromium at /usr/bin/chromium and it cannot be installed here "
                    "(needs root and apt-get): the browser checks of the chart are skipped")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is in the dev extra: pip install -e '.[dev]'")
    path = _chromium()
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser, html: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(f"network: {r.url}")
            if not r.url.startswith(("file:", "data:", "about:")) else None)
    page.goto(html.as_uri())
    page.wait_for_function("window.timelineChart !== undefined")
    return page, problems


def test_page_in_browser(db, browser, tmp_path):
    html = tmp_path / "timeline.html"
    assert main(["chart", "--db", str(db), "-o", str(html)]) == 0
    n = event_count(db)
    page, problems = open_page(browser, html)
    chart = page.evaluate("({n: timelineChart.eventCount, drawn: timelineChart.marksDrawn, "
                          "off: timelineChart.offscreen})")
    assert chart["n"] == n
    # the first view leaves out the far-off "built in 1850", and says so
    assert chart["drawn"] + chart["off"] == n and chart["off"] >= 1
    page.click("#reset")  # Fit all
    assert page.evaluate("timelineChart.marksDrawn") == n
    assert page.locator("#events tbody tr").count() == n

    # hovering a mark shows its sentence
    con = open_read_only(str(db))
    try:
        eid, sentence = con.execute(
            "SELECT event_id, sentence FROM timeline_view WHERE expression = 'Dienstag' "
            "AND article_id = 'seed-000'").fetchone()
    finally:
        con.close()
    page.click("#reset")
    # zoom into 2018 so the mark is wide enough to hit among its neighbours
    page.evaluate("timelineChart.setView(Date.UTC(2018, 7, 1), Date.UTC(2018, 11, 31))")
    pos = page.evaluate(f"timelineChart.markCenter('{eid}')")
    assert pos is not None
    page.mouse.move(pos["x"], pos["y"])
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert " ".join(sentence.split()) in tooltip.inner_text().replace("\n", " ")
    assert "some Tuesday" in tooltip.inner_text()

    # the wheel zooms around the cursor: the axis range shrinks, and grows back
    page.click("#reset")
    before = page.evaluate("timelineChart.view()")
    box = page.locator("#chart").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(100)
    zoomed = page.evaluate("timelineChart.view()")
    assert zoomed["end"] - zoomed["start"] < (before["end"] - before["start"]) * 0.75
    assert zoomed["start"] > before["start"]
    page.mouse.wheel(0, 400)
    page.wait_for_timeout(100)
    out = page.evaluate("timelineChart.view()")
    assert out["end"] - out["start"] > (zoomed["end"] - zoomed["start"]) * 1.5
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(100)
    zoomed = page.evaluate("timelineChart.view()")
    # a drag pans: the span stays, the start moves back in time
    page.mouse.move(box["x"] + 400, box["y"] + 120)
    page.mouse.down()
    page.mouse.move(box["x"] + 700, box["y"] + 120, steps=5)
    page.mouse.up()
    panned = page.evaluate("timelineChart.view()")
    assert abs((panned["end"] - panned["start"]) - (zoomed["end"] - zoomed["start"])) < 1000
    assert panned["start"] < zoomed["start"]

    # the table filters and sorts; the chart follows the filter
    page.click("#reset")
    page.fill("#filter", "Dienstag")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length < "
                           f"{n}")
    rows = page.locator("#events tbody tr")
    assert rows.count() == page.evaluate("timelineChart.marksDrawn") >= 2
    for k in range(rows.count()):
        assert "dienstag" in rows.nth(k).inner_text().lower()
    page.fill("#filter", "")
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {n}")
    page.click("#events th[data-key='expr']")
    exprs = [page.locator("#events tbody tr").nth(k).locator("td").nth(1).inner_text().lower()
             for k in range(n)]
    assert exprs == sorted(exprs)
    page.select_option("#colour-by", "lang")
    assert "German" in page.locator("#legend").inner_text()

    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
    assert problems == []


def _many_events(n_articles: int, per_article: int) -> list[tuple[Article, list[Event]]]:
    """Synthetic articles with many events each: days, months, ranges and ambiguous
    stretches spread over ten years."""
    batch = []
    for a in range(n_articles):
        dct = date(2010, 1, 1) + timedelta(days=a * 3650 // n_articles)
        ref = parse_iso_reference(dct.isoformat(), "Berlin", "dpa")
        article = Article(f"big-{a}", f"big/{a}.txt", "x" * 10, f"h{a}", ref,
                          "de" if a % 2 else "en")
        events = []
        for k in range(per_article):
            start = dct - timedelta(days=(k * 37) % 400)
            length = [0, 0, 0, 30, 6, 120][k % 6]
            amb = k % 6 == 4
            events.append(Event(
                event_id(article.article_id, k, k + 1, "mention"), article.article_id, k,
                f"Sentence {k} of article {a}.", f"expr{k}", k, k + 1, "DATE", "X", None,
                "since" if k % 6 == 5 else "on", start, start + timedelta(days=length),
                None, None, "day" if length == 0 or amb else "month", "dateline",
                "ambiguous" if amb else "exact", article.lang))
        batch.append((article, events))
    return batch


def test_thousands_of_events_are_all_drawn(browser, tmp_path):
    path = tmp_path / "big.duckdb"
    con = open_writer(str(path))
    try:
        write_batch(con, _many_events(100, 30), "big")
    finally:
        con.close()
    html = tmp_path / "big.html"
    assert main(["chart", "--db", str(path), "-o", str(html)]) == 0
    page, problems = open_page(browser, html)
    page.click("#reset")
    assert page.evaluate("timelineChart.marksDrawn") == 3000
    assert page.locator("#events tbody tr").count() == 3000
    page.mouse.move(640, 200)
    for _ in range(5):
        page.mouse.wheel(0, -300)
    page.wait_for_timeout(100)
    assert 0 < page.evaluate("timelineChart.marksDrawn") < 3000
    assert problems == []


def test_empty_database_gives_an_empty_page_without_errors(browser, tmp_path):
    path = tmp_path / "empty.duckdb"
    open_writer(str(path)).close()
    html = tmp_path / "empty.html"
    assert main(["chart", "--db", str(path), "-o", str(html)]) == 0
    page, problems = open_page(browser, html)
    assert page.evaluate("timelineChart.marksDrawn") == 0
    assert page.locator("#events tbody tr").count() == 0
    assert page.locator("#count").inner_text() == "0 events"
    assert problems == []
