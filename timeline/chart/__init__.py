"""Drawing the timeline: a self-contained HTML page (canvas, our own JS) or a PNG.

`chart_data` turns `timeline_view` rows into the compact records the page draws;
`render_html` puts them into the page template (package data: page.html, chart.js,
chart.css), with no network access needed to view it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from importlib import resources

from timeline.humanize import humanize_row

EPOCH = datetime(1970, 1, 1)
POINT_GRANULARITIES = {"day", "part_of_day", "hour", "minute"}


def epoch_ms(t: datetime) -> int:
    """Milliseconds since 1970 for any year 1..9999 (JavaScript's time value)."""
    return (t - EPOCH) // timedelta(milliseconds=1)


def _day_start(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def event_span(row: Mapping) -> tuple[int, int]:
    """[start, end) in epoch ms: clock times from their timestamps, dates as whole days."""
    if row.get("time_start") is not None and row.get("granularity") in ("minute", "hour",
                                                                          "part_of_day"):
        start = row["time_start"]
        end = (row.get("time_end") or start) + timedelta(seconds=1)
        return epoch_ms(start), epoch_ms(end)
    start = _day_start(row["date_start"])
    end = _day_start(row["date_end"]) + timedelta(days=1)
    return epoch_ms(start), epoch_ms(end)


def mark_kind(row: Mapping) -> str:
    """`point` for an event on one day or finer, `bar` for a stretch of time."""
    if row.get("certainty") == "ambiguous":
        return "bar"
    if row.get("granularity") in POINT_GRANULARITIES and row["date_start"] == row["date_end"]:
        return "point"
    return "bar"


DAY_MS = 24 * 3600 * 1000
YEAR_MS = 365 * DAY_MS


def focus_range(spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the bulk of the events lie, for the first view. Long intervals ("seit den
    1970er Jahren") do not widen it: they cross the view as clipped bars. Of the shorter
    events, a few far-off strays (a lone "1850" in news about 2016) are left out: at most
    a tenth of them, each only if its gap to the rest is over twice the rest's span and
    over a year. None when there are no events."""
    if not spans:
        return None
    short = [(a, b) for a, b in spans if b - a <= 366 * DAY_MS]
    if len(short) < 3:
        short = list(spans)
    mids = sorted((a + b) // 2 for a, b in short)
    n = len(mids)
    lo, hi = 0, n - 1
    budget = max(1, n // 10) if n >= 5 else 0
    while budget > 0 and hi - lo >= 2:
        gap_left, gap_right = mids[lo + 1] - mids[lo], mids[hi] - mids[hi - 1]
        if gap_left >= gap_right and gap_left > max(2 * (mids[hi] - mids[lo + 1]), YEAR_MS):
            lo += 1
        elif gap_right > max(2 * (mids[hi - 1] - mids[lo]), YEAR_MS):
            hi -= 1
        else:
            break
        budget -= 1
    kept = [(a, b) for a, b in short if mids[lo] <= (a + b) // 2 <= mids[hi]]
    return min(a for a, _ in kept), max(b for _, b in kept)


def article_label(row: Mapping) -> str:
    """A short name for an article: its title, else its file name (with any record
    suffix such as ":3"), else its id."""
    if row.get("title"):
        return row["title"]
    source = row.get("source") or row["article_id"]
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _dateline(row: Mapping) -> str:
    dct, precision = row.get("dct"), row.get("dct_precision")
    if dct is None:
        return ""
    fmt = {"year": "%Y", "month": "%Y-%m", "minute": "%Y-%m-%d %H:%M"}.get(precision,
                                                                          "%Y-%m-%d")
    return dct.strftime(fmt)


def chart_data(rows: Sequence[Mapping], title: str = "Timeline",
               subtitle: str = "") -> dict:
    """The page's data: articles (in first-appearance order) and one record per event."""
    articles: dict[str, int] = {}
    article_list: list[dict] = []
    events: list[dict] = []
    for row in rows:
        aid = row["article_id"]
        if aid not in articles:
            articles[aid] = len(article_list)
            article_list.append({
                "id": aid, "label": article_label(row), "source": row.get("source") or "",
                "place": row.get("place") or "",
                "agency": row.get("agency") or "", "dateline": _dateline(row),
                "lang": row.get("lang") or ""})
        t0, t1 = event_span(row)
        events.append({
            "id": row["event_id"], "a": articles[aid], "lang": row.get("lang") or "",
            "t0": t0, "t1": t1, "kind": mark_kind(row),
            "amb": row.get("certainty") == "ambiguous", "rel": row.get("relation") or "on",
            "implicit": bool(row.get("implicit")), "when": humanize_row(row),
            "expr": row.get("expression") or "", "sent": " ".join(
                (row.get("sentence") or "").split()),
            "value": row.get("timex_value") or "", "gran": row.get("granularity") or "",
            "start": row["date_start"].isoformat(), "end": row["date_end"].isoformat(),
        })
    focus = focus_range([(e["t0"], e["t1"]) for e in events])
    return {"title": title, "subtitle": subtitle, "articles": article_list,
            "events": events, "focus": list(focus) if focus else None}


def _asset(name: str) -> str:
    return resources.files("timeline.chart").joinpath(name).read_text(encoding="utf-8")


def _escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def render_html(data: dict) -> str:
    """The whole page as one string: CSS, data and JS inlined."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("</", "<\\/")  # keep "</script>" inside strings harmless
    page = _asset("page.html")
    return (page.replace("/*__CSS__*/", _asset("chart.css"))
            .replace("__TITLE__", _escape_html(data.get("title") or "Timeline"))
            .replace("/*__DATA__*/", payload)
            .replace("/*__JS__*/", _asset("chart.js")))
