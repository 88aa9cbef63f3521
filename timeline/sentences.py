"""Split a body into sentences, as character spans, for German and English news.

Rule-based: a sentence ends at . ! ? (optionally followed by closing quotes) when the
next word starts a new sentence, and at every line break between paragraphs. German
ordinals ("am 4. Mai"), abbreviations and initials do not end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = frozenset(
    """
    z.b bzw ca dr prof nr st str usw u.a evtl ggf inkl vgl abs art bspw mio mrd tsd
    jan feb febr mär apr jun jul aug sep sept okt nov dez jh jhd etc sog hl allg
    mr mrs ms jr sr gen col lt sgt gov sen rep corp inc ltd co vs no fig dept est approx
    u.s u.k u.n a.m p.m e.g i.e mt ft
    """.split()
)

_BOUNDARY = re.compile(r"""([.!?]+)(["'»«“”„)]*)(\s+)(?=["'»«“„(]?[A-ZÄÖÜ0-9])|\n\s*\n|\n(?=\S)""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@lru_cache(maxsize=8)  # the tagger and the event builder split the same body in turn
def split_sentences(text: str, lang: str = "de") -> tuple[tuple[int, int], ...]:
    """Character spans (start, end) of the sentences in `text`, without outer spaces.

    `lang` matters for numbers before a period: German writes ordinals that way ("am 4.
    Mai"), English does not ("from July 1. Then ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) == ".":
            word = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if word and _keeps_sentence(word.group(1), lang):
                continue
        cut = m.end(2) if m.group(1) else m.start()
        _add(text, start, cut, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _keeps_sentence(word: str, lang: str) -> bool:
    """True when a period after `word` is not the end of a sentence."""
    lower = word.lower()
    if lower in ABBREVIATIONS or lower.rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    if word.isdigit() and len(word) <= 2 and lang == "de":  # ordinal: "am 4. Mai"
        return True
    return "." in word and len(word) <= 6  # "z.B", "U.S"


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
