"""The tail of a pattern from its digits: found where the pattern opens with words, and
found in every window where the pattern matches."""

from __future__ import annotations

import re

import pytest

from timeline.temporal.digit_core import digit_core

TEXT = ("Am 3.5. und vom 12.6. bis zum 14.6. um 800 im Jahr 955, seit 1990, am 3. Mai; "
        "Bis 7.8 nichts, 12.12.12, um 8 Uhr, am Samstag, 2.1., 44 v. Chr., Nr. 3.5.x")


@pytest.mark.parametrize("source", [
    r"(?:\b(?:[Aa]m|[Vv]om|[Bb]is(?:\s+zum)?)\s+)(?P<t>(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.)"
    r"(?![\d])",
    r"(?:(?<![\w-])(?P<um>[Uu]m)\s+|(?P<lead>Jahre?)\s+)?(?<![\d.,])(?P<ey>[1-9]\d{2})(?!\d)",
    r"\b(?:am\s+)?(?P<day>[0-3]?\d)\.\s*(?P<month>Mai|Juni)",
    r"(?:[Ss]eit\s+)?(?P<y>\d{4})",
    r"(?P<w>[A-Z]\w+),\s+(?P<d>\d+)\.(?P<m>\d+)\.",
])
def test_a_window_with_a_match_holds_a_match_of_the_tail(source):
    pattern = re.compile(source)
    core = digit_core(pattern)
    assert core is not None
    for lo in range(len(TEXT)):
        for hi in range(lo, min(len(TEXT), lo + 40) + 1):
            if pattern.search(TEXT, lo, hi) is not None:
                assert core.search(TEXT, lo, hi) is not None, (source, TEXT[lo:hi])


def test_the_tail_rules_out_windows_without_its_digits():
    pattern = re.compile(r"(?:\b(?:[Aa]m|[Vv]om)\s+)(?P<t>[0-3]?\d\.[01]?\d\.)(?!\d)")
    core = digit_core(pattern)
    assert core.search("am Montag vom Verein am 3. Mai") is None  # words, but no "3.5."
    assert core.search("seit 3.5. dort") is not None  # the tail alone: a cheap first test
    assert core.groupindex == pattern.groupindex or core.groups >= 1


@pytest.mark.parametrize("source", [
    r"(?<![\d.,])(?P<year>1[0-9]{3}|20[0-9]{2})",  # opens with digits: tried at them already
    r"\b(?:am|im)\s+(?P<m>Mai|Juni)",  # no digits at all
    r"(?P<a>am)\s+(?P=a)\s+\d+",  # refers back to a group
    r"(?:am\s+)?\d*",  # the tail may match nothing
])
def test_patterns_without_a_useful_tail_get_none(source):
    assert digit_core(re.compile(source)) is None
    assert digit_core(re.compile(r"am\s+\d+", re.IGNORECASE)) is None
