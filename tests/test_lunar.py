"""The Lunar New Year from computed new moons, checked against published dates."""

from datetime import date

import pytest

from timeline.temporal.lunar import lunar_new_year

# first days of the Chinese year, as calendars print them
KNOWN = {1990: date(1990, 1, 27), 1996: date(1996, 2, 19), 1998: date(1998, 1, 28),
         2000: date(2000, 2, 5), 2004: date(2004, 1, 22), 2007: date(2007, 2, 18),
         2012: date(2012, 1, 23), 2015: date(2015, 2, 19), 2020: date(2020, 1, 25),
         2023: date(2023, 1, 22), 2024: date(2024, 2, 10), 2025: date(2025, 1, 29)}


@pytest.mark.parametrize("year", sorted(KNOWN))
def test_lunar_new_year_matches_the_calendars(year: int):
    assert lunar_new_year(year) == KNOWN[year]


def test_every_year_has_one_between_late_january_and_late_february():
    for year in range(1900, 2101):
        d = lunar_new_year(year)
        assert date(year, 1, 21) <= d <= date(year, 2, 20)
