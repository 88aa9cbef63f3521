"""Let the regex engine reject a start position at its first character.

A search tries the whole pattern at every position it passes. A rule pattern opens with
optional groups of many alternatives, so a failing try costs dozens of steps even where
no alternative can begin. `with_first_char_check` puts a one-character lookahead in
front: the set of characters any match can begin with, read off the parsed pattern. The
lookahead only refuses positions where the pattern cannot match, so the checked pattern
finds exactly the same matches (same spans, same groups).
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's node kinds (stable within Python 3.11)
import re._parser as sre_parse

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """A construct whose first characters this module does not work out."""


def first_char_class(pattern: re.Pattern) -> str | None:
    """A character class holding every character a match of `pattern` can begin with,
    or None when that is not known (or a match may be empty)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:  # an inline (?i)
            return None
        items, nullable = _first(parsed)
    except (_Unknown, re.error):
        return None
    if nullable or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def with_first_char_check(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead for its possible first characters in front (the
    pattern itself when they are not known)."""
    first = first_char_class(pattern)
    if first is None or _GLOBAL_FLAGS.match(pattern.pattern):  # they must stay in front
        return pattern
    # a group around the pattern keeps a top-level "|" behind the lookahead
    close = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a trailing "# comment"
    checked = re.compile(f"(?={first})(?:" + pattern.pattern + close, pattern.flags)
    if checked.groupindex != pattern.groupindex or checked.groups != pattern.groups:
        return pattern
    return checked


def _first(seq) -> tuple[list[str], bool]:
    """Class items for the first character of a parsed sequence, and whether the
    sequence can match the empty string."""
    items: list[str] = []
    for op, av in seq:
        found, nullable = _first_of(op, av)
        items += found
        if not nullable:
            return items, False
    return items, True


def _first_of(op, av) -> tuple[list[str], bool]:
    if op is sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is sre.IN:
        return _class_items(av), False
    if op is sre.BRANCH:
        items: list[str] = []
        nullable = False
        for alternative in av[1]:
            found, empty = _first(alternative)
            items += found
            nullable = nullable or empty
        return items, nullable
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _first(sub)
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return [], True
        found, empty = _first(sub)
        return found, empty or low == 0
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op in _ZERO_WIDTH:  # consumes nothing: the next item gives the first character
        return [], True
    raise _Unknown  # any character, back references, conditionals


def _class_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class, or a category without a class escape
            raise _Unknown
    return out
