"""TIMEX3 values and the calendar intervals they denote.

A value such as ``2016-W18`` or ``2014-SP`` names a stretch of the calendar; this module
turns it into inclusive first and last days (and timestamps for clock times), and builds
values from dates. Pure calendar arithmetic, no language.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

# Meteorological seasons: (first month, last month); winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY_HOURS = {"MO": (6, 11), "MI": (11, 13), "AF": (12, 17), "EV": (17, 21),
                     "NI": (21, 29), "DT": (8, 18)}

MIN_YEAR, MAX_YEAR = 1, 9999


@dataclass(frozen=True)
class Interval:
    start: date
    end: date
    granularity: str
    time_start: datetime | None = None
    time_end: datetime | None = None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def iso_week_monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    year, month = divmod(idx, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _time_interval(day: date, hour: int, minute: int | None) -> Interval:
    start = datetime(day.year, day.month, day.day, hour, minute or 0)
    end = start + (timedelta(minutes=1) if minute is not None else timedelta(hours=1))
    end -= timedelta(seconds=1)
    gran = "minute" if minute is not None else "hour"
    return Interval(day, day, gran, start, end)


_VALUE = re.compile(
    r"^(?P<y>\d{4})"
    r"(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?:(?P<H>\d{2})(?::(?P<M>\d{2})(?::\d{2})?)?"
    r"|(?P<pod>MO|MI|AF|EV|NI|DT)))?)?"
    r"|W(?P<w>\d{2})(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
)
_DECADE = re.compile(r"^(?P<x>\d{3})$")
_CENTURY = re.compile(r"^(?P<x>\d{2})$")


@lru_cache(maxsize=4096)  # news repeat their values; an Interval is immutable
def interval_of(value: str, mod: str | None = None) -> Interval | None:
    """The calendar interval a TIMEX3 date/time value names, or None for values that
    name no fixed stretch (PAST_REF, durations, sets, XXXX-...)."""
    try:
        iv = _interval_of(value)
    except (ValueError, OverflowError):
        return None
    if iv is None or mod not in ("START", "MID", "END"):
        return iv
    return narrow(iv, mod)


def _interval_of(value: str) -> Interval | None:
    if len(value) == 10 and value[4] == "-" and value[7] == "-" and value[:4].isdecimal() \
            and value[5:7].isdecimal() and value[8:].isdecimal():  # a day, the most common
        day = date(int(value[:4]), int(value[5:7]), int(value[8:]))
        return Interval(day, day, "day")
    m = _VALUE.match(value)
    if m:
        y = int(m["y"])
        if m["d"]:
            day = date(y, int(m["m"]), int(m["d"]))
            if m["H"]:
                return _time_interval(day, int(m["H"]), int(m["M"]) if m["M"] else None)
            if m["pod"]:
                lo, hi = PART_OF_DAY_HOURS[m["pod"]]
                start = datetime(day.year, day.month, day.day) + timedelta(hours=lo)
                end = datetime(day.year, day.month, day.day) + timedelta(hours=hi, seconds=-1)
                return Interval(day, day, "part_of_day", start, end)
            return Interval(day, day, "day")
        if m["m"]:
            mo = int(m["m"])
            return Interval(date(y, mo, 1), month_end(y, mo), "month")
        if m["w"]:
            monday = iso_week_monday(y, int(m["w"]))
            if m["we"]:
                return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "weekend")
            return Interval(monday, monday + timedelta(days=6), "week")
        if m["q"]:
            q = int(m["q"])
            return Interval(date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter")
        if m["h"]:
            h = int(m["h"])
            return Interval(date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half")
        if m["s"]:
            first, last = SEASON_MONTHS[m["s"]]
            end_year = y + 1 if last < first else y
            return Interval(date(y, first, 1), month_end(end_year, last), "season")
        return Interval(date(y, 1, 1), date(y, 12, 31), "year")
    if _DECADE.match(value):
        y = int(value) * 10
        return Interval(date(max(y, MIN_YEAR), 1, 1), date(y + 9, 12, 31), "decade")
    if _CENTURY.match(value):
        y = int(value) * 100
        return Interval(date(max(y, MIN_YEAR), 1, 1), date(y + 99, 12, 31), "century")
    return None


def narrow(iv: Interval, mod: str) -> Interval:
    """The first, middle or last third of an interval (Anfang / Mitte / Ende)."""
    days = (iv.end - iv.start).days + 1
    if days < 3:
        return iv
    third = days // 3
    if mod == "START":
        return Interval(iv.start, iv.start + timedelta(days=third - 1), iv.granularity)
    if mod == "END":
        return Interval(iv.end - timedelta(days=third - 1), iv.end, iv.granularity)
    return Interval(iv.start + timedelta(days=third), iv.end - timedelta(days=third),
                    iv.granularity)


# --- building values -------------------------------------------------------------

def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_value(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def common_value(a: str, b: str, span_days: int | None = None,
                 year: int | None = None) -> str:
    """The most precise value that two candidate values share (2018-09-25, 2018-10-30 ->
    2018): used when a coarse dateline leaves several candidates open. `span_days` is how
    far apart the candidate reference days lie, `year` the dateline's year: a weekday or
    a week read against January 1999 is of 1999 ("1999-WXX-3", "1999-WXX"), though one
    candidate falls in the last days of 1998."""
    if a == b:
        return a
    weekday = _same_weekday(a, b, span_days, year)
    if weekday is not None:
        return weekday  # "am Dienstag" under a dateline of March 1997: 1997-WXX-2
    week_a, week_b = _WEEK_VALUE.fullmatch(a), _WEEK_VALUE.fullmatch(b)
    if week_a and week_b and week_a[2] == week_b[2]:
        # "last week" under a month's dateline: a week of that year ("-WE" kept)
        shared_year = week_a[1] if week_a[1] == week_b[1] else _year_text(year)
        return f"{shared_year}-WXX{week_a[2] or ''}"
    day_a, day_b = _DAY_VALUE.fullmatch(a), _DAY_VALUE.fullmatch(b)
    if day_a and day_b and day_a[4] and day_a[4] == day_b[4]:
        return f"XXXX-XX-XX{day_a[4]}"  # "at 7.30am" on a day the dateline leaves open
    pa, pb = a.split("-"), b.split("-")
    shared = []
    for x, y in zip(pa, pb, strict=False):
        if x != y:
            break
        shared.append(x)
    return "-".join(shared) if shared else "XXXX"


def _year_text(year: int | None) -> str:
    return "XXXX" if year is None or not 0 < year <= 9999 else f"{year:04d}"


_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(T.*)?")
_WEEK_VALUE = re.compile(r"(\d{4})-W\d\d(-WE)?")


def _same_weekday(a: str, b: str, span_days: int | None, year: int | None) -> str | None:
    """"YYYY-WXX-D" (with a shared time of day) when two candidate days a few weeks apart
    fall on the same weekday, as a weekday read against a month-precision dateline does;
    else None (also when they lie as far apart as the reference days: a day counted from
    the dateline's, which happens to fall on the same weekday)."""
    ma, mb = _DAY_VALUE.fullmatch(a), _DAY_VALUE.fullmatch(b)
    if ma is None or mb is None or ma[4] != mb[4]:
        return None
    try:
        da = date(int(ma[1]), int(ma[2]), int(ma[3]))
        db = date(int(mb[1]), int(mb[2]), int(mb[3]))
    except ValueError:
        return None
    apart = abs((db - da).days)
    if da.weekday() != db.weekday() or not 0 < apart <= 35 or apart == span_days:
        return None
    shared_year = ma[1] if ma[1] == mb[1] else _year_text(year)
    return f"{shared_year}-WXX-{da.weekday() + 1}{ma[4] or ''}"


def unit_value(d: date, unit: str) -> str:
    """The TIMEX3 value of the calendar `unit` containing `d` (day, week, month ...)."""
    if unit == "day":
        return day_value(d)
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "weekend":
        saturday = d + timedelta(days=5 - d.weekday())
        return week_value(saturday) + "-WE"
    if unit == "month":
        return month_value(d.year, d.month)
    if unit == "quarter":
        return quarter_value(d)
    if unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(unit)


# --- holidays ------------------------------------------------------------------------

def easter_sunday(year: int) -> date:
    """Western Easter Sunday in the Gregorian calendar (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)
