"""The date of the Lunar (Chinese) New Year, from the new moons.

The new year of the Chinese calendar falls on the day of the new moon (in Beijing time)
between 21 January and 20 February. The new moon is computed with the mean lunation and
its largest periodic terms (Meeus, Astronomical Algorithms, ch. 49), which puts it within
about an hour of the true instant: enough for the day, except when a new moon falls
within that hour of midnight in Beijing.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from functools import lru_cache

_SYNODIC_MONTH = 29.530588861  # days
_J2000_NEW_MOON = 2451550.09766  # Julian ephemeris day of the new moon of 6 January 2000
_JD_UNIX_EPOCH = 2440587.5
_BEIJING = timedelta(hours=8)


def _new_moon_jde(k: int) -> float:
    """The Julian ephemeris day of lunation `k` (k = 0: January 2000)."""
    t = k / 1236.85  # centuries from J2000
    jde = _J2000_NEW_MOON + _SYNODIC_MONTH * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t  # the eccentricity of the Earth's orbit
    sun = math.radians(2.5534 + 29.10535670 * k)  # the Sun's mean anomaly
    moon = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t)  # the Moon's
    lat = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t)  # its latitude
    node = math.radians(124.7746 - 1.56375588 * k)  # its ascending node
    jde += (-0.40720 * math.sin(moon) + 0.17241 * e * math.sin(sun)
            + 0.01608 * math.sin(2 * moon) + 0.01039 * math.sin(2 * lat)
            + 0.00739 * e * math.sin(moon - sun) - 0.00514 * e * math.sin(moon + sun)
            + 0.00208 * e * e * math.sin(2 * sun) - 0.00111 * math.sin(moon - 2 * lat)
            - 0.00057 * math.sin(moon + 2 * lat) + 0.00056 * e * math.sin(2 * moon + sun)
            - 0.00042 * math.sin(3 * moon) + 0.00042 * e * math.sin(sun + 2 * lat)
            + 0.00038 * e * math.sin(sun - 2 * lat) - 0.00024 * e * math.sin(2 * moon - sun)
            - 0.00017 * math.sin(node))
    return jde


def _beijing_day(jde: float) -> date:
    moment = datetime(1970, 1, 1) + timedelta(days=jde - _JD_UNIX_EPOCH)
    return (moment + _BEIJING).date()


@lru_cache(maxsize=256)
def lunar_new_year(year: int) -> date:
    """The first day of the Chinese year that begins in `year`."""
    k = math.floor((year + 20 / 365.25 - 2000) * 12.3685)  # a lunation near 21 January
    for step in range(k - 1, k + 3):
        day = _beijing_day(_new_moon_jde(step))
        if date(year, 1, 21) <= day <= date(year, 2, 20):
            return day
    raise ValueError(f"no new moon between 21 January and 20 February {year}")
