"""English temporal expressions: lexicon, tense of a clause, prepositions and rules."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.engine import Context, Rule, Timex
from timeline.temporal.resolve import day_month_year, month_year, shift, weekday_date
from timeline.temporal.values import day_value, month_value

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year",
         "quarter": "quarter", "decade": "decade"}
UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q",
               "decade": "DE"}
MOD_WORDS = {"early": "START", "mid": "MID", "late": "END"}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH = rf"(?P<month>{_alt(m.capitalize() for m in MONTHS)})\.?"
WEEKDAY = rf"(?P<weekday>{_alt(w.capitalize() for w in WEEKDAYS)})"
NUM = rf"(?P<num>\d+|{_alt(NUMBERS)})"
YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"

_FUTURE = re.compile(r"\b(?:will|won't|shall|going\s+to|plans?\s+to|is\s+to|are\s+to|"
                     r"scheduled|expected\s+to|next)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|\w+ed)\b", re.IGNORECASE)


def tense(sentence: str) -> str:
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return "present"


_RELATIONS = [
    (re.compile(r"\bsince\s*$", re.IGNORECASE), "since"),
    (re.compile(r"\b(?:until|till|through)\s*$", re.IGNORECASE), "until"),
    (re.compile(r"\b(?:from|starting|beginning)\s*$", re.IGNORECASE), "from"),
    (re.compile(r"\bbefore\s*$", re.IGNORECASE), "before"),
    (re.compile(r"\bafter\s*$", re.IGNORECASE), "after"),
]


def relation(before: str) -> str | None:
    for pattern, name in _RELATIONS:
        if pattern.search(before):
            return name
    return None


def _month(m: re.Match) -> int:
    return MONTHS[m["month"].lower().rstrip(".")]


def full_date(m: re.Match, ctx: Context) -> Timex | None:
    try:
        d = date(int(m["year"]), _month(m), int(m["day"]))
    except ValueError:
        return None
    return Timex("DATE", day_value(d))


def month_day(m: re.Match, ctx: Context) -> Timex | None:
    month, day = _month(m), int(m["day"])
    year = day_month_year(ctx.anchor_day, month, day, ctx.tense(m.start()))
    try:
        return Timex("DATE", day_value(date(year, month, day)), anchor=ctx.anchor_kind)
    except ValueError:
        return None


def month_with_year(m: re.Match, ctx: Context) -> Timex:
    mod = MOD_WORDS.get((m["mod"] or "").lower())
    return Timex("DATE", month_value(int(m["year"]), _month(m)), mod=mod)


def month_alone(m: re.Match, ctx: Context) -> Timex | None:
    if m["month"] == "May" and not m["mod"] and not m["prep"]:
        return None  # the modal verb
    year = month_year(ctx.anchor_day, _month(m), ctx.tense(m.start()))
    mod = MOD_WORDS.get((m["mod"] or "").lower())
    return Timex("DATE", month_value(year, _month(m)), mod=mod, anchor=ctx.anchor_kind)


def year_alone(m: re.Match, ctx: Context) -> Timex:
    return Timex("DATE", m["year"])


def weekday(m: re.Match, ctx: Context) -> Timex:
    wd = WEEKDAYS[m["weekday"].lower()]
    which = (m["which"] or "").lower()
    direction = {"last": "past", "next": "future", "this": "present"}.get(
        which, ctx.tense(m.start()))
    return Timex("DATE", day_value(weekday_date(ctx.anchor_day, wd, direction)),
                 anchor=ctx.anchor_kind)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1}


def deictic_day(m: re.Match, ctx: Context) -> Timex:
    d = shift(ctx.anchor_day, "day", _DEICTIC[m["word"].lower()])
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


def ago(m: re.Match, ctx: Context) -> Timex | None:
    n = NUMBERS.get(m["num"].lower()) if not m["num"].isdigit() else int(m["num"])
    if n is None:
        return None
    unit = UNITS[m["unit"].lower().rstrip("s")]
    d = shift(ctx.anchor_day, unit, -n)
    value = day_value(d) if unit in ("day", "week") else month_value(d.year, d.month)
    if unit == "year":
        value = f"{d.year:04d}"
    return Timex("DATE", value, anchor=ctx.anchor_kind)


def duration(m: re.Match, ctx: Context) -> Timex | None:
    n = NUMBERS.get(m["num"].lower()) if not m["num"].isdigit() else int(m["num"])
    if n is None:
        return None
    unit = UNITS[m["unit"].lower().rstrip("s")]
    return Timex("DURATION", f"P{n}{UNIT_LETTER[unit]}")


RULES = [
    Rule(re.compile(rf"\b{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{YEAR}\b"),
         full_date, 3, "full_date"),
    Rule(re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b"),
         full_date, 3, "full_date_dmy"),
    Rule(re.compile(rf"\b{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})"),
         month_day, 2, "month_day"),
    Rule(re.compile(rf"\b(?:(?P<mod>early|mid|late)[\s-]+)?{MONTH},?\s+{YEAR}\b",
                    re.IGNORECASE), month_with_year, 2, "month_year"),
    Rule(re.compile(rf"(?:(?P<prep>\b(?:in|since|until|by|last|next|this)\s+)|"
                    rf"\b(?P<mod>early|mid|late)[\s-]+)?\b{MONTH}\b"),
         month_alone, 1, "month"),
    Rule(re.compile(rf"\b{YEAR}\b"), year_alone, 0, "year"),
    Rule(re.compile(rf"\b(?:(?P<which>last|next|this)\s+)?{WEEKDAY}\b", re.IGNORECASE),
         weekday, 1, "weekday"),
    Rule(re.compile(r"\b(?P<word>today|yesterday|tomorrow)\b", re.IGNORECASE),
         deictic_day, 1, "deictic_day"),
    Rule(re.compile(rf"\b{NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
                    re.IGNORECASE), ago, 2, "ago"),
    Rule(re.compile(rf"\b{NUM}[\s-]+(?P<unit>days?|weeks?|months?|years?|quarters?|decades?)\b",
                    re.IGNORECASE), duration, 0, "duration"),
]
