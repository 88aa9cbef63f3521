"""English words for time: months, weekdays, numerals, units, seasons, parts of day,
modifiers. Data and the small functions that read it, no patterns of whole expressions."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
            "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "midday": "MI", "noon": "MI", "overnight": "NI", "dawn": "MO", "daybreak": "MO",
                "dusk": "EV", "nightfall": "EV"}

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1}
# the days of a month as ordinal words ("the second of January", "the thirtieth of June")
DAY_ORDINALS = {w: n for w, n in ORDINALS.items() if n > 0} | {
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31}

# unit word -> (canonical unit, TIMEX3 duration letters, is a clock unit)
UNITS = {"second": ("second", "S", True), "minute": ("minute", "M", True),
         "hour": ("hour", "H", True), "day": ("day", "D", False),
         "night": ("day", "D", False), "week": ("week", "W", False),
         "weekend": ("weekend", "WE", False), "fortnight": ("fortnight", "W", False),
         "month": ("month", "M", False), "quarter": ("quarter", "Q", False),
         "year": ("year", "Y", False), "decade": ("decade", "Y", False),
         "century": ("century", "Y", False), "centurie": ("century", "Y", False)}
UNIT_FACTOR = {"decade": 10, "century": 100, "fortnight": 2}
VAGUE_LETTER = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
                "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
                "year": "Y", "decade": "DE", "century": "C"}

# quantity words before a duration -> TIMEX3 mod
QUANT_MODS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "an estimated": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
    "perhaps": "APPROX", "maybe": "APPROX",
}
POSITION_MODS = {"early": "START", "earlier": "START", "beginning": "START",
                 "start": "START", "mid": "MID", "middle": "MID", "late": "END",
                 "later": "END", "end": "END", "close": "END",
                 # "the first (last) days of June"
                 "first": "START", "opening": "START", "last": "END", "final": "END",
                 "closing": "END",
                 # "the second (latter) half of June"
                 "second": "END", "latter": "END"}


def alt(words) -> str:
    """A regex alternation of `words`, longest first so that prefixes do not win."""
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
ABBREVIATED_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]
# Month names as running text writes them, for patterns matched case-sensitively (where
# "May" is a month and "may" a verb): the full names, and all names with abbreviations
CAPITALISED_FULL_MONTHS = alt(m.capitalize() for m in FULL_MONTHS)
CAPITALISED_MONTHS = alt(m.capitalize() for m in MONTHS)


_NUM_WORD = alt(list(ONES) + list(TENS))
NUMBER_WORD = _NUM_WORD  # one number word ("forty", "seven")
# "twenty four", "twenty-four", "a hundred", "two thousand", "1,000", "a few"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+\s+1/2|\d+(?:\.\d+)?"
          rf"|(?:{_NUM_WORD})(?:[\s-](?:{_NUM_WORD}))?(?:\s+(?:hundred|thousand))?"
          rf"|a\s+hundred|a\s+thousand|a|an|one)")
VAGUE_QUANT = r"(?:several|a\s+few|few|many|a\s+couple\s+of|a\s+couple|some|numerous)"


def number_value(words: str) -> float | None:
    """The number a numeral names ("twenty four" -> 24, "1,000" -> 1000, "a" -> 1)."""
    w = words.lower().replace(",", "").strip()
    if w.endswith(" 1/2"):
        return int(w[:-4]) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        v = float(w)
        return int(v) if v.is_integer() else v
    total, current = 0, 0
    for part in re.split(r"[\s-]+", w):
        if part in ("a", "an"):
            current = max(current, 1)
        elif part in ONES:
            current += ONES[part]
        elif part in TENS:
            current += TENS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif part == "and":
            continue
        else:
            return None
    return total + current


_YEAR_TENS = alt(TENS)
_YEAR_ONES = alt(k for k in ONES if k != "zero")
# "nineteen ninety-one", "nineteen eighty", "two thousand", "two thousand and one"
YEAR_WORDS = (rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:(?:{_YEAR_TENS})(?:[\s-](?:{_YEAR_ONES}))?"
              rf"|{alt(k for k in ONES if ONES[k] >= 10)}|oh[\s-](?:{_YEAR_ONES}))"
              rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_YEAR_ONES}|{_YEAR_TENS}))?)")


def year_words_value(words: str) -> int | None:
    """The year spelled out in words ("nineteen ninety-one" -> 1991)."""
    w = words.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(x for x in w[2:] if x != "and")) if len(w) > 2 else 0
        return 2000 + int(rest or 0)
    century = ONES.get(w[0]) or TENS.get(w[0])
    if century is None:
        return None
    rest_words = [x for x in w[1:] if x != "oh"]
    rest = number_value(" ".join(rest_words))
    if rest is None or rest >= 100:
        return None
    return century * 100 + int(rest)


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def unit_of(word: str) -> tuple[str, str, bool]:
    """Canonical unit of a unit word in any number ("Years" -> year)."""
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s"):
        w = w[:-1]
    return UNITS[w]
