"""Decide whether a document is news (anchored on its dateline) or a narrative (anchored
on the dates the story itself gives).

News names years close to its dateline and speaks from the dateline's point of view
("gestern", "am Montag", "heuer", "yesterday", "last week"). A narrative (an encyclopedia
article, a history) names many years far from the reference time — here the reference
may be a mere download date — and hardly any dateline-relative words.
"""

from __future__ import annotations

import re
from statistics import median

from timeline.model import Reference

# A year in digits; "1990er" names a decade and says nothing about the story's own time.
# The look-behind (no digit, point or comma before) sits after the first digit so that the
# pattern starts with a literal and the scan skips ahead to a 1 or 2 (3x faster).
_YEAR = re.compile(r"1(?<![\d.,]1)[0-9]{3}(?![\d]|er\b|er-|er[ns]\b)"
                   r"|2(?<![\d.,]2)0[0-9]{2}(?![\d]|er\b|er-|er[ns]\b)")
_BC_YEAR = re.compile(r"\b\d{1,4}\s+(?:v\.\s*Chr\.|BC|B\.C\.)")
_BC_MARKS = ("Chr.", "BC", "B.C.")  # a text without any of them has no _BC_YEAR match
# English years before 1000: with an era ("AD 410", "410 AD", "410 CE") or after a month
# ("August 408", "9 August 378"): far from any dateline
_EARLY_YEAR_EN = re.compile(
    r"\b(?:AD|A\.D\.)\s+\d{1,4}\b|\b\d{1,4}\s+(?:AD|CE|A\.D\.)(?![\w])"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{3}\b(?![,.]?\d)")
_DEICTIC = {
    "de": re.compile(
        r"\b(?:[Gg]estern|[Vv]orgestern|[Hh]euer|morgen|übermorgen|[Mm]ontag|[Dd]ienstag|"
        r"[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onntag|[Ww]ochenende|"
        r"(?:diese[rn]?|vergangene[nr]?|letzte[nr]?|kommende[nr]?|nächste[nr]?)\s+Woche)\b"),
    "en": re.compile(
        r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday|weekend|(?:this|last|next)\s+(?:week|month))\b"),
}


_PRESENT_ERA_EN = re.compile(r"\b[Tt]oday,?\s+(?:[\w']+\s+){0,4}?(?:is|are|remains?|stands?|"
                             r"lies|lie|survives?|still|forms?|houses?|belongs?|can|marks?)\b")


def is_narrative(text: str, lang: str, reference: Reference | None) -> bool:
    """True when relative expressions should count from the story's own dates: there is no
    reference time, or the text names many years far from it and speaks hardly ever from
    the dateline's point of view."""
    if reference is None:
        return True
    ref_year = reference.dct.year
    years = [int(y) for y in _YEAR.findall(text)]
    near = sum(abs(y - ref_year) <= 2 for y in years)
    far = len(years) - near
    if any(mark in text for mark in _BC_MARKS):  # the regex scan costs more than this test
        far += len(_BC_YEAR.findall(text))
    if lang == "en" and ("AD" in text or "CE" in text or len(years) < 8):
        far += len(_EARLY_YEAR_EN.findall(text))
    if far < 4:  # a feature recalls a few past years and still speaks from its dateline
        return False
    if years and abs(median(years) - ref_year) <= 5:
        return False
    # Counted only now: most news is decided above, and this is the costliest scan.
    deictic = len(_DEICTIC.get(lang, _DEICTIC["en"]).findall(text))
    if lang == "en" and deictic:
        # a history closes with "Today the war is remembered ...": the present era, not
        # the dateline's day, weighs less than "today became members" or "yesterday"
        deictic -= 0.8 * len(_PRESENT_ERA_EN.findall(text))
    return far - 3 * near - 5 * deictic > 0
