"""Where an English narrative stands in time: the last date the story placed itself on.

A history names a date and then goes on relative to it ("On 2 April 1982 ... On 5 April
... two days later ... that autumn"). The engine hands handlers the last placed interval,
but a calendar date cannot hold a year before Christ ("12 September 490 BC") and a season
places no interval. So in a narrative every date the English rules resolve is also noted
here as a story point (year, month, day; BC years negative), and the story handlers count
from the last point before their match.

The notes live in the engine's Context, one set per tagging of a text, so nothing is
shared between texts, calls or threads.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from timeline.temporal.engine import Context
from timeline.temporal.resolve import shift


@dataclass(frozen=True)
class StoryPoint:
    """A date of the story: year (negative before Christ: BC0480 is -480), and the month,
    day and season when it named them."""

    year: int
    month: int | None = None
    day: int | None = None
    season: str | None = None


SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_POINT = re.compile(r"^(?P<bc>BC)?(?P<y>\d{4})"
                    r"(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?|-(?P<s>SP|SU|FA|WI))?(?:T|$)")


def point_of(value: str) -> StoryPoint | None:
    """The story point a TIMEX3 date value names ("BC0490-09-12", "1428-SU", "0410")."""
    m = _POINT.match(value)
    if m is None:
        return None
    year = int(m["y"])
    if m["bc"]:
        year = -year
    if year == 0:
        return None
    if m["s"]:
        return StoryPoint(year, SEASON_FIRST_MONTH[m["s"]], None, m["s"])
    return StoryPoint(year, int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None)


def year_text(year: int) -> str:
    """A TIMEX3 year: "0410", "1982", "BC0480"."""
    return f"{year:04d}" if year > 0 else f"BC{-year:04d}"


def day_text(year: int, month: int, day: int) -> str:
    return f"{year_text(year)}-{month:02d}-{day:02d}"


def month_text(year: int, month: int) -> str:
    return f"{year_text(year)}-{month:02d}"


def add_years(year: int, n: int) -> int:
    """`year` moved by n years; there is no year 0 between 1 BC and AD 1."""
    out = year + n
    if year < 0 < out or year > 0 > out or out == 0:
        out += 1 if n > 0 else -1
    return out


def _proxy_year(year: int) -> int:
    """A year of the calendar Python knows with the same place in the 400-year cycle."""
    return year if year >= 1 else 2000 + year % 400


def shifted(point: StoryPoint, unit: str, n: int) -> StoryPoint:
    """The point moved by n units (day, week, month, year, decade, century); the result
    keeps as much detail as the unit needs."""
    if unit in ("year", "decade", "century"):
        factor = {"year": 1, "decade": 10, "century": 100}[unit]
        return StoryPoint(add_years(point.year, n * factor), point.month, point.day)
    proxy = _proxy_year(point.year)
    start = date(proxy, point.month or 1, point.day or 1)
    moved = shift(start, unit, n)
    year = add_years(point.year, moved.year - proxy) if moved.year != proxy else point.year
    if unit == "month":
        return StoryPoint(year, moved.month, point.day and moved.day)
    return StoryPoint(year, moved.month, moved.day)


def value_at(point: StoryPoint, unit: str) -> str | None:
    """The TIMEX3 value of the `unit` (day, month, year) holding the point."""
    if unit == "year":
        return year_text(point.year)
    if point.month is None:
        return None
    if unit == "month":
        return month_text(point.year, point.month)
    if point.day is None:
        return None
    if unit == "week" and point.year > 0:  # an ISO week of the Gregorian calendar
        year, week, _ = date(point.year, point.month, point.day).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day_text(point.year, point.month, point.day)


# A forward-moving story that names a month this far before its current one has moved
# into the next year ("20 October 1097 ... In January, ..."); a nearer one is a look back.
_WRAP_MONTHS = 6


def year_for_month(point: StoryPoint, month: int) -> int:
    """The year of a month the story names without one."""
    if point.month is not None and point.month - month >= _WRAP_MONTHS:
        return add_years(point.year, 1)
    return point.year


def year_for_season(point: StoryPoint, code: str) -> int:
    """The year of a season the story names without one (winters by the year they start)."""
    if code == "WI" and point.month is not None and point.month <= 2 and point.season is None:
        return add_years(point.year, -1)
    return year_for_month(point, SEASON_FIRST_MONTH[code])


# --- the notes --------------------------------------------------------------------
# Kept in the Context's per-text notes (one dict per tagging of a text): offsets where the
# story moved, in order, and the points it moved to.

def _notes(ctx: Context) -> tuple[list[int], list[StoryPoint]]:
    notes = ctx.notes.get("story")
    if notes is None:
        notes = ctx.notes["story"] = ([], [])
    return notes


def remember(ctx: Context, pos: int, point: StoryPoint) -> None:
    """Note that the story stands at `point` from offset `pos` on."""
    positions, points = _notes(ctx)
    i = bisect.bisect_left(positions, pos)
    if i < len(positions) and positions[i] == pos:
        points[i] = point
    else:
        positions.insert(i, pos)
        points.insert(i, point)


# how many notes back a count of days may look for the last day the story named, past
# seasons and months named since ("On 2 February ... That winter ... Three weeks later")
_DAY_LOOKBACK = 3


def story_at(ctx: Context, pos: int, day: bool = False) -> StoryPoint | None:
    """The last point the story reached before offset `pos` (None outside a narrative or
    before its first date); with `day`, the last one naming a day if it lies a few notes
    back in the same year."""
    if not ctx.narrative:
        return None
    positions, points = _notes(ctx)
    if positions:
        i = bisect.bisect_left(positions, pos) - 1
        if i >= 0:
            if day and points[i].day is None:
                for back in points[max(0, i - _DAY_LOOKBACK):i][::-1]:
                    if back.day is not None and abs(back.year - points[i].year) <= 1:
                        return back
            return points[i]
    prev = ctx.previous
    if prev is not None and prev.granularity in ("day", "part_of_day", "hour", "minute"):
        return StoryPoint(prev.start.year, prev.start.month, prev.start.day)
    return None


def story_day(ctx: Context, pos: int) -> date | None:
    """The story's last named day as a calendar date (None before Christ or without one)."""
    point = story_at(ctx, pos, day=True)
    if point is None or point.day is None or point.year < 1:
        return None
    return date(point.year, point.month, point.day)
