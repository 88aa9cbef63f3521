"""A word list searched on lower-cased text finds what the case-insensitive search finds."""

from __future__ import annotations

import itertools
import re

import pytest

from timeline.temporal.caseless import lower_case_words
from timeline.temporal.en_match import _CUE, _CUE_LOWER
from timeline.temporal.gate import lowered


def _found(rx: re.Pattern, lower: re.Pattern, text: str, lo: int, hi: int):
    low = lowered(text)
    m = lower.search(low, lo, hi) if low is not None else rx.search(text, lo, hi)
    return m and m.span()


def test_lower_case_words_find_the_same_spans_as_the_case_insensitive_search():
    rx = re.compile(r"set|vot|hiring|pack", re.IGNORECASE)
    lower = lower_case_words(rx)
    pieces = ["set", "SeT", "ſet", "vOT", "hıring", "HİRING", "hiRing", "pacK", "paCK", "x", " "]
    texts = ["".join(p) for n in (1, 2, 3) for p in itertools.product(pieces, repeat=n)]
    for text in texts:
        for lo, hi in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
            a = rx.search(text, lo, hi)
            assert _found(rx, lower, text, lo, hi) == (a and a.span()), (text, lo, hi)


def test_the_cue_words_of_a_decision():
    for text in ("They VOTED on it", "the ſchedule", "no cue here", "Forecasts", "İzmir set"):
        a = _CUE.search(text)
        assert bool(_found(_CUE, _CUE_LOWER, text, 0, len(text))) == bool(a), text


@pytest.mark.parametrize("rx", [re.compile(r"set|vot"), re.compile(r"a\s+b|c", re.IGNORECASE),
                                re.compile(r"(?:set)|vot", re.IGNORECASE)])
def test_only_case_insensitive_lists_of_plain_words(rx):
    with pytest.raises(ValueError, match="plain words"):
        lower_case_words(rx)
