"""Decide whether a document is news (anchored on its dateline) or a narrative (anchored
on the dates the story itself gives).

News names years close to its dateline and speaks from the dateline's point of view
("gestern", "am Montag", "heuer", "yesterday", "last week"). A narrative (an encyclopedia
article, a history) names many years far from the reference time — here the reference
may be a mere download date — and hardly any dateline-relative words.
"""

from __future__ import annotations

import re
from statistics import median

from timeline.model import Reference
from timeline.temporal.en_lexicon import CAPITALISED_FULL_MONTHS

# A year in digits; "1990er" names a decade and says nothing about the story's own time.
# The look-behind (no digit, point or comma before) sits after the first digit so that the
# pattern starts with a literal and the scan skips ahead to a 1 or 2 (3x faster).
_YEAR = re.compile(r"1(?<![\d.,]1)[0-9]{3}(?![\d]|er\b|er-|er[ns]\b)"
                   r"|2(?<![\d.,]2)0[0-9]{2}(?![\d]|er\b|er-|er[ns]\b)")
_BC_YEAR = re.compile(r"\b\d{1,4}\s+(?:v\.\s*Chr\.|BC|B\.C\.)")
_BC_MARKS = ("Chr.", "BC", "B.C.")  # a text without any of them has no _BC_YEAR match
# English years before 1000: with an era ("AD 410", "410 AD", "410 CE") or after a month
# ("August 408", "9 August 378"): far from any dateline
_EARLY_YEAR_EN = re.compile(
    r"\b(?:AD|A\.D\.)\s+\d{1,4}\b|\b\d{1,4}\s+(?:AD|CE|A\.D\.)(?![\w])"
    rf"|\b(?:{CAPITALISED_FULL_MONTHS})\s+\d{{3}}\b(?![,.]?\d)")
_DEICTIC = {
    "de": re.compile(
        r"\b(?:[Gg]estern|[Vv]orgestern|[Hh]euer|morgen|übermorgen|[Mm]ontag|[Dd]ienstag|"
        r"[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onntag|[Ww]ochenende|"
        r"(?:diese[rn]?|vergangene[nr]?|letzte[nr]?|kommende[nr]?|nächste[nr]?)\s+Woche"
        # "im nächsten Monat", like English "next month"
        r"|(?:diese[mn]|vergangenen|letzten|kommenden|nächsten)\s+Monat)\b"),
    "en": re.compile(
        r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday|weekend|(?:this|last|next)\s+(?:week|month)"
        # "last year", "two years ago" (but "the next year" of a story counts on from it)
        r"|(?<!the\s)(?<!The\s)(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:year|spring|summer|fall|"
        r"autumn|winter)|(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?|days?)"
        r"\s+ago)\b"),
}


_PRESENT_ERA_EN = re.compile(r"\b[Tt]oday,?\s+(?:[\w']+\s+){0,4}?(?:is|are|remains?|stands?|"
                             r"lies|lie|survives?|still|forms?|houses?|belongs?|can|marks?)\b")


_MONTH_EN = f"(?:{CAPITALISED_FULL_MONTHS})"
# "July 18", "18 July", "the 3rd of May" with no year after them
_YEARLESS_DAY_EN = re.compile(
    rf"\b(?:{_MONTH_EN}\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_EN})\b(?!,?\s*\d|\s*[-\u2013])")
# a weekday naming the day of a date written next to it ("on Wednesday, July 16, 1969") is
# no word of the dateline's week
_WEEKDAY_OF_DATE_EN = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
    rf"(?:{_MONTH_EN}\s+[0-3]?\d(?:st|nd|rd|th)?,?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_EN},?)\s+(?P<year>1\d{{3}}|20\d\d)\b")


def _weekdays_of_past_dates_en(text: str, ref_year: int) -> int:
    return sum(int(m["year"]) < ref_year - 2 for m in _WEEKDAY_OF_DATE_EN.finditer(text))


# "July 16, 1969", "16 July 1969"
_FULL_DATE_EN = re.compile(
    rf"\b(?:{_MONTH_EN}\s+[0-3]?\d(?:st|nd|rd|th)?,?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_EN},?)\s+(?P<year>1\d{{3}}|20\d\d)\b")


def _story_days_en(text: str, ref_year: int, all_years: list[int]) -> int:
    """Yearless days ("July 18") written after a full date far before the reference
    ("July 16, 1969"): a story going on in that year, not news of the dateline's weeks
    (which may recall "convicted on March 3, 1999" and go on with "arrested on July
    18"). The story gives two such dates, or one in a year it keeps naming."""
    years = [(m.start(), int(m["year"])) for m in _FULL_DATE_EN.finditer(text)]
    old = [y for _, y in years if y < ref_year - 2]
    if not old or len(old) < 2 and all_years.count(old[0]) < 3:
        return 0  # one old date recalled in a report is no story told from it
    count = 0
    i = -1
    for m in _YEARLESS_DAY_EN.finditer(text):
        while i + 1 < len(years) and years[i + 1][0] < m.start():
            i += 1
        if i >= 0 and years[i][1] < ref_year - 2:
            count += 1
    return count


def _years_not_decades_en(text: str) -> list[int]:
    """The years of `text` without the decades ("the 1970s")."""
    return [int(m.group()) for m in _YEAR.finditer(text) if text[m.end():m.end() + 1] != "s"]


def _told_in_order_en(years: list[int], ref_year: int) -> bool:
    """A life or a history told year by year: many different past years, in order, over
    a decade or more ("began racing in 1995 ... won in 2001 ... retired in 2010")."""
    past = [y for y in years if y <= ref_year]
    if len(set(past)) < 6 or max(past) - min(past) < 8 or len(past) < len(years) - 1:
        return False
    if median(past) > ref_year - 4:  # a report of the last few years' figures
        return False
    forward = sum(b >= a for a, b in zip(past, past[1:], strict=False))
    return forward >= 0.8 * (len(past) - 1)


def is_narrative(text: str, lang: str, reference: Reference | None) -> bool:
    """True when relative expressions should count from the story's own dates: there is no
    reference time, or the text names many years far from it and speaks hardly ever from
    the dateline's point of view."""
    if reference is None:
        return True
    ref_year = reference.dct.year
    years = [int(y) for y in _YEAR.findall(text)]
    near = sum(abs(y - ref_year) <= 2 for y in years)
    far = len(years) - near
    if any(mark in text for mark in _BC_MARKS):  # the regex scan costs more than this test
        far += len(_BC_YEAR.findall(text))
    if lang == "en" and ("AD" in text or "CE" in text or len(years) < 8):
        far += len(_EARLY_YEAR_EN.findall(text))
    if lang == "en" and far:  # (scans only a text naming some year far from its dateline)
        far += _story_days_en(text, ref_year, years)
        if len(years) >= 6 and _told_in_order_en(_years_not_decades_en(text), ref_year) \
                and _deictic_en(text, ref_year) < 1:
            return True  # (an obituary closing on "died on Tuesday" stays news)
    if far < 4:  # a feature recalls a few past years and still speaks from its dateline
        return False
    if years and abs(median(years) - ref_year) <= 5:
        return False
    # Counted only now: most news is decided above, and this is the costliest scan.
    if lang == "en":
        deictic = _deictic_en(text, ref_year)
    else:
        deictic = len(_DEICTIC.get(lang, _DEICTIC["en"]).findall(text))
    if far - 3 * near - 5 * deictic <= 0:
        return False
    return not (lang == "de" and _told_in_present_de(text))


_PRESENT_SHARE = 0.45  # of the long sentences (a history in the Präteritum: 0.03 to 0.29)


def _told_in_present_de(text: str) -> bool:
    """Whether most long sentences of a German text are told in the present: a feature
    that recalls old years from its dateline ("Kowalski hat die Praxis im Herbst 1991
    übernommen ... Sie betreut rund 1800 Patienten"), not a history."""
    from timeline.sentences import split_sentences
    from timeline.temporal.de_tense import tense

    told = [tense(text[a:b]) for a, b in split_sentences(text, "de") if b - a > 30]
    return bool(told) and told.count("present") >= _PRESENT_SHARE * len(told)


def _deictic_en(text: str, ref_year: int) -> float:
    """How often an English text speaks from its dateline's day."""
    deictic = len(_DEICTIC["en"].findall(text))
    if deictic:
        # a history closes with "Today the war is remembered ...": the present era, not
        # the dateline's day, weighs less than "today became members" or "yesterday";
        # "on Wednesday, July 16, 1969" names the weekday of an old date
        deictic -= 0.8 * len(_PRESENT_ERA_EN.findall(text))
        deictic -= _weekdays_of_past_dates_en(text, ref_year)
    return deictic
