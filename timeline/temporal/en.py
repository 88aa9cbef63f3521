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


# The last word of every phrase: a match ends with one of them (then only white space).
# Most texts before a span end otherwise ("on", "in", "the"), which a look at their last
# characters says without the search. Only while every phrase is words joined by \s+
# (else no such list: every text goes to the search).
_PHRASES = [phrase for _, words in _RELATIONS for phrase in words.split("|")]
_LAST_WORDS = tuple(sorted({p.split("\\s+")[-1] for p in _PHRASES})) if all(
    re.fullmatch(r"[a-z]+(?:\\s\+[a-z]+)*", p) for p in _PHRASES) else ()
_LONGEST_LAST_WORD = max(map(len, _LAST_WORDS), default=0)


def relation(before: str) -> str | None:
    """The relation a preposition right before a span sets ("since" -> since)."""
    if _LAST_WORDS:
        tail = before.rstrip()[-_LONGEST_LAST_WORD:]
        # IGNORECASE pairs an ASCII letter with non-ASCII ones too ("ſ", "ı"): those
        # tails go to the search
        if tail.isascii() and not tail.lower().endswith(_LAST_WORDS):
            return None
    m = _RELATION.search(before)
    return m.lastgroup if m else None
