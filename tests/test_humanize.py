"""How events are said in words."""

from datetime import date, datetime

import pytest

from timeline.humanize import day_range_text, humanize, humanize_row

D = date


@pytest.mark.parametrize("args, expected", [
    # a day, with its weekday
    ((D(2016, 5, 3), D(2016, 5, 3), "day", "on", "exact", "2016-05-03"), "Tue 3 May 2016"),
    # relations: the expression names the start, the interval runs on to the dateline
    ((D(2014, 9, 1), D(2018, 10, 31), "month", "since", "exact", "2014-09"),
     "since Sep 2014"),
    ((D(2016, 5, 4), D(2016, 12, 31), "year", "until", "exact", "2016", "END"),
     "until end of 2016"),
    ((D(2016, 5, 2), D(2016, 5, 2), "day", "from", "exact", "2016-05-02"),
     "from Mon 2 May 2016"),
    # calendar units
    ((D(2016, 5, 1), D(2016, 5, 31), "month", "on", "exact", "2016-05"), "May 2016"),
    ((D(2015, 3, 1), D(2015, 5, 31), "season", "on", "exact", "2015-SP"), "spring 2015"),
    ((D(2015, 12, 1), D(2016, 2, 29), "season", "on", "exact", "2015-WI"),
     "winter 2015/16"),
    ((D(2016, 4, 1), D(2016, 6, 30), "quarter", "on", "exact", "2016-Q2"), "Q2 2016"),
    ((D(2016, 5, 2), D(2016, 5, 8), "week", "on", "exact", "2016-W18"), "week 18, 2016"),
    ((D(2010, 1, 1), D(2019, 12, 31), "decade", "on", "exact", "201"), "2010s"),
    ((D(1900, 1, 1), D(1999, 12, 31), "century", "on", "exact", "19"), "20th century"),
    ((D(2016, 1, 1), D(2016, 6, 30), "half", "on", "exact", "2016-H1"),
     "first half of 2016"),
    ((D(2016, 1, 1), D(2016, 12, 31), "year", "on", "exact", "2016"), "2016"),
    # ranges of days
    ((D(2016, 5, 3), D(2016, 5, 5), "day", "on", "exact", None), "3–5 May 2016"),
    ((D(2016, 4, 29), D(2016, 5, 2), "day", "on", "exact", None), "29 Apr – 2 May 2016"),
    # mods say what the narrowed interval means
    ((D(2016, 5, 1), D(2016, 5, 10), "month", "on", "exact", "2016-05", "START"),
     "early May 2016"),
    ((D(2015, 5, 2), D(2015, 9, 1), "year", "on", "exact", "2015", "MID"), "mid-2015"),
    ((D(2016, 5, 1), D(2016, 5, 31), "month", "on", "exact", "2016-05", "APPROX"),
     "around May 2016"),
    ((D(2016, 6, 8), D(2016, 6, 10), "week", "on", "exact", "2016-W23", "MID"),
     "middle of week 23, 2016"),
    ((D(1970, 1, 1), D(2016, 5, 31), "decade", "since", "exact", "197"),
     "since the 1970s"),
    # a month dateline leaves every Tuesday of a stretch open
    ((D(2018, 10, 2), D(2018, 10, 30), "day", "on", "ambiguous", "2018-10"),
     "Oct 2018 (some Tuesday)"),
    ((D(2018, 9, 25), D(2018, 10, 30), "day", "on", "ambiguous", "2018"),
     "25 Sep – 30 Oct 2018 (some Tuesday)"),
    ((D(2018, 9, 30), D(2018, 10, 30), "day", "on", "ambiguous", "2018"),
     "30 Sep – 30 Oct 2018 (some day)"),
    # vague references keep their stretch
    ((D(2018, 10, 1), D(2018, 11, 21), "week", "on", "ambiguous", "FUTURE_REF"),
     "in future (1 Oct – 21 Nov 2018)"),
])
def test_humanize(args, expected):
    assert humanize(*args) == expected


def test_clock_time():
    t = datetime(2016, 5, 3, 14, 30)
    assert humanize(D(2016, 5, 3), D(2016, 5, 3), "minute", "on", "exact",
                    "2016-05-03T14:30", None, t, datetime(2016, 5, 3, 14, 30, 59)) \
        == "3 May 2016, 14:30"


def test_part_of_day():
    assert humanize(D(2016, 5, 3), D(2016, 5, 3), "part_of_day", "on", "exact",
                    "2016-05-03TEV", None, datetime(2016, 5, 3, 17),
                    datetime(2016, 5, 3, 20, 59, 59)) == "3 May 2016, evening"


def test_since_without_a_value_uses_the_start():
    assert humanize(D(2013, 5, 4), D(2016, 5, 4), "year", "since", "exact", "P3Y") \
        == "since 2013"


def test_year_range_across_years():
    assert day_range_text(D(2015, 12, 30), D(2016, 1, 2)) == "30 Dec 2015 – 2 Jan 2016"


def test_humanize_row_reads_timeline_columns():
    row = {"date_start": D(2014, 9, 1), "date_end": D(2018, 10, 31),
           "granularity": "month", "relation": "since", "certainty": "exact",
           "timex_value": "2014-09", "timex_mod": None, "time_start": None,
           "time_end": None}
    assert humanize_row(row) == "since Sep 2014"
