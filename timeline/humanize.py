"""Say when an event happened the way a person would: "Tue 3 May 2016", "since Sep 2014".

Pure functions over the columns of a `timeline` row. The output is English whatever the
article's language, so a mixed German/English timeline reads as one list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from timeline.temporal.values import interval_of

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                "NI": "night", "DT": "daytime"}
VAGUE = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in future"}
# the word that opens a relation ("seit" -> since); `on` and `during` need none
RELATION_WORDS = {"since": "since", "until": "until", "from": "from", "before": "before",
                  "after": "after"}
MOD_WORDS = {"APPROX": "around", "BEFORE": "before", "AFTER": "after",
             "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from", "LESS_THAN": "less than",
             "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most",
             "EQUAL_OR_MORE": "at least"}

_POD = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


# --- dates -----------------------------------------------------------------------

def day_text(d: date, weekday: bool = True) -> str:
    """3 May 2016, with the weekday in front ("Tue 3 May 2016") unless asked not to."""
    text = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{WEEKDAYS_SHORT[d.weekday()]} {text}" if weekday else text


def month_text(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def day_range_text(start: date, end: date) -> str:
    """3–5 May 2016; 30 Apr – 2 May 2016; 30 Dec 2015 – 2 Jan 2016."""
    if start == end:
        return day_text(start, weekday=False)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {day_text(end, weekday=False)}"
    return f"{day_text(start, weekday=False)} – {day_text(end, weekday=False)}"


def month_range_text(start: date, end: date) -> str:
    """May 2016; May – Jul 2016; Nov 2015 – Feb 2016."""
    if (start.year, start.month) == (end.year, end.month):
        return month_text(start)
    if start.year == end.year:
        return f"{MONTHS[start.month - 1]} – {month_text(end)}"
    return f"{month_text(start)} – {month_text(end)}"


def _whole_months(start: date, end: date) -> bool:
    return start.day == 1 and (end + timedelta(days=1)).day == 1


def _whole_years(start: date, end: date) -> bool:
    return (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)


def range_text(start: date, end: date) -> str:
    """A stretch of days at the coarsest precision that says it exactly."""
    if _whole_years(start, end):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if _whole_months(start, end):
        return month_range_text(start, end)
    return day_range_text(start, end)


def clock_text(t: datetime) -> str:
    return f"{day_text(t.date(), weekday=False)}, {t:%H:%M}"


# --- one calendar unit, as the granularity names it -------------------------------

def unit_text(start: date, end: date, granularity: str | None,
              value: str | None = None) -> str:
    """The stretch [start, end] named as its granularity's unit: "May 2016", "Q2 2016",
    "week 18, 2016", "spring 2015", "2010s". Falls back to a range of days."""
    g = granularity or "day"
    if g == "day":
        return day_text(start) if start == end else day_range_text(start, end)
    if g == "week":
        year, week, weekday = start.isocalendar()
        if weekday == 1 and end == start + timedelta(days=6):
            return f"week {week}, {year}"
    if g == "weekend" and (end - start).days == 1:
        return f"weekend of {day_range_text(start, end)}"
    if g == "month" and _whole_months(start, end):
        return month_range_text(start, end)
    if g == "quarter" and _whole_months(start, end) and start.month % 3 == 1 \
            and (end - start).days < 95:
        return f"Q{start.month // 3 + 1} {start.year}"
    if g == "half" and _whole_months(start, end) and start.month in (1, 7) \
            and (end - start).days < 186:
        return f"{'first' if start.month == 1 else 'second'} half of {start.year}"
    if g == "season":
        season = _season_name(value, start)
        if season:
            year = f"{start.year}/{str(end.year)[-2:]}" if end.year != start.year \
                else str(start.year)
            return f"{season} {year}"
    if g == "year" and _whole_years(start, end):
        return range_text(start, end)
    if g == "decade" and _whole_years(start, end) and start.year % 10 == 0 \
            and end.year == start.year + 9:
        return f"{start.year}s"
    if g == "century" and _whole_years(start, end) and end.year - start.year >= 98:
        number = end.year // 100 + (1 if end.year % 100 else 0)
        return f"{_ordinal(number)} century"
    return range_text(start, end)


def _season_name(value: str | None, start: date) -> str | None:
    if value and value[-2:] in SEASONS:
        return SEASONS[value[-2:]]
    by_first_month = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
    return by_first_month.get(start.month) if start.day == 1 else None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _with_mod(text: str, mod: str | None) -> str:
    if text.startswith("week"):  # "mid-week 23" reads as midweek: say it in full
        if mod == "START":
            return f"start of {text}"
        if mod == "MID":
            return f"middle of {text}"
    if mod == "START":
        return f"early {text}"
    if mod == "MID":
        return f"mid-{text}"
    if mod == "END":
        return f"end of {text}"
    if mod in MOD_WORDS:
        return f"{MOD_WORDS[mod]} {text}"
    return text


# --- the whole event --------------------------------------------------------------

def _named_value(value: str | None, mod: str | None) -> str | None:
    """What the expression itself names (2014-09 -> "Sep 2014", 2016 + END -> "end of
    2016"), independent of how far the relation stretches the interval."""
    if not value:
        return None
    iv = interval_of(value)  # the unnarrowed unit: the mod is said in words
    if iv is None:
        return None
    if iv.time_start is not None:
        pod = _POD.search(value)
        text = (f"{day_text(iv.start, weekday=False)}, {PARTS_OF_DAY[pod[1]]}" if pod
                else clock_text(iv.time_start))
    else:
        text = unit_text(iv.start, iv.end, iv.granularity, value)
    return _with_mod(text, mod)


def _ambiguous_text(start: date, end: date, granularity: str) -> str:
    """An interval that covers every candidate a coarse dateline leaves open:
    "Oct 2018 (some Tuesday)", "25 Sep – 30 Oct 2018 (some Tuesday)"."""
    if granularity == "day" and start.weekday() == end.weekday() and (end - start).days >= 7:
        unit = WEEKDAYS[start.weekday()]
    else:
        unit = {"minute": "time", "hour": "time", "part_of_day": "time"}.get(granularity,
                                                                            granularity)
    if (start.year, start.month) == (end.year, end.month) and (end - start).days >= 6:
        where = month_text(start)
    elif start.year == end.year and _whole_years(start, end):
        where = str(start.year)
    else:
        where = day_range_text(start, end)
    return f"{where} (some {unit})"


def humanize(date_start: date, date_end: date, granularity: str | None = "day",
             relation: str | None = "on", certainty: str | None = "exact",
             timex_value: str | None = None, timex_mod: str | None = None,
             time_start: datetime | None = None, time_end: datetime | None = None) -> str:
    """When an event happened, in words: "Tue 3 May 2016", "since Sep 2014",
    "until end of 2016", "Oct 2018 (some Tuesday)", "3 May 2016, 14:30"."""
    granularity = granularity or "day"
    relation = relation or "on"
    if timex_value in VAGUE:
        return f"{VAGUE[timex_value]} ({range_text(date_start, date_end)})"
    if certainty == "ambiguous":
        text = _ambiguous_text(date_start, date_end, granularity)
        word = RELATION_WORDS.get(relation)
        return f"{word} {text}" if word else text
    named = _named_value(timex_value, timex_mod)
    if relation in ("since", "after", "from") and named is None:
        named = _point_text(date_start, granularity, time_start)
    if relation in ("until", "before") and named is None:
        named = _point_text(date_end, granularity, time_end)
    if relation in RELATION_WORDS:
        if named.endswith(("0s", "century")) and named[0].isdigit():
            named = f"the {named}"  # "since the 1970s"
        return f"{RELATION_WORDS[relation]} {named}"
    if time_start is not None and granularity in ("minute", "hour"):
        if time_end is None or time_end.date() == time_start.date():
            return clock_text(time_start)
    if named is not None and timex_mod not in (None, "START", "MID", "END"):
        return named  # "around May 2016": the mod changes the meaning, keep its words
    if named is not None and timex_mod in ("START", "MID", "END"):
        return named  # "early May 2016" says more than the narrowed days would
    if granularity == "part_of_day" and named is not None:
        return named
    return unit_text(date_start, date_end, granularity, timex_value)


def _point_text(d: date, granularity: str, t: datetime | None) -> str:
    if t is not None and granularity in ("minute", "hour"):
        return clock_text(t)
    if granularity == "day":
        return day_text(d)
    if granularity == "month":
        return month_text(d)
    if granularity in ("year", "decade", "century"):
        return str(d.year)
    return day_text(d, weekday=False)


def humanize_row(row: Mapping) -> str:
    """`humanize` over a row of `timeline` / `timeline_view` (dict or mapping)."""
    return humanize(row["date_start"], row["date_end"], row.get("granularity"),
                    row.get("relation"), row.get("certainty"), row.get("timex_value"),
                    row.get("timex_mod"), row.get("time_start"), row.get("time_end"))
