"""Dates of the Islamic (Hijri) calendar: days written in it ("1 Shawwal 1445") and its
feasts (Eid al-Fitr on 1 Shawwal, Eid al-Adha on 10 Dhu al-Hijjah).

Within 1343-1500 AH (1924-2077) the Umm al-Qura calendar of Saudi Arabia gives the day
(`hijridate`, its published tables), as the news that reports those feasts mostly does;
outside it the arithmetic (tabular) calendar, which is a day or two off at times.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from hijridate import Hijri

# the months, with the spellings news uses
MONTHS = {
    "muharram": 1, "safar": 2,
    "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi ul-awwal": 3, "rabi i": 3,
    "rabi al-thani": 4, "rabi' al-thani": 4, "rabi al-akhir": 4, "rabi ii": 4,
    "jumada al-awwal": 5, "jumada al-ula": 5, "jumada i": 5,
    "jumada al-thani": 6, "jumada al-akhirah": 6, "jumada ii": 6,
    "rajab": 7, "shaban": 8, "sha'ban": 8, "sha’ban": 8,
    "ramadan": 9, "ramadhan": 9, "ramazan": 9,
    "shawwal": 10,
    "dhu al-qadah": 11, "dhul qadah": 11, "dhul-qadah": 11, "dhu al-qi'dah": 11,
    "dhu'l-qa'dah": 11, "zul qadah": 11,
    "dhu al-hijjah": 12, "dhul hijjah": 12, "dhul-hijjah": 12, "dhu'l-hijjah": 12,
    "dhu al-hijja": 12, "zul hijjah": 12,
}
MONTH_NAMES = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# the feasts: (month, day)
FEASTS = {"eid al-fitr": (10, 1), "eid al-adha": (12, 10), "islamic new year": (1, 1),
          "hijri new year": (1, 1), "ashura": (1, 10), "mawlid": (3, 12)}

_EPOCH = date(622, 7, 19)  # 1 Muharram 1 AH in the proleptic Gregorian calendar


def _tabular(year: int, month: int, day: int) -> date:
    """The arithmetic Islamic calendar: months of 30 and 29 days by turns, and 11 leap
    years (a 30th day of Dhu al-Hijjah) in each cycle of 30."""
    days = (year - 1) * 354 + (11 * year + 3) // 30 + 29 * (month - 1) + month // 2 + day - 1
    return _EPOCH + timedelta(days=days)


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date; None when there is no such day."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError:  # outside the Umm al-Qura tables
        return _tabular(year, month, day)
    except ValueError:  # a 30th day of a month of 29
        return None


def hijri_year_near(day: date) -> int:
    """The Hijri year under way on a Gregorian day (to within a year's edge)."""
    return int((day - _EPOCH).days / 354.367) + 1


def in_gregorian_year(month: int, day: int, year: int) -> date:
    """The first day of the Gregorian `year` that is `day` of Hijri `month` (a Hijri date
    falls in every Gregorian year, twice in some); the one after it when none falls in."""
    start = hijri_year_near(date(year, 1, 1)) - 1
    for h in range(start, start + 3):
        d = to_gregorian(h, month, day)
        if d is not None and d.year >= year:
            return d
    return to_gregorian(start + 3, month, day) or date(year, 12, 31)


def nearest(month: int, day: int, anchor: date, direction: str) -> date | None:
    """The Hijri `month` and `day` nearest `anchor` in `direction` ("past", "future",
    else the nearest either way)."""
    h = hijri_year_near(anchor)
    days = [d for d in (to_gregorian(y, month, day) for y in (h - 1, h, h + 1)) if d is not None]
    if direction == "past":
        days = [d for d in days if d <= anchor]
    elif direction == "future":
        days = [d for d in days if d >= anchor]
    if not days:
        return None
    return min(days, key=lambda d: abs((d - anchor).days))
