"""Run each rule only near words that can start or carry its expression.

A language supplies a `Triggers`: one pass over a text that sorts its trigger words into
kinds ("month", "unit", "digit" ...). A rule's pattern then searches only in windows
around the triggers of its kinds (merged when close); every hit that could reach past its
window is matched again on the whole text from the same start, so a window never cuts an
expression short. A rule matches what it would match on the whole text, as long as an
expression does not reach further than the window margins from its trigger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

Spans = tuple[tuple[int, int], ...]
TriggerFinder = Callable[[str], dict[str, Spans]]


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """`text` in lower case, or None when lower-casing would move offsets ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else None


def lowered_in_place(text: str) -> str:
    """`text` in lower case, keeping every offset: a letter whose lower case is longer
    stays as it is."""
    low = lowered(text)
    if low is None:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


class Triggers:
    """A language's trigger words: `find(text)` gives the spans of each kind in text order;
    windows closer than `merge_gap` characters are searched as one (a regex call can cost
    more than the gap)."""

    def __init__(self, find: TriggerFinder, kinds: frozenset[str], merge_gap: int = 0):
        self.find = lru_cache(maxsize=8)(find)
        self.kinds = kinds
        self.merge_gap = merge_gap

    def regions(self, text: str, kinds: tuple[str, ...], left: int, right: int) -> Spans:
        return _regions(self, text, kinds, left, right)


@lru_cache(maxsize=256)
def _regions(triggers: Triggers, text: str, kinds: tuple[str, ...], left: int, right: int
             ) -> Spans:
    """Merged windows around the trigger words of `kinds` (rules sharing a gate share it)."""
    found = triggers.find(text)
    if len(kinds) == 1:
        spans = found.get(kinds[0], ())  # already in text order
    else:
        spans = sorted(s for k in kinds for s in found.get(k, ()))
    reach = left + triggers.merge_gap  # a window starting this close joins the previous
    regions: list[tuple[int, int]] = []
    cur_lo = cur_hi = -1
    for s, e in spans:
        if s - reach <= cur_hi:
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

_LITERAL_LETTER = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\.|[A-Z]")


def lower_case_pattern(pattern: re.Pattern) -> re.Pattern:
    """The same pattern for lower-cased text, without IGNORECASE: the regex engine skips
    a case-sensitive alternative at its first letter, which makes the scan several times
    faster. Escapes (\\S, \\W) and group names keep their case."""
    source = _LITERAL_LETTER.sub(
        lambda m: m.group() if len(m.group()) > 1 else m.group().lower(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


class GatedPattern:
    """A compiled pattern the engine uses like `re.Pattern` (finditer, groupindex) that
    searches only around trigger words of the given kinds."""

    def __init__(self, pattern: re.Pattern, triggers: Triggers, kinds: str, left: int,
                 right: int):
        unknown = set(kinds.split()) - triggers.kinds
        if unknown:
            raise ValueError(f"unknown trigger kinds {sorted(unknown)}")
        self.pattern = pattern
        self.triggers = triggers
        # scans lower-cased text; every hit is matched again on the text itself
        self.fast = lower_case_pattern(pattern) if pattern.flags & re.IGNORECASE else None
        self.kinds = tuple(kinds.split())
        self.left, self.right = left, right
        self.groupindex = pattern.groupindex

    def _regions(self, text: str) -> Spans:
        return _regions(self.triggers, text, self.kinds, self.left, self.right)

    def finditer(self, text: str) -> Iterator[re.Match]:
        regions = _regions(self.triggers, text, self.kinds, self.left, self.right)
        if not regions:
            return
        low = lowered(text) if self.fast is not None else None
        scan, subject = (self.fast, low) if low is not None else (self.pattern, text)
        exact = scan is self.pattern
        match = self.pattern.match
        seen: set[tuple[int, int]] = set()
        last_end = -1
        for lo, hi in regions:
            for m in scan.finditer(subject, lo if lo > last_end else last_end, hi):
                # a match ending well inside its window is the whole-text match; re-match
                # the others, and every match found on lower-cased text, on the text itself
                if exact and m.end() + _LOOKAHEAD < hi:
                    full = m
                else:
                    full = match(text, m.start())
                    if full is None:
                        continue
                span = full.span()
                if span not in seen:
                    seen.add(span)
                    if span[1] > last_end:
                        last_end = span[1]
                    yield full
