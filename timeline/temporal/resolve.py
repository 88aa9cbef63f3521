"""Calendar reasoning shared by the languages: which Tuesday, which May, which year.

Direction comes from the tense of the clause: "past" looks back from the anchor day,
"future" looks ahead, "present" takes the nearest candidate.
"""

from __future__ import annotations

from datetime import date, timedelta

from timeline.temporal.values import add_months, month_end

# A holiday at most this many days ahead, after "until", "before" ("bis", "vor"), is the
# coming one even in a past clause ("extra clinics until Christmas", "schloss Streiks bis
# Pfingsten nicht aus"); further ahead the tense decides ("resigned before Christmas").
FEAST_AHEAD_DAYS = 100


def year_on_weekday(month: int, day: int, weekday: int, years: tuple[int, ...]) -> int | None:
    """The first of `years` in which `month`/`day` falls on `weekday` (Monday=0), else
    None: the year a date written with its weekday ("Monday, April 17") belongs to."""
    for year in years:
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:  # 29 February, or no such day
            continue
    return None


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The `weekday` (Monday=0) nearest `anchor` in `direction`; the anchor day itself
    counts ("am Mittwoch" in a Wednesday article is that day)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def month_year(anchor: date, month: int, direction: str) -> int:
    """The year of a month named without one ("im Mai")."""
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    # present/unknown: the nearest occurrence, within six months either way
    delta = month - anchor.month
    if delta > 6:
        return anchor.year - 1
    if delta < -6:
        return anchor.year + 1
    return anchor.year


def day_month_year(anchor: date, month: int, day: int, direction: str) -> int:
    """The year of a day and month named without one ("am 4. Mai")."""
    year = anchor.year
    try:
        this_year = date(year, month, day)
    except ValueError:  # 29 February in a common year: take the nearest leap year
        return year - (year % 4)
    if direction == "past" and this_year > anchor:
        return year - 1
    if direction == "future" and this_year < anchor:
        return year + 1
    if direction == "present":
        delta = (this_year - anchor).days
        if delta > 183:
            return year - 1
        if delta < -183:
            return year + 1
    return year


def shift(anchor: date, unit: str, n: int) -> date:
    """`anchor` moved by n units (day, week, month, quarter, year, decade)."""
    if unit == "day":
        return anchor + timedelta(days=n)
    if unit == "week":
        return anchor + timedelta(weeks=n)
    if unit == "month":
        return add_months(anchor, n)
    if unit == "quarter":
        return add_months(anchor, 3 * n)
    if unit == "year":
        return add_months(anchor, 12 * n)
    if unit == "decade":
        return add_months(anchor, 120 * n)
    raise ValueError(unit)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th `weekday` (Monday=0) of a month, n=-1 the last one; None when the month
    has no such day ("the fifth Monday" of most months)."""
    if n < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def nth_week_of_month(year: int, month: int, n: int) -> date | None:
    """A day of the month's n-th calendar week (n=-1 the last): weeks are counted from the
    one holding the month's first Thursday, as ISO counts the weeks of a year."""
    return nth_weekday(year, month, 3, n)
