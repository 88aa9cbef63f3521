"""English temporal expressions: the language module the engine runs (RULES, tense,
relation). The lexicon, tense and rules live in en_lexicon, en_tense and en_rules."""

from __future__ import annotations

import re

from timeline.temporal.en_rules import RULES
from timeline.temporal.en_tense import sentence_tense

__all__ = ["RULES", "relation", "tense"]


def tense(sentence: str) -> str:
    """Coarse tense of an English sentence: past, present or future."""
    return sentence_tense(sentence)


_RELATIONS = [
    (re.compile(r"\b(?:since|ever\s+since)\s*$", re.IGNORECASE), "since"),
    (re.compile(r"\b(?:until|till|through|up\s+to|by|no\s+later\s+than)\s*$", re.IGNORECASE),
     "until"),
    (re.compile(r"\b(?:from|starting|beginning|as\s+of|effective)\s*$", re.IGNORECASE), "from"),
    (re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s*$", re.IGNORECASE), "before"),
    (re.compile(r"\bafter\s*$", re.IGNORECASE), "after"),
    (re.compile(r"\b(?:during|throughout|over|within)\s*$", re.IGNORECASE), "during"),
]


def relation(before: str) -> str | None:
    """The relation a preposition right before a span sets ("since" -> since)."""
    for pattern, name in _RELATIONS:
        if pattern.search(before):
            return name
    return None
