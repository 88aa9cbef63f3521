"""Where a narrative stands in time: the year its relative dates count from.

An encyclopedia article or a history names dates and then speaks relative to them
("Am 3. September", "zwei Tage später"). The engine passes the last placed date; a bare
year, though, often points elsewhere ("seit 1871", "(1908)", "1870/71"), so the story's
year is then the last year it stated firmly.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from timeline.temporal.de_lexicon import MONTH_NAME
from timeline.temporal.engine import Context


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def story_day(ctx: Context, pos: int | None = None) -> date | None:
    """The day the story last placed itself on, when relative expressions follow the
    story rather than the dateline. A bare year that points elsewhere ("seit 1871",
    "(1908)", "1870/71") does not move the story: then its last firm year counts."""
    if not ctx.narrative:
        return None
    prev = ctx.previous
    if pos is not None and (prev is None or prev.granularity in ("year", "decade", "century")):
        firm = _last_firm_year(ctx.text, pos)
        if firm is not None and (prev is None or firm[1] != prev.start.year) and not (
                prev is not None and _RELATIVE_YEAR.search(ctx.text, firm[0], pos)):
            return date(firm[1], 1, 1)
    return prev.start if prev is not None else None


_ANY_YEAR = _rx(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d])")
_WEAK_BEFORE = _rx(r"(?:[(/–-]\s*|\b(?:[Ss]eit|[Bb]is|[Vv]on|[Vv]or|[Nn]ach|[Zz]wischen|und|oder|"
                   r"[Aa]b)\s+)$")
_WEAK_AFTER = _rx(r"^\s*[)/–-]")


@lru_cache(maxsize=16)
def _year_tokens(text: str) -> tuple[list[int], list[tuple[int, int, bool]]]:
    """Every year written as digits ("1941", the "71" of "1870/71"): position, value and
    whether it is weak (in parentheses, a range or a "seit/bis" phrase)."""
    positions, tokens = [], []
    for m in _ANY_YEAR.finditer(text):
        s, e = m.span()
        year = int(m.group(1))
        weak = bool(_WEAK_BEFORE.search(text[max(0, s - 12):s]) or
                    _WEAK_AFTER.match(text[e:e + 3]))
        positions.append(s)
        tokens.append((s, year, weak))
        short = _SHORT_YEAR.match(text, e)
        if short:
            y2 = year // 100 * 100 + int(short.group(1))
            positions.append(short.start(1))
            tokens.append((short.start(1), y2 + 100 if y2 <= year else y2, True))
    return positions, tokens


_SHORT_YEAR = _rx(r"/(\d{2})(?![\d.])")


_FIRM_BEFORE = _rx(
    rf"(?:\b\d{{1,2}}\.\s*(?:{MONTH_NAME})|\b(?:{MONTH_NAME}|Jahre?s?|Anfang|Mitte|Ende|"
    r"Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter|[Ii]m|[Ii]n|[Ee]rst|[Ss]chon|[Bb]ereits|"
    r"[Nn]och|[Aa]uch))\s+$|(?:^|[.!?]\s+|\n\s*)$")
_FIRM_AFTER = _rx(r"^(?:[ \t]*\n|\s+[a-zäöüß])")


@lru_cache(maxsize=16)
def _firm_years(text: str) -> tuple[list[int], list[int]]:
    """Positions and values of the years the story states as its own time: in a date
    ("22. Juni 1941", "im Sommer 1940"), opening a sentence or a heading, or right before
    the verb ("1991 erhielt er")."""
    positions, years = [], []
    for p, y, weak in _year_tokens(text)[1]:
        if weak:
            continue
        e = p + 4
        if _FIRM_BEFORE.search(text[max(0, p - 25):p]) or _FIRM_AFTER.match(text[e:e + 3]):
            positions.append(p)
            years.append(y)
    return positions, years


def _last_firm_year(text: str, pos: int) -> tuple[int, int] | None:
    positions, years = _firm_years(text)
    i = bisect.bisect_left(positions, pos) - 1
    return (positions[i], years[i]) if i >= 0 else None


# A year named relative to the story ("im nächsten Jahr") moves it on from its last firm year.
_RELATIVE_YEAR = _rx(r"(?:nächsten|folgenden|neuen|kommenden|darauffolgenden)\s+Jahr|"
                     r"Folgejahr|Jahr\s+darauf|Jahreswechsel")
