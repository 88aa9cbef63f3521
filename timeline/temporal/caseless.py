"""Case-insensitive word lists, searched on lower-cased text instead.

A case-insensitive search of many words tries every word at every position it passes
(the regex engine can skip ahead only to characters it knows a match begins with, and
with letters of either case it knows none). On the lower-cased text (gate.lowered) the
same words, in lower case, let it skip in C to their first letters.
"""

from __future__ import annotations

import re

from timeline.temporal.first_char import with_first_char_check

# Letters that a case-insensitive ASCII letter also matches but that lower-case to
# themselves, not to that letter (Python's re, re._casefix): "ſ" is an "s", "ı" an "i".
# ("K", the Kelvin sign, lower-cases to "k"; "İ" lengthens the text, which gate.lowered
# refuses.)
_ALSO = {"s": "[sſ]", "i": "[iı]"}


def lower_case_words(pattern: re.Pattern) -> re.Pattern:
    """For `pattern`, a case-insensitive alternation of plain ASCII words: a pattern that
    finds on `lowered(text)` a match wherever `pattern` finds one on `text`, at the same
    offsets."""
    words = pattern.pattern.split("|")
    if not pattern.flags & re.IGNORECASE or not all(
            w.isascii() and w.isalpha() for w in words):
        raise ValueError(f"not a case-insensitive list of plain words: {pattern.pattern!r}")
    source = "|".join("".join(_ALSO.get(c, c) for c in w.lower()) for w in words)
    return with_first_char_check(re.compile(source))
