"""Properties of the German tagger that must hold for any text and any reference time:
it never raises, every mention's span lies inside the text and matches its text, calendar
intervals run forwards, and every value follows the TIMEX3 value grammar."""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.model import PRECISIONS, Reference
from timeline.temporal import tag

# --- the TIMEX3 value grammar (as far as the tagger writes values) ----------------------

_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DATE_VALUE = (
    r"(?:BC)?(?:\d{4}|XXXX)"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX)(?:T(?:\d{2}|XX)(?::(?:\d{2}|XX)(?::\d{2})?)?"
    r"|T(?:MO|MI|AF|EV|NI|DT))?)?"
    r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE|WD)(?:T(?:MO|MI|AF|EV|NI|DT|\d{2}:\d{2}))?)?"
    r"|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
)
TIMEX3_VALUE = re.compile(
    rf"^(?:{_DATE_VALUE}"
    r"|(?:BC)?\d{2,3}"  # centuries and decades
    r"|PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|T\d{2}:\d{2}"  # a clock time of no particular day
    rf"|P{_NUM}(?:Y|M|W|D|DE|CE|WE|Q|H)"
    rf"|PT(?=[\dX])(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?"
    r")$"
)


def test_grammar_accepts_and_rejects():
    for good in ("2014-02-18", "2014-W08-WE", "2014-Q3", "199", "19", "BC0499", "PXY",
                 "PT1M56.32S", "XXXX-WXX-1TEV", "2015-03-10TEV", "T20:00", "P1D", "PT3.5M"):
        assert TIMEX3_VALUE.match(good), good
    for bad in ("", "2014-13-1", "P", "PT", "PT1", "heute", "2014-Q5", "P1X", "XXXX-SU-",
                "2014-02-18T", "1-2-3"):
        assert not TIMEX3_VALUE.match(bad), bad


# --- strategies --------------------------------------------------------------------

WORDS = (
    "am im vom bis seit ab vor nach um gegen Anfang Mitte Ende Beginn des der den dem das "
    "Jahres Jahr Jahre Jahren Jahrzehnten Jahrhunderts Monat Monate Woche Wochen Tag Tage "
    "Tagen Stunden Minuten Sekunden Quartal Halbjahr Jahreshälfte Vorjahresquartal "
    "Vorjahreszeitraum Gesamtjahr Saison Wochenende Wochenenden heute gestern morgen Morgen "
    "übermorgen vorgestern heuer damals jetzt bald Heute Abend Nacht Nachmittag früh abends "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonntagabend Freitagfrüh "
    "montags jeden jede jedem ersten zweiten dritten vierten letzten kommenden vergangenen "
    "nächsten nächster laufenden laufende diesem dieser dieses vorigen selben gleichen "
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November "
    "Dezember Okt. Sept. Frühjahr Frühling Sommer Herbst Winter Spätsommer Frühsommer "
    "Weihnachten Ostern Pfingsten Neujahr Silvester Heiligen KW Kalenderwoche Q1 Q4 "
    "Uhr v. Chr. n. Chr. Jh. zwei drei zehn zwanzig hundert einem einer ein paar einige "
    "wenigen mehreren rund etwa knapp über mehr als später zuvor danach darauf Tag Vortag "
    "täglich jährlich wöchentlich alle pro je im Monat zweimal er sie hat wird wurde war "
    "sagte soll sei habe hätte wäre geplant gewesen worden beginnt stattfinden "
    "Lebensjahren Verhandlungstagen dauern lang 90er 1990er achtziger neunziger Jahrhundert"
).split()
NUMBERS = st.one_of(
    st.integers(0, 99999).map(str),
    st.sampled_from(["1.", "12.", "31.", "0.", "00", "24.12.2014", "1.9.39", "2014-02-30",
                     "2014/15", "1948/49", "1870/71", "12.30", "9:45", "25:61", "0:00",
                     "1:56,32", "3,5", "04/05/2016", "2016/05/04", "'16", "29.2.", "31.4.",
                     "1999", "2000", "0001", "9999", "10000", "200", "264–260"]),
)
PUNCT = st.sampled_from([".", ",", ";", ":", "-", "–", "/", "(", ")", "\n", "\n\n", '"',
                         "„", "“", "!", "?", " ", "  ", "*", "•"])
TOKEN = st.one_of(st.sampled_from(WORDS), NUMBERS, PUNCT)
SEPARATOR = st.sampled_from([" ", " ", " ", "", "\n", ", "])


@st.composite
def german_date_text(draw) -> str:
    tokens = draw(st.lists(TOKEN, max_size=40))
    seps = draw(st.lists(SEPARATOR, min_size=len(tokens), max_size=len(tokens)))
    return "".join(t + s for t, s in zip(tokens, seps, strict=True))


TEXTS = st.one_of(st.text(max_size=200), german_date_text(),
                  st.tuples(german_date_text(), st.text(max_size=30), german_date_text())
                  .map("".join))

REFERENCES = st.one_of(
    st.none(),
    st.builds(Reference, st.datetimes(min_value=datetime(1, 1, 1),
                                      max_value=datetime(9999, 12, 31, 23, 59)),
              st.sampled_from(PRECISIONS)),
    # ordinary dates, where most rules resolve to something
    st.builds(Reference, st.datetimes(min_value=datetime(1900, 1, 1),
                                      max_value=datetime(2100, 12, 31)),
              st.sampled_from(PRECISIONS)),
)


def _reference_for(dct: datetime, precision: str) -> Reference:
    """A reference as the dateline parser builds it: the start of its period."""
    if precision == "year":
        dct = datetime(dct.year, 1, 1)
    elif precision == "month":
        dct = datetime(dct.year, dct.month, 1)
    elif precision == "day":
        dct = datetime(dct.year, dct.month, dct.day)
    return Reference(dct, precision)


def check_mentions(text: str, reference: Reference | None, narrative: bool) -> None:
    mentions = tag(text, "de", reference, narrative=narrative)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert text[m.start:m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET"), m.type
        assert TIMEX3_VALUE.match(m.value), (m.text, m.value)
        if m.date_start is not None or m.date_end is not None:
            assert m.date_start is not None and m.date_end is not None
            assert m.date_start <= m.date_end, (m.text, m.value, m.date_start, m.date_end)
        if m.time_start is not None and m.time_end is not None:
            assert m.time_start <= m.time_end
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start, "mentions overlap"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, reference=REFERENCES, narrative=st.booleans())
@example(text="am 29. Februar", reference=Reference(datetime(2015, 3, 1), "day"),
         narrative=False)
@example(text="vor 9999 Jahren, in 500 Jahren, 3000 Jahre später",
         reference=Reference(datetime(9999, 12, 31), "day"), narrative=False)
@example(text="im Vorjahresquartal, Ein Jahr zuvor im ersten Quartal",
         reference=Reference(datetime(1, 1, 1), "day"), narrative=False)
@example(text="1000000,1 Verhandlungstag, Winter 1948/49, Ende des Jahrhunderts, 1:56,3 Minuten",
         reference=None, narrative=True)
def test_any_text_any_reference(text, reference, narrative):
    check_mentions(text, reference, narrative)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=german_date_text(),
       dct=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
       precision=st.sampled_from(PRECISIONS), narrative=st.booleans())
def test_dateline_shaped_references(text, dct, precision, narrative):
    check_mentions(text, _reference_for(dct, precision), narrative)


@settings(max_examples=200, deadline=None)
@given(text=german_date_text())
def test_tagging_is_deterministic(text):
    ref = Reference(datetime(2016, 5, 4), "day")
    first = [(m.start, m.end, m.value) for m in tag(text, "de", ref)]
    again = [(m.start, m.end, m.value) for m in tag(text, "de", ref)]
    assert first == again


@settings(max_examples=200, deadline=None)
@given(text=german_date_text())
def test_no_reference_keeps_every_span_and_type(text):
    """Without a dateline the tagger finds the same expressions, only leaves relative
    values open: a text with no date is not a text with no temporal expressions."""
    ref = Reference(datetime(2016, 5, 4), "day")
    with_reference = [(m.start, m.end, m.type) for m in tag(text, "de", ref)]
    without = tag(text, "de", None)
    assert [(m.start, m.end, m.type) for m in without] == with_reference
    for m in without:
        if m.anchor != "absolute":
            assert m.date_start is None and m.date_end is None, (m.text, m.value)
