"""Alternations in a parsed pattern, rewritten as prefix trees.

At an alternation the regex engine tries the alternatives one by one; an alternative
that opens with a literal or a class is refused at its first character, but still costs
a step, and hand-written alternations ("[Rr]und|[Ee]twa|ca\\.|[Cc]irca|...") are tried at
every position a scan passes. `factor_branches` pulls the literal or class that several
alternatives open with out in front ("[Rr](?:und|ot)"), level by level, so a position is
refused after one step per level.

The rewritten pattern matches exactly what the pattern matches, with the same groups:
alternatives that open alike keep their order among themselves, and one moves up past
another only when the other can neither match empty nor begin with any character the
one opens with (at a position the two never both get past their first character, so
which is tried first makes no difference).

Patterns are rewritten after parsing (re._parser, stable within Python 3.11); the
rewritten tree is compiled by the caller. Text under IGNORECASE is left alone.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's node kinds (stable within Python 3.11)
import re._parser as sre_parse

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_WIDEST_RANGE = 256  # a class range wider than this counts as "any character"
# the items that hold patterns of their own
_NESTING = frozenset((sre.BRANCH, sre.SUBPATTERN, *_REPEATS, sre.ASSERT, sre.ASSERT_NOT,
                      sre.ATOMIC_GROUP, sre.GROUPREF_EXISTS))


def factor_branches(parsed: sre_parse.SubPattern, flags: int) -> bool:
    """Rewrite the alternations of `parsed` (a tree fresh from sre_parse.parse with
    `flags`, which nothing else holds) in place as prefix trees; True when anything
    changed."""
    return _rewrite(parsed, bool((flags | parsed.state.flags) & re.IGNORECASE))


def _rewrite(sub: sre_parse.SubPattern, ignorecase: bool) -> bool:
    """Factor the alternations in `sub` and below, in place."""
    data = sub.data
    changed = False
    joined = []  # (index, alternatives) of the alternations factored here
    for i, (op, av) in enumerate(data):
        if op not in _NESTING:
            continue  # a literal, a class, an anchor: nothing inside (most items)
        if op is sre.BRANCH:
            for alternative in av[1]:
                changed |= _rewrite(alternative, ignorecase)
            if not ignorecase:
                factored = _factor(av[1], sub.state)
                if factored is not None:
                    joined.append((i, factored))
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            changed |= _rewrite(inner, (ignorecase or bool(add_flags & re.IGNORECASE))
                                and not del_flags & re.IGNORECASE)
        elif op in _REPEATS:
            changed |= _rewrite(av[2], ignorecase)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            changed |= _rewrite(av[1], ignorecase)
        elif op is sre.ATOMIC_GROUP:
            changed |= _rewrite(av, ignorecase)
        elif op is sre.GROUPREF_EXISTS:
            changed |= _rewrite(av[1], ignorecase)
            if av[2] is not None:
                changed |= _rewrite(av[2], ignorecase)
    for i, alternatives in reversed(joined):  # from the end: indices stay valid
        if len(alternatives) == 1:  # every alternative opened alike: no branch left
            data[i:i + 1] = alternatives[0].data
        else:
            data[i] = (sre.BRANCH, (None, alternatives))
    if joined or changed:
        sub.width = None  # the widths stay the same; let them be worked out again
    return changed or bool(joined)


class _Group:
    """Alternatives that open with the same literal or class, in their order."""

    __slots__ = ("key", "members", "_first")

    def __init__(self, key, member):
        self.key = key  # the item every member opens with (from `_opening`), or None
        self.members = [member]
        self._first = None

    def cannot_start_with(self, chars: frozenset | None) -> bool:
        """Whether no match of these alternatives can open with any of `chars` (nor be
        empty): then an alternative opening with one of them may be tried first."""
        if chars is None:
            return False
        if self._first is None:
            self._first = _first_chars(self.members[0].data)
        first, nullable = self._first
        return not nullable and first is not None and first.isdisjoint(chars)


def _factor(alternatives: list, state) -> list | None:
    """The alternatives with shared openings pulled out in front, or None when no two
    alternatives can be joined."""
    keys = [_opening(a) for a in alternatives]
    shared = [k for k in keys if k is not None]
    if len(set(shared)) == len(shared):
        return None  # no two open alike (most alternations): nothing to join
    groups: list[_Group] = []
    joined = False
    for alternative, key in zip(alternatives, keys, strict=True):
        target = None
        if key is not None:
            chars = None  # the characters `key` matches, worked out when needed
            for group in reversed(groups):
                if group.key == key:
                    target = group
                    break
                # moving up past this group is safe only if it cannot start here
                if chars is None:
                    chars = _first_chars(alternative.data[:1])[0]
                if not group.cannot_start_with(chars):
                    break
        if target is not None:
            target.members.append(alternative)
            joined = True
        else:
            groups.append(_Group(key, alternative))
    if not joined:
        return None
    out = []
    for group in groups:
        if len(group.members) == 1:
            out.append(group.members[0])
            continue
        opening = group.members[0].data[0]
        rests = [sre_parse.SubPattern(state, m.data[1:]) for m in group.members]
        rests = _factor(rests, state) or rests
        if len(rests) == 1:
            data = [opening, *rests[0].data]
        else:
            data = [opening, (sre.BRANCH, (None, rests))]
        out.append(sre_parse.SubPattern(state, data))
    return out


def _opening(alternative: sre_parse.SubPattern):
    """The literal or class an alternative opens with, as a key (None for anything
    else): alternatives with equal keys open with the same characters."""
    data = alternative.data
    if not data:
        return None
    op, av = data[0]
    if op is sre.LITERAL:
        return av
    if op is sre.IN:
        return tuple(av)
    return None


def _class_chars(items) -> frozenset | None:
    chars: set[int] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(av)
        elif op is sre.RANGE and av[1] - av[0] <= _WIDEST_RANGE:
            chars.update(range(av[0], av[1] + 1))
        else:  # a negation, a category or a wide range
            return None
    return frozenset(chars)


def _first_chars(items) -> tuple[frozenset | None, bool]:
    """Every character a match of the sequence can open with (None: any, or not worked
    out), and whether it can match the empty string."""
    first: set[int] = set()
    for op, av in items:
        found, nullable = _first_of(op, av)
        if found is None:
            return None, False
        first |= found
        if not nullable:
            return frozenset(first), False
    return frozenset(first), True


def _first_of(op, av) -> tuple[frozenset | None, bool]:
    if op is sre.LITERAL:
        return frozenset((av,)), False
    if op is sre.IN:
        return _class_chars(av), False
    if op is sre.BRANCH:
        first: set[int] = set()
        nullable = False
        for alternative in av[1]:
            found, empty = _first_chars(alternative.data)
            if found is None:
                return None, False
            first |= found
            nullable = nullable or empty
        return frozenset(first), nullable
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            return None, False
        return _first_chars(sub.data)
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return frozenset(), True
        found, empty = _first_chars(sub.data)
        return found, empty or low == 0
    if op is sre.ATOMIC_GROUP:
        return _first_chars(av.data)
    if op in _ZERO_WIDTH:  # consumes nothing: the next item gives the first character
        return frozenset(), True
    return None, False  # any character, back references, conditionals
