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

# A sentence ends at a run of . ! ? (then closing quotes, spaces, and a capital or digit
# next), at a blank line, or at a line break before text. Every boundary starts with one
# of . ! ? or a line break, written as a class in front so the regex engine skips to
# those characters instead of trying the pattern at every position; the branch after it
# looks back at that character.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=[.!?])[.!?]*(?P<quotes>["'»«“”„)]*)\s+(?=["'»«“„(]?[A-ZÄÖÜ0-9])"""
    r"|(?<=\n)\s*\n|(?<=\n)(?=\S))")
_QUOTES = _BOUNDARY.groupindex["quotes"]
_RUN = re.compile(r"[\w.]+")  # matched on the reversed text: the word that ends at a period
_WORD_REACH = 20  # characters of that word that decide (abbreviations are short)
# A word of this many letters or digits (no dots) before a period is no abbreviation,
# initial, ordinal or "z.B" (see _keeps_sentence): the period ends the sentence.
_LONG_WORD = max(7, max(map(len, ABBREVIATIONS)) + 1)


@lru_cache(maxsize=8)  # the tagger and the event builder split the same body in turn
def split_sentences(text: str, lang: str = "de") -> tuple[tuple[int, int], ...]:
    """Character spans (start, end) of the sentences in `text`, without outer spaces.

    `lang` matters for numbers before a period: German writes ordinals that way ("am 4.
    Mai"), English does not ("from July 1. Then ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    reverse = None
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        mark, after = m.span()
        quotes, cut = m.span(_QUOTES)  # the closing quotes; (-1, -1) at a line break
        if quotes - mark == 1 and text[mark] == ".":  # a single period
            at = mark
            if at and text[at - 1] == "\n":  # a word may end a line before the period
                at -= 1
            if at >= _LONG_WORD and text[at - _LONG_WORD:at].isalnum():
                pass  # a long word ends the sentence ("Mittwoch."): the common case
            else:
                if reverse is None:
                    reverse = text[::-1]
                # the run of word characters and dots right before the period, reading
                # back at most _WORD_REACH characters (one match on the reversed text)
                word = _RUN.match(reverse, n - at, n - max(0, mark - _WORD_REACH))
                if word and _keeps_sentence(word.group()[::-1], lang):
                    continue
        if quotes < 0:
            cut = mark
        if start < cut and not text[start].isspace() and not text[cut - 1].isspace():
            spans.append((start, cut))  # nothing to trim: _add's common case, inline
        else:
            _add(text, start, cut, spans)
        start = after
    _add(text, start, n, spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the span of text[start:end] without outer spaces, unless nothing is left."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        spans.append((start, end))  # the common case: nothing to trim
        return
    piece = text[start:end]
    kept = piece.strip()  # drops exactly the characters str.isspace() accepts
    if kept:
        first = start + len(piece) - len(piece.lstrip())
        spans.append((first, first + len(kept)))


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
