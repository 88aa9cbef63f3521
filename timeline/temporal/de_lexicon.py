"""German temporal vocabulary: the words and the regex fragments built from them.

Only data and small lookups live here; the grammar is in de_rules.py (the rule table) and the
de_*.py handler modules it names (see de.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.temporal.word_regex import word_tree

MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
    "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
    "november": 11, "dezember": 12,
}
# Abbreviations count only with their period ("3. Okt. 2014"): "Jan" alone is a name.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
# Parts of the day and their TIMEX3 codes.
DAY_PARTS = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI", "morgenstunden": "MO", "abendstunden": "EV",
    "nachtstunden": "NI", "mitternacht": "NI", "morgengrauen": "MO", "tagesanbruch": "MO",
}


def day_part_code(part: str) -> str:
    """The code of a part of a day a text names ("Freitagmittag", "morgen Mittag"): noon
    is the clock time 12:00 (10 of the 12 German gold cases), the others their parts."""
    key = part.lower()
    return "12:00" if key == "mittag" else DAY_PARTS[key]


SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}

UNITS = {
    "sekunde": "S", "minute": "MIN", "stunde": "H", "tag": "D", "arbeitstag": "D",
    "woche": "W", "wochenende": "WE", "monat": "M", "quartal": "Q", "halbjahr": "HY",
    "jahr": "Y", "jahrzehnt": "DE", "jahrhundert": "CE",
}
# Inflected unit nouns -> stem of UNITS.
UNIT_FORMS = {
    "sekunde": "sekunde", "sekunden": "sekunde", "minute": "minute", "minuten": "minute",
    "stunde": "stunde", "stunden": "stunde", "tag": "tag", "tage": "tag", "tagen": "tag",
    "tages": "tag", "arbeitstag": "arbeitstag", "arbeitstage": "arbeitstag",
    "arbeitstagen": "arbeitstag", "woche": "woche", "wochen": "woche",
    "wochenende": "wochenende", "wochenenden": "wochenende", "monat": "monat",
    "monate": "monat", "monaten": "monat", "monats": "monat", "quartal": "quartal",
    "quartale": "quartal", "quartalen": "quartal", "halbjahr": "halbjahr",
    "halbjahre": "halbjahr", "jahr": "jahr", "jahre": "jahr", "jahren": "jahr",
    "jahres": "jahr", "jahrzehnt": "jahrzehnt", "jahrzehnte": "jahrzehnt",
    "jahrzehnten": "jahrzehnt", "jahrzehnts": "jahrzehnt", "jahrhundert": "jahrhundert",
    "jahrhunderte": "jahrhundert", "jahrhunderten": "jahrhundert",
}
# Calendar units for arithmetic (resolve.shift) by unit stem.
SHIFT_UNITS = {"tag": "day", "arbeitstag": "day", "woche": "week", "monat": "month",
               "quartal": "quarter", "jahr": "year", "jahrzehnt": "decade"}

_ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
         "acht": 8, "neun": 9}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
          "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
         "siebzig": 70, "achtzig": 80, "neunzig": 90}
NUMBER_WORDS: dict[str, float] = {
    "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "beide": 2,
    "beiden": 2, "hundert": 100, "tausend": 1000, "anderthalb": 1.5, "eineinhalb": 1.5,
    "einhalb": 0.5,
}
NUMBER_WORDS.update(_ONES)
NUMBER_WORDS.update(_TEENS)
NUMBER_WORDS.update(_TENS)
for _one, _v in _ONES.items():
    NUMBER_WORDS[_one + "einhalb"] = _v + 0.5
    for _ten, _t in _TENS.items():
        NUMBER_WORDS[f"{_one}und{_ten}"] = _t + _v
NUMBER_WORDS["zweieinhalb"] = 2.5
# Quantities with no number: "einige Wochen" -> PXW.
VAGUE_QUANTITIES = frozenset(
    "einige einigen einiger mehrere mehreren mehrerer wenige wenigen weniger viele vielen "
    "vieler etliche etlichen paar".split())

ORDINALS = {
    "ersten": 1, "erste": 1, "erster": 1, "zweiten": 2, "zweite": 2, "dritten": 3,
    "dritte": 3, "vierten": 4, "vierte": 4, "letzten": -1, "letzte": -1,
}

# Holidays with a fixed day: (month, day).
FIXED_HOLIDAYS = {
    "neujahr": (1, 1), "neujahrstag": (1, 1), "dreikönig": (1, 6), "dreikönigstag": (1, 6),
    "heilige drei könige": (1, 6), "valentinstag": (2, 14), "tag der arbeit": (5, 1),
    "maifeiertag": (5, 1), "mariä himmelfahrt": (8, 15), "maria himmelfahrt": (8, 15),
    "ferragosto": (8, 15),
    "tag der deutschen einheit": (10, 3),
    "allerheiligen": (11, 1), "allerseelen": (11, 2), "martinstag": (11, 11),
    "martini": (11, 11), "johannistag": (6, 24), "heilige nacht": (12, 24),
    "heiligen nacht": (12, 24), "reformationstag": (10, 31), "bundesfeiertag": (8, 1),
    # the astronomical seasons begin within a day of these
    "frühlingsanfang": (3, 20), "sommeranfang": (6, 21), "herbstanfang": (9, 23),
    "winteranfang": (12, 21),
    "nikolaustag": (12, 6), "mariä empfängnis": (12, 8),
    "frauentag": (3, 8), "weltfrauentag": (3, 8), "internationaler frauentag": (3, 8),
    "internationalen frauentag": (3, 8),
    "heiligabend": (12, 24), "heiligen abend": (12, 24), "heiliger abend": (12, 24),
    "heiligen abends": (12, 24), "weihnachten": (12, 25), "christtag": (12, 25),
    "weihnachtstag": (12, 25), "weihnachtsfeiertag": (12, 25), "stefanitag": (12, 26),
    "stephanstag": (12, 26),
    "silvester": (12, 31), "silvesterabend": (12, 31), "silvesternacht": (12, 31),
    # a feast and a part of its day in one word: "am Neujahrsmorgen" (TIME)
    # "in der Neujahrsnacht": the night into New Year's Day, by its second day (as gold
    # writes it, and as "die Nacht zum 1. Januar" is one)
    "neujahrsnacht": (1, 1),
    "neujahrsmorgen": (1, 1), "neujahrsvormittag": (1, 1), "neujahrsnachmittag": (1, 1),
    "silvestermorgen": (12, 31), "silvestervormittag": (12, 31),
    "silvesternachmittag": (12, 31), "heiligabendnachmittag": (12, 24),
}
# the parts of the day such feast words end in
FEAST_DAY_PARTS = ("vormittag", "nachmittag", "morgen")
# "am frühen Morgen", "am späten Nachmittag", "der späten fünfziger Jahre": the start or
# the end of that time
EDGE_MODS = {"frühen": "START", "späten": "END"}
# Holidays that move with Easter: days after Easter Sunday.
EASTER_HOLIDAYS = {
    "weiberfastnacht": -52, "altweiberfastnacht": -52, "karnevalssonntag": -49,
    "faschingssonntag": -49, "fastnachtssonntag": -49,
    "rosenmontag": -48, "faschingsdienstag": -47, "fastnacht": -47, "aschermittwoch": -46,
    # the Alemannic and Swabian names of the carnival days
    "fasnachtssonntag": -49, "fasnachtsmontag": -48, "fasnachtsdienstag": -47,
    "fastnachtsmontag": -48, "fastnachtsdienstag": -47, "faschingsmontag": -48,
    # the Swiss (Lucerne) names of the carnival days
    "schmutziger donnerstag": -52, "schmutzigen donnerstag": -52, "güdismontag": -48,
    "güdisdienstag": -47,
    # the Tyrolean and Bavarian name of that Thursday; the Sunday after Easter
    "unsinniger donnerstag": -52, "unsinnigen donnerstag": -52,
    "weißer sonntag": 7, "weißen sonntag": 7,
    "palmsonntag": -7, "gründonnerstag": -3, "karfreitag": -2, "karsamstag": -1, "ostersamstag": -1,
    "ostern": 0, "ostersonntag": 0, "ostermontag": 1, "christi himmelfahrt": 39,
    # (also Father's Day in Germany; not the Swiss "Auffahrt", as often a motorway ramp)
    "himmelfahrt": 39, "himmelfahrtstag": 39, "vatertag": 39,
    "pfingstsamstag": 48, "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50,
    "fronleichnam": 60,
    # the weekends of the feasts: from their Saturday
    "osterwochenende": -1, "pfingstwochenende": 48,
}
# Sundays counted back from the first Sunday of Advent (the Sunday from 27 November on).
ADVENT_HOLIDAYS = {"totensonntag": -7, "ewigkeitssonntag": -7, "volkstrauertag": -14,
                   # the Catholic name of that last Sunday before Advent
                   "christkönigssonntag": -7, "christkönigsfest": -7,
                   # the Wednesday before Totensonntag
                   "buß- und bettag": -11, "buss- und bettag": -11}
# Feasts on the nth Sunday of a month: (month, n).
SUNDAY_HOLIDAYS = {"erntedank": (10, 1), "erntedankfest": (10, 1), "erntedanksonntag": (10, 1),
                   "muttertag": (5, 2)}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words` in which the longest form wins."""
    return word_tree([re.escape(c) for c in w] for w in set(words))


def capitalized(words: Iterable[str]) -> list[str]:
    return [w[0].upper() + w[1:] for w in words]


def any_case_first(words: Iterable[str]) -> str:
    """Alternation matching each word with its first letter in either case (the longest
    form wins)."""
    words = set(words)
    cases = {(w[0].upper(), w[0].lower()) for w in words}
    letters = [c for pair in cases for c in set(pair)]
    if len(letters) != len(set(letters)) or any(len(c) != 1 for c in letters):
        # first letters whose classes overlap ("ß" upper-cases to "SS"): a flat alternation
        return "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}"
                        for w in sorted(words, key=len, reverse=True))
    return word_tree([f"[{w[0].upper()}{w[0].lower()}]", *map(re.escape, w[1:])] for w in words)


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def number_value(word: str) -> float | None:
    """The number a numeral names: digits ("15", "3,5") or German words ("zwölf",
    "dreieinhalb", "einundzwanzig"); None for anything else."""
    if _THOUSANDS.fullmatch(word):
        return int(word.replace(".", ""))  # "10.000": the dots group thousands
    w = word.lower().replace(",", ".")
    try:
        return float(w) if "." in w else int(w)
    except ValueError:
        return NUMBER_WORDS.get(w)


# --- regex fragments ---------------------------------------------------------------

MONTH_NAME = alternation(capitalized(MONTHS))
MONTH_ABBR = alternation(capitalized(MONTH_ABBREVIATIONS))
# A month, full ("März") or abbreviated with its period ("Okt.").
MONTH = rf"(?P<month>{MONTH_NAME}|(?:{MONTH_ABBR})\.)"
WEEKDAY_NAME = alternation(capitalized(WEEKDAYS))
NUMBER_WORD = alternation(NUMBER_WORDS)
VAGUE = alternation(VAGUE_QUANTITIES)
UNIT_WORD = alternation(capitalized(UNIT_FORMS))


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS[w]
