"""Let the regex engine reject a start position at its first character.

A search tries the whole pattern at every position it passes. A rule pattern opens with
optional groups of many alternatives, so a failing try costs dozens of steps even where
no alternative can begin. `with_first_char_check` reads off the parsed pattern the set of
characters any match can begin with, and lets the engine refuse every other position at
once, so the checked pattern finds exactly the same matches (same spans, same groups).

The regex engine itself skips, in a tight loop of its own, the positions whose character
is not in a set it knows, but it learns that set only from a pattern that begins with a
character class. So the checked pattern is compiled with that set in its header (the
"info block" Python's own compiler writes for such patterns): a search no longer even
starts the pattern at a refused position. Where that cannot be done, a one-character
lookahead in front refuses those positions instead (a try then costs one step).
"""

from __future__ import annotations

import _sre
import re
import re._compiler as sre_compile  # the code generator (stable within Python 3.11)
import re._constants as sre  # the parse tree's node kinds (stable within Python 3.11)
import re._parser as sre_parse

from timeline.temporal.branch_tree import factor_branches
from timeline.temporal.fewer_steps import LATIN_1_OF_CATEGORY, fewer_steps

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
    """`pattern`, refusing at once a position that holds none of its possible first
    characters (the pattern itself when they are not known)."""
    first = first_char_class(pattern)
    if first is None or _GLOBAL_FLAGS.match(pattern.pattern):  # they must stay in front
        return pattern
    # a group around the pattern keeps a top-level "|" behind the lookahead
    close = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a trailing "# comment"
    grouped = "(?:" + pattern.pattern + close
    # With the set in its header, a search tries the pattern only where the set allows:
    # a lookahead in front would check again what every try has passed.
    checked = _compile_with_search_set(grouped, pattern.flags, first)
    if checked is None:
        checked = re.compile(f"(?={first})" + grouped, pattern.flags)
    if checked.groupindex != pattern.groupindex or checked.groups != pattern.groups:
        return pattern
    return checked


def _compile_with_search_set(source: str, flags: int, first: str) -> re.Pattern | None:
    """`source` compiled with the character class `first` in its info block, as
    _compiler._compile_info writes it for a pattern that begins with a class: a search
    tries the pattern only at positions holding one of those characters (every match of
    `source` must begin with one). None when that cannot be done."""
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:
        return None
    return compile_parsed_with_search_set(parsed, source, flags, first)


def compile_parsed_with_search_set(parsed: sre_parse.SubPattern, source: str, flags: int,
                                   first: str) -> re.Pattern | None:
    """`_compile_with_search_set` for a pattern already parsed (`parsed`, which nothing
    else holds; `source` is what the compiled pattern shows as its text)."""
    try:
        flags |= parsed.state.flags
        factor_branches(parsed, flags)  # alternatives as prefix trees (branch_tree.py)
        fewer_steps(parsed, flags)  # optional groups and \w classes, cheaper (fewer_steps.py)
        low, high = parsed.getwidth()
        (op, av), = sre_parse.parse(first, flags).data
        if op is sre.LITERAL:  # a class of one character
            op, av = sre.IN, [(sre.LITERAL, av)]
        if low == 0 or op is not sre.IN or flags & re.IGNORECASE:
            return None
        charset = _search_set(av)
        # INFO, its length, the charset flag, min and max width of a match, the class
        code = [sre.INFO, 0, sre.SRE_INFO_CHARSET, min(low, sre_compile.MAXCODE),
                min(high, sre_compile.MAXCODE)]
        sre_compile._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        sre_compile._compile(code, parsed.data, flags)
        code.append(sre.SUCCESS)
        index_group = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            index_group[index] = name
        return _sre.compile(source, flags, code, parsed.state.groups - 1,
                            parsed.state.groupdict, tuple(index_group))
    except Exception:  # noqa: BLE001 (another Python's internals: compile it plainly)
        return None


_BEYOND_LATIN_1 = (sre.RANGE, (0x100, 0x10FFFF))


def _search_set(items: list) -> list:
    """The charset code items of a class, widened to every character beyond Latin-1 when
    it holds any (or a category: \\d, \\w, ...): the Latin-1 part becomes one table the
    engine looks up, where a category costs a Unicode database lookup a character (and
    a table of the whole of Unicode costs much to build)."""
    latin_1 = []
    beyond = False
    for op, av in items:
        if op is sre.CATEGORY:
            latin_1 += LATIN_1_OF_CATEGORY[av]
            beyond = True
        elif op is sre.LITERAL and av < 0x100:
            latin_1.append((op, av))
        elif op is sre.RANGE and av[1] < 0x100:
            latin_1.append((op, av))
        elif op in (sre.LITERAL, sre.RANGE):
            if op is sre.RANGE and av[0] < 0x100:
                latin_1.append((op, (av[0], 0xFF)))
            beyond = True
        else:
            raise ValueError(f"unexpected class item {op}")
    charset = sre_compile._optimize_charset(latin_1)[0] if latin_1 else []
    return [*charset, _BEYOND_LATIN_1] if beyond else charset


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
