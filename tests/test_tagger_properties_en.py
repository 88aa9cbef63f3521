"""Properties of the English tagger on any input: it never fails, its spans are the text
they claim, its intervals run forwards and its values are TIMEX3 values.

The texts are random unicode, and random sequences of the words English dates are made
of (so that rules fire, combine and overlap in ways no hand-written test lists).
"""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.model import Mention, Reference
from timeline.temporal import tag

# --- the TIMEX3 value grammar ------------------------------------------------------------

_D = r"[\dX]"
_CLOCK = r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT)"
_CALENDAR = (rf"{_D}{{4}}(?:-(?:{_D}{{2}}(?:-{_D}{{2}}(?:{_CLOCK})?)?"
             rf"|W{_D}{{2}}(?:-WE|-\d(?:{_CLOCK})?)?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?")
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (rf"P(?=[\dX])(?:{_AMOUNT}(?:DE|CE|WE|NI|[YMWDQCEL]))*"
             rf"(?:T(?:{_AMOUNT}[HMS])+)?|PT(?:{_AMOUNT}[HMS])+")
TIMEX3_VALUE = re.compile(
    rf"(?:{_CALENDAR}|{_D}{{3}}|{_D}{{2}}|{_DURATION}|PAST_REF|PRESENT_REF|FUTURE_REF)")
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def test_the_value_grammar_itself_accepts_and_rejects():
    good = ["1998", "1998-10", "1998-10-25", "1998-10-XX", "1998-10-25TNI", "1989-10-27T24:00",
            "2016-W18", "2016-W18-WE", "XXXX-WXX-2TNI", "1988-Q3", "1990-H1", "2014-SP",
            "199", "19", "P3Y", "P2Y6M", "PT5H30M", "PXY", "PXDE", "P1DT12H", "PAST_REF",
            "XXXX-09"]
    bad = ["", "1998-1", "1998-13-1", "P", "PT", "Tuesday", "1998-W", "NOW", "1998-Q5"]
    assert all(TIMEX3_VALUE.fullmatch(v) for v in good), \
        [v for v in good if not TIMEX3_VALUE.fullmatch(v)]
    assert not any(TIMEX3_VALUE.fullmatch(v) for v in bad), \
        [v for v in bad if TIMEX3_VALUE.fullmatch(v)]


# --- inputs ---------------------------------------------------------------------------------

DATE_WORDS = [
    "January", "Feb.", "March", "May", "Sept.", "December", "Monday", "Tuesday", "Friday",
    "Sunday", "Tuesdays", "today", "yesterday", "tomorrow", "tonight", "morning", "night",
    "nights", "noon", "midnight", "last", "next", "this", "past", "coming", "previous", "the",
    "a", "an", "of", "in", "on", "at", "since", "until", "through", "by", "before", "after",
    "ago", "later", "earlier", "early", "late", "mid-", "end", "beginning", "week", "weeks",
    "weekend", "month", "months", "year", "years", "year's", "decade", "decades", "century",
    "quarter", "quarters", "half", "fiscal", "period", "year-earlier", "year-ago", "first",
    "second", "third", "fourth", "two", "twenty", "four", "nineteen", "ninety-one", "several",
    "few", "couple", "about", "nearly", "more", "than", "1", "6", "13", "31", "32", "1989",
    "1998", "2000", "2016", "'80s", "1990s", "1960s", "20th", "10/13/89", "1998-08-07",
    "5", "p.m.", "a.m.", "EST", "o'clock", "spring", "summer", "fall", "winter", "Christmas",
    "Easter", "Thanksgiving", "daily", "annually", "every", "each", "once", "times", "now",
    "currently", "recently", "future", "said", "will", "had", "was", "postponed", "U.S.",
    "vs.", "Mr.", "that", "same", "day", "days", "hour", "hours", "minutes", "1/2", "and", "or",
    "10,000", "99999999", "5000", "centuries", "0800", "GMT", "(", ")", "every", ",",
    ".", ";", "``", "''", "\n\n", "-", "'s", "%", "$", "İ", "ſ",
    # the words of durations in two parts, modal clauses and holiday nights
    "half", "a half", "and a half", "could", "may", "expected", "ahead", "starting", "over",
    "spread", "early", "forty", "seconds", "months", "few", "Christmas night", "weekend",
]

date_word_text = st.lists(
    st.tuples(st.sampled_from(DATE_WORDS),
              st.sampled_from([" ", " ", " ", "", "\n", "-", ", "]),
              st.sampled_from(["keep", "keep", "keep", "upper", "lower", "title"])),
    max_size=40,
).map(lambda parts: "".join(
    (w.upper() if case == "upper" else w.lower() if case == "lower"
     else w.title() if case == "title" else w) + sep for w, sep, case in parts))

any_text = st.one_of(st.text(max_size=300), date_word_text,
                     st.tuples(date_word_text, st.text(max_size=40), date_word_text)
                     .map("".join))

references = st.one_of(
    st.none(),
    st.builds(Reference,
              dct=st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 12, 1)),
              precision=st.sampled_from(["day", "minute", "month", "year"])),
)


def test_counts_that_step_off_the_calendar_do_not_crash():
    ref = Reference(datetime(1600, 5, 4), "day")
    for text in ["10,000 years ago", "5000 centuries later", "99999999 days ago",
                 "In 1600. 2000 years earlier.", "In 1989 that hour passed."]:
        _check(text, tag(text, "en", ref))
    assert [m.value for m in tag("10,000 years ago", "en", ref)] == ["PAST_REF"]


def _check(text: str, found: list[Mention]) -> None:
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are out of order"
        last_end = m.end
        assert m.type in TYPES
        assert TIMEX3_VALUE.fullmatch(m.value), (m.text, m.value)
        if m.date_start is not None or m.date_end is not None:
            assert m.date_start is not None and m.date_end is not None
            assert m.date_start <= m.date_end, (m.text, m.value, m.date_start, m.date_end)
        if m.time_start is not None and m.time_end is not None:
            assert m.time_start <= m.time_end


PROPERTY_SETTINGS = settings(max_examples=300, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(text=any_text, reference=references, narrative=st.booleans())
def test_any_text_gives_well_formed_mentions(text, reference, narrative):
    _check(text, tag(text, "en", reference, narrative=narrative))


@PROPERTY_SETTINGS
@given(text=date_word_text, reference=references)
def test_date_word_soup_gives_well_formed_mentions(text, reference):
    _check(text, tag(text, "en", reference))


@PROPERTY_SETTINGS
@given(text=date_word_text, prefix=st.text(max_size=30))
def test_a_prefix_shifts_spans_but_keeps_them_true(text, prefix):
    # whatever precedes the text, every span still names exactly its own characters
    _check(prefix + text, tag(prefix + text, "en", Reference(datetime(2016, 5, 4), "day")))
