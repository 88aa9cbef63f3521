"""English trigger words: which rules (by kind) a word can start.

Every rule needs some word of its own ("Friday", "ago", "quarter", a digit); gate.py runs
each rule only in small windows around the trigger words of its kinds.
"""

from __future__ import annotations

import re

from timeline.temporal.en_calendar import HOLIDAYS
from timeline.temporal.en_lexicon import MONTHS, WEEKDAYS
from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.gate import Spans, Triggers, lowered_in_place
from timeline.temporal.word_regex import word_tree

_UNITS = ["second", "minute", "hour", "day", "night", "week", "weekend", "fortnight",
          "month", "quarter", "year", "decade", "period", "half"]

# trigger word -> the kinds of rules it can start
_WORD_KINDS: dict[str, set[str]] = {}


def _add(kind: str, words) -> None:
    for w in words:
        _WORD_KINDS.setdefault(w, set()).add(kind)


_add("clock", ["noon", "midnight", "midday", "clock", "am", "pm", "a.m", "a.m.", "p.m", "p.m."])
_add("setw", ["daily", "nightly", "weekly", "biweekly", "monthly", "annually", "yearly",
              "hourly", "semiannually", "quarterly", "fortnightly", "every", "each", "once",
              "twice", "times"])
_add("century", ["century", "centuries", "century's"])
_add("pod", ["morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
             "nights", "overnight"])
_add("overnight", ["overnight"])
_add("unit", [u + suffix for u in _UNITS for suffix in ("", "s", "'s")] + ["halves"])
_add("ref", ["now", "currently", "current", "recently", "lately", "previously", "past",
             "future", "present", "presently", "moment", "nowadays", "days", "term", "soon",
             "possible", "date", "someday"])
_add("deixis", ["today", "yesterday", "tomorrow", "tonight", "today's", "yesterday's",
                "tomorrow's", "tonight's"])
_add("ago", ["ago"])
_add("while", ["while"])
_add("dir", ["later", "earlier", "after", "before"])
_add("month", MONTHS)
_add("weekday", [w + suffix for w in WEEKDAYS if len(w) > 4 for suffix in ("", "s", "'s")])
_add("season", ["spring", "summer", "fall", "autumn", "winter"])
_add("sportseason", ["season"])  # "last season" of a league
# a holiday is triggered by its first telling word ("St Patrick's Day" by "patrick", the
# bank holidays by "holiday"), not by words as common as "the", "spring" or "august"
_NOT_TELLING = {"the", "st", "st.", "early", "spring", "summer", "august"}
_add("holiday", {"holiday" if "holiday" in h.split() else
                 next(w for w in h.replace("'s", "").split() if w not in _NOT_TELLING)
                 for h in HOLIDAYS})
_add("fiscal", ["fiscal", "fy"])
_add("era", ["bc", "bce", "ad", "ce"])  # "480 BC", "AD 410" ("B.C." splits into b and c)
_add("dawn", ["dawn", "daybreak", "sunrise", "nightfall", "dusk", "sunset"])
_add("then", ["time"])  # "at the time" in a history
_add("afterw", ["afterwards", "afterward", "thereafter", "later", "earlier", "before"])
_add("decadew", ["decade", "decades"])
_add("day1", ["day"])  # "to this day"
_add("following", ["following", "ensuing", "subsequent", "followed"])
_add("fortnight", ["fortnight", "fortnights"])
_add("hours", ["hours"])  # "the early hours of 20 December"
_add("those", ["those"])  # "those weeks" in a story
_add("newyear", ["new"])  # "early in the new year" in a story
_add("weekend", ["weekend", "weekends"])
_add("longw", ["hourlong", "daylong", "nightlong", "weeklong", "monthlong", "yearlong"])
_add("week", ["week"])
_add("qword", ["quarter", "half", "period"])
_add("frac", ["half", "quarter", "quarters"])  # "half an hour", "three quarters of an hour"
_add("nth", ["first", "second", "third", "fourth", "fifth", "last", "final"])  # of a month
_add("qh", ["q", "h"])  # "Q3", "1H19": the letter is a word of its own between digits
_add("yearw", ["nineteen", "eighteen", "twenty", "two"])
_add("clockw", ["five", "ten"])  # "ten past six", "five to nine"
_add("decw", ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
              "nineties"])
_KIND_NAMES = frozenset(set().union(*_WORD_KINDS.values())
                        | {"digit", "year4", "decade2", "early", "hhmm"})
# A text splits into words ("[a-z]+"), clock abbreviations and digit runs; only trigger
# words and digits matter. The trigger words as one prefix tree, each a whole run of
# letters, let the regex engine skip ordinary words instead of handing each to Python.
# The scan for them takes the character before each word along (anything but a letter,
# so the word is whole): a pattern that opens with a class lets the engine skip the
# letters in a loop of its own instead of trying the pattern inside every word. Numbers
# and clock abbreviations have scans of their own (no token overlaps another kind).
_LETTER_WORDS = sorted(w for w in _WORD_KINDS if re.fullmatch(r"[a-z]+", w))
_TREE = word_tree(_LETTER_WORDS)
_WORD = re.compile(rf"[^a-z](?P<w>{_TREE})(?![a-z])")
_FIRST_WORD = re.compile(rf"(?:{_TREE})(?![a-z])")  # a trigger word that opens the text
_CLOCK_ABBREVIATION = with_first_char_check(re.compile(r"(?<![a-z])[ap]\.m\b\.?"))  # "a.m", "p.m."
_NUMBER = with_first_char_check(re.compile(r"'?\d+"))  # "'90s" keeps its apostrophe
_YEAR4 = re.compile(r"1\d\d\d|20\d\d")
_COLON_CLOCK = with_first_char_check(re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)"))  # from digits on


def _find(text: str) -> dict[str, Spans]:
    """Offsets of every trigger word in `text`, by kind, in text order (one dict lookup a
    trigger word)."""
    low = lowered_in_place(text)
    found: dict[str, list[tuple[int, int]]] = {}
    first = _FIRST_WORD.match(low)
    if first is not None:
        for k in _WORD_KINDS[first.group()]:
            found[k] = [first.span()]
    for m in _WORD.finditer(low):
        span = m.span("w")
        for k in _WORD_KINDS[m.group("w")]:
            spans = found.get(k)
            if spans is None:
                found[k] = [span]
            else:
                spans.append(span)
    if ".m" in low:
        clock = False
        for m in _CLOCK_ABBREVIATION.finditer(low):
            for k in _WORD_KINDS[m.group()]:
                found.setdefault(k, []).append(m.span())
            clock = True
        if clock:  # among the clock words of the word scan
            found["clock"].sort()
    for m in _NUMBER.finditer(low):
        w = m.group()
        c = w[0]
        if c == "'":
            kinds: tuple[str, ...] = ("decade2", "digit")
        else:
            n = len(w)
            if n == 4 and _YEAR4.fullmatch(w):
                kinds = ("digit", "year4", "early") if w < "15" else ("digit", "year4")
            elif n == 3 and c != "0":
                kinds = ("digit", "early")  # a year of a history: "in 410"
            elif n == 2 and w[1] == "0" and low.startswith("s", m.end()):
                kinds = ("decade2", "digit")  # "the 80s"
            else:
                kinds = ("digit",)
        span = m.span()
        for k in kinds:
            found.setdefault(k, []).append(span)
    if ":" in low:  # "07:02", "21:14 UTC": 24-hour clocks, rarer than digits
        colon = [m.span() for m in _COLON_CLOCK.finditer(low)]
        if colon:
            found["hhmm"] = colon
    return {k: tuple(v) for k, v in found.items()}


TRIGGERS = Triggers(_find, _KIND_NAMES)
