"""Reference times: ISO dates of any precision, and the datelines that wires print.

Two dateline forms open an article:
- the sample format `date 2018-10 Stuttgart (dpa) - ...` (ISO date of year, month, day or
  minute precision, then place and agency, each optional);
- wire datelines `BERLIN, 4. Mai 2016 (dpa) -`, `Berlin, 04.05.2016 (AFP) -`,
  `WASHINGTON, May 4, 2016 (Reuters) -`, `WASHINGTON (AP) —`, `LONDON, May 4 (Reuters) -`.
`find_dateline` reads either, never raises, and reports a date it cannot use (impossible,
or printed without its year) instead of guessing. dateparser normalizes printed dates; the
precision comes from what the text itself gives (a day number or not), not from dateparser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from timeline.model import Reference

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def parse_iso_reference(text: str, place: str | None = None,
                        agency: str | None = None) -> Reference:
    """A Reference from an ISO date of year, month, day or minute precision.

    Raises ValueError naming the problem for anything else (2018-13-45, "soon").
    """
    m = _ISO.match(text.strip())
    if not m:
        raise ValueError(f"not an ISO date: {text!r}")
    year, month, day = int(m["y"]), int(m["m"] or 1), int(m["d"] or 1)
    hour, minute = int(m["H"] or 0), int(m["M"] or 0)
    try:
        dct = datetime(year, month, day, hour, minute)
    except ValueError as err:
        raise ValueError(f"impossible date {text!r}: {err}") from None
    precision = "minute" if m["H"] else "day" if m["d"] else "month" if m["m"] else "year"
    return Reference(dct, precision, place, agency)


# --- printed dates (wire datelines, metadata that is not ISO) ---------------------------

@dataclass(frozen=True)
class PrintedDate:
    """A date as a text prints it. Without a year, `dct` carries the placeholder year 2000
    (a leap year, so 29 February survives) and `has_year` is False."""

    dct: datetime
    precision: str
    has_year: bool


_TIME_COLON = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_ZONE_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}\b")
_NUMERIC = re.compile(r"^(?:[^\W\d_]+,?\s+)?(\d{1,2})([./])(\d{1,2})\.?(?:[./](\d{2}|\d{4}))?$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_DAY = re.compile(r"(?<![\d.:/])(\d{1,2})(?:\.|st\b|nd\b|rd\b|th\b)?(?![\d:])")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_BASE = datetime(2000, 1, 1)  # placeholder year for dates printed without one


@lru_cache(maxsize=4096)
def _dateparser(text: str, languages: tuple[str, ...], date_order: str | None) -> datetime | None:
    import dateparser  # heavy import, only when a printed date needs it

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RELATIVE_BASE": _BASE,
        "RETURN_AS_TIMEZONE_AWARE": False,
        # A dateline date is absolute: "gestern" or "in 2 days" is not a dateline.
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    if date_order:
        settings["DATE_ORDER"] = date_order
    try:
        return dateparser.parse(text, languages=list(languages), settings=settings)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


def _languages(lang: str | None) -> tuple[str, ...]:
    return ("en", "de") if lang == "en" else ("de", "en")


# --- the common wire forms without dateparser ------------------------------------------
# dateparser takes 1-2 ms per date; nearly every wire dateline prints one of a few forms
# ("4. Mai 2016", "May 4, 2016", "Sept. 4", "04.05.2016"). These are read here; anything
# else, and any day the calendar lacks, still goes to dateparser. The fast path only
# accepts what dateparser reads the same way (tests/test_dateline.py checks both agree).

_MONTH_NUMBERS = {
    **{name: n for n, name in enumerate(
        ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
         "september", "oktober", "november", "dezember"), start=1)},
    **{name: n for n, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), start=1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12,
}
_FAST_YEARS = range(1900, 2100)  # wire datelines of our time; others go to dateparser
_DAY_MONTH = re.compile(r"(\d{1,2})\.? ([^\W\d_]+)\.?(?: (\d{4}))?")  # 4. Mai 2016
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.? (\d{1,2})(?:, (\d{4}))?")  # May 4, 2016 / Sept. 4


def _fast_printed_date(span: str) -> PrintedDate | None:
    """The date of a common wire form (day and month by name, year or not), or None to
    leave it to dateparser."""
    m = _DAY_MONTH.fullmatch(span)
    if m:
        day, month_name, year = m.groups()
    else:
        m = _MONTH_DAY.fullmatch(span)
        if not m:
            return None
        month_name, day, year = m.groups()
    month = _MONTH_NUMBERS.get(month_name.lower())
    if month is None:
        return None
    return _checked_date(year, month, int(day))


def _checked_date(year: str | None, month: int, day: int) -> PrintedDate | None:
    """A day-precision PrintedDate when the day exists, else None (dateparser decides)."""
    if year is not None and int(year) not in _FAST_YEARS:
        return None
    try:
        return PrintedDate(datetime(int(year or 2000), month, day), "day", year is not None)
    except ValueError:
        return None


def parse_printed_date(text: str, lang: str | None = None) -> PrintedDate:
    """The date a dateline or a metadata field prints: `4. Mai 2016`, `04.05.2016`,
    `May 4, 2016`, `Wed, 04 May 2016 10:00:00 GMT`, `Mai 2016`, `May 4` (no year).

    Raises ValueError naming the problem when it is not a (possible) date.
    """
    span = " ".join(text.split())
    if not span or not any(c.isdigit() for c in span):
        raise ValueError(f"not a date: {text!r}")
    try:
        ref = parse_iso_reference(span)
        return PrintedDate(ref.dct, ref.precision, True)
    except ValueError:
        if _ISO.match(span):
            raise  # an ISO date that does not exist (2018-13-45)
    loose_iso = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", span)  # 2016-5-4
    if loose_iso:
        year, month, day = (int(g) if g else None for g in loose_iso.groups())
        try:
            return PrintedDate(datetime(year, month, day or 1), "day" if day else "month", True)
        except ValueError:
            raise ValueError(f"impossible date {text!r}") from None

    numeric = _NUMERIC.match(span)
    if numeric:
        day_str, sep, month_str, year_str = numeric.groups()
        # Dotted dates are day first everywhere; slashes are month first in English.
        order = "MDY" if sep == "/" and lang == "en" else "DMY"
        day, month = (int(month_str), int(day_str)) if order == "MDY" else (
            int(day_str), int(month_str))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise ValueError(f"impossible date {text!r}")
        if year_str is None:
            try:
                return PrintedDate(datetime(2000, month, day), "day", False)
            except ValueError:
                raise ValueError(f"impossible date {text!r}") from None
        if len(year_str) == 4:
            fast = _checked_date(year_str, month, day)
            if fast is not None:
                return fast
        parsed = _dateparser(span, _languages(lang), order)
        if parsed is None or (parsed.day, parsed.month) != (day, month):
            raise ValueError(f"impossible date {text!r}")
        return PrintedDate(datetime(parsed.year, month, day), "day", True)

    fast = _fast_printed_date(span)
    if fast is not None:
        return fast

    # Take times and zone offsets out first, so "10:00" and "+0200" count as neither
    # day nor year.
    rest = _ZONE_OFFSET.sub(" ", _TIME_COLON.sub(" ", span))
    years = _YEAR.findall(rest)
    days = _DAY.findall(_YEAR.sub(" ", rest))
    if len(years) > 1 or len(days) > 1:
        raise ValueError(f"not a single date: {text!r}")
    if days and int(days[0]) > 31:
        raise ValueError(f"impossible date {text!r}")
    has_time = bool(_TIME_COLON.search(span))
    if not _LETTERS.search(rest):
        if years and not days and not has_time:
            return PrintedDate(datetime(int(years[0]), 1, 1), "year", True)
        raise ValueError(f"not a date: {text!r}")
    parsed = _dateparser(span, _languages(lang), None)
    if parsed is None:
        raise ValueError(f"impossible or unreadable date {text!r}")
    if years and parsed.year != int(years[0]):
        raise ValueError(f"unreadable date {text!r}")
    if days and parsed.day != int(days[0]):
        raise ValueError(f"impossible date {text!r}")
    year = parsed.year if years else 2000
    if not days:
        return PrintedDate(datetime(year, parsed.month, 1), "month", bool(years))
    if has_time:
        return PrintedDate(datetime(year, parsed.month, parsed.day, parsed.hour, parsed.minute),
                           "minute", bool(years))
    return PrintedDate(datetime(year, parsed.month, parsed.day), "day", bool(years))


def nearest_year(month: int, day: int, near: date) -> date:
    """The date with this month and day closest to `near` (a dateline printed without its
    year, such as `LONDON, May 4 (Reuters)`, resolved against another known date)."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February outside leap years
            continue
    if not candidates:
        raise ValueError(f"no date {month:02d}-{day:02d} near {near.isoformat()}")
    return min(candidates, key=lambda d: abs((d - near).days))


def future_problem(reference: Reference, today: date) -> str | None:
    """Why a reference time cannot be right because it lies after today, or None.

    One day of slack: a dateline written east of here may already carry tomorrow's date.
    """
    if reference.first_day > today + timedelta(days=1):
        return f"{reference.iso} is in the future"
    return None


# --- datelines ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Dateline:
    """The dateline that opens a text, as far as it can be read."""

    text: str  # as printed, e.g. "BERLIN, 4. Mai 2016 (dpa) -"
    end: int  # offset in the text just after the dateline
    form: str  # "sample" (date 2018-10 Place (agency) -) or "wire"
    place: str | None = None
    agency: str | None = None
    date_text: str | None = None  # the date as printed; None when the dateline gives none
    reference: Reference | None = None  # set when the date is complete and possible
    month_day: tuple[int, int] | None = None  # a day printed without its year (May 4)
    error: str | None = None  # why the printed date is not usable

    @property
    def has_date(self) -> bool:
        return self.date_text is not None


_LEAD = r"^[ \t\ufeff]*"
_DASH = r"(?P<dash>--|[-\u2013\u2014:])"
_AGENCY = r"\((?P<agency>[A-Za-z\u00c0-\u00ff][^()\n]{0,39})\)"
_SAMPLE = re.compile(
    _LEAD + r"date[ \t]+(?P<date>\d[^\s(),;]*(?:[ \t]\d{1,2}:\d{2}(?::\d{2})?(?![^\s(),;]))?)"
    r"(?P<tail>[^\n]*)"
)
_SAMPLE_TAIL = re.compile(
    r"^[ \t]*[,;]?[ \t]*(?P<place>[^()\n]{0,60}?)[ \t]*(?:" + _AGENCY + r"[ \t]*)?"
    + _DASH + r"(?=\s|$)"
)
# A place: up to five words, the first capitalized, no commas or parentheses
# ("BERLIN", "Frankfurt/Main", "New York", "Frankfurt am Main", "St. Louis").
_PLACE = r"(?P<place>[A-Z\u00c0-\u00de][^\s,()]*(?:[ \t]+(?![-\u2013\u2014])[^\s,()]+){0,4})"
_WIRE = re.compile(
    _LEAD + r"(?:" + _PLACE + r"(?:,[ \t]*(?P<date>[^()\n]{1,45}?))?[ \t]*)?"
    + _AGENCY + r"[ \t]*" + _DASH
)


_WEEKDAY = re.compile(
    r"(?i)(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


def find_dateline(text: str, lang: str | None = None) -> Dateline | None:
    """The dateline at the start of `text`, or None when it has none. Never raises: a date
    that cannot be used is reported in `error` (impossible) or `month_day` (no year)."""
    sample = _SAMPLE.match(text)
    if sample:
        return _sample_dateline(text, sample)
    wire = _WIRE.match(text)
    if wire:
        return _wire_dateline(text, wire, lang)
    return None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _sample_dateline(text: str, m: re.Match) -> Dateline:
    date_text = m["date"]
    tail = _SAMPLE_TAIL.match(m["tail"])
    if tail:
        place, agency = _clean(tail["place"]), _clean(tail["agency"])
        end = m.start("tail") + tail.end()
    else:  # `date 2018-10` alone, or followed directly by text: the body starts there
        place = agency = None
        end = m.end("date")
    printed = text[:end].strip()
    try:
        ref = parse_iso_reference(date_text, place, agency)
    except ValueError as err:
        return Dateline(printed, end, "sample", place, agency, date_text, error=str(err))
    return Dateline(printed, end, "sample", place, agency, date_text, ref)


def _wire_dateline(text: str, m: re.Match, lang: str | None) -> Dateline:
    place, agency, date_text = _clean(m["place"]), _clean(m["agency"]), _clean(m["date"])
    printed = text[:m.end()].strip()
    if date_text and _WEEKDAY.fullmatch(date_text):
        date_text = None  # "BERLIN, Mittwoch (dpa)": a weekday alone dates nothing
    elif date_text and not any(c.isdigit() for c in date_text):
        # "Stuttgart, Baden-Württemberg (dpa)": a qualified place, not a date
        place, date_text = f"{place}, {date_text}", None
    if date_text is None:
        return Dateline(printed, m.end(), "wire", place, agency)
    try:
        printed_date = parse_printed_date(date_text, lang)
    except ValueError as err:
        return Dateline(printed, m.end(), "wire", place, agency, date_text, error=str(err))
    if not printed_date.has_year:
        md = (printed_date.dct.month, printed_date.dct.day)
        if printed_date.precision == "month":
            return Dateline(printed, m.end(), "wire", place, agency, date_text,
                            error=f"date {date_text!r} gives neither day nor year")
        return Dateline(printed, m.end(), "wire", place, agency, date_text, month_day=md)
    ref = Reference(printed_date.dct, printed_date.precision, place, agency)
    return Dateline(printed, m.end(), "wire", place, agency, date_text, ref)
