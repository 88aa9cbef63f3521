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
from timeline.temporal.en_lexicon import MONTHS, WEEKDAYS

_UNITS = ["second", "minute", "hour", "day", "night", "week", "weekend", "fortnight",
          "month", "quarter", "year", "decade", "period", "half"]

# trigger word -> the kinds of rules it can start
_WORD_KINDS: dict[str, set[str]] = {}


def _add(kind: str, words) -> None:
    for w in words:
        _WORD_KINDS.setdefault(w, set()).add(kind)


_add("clock", ["noon", "midnight", "midday", "clock", "am", "pm", "a.m", "a.m.", "p.m", "p.m."])
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
_add("yearw", ["nineteen", "eighteen", "twenty", "two"])
_add("decw", ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
              "nineties"])
_KIND_NAMES = set().union(*_WORD_KINDS.values()) | {"digit", "year4", "decade2"}
_WORDS = re.compile(r"[ap]\.m\b\.?|[a-z]+|'?\d+")
_YEAR4 = re.compile(r"1[5-9]\d\d|20\d\d")


@lru_cache(maxsize=8)
def _triggers(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Offsets of every trigger word in `text`, by kind (one pass, one dict lookup a word)."""
    low = lowered(text)
    if low is None:  # a letter whose lower case is longer: keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: dict[str, list[tuple[int, int]]] = {}
    get = _WORD_KINDS.get
    for m in _WORDS.finditer(low):
        w = m.group()
        kinds = get(w)
        if kinds is None:
            c = w[0]
            if c >= "a":  # an ordinary word (the commonest case: one comparison)
                continue
            if c == "'":
                kinds = ("decade2", "digit")
            else:
                kinds = ("digit", "year4") if len(w) == 4 and _YEAR4.fullmatch(w) else ("digit",)
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


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """`text` in lower case, or None when lower-casing would move offsets ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else None


_LITERAL_LETTER = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\.|[A-Z]")


def lower_case_pattern(pattern: re.Pattern) -> re.Pattern:
    """The same pattern for lower-cased text, without IGNORECASE: the regex engine skips
    a case-sensitive alternative at its first letter, which makes the scan several times
    faster. Escapes (\\S, \\W) and group names keep their case."""
    source = _LITERAL_LETTER.sub(
        lambda m: m.group() if len(m.group()) > 1 else m.group().lower(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


class GatedPattern:
    """A compiled pattern that the engine can use like `re.Pattern` (finditer,
    groupindex), searching only around trigger words of the given kinds."""

    def __init__(self, pattern: re.Pattern, kinds: str, left: int = 60, right: int = 40):
        unknown = set(kinds.split()) - _KIND_NAMES
        if unknown:
            raise ValueError(f"unknown trigger kinds {sorted(unknown)}")
        self.pattern = pattern
        # scans lower-cased text; every hit is matched again on the text itself
        self.fast = lower_case_pattern(pattern) if pattern.flags & re.IGNORECASE else None
        self.kinds = tuple(kinds.split())
        self.left, self.right = left, right
        self.groupindex = pattern.groupindex

    def _regions(self, text: str) -> tuple[tuple[int, int], ...]:
        return _regions(text, self.kinds, self.left, self.right)

    def finditer(self, text: str) -> Iterator[re.Match]:
        regions = self._regions(text)
        if not regions:
            return
        low = lowered(text) if self.fast is not None else None
        scan, subject = (self.fast, low) if low is not None else (self.pattern, text)
        seen: set[tuple[int, int]] = set()
        last_end = -1
        for lo, hi in regions:
            for m in scan.finditer(subject, max(lo, last_end), hi):
                # a match ending well inside its window is the whole-text match; re-match
                # the others, and every match found on lower-cased text, on the text itself
                if scan is self.pattern and m.end() + _LOOKAHEAD < hi:
                    full = m
                else:
                    full = self.pattern.match(text, m.start())
                if full is None:
                    continue
                span = full.span()
                if span not in seen:
                    seen.add(span)
                    last_end = max(last_end, full.end())
                    yield full
