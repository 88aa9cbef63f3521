"""German temporal expressions: lexicon, tense of a clause, prepositions and rules."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.engine import Context, Rule, Timex
from timeline.temporal.resolve import day_month_year, month_year, shift, weekday_date
from timeline.temporal.values import Interval, day_value, month_value

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3,
    "maerz": 3, "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
    "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
NUMBERS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
}
UNITS = {"tag": "day", "woche": "week", "monat": "month", "jahr": "year",
         "quartal": "quarter", "jahrzehnt": "decade"}
UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q",
               "decade": "DE"}
MOD_WORDS = {"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END"}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH = rf"(?P<month>{_alt(m.capitalize() for m in MONTHS)})\.?"
WEEKDAY = rf"(?P<weekday>{_alt(w.capitalize() for w in WEEKDAYS)})"
NUM = rf"(?P<num>\d+|{_alt(NUMBERS)})"
YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"

# --- tense -------------------------------------------------------------------------

_FUTURE = re.compile(
    r"\b(?:wird|werden|wirst|werde|soll|sollen|sollte|sollten|will|wollen|plant|planen|"
    r"beabsichtigt|geplant|voraussichtlich|künftig|demnächst|bevorstehend\w*)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:war|waren|wurde|wurden|hatte|hatten|sagte|sagten|erklärte|teilte|berichtete|"
    r"gab|kam|ging|ist\s+\w+\s+worden|hat|haben|habe|ist|sind)\b"
    r"|\b\w+(?:te|ten)\b(?=[\s,.])"
    r"|\bge\w+(?:t|en)\b",
    re.IGNORECASE,
)


def tense(sentence: str) -> str:
    """Coarse tense of a German sentence: future (Futur, modal future), past (Perfekt,
    Präteritum, Plusquamperfekt) or present."""
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return "present"


# --- prepositions ------------------------------------------------------------------

_RELATIONS = [
    (re.compile(r"\bseit(?:\s+(?:dem|der|den))?\s*$", re.IGNORECASE), "since"),
    (re.compile(r"\bbis(?:\s+(?:zum|zur|in\s+die|in\s+den|ins|am|an|spätestens))?\s*$",
                re.IGNORECASE), "until"),
    (re.compile(r"\bab(?:\s+(?:dem|der|den))?\s*$", re.IGNORECASE), "from"),
    (re.compile(r"\bvor\s+(?:dem|der|den)\s*$", re.IGNORECASE), "before"),
    (re.compile(r"\bnach\s+(?:dem|der|den)\s*$", re.IGNORECASE), "after"),
]


def relation(before: str) -> str | None:
    for pattern, name in _RELATIONS:
        if pattern.search(before):
            return name
    return None


# --- handlers ----------------------------------------------------------------------

def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word.lower())


def _direction(m: re.Match, ctx: Context) -> str:
    return ctx.tense(m.start())


def full_date(m: re.Match, ctx: Context) -> Timex | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    try:
        d = date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None
    return Timex("DATE", day_value(d))


def numeric_date(m: re.Match, ctx: Context) -> Timex | None:
    year = int(m["y"])
    if len(m["y"]) == 2:
        year += 1900 if year > 30 else 2000
    try:
        d = date(year, int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    return Timex("DATE", day_value(d))


def day_month(m: re.Match, ctx: Context) -> Timex | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["day"])
    year = day_month_year(ctx.anchor_day, month, day, _direction(m, ctx))
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


def month_with_year(m: re.Match, ctx: Context) -> Timex:
    month = MONTHS[m["month"].lower().rstrip(".")]
    mod = MOD_WORDS.get((m["mod"] or "").lower())
    return Timex("DATE", month_value(int(m["year"]), month), mod=mod)


def month_alone(m: re.Match, ctx: Context) -> Timex | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    year = month_year(ctx.anchor_day, month, _direction(m, ctx))
    mod = MOD_WORDS.get((m["mod"] or "").lower())
    return Timex("DATE", month_value(year, month), mod=mod, anchor=ctx.anchor_kind)


def year_alone(m: re.Match, ctx: Context) -> Timex:
    mod = MOD_WORDS.get((m["mod"] or "").lower())
    return Timex("DATE", m["year"], mod=mod)


def weekday(m: re.Match, ctx: Context) -> Timex:
    wd = WEEKDAYS[m["weekday"].lower()]
    which = (m["which"] or "").lower()
    if which.startswith(("vergangen", "letzt", "vorig")):
        direction = "past"
    elif which.startswith(("kommend", "nächst")):
        direction = "future"
    else:
        direction = _direction(m, ctx)
    return Timex("DATE", day_value(weekday_date(ctx.anchor_day, wd, direction)),
                 anchor=ctx.anchor_kind)


_DEICTIC_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2}


def deictic_day(m: re.Match, ctx: Context) -> Timex:
    d = shift(ctx.anchor_day, "day", _DEICTIC_DAYS[m["word"].lower()])
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


def next_weeks(m: re.Match, ctx: Context) -> Timex:
    """'in den nächsten/kommenden Wochen': the weeks after the reference day."""
    unit = UNITS[_unit_stem(m["unit"])]
    n = 3 if unit in ("day", "week") else 2
    start = ctx.anchor_day
    end = shift(start, unit, n)
    return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind,
                 interval=Interval(start, end, unit))


def duration(m: re.Match, ctx: Context) -> Timex | None:
    n = _number(m["num"])
    if n is None:
        return None
    unit = UNITS[_unit_stem(m["unit"])]
    return Timex("DURATION", f"P{n}{UNIT_LETTER[unit]}")


def _unit_stem(word: str) -> str:
    w = word.lower()
    for stem in UNITS:
        if w.startswith(stem):
            return stem
    raise KeyError(word)


RULES = [
    Rule(re.compile(rf"\b(?:{WEEKDAY},?\s+(?:den\s+)?)?(?P<day>[0-3]?\d)\.\s*{MONTH}\s+{YEAR}\b"),
         full_date, 3, "full_date"),
    Rule(re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>\d{4}|\d{2})\b"),
         numeric_date, 3, "numeric_date"),
    Rule(re.compile(rf"\b(?:{WEEKDAY},?\s+(?:den\s+)?)?(?P<day>[0-3]?\d)\.\s*{MONTH}(?!\w)"),
         day_month, 2, "day_month"),
    Rule(re.compile(rf"\b(?:(?P<mod>Anfang|Mitte|Ende|Beginn)\s+)?{MONTH}\s+{YEAR}\b"),
         month_with_year, 2, "month_year"),
    Rule(re.compile(rf"\b(?:(?P<mod>Anfang|Mitte|Ende|Beginn)\s+)?{MONTH}(?!\w)"),
         month_alone, 1, "month"),
    Rule(re.compile(rf"\b(?:(?P<mod>Anfang|Mitte|Ende|Beginn)\s+)?{YEAR}\b(?!\s*(?:Euro|Menschen|Personen))"),
         year_alone, 0, "year"),
    Rule(re.compile(rf"\b(?:(?P<which>vergangenen|letzten|vorigen|kommenden|nächsten)\s+)?{WEEKDAY}\b"),
         weekday, 1, "weekday"),
    Rule(re.compile(r"\b(?P<word>heute|gestern|vorgestern|übermorgen|morgen)\b"),
         deictic_day, 1, "deictic_day"),
    Rule(re.compile(r"\b(?:in\s+den\s+)?(?:nächsten|kommenden)\s+(?P<unit>Tagen|Wochen|Monaten|Jahren)\b"),
         next_weeks, 2, "next_weeks"),
    Rule(re.compile(rf"\b{NUM}\s+(?P<unit>Tagen?|Wochen?|Monaten?|Monate|Jahren?|Jahre|Quartalen?|Jahrzehnten?|Jahrzehnte)\b(?!\s+alt)",
                    re.IGNORECASE), duration, 0, "duration"),
]
