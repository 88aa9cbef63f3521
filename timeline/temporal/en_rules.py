"""English temporal expressions: the patterns and what each one means.

Spans follow TimeBank/TempEval-3: determiners and modifiers belong to the expression
("the third quarter", "the past three years", "last week", "early May", "about two
years"), prepositions do not ("since", "until", "in"). Each handler is pure: the same
match and context give the same answer, so the engine may call it once per candidate
reference day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from timeline.temporal.en_calendar import HOLIDAYS, holiday_date, quarter_of, value_at
from timeline.temporal.en_gate import GatedPattern
from timeline.temporal.en_lexicon import (
    MONTHS,
    NUMBER,
    ORDINALS,
    PARTS_OF_DAY,
    POSITION_MODS,
    QUANT_MODS,
    SEASONS,
    UNIT_FACTOR,
    VAGUE_LETTER,
    VAGUE_QUANT,
    WEEKDAYS,
    YEAR_WORDS,
    alt,
    month_number,
    number_value,
    unit_of,
    year_words_value,
)
from timeline.temporal.en_tense import local_tense
from timeline.temporal.engine import Context, Rule, Timex
from timeline.temporal.resolve import day_month_year, month_year, shift, weekday_date
from timeline.temporal.values import Interval, day_value, month_value

# --- building blocks -------------------------------------------------------------

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = (rf"(?P<month>(?:{alt(_FULL_MONTHS)})\b|(?:{alt(_ABBR_MONTHS)})(?:\.|\b(?=\s*\d)))")
WEEKDAY = rf"(?P<weekday>(?:{alt(w for w in WEEKDAYS if len(w) > 4)})\b)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.,]?\d|%|-)"
YEAR = r"(?<![\d$#.,])(?P<year>1[5-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d{3}|-(?:year|month|day|week))"
YEAR2 = YEAR.replace("?P<year>", "?P<year2>")
YEAR_OR_WORDS = rf"(?:{YEAR}|(?P<yearw>{YEAR_WORDS}))"
UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|"
        r"months?|quarters?|years?|decades?|centuries|century)")
CAL_UNIT = r"(?P<cunit>week|weekend|month|quarter|year|decade|century)"
POS = (r"(?:(?P<pos>early|earlier|mid|middle|late|later|(?:the\s+)?(?:beginning|start|middle|end|"
       r"close)\s+of(?:\s+the)?)(?:\s+|-)(?=\S))")
QUANT = rf"(?:(?P<qmod>{alt(QUANT_MODS)})\s+)"
ORDINAL_Q = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_WORD_MODS = {"fiscal"}


def _g(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not match."""
    return m.groupdict().get(name)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _cap(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def _pos_mod(m: re.Match) -> str | None:
    pos = _g(m, "pos")
    if not pos:
        return None
    words = pos.lower().split()
    key = words[0] if words[0] != "the" else words[1]
    return POSITION_MODS.get(key)


def _qmod(m: re.Match) -> str | None:
    q = _g(m, "qmod")
    return QUANT_MODS.get(re.sub(r"\s+", " ", q.lower())) if q else None


def _year(m: re.Match) -> int | None:
    for name in ("year", "year2"):
        if _g(m, name):
            return int(m[name])
    if _g(m, "yearw"):
        return year_words_value(_g(m, "yearw"))
    return None


def _tense(m: re.Match, ctx: Context) -> str:
    return local_tense(ctx.text, m.start(), m.end())


def _news_direction(m: re.Match, ctx: Context) -> str:
    """Weekdays in news: future only when the clause says so, else the one before."""
    t = _tense(m, ctx)
    return "future" if t == "future" else "past"


_WHICH = {"last": "past", "past": "past", "previous": "past", "next": "future",
          "coming": "future", "this": "present", "this past": "past",
          "this coming": "future", "the coming": "future", "the past": "past",
          "the previous": "past", "the next": "future", "the last": "past",
          "the current": "present", "current": "present", "the": None}


def _which(m: re.Match) -> str | None:
    w = _g(m, "which")
    return _WHICH.get(re.sub(r"\s+", " ", w.lower())) if w else None


# --- text-wide facts, computed once per text ---------------------------------------

_QUARTER_MENTION = _rx(r"\b(first|second|third|fourth)[\s-]+quarter\b|\bquarter\s+ended\b")


@lru_cache(maxsize=8)
def _quarter_mentions(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, quarter number or 0) of each 'third quarter' style mention."""
    out = []
    for m in _QUARTER_MENTION.finditer(text):
        q = ORDINALS.get((m.group(1) or "").lower(), 0)
        out.append((m.start(), q))
    return tuple(out)


_NEAR_QUARTER = 150  # characters: about a sentence


def _reported_quarter(ctx: Context, pos: int) -> int | None:
    """The quarter number a financial report is about: one named in the same sentence,
    else the first one the text names (reports lead with the quarter they report)."""
    mentions = _quarter_mentions(ctx.text)
    near = [q for off, q in mentions if q and pos - _NEAR_QUARTER <= off < pos]
    if near:
        return near[-1]
    named = [q for _, q in mentions if q]
    return named[0] if named else None


def _quarter_year(q: int, anchor: date, tense: str) -> int:
    """The year of "the third quarter" said in a news text: the latest such quarter that
    has begun, unless the clause looks ahead."""
    current = quarter_of(anchor)
    if q <= current:
        return anchor.year
    return anchor.year if tense == "future" else anchor.year - 1


def _last_quarter_value(ctx: Context, pos: int, tense: str = "past") -> str:
    """The quarter a report means by "the quarter": the one it named, else the last
    complete one."""
    anchor = ctx.anchor_day
    q = _reported_quarter(ctx, pos)
    if q:
        return f"{_quarter_year(q, anchor, tense)}-Q{q}"
    prev = shift(anchor, "quarter", -1)
    return f"{prev.year}-Q{quarter_of(prev)}"


# --- handlers: absolute dates ------------------------------------------------------

def full_date(m: re.Match, ctx: Context) -> Timex | None:
    if not _cap(_g(m, "month")):
        return None
    year = _year(m)
    try:
        d = date(year, month_number(_g(m, "month")), int(_g(m, "day")))
    except (ValueError, TypeError):
        return None
    return Timex("DATE", day_value(d))


def month_day(m: re.Match, ctx: Context) -> Timex | None:
    if not _cap(_g(m, "month")):
        return None
    month, day = month_number(_g(m, "month")), int(_g(m, "day"))
    if not 1 <= day <= 31:
        return None
    if _g(m, "month").lower() == "may" and not _g(m, "weekday"):
        # "May 5" is the month; "may 5" was excluded by capitalisation
        pass
    tense = _tense(m, ctx)
    direction = _which(m) or ("present" if tense == "present" else tense)
    anchor = ctx.anchor_day
    near = day_month_year(anchor, month, day, "present")
    year = day_month_year(anchor, month, day, direction)
    try:
        nearest = date(near, month, day)
        d = date(year, month, day)
    except ValueError:
        return None
    # within two months of the dateline the nearest date wins over the tense
    if abs((nearest - anchor).days) <= 62 and not _which(m):
        d = nearest
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


def month_year_(m: re.Match, ctx: Context) -> Timex | None:
    if not _cap(_g(m, "month")):
        return None
    year = _year(m)
    if year is None:
        return None
    return Timex("DATE", month_value(year, month_number(_g(m, "month"))), mod=_pos_mod(m))


_VERBAL_MONTHS = {"may", "march"}
_MONTH_CONTEXT = _rx(r"\b(?:in|since|until|till|by|from|through|during|of|before|after|"
                     r"last|next|this|early|late|mid|to|between|and|or|since|past|each|"
                     r"every|on|for)\W*$")


_NEAR_MONTHS = 2  # a month this close to the dateline's is the nearest one, whatever the tense


def month_alone(m: re.Match, ctx: Context) -> Timex | None:
    word = _g(m, "month")
    if not _cap(word) or (word.isupper() and len(word) > 3 and False):
        return None
    which = _which(m)
    pos_mod = _pos_mod(m)
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if word.lower().rstrip(".") in _VERBAL_MONTHS and not which and not pos_mod:
        if not _MONTH_CONTEXT.search(before):
            return None
    after = ctx.text[m.end():m.end() + 20]
    if re.match(r"\s+[A-Z][a-z]", after) and not which and not pos_mod:
        return None  # "Jan Kavan", "March Madness", "April Glaspie"
    if re.match(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]", after):
        return None  # "the March for Life"
    month = month_number(word)
    if which is None:
        direction = _tense(m, ctx)
        if re.search(r"\b(?:by|until|till|before)\s+$", before, re.IGNORECASE):
            direction = "future"
        elif re.search(r"\bsince\s+$", before, re.IGNORECASE):
            direction = "past"
    else:
        direction = which
    anchor = ctx.anchor_day
    if which == "past":  # "last April": the April of last year when it is April now
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif which == "future":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif which == "present":
        year = anchor.year
    else:
        year = month_year(anchor, month, direction)
        near = month_year(anchor, month, "present")
        if abs((near - anchor.year) * 12 + month - anchor.month) <= _NEAR_MONTHS:
            year = near  # a month next to the dateline's is that one, whatever the tense
    return Timex("DATE", month_value(year, month), mod=pos_mod, anchor=ctx.anchor_kind)


def month_rel_year(m: re.Match, ctx: Context) -> Timex | None:
    if not _cap(_g(m, "month")):
        return None
    year = ctx.anchor_day.year + {"last": -1, "next": 1}.get(_g(m, "yw").lower(), 0)
    return Timex("DATE", month_value(year, month_number(_g(m, "month"))), mod=_pos_mod(m),
                 anchor=ctx.anchor_kind)


_COUNTED_NOUN = re.compile(r"\s*(?:[a-z]+s\b(?<!years)(?<!days)|percent\b|/\d|people\b|men\b|"
                           r"women\b|children\b|police\b|staff\b|cattle\b)")
_APPROXIMATELY = re.compile(r"\b(?:about|around|nearly|almost|some|approximately|roughly|than|"
                            r"over|under|only|just)\s+$", re.IGNORECASE)
_NUMBER_CONTEXT = re.compile(r"(?:\b(?:No|Nos|[Nn]umber|[Rr]oom|[Rr]oute|[Ff]light|[Pp]age|"
                             r"at|of|to|by|about|[Tt]otal(?:ed)?)\.?|[$#])\s*$")


def year_alone(m: re.Match, ctx: Context) -> Timex | None:
    """A year written as a number or in words: "1990", "fiscal 1989", "nineteen
    ninety-one", "mid-1996"; not a count ("2014 people") or a reading ("at 1678 points")."""
    year = _year(m)
    if year is None:
        return None
    after = ctx.text[m.end():m.end() + 25]
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if not (_g(m, "pos") or _g(m, "fiscal")):
        determiner = re.search(r"\b(?:the|a|an|its|his|her|their|our|'s)\s+$", before)
        if _COUNTED_NOUN.match(after) and not determiner \
                and not re.match(r"\s*(?:levels?|results?)\b", after):
            return None  # "2014 people", "1990 shares", "Two thousand people"
        if _APPROXIMATELY.search(before) and re.match(r"\s+[a-z]", after):
            return None  # "about 2014 delegates"
    if _g(m, "year") and not (_g(m, "pos") or _g(m, "fiscal")):
        if re.match(r"\s*(?:points|shares|units|yen|marks)\b", after) \
                or (_NUMBER_CONTEXT.search(before) and re.match(r"\s*(?:,\s*)?\d", after)):
            return None  # an index reading or a count
    value = f"{year:04d}"
    if _g(m, "half"):
        h = _g(m, "half").lower()
        value = f"{year:04d}-H{2 if h in ('last', 'second') else 1}"
    return Timex("DATE", value, mod=_pos_mod(m))


def numeric_date(m: re.Match, ctx: Context) -> Timex | None:
    parsed = _dateparser_day(m.group(0))
    if parsed is None:
        return None
    return Timex("DATE", parsed)


@lru_cache(maxsize=4096)
def _dateparser_day(span: str) -> str | None:
    """A numeric date ("10/13/89", "1998-08-07") normalized by dateparser."""
    import dateparser

    d = dateparser.parse(span, languages=["en"],
                         settings={"DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first",
                                   "REQUIRE_PARTS": ["day", "month", "year"]})
    return d.date().isoformat() if d else None


def decade(m: re.Match, ctx: Context) -> Timex | None:
    if _g(m, "dec4"):
        value = _g(m, "dec4")[:3]
    else:
        two = int(_g(m, "dec2"))
        century = 19 if two >= 20 or ctx.anchor_day.year < 2000 else 20
        value = f"{century}{two // 10}"
    return Timex("DATE", value, mod=_pos_mod(m))


def century(m: re.Match, ctx: Context) -> Timex | None:
    which = _which(m)
    if which is not None or _g(m, "ordc") is None:
        base = ctx.anchor_day.year // 100
        base += {"past": -1, "future": 1}.get(which or "present", 0)
        return Timex("DATE", f"{base:02d}", mod=_pos_mod(m), anchor=ctx.anchor_kind)
    ordc = _g(m, "ordc").lower()
    n = int(re.match(r"\d+", ordc).group()) if ordc[0].isdigit() else ORDINALS.get(ordc)
    if not n or n < 1:
        return None
    return Timex("DATE", f"{n - 1:02d}", mod=_pos_mod(m))


def season(m: re.Match, ctx: Context) -> Timex | None:
    s = SEASONS[_g(m, "season").lower()]
    year = _year(m)
    anchor = ctx.anchor_day
    if year is None:
        which = _which(m)
        if which is None and not _g(m, "the"):
            before = ctx.text[max(0, m.start() - 15):m.start()]
            if not re.search(r"\b(?:in|during|by|until|since|through|this|next|last)\s+$",
                             before, re.IGNORECASE):
                return None
        direction = which or _tense(m, ctx)
        if (_g(m, "which") or "").lower() == "this":
            year = anchor.year - 1 if s == "WI" and anchor.month <= 2 else anchor.year
        else:
            year = season_of_year(anchor, s, direction)
        return Timex("DATE", f"{year:04d}-{s}", mod=_pos_mod(m), anchor=ctx.anchor_kind)
    return Timex("DATE", f"{year:04d}-{s}", mod=_pos_mod(m))


def season_of_year(anchor: date, s: str, direction: str) -> int:
    """The year of a season named without one: the one under way or just past ("this
    summer" said in November is the summer before), the previous one ("last fall"), or
    the next one ahead."""
    from timeline.temporal.values import interval_of

    spans = [(y, interval_of(f"{y:04d}-{s}")) for y in range(anchor.year - 2, anchor.year + 2)]
    started = [y for y, iv in spans if iv.start <= anchor]
    current = [y for y, iv in spans if iv.start <= anchor <= iv.end]
    if direction == "future":
        return next(y for y, iv in spans if iv.start > anchor)
    if direction == "past":
        return started[-1] if not current else started[-2]
    return started[-1]


def holiday(m: re.Match, ctx: Context) -> Timex | None:
    name = re.sub(r"\s+", " ", _g(m, "hol").lower())
    if name not in HOLIDAYS:
        return None
    year = _year(m)
    if year is not None:
        return Timex("DATE", day_value(HOLIDAYS[name](year)))
    which = _which(m)
    direction = which or _tense(m, ctx)
    d = holiday_date(name, ctx.anchor_day, direction)
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


# --- handlers: quarters, halves, fiscal periods --------------------------------------

def quarter(m: re.Match, ctx: Context) -> Timex | None:
    after = ctx.text[m.end():m.end() + 6]
    if re.match(r"\s+of\s+(?:a|an|the|its|their|his|her|all)\b", ctx.text[m.end():m.end() + 12]):
        return None
    q = ORDINALS.get(_g(m, "ord").lower()) or int(_g(m, "ord")[0])
    year = _year(m)
    plural = _g(m, "qs") and _g(m, "qs").lower().endswith("s")
    if plural:
        return Timex("SET", f"XXXX-Q{q}")
    start = None
    if re.search(r"[a-z]-quarter$", _g(m, "qs") and ctx.text[m.start():m.end("qs")] or "") \
            and not _g(m, "yago") and not _g(m, "nxt"):
        start = m.start("ord")  # "its fourth-quarter profit": the determiner is the profit's
    if year is None:
        if _g(m, "yago"):
            base = _quarter_year(q, ctx.anchor_day, "past")
            return Timex("DATE", f"{base - 1}-Q{q}", anchor=ctx.anchor_kind)
        nxt = _g(m, "nxt")
        tense = "future" if nxt else _tense(m, ctx)
        y = _quarter_year(q, ctx.anchor_day, tense)
        if nxt:
            y = ctx.anchor_day.year + 1
        return Timex("DATE", f"{y}-Q{q}", anchor=ctx.anchor_kind, start=start)
    _ = after
    return Timex("DATE", f"{year}-Q{q}")


_ENDED_DATE = _rx(rf"\s+(?:ended|ending|that\s+ended)\s+{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+{YEAR})?")


def this_quarter(m: re.Match, ctx: Context) -> Timex | None:
    which = (_g(m, "qwhich") or "").lower().split()[-1] if _g(m, "qwhich") else ""
    anchor = ctx.anchor_day
    unit = "half" if _g(m, "qunit").lower() == "half" else "quarter"
    if _g(m, "qunit").lower() == "period" and (
            which != "latest" or _reported_quarter(ctx, m.start()) is None):
        return None  # "the latest period" means a quarter only in a quarterly report
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
            return Timex("DATE", f"{year}-Q{(month - 1) // 3 + 1}", anchor=ctx.anchor_kind)
        if unit == "quarter":
            return Timex("DATE", _last_quarter_value(ctx, m.start(), _tense(m, ctx)),
                         anchor=ctx.anchor_kind)
        return None
    return Timex("DATE", value_at(d, unit), anchor=ctx.anchor_kind)


def half(m: re.Match, ctx: Context) -> Timex | None:
    h = 1 if _g(m, "hord").lower() == "first" else 2
    year = _year(m)
    if year is None:
        anchor = ctx.anchor_day
        cur = 1 if anchor.month <= 6 else 2
        tense = _tense(m, ctx)
        year = anchor.year
        if h > cur and tense != "future":
            year -= 1
        return Timex("DATE", f"{year}-H{h}", anchor=ctx.anchor_kind)
    return Timex("DATE", f"{year}-H{h}")


def year_earlier(m: re.Match, ctx: Context) -> Timex | None:
    """"a year earlier", "the year-ago quarter": in results reporting, the same period one
    year before the one being reported."""
    what = (_g(m, "what") or "").lower()
    span = {}
    if _g(m, "ye") and not what:
        span = {"start": m.start("ye"), "end": m.end("ye")}  # "a year-earlier loss"
    if "nine months" in what or "six months" in what:
        n = 9 if "nine" in what else 6
        return Timex("DURATION", f"P{n}M")
    anchor = ctx.anchor_day
    q = _reported_quarter(ctx, m.start())
    ordq = _g(m, "ordq")
    if ordq:
        q = ORDINALS[ordq.lower()]
    if q and ("quarter" in what or "period" in what or not what):
        y = _quarter_year(q, anchor, "past") - 1
        return Timex("DATE", f"{y}-Q{q}", anchor=ctx.anchor_kind, **span)
    return Timex("DATE", f"{anchor.year - 1:04d}", anchor=ctx.anchor_kind, **span)


def year_period(m: re.Match, ctx: Context) -> Timex | None:
    """"the 1988 quarter", "the 1989 period": the reported quarter of that year."""
    q = _reported_quarter(ctx, m.start())
    year = _year(m)
    if q is None:
        return Timex("DATE", f"{year:04d}")
    return Timex("DATE", f"{year:04d}-Q{q}")


def fiscal_year(m: re.Match, ctx: Context) -> Timex | None:
    year = _year(m)
    if year is not None:
        return Timex("DATE", f"{year:04d}")
    which = _which(m) or "present"
    y = ctx.anchor_day.year + {"past": -1, "future": 1}.get(which, 0)
    return Timex("DATE", f"{y:04d}", anchor=ctx.anchor_kind)


# --- handlers: relative to the dateline ----------------------------------------------

_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def deictic_day(m: re.Match, ctx: Context) -> Timex | None:
    word = _g(m, "deixis").lower()
    before = ctx.text[max(0, m.start() - 25):m.start()]
    after = ctx.text[m.end():m.end() + 3]
    if word == "today" and after.startswith(("'s", "’s")) and not _g(m, "pod"):
        return None  # "today's world": the present in general
    if word == "today" and re.search(r"[A-Z][A-Za-z]*\s+$", before) \
            and not re.search(r"(?:^|[.!?]\s+|``\s*)[A-Z][A-Za-z]*\s+$", before) \
            and re.search(r"\b(?:USA|VOA|News|Show)\s+$", before):
        return None  # a title such as "USA Today"
    if word == "tomorrow" and re.search(r"\bof\s+$", before):
        return None
    d = shift(ctx.anchor_day, "day", _DEICTIC[word])
    pod = _g(m, "pod")
    mod = _pos_mod(m)
    if word == "tonight":
        return Timex("TIME", day_value(d) + "TNI", anchor=ctx.anchor_kind)
    if pod:
        return Timex("TIME", day_value(d) + "T" + PARTS_OF_DAY[pod.lower()], mod=mod,
                     anchor=ctx.anchor_kind)
    return Timex("DATE", day_value(d), mod=mod, anchor=ctx.anchor_kind)


def part_of_day(m: re.Match, ctx: Context) -> Timex | None:
    """"this morning", "last night", "the morning"."""
    which = (_g(m, "pwhich") or "").lower()
    pod = PARTS_OF_DAY[_g(m, "pday").lower()]
    d = ctx.anchor_day
    if which == "last":
        d = shift(d, "day", -1)
    elif which == "the":
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not re.search(r"\b(?:in|during|through|by|until)\s+$", before, re.IGNORECASE):
            return None
        if ctx.previous is not None and ctx.previous.granularity == "day":
            d = ctx.previous.start
            return Timex("TIME", day_value(d) + "T" + pod, mod=_pos_mod(m), anchor="previous")
    return Timex("TIME", day_value(d) + "T" + pod, mod=_pos_mod(m), anchor=ctx.anchor_kind)


def weekday(m: re.Match, ctx: Context) -> Timex | None:
    if not _cap(_g(m, "weekday")):
        return None
    wd = WEEKDAYS[_g(m, "weekday").lower()]
    which = _which(m)
    anchor = ctx.anchor_day
    if _g(m, "prev") and ctx.previous is not None:
        anchor = ctx.previous.start - timedelta(days=1)
        which = "past"
    if which == "past":
        d = weekday_date(anchor - timedelta(days=1), wd, "past")
    elif which == "future":
        d = weekday_date(anchor + timedelta(days=1), wd, "future")
        if (_g(m, "which") or "").lower() == "next" and (d - anchor).days < 2:
            d += timedelta(days=7)
    elif which == "present":
        # "this Friday": the one of the current week, looking ahead when unclear
        d = weekday_date(anchor, wd, _news_direction(m, ctx) if wd < anchor.weekday()
                         else "future")
    elif ctx.text.startswith(("'s", "’s"), m.end()):
        d = weekday_date(anchor, wd, "past")  # "Wednesday's ruling": an event reported
    else:
        d = weekday_date(anchor, wd, _news_direction(m, ctx))
    pod = _g(m, "pod")
    mod = _pos_mod(m)
    if mod:  # "Earlier Friday": the time of day is the mod, the span is the day
        start = m.start("weekday")
        if pod:
            code = "T" + PARTS_OF_DAY.get(pod.lower(), "MI")
            return Timex("TIME", day_value(d) + code, mod=mod, anchor=ctx.anchor_kind,
                         start=start)
        return Timex("DATE", day_value(d), mod=mod, anchor=ctx.anchor_kind, start=start)
    if pod:
        if pod.lower() == "midnight":
            return _midnight(d, mod, ctx.anchor_kind)
        code = "T12:00" if pod.lower() in ("noon", "midday") else \
            "T" + PARTS_OF_DAY.get(pod.lower(), "MI")
        return Timex("TIME", day_value(d) + code, mod=mod, anchor=ctx.anchor_kind)
    return Timex("DATE", day_value(d), mod=mod, anchor=ctx.anchor_kind)


def weekday_set(m: re.Match, ctx: Context) -> Timex | None:
    if not _cap(_g(m, "weekday")):
        return None
    wd = WEEKDAYS[_g(m, "weekday").lower()]
    pod = _g(m, "pod")
    value = f"XXXX-WXX-{wd + 1}"
    if pod:
        value += "T" + PARTS_OF_DAY.get(pod.lower().rstrip("s"), "MI")
    return Timex("SET", value)


_COMPARISON = _rx(r"\b(?:compared\s+with|compared\s+to|from|versus|against)\s+(?:a\s+)?"
                  r"(?:net\s+)?(?:loss|profit|income|earnings|revenue|sales)?[^.;]{0,40}?"
                  r"(?:\$|#|C\$)\s?[\d.,]+\s*(?:million|billion)?[^.;]{0,30}$")


def relative_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"last week", "this year", "next month", "earlier this year", "this past spring"."""
    which = _which(m)
    unit = _g(m, "cunit").lower()
    if _g(m, "cunit")[0].isupper() and (_g(m, "which") or "x")[0].isupper() \
            and re.search(r"(?:'s|[\"`'])\s*$", ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # a title: ABC's "This Week"
    anchor = ctx.anchor_day
    n = {"past": -1, "future": 1, "present": 0}[which or "present"]
    if unit == "weekend":
        if which == "present" or which is None:
            direction = _news_direction(m, ctx)
            sat = weekday_date(anchor, 5, direction)
        else:
            sat = weekday_date(anchor + timedelta(days=n), 5,
                               "past" if n < 0 else "future")
        return Timex("DATE", value_at(sat, "weekend"), mod=_pos_mod(m), anchor=ctx.anchor_kind)
    if unit == "quarter" and which == "past":
        return Timex("DATE", _last_quarter_value(ctx, m.start()), anchor=ctx.anchor_kind)
    if unit == "year" and which == "past" and not _pos_mod(m) \
            and _COMPARISON.search(ctx.text, max(0, m.start() - 70), m.start()) \
            and _reported_quarter(ctx, m.start()):
        return year_earlier(m, ctx)  # "compared with $3 million last year"
    d = shift(anchor, unit if unit != "century" else "year", n * (100 if unit == "century" else 1))
    mod = _pos_mod(m)
    return Timex("DATE", value_at(d, unit), mod=mod, anchor=ctx.anchor_kind)


def year_end(m: re.Match, ctx: Context) -> Timex | None:
    """"year-end", "by year's end": the end of the current year, or of the last one after
    "since"."""
    before = ctx.text[max(0, m.start() - 8):m.start()]
    year = ctx.anchor_day.year
    if re.search(r"\bsince\s+$", before, re.IGNORECASE):
        year -= 1
    mod = "APPROX" if _g(m, "qmod") else "END"
    return Timex("DATE", f"{year:04d}", mod=mod, anchor=ctx.anchor_kind)


def the_weekend(m: re.Match, ctx: Context) -> Timex | None:
    direction = _news_direction(m, ctx)
    sat = weekday_date(ctx.anchor_day, 5, direction)
    return Timex("DATE", value_at(sat, "weekend"), anchor=ctx.anchor_kind)


def the_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"the week", "the month", "the year" read as the current one in results reports."""
    unit = _g(m, "cunit").lower()
    after = ctx.text[m.end():m.end() + 20]
    if re.match(r"\s+(?:ended|ending|to)\b", after, re.IGNORECASE):
        return Timex("DURATION", "P1" + {"year": "Y", "month": "M", "week": "W"}.get(unit, "Y"))
    if re.match(r"\s+(?:of|before|after|in\b|when|that|which|'s\s+end)", after, re.IGNORECASE) \
            and not re.match(r"\s+'s\b", after):
        return None
    return Timex("DATE", value_at(ctx.anchor_day, unit), mod=_pos_mod(m), anchor=ctx.anchor_kind)


def ago(m: re.Match, ctx: Context) -> Timex | None:
    qmod = _qmod(m)
    if _g(m, "vague") or _g(m, "bare"):
        return Timex("DATE", "PAST_REF", mod=qmod, anchor=ctx.anchor_kind)
    n = number_value(_g(m, "num"))
    if n is None:
        return None
    unit, _, _ = unit_of(_g(m, "unit"))
    anchor = ctx.anchor_day
    if unit in ("second", "minute", "hour"):
        return Timex("DATE", day_value(anchor), mod=qmod, anchor=ctx.anchor_kind)
    if unit == "year" and n == 1 and not qmod and _reported_quarter(ctx, m.start()):
        return year_earlier(m, ctx)
    factor = UNIT_FACTOR.get(unit, 1)
    base = "year" if unit in ("decade", "century") else unit
    base = "week" if unit == "fortnight" else base
    if isinstance(n, float):
        if base == "year":
            base, n = "month", n * 12
        n = round(n)
    d = shift(anchor, base if base != "weekend" else "week", -int(n) * factor)
    out_unit = {"weekend": "weekend", "decade": "year", "century": "year"}.get(unit, unit)
    return Timex("DATE", value_at(d, out_unit), mod=qmod, anchor=ctx.anchor_kind)


def later_earlier(m: re.Match, ctx: Context) -> Timex | None:
    """"two days later", "a week earlier", "the next day": counted from the last date the
    text placed, or from the dateline when it placed none."""
    n = number_value(_g(m, "num")) if _g(m, "num") else 1
    if n is None or isinstance(n, float):
        return None
    unit, _, _ = unit_of(_g(m, "unit"))
    if unit in ("second", "minute", "hour"):
        return Timex("DURATION", _duration_value(n, unit), mod=_qmod(m))
    word = _g(m, "dir").lower()
    sign = -1 if word in ("earlier", "before", "previous", "prior", "preceding") else 1
    prev = ctx.previous
    if unit == "year" and sign < 0 and n == 1 and _reported_quarter(ctx, m.start()):
        return year_earlier(m, ctx)
    if prev is not None and prev.granularity in ("day", "week", "month", "year", "weekend"):
        anchor, kind = prev.start, "previous"
    else:
        anchor, kind = ctx.anchor_day, ctx.anchor_kind
        if unit == "year" and sign < 0:
            return year_earlier(m, ctx)
    factor = UNIT_FACTOR.get(unit, 1)
    base = {"decade": "year", "century": "year", "fortnight": "week",
            "weekend": "week"}.get(unit, unit)
    d = shift(anchor, base, sign * int(n) * factor)
    out = {"decade": "year", "century": "year", "fortnight": "day"}.get(unit, unit)
    if unit == "week" and prev is not None and prev.granularity == "day":
        out = "day"
    return Timex("DATE", value_at(d, out), mod=_qmod(m), anchor=kind)


def next_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"the next day", "the following year", "the previous week", "that day"."""
    unit, _, _ = unit_of(_g(m, "unit"))
    word = _g(m, "dir").lower()
    sign = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1,
            "same": 0, "that": 0}.get(word, 0)
    prev = ctx.previous
    if prev is None:
        if sign == 0:
            return None
        anchor, kind = ctx.anchor_day, ctx.anchor_kind
    else:
        anchor, kind = prev.start, "previous"
    base = {"decade": "year", "century": "year", "fortnight": "week",
            "weekend": "week"}.get(unit, unit)
    d = shift(anchor, base, sign * UNIT_FACTOR.get(unit, 1))
    return Timex("DATE", value_at(d, unit), mod=_pos_mod(m), anchor=kind)


# --- handlers: durations and sets ----------------------------------------------------

def _duration_value(n: float | int, unit: str) -> str:
    factor = UNIT_FACTOR.get(unit, 1)
    _, letter, clock = unit_of(unit)
    if isinstance(n, float):  # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
        whole, part = int(n), n - int(n)
        smaller = {"year": (12, "M", False), "month": (30, "D", False), "day": (24, "H", True),
                   "hour": (60, "M", True), "minute": (60, "S", True)}.get(unit)
        if smaller:
            per, small_letter, small_clock = smaller
            head = f"{whole}{letter}" if whole else ""
            if clock:
                return f"PT{head}{round(part * per)}{small_letter}"
            tail = ("T" if small_clock else "") + f"{round(part * per)}{small_letter}"
            return f"P{head}{tail}"
        n = round(n, 1)
    if unit == "weekend":
        return f"P{n * 2}D"
    return ("PT" if clock else "P") + f"{n * factor}{letter}"


def duration(m: re.Match, ctx: Context) -> Timex | None:
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r"(?:-|\s+)old\b|\s+of\s+age\b|-olds?\b", after):
        return None  # an age: "a 6-year-old", "37 years old"
    unit, _, _ = unit_of(_g(m, "unit"))
    num_text = _g(m, "num")
    lead = (_g(m, "lead") or "").lower()
    if num_text.lower() in ("a", "an", "one") and not lead and not _qmod(m) \
            and not _g(m, "more"):
        before = ctx.text[max(0, m.start() - 25):m.start()]
        if not re.search(r"\b(?:for|in|within|over|after|than|about|nearly|almost|around|barely|"
                         r"take|takes|took|taking|spent|spend|lasted|last|lasts|during|"
                         r"under|of|just|only|least|most)\s+$", before, re.IGNORECASE):
            return None  # "$5 million a year", "four flights a week", "one day, ..."
    if unit == "quarter" and re.match(r"\s+of\b", after):
        return None  # "three-quarters of its food"
    if unit == "second" and num_text.lower() in ("a", "one") and not lead:
        return None
    n = number_value(num_text)
    if n is None or n == 0:
        return None
    start = end = None
    hyphenated = ctx.text[m.start("unit") - 1] == "-"
    if _g(m, "period") and not hyphenated:
        end = m.end("unit")  # "a period" belongs to the span only after "a three-year"
    if hyphenated and lead.strip() in ("the", "its", "their", "his", "her") \
            and not _g(m, "period"):
        start = m.start("num")  # "the eight-year war": the determiner is the war's
    elif (_g(m, "qmod") or "").lower() == "over" and lead:
        start = m.start("lead")  # "over the past two years": "over" is the preposition
    if _g(m, "range_"):
        value = "P" + ("T" if unit_of(_g(m, "unit"))[2] else "") + "X" + unit_of(_g(m, "unit"))[1]
        return Timex("DURATION", value, mod=_qmod(m), start=start, end=end)
    mod = None if start is not None and _g(m, "qmod") else _qmod(m)
    return Timex("DURATION", _duration_value(n, unit), mod=mod, start=start, end=end)


def vague_duration(m: re.Match, ctx: Context) -> Timex | None:
    unit, _, clock = unit_of(_g(m, "unit"))
    letter = VAGUE_LETTER[unit]
    lead = (_g(m, "vlead") or "").lower()
    if "couple" in lead:
        return Timex("DURATION", _duration_value(2, unit), mod="APPROX")
    if lead.startswith("coming") or lead.startswith("the coming"):
        return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind)
    if not lead:
        before = ctx.text[max(0, m.start() - 16):m.start()]
        after = ctx.text[m.end():m.end() + 12]
        if not re.search(r"\b(?:for|within|in|over|after|take|takes|took|lasted|spent)\s+$",
                         before, re.IGNORECASE) or re.match(r"\s+(?:of|to|in)\b", after):
            return None
    return Timex("DURATION", ("PT" if clock else "P") + "X" + letter)


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
              "biweekly": "P2W", "semiannually": "P6M"}


def set_word(m: re.Match, ctx: Context) -> Timex | None:
    return Timex("SET", _SET_WORDS[_g(m, "setw").lower()])


def every(m: re.Match, ctx: Context) -> Timex | None:
    what = _g(m, "every").lower()
    if what.rstrip("s") in ("day", "night", "morning", "evening", "afternoon"):
        return Timex("SET", "P1D")
    if what in WEEKDAYS:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[what] + 1}")
    if what.rstrip(".") in MONTHS:
        return Timex("SET", f"XXXX-{MONTHS[what.rstrip('.')]:02d}")
    if what in SEASONS:
        return Timex("SET", f"XXXX-{SEASONS[what]}")
    unit, letter, clock = unit_of(what)
    n = 2 if _g(m, "other") else 1
    return Timex("SET", _duration_value(n, unit))


def times_per(m: re.Match, ctx: Context) -> Timex | None:
    unit, _, _ = unit_of(_g(m, "unit"))
    return Timex("SET", _duration_value(1, unit))


# --- handlers: vague references and clock times -----------------------------------------

_REFS = {"now": "PRESENT_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
         "currently": "PRESENT_REF",
         "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "at present": "PRESENT_REF", "presently": "PRESENT_REF",
         "the present": "PRESENT_REF", "this moment": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
         "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
         "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
         "the near term": "FUTURE_REF"}


def vague_ref(m: re.Match, ctx: Context) -> Timex | None:
    word = re.sub(r"\s+", " ", _g(m, "ref").lower())
    after = ctx.text[m.end():m.end() + 20]
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if word == "now" and re.match(r"\s*-", after):
        return None  # "now-defunct"
    if word == "now" and re.match(r"\s+that\b", after) and not re.search(r",\s*$", before):
        pass
    if word == "current" and re.match(
            r"\s+(?:account|assets|liabilities|affairs|flows?|spending|dollars|prices|"
            r"rate|yield|coupon|issue|members?|and|or)\b", after, re.IGNORECASE):
        return None
    if word == "current" and not re.match(r"\s+[a-z]", after):
        return None
    if word == "recent" and not re.match(r"\s+[a-z]", after):
        return None
    if word == "future" and not re.match(r"\s+[a-z]", after):
        return None
    if word == "previously" and not (_g(m, "ref")[0].isupper() and not re.match(r"\s*,", after)):
        return None  # in news mostly "a previously announced plan": not annotated
    return Timex("DATE", _REFS[word], anchor=ctx.anchor_kind)


def clock_time(m: re.Match, ctx: Context) -> Timex | None:
    hour = int(_g(m, "hour")) if _g(m, "hour") else None
    minute = int(_g(m, "minute")) if _g(m, "minute") else 0
    special = (_g(m, "special") or "").lower()
    if special:
        hour, minute = (24, 0) if special == "midnight" else (12, 0)
    else:
        ampm = (_g(m, "ampm") or "").lower().replace(".", "").replace(" ", "")
        if hour is None or hour > 23 or minute > 59:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if _g(m, "pod2"):
            if _g(m, "pod2").lower() in ("afternoon", "evening", "night") and hour < 12:
                hour += 12
    d = ctx.anchor_day
    kind = ctx.anchor_kind
    day_word = (_g(m, "tday") or "").lower()
    if _g(m, "tweekday"):
        wd = WEEKDAYS[_g(m, "tweekday").lower()]
        d = weekday_date(d, wd, _news_direction(m, ctx))
    elif day_word in _DEICTIC:
        d = shift(d, "day", _DEICTIC[day_word])
    elif _g(m, "tmonth") and _g(m, "tdd"):
        month, day = month_number(_g(m, "tmonth")), int(_g(m, "tdd"))
        try:
            d = date(day_month_year(d, month, day, "present"), month, day)
        except ValueError:
            return None
    elif ctx.previous is not None and ctx.previous.granularity == "day":
        # a bare clock time belongs to the day the text last named
        d, kind = ctx.previous.start, "previous"
    if hour == 24:
        return _midnight(d, _qmod(m), kind)
    return Timex("TIME", day_value(d) + f"T{hour:02d}:{minute:02d}", mod=_qmod(m), anchor=kind)


def _midnight(d: date, mod: str | None, anchor: str) -> Timex:
    """Midnight ending day `d`: TIMEX3 writes T24:00, the calendar keeps it on `d`."""
    end = datetime(d.year, d.month, d.day, 23, 59, 59)
    return Timex("TIME", day_value(d) + "T24:00", mod=mod, anchor=anchor,
                 interval=Interval(d, d, "minute", end.replace(second=0), end))


# --- the rules --------------------------------------------------------------------

_WD_PREFIX = rf"(?:(?P<wdp>{alt(w for w in WEEKDAYS if len(w) > 4)}),?\s+)?"
_THE = r"(?:(?P<the>the|its|their|his|her|a|this)\s+)?"
_WHICH_RX = (r"(?P<which>this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+next|"
             r"the\s+coming|the\s+last|the\s+current|last|next|this|past|previous|coming|"
             r"current)")
_HOLIDAYS = alt(h.replace("'", "'") for h in HOLIDAYS)
_AMPM = r"(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
_ZONE = r"(?:\s+\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET)\)?)?"
_TDAY = (rf"(?:,?\s+(?:on\s+)?(?:(?P<tweekday>{alt(w for w in WEEKDAYS if len(w) > 4)})\b"
         rf"|(?P<tday>today|yesterday|tomorrow)\b|(?P<tmonth>{alt(_FULL_MONTHS + _ABBR_MONTHS)})"
         rf"\.?\s+(?P<tdd>[0-3]?\d)\b))?")

RULES: list[Rule] = [
    # absolute dates
    Rule(_rx(rf"\b{_WD_PREFIX}{MONTH}\s+{DAY},?\s+{YEAR_OR_WORDS}\b"), full_date, 5, "full_date"),
    Rule(_rx(rf"\b{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}"), full_date, 5,
         "full_date_dmy"),
    Rule(_rx(r"\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b(?![/-]\d)"),
         numeric_date, 5, "numeric_date"),
    Rule(_rx(rf"\b(?:{_WHICH_RX}\s+)?{_WD_PREFIX}{MONTH}\s+{DAY}(?!,?\s*\d{{4}})"), month_day, 4,
         "month_day"),
    Rule(_rx(rf"\b{_WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?!,?\s*\d{{4}})"),
         month_day, 3, "day_month"),
    Rule(_rx(rf"(?:\b{POS}|\b(?<![\d-])){MONTH},?\s+(?:of\s+)?{YEAR_OR_WORDS}"), month_year_, 4,
         "month_year"),
    Rule(_rx(rf"(?:\b{POS}|\b(?<![\d-])){MONTH}\s+(?:of\s+)?(?P<yw>last|next|this)\s+year\b"),
         month_rel_year, 4, "month_rel_year"),
    Rule(_rx(rf"(?:\b{_WHICH_RX}\s+|\b{POS}|\b(?<![\d-])){MONTH}"), month_alone, 2, "month"),
    Rule(_rx(rf"(?:\b{POS}|\b(?P<fiscal>fiscal(?:\s+year)?\s+|the\s+year\s+|FY\s*)|\b)"
             rf"{YEAR_OR_WORDS}(?:\s+(?:and\s+beyond|or\s+later))?"),
         year_alone, 1, "year"),
    Rule(_rx(rf"\b(?:the\s+)?(?P<half>first|second|last)\s+half\s+of\s+(?:fiscal\s+)?{YEAR}"),
         year_alone, 5, "half_of_year"),
    Rule(_rx(rf"(?:\bthe\s+)?(?:{POS})?(?:(?P<dec4>1[0-9]{{2}}0|20[0-9]0)'?s\b"
             rf"|'(?P<dec2>[0-9]0)s\b)"), decade, 4, "decade"),
    Rule(_rx(rf"\b(?:the\s+)?{POS}?(?:(?P<ordc>\d{{1,2}}(?:st|nd|rd|th)|{alt(ORDINALS)})|"
             rf"{_WHICH_RX})[\s-]+century\b"), century, 4, "century"),
    Rule(_rx(rf"\b(?:(?:{_WHICH_RX}|(?P<the>the))\s+)?{POS}?(?P<season>spring|summer|fall|"
             rf"autumn|winter)(?:(?:\s+of)?\s+{YEAR_OR_WORDS})?\b"), season, 3, "season"),
    Rule(_rx(rf"\b(?:{_WHICH_RX}\s+)?(?P<hol>{_HOLIDAYS})(?:,?\s+{YEAR})?(?!\w)"), holiday, 4,
         "holiday"),
    # quarters, halves, fiscal years
    Rule(_rx(rf"\b(?:(?:the|a|this\s+year's|last\s+year's)\s+)?(?:(?P<yago>"
             rf"(?:comparable\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year))\s+)?"
             rf"(?:(?P<nxt>next\s+year's)\s+)?(?:{YEAR}\s+)?(?:fiscal[\s-]+)?{ORDINAL_Q}[\s-]+"
             rf"(?:fiscal\s+)?(?P<qs>quarters?)(?:(?:\s+of\s+(?:fiscal\s+)?|\s+){YEAR2})?\b"),
         quarter, 4, "quarter"),
    Rule(_rx(r"\b(?:(?P<qwhich>the\s+(?:latest|current|last|past|previous|recent|next|coming)|"
             r"the|this|next|its\s+latest)\s+)(?:fiscal\s+)?(?P<qunit>quarter|half|period)\b"
             r"(?!-|\s+of\b)"),
         this_quarter, 2, "this_quarter"),
    Rule(_rx(rf"\b(?:(?:the|its)\s+)?(?P<hord>first|second|last)\s+half(?:\s+of\s+"
             rf"(?:fiscal\s+)?{YEAR})?\b(?!-)"), half, 3, "half"),
    Rule(_rx(r"\b(?:(?:the|a)\s+)?(?:comparable\s+|same\s+)?(?P<ye>year-earlier|year-ago|"
             r"year\s+earlier|prior-year|year-before)(?:\s+(?P<what>period|quarter|"
             r"nine\s+months|six\s+months))?\b"), year_earlier, 3,
         "year_earlier"),
    Rule(_rx(r"\blast\s+year's\s+(?P<what>quarter|period)\b"), year_earlier, 5, "last_years_q"),
    Rule(_rx(rf"\b(?:the|that)\s+{YEAR}\s+(?P<what>quarter|period)\b"), year_period, 4,
         "year_period"),
    Rule(_rx(r"\b(?:the\s+)?(?P<what>quarter|period)\s+a\s+year\s+(?:ago|earlier)\b"),
         year_earlier, 4, "quarter_a_year_ago"),
    Rule(_rx(rf"\b(?:the\s+|its\s+)?(?:{_WHICH_RX}\s+|latest\s+)?fiscal(?:\s+year)?"
             rf"(?:\s*{YEAR})?\b"), fiscal_year, 2, "fiscal_year"),
    # relative to the dateline
    Rule(_rx(rf"\b{POS}?(?P<deixis>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<pod>morning|"
             rf"afternoon|evening|night))?"), deictic_day, 3, "deictic_day"),
    Rule(_rx(rf"\b{POS}?(?P<pod>morning|afternoon|evening|night)\s+(?P<deixis>yesterday|today|"
             rf"tomorrow)\b"), deictic_day, 3, "pod_deictic"),
    Rule(_rx(rf"\b(?:{POS})?(?P<pwhich>this|last|the)\s+(?P<pday>morning|afternoon|evening|"
             rf"night)\b"), part_of_day, 2, "part_of_day"),
    Rule(_rx(r"\b(?P<pos>mid)[\s-](?P<pwhich>)(?P<pday>morning|afternoon|evening)\b"),
         part_of_day, 2, "mid_part_of_day"),
    Rule(_rx(rf"\b(?:(?P<prev>the\s+previous)\s+|{_WHICH_RX}\s+|{POS})?{WEEKDAY}(?:,?\s+"
             rf"(?P<pod>morning|afternoon|evening|night|noon|midnight))?(?!\s*,?\s*{MONTH}\s+\d)"),
         weekday, 2, "weekday"),
    Rule(_rx(rf"\b(?P<pod>noon|midnight|midday)\s+{WEEKDAY}"), weekday, 3, "noon_weekday"),
    Rule(_rx(rf"\b(?P<weekday>{alt(w for w in WEEKDAYS if len(w) > 4)})s\b(?:\s+and\s+\w+\s+)?"
             rf"(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?"), weekday_set, 2,
         "weekday_set"),
    Rule(_rx(rf"\b(?:{POS})?(?:{_WHICH_RX})\s+{CAL_UNIT}\b(?!-)"), relative_unit, 3,
         "relative_unit"),
    Rule(_rx(rf"\b(?:{POS})(?P<which>this|last|next)\s+{CAL_UNIT}\b(?!-)"), relative_unit, 4,
         "pos_relative_unit"),
    Rule(_rx(r"\bthe\s+weekend\b"), the_weekend, 2, "the_weekend"),
    Rule(_rx(r"\b(?:(?P<qmod>around|about)\s+)?(?:the\s+)?year(?:-|\s+|'s\s+)end\b"),
         year_end, 3, "year_end"),
    Rule(_rx(rf"\b(?:{POS}(?:the\s+)?|the\s+)(?:full\s+)?(?P<cunit>week|month|year)\b(?!-)"),
         the_unit, 1, "the_unit"),
    Rule(_rx(rf"\b{QUANT}?(?:(?P<num>{NUMBER})|(?P<vague>{VAGUE_QUANT}))[\s-]+(?:more\s+)?{UNIT}"
             rf"(?:\s+or\s+so)?\s+ago\b"), ago, 4, "ago"),
    Rule(_rx(r"\b(?P<bare>years|months|weeks|days|decades)\s+ago\b"), ago, 3, "bare_ago"),
    Rule(_rx(rf"\b{QUANT}?(?P<num>{NUMBER})[\s-]+{UNIT}\s+(?P<dir>later|earlier|after|before)"
             rf"\b(?=\s*(?:[,.;:)]|$|and\b|but\b|when\b|in\b|on\b|at\b|with\b)"
             rf"|(?<=later|rlier)(?=\s+(?:he|she|they|it|we|I)\b))"), later_earlier, 4,
         "later_earlier"),
    Rule(_rx(rf"\b(?:the|that)\s+(?P<dir>next|following|previous|prior|preceding|same)\s+{UNIT}"
             rf"\b(?!\s+(?:of|after|before)\b)"), next_unit, 3, "next_unit"),
    Rule(_rx(rf"\b(?:{POS})?(?P<dir>that)\s+{UNIT}\b(?!\s+(?:of|after|before)\b)"), next_unit,
         1, "that_unit"),
    # durations and sets
    Rule(_rx(rf"\b{QUANT}?(?P<lead>(?:the|its|their)\s+(?:(?:past|last|next|first|latest|"
             rf"coming|previous|following|final|remaining|initial|prior|same)\s+)?|"
             rf"(?:the\s+)?(?:past|last|next|first|latest|coming|previous|following)\s+)?"
             rf"(?:(?P<range_>{NUMBER}\s+(?:to|or)\s+)?)(?P<num>{NUMBER})[\s-]+"
             rf"(?P<more>more\s+)?(?:full\s+|straight\s+|consecutive\s+|trading\s+|business\s+)?"
             rf"{UNIT}(?!-old)\b(?:\s+(?P<period>period)\b|\s+or\s+so\b)?"),
         duration, 2, "duration"),
    Rule(_rx(rf"\b(?P<num>{NUMBER})\s+(?:and\s+a\s+half\s+)?{UNIT}(?:\s+and\s+a\s+half)?\b"),
         duration, 1, "duration_half"),
    Rule(_rx(rf"\b(?P<vlead>(?:the\s+)?(?:past|last|next|coming|recent|few|several|many|"
             rf"some)\s+|{VAGUE_QUANT}\s+|(?:the\s+)?(?:past|last|next)\s+(?:few|several|couple\s+of)\s+|"
             rf"recent\s+)?{UNIT}(?<=s)\b(?!\s+ago)(?:\s+or\s+(?:months|years|weeks|days))?"),
         vague_duration, 1, "vague_duration"),
    Rule(_rx(rf"\b(?P<setw>{alt(_SET_WORDS)})\b"), set_word, 2, "set_word"),
    Rule(_rx(rf"\b(?:every|each)\s+(?P<other>other\s+)?(?P<every>days?|nights?|mornings?|"
             rf"evenings?|weeks?|months?|quarters?|years?|{alt(w for w in WEEKDAYS if len(w) > 4)}"
             rf"|{alt(_FULL_MONTHS)}|spring|summer|fall|autumn|winter)\b"), every, 3, "every"),
    Rule(_rx(r"\b(?:once|twice|(?:three|four|five|six|\d+)\s+times)\s+(?:a|an|per|each)\s+"
             r"(?P<unit>day|week|month|year|hour)\b"), times_per, 3, "times_per"),
    # vague references and clock times
    Rule(_rx(rf"\b(?P<ref>{alt(_REFS)})\b"), vague_ref, 1, "vague_ref"),
    Rule(_rx(rf"\b{QUANT}?(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*{_AMPM}{_ZONE}"
             rf"{_TDAY}"), clock_time, 4, "clock_time"),
    Rule(_rx(rf"\b{QUANT}?(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s+(?:o'clock\s+)?"
             rf"(?:in\s+the\s+)(?P<pod2>morning|afternoon|evening|night)(?P<ampm>){_TDAY}"),
         clock_time, 4, "clock_pod"),
    Rule(_rx(rf"\b{QUANT}?(?P<hour>)(?P<special>noon|midnight|midday)(?P<ampm>)(?P<pod2>){_TDAY}"
             rf"(?!\s+{WEEKDAY})"), clock_time, 2, "noon"),
]

# Where each rule can match: trigger-word kinds, and how far before and after a trigger
# the whole expression may reach (see en_gate).
_GATES = {
    "full_date": ("month", 14, 30), "full_date_dmy": ("month", 25, 10),
    "numeric_date": ("digit", 12, 12), "month_day": ("month", 14, 8),
    "day_month": ("month", 25, 3), "month_year": ("month", 25, 30),
    "month_rel_year": ("month", 25, 22), "month": ("month", 25, 2),
    "year": ("year4 yearw", 25, 30), "half_of_year": ("year4", 35, 5),
    "decade": ("year4 decade2", 30, 5), "century": ("century", 30, 3),
    "season": ("season", 30, 30), "holiday": ("holiday month", 15, 25),
    "quarter": ("unit", 45, 30), "this_quarter": ("unit", 30, 3),
    "half": ("unit", 15, 30), "year_earlier": ("unit", 25, 30),
    "last_years_q": ("unit", 10, 5), "year_period": ("unit", 15, 3),
    "quarter_a_year_ago": ("unit", 10, 20), "fiscal_year": ("fiscal", 30, 10),
    "deictic_day": ("deixis", 25, 12), "pod_deictic": ("deixis", 25, 12),
    "part_of_day": ("pod", 25, 3), "mid_part_of_day": ("pod", 6, 3),
    "weekday": ("weekday", 25, 15), "noon_weekday": ("weekday", 12, 3),
    "weekday_set": ("weekday", 3, 30), "relative_unit": ("unit century", 30, 3),
    "pos_relative_unit": ("unit", 30, 3), "the_weekend": ("unit", 8, 3),
    "the_unit": ("unit", 15, 3), "year_end": ("unit", 15, 8),
    "ago": ("ago", 50, 3), "bare_ago": ("ago", 12, 3), "later_earlier": ("dir", 55, 3),
    "next_unit": ("unit pod century", 25, 3), "that_unit": ("unit pod century", 25, 3),
    "duration": ("unit pod century", 50, 3), "duration_half": ("unit pod century", 35, 15),
    "vague_duration": ("unit century pod", 35, 25), "set_word": ("setw", 2, 2),
    "every": ("setw", 3, 20), "times_per": ("setw", 3, 15), "vague_ref": ("ref", 15, 3),
    "clock_time": ("clock", 15, 30), "clock_pod": ("pod", 25, 30), "noon": ("clock", 15, 30),
}
for _rule in RULES:
    _kinds, _left, _right = _GATES[_rule.name]
    _rule.pattern = GatedPattern(_rule.pattern, _kinds, _left, _right)
