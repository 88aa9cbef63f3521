"""Optional groups as alternations and \\w classes with a Latin-1 table match exactly what
the patterns matched before: same spans, same groups, same last group."""

from __future__ import annotations

import itertools
import re
import re._compiler as sre_compile
import re._constants as sre
import re._parser as sre_parse

import pytest

from timeline.temporal.fewer_steps import fewer_steps
from timeline.temporal.first_char import with_first_char_check


def _rewritten(source: str, flags: int = 0) -> tuple[re.Pattern, bool]:
    parsed = sre_parse.parse(source, flags)
    changed = fewer_steps(parsed, flags)
    return sre_compile.compile(parsed, flags), changed


def _samples(alphabet: str, longest: int = 4) -> list[str]:
    return ["".join(p) for n in range(longest + 1) for p in itertools.product(alphabet, repeat=n)]


def _same(plain: re.Pattern, other: re.Pattern, texts) -> None:
    for text in texts:
        for pos in range(len(text) + 1):
            a, b = plain.match(text, pos), other.match(text, pos)
            assert (a and (a.regs, a.lastindex)) == (b and (b.regs, b.lastindex)), \
                (plain.pattern, text, pos)
        assert [(m.regs, m.lastindex) for m in plain.finditer(text)] == \
            [(m.regs, m.lastindex) for m in other.finditer(text)], (plain.pattern, text)


@pytest.mark.parametrize(("source", "changes"), [
    ("(?:ab)?a", True),
    ("(?P<x>a)?(?P<y>ab)?b", True),  # groups inside keep their values and numbers
    ("(?:(a)|b)?(?:ab)?a", True),  # a branch inside, backtracking into the empty choice
    ("((?:a(b)?)?c)?a", True),  # nested, inside a group that closes after it
    ("(?:(a)b?)+(?:(b)a)?", True),  # a group a loop enters again stays in its repeat
    ("(?:a*)?b", False),  # may match empty: left as it is
    ("a?(?:b)?c", False),  # one character: a cheap repeat already
    ("(?:ab)??a", False),  # lazy: left as it is
    ("(?i:(?:ab)?)a", False),  # a scoped flag: left alone
])
def test_optional_groups_match_what_they_matched(source, changes):
    rewritten, changed = _rewritten(source)
    assert changed is changes
    _same(re.compile(source), rewritten, _samples("abc"))


@pytest.mark.parametrize("source", [
    r"(?<![\w-])ab", r"\w+", r"[^\w.]+", r"\W\d+", r"[\s,]+\S", r"(?:\d|\D)x",
])
def test_classes_with_a_table_match_the_same_characters(source):
    rewritten, changed = _rewritten(source)
    assert changed
    every_latin_1 = "".join(map(chr, range(0x100)))
    beyond = "ŁΩж߀–“”„‐\u2028\u3000ǅ٣"  # letters, digits and spaces beyond Latin-1 too
    _same(re.compile(source), rewritten, [every_latin_1, beyond, "ab-ab 12.x", "aéb ĳ_x"])
    _same(re.compile(source), rewritten, _samples("a1 -é\u2013Ł", 3))


def test_the_table_goes_in_front_of_the_category():
    parsed = sre_parse.parse(r"[^\w-]")
    fewer_steps(parsed, 0)
    (op, items), = parsed.data
    assert op is sre.IN and items[0] == (sre.NEGATE, None)
    assert (sre.LITERAL, ord("é")) in items and items[-2:] == [
        (sre.CATEGORY, sre.CATEGORY_WORD), (sre.LITERAL, ord("-"))]


def test_patterns_whose_classes_mean_otherwise_are_left_alone():
    for flags in (re.IGNORECASE, re.ASCII):
        _, changed = _rewritten(r"(?:ab)?\w", flags)
        assert not changed
    _, changed = _rewritten(r"(?a:\w)x")
    assert not changed


def test_checked_patterns_use_it_and_keep_their_matches():
    source = r"(?<![\w-])(?:(?P<mod>Anfang|Ende)\s+)?(?P<m>Mai|Juni)(?:\s+(?P<y>\d{4}))?"
    checked = with_first_char_check(re.compile(source))
    text = "Ende Mai 2015, Anfang Juni, Mai-Juni, zum Ende  Mai 99, Maie, Mai 2015x"
    _same(re.compile(source), checked, [text, text.upper(), text.lower()])
