"""Decide whether a document is news (anchored on its dateline) or a narrative (anchored
on the dates the story itself gives)."""

from __future__ import annotations

import re
from statistics import median

from timeline.model import Reference

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def is_narrative(text: str, lang: str, reference: Reference | None) -> bool:
    """True when relative expressions should count from the story's own dates: there is no
    reference time, or the years the text names lie far from it."""
    if reference is None:
        return True
    years = [int(y) for y in _YEAR.findall(text)]
    if len(years) < 3:
        return False
    return abs(median(years) - reference.dct.year) > 5
