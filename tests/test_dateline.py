"""Datelines and printed dates: the sample format, the wire forms, precision, bad dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.dateline as dateline_module
from timeline.dateline import (
    PrintedDate,
    find_dateline,
    future_problem,
    nearest_year,
    parse_iso_reference,
    parse_printed_date,
)
from timeline.model import PRECISIONS, Reference

GERMAN_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"]
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


@pytest.mark.parametrize(("text", "dct", "precision", "iso"), [
    ("2018", datetime(2018, 1, 1), "year", "2018"),
    ("2018-10", datetime(2018, 10, 1), "month", "2018-10"),
    ("2018-10-04", datetime(2018, 10, 4), "day", "2018-10-04"),
    ("2018-10-04T14:30", datetime(2018, 10, 4, 14, 30), "minute", "2018-10-04T14:30"),
    ("2018-10-04 14:30:59+02:00", datetime(2018, 10, 4, 14, 30), "minute", "2018-10-04T14:30"),
])
def test_iso_reference_keeps_its_precision(text, dct, precision, iso):
    ref = parse_iso_reference(text, "Stuttgart", "dpa")
    assert (ref.dct, ref.precision, ref.iso) == (dct, precision, iso)
    assert (ref.place, ref.agency) == ("Stuttgart", "dpa")


@pytest.mark.parametrize(("text", "problem"), [
    ("2018-13-45", "impossible date"), ("2015-02-29", "impossible date"),
    ("soon", "not an ISO date"), ("04.05.2016", "not an ISO date"),
])
def test_iso_reference_refuses_what_is_not_a_date(text, problem):
    with pytest.raises(ValueError, match=problem):
        parse_iso_reference(text)


# --- the sample format --------------------------------------------------------------------

def test_sample_dateline_of_the_seed_article():
    first_line = " date 2018-10 Stuttgart (dpa) - Die USA drängen die Bündnispartner"
    d = find_dateline(first_line)
    assert d is not None and d.form == "sample"
    assert (d.place, d.agency, d.date_text) == ("Stuttgart", "dpa", "2018-10")
    assert d.reference == Reference(datetime(2018, 10, 1), "month", "Stuttgart", "dpa")
    assert first_line[d.end:].lstrip().startswith("Die USA")


@pytest.mark.parametrize(("line", "iso", "precision", "place", "agency", "body"), [
    ("date 2016 Berlin (dpa) - Text", "2016", "year", "Berlin", "dpa", "Text"),
    ("date 2016-05-04 Bad Homburg (dpa-AFX) – Text", "2016-05-04", "day", "Bad Homburg",
     "dpa-AFX", "Text"),
    ("date 2016-05-04T14:30 New York (AP) — Text", "2016-05-04T14:30", "minute", "New York",
     "AP", "Text"),
    ("date 2016-05-04 14:30 Baden-Baden (dpa) -- Text", "2016-05-04T14:30", "minute",
     "Baden-Baden", "dpa", "Text"),
    ("date 2016-05 (dpa) - Text", "2016-05", "month", None, "dpa", "Text"),
    ("date 2016-05 Kiel - Text", "2016-05", "month", "Kiel", None, "Text"),
    ("date 2016-05\nText on the next line", "2016-05", "month", None, None, "Text on"),
    ("date 2016-05-04, Kiel (dpa) - Text", "2016-05-04", "day", "Kiel", "dpa", "Text"),
])
def test_sample_dateline_variants(line, iso, precision, place, agency, body):
    d = find_dateline(line)
    assert d is not None and d.error is None
    assert (d.reference.iso, d.reference.precision) == (iso, precision)
    assert (d.place, d.agency) == (place, agency)
    assert line[d.end:].lstrip().startswith(body)


def test_sample_dateline_with_an_impossible_date_reports_it():
    d = find_dateline("date 2018-13-45 Stuttgart (dpa) - Text")
    assert d is not None and d.reference is None
    assert "impossible date" in d.error and "2018-13-45" in d.error


def test_hyphen_inside_a_place_is_not_the_dash_of_the_dateline():
    d = find_dateline("date 2016 Garmisch-Partenkirchen (dpa) - Schnee")
    assert d.place == "Garmisch-Partenkirchen"


# --- wire datelines -----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "lang", "iso", "precision", "place", "agency"), [
    ("BERLIN, 4. Mai 2016 (dpa) - Die", "de", "2016-05-04", "day", "BERLIN", "dpa"),
    ("Berlin, 04.05.2016 (AFP) - Die", "de", "2016-05-04", "day", "Berlin", "AFP"),
    ("Berlin, 4.5.16 (AFP) - Die", "de", "2016-05-04", "day", "Berlin", "AFP"),
    ("WASHINGTON, May 4, 2016 (Reuters) - The", "en", "2016-05-04", "day", "WASHINGTON",
     "Reuters"),
    ("NEW YORK, Wednesday, May 4, 2016 (Reuters) -- The", "en", "2016-05-04", "day",
     "NEW YORK", "Reuters"),
    ("Chicago, 5/4/2016 (AP) - The", "en", "2016-05-04", "day", "Chicago", "AP"),
    ("Frankfurt am Main, Mai 2016 (dpa-AFX) - Die", "de", "2016-05", "month",
     "Frankfurt am Main", "dpa-AFX"),
    ("PARIS, 2016 (AFP) - Le", None, "2016", "year", "PARIS", "AFP"),
    ("Halle, 3 May 2016 14:30 (AFP) - The", "en", "2016-05-03T14:30", "minute", "Halle", "AFP"),
])
def test_wire_datelines_with_dates(line, lang, iso, precision, place, agency):
    d = find_dateline(line, lang)
    assert d is not None and d.form == "wire" and d.error is None
    assert (d.reference.iso, d.reference.precision) == (iso, precision)
    assert (d.reference.place, d.reference.agency) == (place, agency)
    assert line[d.end:].strip() in ("Die", "The", "Le")


@pytest.mark.parametrize(("line", "place", "agency"), [
    ("Stuttgart (dpa) - Die USA", "Stuttgart", "dpa"),
    ("WASHINGTON (AP) — The", "WASHINGTON", "AP"),
    ("WASHINGTON (AP) – The", "WASHINGTON", "AP"),
    ("Stuttgart, Baden-Württemberg (dpa) - Die", "Stuttgart, Baden-Württemberg", "dpa"),
    ("(dpa) - Die", None, "dpa"),
    ("BERLIN, Mittwoch (dpa) - Die", "BERLIN", "dpa"),
    ("LONDON, Friday (Reuters) - The", "LONDON", "Reuters"),
])
def test_wire_datelines_without_a_date_give_no_reference(line, place, agency):
    d = find_dateline(line)
    assert d is not None and not d.has_date
    assert d.reference is None and d.error is None and d.month_day is None
    assert (d.place, d.agency) == (place, agency)


@pytest.mark.parametrize(("line", "month_day"), [
    ("LONDON, May 4 (Reuters) - The", (5, 4)),
    ("Berlin, 04.05. (dpa) - Die", (5, 4)),
    ("BERLIN, 29. Februar (dpa) - Die", (2, 29)),
])
def test_wire_dateline_without_a_year_is_not_resolved(line, month_day):
    d = find_dateline(line)
    assert d.reference is None and d.error is None
    assert d.month_day == month_day


@pytest.mark.parametrize("line", [
    "BERLIN, 45. Mai 2016 (dpa) - x",
    "BERLIN, 31. April 2016 (dpa) - x",
    "BERLIN, 29. Februar 2015 (dpa) - x",
    "Berlin, 32.05.2016 (AFP) - x",
    "Berlin, 04.13.2016 (AFP) - x",
])
def test_wire_dateline_with_an_impossible_date_reports_it(line):
    d = find_dateline(line, "de")
    assert d is not None and d.reference is None
    assert d.error and "date" in d.error


@pytest.mark.parametrize("text", [
    "Die USA drängen die Bündnispartner (Nato) zu mehr Einsatz.",
    "The president said on Tuesday that (as expected) - nothing.",
    "", "   ", "date palms grow in the desert",
    "Koalition streitet über Rente\n\nBERLIN (dpa) - Die",  # a headline comes first
])
def test_text_without_a_dateline_at_its_start(text):
    assert find_dateline(text) is None


# --- printed dates ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "dct", "precision", "has_year"), [
    ("4. Mai 2016", "de", datetime(2016, 5, 4), "day", True),
    ("Mai 2016", "de", datetime(2016, 5, 1), "month", True),
    ("May 2016", "en", datetime(2016, 5, 1), "month", True),
    ("2016", None, datetime(2016, 1, 1), "year", True),
    ("Wed, 04 May 2016 10:00:00 GMT", "en", datetime(2016, 5, 4, 10, 0), "minute", True),
    ("Wed, 04 May 2016 10:00:00 +0200", "en", datetime(2016, 5, 4, 10, 0), "minute", True),
    ("4 May 2016", "en", datetime(2016, 5, 4), "day", True),
    ("05/04/2016", "en", datetime(2016, 5, 4), "day", True),
    ("05/04/2016", "de", datetime(2016, 4, 5), "day", True),
    ("4. Mai", "de", datetime(2000, 5, 4), "day", False),
    ("2016-05-04", None, datetime(2016, 5, 4), "day", True),
    ("2016-5-4", None, datetime(2016, 5, 4), "day", True),
    ("2016-5", None, datetime(2016, 5, 1), "month", True),
])
def test_printed_dates_and_their_precision(text, lang, dct, precision, has_year):
    p = parse_printed_date(text, lang)
    assert (p.dct, p.precision, p.has_year) == (dct, precision, has_year)


@pytest.mark.parametrize("text", ["gestern", "soon", "", "4. und 5. Mai 2016",
                                  "2015 and 2016", "99. Mai 2016", "2016-2-30", "2016-13"])
def test_printed_dates_that_are_not_one_date(text):
    with pytest.raises(ValueError):
        parse_printed_date(text, "de")


@pytest.mark.parametrize(("month", "day", "near", "expected"), [
    (5, 4, date(2016, 5, 10), date(2016, 5, 4)),
    (12, 30, date(2016, 1, 2), date(2015, 12, 30)),
    (1, 2, date(2015, 12, 30), date(2016, 1, 2)),
    (2, 29, date(2017, 3, 1), date(2016, 2, 29)),
])
def test_nearest_year_for_a_date_without_one(month, day, near, expected):
    assert nearest_year(month, day, near) == expected


def test_future_reference_is_a_problem_with_a_day_of_slack():
    today = date(2026, 1, 10)
    assert future_problem(parse_iso_reference("2031-01-01"), today) == \
        "2031-01-01 is in the future"
    assert future_problem(parse_iso_reference("2026-01-11"), today) is None
    assert future_problem(parse_iso_reference("2026-01-12"), today) is not None
    assert future_problem(parse_iso_reference("2026-01"), today) is None


# --- properties ---------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_dateline_or_none_without_raising(text):
    d = find_dateline(text)
    if d is None:
        return
    assert 0 < d.end <= len(text)
    if d.reference is not None:
        assert d.reference.precision in PRECISIONS and d.error is None
    assert not (d.reference is not None and d.month_day is not None)


_WIRE_PREFIXES = st.sampled_from(["BERLIN, ", "Berlin, ", "WASHINGTON, ", "date ", "(", ""])
_WIRE_PIECES = st.sampled_from(["4. Mai 2016", "May 4", "2016-05-04", "(dpa) -", "(AP) —",
                                "13.13.2013", "Stuttgart", " ", "\n", "-", "31. April", "2016"])


@settings(max_examples=300, deadline=None)
@given(_WIRE_PREFIXES, st.lists(_WIRE_PIECES, max_size=6), st.text(max_size=20))
def test_dateline_like_text_never_raises(prefix, pieces, tail):
    text = prefix + "".join(pieces) + tail
    d = find_dateline(text, "de")
    if d is not None and d.reference is not None:
        assert d.reference.precision in PRECISIONS


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
def test_german_wire_dates_read_back(day):
    line = f"BERLIN, {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year} (dpa) - Text"
    d = find_dateline(line, "de")
    assert d.reference is not None, d.error
    assert (d.reference.first_day, d.reference.precision) == (day, "day")


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
def test_english_and_numeric_wire_dates_read_back(day):
    english = f"WASHINGTON, {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} (Reuters) - T"
    numeric = f"Berlin, {day.day:02d}.{day.month:02d}.{day.year} (AFP) - T"
    for line, lang in ((english, "en"), (numeric, "de")):
        d = find_dateline(line, lang)
        assert d.reference is not None, (line, d.error)
        assert d.reference.first_day == day


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(2999, 12, 31)),
       st.sampled_from(PRECISIONS))
def test_sample_dates_read_back_at_their_precision(moment, precision):
    ref = parse_iso_reference(moment.strftime("%Y-%m-%dT%H:%M"))
    iso = {"year": ref.iso[:4], "month": ref.iso[:7], "day": ref.iso[:10],
           "minute": ref.iso}[precision]
    d = find_dateline(f"date {iso} Kiel (dpa) - Text")
    assert (d.reference.iso, d.reference.precision) == (iso, precision)


# --- the fast path for common wire dates must read exactly as dateparser does ------------

MONTH_WORDS = sorted(dateline_module._MONTH_NUMBERS)


@pytest.fixture
def dateparser_only(monkeypatch):
    """parse_printed_date with the fast path switched off: every date goes to dateparser."""
    def parse(text, lang):
        with monkeypatch.context() as m:
            m.setattr(dateline_module, "_MONTH_NUMBERS", {})
            m.setattr(dateline_module, "_FAST_YEARS", range(0))
            return _outcome(text, lang)
    return parse


def _outcome(text, lang):
    try:
        return parse_printed_date(text, lang)
    except ValueError as err:
        return str(err)


def test_fast_path_reads_the_common_wire_forms():
    fast = dateline_module._fast_printed_date
    assert fast("4. Mai 2016") == PrintedDate(datetime(2016, 5, 4), "day", True)
    assert fast("Sept. 4") == PrintedDate(datetime(2000, 9, 4), "day", False)
    assert fast("May 4, 2016") == PrintedDate(datetime(2016, 5, 4), "day", True)
    # Left to dateparser: weekdays, times, impossible days, far years, unknown words.
    for text in ("Mittwoch, 4. Mai 2016", "4. Mai 2016 10:30", "30. Februar 2016",
                 "4. Mai 1850", "4. Wonnemond 2016", "Mai 2016"):
        assert fast(text) is None, text


@pytest.mark.parametrize("word", MONTH_WORDS)
def test_fast_path_agrees_with_dateparser(word, dateparser_only):
    dotted = word + "." if len(word) <= 4 else word
    texts = []
    for name in (word.capitalize(), word.upper(), dotted.capitalize()):
        for day in (1, 9, 29, 30, 31):
            for year in ("", " 2016", " 2000", " 2099"):
                texts += [f"{day}. {name}{year}", f"{day} {name}{year}",
                          f"{name} {day}" + (f",{year}" if year else "")]
    taken = 0
    for text in texts:
        taken += dateline_module._fast_printed_date(text) is not None
        for lang in ("de", "en"):
            assert _outcome(text, lang) == dateparser_only(text, lang), (text, lang)
    assert taken > len(texts) // 2  # the fast path did read most of them


@pytest.mark.parametrize("day", [1, 4, 12, 28, 29, 30, 31, 32])
@pytest.mark.parametrize("month", [1, 2, 4, 12, 13])
def test_numeric_dates_with_full_years_agree_with_dateparser(day, month, dateparser_only):
    for text in (f"{day:02d}.{month:02d}.2016", f"{day}.{month}.2000", f"{month}/{day}/2099",
                 f"{day}/{month}/1900"):
        for lang in ("de", "en"):
            assert _outcome(text, lang) == dateparser_only(text, lang), (text, lang)
