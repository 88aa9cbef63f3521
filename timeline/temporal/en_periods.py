"""Handlers for the periods of business news: quarters, halves, fiscal years and "the
year-earlier period"."""

from __future__ import annotations

import re

from timeline.temporal.en_lexicon import (
    ORDINALS,
    month_number,
)
from timeline.temporal.en_match import (
    MONTH,
    YEAR,
    clause_tense,
    group,
    last_quarter_value,
    lead_quarter,
    quarter_year,
    reported_quarter,
    rx,
    which_direction,
    year_of,
    year_to_date_comparison,
)
from timeline.temporal.engine import Context, Timex
from timeline.temporal.resolve import month_year, shift
from timeline.temporal.values import unit_value

# --- handlers: quarters, halves, fiscal periods --------------------------------------

_RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}


def quarter(m: re.Match, ctx: Context) -> Timex | None:
    if re.match(r"\s+of\s+(?:a|an|the|its|their|his|her|all)\b", ctx.text[m.end():m.end() + 12]):
        return None
    q = ORDINALS.get(group(m, "ord").lower()) or int(group(m, "ord")[0])
    year = year_of(m)
    if group(m, "ryear"):  # "the third quarter of next year"
        year = ctx.anchor_day.year + _RELATIVE_YEAR[group(m, "ryear").lower()]
    plural = group(m, "qs") and group(m, "qs").lower().endswith("s")
    if plural:
        return Timex("SET", f"XXXX-Q{q}")
    start = None
    if re.search(r"[a-z]-quarter$", group(m, "qs") and ctx.text[m.start():m.end("qs")] or "") \
            and not group(m, "yago") and not group(m, "nxt"):
        start = m.start("ord")  # "its fourth-quarter profit": the determiner is the profit's
    if year is None:
        if group(m, "yago"):
            base = quarter_year(q, ctx.anchor_day, "past")
            return Timex("DATE", f"{base - 1}-Q{q}", anchor=ctx.anchor_kind)
        nxt = group(m, "nxt")
        tense = "future" if nxt else clause_tense(m, ctx)
        y = quarter_year(q, ctx.anchor_day, tense)
        if nxt:
            y = ctx.anchor_day.year + 1
        return Timex("DATE", f"{y}-Q{q}", anchor=ctx.anchor_kind, start=start)
    return Timex("DATE", f"{year}-Q{q}")


_ENDED_DATE = rx(rf"\s+(?:ended|ending|that\s+ended)\s+{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+{YEAR})?")


def this_quarter(m: re.Match, ctx: Context) -> Timex | None:
    which = (group(m, "qwhich") or "").lower().split()[-1] if group(m, "qwhich") else ""
    anchor = ctx.anchor_day
    unit = "half" if group(m, "qunit").lower() == "half" else "quarter"
    if group(m, "qunit").lower() == "period" and (
            which != "latest" or reported_quarter(ctx, m.start()) is None):
        return None  # "the latest period" means a quarter only in a quarterly report
    if which == "latest" and unit == "quarter" and lead_quarter(ctx):
        # "the latest quarter" of a results report: the quarter it leads with
        q = lead_quarter(ctx)
        return Timex("DATE", f"{quarter_year(q, anchor, 'past')}-Q{q}", anchor=ctx.anchor_kind)
    if which in ("current", "this"):
        d = anchor
    elif which in ("next", "coming"):
        d = shift(anchor, "quarter", 2 if unit == "half" else 1)
    elif which in ("latest", "last", "past", "previous", "recent"):
        d = shift(anchor, "month", -6 if unit == "half" else -3)
    else:  # "the quarter"
        ended = _ENDED_DATE.match(ctx.text, m.end())
        if unit == "quarter" and ended:
            month = month_number(ended["month"])
            year = int(ended["year"]) if ended["year"] else month_year(anchor, month, "past")
            # a fiscal quarter ended July 31 runs May to July: mostly the calendar's
            # second quarter, the one holding its middle month
            middle = month - 1 or 12
            year -= middle == 12
            return Timex("DATE", f"{year}-Q{(middle - 1) // 3 + 1}", anchor=ctx.anchor_kind)
        if unit == "quarter":
            return Timex("DATE", last_quarter_value(ctx, m.start(), clause_tense(m, ctx)),
                         anchor=ctx.anchor_kind)
        return None
    return Timex("DATE", unit_value(d, unit), anchor=ctx.anchor_kind)


def half(m: re.Match, ctx: Context) -> Timex | None:
    h = 1 if group(m, "hord").lower() == "first" else 2
    year = year_of(m)
    if group(m, "ryear"):  # "the first half of next year"
        year = ctx.anchor_day.year + _RELATIVE_YEAR[group(m, "ryear").lower()]
    if year is None:
        anchor = ctx.anchor_day
        cur = 1 if anchor.month <= 6 else 2
        tense = clause_tense(m, ctx)
        year = anchor.year
        if h > cur and tense != "future":
            year -= 1
        return Timex("DATE", f"{year}-H{h}", anchor=ctx.anchor_kind)
    return Timex("DATE", f"{year}-H{h}")


def year_earlier(m: re.Match, ctx: Context) -> Timex | None:
    """"a year earlier", "the year-ago quarter": in results reporting, the same period one
    year before the one being reported."""
    what = (group(m, "what") or "").lower()
    span = {}
    if group(m, "ye") and not what and not re.fullmatch(r"year\s+earlier", group(m, "ye"),
                                                        re.IGNORECASE):
        span = {"start": m.start("ye"), "end": m.end("ye")}  # "a year-earlier loss"
    if "nine months" in what or "six months" in what:
        n = 9 if "nine" in what else 6
        return Timex("DURATION", f"P{n}M")
    anchor = ctx.anchor_day
    if not what and year_to_date_comparison(ctx, m.start()):
        return Timex("DATE", f"{anchor.year - 1:04d}", anchor=ctx.anchor_kind, **span)
    q = reported_quarter(ctx, m.start())
    ordq = group(m, "ordq")
    if ordq:
        q = ORDINALS[ordq.lower()]
    if q and ("quarter" in what or "period" in what or not what):
        y = quarter_year(q, anchor, "past") - 1
        return Timex("DATE", f"{y}-Q{q}", anchor=ctx.anchor_kind, **span)
    return Timex("DATE", f"{anchor.year - 1:04d}", anchor=ctx.anchor_kind, **span)


def year_period(m: re.Match, ctx: Context) -> Timex | None:
    """"the 1988 quarter", "the 1989 period": the reported quarter of that year."""
    q = reported_quarter(ctx, m.start())
    year = year_of(m)
    if q is None or year_to_date_comparison(ctx, m.start()):
        return Timex("DATE", f"{year:04d}")
    return Timex("DATE", f"{year:04d}-Q{q}")


def fiscal_year(m: re.Match, ctx: Context) -> Timex | None:
    year = year_of(m)
    if year is not None:
        return Timex("DATE", f"{year:04d}")
    which = which_direction(m) or "present"
    y = ctx.anchor_day.year + {"past": -1, "future": 1}.get(which, 0)
    return Timex("DATE", f"{y:04d}", anchor=ctx.anchor_kind)
