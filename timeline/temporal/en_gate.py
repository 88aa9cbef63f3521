"""Run each English rule only where it can match.

Every rule needs some word of its own ("Friday", "ago", "quarter", a digit). One scan of
the text finds all such trigger words; each rule's full pattern then runs only in small
windows around the triggers of its kinds. That keeps the tagger fast on long texts
without changing what any rule matches: each windowed match is re-matched on the whole
text, so windows never cut an expression short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from timeline.temporal.en_calendar import HOLIDAYS
from timeline.temporal.en_lexicon import MONTHS, ONES, ORDINALS, TENS, WEEKDAYS

_UNITS = ["second", "minute", "hour", "day", "night", "week", "weekend", "fortnight",
          "month", "quarter", "year", "decade", "period", "half"]

# trigger word -> the kinds of rules it can start
_WORD_KINDS: dict[str, set[str]] = {}


def _add(kind: str, words) -> None:
    for w in words:
        _WORD_KINDS.setdefault(w, set()).add(kind)


_add("clock", ["noon", "midnight", "midday", "clock", "am", "pm"])
_add("setw", ["daily", "nightly", "weekly", "biweekly", "monthly", "annually", "yearly",
              "hourly", "semiannually", "every", "each", "once", "twice", "times"])
_add("century", ["century", "centuries", "century's"])
_add("pod", ["morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
             "nights", "overnight"])
_add("unit", [u + suffix for u in _UNITS for suffix in ("", "s", "'s")] + ["halves"])
_add("ref", ["now", "currently", "current", "recently", "lately", "previously", "past",
             "future", "present", "presently", "moment", "nowadays", "days", "term", "soon",
             "possible", "date"])
_add("deixis", ["today", "yesterday", "tomorrow", "tonight", "today's", "yesterday's",
                "tomorrow's", "tonight's"])
_add("ago", ["ago"])
_add("dir", ["later", "earlier", "after", "before"])
_add("month", MONTHS)
_add("weekday", [w + suffix for w in WEEKDAYS if len(w) > 4 for suffix in ("", "s", "'s")])
_add("season", ["spring", "summer", "fall", "autumn", "winter"])
_add("holiday", {h.split()[0] for h in HOLIDAYS} - {"the"})
_add("fiscal", ["fiscal", "fy"])
_add("numw", list(ONES) + list(TENS) + list(ORDINALS) + ["a", "an", "several", "few", "couple",
                                                         "many", "some"])
_add("yearw", ["nineteen", "eighteen", "twenty", "two"])
_add("decw", ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
              "nineties"])
_KIND_NAMES = set().union(*_WORD_KINDS.values()) | {"digit", "year4", "decade2"}
_WORDS = re.compile(r"[ap]\.m\b\.?|[a-z]+|'?\d+")
_YEAR4 = re.compile(r"1[5-9]\d\d|20\d\d")


@lru_cache(maxsize=8)
def _triggers(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Offsets of every trigger word in `text`, by kind (one pass, one dict lookup a word)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: dict[str, list[tuple[int, int]]] = {}
    get = _WORD_KINDS.get
    for m in _WORDS.finditer(lowered):
        w = m.group()
        kinds = get(w)
        if kinds is None:
            c = w[0]
            if c.isdigit():
                kinds = ("digit", "year4") if len(w) == 4 and _YEAR4.fullmatch(w) else ("digit",)
            elif c == "'":
                kinds = ("decade2", "digit")
            elif c in "ap" and "." in w:
                kinds = ("clock",)
            else:
                continue
        span = m.span()
        for k in kinds:
            found.setdefault(k, []).append(span)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=256)
def _regions(text: str, kinds: tuple[str, ...], left: int, right: int
             ) -> tuple[tuple[int, int], ...]:
    """Merged windows around the trigger words of `kinds` (rules sharing a gate share it)."""
    found = _triggers(text)
    if len(kinds) == 1:
        spans = found.get(kinds[0], ())  # already in text order
    else:
        spans = sorted(s for k in kinds for s in found.get(k, ()))
    regions: list[tuple[int, int]] = []
    cur_lo = cur_hi = -1
    for s, e in spans:
        if s - left <= cur_hi:
            if e + right > cur_hi:
                cur_hi = e + right
            continue
        if cur_hi >= 0:
            regions.append((cur_lo if cur_lo > 0 else 0, cur_hi))
        cur_lo, cur_hi = s - left, e + right
    if cur_hi >= 0:
        regions.append((cur_lo if cur_lo > 0 else 0, cur_hi))
    n = len(text)
    if regions and regions[-1][1] > n:
        regions[-1] = (regions[-1][0], n)
    return tuple(regions)


_LOOKAHEAD = 30  # characters the rules' lookaheads may inspect after a match


class GatedPattern:
    """A compiled pattern that the engine can use like `re.Pattern` (finditer,
    groupindex), searching only around trigger words of the given kinds."""

    def __init__(self, pattern: re.Pattern, kinds: str, left: int = 60, right: int = 40):
        unknown = set(kinds.split()) - _KIND_NAMES
        if unknown:
            raise ValueError(f"unknown trigger kinds {sorted(unknown)}")
        self.pattern = pattern
        self.kinds = tuple(kinds.split())
        self.left, self.right = left, right
        self.groupindex = pattern.groupindex

    def _regions(self, text: str) -> tuple[tuple[int, int], ...]:
        return _regions(text, self.kinds, self.left, self.right)

    def finditer(self, text: str) -> Iterator[re.Match]:
        seen: set[tuple[int, int]] = set()
        last_end = -1
        for lo, hi in self._regions(text):
            for m in self.pattern.finditer(text, max(lo, last_end), hi):
                # a match that ends well inside its window is the whole-text match
                full = m if m.end() + _LOOKAHEAD < hi else self.pattern.match(text, m.start())
                if full is None:
                    continue
                span = full.span()
                if span not in seen:
                    seen.add(span)
                    last_end = max(last_end, full.end())
                    yield full
