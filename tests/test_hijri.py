"""The Islamic calendar: days written in it and its feasts."""

from datetime import date

from timeline.temporal.hijri import _tabular, in_gregorian_year, nearest, to_gregorian


def test_umm_al_qura_days_within_its_tables():
    assert to_gregorian(1445, 10, 1) == date(2024, 4, 10)  # Eid al-Fitr 2024
    assert to_gregorian(1444, 12, 10) == date(2023, 6, 28)  # Eid al-Adha 2023
    assert to_gregorian(1445, 9, 30) == date(2024, 4, 9)  # a Ramadan of 30 days
    assert to_gregorian(1444, 9, 30) is None  # one of 29
    assert to_gregorian(1445, 13, 1) is None


def test_the_arithmetic_calendar_outside_the_tables():
    assert _tabular(1, 1, 1) == date(622, 7, 19)
    # within a day or two of the tables where both exist
    assert abs((_tabular(1445, 10, 1) - to_gregorian(1445, 10, 1)).days) <= 2
    assert to_gregorian(1300, 1, 1) == _tabular(1300, 1, 1)


def test_a_feast_in_a_gregorian_year_and_the_nearest_one():
    assert in_gregorian_year(10, 1, 2023) == date(2023, 4, 21)
    assert in_gregorian_year(10, 1, 2000) == date(2000, 1, 8)  # the first of two that year
    assert nearest(12, 10, date(2023, 6, 26), "future") == date(2023, 6, 28)
    assert nearest(10, 1, date(2024, 4, 8), "past") == date(2023, 4, 21)
