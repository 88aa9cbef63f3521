"""Handlers for the periods of business news: quarters, halves, fiscal years and "the
year-earlier period"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.en_calendar import quarter_of
from timeline.temporal.en_lexicon import (
    ORDINALS,
    month_number,
)
from timeline.temporal.en_match import (
    ANY_MONTH,
    MONTH,
    YEAR,
    capitalised,
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

_RELATIVE_YEAR = {"last": -1, "this": 0, "the": 0, "next": 1}  # "... of the year"


# a quarter that names results: "fourth-quarter results", "third-quarter net income"
_RESULTS_AFTER = rx(r"(?:\s+(?:operating|net|pretax|pre-tax|core|adjusted|financial|"
                    r"earnings|gross))?\s+(?:results?|earnings|profits?|sales|revenues?|"
                    r"loss(?:es)?|income|figures|numbers)\b")
_REPORTING_LAG = 100  # days: results come out within about a quarter after its end


def _reported_year(q: int, anchor: date) -> int | None:
    """The year of the quarter numbered `q` that ended last, when it ended within about a
    quarter before `anchor`: the one whose results are reported now."""
    year = anchor.year
    end = date(year, 3 * q, 1) + timedelta(days=31)
    end = end.replace(day=1) - timedelta(days=1)  # the quarter's last day
    if end >= anchor:
        year -= 1
        end = end.replace(year=year)
    return year if (anchor - end).days <= _REPORTING_LAG else None


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
        if not nxt and _RESULTS_AFTER.match(ctx.text, m.end()):
            # "is due to report fourth-quarter results" in February: the quarter just
            # ended, whatever the tense
            y = _reported_year(q, ctx.anchor_day)
            if y is not None:
                return Timex("DATE", f"{y}-Q{q}", anchor=ctx.anchor_kind, start=start)
        tense = "future" if nxt else clause_tense(m, ctx)
        y = quarter_year(q, ctx.anchor_day, tense)
        if nxt or (tense == "future" and q < quarter_of(ctx.anchor_day) - 1):
            # a future clause may still speak of the quarter just ended (its figures are
            # to come), not of one ended before it: "could take place in the first
            # quarter", said in December, is next year's
            y = ctx.anchor_day.year + 1
        return Timex("DATE", f"{y}-Q{q}", anchor=ctx.anchor_kind, start=start)
    return Timex("DATE", f"{year}-Q{q}")


def final_quarter(m: re.Match, ctx: Context) -> Timex | None:
    """"the final quarter of 2011", "the last quarter of the year": the fourth quarter."""
    year = year_of(m)
    if group(m, "ryear"):
        year = ctx.anchor_day.year + _RELATIVE_YEAR[group(m, "ryear").lower()]
    return Timex("DATE", f"{year}-Q4", anchor=None if year_of(m) else ctx.anchor_kind)


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
        if h > cur and tense == "past":
            year -= 1  # in a present or future clause the half not yet over
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
    period = _period_before(ctx, m.start()) if "month" not in what else None
    if period is not None and ("quarter" in what and "Q" in period or not what
                               or what == "period"):
        # the same half or quarter one year back
        y, _, n = period.partition("-")
        return Timex("DATE", f"{int(y) - 1:04d}-{n}", anchor=ctx.anchor_kind, **span)
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
    if year is None and re.match(r"\s+(?:ends|begins|starts|runs)\b",
                                 ctx.text[m.end():m.end() + 8]):
        return None  # "whose fiscal year ends in September": the calendar, no date
    mod = {"end": "END", "start": "START", "beginning": "START"}.get(
        (group(m, "fend") or "").lower())
    if year is not None:
        return Timex("DATE", f"{year:04d}", mod=mod)  # "by the end of fiscal 2026": END
    if not re.search(r"\byear\b", m.group(), re.IGNORECASE) and not which_direction(m) \
            and not re.match(r"(?:the|its)\b", m.group(), re.IGNORECASE):
        return None  # "a four-year fiscal plan": an adjective, no year
    which = which_direction(m) or "present"
    y = ctx.anchor_day.year + {"past": -1, "future": 1}.get(which, 0)
    return Timex("DATE", f"{y:04d}", mod=mod, anchor=ctx.anchor_kind)


def fiscal_code(m: re.Match, ctx: Context) -> Timex | None:
    """"FY24", "FY 2024": the fiscal year named by the year it ends in (its months differ
    from country to country and firm to firm, so the value is the year)."""
    if not m.group().startswith("FY"):
        return None
    return Timex("DATE", f"{fiscal_code_year(group(m, 'fyy')):04d}")


def fiscal_code_year(digits: str) -> int:
    """The year of "FY24" (2024), "FY98" (1998), "FY2024"."""
    return int(digits) if len(digits) == 4 else (2000 if int(digits) < 50 else 1900) + int(digits)


# --- periods named by their months or by a code ("the June quarter", "H1 2019") ------

def _half_year(h: int, anchor_year: int, anchor_month: int, tense: str) -> int:
    """The year of a half named without one: the latest that has begun, unless the
    clause looks ahead."""
    current = 1 if anchor_month <= 6 else 2
    return anchor_year - 1 if h > current and tense == "past" else anchor_year


def month_period(m: re.Match, ctx: Context) -> Timex | None:
    """"the June quarter" (the quarter ending in June), "the April-June quarter", "the
    July-September period", "the December half" (the half ending in December); "the
    past fortnight" (two weeks), "the half-year to June 30" (six months)."""
    if group(m, "fn"):
        return Timex("DURATION", "P2W")
    if group(m, "hy"):
        return Timex("DURATION", "P6M", end=m.end("hy"))
    if not capitalised(group(m, "month")) or (group(m, "month1")
                                               and not capitalised(group(m, "month1"))):
        return None
    last = month_number(group(m, "month"))
    unit = group(m, "punit").lower()
    if group(m, "month1"):
        first = month_number(group(m, "month1"))
        span = (last - first) % 12 + 1
        if span not in (3, 6):
            return None  # "the March-April period": no quarter or half
        unit = "quarter" if span == 3 else "half"
    elif unit == "period":
        return None  # "the June period" says no length
    elif unit.startswith("half"):
        unit = "half"
    if unit == "half" and last not in (6, 12) or unit == "quarter" and last % 3:
        return None  # a fiscal period off the calendar's quarters: leave it to the month
    year = year_of(m)
    anchor = ctx.anchor_day
    n = (last - 1) // 3 + 1 if unit == "quarter" else (1 if last == 6 else 2)
    letter = "Q" if unit == "quarter" else "H"
    if year is not None:
        return Timex("DATE", f"{year:04d}-{letter}{n}")
    # named by the month it ends in: reported after that month, awaited before it
    y = month_year(anchor, last, clause_tense(m, ctx))
    return Timex("DATE", f"{y:04d}-{letter}{n}", anchor=ctx.anchor_kind)


# a capitalised word right before a code names a product, unless it opens a sentence
# or is one of these
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z]*)\s+$")
_CODE_LEADS = {"In", "For", "During", "By", "Since", "Until", "From", "Through", "The", "Its",
               "Their", "FY", "Fiscal"}


def period_code(m: re.Match, ctx: Context) -> Timex | None:
    """"Q3 2021", "H1 2019", "1H19", "2Q": a quarter or half in the analysts' shorthand
    (or a season across two years: see split_year)."""
    if group(m, "sy1"):
        return split_year(m, ctx)
    letter = group(m, "pl") or group(m, "pl2")
    if letter not in ("Q", "H"):  # upper case only: "q3" is no quarter
        return None
    name = _NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if name and name.group(1) not in _CODE_LEADS:
        return None  # a model or a name: "the Audi Q5", "Route H2"
    n = int(group(m, "pn") or group(m, "pn2"))
    if not 1 <= n <= (4 if letter == "Q" else 2):
        return None
    year = year_of(m)
    if year is None and group(m, "yy"):
        year = 2000 + int(group(m, "yy"))
    if year is None and group(m, "qfy"):  # "Q1 FY21": the quarter of that fiscal year
        year = fiscal_code_year(group(m, "qfy"))
    if year is not None:
        return Timex("DATE", f"{year:04d}-{letter}{n}")
    anchor = ctx.anchor_day
    tense = clause_tense(m, ctx)
    y = quarter_year(n, anchor, tense) if letter == "Q" else \
        _half_year(n, anchor.year, anchor.month, tense)
    return Timex("DATE", f"{y:04d}-{letter}{n}", anchor=ctx.anchor_kind)


def split_year(m: re.Match, ctx: Context) -> Timex | None:
    """"the 2016-17 winter", "the 2021/22 season", "the 1998/99 financial year": a
    stretch across two years, named by the year it starts in."""
    y1, y2 = int(group(m, "sy1")), int(group(m, "sy2"))
    if (y1 + 1) % 100 != y2 % 100:
        return None  # "1990-95": a range of years, not one season
    what = (group(m, "what") or "").lower()
    if group(m, "fy"):
        what = "financial year"
    if not what and group(m, "the"):
        return Timex("DATE", f"{y1:04d}", start=m.start("sy1"))
    seasons = {"winter": "WI", "summer": "SU", "autumn": "FA", "fall": "FA", "spring": "SP"}
    if what in seasons:
        return Timex("DATE", f"{y1:04d}-{seasons[what]}")
    return Timex("DATE", f"{y1:04d}")


# what a results report compares "a year earlier" with: a half, or a period with its year
_PERIOD_MENTION = rx(
    rf"\b(?:(?P<hord>first|second)\s+half(?:\s+of\s+(?:fiscal\s+)?(?P<hyear>\d{{4}}))?"
    rf"|(?P<qord>first|second|third|fourth)[\s-]+quarter\s+of\s+(?:fiscal\s+)?(?P<qyear>\d{{4}})"
    rf"|(?P<qbare>first|second|third|fourth)[\s-]+quarter"
    rf"|(?:(?P<m1>{ANY_MONTH})\.?\s*[-\u2013/]\s*)?(?P<m2>{ANY_MONTH})\.?[\s-]+"
    rf"(?:(?P<myear>\d{{4}})\s+)?(?P<mu>quarter|half)"
    rf"|(?P<cl>[QH])(?P<cn>[1-4])(?:\s*(?P<cyear>\d{{4}})|\s*'?(?P<cyy>\d\d))?"
    rf"|(?P<cn2>[1-4])(?P<cl2>[QH])(?:\s*(?P<cyear2>\d{{4}})|\s*'?(?P<cyy2>\d\d))?)\b")


# a sentence ends at . ! ? (not after a single capital: "U.S.") before a capital or quote
_SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z][.!?])[\"'\u2019\u201d]?\s+(?=[A-Z`\"'\u2018\u201c])"
                           r"|\n\s*\n")


_REACH = 600  # characters: two sentences of news


def previous_sentence_start(text: str, pos: int) -> int:
    """Where the sentence before the one holding `pos` begins (looking back at most
    _REACH characters)."""
    lo = max(0, pos - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, min(len(text), pos + 2))
            if m.end() <= pos]
    return ends[-2] if len(ends) >= 2 else lo


_CODE_HINT = re.compile(r"[QH][1-4]|[1-4][QH]")


def _period_before(ctx: Context, pos: int) -> str | None:
    """The value of the last half, or quarter with a stated year or named by its months,
    in the sentence before `pos` or the one before that."""
    start = previous_sentence_start(ctx.text, pos)
    window = ctx.text[start:pos]
    low = window.lower()
    codes = [c.start() for c in _CODE_HINT.finditer(window)]
    last = max(low.rfind("quarter"), low.rfind("half"), codes[-1] if codes else -1)
    if last < 0:
        return None  # the common case, found cheaply
    # the last mention holds the last of these words: scan only around it
    found = None
    for p in _PERIOD_MENTION.finditer(ctx.text, start + max(0, last - 45),
                                      min(pos, start + last + 30)):
        found = p
    if found is None:
        return None
    anchor = ctx.anchor_day
    g = found.groupdict()
    if g["hord"]:
        n = 1 if g["hord"].lower() == "first" else 2
        year = int(g["hyear"]) if g["hyear"] else _half_year(n, anchor.year, anchor.month,
                                                               "past")
        return f"{year:04d}-H{n}"
    if g["qbare"]:
        return None  # a quarter of the report's own year: reported_quarter knows it
    if g["qord"]:
        return f"{int(g['qyear']):04d}-Q{ORDINALS[g['qord'].lower()]}"
    if g["m2"]:
        if not g["m2"][0].isupper():
            return None
        last = month_number(g["m2"])
        letter = "Q" if g["mu"].lower() == "quarter" else "H"
        if letter == "Q" and last % 3 or letter == "H" and last not in (6, 12):
            return None
        n = (last - 1) // 3 + 1 if letter == "Q" else last // 6
        year = int(g["myear"]) if g["myear"] else month_year(anchor, last, "past")
        return f"{year:04d}-{letter}{n}"
    letter, n = g["cl"] or g["cl2"], int(g["cn"] or g["cn2"])
    if letter not in ("Q", "H") or letter == "H" and n > 2:
        return None
    if g["cyear"] or g["cyear2"]:
        year = int(g["cyear"] or g["cyear2"])
    elif g["cyy"] or g["cyy2"]:
        year = 2000 + int(g["cyy"] or g["cyy2"])
    else:
        year = quarter_year(n, anchor, "past") if letter == "Q" else \
            _half_year(n, anchor.year, anchor.month, "past")
    return f"{year:04d}-{letter}{n}"



# sports played within a calendar year: their season is named by that year
_CALENDAR_YEAR_SPORT = re.compile(
    r"\b(?:baseball|MLB|innings?|home\s+runs?|pitcher|golf|PGA|LPGA|tennis|Formula\s+One|"
    r"NASCAR|cycling|athletics|WNBA|MLS)\b")


def league_season(m: re.Match, ctx: Context) -> Timex | None:
    """"last season", "this season", "next season": a league's season, named by the year it
    began. A season across the new year (football, hockey, cricket down under) under way in
    the first half of the year began the year before."""
    day = ctx.ref_day
    calendar_sport = _CALENDAR_YEAR_SPORT.search(ctx.text) is not None
    current = day.year if day.month >= 7 or (day.month >= 3 and calendar_sport) else day.year - 1
    which = re.sub(r"\s+", " ", group(m, "which").lower())
    step = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "the coming": 1}
    return Timex("DATE", f"{current + step.get(which, 0):04d}", anchor="dateline")


def months_of_year(m: re.Match, ctx: Context) -> Timex | None:
    """"the final three months of the year" (its fourth quarter), "the first six months
    of 2012" (its first half)."""
    n = 3 if group(m, "mn").lower() == "three" else 6
    first = group(m, "mfirst").lower() == "first"
    year = year_of(m)
    anchor_kind = "absolute"
    code = ("Q1" if first else "Q4") if n == 3 else ("H1" if first else "H2")
    if year is None:
        anchor_kind = ctx.anchor_kind
        anchor = ctx.anchor_day
        which = (group(m, "ryear") or "the").lower()
        year = anchor.year + _RELATIVE_YEAR.get(which, 0)
        last_month = {"Q1": 3, "Q4": 12, "H1": 6, "H2": 12}[code]
        if which == "the" and anchor.month < last_month and clause_tense(m, ctx) == "past":
            year -= 1  # "sales in the final three months of the year were" in January
    return Timex("DATE", f"{year:04d}-{code}", anchor=anchor_kind)
