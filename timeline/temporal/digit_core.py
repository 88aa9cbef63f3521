"""The part of a pattern from its first digit on: a cheap test of whether a window can hold
a match.

Many rules open with words (prepositions, modifiers: "am", "bis zum", "um das Jahr") and
then need digits ("am 3.5.", "um 800"). Scanning such a pattern tries it at every position
where one of those words could begin, that is at most letters of every window around a
digit. Every match of the pattern holds a match of its tail from the first item that must
begin with a digit (with the lookarounds right before that item): the tail matches the
same characters with the same lookarounds, searched in the same window. Searched on its
own, the tail is tried at digits only; where it finds nothing, the window cannot hold a
match and its scan is skipped (gate.py, as with the strings of required_text.py).

The tail is taken from the pattern's top-level sequence, with plain groups around parts of
it opened up (a group that is no alternative or repeat is matched once, in sequence).
Patterns that refer back to groups, or whose matches open with a digit anyway, get none.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's node kinds (stable within Python 3.11)
import re._parser as sre_parse

from timeline.temporal.first_char import _first, _Unknown, compile_parsed_with_search_set

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_BACK_REFERENCES = (sre.GROUPREF, sre.GROUPREF_EXISTS)
_LATIN_1 = "".join(map(chr, range(0x100)))
_DIGITS = frozenset("0123456789")


def digit_core(pattern: re.Pattern) -> re.Pattern | None:
    """The tail of `pattern` from its first item that must begin with a digit, compiled to
    be tried at digits only; None when there is no such tail or the pattern itself opens
    with digits."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE or _refers_back(parsed.data):
            return None
        if _opens_with_digits(parsed.data):
            return None  # the pattern is tried at digits already
        items = _opened(parsed.data)
        start = next((i for i, item in enumerate(items) if _opens_with_digits([item])), None)
        if start is None:
            return None
        while start > 0 and items[start - 1][0] in _ZERO_WIDTH:
            start -= 1  # "(?<![\d.,])" before the digits belongs to them
        tail = sre_parse.SubPattern(parsed.state, items[start:])
        first, nullable = _first(tail.data)
    except (_Unknown, re.error):
        return None
    if nullable:
        return None
    return compile_parsed_with_search_set(
        tail, f"(from the digits of) {pattern.pattern}", pattern.flags,
        "[" + "".join(dict.fromkeys(first)) + "]")


def _opened(items) -> list:
    """The items of a sequence, with every plain group (no flags of its own) replaced by
    its own items: a group matched once, in sequence, takes part like its items."""
    out = []
    for op, av in items:
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            out += _opened(av[3].data)
        else:
            out.append((op, av))
    return out


def _opens_with_digits(items) -> bool:
    """Whether every match of the sequence opens with a digit (and none is empty)."""
    try:
        first, nullable = _first(items)
    except _Unknown:
        return False
    if nullable or not first:
        return False
    opening = re.compile("[" + "".join(first) + "]")
    return all(c in _DIGITS for c in _LATIN_1 if opening.match(c))


def _refers_back(items) -> bool:
    """Whether the sequence holds a back reference or a conditional group anywhere."""
    for op, av in items:
        if op in _BACK_REFERENCES:
            return True
        if op is sre.BRANCH:
            if any(_refers_back(a.data) for a in av[1]):
                return True
        elif op is sre.SUBPATTERN:
            if _refers_back(av[3].data):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _refers_back(av[2].data):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _refers_back(av[1].data):
                return True
        elif op is sre.ATOMIC_GROUP and _refers_back(av.data):
            return True
    return False
