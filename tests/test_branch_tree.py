"""Alternations rewritten as prefix trees match exactly what they matched before."""

from __future__ import annotations

import itertools
import re
import re._compiler as sre_compile
import re._constants as sre
import re._parser as sre_parse

import pytest

from timeline.temporal.branch_tree import factor_branches


def _factored(source: str, flags: int = 0) -> tuple[re.Pattern, bool]:
    parsed = sre_parse.parse(source, flags)
    changed = factor_branches(parsed, flags)
    return sre_compile.compile(parsed, flags), changed


def _samples(alphabet: str, longest: int = 4) -> list[str]:
    return ["".join(p) for n in range(longest + 1) for p in itertools.product(alphabet, repeat=n)]


# (an opening that every alternative shares is pulled out by re's parser already)
@pytest.mark.parametrize(("source", "joins"), [
    ("ab|ac|x", True),
    ("a|ab|x", True),  # the shorter one still wins: order kept among the joined
    ("ab|c|ad", True),  # "c" cannot start where "a" does: "ad" moves up past it
    ("ab|a?c|ad", False),  # "a?c" may start with "a": "ad" stays behind it...
    ("ab|[ax]|ad", False),  # "a" alone comes first on "ad"
    ("ab|x*|ad", False),  # ...as behind an alternative that may match nothing
    ("(?P<g>ab)|ac", False),  # a group in front is no shared opening
    ("a(b)|a(c)d|a|x", True),  # groups inside keep their numbers and their values
    ("[Rr]und|[Rr]ot|etwa|[Rr]u", True),
    ("(?:ab|ac|x)+d|ad", True),
    ("(?<=ab|ac|xy)d", True),  # inside a lookbehind: the width stays fixed
    ("b(?:ab|ac|b)?|ba", True),
    ("(?i:ab|ac|x)|ad", False),  # case-insensitive text is left alone
])
def test_factored_alternations_match_what_the_plain_ones_match(source, joins):
    plain = re.compile(source)
    factored, changed = _factored(source)
    assert changed is joins
    for text in _samples("abcdxRrunotw"):
        for pos in range(len(text) + 1):
            a, b = plain.match(text, pos), factored.match(text, pos)
            assert (a and a.regs) == (b and b.regs), (source, text, pos)
        assert [m.regs for m in plain.finditer(text)] == \
            [m.regs for m in factored.finditer(text)], (source, text)


def test_shared_openings_are_pulled_out_in_front():
    parsed = sre_parse.parse("abc|abd|x")
    factor_branches(parsed, 0)
    (op, (_, alternatives)), = parsed.data
    assert op is sre.BRANCH and len(alternatives) == 2  # "ab(?:c|d)" and "x"
    assert [item for item, _ in alternatives[0].data[:2]] == [sre.LITERAL, sre.LITERAL]


def test_a_pattern_without_shared_openings_is_left_as_it_is():
    parsed = sre_parse.parse(r"\d+|[a-z]+x|y")
    before = repr(parsed.data)
    assert not factor_branches(parsed, 0)
    assert repr(parsed.data) == before
