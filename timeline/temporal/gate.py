"""Run each rule only near words that can start or carry its expression.

A language supplies a `Triggers`: one pass over a text that sorts its trigger words into
kinds ("month", "unit", "digit" ...). A rule's pattern then searches only in windows
around the triggers of its kinds (merged when close); every hit that could reach past its
window is matched again on the whole text from the same start, so a window never cuts an
expression short. A rule matches what it would match on the whole text, as long as an
expression does not reach further than the window margins from its trigger.

Two checks make a window cheaper without changing what it yields: the scanned pattern
refuses at once a position whose character no match begins with (first_char.py), and a
window holding none of the strings every match needs is not scanned (required_text.py),
nor one without a match of the pattern's tail from its digits (digit_core.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import chain

from timeline.temporal.digit_core import digit_core
from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.required_text import required_text

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


def window_key(kinds: tuple[str, ...], left: int, right: int) -> str:
    """The memo key of the windows around `kinds` with these margins."""
    return f"{' '.join(kinds)}|{left}|{right}"


class Triggers:
    """A language's trigger words: `find(text)` gives the spans of each kind in text order;
    windows closer than `merge_gap` characters are searched as one (a regex call can cost
    more than the gap)."""

    def __init__(self, find: TriggerFinder, kinds: frozenset[str], merge_gap: int = 0):
        self.find = lru_cache(maxsize=8)(find)
        self.kinds = kinds
        self.merge_gap = merge_gap
        # The text last asked about, with its trigger spans by kinds and its windows by
        # (kinds, left, right): every rule asks in turn, and rules with the same kinds or
        # the same gate share them. One tuple, replaced whole, so threads tagging
        # different texts at once never mix their windows.
        self._memo: tuple[str | None, dict, dict] = (None, {}, {})

    def regions(self, text: str, kinds: tuple[str, ...], left: int, right: int) -> Spans:
        """Merged windows around the trigger words of `kinds` in `text`."""
        return self.windows(text, window_key(kinds, left, right), kinds, left, right)

    def text_memo(self, text: str) -> tuple[dict[str, Spans], dict[str, Spans]]:
        """The trigger spans of `text` by kind, and the memo of its windows by key (from
        `window_key`; what `windows` has computed for it so far): what the engine looks
        up once per text instead of once per rule."""
        memo_text, _, windows_of = self._memo
        if memo_text is not text:
            windows_of = {}
            self._memo = (text, {}, windows_of)
        return self.find(text), windows_of

    def windows(self, text: str, key: str, kinds: tuple[str, ...], left: int,
                right: int) -> Spans:
        """`regions`, memoized under `key` (from `window_key`: a string, whose hash Python
        keeps, so the lookup a rule makes per text costs no tuple hashing)."""
        memo_text, spans_of, windows_of = self._memo
        if memo_text is not text:
            spans_of, windows_of = {}, {}
            self._memo = (text, spans_of, windows_of)
        else:
            windows = windows_of.get(key)
            if windows is not None:
                return windows
        windows = windows_of[key] = self.new_windows(text, kinds, left, right)
        return windows

    def new_windows(self, text: str, kinds: tuple[str, ...], left: int, right: int) -> Spans:
        """The windows `windows` memoizes, worked out anew (the engine calls this after
        `text_memo`, on a miss in its memo)."""
        memo_text, spans_of, _ = self._memo
        if memo_text is not text:  # another thread's text since: keep its memo apart
            spans_of = {}
        spans = spans_of.get(kinds)
        if spans is None:
            found = self.find(text)
            if len(kinds) == 1:
                spans = found.get(kinds[0], ())  # already in text order
            else:
                spans = sorted(chain.from_iterable([found.get(k, ()) for k in kinds]))
            spans_of[kinds] = spans
        if not spans:
            windows = ()
        elif len(spans) == 1:  # one trigger word (the common case): `_merge`, inline
            (s, e), = spans
            lo = s - left if s >= left + self.merge_gap else 0
            hi = e + right
            windows = ((lo if lo > 0 else 0, hi if hi < len(text) else len(text)),)
        else:
            windows = self._merge(spans, left, right, len(text))
        return windows

    def _merge(self, spans, left: int, right: int, n: int) -> Spans:
        """Windows from `left` before to `right` after each span, merged when close."""
        reach = left + self.merge_gap  # a window starting this close joins the previous
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
        regions.append((cur_lo if cur_lo > 0 else 0, cur_hi if cur_hi < n else n))
        return tuple(regions)


_LOOKAHEAD = 30  # characters the rules' lookaheads may inspect after a match
# A rule keeps its required-strings check while it rules out at least one window in
# _CHECK_WORTH; judged after _CHECK_TRIAL windows let through.
_CHECK_TRIAL = 500
_CHECK_WORTH = 8

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
        lower = lower_case_pattern(pattern) if pattern.flags & re.IGNORECASE else None
        self.fast = with_first_char_check(lower) if lower is not None else None
        # scans the text itself: the same matches, found with fewer tries
        self.checked = with_first_char_check(pattern)
        # what every match holds (a window without it is skipped), for the lower-cased
        # text and for the text itself: the checks in turn, the one in use as `needs`;
        # worked out on the first scan (parsing every pattern again costs start-up time)
        self._lower = lower
        self.fast_checks = self.checks = None
        self.fast_needs = self.needs = None
        # windows the check ruled out and let through: a check that rarely rules one out
        # (every window holds the strings, e.g. the trigger word itself) only costs time,
        # and gives way to the next
        self.ruled_out = self.let_through = 0
        self.kinds = tuple(kinds.split())
        self.left, self.right = left, right
        self.window_key = window_key(self.kinds, left, right)
        # the spans of several kinds are merged in text order, whatever the order of the
        # kinds: one order lets rules that list them differently share the merge
        self.span_kinds = tuple(sorted(self.kinds))
        self.groupindex = pattern.groupindex
        self.narrows = "t" in pattern.groupindex  # a group "t" narrows the span

    def _regions(self, text: str) -> Spans:
        return self.triggers.regions(text, self.kinds, self.left, self.right)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return iter(self.matches(text))

    def matches(self, text: str) -> list[re.Match]:
        """The matches `finditer` yields, as a list (the engine takes them all at once)."""
        triggers = self.triggers
        memo_text, _, windows_of = triggers._memo  # the windows' memo, looked up in place
        regions = windows_of.get(self.window_key) if memo_text is text else None
        if regions is None:
            regions = triggers.windows(text, self.window_key, self.span_kinds, self.left,
                                       self.right)
        if not regions:
            return []
        return self.scan(text, regions, lowered(text) if self.fast is not None else None)

    def _first_checks(self) -> None:
        """Work out the checks (see __init__) and put the first ones in use."""
        lower = self._lower
        self.fast_checks = _checks(lower) if lower is not None else ()
        self.checks = _checks(self.pattern)
        self.fast_needs = self.fast_checks[0] if self.fast_checks else None
        self.needs = self.checks[0] if self.checks else None

    def _next_checks(self) -> None:
        """Give up the checks in use, which hardly ever rule a window out, for the next
        ones (none when none is left), judged anew."""
        self.checks, self.fast_checks = self.checks[1:], self.fast_checks[1:]
        self.needs = self.checks[0] if self.checks else None
        self.fast_needs = self.fast_checks[0] if self.fast_checks else None
        self.ruled_out = self.let_through = 0

    def scan(self, text: str, regions: Spans, low: str | None) -> list[re.Match]:
        """The matches in `regions` (this pattern's windows in `text`, not empty); `low` is
        `lowered(text)`, or None when this pattern does not scan lower-cased text."""
        if self.checks is None:
            self._first_checks()
        if low is not None:
            scan, subject, needs = self.fast, low, self.fast_needs
        else:
            scan, subject, needs = self.checked, text, self.needs
        exact = low is None  # scanning the text itself
        if needs is not None and self.let_through > _CHECK_TRIAL and \
                self.ruled_out * _CHECK_WORTH < self.let_through:
            self._next_checks()  # (the matches stay the same)
            needs = self.fast_needs if low is not None else self.needs
        # the re-match on the text itself: `checked` matches exactly what the pattern
        # matches, in fewer steps (for a case-insensitive pattern it is the pattern)
        match = self.checked.match
        search, finditer = scan.search, scan.finditer
        found: list[re.Match] = []
        last_end = -1
        ruled_out = let_through = 0
        # Windows are disjoint and in text order, and a scan yields rising starts: every
        # match starts after the one before, so none is found twice.
        for lo, hi in regions:
            if lo < last_end:
                lo = last_end
            if needs is not None:
                if needs.search(subject, lo, hi) is None:
                    ruled_out += 1
                    continue
                let_through += 1
            m = search(subject, lo, hi)
            if m is None:
                continue  # most windows hold no match: one search says so
            # finditer(subject, lo, hi), one search at a time (a window seldom holds more
            # than one match: no iterator to make); an empty match goes to finditer, which
            # moves past it its own way
            hits = []
            while m is not None and m.end() > m.start():
                hits.append(m)
                m = search(subject, m.end(), hi)
            if m is not None:
                hits.extend(finditer(subject, m.start(), hi))
            for m in hits:
                # a match ending well inside its window is the whole-text match; re-match
                # the others, and every match found on lower-cased text, on the text itself
                if exact and m.end() + _LOOKAHEAD < hi:
                    full = m
                else:
                    full = match(text, m.start())
                    if full is None:
                        continue
                end = full.end()
                if end > last_end:
                    last_end = end
                found.append(full)
        if needs is not None:
            self.ruled_out += ruled_out
            self.let_through += let_through
        return found


def _checks(pattern: re.Pattern) -> tuple[re.Pattern, ...]:
    """What a window must hold for `pattern` to match in it, the likely more telling
    first: one of the strings every match holds (required_text.py), the pattern's tail
    from its digits (digit_core.py)."""
    return tuple(check for check in (required_text(pattern), digit_core(pattern))
                 if check is not None)
