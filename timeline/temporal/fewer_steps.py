"""Two rewrites of a parsed pattern that the regex engine runs in fewer steps.

- An optional group that is more than one character ("(?:(?P<mod>Anfang|Ende)\\s+)?")
  compiles to a REPEAT, which allocates a repeat context on the heap every time a try
  reaches it and goes through the engine's general loop. `X?` matches exactly what
  `(?:X|)` matches, in the same order (X first, then nothing), so it is rewritten as
  that alternation, which costs no allocation. Only where X cannot match the empty
  string (the repeat's zero-width guard would then matter) and X is no single
  character (those compile to a cheap REPEAT_ONE already).
- A class holding \\w, \\d or \\s (or their negations) checks a character against the
  Unicode database, several calls for a word character. The Latin-1 characters of the
  category are added to the class as well: the compiler turns them into a table, looked
  up first, so most characters of German and English text are settled by one lookup.
  The set the class matches is the same.

Both keep spans and groups: the alternation saves and restores the groups as the repeat
does (a group occurs once in a pattern, and one that a loop enters again sits inside a
REPEAT of its own, which this leaves alone).

Applied to the parse tree (re._parser, stable within Python 3.11) before it is
compiled; first_char.py does so for every pattern it compiles with a search set.
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # _simple: what compiles to REPEAT_ONE (Python 3.11)
import re._constants as sre  # the parse tree's node kinds (stable within Python 3.11)
import re._parser as sre_parse

_CATEGORY_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
}
# The Latin-1 characters of each category, as class items (re's own idea of \w, \d, \s).
LATIN_1_OF_CATEGORY = {
    code: [(sre.LITERAL, c) for c in range(0x100) if re.fullmatch(escape, chr(c))]
    for code, escape in _CATEGORY_ESCAPES.items()
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_OTHER_CLASSES = re.IGNORECASE | re.ASCII | re.LOCALE  # flags under which \w is not as above


def fewer_steps(parsed: sre_parse.SubPattern, flags: int) -> bool:
    """Apply both rewrites to `parsed` (fresh from sre_parse.parse with `flags`, held by
    nothing else), in place; True when anything changed. Patterns under IGNORECASE,
    ASCII or LOCALE are left alone (their classes mean or compile otherwise)."""
    if (flags | parsed.state.flags) & _OTHER_CLASSES:
        return False
    changed = False
    for sub in _subpatterns(parsed):
        changed |= _rewrite_items(sub)
    return changed


def _rewrite_items(sub: sre_parse.SubPattern) -> bool:
    """Both rewrites on the items of one sequence (not those below it)."""
    changed = False
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            item = av[2]
            if not sre_compile._simple(item) and item.getwidth()[0] > 0:
                data[i] = (sre.BRANCH, (None, [item, sre_parse.SubPattern(sub.state, [])]))
                changed = True
        elif op is sre.IN:
            items = _with_latin_1_table(av)
            if items is not None:
                data[i] = (sre.IN, items)
                changed = True
    return changed


def _with_latin_1_table(items: list) -> list | None:
    """The class items with the Latin-1 characters of its categories added in front of
    them (None when it has no such category)."""
    added = [c for op, av in items if op is sre.CATEGORY
             for c in LATIN_1_OF_CATEGORY.get(av, ())]
    if not added:
        return None
    negate = [item for item in items if item[0] is sre.NEGATE]  # stays first
    rest = [item for item in items if item[0] is not sre.NEGATE]
    return negate + added + rest


def _subpatterns(sub: sre_parse.SubPattern):
    """`sub` and every sequence below it, the outer ones first, except what a group with
    flags of its own ("(?i:...)", "(?a:...)") holds."""
    yield sub
    for op, av in sub.data:
        if op is sre.BRANCH:
            for alternative in av[1]:
                yield from _subpatterns(alternative)
        elif op is sre.SUBPATTERN:
            if not av[1] & _OTHER_CLASSES:
                yield from _subpatterns(av[3])
        elif op in _REPEATS:
            yield from _subpatterns(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _subpatterns(av[1])
        elif op is sre.ATOMIC_GROUP:
            yield from _subpatterns(av)
        elif op is sre.GROUPREF_EXISTS:
            yield from _subpatterns(av[1])
            if av[2] is not None:
                yield from _subpatterns(av[2])
