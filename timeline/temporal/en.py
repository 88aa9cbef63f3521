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
    ("since", r"since|ever\s+since"),
    ("until", r"until|till|through|up\s+to|by|no\s+later\s+than"),
    ("from", r"from|starting|beginning|as\s+of|effective"),
    ("before", r"before|prior\s+to|ahead\s+of"),
    ("after", r"after"),
    ("during", r"during|throughout|over|within"),
]
# one scan for all of them: each alternative must end the text, so at most one matches
_RELATION = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _RELATIONS) + r")\s*$",
    re.IGNORECASE)


def relation(before: str) -> str | None:
    """The relation a preposition right before a span sets ("since" -> since)."""
    m = _RELATION.search(before)
    return m.lastgroup if m else None
