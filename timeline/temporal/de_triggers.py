"""German trigger words: which rules (by kind) a word can start or carry.

gate.py runs each rule only in windows around the trigger words of its kinds.
"""

from __future__ import annotations

import re

from timeline.temporal.de_lexicon import (
    ADVENT_HOLIDAYS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SUNDAY_HOLIDAYS,
)
from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.gate import Spans, Triggers, lowered_in_place

_EXACT: dict[str, tuple[str, ...]] = {}


def _add(kind: str, words) -> None:
    for w in words:
        _EXACT[w] = tuple(sorted(set(_EXACT.get(w, ())) | {kind}))


_add("month", list(MONTHS) + list(MONTH_ABBREVIATIONS))
_add("deixis", ["heute", "gestern", "vorgestern", "morgen", "übermorgen", "gestrigen",
                "gestrige", "morgigen", "morgige", "heuer"])
_add("ref", ["jetzt", "derzeit", "zurzeit", "momentan", "gegenwärtig", "heutzutage", "heutigen",
             "heutige", "heutiger", "kürzlich", "kurzem", "kurzer", "unlängst", "jüngst",
             "damals", "zukunft", "zukünftig", "künftig", "zukünftige", "zukünftigen", "bald",
             "kürze",
             "demnächst", "folgezeit", "zwischenzeitlich", "zuvor", "vorher", "danach",
             "darauf", "später", "zeitpunkt", "zeit", "folge", "langem"])
_add("daypart", ["abend", "abends", "morgen", "morgens", "nachmittag", "nachmittags",
                 "vormittag", "vormittags", "mittag", "nacht", "nachts", "mitternacht",
                 "morgenstunden", "abendstunden", "früh", "morgengrauen", "tagesanbruch"])
_add("holiday", {h.split()[0].rstrip("-")  # ("Buß- und Bettag" starts with the word "buß")
                 for h in [*FIXED_HOLIDAYS, *EASTER_HOLIDAYS, *ADVENT_HOLIDAYS,
                           *SUNDAY_HOLIDAYS]} |
     {"heiligen", "heiliger", "chinesische", "chinesischen", "chinesisches", "chinesischem",
      "advent", "advents", "adventssonntag", "zuckerfest", "zuckerfestes", "zuckerfests",
      "opferfest", "opferfestes", "opferfests", "ramadanfest", "ramadanfestes",
      "pessach", "pessachfest", "pessachfestes", "purim", "purimfest", "jom", "rosch",
      "chanukka", "chanukkah", "laubhüttenfest", "laubhüttenfestes", "schawuot",
      "fastenbrechens"})
_add("set", ["täglich", "tägliche", "täglichen", "täglicher", "wöchentlich", "wöchentliche",
             "wöchentlichen", "monatlich", "monatliche", "monatlichen", "jährlich",
             "jährliche", "jährlichen", "jährlicher", "stündlich", "alljährlich",
             "alljährliche", "alljährlichen", "allabendlich", "allmorgendlich", "allnächtlich",
             "werktags", "wochentags", "vierteljährlich", "vierteljährliche",
             "vierteljährlichen", "halbjährlich", "halbjährliche", "halbjährlichen",
             "halbstündlich", "halbstündliche", "halbstündlichen", "viertelstündlich",
             "viertelstündliche", "viertelstündlichen"])
_add("election", ["wahltag", "wahlsonntag"])
_add("century", ["jahrhundert", "jahrhunderts", "jh", "jhd"])
_add("bc", ["chr", "christus"])
_add("uhr", ["uhr"])
_add("decadeword", ["jahrzehnts", "jahrzehnt", "jahrzehntes"])
_add("kw", ["kw", "kalenderwoche"])
_add("q", ["q"])
_add("period", ["saison", "spielzeit", "amtsperiode", "legislaturperiode", "legislatur",
                "amtszeit", "wintersaison", "sommersaison", "periode", "geschäftsjahr",
                "geschäftsjahres", "geschäftsjahrs", "wirtschaftsjahr", "wirtschaftsjahres",
                "haushaltsjahr", "haushaltsjahres", "finanzjahr", "finanzjahres",
                "schuljahr", "schuljahres", "studienjahr", "studienjahres",
                "kindergartenjahr", "kindergartenjahres", "spieljahr", "spieljahres",
                "vereinsjahr", "vereinsjahres", "wintersemester", "wintersemesters"])
# Narrow kinds for rules bound to one word, so they search only a few small windows.
_add("span_unit", ["minuten", "stunden"])
_add("bare_unit", ["tage", "wochen", "monate", "jahre", "jahrzehnte"])
_add("per_unit", ["monat", "jahr"])
_add("weekends", ["wochenenden"])
_add("whole_year", ["gesamtjahr", "gesamtjahres"])
_add("nun", ["nun"])
_add("closing_year", ["alte", "alten", "gehende", "gehenden", "ablaufende", "ablaufenden",
                      "auslaufende", "auslaufenden", "scheidende", "scheidenden"])
_add("whole_year_told", ["ganze", "gesamte"])
_add("week_half", ["wochenhälfte"])
_add("year_term", ["jahresfrist"])
_add("today_named", ["heutigen", "heutiger", "heutige"])
_add("clockword", ["halb", "viertel", "dreiviertel"])
_add("clockmin", ["viertel", "fünf", "zehn", "zwanzig", "fünfundzwanzig"])
_add("pairunit", ["minute", "minuten", "sekunde", "sekunden", "monat", "monate", "monaten"])
_add("hourword", ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
                  "elf", "zwölf"])
_add("decword", ["zwanziger", "dreißiger", "vierziger", "fünfziger", "sechziger", "siebziger",
                 "achtziger", "neunziger", "nuller"])

_WEEKDAY_STEMS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                  "sonnabend", "sonntag")
_UNIT_PARTS = ("sekund", "minut", "stund", "tag", "woch", "monat", "quartal", "jahr", "jähr",
               "trimester", "hälfte", "halbjahr", "tägig", "wöchig", "stündig", "minütig",
               "vorabend")
_DECADE_WORDS = ("zwanziger", "dreißiger", "vierziger", "fünfziger", "sechziger", "siebziger",
                 "achtziger", "neunziger", "nuller")
_DAY_PART_ENDINGS = ("abend", "nacht", "morgen", "nachmittag", "vormittag")
_SEASON_PARTS = ("frühling", "frühjahr", "sommer", "herbst", "winter")
_MONTH_OR_ADVENT = (*MONTHS, "advents")
KINDS = frozenset(
    set().union(*map(set, _EXACT.values())) | {"digit", "weekday", "unit", "season",
                                                 "prior_year", "dpcompound", "takt",
                                                 "monthweek", "quarterhour"})


# Words already looked up: those with trigger kinds, and the (many more) without any.
_KIND_CACHE: dict[str, tuple[str, ...]] = {}
_PLAIN_WORDS: set[str] = set()


def _kinds_of(word: str) -> tuple[str, ...]:
    """Trigger kinds of a lower-case word: exact words, and stems inside compounds
    ("vortag", "montagabend", "jahresende")."""
    kinds = set(_EXACT.get(word, ()))
    if word.startswith(_WEEKDAY_STEMS):
        kinds.add("weekday")
    if any(p in word for p in _UNIT_PARTS):
        kinds.add("unit")
    if any(p in word for p in _SEASON_PARTS):
        kinds.add("season")
    if word.startswith(_DECADE_WORDS):
        kinds.add("decword")
    if word.endswith(_DAY_PART_ENDINGS):  # "Wahlabend", "Novembermorgen"
        kinds.add("dpcompound")
    if word.startswith("vorjahres") or word == "zeitraum":
        kinds.add("prior_year")
    if word.endswith("takt"):  # "Halbstundentakt", "Minuten-Takt"
        kinds.add("takt")
    if word.endswith("viertelstunde"):  # "eine Viertelstunde", "Dreiviertelstunde"
        kinds.add("quarterhour")
    if word.endswith(("woche", "wochenende")) and word.startswith(_MONTH_OR_ADVENT):
        kinds.add("monthweek")  # "Septemberwochenende", "Januarwoche"
    return tuple(sorted(kinds))


_LETTERS = with_first_char_check(re.compile(r"[a-zäöüß]+"))  # skips the rest from a table
_DIGITS = with_first_char_check(re.compile(r"\d+"))  # skips non-digits from a table


def _find(text: str) -> dict[str, Spans]:
    """Offsets of the trigger words in `text`, by kind. Words are looked up once per
    distinct word; only trigger words are then located (few, and with C-speed scans)."""
    lowered = lowered_in_place(text)
    found: dict[str, list[tuple[int, int]]] = {}
    digits = [m.span() for m in _DIGITS.finditer(lowered)]
    if digits:
        found["digit"] = digits
    cache = _KIND_CACHE
    if len(cache) + len(_PLAIN_WORDS) > 200_000:
        cache.clear()
        _PLAIN_WORDS.clear()
    # set difference drops the known plain words at C speed: few words are left
    for w in set(_LETTERS.findall(lowered)) - _PLAIN_WORDS:
        kinds = cache.get(w)
        if kinds is None:
            kinds = _kinds_of(w)
            if not kinds:
                _PLAIN_WORDS.add(w)
                continue
            cache[w] = kinds
        spans = _word_spans(lowered, w)
        for k in kinds:
            found.setdefault(k, []).extend(spans)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where `word` occurs in `text` as a whole word."""
    spans = []
    n = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalpha() or after.isalpha()):
            spans.append((i, i + n))
        i = text.find(word, i + n)
    return spans


# Windows closer than 20 characters are searched as one.
TRIGGERS = Triggers(_find, KINDS, merge_gap=20)
