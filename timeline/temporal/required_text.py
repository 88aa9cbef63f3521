"""The text every match of a pattern contains, to skip windows that lack it.

A gated rule searches a window around each trigger word of its kinds, but most rules need
more than their trigger: "jeden Monat" needs "jede" or "alle", "zwei Wochen später" a
unit word, "1:56 Minuten" a colon. `required_text` reads the parsed pattern and finds
strings of which every match contains at least one; a window without any of them cannot
hold a match, and a quick literal search says so for a fraction of a full scan.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's node kinds (stable within Python 3.11)
import re._parser as sre_parse

_MAX_STRINGS = 24  # more alternatives than this make a search as slow as the rule's own
_MAX_CLASS = 4  # a class of at most this many characters ("[Jj]") spells its strings out
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_text(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern of literal strings, one of which every match of `pattern` contains, or
    None when no such strings are known."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i)
        return None
    strings = _of_sequence(parsed)
    if not strings or min(map(len, strings)) < 2:
        return None  # a single character (a period, a capital) is in nearly every window
    # a string that holds another adds nothing: the shorter one is found wherever it is
    strings = {s for s in strings if not any(t != s and t in s for t in strings)}
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))


def _of_sequence(items) -> set[str] | None:
    """Strings one of which a match of the sequence contains: the most selective choice
    among runs of literal characters and the items that need strings of their own."""
    best = None
    run = {""}  # the strings a run of literal characters spells, so far
    for op, av in items:
        chars = _chars(op, av)
        if chars is not None:
            if len(run) * len(chars) <= _MAX_STRINGS:
                run = {r + c for r in run for c in chars}
                continue
            best = _more_selective(best, run)
            run = set(chars)
            continue
        if run != {""}:
            best = _more_selective(best, run)
            run = {""}
        best = _more_selective(best, _of_item(op, av))
    if run != {""}:
        best = _more_selective(best, run)
    return best


def _chars(op, av) -> list[str] | None:
    """The characters a literal or a small class matches (None for anything else)."""
    if op is sre.LITERAL:
        return [chr(av)]
    if op is not sre.IN:
        return None
    chars: list[str] = []
    for kind, value in av:
        if kind is sre.LITERAL:
            chars.append(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars += [chr(c) for c in range(value[0], value[1] + 1)]
        else:  # a negation, a category or a wide range
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _of_item(op, av) -> set[str] | None:
    if op is sre.BRANCH:  # a match takes one alternative: the union of theirs
        strings: set[str] = set()
        for alternative in av[1]:
            found = _of_sequence(alternative)
            if found is None:
                return None
            strings |= found
        return strings if len(strings) <= _MAX_STRINGS else None
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & re.IGNORECASE else _of_sequence(sub)
    if op in _REPEATS:
        low, _, sub = av
        return _of_sequence(sub) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _of_sequence(av)
    return None  # lookarounds consume nothing; other items need no particular text


def _more_selective(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The set that rules out more windows: no one-character string (punctuation is
    everywhere), then fewer strings (a lexicon of many words usually holds the trigger
    word itself), then longer ones."""
    if a is None or b is None:
        return a if b is None else b
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(strings: set[str]) -> tuple[bool, int, int]:
    folded = {s.lower() for s in strings}
    folded = {s for s in folded if not any(t != s and t in s for t in folded)}
    shortest = min(map(len, folded))
    return shortest >= 2, -len(folded), shortest
