"""Handlers for dates named on the calendar: days, months, years (also in words),
decades, centuries, seasons and holidays."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from timeline.temporal.en_calendar import (
    HOLIDAYS,
    ISLAMIC_FEASTS,
    JEWISH_FEASTS,
    NEAR_HOLIDAY_DAYS,
    UNPLACED_WITHOUT_REGION,
    holiday_date,
    regional_holiday,
)
from timeline.temporal.en_flashback import story_or_episode
from timeline.temporal.en_lexicon import (
    CAPITALISED_MONTHS,
    DAY_ORDINALS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TENS,
    WEEKDAYS,
    month_number,
    number_value,
)
from timeline.temporal.en_match import (
    _ANY_MONTH_NAME,
    _BY_DAY,
    _DEFERRAL,
    _INFINITIVE_BEFORE,
    BOOKED_NOUNS,
    SPAN_JOIN,
    capitalised,
    clause_tense,
    group,
    month_range_end_year,
    position_mod,
    rx,
    sentence_start,
    which_direction,
    year_of,
)
from timeline.temporal.en_narrative import story_month, story_month_day, story_season
from timeline.temporal.en_story import add_years, month_text, year_for_month, year_text
from timeline.temporal.en_tense import clause_bounds, has_simple_past, holds_until
from timeline.temporal.engine import Context, Timex
from timeline.temporal.hijri import MONTHS as HIJRI_MONTHS
from timeline.temporal.hijri import nearest as hijri_nearest
from timeline.temporal.hijri import to_gregorian as hijri_to_gregorian
from timeline.temporal.resolve import (
    FEAST_AHEAD_DAYS,
    day_month_year,
    month_year,
    nth_week_of_month,
    nth_weekday,
    year_on_weekday,
)
from timeline.temporal.values import (
    day_value,
    easter_sunday,
    month_value,
    unit_value,
    week_value,
)

# --- handlers: absolute dates ------------------------------------------------------

def full_date(m: re.Match, ctx: Context) -> Timex | None:
    if not capitalised(group(m, "month")):
        return None
    year = year_of(m)
    try:
        d = date(year, month_number(group(m, "month")), int(group(m, "day")))
    except (ValueError, TypeError):
        return None
    return Timex("DATE", day_value(d))


_OTHER_NEW_YEAR = rx(r"\b(?:lunar|chinese|jewish|persian|iranian|islamic|hijri|tamil|sikh|"
                     r"hindu|thai|korean|tibetan|ethiopian|vietnamese|orthodox|kurdish|"
                     r"bengali|nepali|sinhala|khmer|lao|mongolian)\s+$")
_UP_TO = rx(r"\b(?:by|until|till|through|thru)\s+$")
_RUNS_UNTIL = rx(r"\b(?:runs?|continues?|lasts?|remains?\s+open|stays?\s+open|is\s+on|plays?)"
                 r"\s+(?:until|till|through|thru)\s+$")
# "the November elections": a month naming an event, the coming one unless told otherwise
_EVENT_NOUN = rx(r"\s+(?:general\s+|presidential\s+|parliamentary\s+|local\s+)?"
                 r"(?:elections?|vote|polls?|primar(?:y|ies)|referendum|ballot|runoff|summit|"
                 r"deadline|talks|conference|hearing|trial|launch|meeting|contest|race)\b")


# the end of a range of days that names the year: "-14, 1961", " to December 11, 1952"
_RANGE_END_YEAR = re.compile(
    rf"\s*(?:-|\u2013|to\s|and\s|through\s)\s*(?:(?P<rmonth>{_ANY_MONTH_NAME})\.?\s+)?[0-3]?\d"
    r"(?:st|nd|rd|th)?,?\s+(?P<ryear>1[5-9]\d\d|20\d\d)\b(?![\d%])", re.IGNORECASE)


def month_day(m: re.Match, ctx: Context) -> Timex | None:
    if not capitalised(group(m, "month")):
        return None
    month, day = month_number(group(m, "month")), int(group(m, "day"))
    if not 1 <= day <= 31:
        return None
    if group(m, "yw"):  # "3rd May last year"
        year = ctx.anchor_day.year + {"last": -1, "next": 1}.get(group(m, "yw").lower(), 0)
        try:
            return Timex("DATE", day_value(date(year, month, day)), anchor=ctx.anchor_kind)
        except ValueError:
            return None
    tail = _RANGE_END_YEAR.match(ctx.text, m.end())
    if tail is not None and not which_direction(m):
        # "from December 9 to December 11, 1952", "June 13-14, 1961": the year of the end,
        # or the one before when the range runs into a new year ("from Saturday, November
        # 3 to March 31, 2002")
        year = int(tail["ryear"])
        if tail["rmonth"] and month_number(tail["rmonth"]) < month:
            year -= 1
        try:
            return Timex("DATE", day_value(date(year, month, day)))
        except ValueError:
            return None
    tx = dated_month_day(m, ctx, month, day)
    if tx is not None and group(m, "wdp"):
        _year_of_weekday(tx, WEEKDAYS[group(m, "wdp").lower()])
    return tx


def ordinal_month_day(m: re.Match, ctx: Context) -> Timex | None:
    """"the second of January": a day of a month written as a word; with its year, or
    placed like "January 2"."""
    if not capitalised(group(m, "month")):
        return None
    month, day = month_number(group(m, "month")), DAY_ORDINALS[group(m, "dayw").lower()]
    if group(m, "year"):
        try:
            return Timex("DATE", day_value(date(int(group(m, "year")), month, day)))
        except ValueError:
            return None
    tx = dated_month_day(m, ctx, month, day)
    if tx is not None and group(m, "wdp"):
        _year_of_weekday(tx, WEEKDAYS[group(m, "wdp").lower()])
    return tx


def _year_of_weekday(tx: Timex, wd: int) -> None:
    """"until Monday, April 17", said in January 1995: the weekday written with the date
    picks its year when the year the tense gave does not fit it (the year either side
    that fits, as at most one does)."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value):
        return
    d = date.fromisoformat(tx.value)
    if d.weekday() == wd:
        return
    year = year_on_weekday(d.month, d.day, wd, (d.year - 1, d.year + 1))
    if year is not None:
        tx.value = day_value(d.replace(year=year))


_TASK_AHEAD_DAYS = 240
_BOOKED_FOR = re.compile(r"\b(?:booked|reserved|ticketed)\s+(?:for|on)\s+$")


def _days_ahead(anchor: date, month: int, day: int) -> int:
    """Days from `anchor` to the next such month and day (a large number for none)."""
    try:
        return (date(day_month_year(anchor, month, day, "future"), month, day) - anchor).days
    except ValueError:
        return 9999


# a start announced: "announced a new route starting September 8" (not "began on")
_START_ANNOUNCED = rx(r"\b(?:announced|unveiled|said|confirmed)\b[^.;!?]{0,60}\b(?:starting|"
                      r"beginning|commencing|effective)\s+(?:on\s+|from\s+)?$")


def dated_month_day(m: re.Match, ctx: Context, month: int, day: int) -> Timex | None:
    """The date of a month and day named without a year at `m`: the story's or recalled
    episode's, else the dateline's by tense (the nearest within two months)."""
    if not which_direction(m):  # a story's day, or a recalled episode's (en_flashback.py)
        tx = story_month_day(ctx, m.start(), month, day)
        if tx is not None:
            return tx
    year_named = None if which_direction(m) else (
        _year_just_named(ctx, m.start()) or _year_opening_sentence(ctx, m.start())
        or _year_of_when_clause(ctx, m.start()))
    if year_named is not None:
        # "The festival returns next year from June 5 to 8": that year's day; the end of a
        # span from December runs into the next year ("Last year ... between Christmas Eve
        # and 2 January")
        if month <= 2 and ctx.placed and ctx.placed[-1][2].start.month == 12 \
                and ctx.placed[-1][2].start.year == year_named \
                and SPAN_JOIN.fullmatch(ctx.text, ctx.placed[-1][1], m.start()):
            year_named += 1
        try:
            return Timex("DATE", day_value(date(year_named, month, day)), anchor="previous")
        except ValueError:
            return None
    tense = clause_tense(m, ctx)
    if _DEFERRAL.search(ctx.text, max(0, m.start() - 90), m.start()):
        tense = "future"  # "pushing back the deadline by three months, to July 15"
    elif tense == "past" and _START_ANNOUNCED.search(ctx.text, max(0, m.start() - 80),
                                                     m.start()):
        tense = "future"  # "announced a new route starting September 8": what begins
    elif tense == "past" and (
            _BY_DAY.search(ctx.text, max(0, m.start() - 14), m.start())
            and _INFINITIVE_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start())
            or _BOOKED_FOR.search(ctx.text, max(0, m.start() - 24), m.start())) \
            and _days_ahead(ctx.anchor_day, month, day) <= _TASK_AHEAD_DAYS:
        # "said it expected 200 towers to be operating by June 30" (in February): the
        # deadline of a task; "passengers already booked for May 17": a day booked; both
        # some months ahead at most
        tense = "future"
    if tense == "present" and _UP_TO.search(ctx.text, max(0, m.start() - 10), m.start()) \
            or _RUNS_UNTIL.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "the show runs through Nov. 26" (also after a past verb it is joined to: "opened
        # Thursday and runs through Jan. 10"): an end still ahead
        tense = "future"
    direction = which_direction(m) or ("present" if tense == "present" else tense)
    anchor = ctx.anchor_day
    near = day_month_year(anchor, month, day, "present")
    year = day_month_year(anchor, month, day, direction)
    try:
        nearest = date(near, month, day)
        d = date(year, month, day)
    except ValueError:
        return None
    start = _range_start_before(ctx, m.start())
    if start is not None and not which_direction(m):
        # "from Dec. 23 through Jan. 1": the first such day from the range's start on
        year = start.year + ((month, day) < (start.month, start.day))
        try:
            return Timex("DATE", day_value(date(year, month, day)), anchor="previous")
        except ValueError:
            return None
    # within two months of the dateline the nearest date wins over the tense, unless
    # the clause says before it that it lies ahead
    if abs((nearest - anchor).days) <= 62 and not which_direction(m) \
            and not (nearest < anchor and month != anchor.month and _told_ahead(m, ctx)):
        # (a day of the dateline's own month keeps its year: under a month-precision
        # dateline it is read from every day of that month)
        d = nearest
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


_COMPARED_YEAR = re.compile(r"\b(?:than|as)\s+$")


def _year_just_named(ctx: Context, pos: int, reach: int = 30) -> int | None:
    """The year of a relative year named last, a few words (`reach` characters) before
    `pos` in its clause ("next year from June 5", "last year on March 3"); None when there
    is none."""
    before = [entry for entry in ctx.placed[-3:] if entry[0] < pos]
    if not before:
        return None
    start, end, placed = before[-1]
    if _COMPARED_YEAR.search(ctx.text, max(0, start - 8), start):
        return None  # "later than last year because of a cool, wet May": no frame
    # a year's own event frames the whole sentence about it: "Last year's count, held
    # over two days in late April", "next year's championship ... moved to early March"
    owned = ctx.text.startswith(("'s", "’s"), end)
    if placed.granularity != "year" or pos - end > (max(reach, 90) if owned else reach) or \
            not (_RELATIVE_YEAR.fullmatch(ctx.text, start, end)
                 or _IN_YEAR.search(ctx.text, max(0, start - 3), end)) or \
            (_SENTENCE_BREAK if owned else _CLAUSE_BREAK).search(ctx.text, end, pos) \
            and not (_APPOSED_IN.fullmatch(ctx.text, end, pos)
                     and _RELATIVE_YEAR.fullmatch(ctx.text, start, end)):
        return None
    if owned and placed.start.year < ctx.ref_day.year and _WILL.search(ctx.text, end, pos):
        return None  # "Last year's winner will defend her title in June": this June
    return placed.start.year


# a time named in apposition to the year: "meant to return last year, in July"
_APPOSED_IN = re.compile(r",\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?")
_WILL = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|plans?\s+to)\b")


def _year_of_when_clause(ctx: Context, pos: int) -> int | None:
    """The year a "when" clause right after it describes, for a month or day in that
    clause: "since 2012, when a truce ended eight days of fighting in November", "than
    last year, when runners faced humid conditions on Oct. 10"."""
    if not ctx.placed or "when" not in ctx.text[max(0, pos - 100):pos]:
        return None
    start, end, placed = ctx.placed[-1]
    if placed.granularity != "year" or pos - end > 100:
        return None
    clause = _WHEN_CLAUSE.match(ctx.text, end, pos)
    if clause is None or clause.end() != pos:
        return None
    return placed.start.year


# ", when <a clause without a break> (in|on) ": up to the expression
_WHEN_CLAUSE = re.compile(r",\s+when\s+(?:[^.;:,!?()]|,(?!\s+(?:and|but|while|which|who)\b))*?"
                          r"\b(?:in|on|by|until|from)\s+(?:the\s+)?")
_RELATIVE_YEAR = re.compile(r"(?:the\s+)?(?:next|last|this)\s+year", re.IGNORECASE)
# "in 2009 it arrived on May 23": a year written out frames its clause's day
_IN_YEAR = re.compile(r"\b[Ii]n\s+\d{4}$")
# a range of months: "between June and", "from June to", "and late October"
_RANGE_OPENS = rx(r"\b(?:between|from)\s+(?:(?:early|mid|late)[\s-]+)?$")
_RANGE_GOES_ON = rx(rf"(?:\s+(?:and|to|through|until)\s+(?:(?:early|mid|late)[\s-]+)?"
                    rf"(?:{CAPITALISED_MONTHS}))")
_RANGE_CLOSES = rx(rf"\b(?:between|from)\s+(?:(?:early|mid|late)[\s-]+)?"
                   rf"(?:{CAPITALISED_MONTHS})\s+(?:and|to|through|until)\s+"
                   rf"(?:(?:early|mid|late)[\s-]+)?$")
# what happens most years: "usually", "each year"
_HABITUAL = rx(r"\b(?:usually|typically|normally|generally|traditionally|annually|each\s+year|"
               r"every\s+year|most\s+years)\b")


def _habitual_range(ctx: Context, m: re.Match) -> bool:
    """Whether a month is an end of a range of months in a sentence that tells what
    happens most years, in the present ("storms hit each year, most of them between June
    and December", "activity usually peaks between mid-August and late October,
    forecasters said"): no one year's months."""
    lo = max(0, m.start() - 40)
    if not (_RANGE_OPENS.search(ctx.text, lo, m.start())
            and _RANGE_GOES_ON.match(ctx.text, m.end())
            or _RANGE_CLOSES.search(ctx.text, lo, m.start())):
        return False
    start = sentence_start(ctx.text, m.start())
    stop = ctx.text.find(". ", m.end())
    stop = len(ctx.text) if stop < 0 else stop
    # (a report may follow: "..., forecasters said"; no past may lead to the months)
    return bool(_HABITUAL.search(ctx.text, start, stop)) and clause_tense(m, ctx) != "future" \
        and not has_simple_past(ctx.text, start, m.start())


# a sentence that opens with the year before or after: "Last year, ...", "In the next year"
_OTHER_YEAR_OPENING = re.compile(r"\W*(?:(?:In|During|Over)\s+)?(?:the\s+)?(?:[Ll]ast|[Nn]ext)\s+"
                                 r"year\b(?![-'’])"
                                 # "Last year's juice had sold out before Christmas"
                                 r"|\W*(?P<poss>Last\s+year['’]s)\s"
                                 # "Four years ago, only seven states voted in February"
                                 r"|\W*(?P<ago>A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
                                 r"Ten|\d{1,2})\s+years?\s+ago,"
                                 # "In 2023, some 2.1 million vehicles left before Hari Raya"
                                 r"|\W*(?:In|During|By)\s+(?P<year>1[89]\d\d|20\d\d),")


def _year_opening_sentence(ctx: Context, pos: int) -> int | None:
    """The year of "last year", "next year", "N years ago," or "In 2023," opening the
    sentence around `pos`: the frame of what the sentence tells, a month in it included;
    None when none opens it or a turn ("but", "while", "this year", "now", ", and") comes
    between."""
    reach = ctx.text[max(0, pos - _SENTENCE_REACH):pos]
    if "ear" not in reach and "In 1" not in reach and "In 2" not in reach \
            and "By " not in reach and "During " not in reach:
        return None  # (no "year" in reach: most months)
    start = sentence_start(ctx.text, pos, _SENTENCE_REACH)
    opening = _OTHER_YEAR_OPENING.match(ctx.text, start, pos)
    if opening is None or _FRAME_TURN.search(ctx.text, opening.end(), pos):
        return None
    if opening["poss"] and not has_simple_past(ctx.text, opening.end(), pos):
        return None  # "Last year's winner will defend her title in June": a thing of then
    if opening["year"]:
        return int(opening["year"])
    if opening["ago"]:
        return ctx.anchor_day.year - (number_value(opening["ago"].lower()) or 0)
    step = 1 if "ext" in opening.group() else -1
    return ctx.anchor_day.year + step


_SENTENCE_REACH = 400  # characters back to where a sentence may open
_FRAME_TURN = re.compile(r"\b(?:but|while|whereas|this\s+year|now|since|compared)\b|[,;]\s+and\b",
                         re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?,]|\b(?:and|but|while|when)\b")
_SENTENCE_BREAK = re.compile(r"[.;:!?]")


_RANGE_LINK = re.compile(r"\s*(?:through|thru|to|until|till|-|\u2013)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
                         r"day,?\s+)?$", re.IGNORECASE)


def _range_start_before(ctx: Context, pos: int) -> date | None:
    """The day a range opened with "from" or "between" right before `pos` starts on
    ("from Dec. 23 through Jan. 1"), if the expression at `pos` closes it."""
    if not ctx.placed:
        return None
    start, end, placed = ctx.placed[-1]
    if placed.granularity != "day" or not _RANGE_LINK.fullmatch(ctx.text, end, pos) \
            or not _RANGE_OPEN.search(ctx.text, max(0, start - 20), start):
        return None
    return placed.start


def week_of(m: re.Match, ctx: Context) -> Timex | None:
    """"the week of March 6", "the week beginning 13 January": the calendar week holding
    that day."""
    if group(m, "dayfirst"):
        if not capitalised(group(m, "month")):
            return None
        month, day = month_number(group(m, "month")), int(group(m, "dayfirst"))
        year = year_of(m) or day_month_year(ctx.anchor_day, month, day, "present")
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return Timex("DATE", week_value(d),
                     anchor="absolute" if year_of(m) else ctx.anchor_kind)
    if group(m, "year"):
        day = full_date(m, ctx)
    else:
        day = month_day(m, ctx)
    if day is None:
        return None
    d = date.fromisoformat(day.value)
    return Timex("DATE", week_value(d), anchor=day.anchor)


def month_year_(m: re.Match, ctx: Context) -> Timex | None:
    if not capitalised(group(m, "month")):
        return None
    year = year_of(m)
    if year is None:
        return None
    return Timex("DATE", month_value(year, month_number(group(m, "month"))), mod=position_mod(m))


_VERBAL_MONTHS = {"may", "march"}
_MONTH_CONTEXT = rx(r"\b(?:in|since|until|till|by|from|through|during|of|before|after|"
                     r"last|next|this|early|late|mid|to|between|and|or|since|past|each|"
                     r"every|on|for)\W*$")


# a future or a schedule before a near month or day: "will be introduced from November",
# "his term ends in December", "the break will run from Dec. 23" (said in January)
_AHEAD_BEFORE = rx(r"\b(?:will|'ll|shall|(?<!year\s)ends|begins|starts|expires|runs\s+out|"
                   r"takes\s+effect|(?:is|are)\s+(?:due|scheduled|set|expected))\b")


def _told_ahead(m: re.Match, ctx: Context) -> bool:
    """Whether the expression's clause says, before it, that it lies ahead: a time the
    verb looks ahead to, after a preposition ("will publish December's figures" names a
    month gone by)."""
    if not _TIME_PREPOSITION.search(ctx.text, max(0, m.start() - 12), m.start()):
        return False
    start = clause_bounds(ctx.text, m.start(), m.end())[0]
    return _AHEAD_BEFORE.search(ctx.text, start, m.start()) is not None


def _past_perfect_around(m: re.Match, ctx: Context) -> bool:
    """Whether the month's clause is told in the past perfect ("by early March most of
    the corals had bleached"): a month before a past time, not the one ahead."""
    start, stop = clause_bounds(ctx.text, m.start(), m.end())
    sentence = sentence_start(ctx.text, m.start())
    if _REPORTED_OR_PLANNED.search(ctx.text, sentence, stop):
        return False  # "said demand for April loading had tightened": a present perfect
        # put back by the report; "had been talking about the slated visit in September"
    for had in _PAST_PERFECT.finditer(ctx.text, start, stop):
        if had.start() > m.start() or not _AHEAD_WORD.search(ctx.text, had.end(), m.start()):
            return True  # (not "had announced it would open in March")
    return False


_AHEAD_WORD = re.compile(r"\b(?:would|will|could|should|might|to|until|till)\b")
_REPORTED_OR_PLANNED = re.compile(
    r"\b(?:said|says|say|told|tells|reported|according|added|explained|believed|thought|"
    r"knew|expected|slated|planned|scheduled|due|for\s+(?:shipment|delivery|loading))\b")


_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:already|just|largely|mostly|all|not|never|"
                           r"been)\s+)?(?!to\b|(?:been\s+)?(?:due|set|scheduled|expected|"
                           r"supposed|planned|slated|hoped|meant|intended|going)\b)[a-z]+(?:ed|en|wn|"
                           r"ne|lt|ft|ught|ung|ook|ade|ld)\b")
_TIME_PREPOSITION = rx(r"\b(?:in|from|on|until|till|by|through|before|after|starting|"
                       r"beginning)\s+$")
_NEAR_MONTHS = 2  # a month this close to the dateline's is the nearest one, whatever the tense


# a month opening its sentence: "In July, ..."
_FRONTED_IN = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\n\s*)In\s+$")
# where the main clause's own verb stops and a reported one begins
_REPORTED_AHEAD = rx(r"\b(?:would|will|could|that|to)\b")


def _past_main_verb(ctx: Context, pos: int) -> bool:
    """Whether the clause after a fronted time (", the chief executive said ...") tells its
    main verb in the past, before any "would" or "that" of what was said."""
    if not ctx.text.startswith(",", pos):
        return False
    stop = min(len(ctx.text), pos + 80)
    ahead = _REPORTED_AHEAD.search(ctx.text, pos, stop)
    return has_simple_past(ctx.text, pos, ahead.start() if ahead else stop)


_EXTENDED = rx(r"\b(?:extend(?:s|ed|ing)?|extension|renew(?:s|ed|ing)?|prolong(?:s|ed|ing)?)\b")
# "the repair mission planned for December": a plan's month lies ahead
# (also what is sold for a month ahead: "departures for late November are already full")
_PLANNED_FOR = rx(r"(?<!had\sbeen\s)(?<!originally\s)(?<!initially\s)(?<!first\s)"
                  r"\b(?:planned|scheduled|rescheduled|slated|pencil+ed\s+in|"
                  rf"{BOOKED_NOUNS})\s+(?:for|in)\s+$")
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|futures|contracts?|options)\b", re.IGNORECASE)


def month_alone(m: re.Match, ctx: Context) -> Timex | None:
    word = group(m, "month")
    if not capitalised(word):
        return None
    if group(m, "nar"):
        return narrative_month(m, ctx)
    which = which_direction(m)
    pos_mod = position_mod(m)
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if word.lower().rstrip(".") in _VERBAL_MONTHS and not which and not pos_mod:
        if not _MONTH_CONTEXT.search(before):
            return None
    after = ctx.text[m.end():m.end() + 20]
    if re.match(r"\s+[A-Z][a-z]", after) and not which and not pos_mod:
        return None  # "Jan Kavan", "March Madness", "April Glaspie"
    if re.match(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]", after):
        return None  # "the March for Life"
    month = month_number(word)
    delivery = _DELIVERY_AFTER.match(ctx.text, m.end()) is not None
    if which is None and not delivery:  # (a contract's month lies ahead of the dateline)
        tx = story_month(ctx, m.start(), month, pos_mod)
        if tx is not None:
            return tx
    if which is None and _habitual_range(ctx, m):
        # "activity usually peaks between mid-August and late October": every year's
        return Timex("DATE", f"XXXX-{month:02d}", mod=pos_mod)
    if which is None and not delivery and (framed := _year_opening_sentence(ctx, m.start())
                          or _year_of_when_clause(ctx, m.start())
                          or _year_just_named(ctx, m.start(), 70)) is not None:
        # "Last year produced 30 storms, exhausting the list by mid-September": that year's;
        # "last year many of us lost early sowings to a frost in late April"
        return Timex("DATE", month_value(framed, month), mod=pos_mod, anchor="previous")
    gone_by = False  # "since January", "as recently as January": one gone by, however near
    if which is None:
        direction = clause_tense(m, ctx)
        if direction == "future" and _FRONTED_IN.search(before) and _past_main_verb(ctx, m.end()):
            direction = "past"  # "In July, the chief executive said demand would pick up"
        if direction == "present" and (
                re.search(r"\bthe\s+$", before) and _EVENT_NOUN.match(ctx.text, m.end())
                or ctx.text.startswith(("'s", "’s"), m.end())
                and _EVENT_NOUN.match(ctx.text, m.end() + 2)):
            direction = "future"  # "the June elections", "interest in November's contest"
        if re.search(r"\b(?:by|until|till|before)\s+$", before, re.IGNORECASE) \
                and not _past_perfect_around(m, ctx) \
                or re.search(r"\bthrough\s+$", before, re.IGNORECASE) and (
                    direction != "past" or _EXTENDED.search(ctx.text, max(0, m.start() - 80),
                                                            m.start())) \
                or _DELIVERY_AFTER.match(ctx.text, m.end()) or _PLANNED_FOR.search(before) \
                or _DEFERRAL.search(ctx.text, max(0, m.start() - 90), m.start()):
            # (a limit ahead; "through" too, unless told in the past: "the rulings handed
            # down through June", not "extended the credit through April"); also "corn for
            # December delivery": a contract's month; "pushed back to mid-September"
            direction = "future"
        elif re.search(r"\b(?:since|as\s+recently\s+as)\s+$", before, re.IGNORECASE):
            direction = "past"
            gone_by = True
    else:
        direction = which
    anchor = ctx.anchor_day
    if which == "past":
        # "last April": the April of last year when it is April now, or May (the month
        # just past would be "last month")
        year = anchor.year if month < anchor.month - 1 else anchor.year - 1
    elif which == "future":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif which == "present":
        year = anchor.year
    else:
        year = month_year(anchor, month, direction)
        near = month_year(anchor, month, "present")
        offset = (near - anchor.year) * 12 + month - anchor.month
        if abs(offset) <= _NEAR_MONTHS \
                and not (offset < 0 and (_told_ahead(m, ctx) or _PLANNED_FOR.search(before))) \
                and not (offset > 0 and (gone_by or _past_perfect_around(m, ctx))):
            # a month next to the dateline's is that one, whatever the tense, unless the
            # clause says before it that it lies ahead
            year = near
        ranged = month_range_end_year(ctx, m.start(), month)
        if ranged is not None:
            year = ranged  # "from December through March": the March after that December
    return Timex("DATE", month_value(year, month), mod=pos_mod, anchor=ctx.anchor_kind)


def month_rel_year(m: re.Match, ctx: Context) -> Timex | None:
    if not capitalised(group(m, "month")):
        return None
    year = ctx.anchor_day.year + {"last": -1, "next": 1}.get(group(m, "yw").lower(), 0)
    return Timex("DATE", month_value(year, month_number(group(m, "month"))), mod=position_mod(m),
                 anchor=ctx.anchor_kind)


def month_of_named_year(m: re.Match, ctx: Context) -> Timex | None:
    """"in May of that year", "May the following year": a month of the year the text
    named last (of its story's year in a narrative), one year on or back as told."""
    if not capitalised(group(m, "month")):
        return None
    point = story_or_episode(ctx, m.start())
    if point is not None and point.year is not None:
        base = point.year
    elif ctx.previous is not None:
        base = ctx.previous.start.year
    else:
        return None  # "that year" with no year before it
    word = group(m, "ny").lower().split()[-1]
    year = base + {"following": 1, "next": 1, "previous": -1, "preceding": -1,
                   "prior": -1}.get(word, 0)
    month = month_number(group(m, "month"))
    if group(m, "nday"):
        # "on Sept 25 of that year": the day; "that year" after it is a mention of its own
        # (the same year), "the following year" stays in the span (counted from the day it
        # would move on from)
        try:
            day = date(year, month, int(group(m, "nday")))
        except ValueError:
            return None
        same = word in ("that", "same")
        return Timex("DATE", day_value(day), anchor="previous",
                     end=m.end("nday") if same else None)
    return Timex("DATE", month_text(year, month), mod=position_mod(m), anchor="previous")


_COUNTED_NOUN = re.compile(r"\s*(?:(?!(?:is|was|has|as|its|this|his|does|says|goes|sees|thus|"
                           r"plus|minus|versus|less|unless|yes|marks|brings|gets|makes|looks|"
                           r"seems|remains|comes|becomes|promises|means)\b)"
                           r"[a-z]+s\b(?<!years)(?<!days)|percent\b|/\d|people\b|men\b|"
                           r"women\b|children\b|police\b|staff\b|cattle\b)")
_APPROXIMATELY = re.compile(r"\b(?:about|around|nearly|almost|some|approximately|roughly|than|"
                            r"over|under|only|just)\s+$", re.IGNORECASE)
_NUMBER_CONTEXT = re.compile(r"(?:\b(?:No|Nos|[Nn]umber|[Rr]oom|[Rr]oute|[Ff]light|[Pp]age|"
                             r"at|of|to|by|about|[Tt]otal(?:ed)?)\.?|[$#])\s*$")


# a capitalised word right before a year number names a thing ("Windows 2000"), unless
# it is one of these
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z.]*)\s+$")
_YEAR_LEADS = set(MONTHS) | set(SEASONS) | {
    "in", "by", "since", "until", "from", "through", "before", "after", "during", "of",
    "fiscal", "fy", "late", "early", "mid", "christmas", "easter", "and", "to", "the", "year",
    "between", "for", "on", "at", "as", "circa", "ca", "ad", "bc", "throughout", "till",
    "around", "about", "within", "over", "dated"}


def year_alone(m: re.Match, ctx: Context) -> Timex | None:
    """A year written as a number or in words: "1990", "fiscal 1989", "nineteen
    ninety-one", "mid-1996"; not a count ("2014 people") or a reading ("at 1678 points")."""
    year = year_of(m)
    if year is None:
        return None
    after = ctx.text[m.end():m.end() + 25]
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if group(m, "year") and re.match(r" \d{3}\b", after):
        return None  # a telephone number: "call 1800 333 000"
    if group(m, "year") and re.search(r"[A-Z]-$", before):
        return None  # a model: "its KP-2000 line"
    if not (group(m, "pos") or group(m, "fiscal")):
        determiner = re.search(r"\b(?:the|a|an|its|his|her|their|our|'s|in|since|until|"
                               r"during|before|after)\s+$", before, re.IGNORECASE)
        if _COUNTED_NOUN.match(after) and not determiner \
                and not re.match(r"\s*(?:levels?|results?)\b", after):
            return None  # "2014 people", "1990 shares", "Two thousand people"
        if _APPROXIMATELY.search(before) and re.match(r"\s+[a-z]", after):
            return None  # "about 2014 delegates"
    if group(m, "year") and not (group(m, "pos") or group(m, "fiscal")):
        name = _NAME_BEFORE.search(before)
        if name and name.group(1).lower().rstrip(".") not in _YEAR_LEADS:
            return None  # a name or model: "Windows 2000", "Route 2020", "Vision 2030"
        if re.match(r"\s*(?:points|shares|units|yen|marks|GMT|UTC|hours)\b", after) \
                or (_NUMBER_CONTEXT.search(before) and re.match(r"\s*(?:,\s*)?\d", after)):
            return None  # an index reading or a count
    value = f"{year:04d}"
    if group(m, "half"):
        h = group(m, "half").lower()
        value = f"{year:04d}-H{2 if h in ('last', 'second') else 1}"
    mod = position_mod(m)
    approx = None if mod else _YEAR_APPROX.search(before)
    if approx is not None:  # "built around 1822", "c. 1150": one expression, APPROX
        return Timex("DATE", value, mod="APPROX", start=m.start() - len(before) + approx.start())
    return Timex("DATE", value, mod=mod)


_YEAR_APPROX = re.compile(r"\b(?:around|about|circa|c\.|ca\.|approximately|roughly)\s+$",
                          re.IGNORECASE)


def numeric_date(m: re.Match, ctx: Context) -> Timex | None:
    parsed = _dateparser_day(m.group(0))
    if parsed is None:
        return None
    return Timex("DATE", parsed)


@lru_cache(maxsize=4096)
def _dateparser_day(span: str) -> str | None:
    """A numeric date ("10/13/89", "1998-08-07") normalized by dateparser."""
    import dateparser

    d = dateparser.parse(span, languages=["en"],
                         settings={"DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first",
                                   "REQUIRE_PARTS": ["day", "month", "year"]})
    return d.date().isoformat() if d else None


def decade(m: re.Match, ctx: Context) -> Timex | None:
    if group(m, "dec4"):
        value = group(m, "dec4")[:3]
    elif group(m, "decw"):  # "the nineties": the 1990s
        tens = TENS[group(m, "decw").lower()[:-3] + "y"]
        value = f"19{tens // 10}"
    else:
        if group(m, "dec2b") and _TEMPERATURE_BEFORE.search(ctx.text, max(0, m.start() - 50),
                                                            m.start()):
            return None  # "highs in the 80s": degrees, not a decade
        two = int(group(m, "dec2") or group(m, "dec2b"))
        century = 19 if two >= 20 or ctx.anchor_day.year < 2000 else 20
        value = f"{century}{two // 10}"
    return Timex("DATE", value, mod=position_mod(m))


_TEMPERATURE_BEFORE = rx(r"\b(?:temperatures?|highs?|lows?|degrees|readings?|mercury|"
                         r"thermometers?|heat|warm|cool|score[ds]?|scoring|shooting|percent)\b")


def decade_half(m: re.Match, ctx: Context) -> Timex | None:
    """"the last half of the '80s": the decade, its start or end."""
    tx = decade(m, ctx)
    if tx is not None:
        tx.mod = "START" if group(m, "hd").lower() == "first" else "END"
    return tx


def century(m: re.Match, ctx: Context) -> Timex | None:
    which = which_direction(m)
    if which is not None or group(m, "ordc") is None:
        base = ctx.anchor_day.year // 100
        base += {"past": -1, "future": 1}.get(which or "present", 0)
        return Timex("DATE", f"{base:02d}", mod=position_mod(m), anchor=ctx.anchor_kind)
    ordc = group(m, "ordc").lower()
    n = int(re.match(r"\d+", ordc).group()) if ordc[0].isdigit() else ORDINALS.get(ordc)
    if not n or n < 1:
        return None
    if group(m, "era"):  # "the 5th century BC"
        return Timex("DATE", f"BC{n - 1:02d}", mod=position_mod(m))
    return Timex("DATE", f"{n - 1:02d}", mod=position_mod(m))


_FOR_BEFORE = re.compile(r"\b(?:for|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_GOT_READY = re.compile(r"\b(?:booked|ordered|prepared|stocked|planned|scheduled|hired|reserved|"
                        r"readied|geared\s+up)\b")
_SOLSTICE = re.compile(r"\s+(?:solstice|equinox)\b", re.IGNORECASE)
# what a season's programme is, after a season word: "its autumn programme", "a fall
# marathon", "the spring sitting" (not kinds of things: "winter storm", "summer jobs")
_SEASONS_EVENT = re.compile(r"\s+(?:programme|program|line-?up|session|sitting|semester|tour|"
                            r"opening|marathon|pledge\s+drive|collection|catalogue|"
                            r"exhibition)s?\b")
# ... and its owner or article before it: "its", "a", "the network's", "a short"
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|a|an)|[A-Za-z]['’]s)"
                           r"(?:\s+(?:short|new|long|first|busy|packed|full|big|next))?\s+$")
# more prepositions of time before a bare season ("rain for winter", "before winter"; not
# "fall", a common noun after them)
_BARE_SEASON_AFTER = re.compile(r"\b(?:for|before|after|throughout|till|a\s+(?:record|bumper|"
                                r"busy|quiet|wet|dry|hot|cold|mild|long))\s+$", re.IGNORECASE)


def season(m: re.Match, ctx: Context) -> Timex | None:
    if group(m, "nar"):
        return narrative_month(m, ctx)
    s = SEASONS[group(m, "season").lower()]
    year = year_of(m)
    if year is None and group(m, "season").lower() == "fall" and _FALL_OF.match(ctx.text, m.end()):
        return None  # "the fall of the Bastille", "the fall of Stanley"
    if year is None and group(m, "season")[0].isupper() \
            and re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 3]):
        return None  # "the Summer Olympics", "Arab Spring" style names
    if year is None and _SOLSTICE.match(ctx.text, m.end()):
        return None  # "the winter solstice": a day of its own, not the season
    anchor = ctx.anchor_day
    if year is None and not group(m, "the") and which_direction(m) is None \
            and _SEASONS_EVENT.match(ctx.text, m.end()) \
            and _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "unveiled its autumn programme", "a short fall session", "the network's fall
        # lineup": the season under way, else the next one
        year = anchor.year - 1 if s == "WI" and anchor.month <= 2 else anchor.year
        if not _season_contains(year, s, anchor):
            year = season_of_year(anchor, s, "future")
        return Timex("DATE", f"{year:04d}-{s}", anchor=ctx.anchor_kind)
    if year is None:
        which = which_direction(m)
        if which is None and not group(m, "the"):
            before = ctx.text[max(0, m.start() - 15):m.start()]
            if not re.search(r"\b(?:in|during|by|until|since|through|this|next|last)\s+$",
                             before, re.IGNORECASE) and not (
                    s != "FA" and _BARE_SEASON_AFTER.search(before)):
                return None
        tense = clause_tense(m, ctx)
        # a plan ahead is no season of the story or a recalled episode ("A memorial service
        # is planned for the spring" at the end of an obituary), unless it is a future of
        # the story's past ("the army would attack in the spring")
        if which is None and (tense != "future" or _WOULD.search(
                ctx.text, max(0, m.start() - 80), m.start())):
            tx = story_season(ctx, m.start(), s, position_mod(m))
            if tx is not None:
                return tx
        direction = which or tense
        if direction in ("present", "past") and _FOR_BEFORE.search(
                ctx.text, max(0, m.start() - 9), m.start()) and (
                direction == "present" or not which and _GOT_READY.search(
                    ctx.text, max(0, m.start() - 60), m.start()) and not has_simple_past(
                    ctx.text, clause_bounds(ctx.text, m.start(), m.end())[0], m.start())):
            # "the outlook for winter", "until the spring": to come; so too what has been
            # got ready for the season ("have booked extra capacity for the spring")
            direction = "future"
        if direction == "past" and which is None and _PLANNED_FOR.search(
                ctx.text, max(0, m.start() - 30), m.start()):
            direction = "future"  # "said bookings for the spring were already up"
        if direction == "past" and which is None and _PUT_OFF_UNTIL.search(
                ctx.text, max(0, m.start() - 50), m.start()):
            direction = "future"  # "The trial was yesterday adjourned until the autumn"
        which_word = re.sub(r"\s+", " ", (group(m, "which") or "").lower())
        if which_word == "this":
            year = anchor.year - 1 if s == "WI" and anchor.month <= 2 else anchor.year
        elif which is None and direction == "past" \
                and _weeks_under_way(anchor, s):
            # "spent a record over the summer" said in August: this one
            year = anchor.year - 1 if s == "WI" and anchor.month <= 2 else anchor.year
        else:
            year = season_of_year(anchor, s, direction)
            if which_word in ("next", "the next") and _season_contains(year, s, anchor):
                year += 1  # "next spring" said in April: the spring after this one
        return Timex("DATE", f"{year:04d}-{s}", mod=position_mod(m), anchor=ctx.anchor_kind)
    return Timex("DATE", f"{year:04d}-{s}", mod=position_mod(m))


_WOULD = re.compile(r"\b(?:would|was\s+to|were\s+to)\b")
_PUT_OFF_UNTIL = re.compile(r"\b(?:adjourned|postponed|deferred|delayed|put\s+off|"
                            r"pushed\s+back|extended)\s+(?:[a-z]+\s+){0,2}?(?:until|till|to)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
# "fall" followed by what fell, not by a year: "the fall of the Bastille"
_FALL_OF = re.compile(r"\s+of\s+(?!(?:that|the\s+same|the\s+following|the\s+previous|this|"
                      r"last|next)\s+year\b|\d|'\d)")


def _weeks_under_way(day: date, s: str) -> bool:
    """Whether the season `s` has been under way for a month or more on `day` (the
    winter from its December on)."""
    year = day.year - 1 if s == "WI" and day.month <= 2 else day.year
    return (_days_into_season(year, s, day) or 0) > 30


def _season_contains(year: int, s: str, day: date) -> bool:
    return _days_into_season(year, s, day) is not None


def _days_into_season(year: int, s: str, day: date) -> int | None:
    """How many days of the season of `year` have gone by on `day`; None outside it."""
    from timeline.temporal.values import interval_of

    iv = interval_of(f"{year:04d}-{s}")
    return (day - iv.start).days if iv.start <= day <= iv.end else None


def season_of_year(anchor: date, s: str, direction: str) -> int:
    """The year of a season named without one: the one under way or just past ("this
    summer" said in November is the summer before), the previous one ("last fall"), or
    the next one ahead."""
    from timeline.temporal.values import interval_of

    spans = [(y, interval_of(f"{y:04d}-{s}")) for y in range(anchor.year - 2, anchor.year + 2)]
    started = [y for y, iv in spans if iv.start <= anchor]
    current = [y for y, iv in spans if iv.start <= anchor <= iv.end]
    if direction == "future":
        if current:  # "will be published in the spring" said in March: this spring
            return current[0]
        return next(y for y, iv in spans if iv.start > anchor)
    if direction == "past":
        return started[-1] if not current else started[-2]
    if current:
        return current[0]
    # neither ahead nor behind by tense: the nearer of the last one and the next one
    last = started[-1]
    upcoming = next(y for y, iv in spans if iv.start > anchor)
    last_end = dict(spans)[last].end
    upcoming_start = dict(spans)[upcoming].start
    return last if (anchor - last_end) < (upcoming_start - anchor) else upcoming




# the day a text gives its vote: "go to the polls on Nov. 7", "the election on May 5"
_VOTE_DATE = re.compile(
    r"\b(?:polls|election|elections|vote|referendum|ballot)\s+(?:(?:is|are|will\s+be|was)\s+"
    r"(?:held\s+)?)?on\s+(?:\w+day,?\s+)?(?P<mo>Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+(?P<dd>[12]?\d|3[01])\b")


# nouns that a feast's name before them makes a kind of thing, not a day
_KIND_AFTER_FEAST = re.compile(
    r"\s+(?:(?:selling|shopping|trading|party|holiday)\s+)?(?:programme|program|schedule|fixtures|"
    r"fires?|shopping|shoppers|sales|selling|trading|party|parties|tree|trees|"
    r"markets?|lights|cards?|menu|rush|trade|adverts?|ads|single|"
    r"jumpers?|sweaters?|pudding|decorations|bonus(?:es)?|message|specials?|episode|films?|"
    r"movies?|album|spirit|truce|weeks|hamper|number\s+one|season|catalogue|concerts?|"
    r"(?i:honours|honors)|list|(?i:show|vigil|bunny|egg\s+hunt))\b")


def holiday(m: re.Match, ctx: Context) -> Timex | None:
    tx = _holiday(m, ctx)
    if tx is not None and tx.start is None and m.start() == m.start("hol") \
            and _THE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) \
            and _THE_KEPT.search(group(m, "hol")):
        tx.start = m.start() - 4  # "the August bank holiday", "the Lunar New Year" (5 of 5)
    return tx


_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_THE_KEPT = re.compile(r"bank\s+holiday$|^(?:lunar|chinese)\s+new\s+year$", re.IGNORECASE)


def _holiday(m: re.Match, ctx: Context) -> Timex | None:
    name = re.sub(r"\s+", " ", group(m, "hol").lower())
    if name not in HOLIDAYS:
        return None
    name = regional_holiday(name, ctx.text)
    if name in UNPLACED_WITHOUT_REGION:
        return None
    if group(m, "hamo") or group(m, "hamo2"):
        # "Thanksgiving Monday, Oct. 14": the day written after the feast's name, which
        # also tells which country's feast it is
        month = month_number(group(m, "hamo") or group(m, "hamo2"))
        day = int(group(m, "hadd") or group(m, "hadd2"))
        if group(m, "hay"):
            try:
                return Timex("DATE", day_value(date(int(group(m, "hay")), month, day)))
            except ValueError:
                return None
        return dated_month_day(m, ctx, month, day) if 1 <= day <= 31 else None
    if name == "election day" and year_of(m) is None and not ctx.narrative and \
            (named := _VOTE_DATE.search(ctx.text)) is not None:
        # "voters go to the polls on Nov. 7 ... open until 8 p.m. on election day": the
        # day the text gives the vote, wherever it is held
        tx = dated_month_day(m, ctx, month_number(named["mo"]), int(named["dd"]))
        if tx is not None:
            return tx
    if ctx.narrative and group(m, "hol").islower():
        return None  # "a service of thanksgiving"
    if group(m, "hol")[0].islower() and ctx.text[max(0, m.start("hol") - 1):
                                                 m.start("hol")] in ("'", "’"):
        return None  # "the great nor'easter of February 1978": a storm
    if name == "new year" and (group(m, "hol") != "New Year" or _OTHER_NEW_YEAR.search(
            ctx.text, max(0, m.start() - 12), m.start())):
        return None  # "a new year of growth", "Lunar New Year": not 1 January
    if ctx.narrative and _OBSERVANCE.search(ctx.text, max(0, m.start() - 25), m.start()):
        return None  # "commemorated as Anzac Day": the yearly observance, no one day
    if not which_direction(m) and not group(m, "hside") and not group(m, "hpod") \
            and not group(m, "hweek") and year_of(m) is None \
            and not re.search(r"\b(?:day|eve)$", name) \
            and _KIND_AFTER_FEAST.match(ctx.text, m.end()):
        return None  # "the Christmas programme", "Christmas selling season": a kind of thing
    if group(m, "hevery"):
        # "every Christmas Eve": that day each year (a feast that moves has no fixed day)
        one, other = HOLIDAYS[name](2001), HOLIDAYS[name](2002)
        if (one.month, one.day) != (other.month, other.day):
            return Timex("SET", "XXXX-XX-XX")
        return Timex("SET", f"XXXX-{one.month:02d}-{one.day:02d}")
    value = week_value if group(m, "hweek") else day_value  # "Easter week"
    year = year_of(m)
    if group(m, "hrel"):  # "on Australia Day last year": that year's
        year = ctx.ref_day.year + {"last": -1, "next": 1, "this": 0}[group(m, "hrel").lower()]
        return Timex("DATE", value(HOLIDAYS[name](year)), anchor="dateline")
    if year is not None:
        return Timex("DATE", value(HOLIDAYS[name](year)))
    which = which_direction(m)
    if group(m, "eyear") and int(group(m, "eyear")) > 0:  # "Christmas Day 1100"
        return Timex("DATE", value(holiday_in_year(name, int(group(m, "eyear")))))
    point = story_or_episode(ctx, m.start()) if which is None else None
    if point is not None and point.year > 0:
        d = holiday_in_year(name, point.year)
        d = holiday_in_year(name, year_for_month(point, d.month))
        return _near_holiday(m, d, value, "previous")
    if which is None and (framed := _year_opening_sentence(ctx, m.start())
                          or _that_year_after(ctx, m) or _this_year_after(ctx, m)) is not None:
        # "In 2023, some 2.1 million vehicles left in the three days before Hari Raya";
        # "sang there until 2019, and gave her final concert on New Year's Eve that year"
        return _near_holiday(m, holiday_in_year(name, framed), value, "previous")
    anchor = ctx.anchor_day
    direction = which or clause_tense(m, ctx)
    if which is None and holds_until(ctx.text, m.start(), m.end()):
        direction = "future"  # "have been given an exemption until the August bank holiday"
    if which is None and _RUNS_UNTIL.search(ctx.text, max(0, m.start() - 30), m.start()):
        direction = "future"  # "sales, which began in mid-July and run through Labor Day"
    if which is None and direction != "future" \
            and (_LIMIT_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
                 or _TO_DO_AFTER.search(ctx.text, max(0, m.start() - 50), m.start())
                 or _READY_FOR.search(ctx.text, max(0, m.start() - 10), m.start())
                 and not has_simple_past(ctx.text, *clause_bounds(ctx.text, m.start(), m.end()))) \
            and (holiday_date(name, anchor, "future") - anchor).days <= FEAST_AHEAD_DAYS:
        # "extra clinics until Christmas", "in their hands before Thanksgiving": a limit
        # a few months ahead ("resigned before Christmas" said in March stays past)
        direction = "future"
    d = holiday_date(name, anchor, direction)
    nearest = holiday_date(name, anchor, "present")
    if which is None and ctx.coarse_reference and \
            (this := HOLIDAYS[name](anchor.year)).month == anchor.month:
        d = this  # "on Bonfire Night" under a dateline of November: that month's
    elif which is None and abs((nearest - anchor).days) <= NEAR_HOLIDAY_DAYS:
        d = nearest  # a holiday days away is that one, whatever the tense
    elif which is None and direction == "past" and \
            0 < (ahead := holiday_date(name, anchor, "future") - anchor).days <= _SEASON_AHEAD \
            and (anchor - d).days >= 300:
        # "the dates had been chosen to avoid the Christmas traffic" said in November, "have
        # begun flying in merchandise for Black Friday" in October: the feast of the
        # coming weeks, not the one eleven months back
        d = anchor + ahead
    elif which is None and (dated := _DATE_APPOSED.match(ctx.text, m.end())):
        # "Presidents' Day, Feb. 17": the year in which the feast falls on the date given
        for other in (holiday_date(name, anchor, "past"), holiday_date(name, anchor, "future")):
            if (other.month, other.day) == (month_number(dated["mo"]), int(dated["dd"])):
                d = other
    return _near_holiday(m, d, value, ctx.anchor_kind)


_SEASON_AHEAD = 60


def _that_year_after(ctx: Context, m: re.Match) -> int | None:
    """The year named last before a feast followed by "that year" ("on New Year's Eve
    that year"), within a few sentences."""
    if not _THAT_YEAR.match(ctx.text, m.end()):
        return None
    for start, _, placed in reversed(ctx.placed):
        if m.start() - start > 400:
            break
        if placed.granularity == "year":
            return placed.start.year
    return None


_THAT_YEAR = re.compile(r"\s+(?:of\s+)?that\s+(?:same\s+)?year\b")
# "on Good Friday, which falls early this year", "Easter this year": the dateline's year
_THIS_YEAR_AFTER = re.compile(r"(?:,?\s+(?:which|that)\s+(?:falls|is|comes)\s+"
                              r"(?:[a-z]+\s+){0,2}?)?\s*this\s+year\b")


def _this_year_after(ctx: Context, m: re.Match) -> int | None:
    """The dateline's year for a feast followed by "this year" (or by a clause that says
    when it falls this year)."""
    return ctx.ref_day.year if _THIS_YEAR_AFTER.match(ctx.text, m.end()) else None


def _near_holiday(m: re.Match, d: date, value: Callable[[date], str],
                  anchor: str) -> Timex | None:
    """The feast on day `d` as the match names it: a part of its day, a day or week next
    to it, or the feast itself."""
    if group(m, "hpod"):  # "Christmas night"
        return Timex("TIME", day_value(d) + "T" + PARTS_OF_DAY[group(m, "hpod").lower()],
                     anchor=anchor)
    if group(m, "hnear") and group(m, "hnear").lower() == "day":
        if _APPOSED_TO_DATE.search(m.string, max(0, m.start() - 40), m.start()):
            # "on Tuesday 14 April, the day after Easter Monday": the date says the day;
            # the feast is a mention of its own (2 of 2 in our gold)
            return Timex("DATE", value(d), anchor=anchor, start=m.start("hol"))
        # "the day after Thanksgiving", "the day before Christmas Eve"
        step = {"after": 1, "before": -1}.get(group(m, "hside").lower(), 0)
        return Timex("DATE", day_value(d + timedelta(days=step)), anchor=anchor)
    if group(m, "hwd") and group(m, "hside").lower() in ("before", "after"):
        # "the last Saturday before Christmas", "the first Monday after Easter": the
        # nearest such weekday on that side of the feast
        wd = WEEKDAYS[group(m, "hwd").lower()]
        if group(m, "hside").lower() == "before":
            shift = -((d.weekday() - wd - 1) % 7 + 1)
        else:
            shift = (wd - d.weekday() - 1) % 7 + 1
        return Timex("DATE", day_value(d + timedelta(days=shift)), anchor=anchor)
    if group(m, "hwd"):
        return None  # "the Saturday of Easter": left to the weekday's rule
    if group(m, "hnear"):
        return Timex("DATE", _week_by_holiday(m, d), anchor=anchor)
    return Timex("DATE", value(d), anchor=anchor)


# a date right before, in apposition: "January 27, the day after ...", "14 April, the ..."
_APPOSED_TO_DATE = re.compile(r"(?:\b[0-3]?\d(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]+\.?\s+"
                              r"[0-3]?\d(?:st|nd|rd|th)?),\s+$")


def _week_by_holiday(m: re.Match, day: date) -> str:
    """"the week after Christmas", "the weekend before Easter", "the week of Thanksgiving":
    the week (its seven days on from the feast, or back) or weekend next to the feast."""
    side = group(m, "hside").lower()
    if group(m, "hnear").lower() == "weekend":
        wd = day.weekday()
        if side == "before":  # the Saturday before the feast's own weekend or week
            return unit_value(day - timedelta(days=wd + 2), "weekend")
        if side == "after":
            return unit_value(day + timedelta(days=12 - wd if wd >= 5 else 5 - wd), "weekend")
        return unit_value(day, "weekend")
    # the week of most of the seven days after (before) the feast
    step = {"after": 5, "before": -5}.get(side, 0)
    return week_value(day + timedelta(days=step))


_LIMIT_BEFORE = rx(r"\b(?:by|until(?:\s+after)?|till(?:\s+after)?|before|ahead\s+of)\s+$")
# what is to be done after a feast: "was told to ring again after Easter"
_TO_DO_AFTER = rx(r"\bto\s+(?!have\b|be\b|been\b)[a-z]+(?:\s+[a-z]+){0,3}?\s+after\s+$")
_DATE_APPOSED = re.compile(rf",\s+(?P<mo>{CAPITALISED_MONTHS})\.?\s+(?P<dd>[0-3]?\d)\b"
                           r"(?![,.]?\s*\d)")
# what is got ready for a feast or spent over it, in a clause with no simple past:
# "flying in merchandise for Black Friday", "heading for the coast over Christmas"
_READY_FOR = rx(r"\b(?:for|over)\s+(?:the\s+)?$")
_OBSERVANCE = re.compile(r"\b(?:as|called|named)\s+$")
_JULIAN_UNTIL = 1582  # Easter by the Julian calendar before the Gregorian reform


def hijri_date(m: re.Match, ctx: Context) -> Timex | None:
    """"1 Shawwal 1445", "29 Ramadan": a day of the Islamic calendar; without its year,
    the one nearest the dateline in the clause's direction (the nearest either way when
    there is none within half a year)."""
    name = group(m, "hmonth") or group(m, "hmonth2")
    if not name[0].isupper():
        return None
    month = HIJRI_MONTHS[re.sub(r"\s+", " ", name.lower())]
    day = int(group(m, "hday") or group(m, "hday2"))
    if group(m, "hyear"):
        d = hijri_to_gregorian(int(group(m, "hyear")), month, day)
        return Timex("DATE", day_value(d)) if d else None
    anchor = ctx.anchor_day
    d = hijri_nearest(month, day, anchor, clause_tense(m, ctx))
    if d is None or abs((d - anchor).days) > 183:
        d = hijri_nearest(month, day, anchor, "present")
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind) if d else None


def holiday_in_year(name: str, year: int) -> date:
    """The day of a holiday in `year`; feasts counted from Easter by the Julian reckoning
    before 1583 ("Easter Sunday 402" is 6 April)."""
    d = HOLIDAYS[name](year)
    if year <= _JULIAN_UNTIL and name not in ISLAMIC_FEASTS and name not in JEWISH_FEASTS:
        gregorian = easter_sunday(year)
        if abs((d - gregorian).days) <= 60:
            d = julian_easter(year) + (d - gregorian)
    return d


def julian_easter(year: int) -> date:
    """Easter Sunday by the Julian computus (Meeus), written as a Julian calendar date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1)


def holiday_weekend(m: re.Match, ctx: Context) -> Timex | None:
    """"the Easter weekend", "the Memorial Day weekend": the weekend at the holiday, the
    one before a Monday holiday and the one after a Friday one."""
    day = holiday(m, ctx)
    if day is None or day.type != "DATE" or len(day.value) != 10:
        return None
    d = date.fromisoformat(day.value)
    saturday = d + timedelta(days={0: -2, 4: 1, 6: -1}.get(d.weekday(), 5 - d.weekday()))
    return Timex("DATE", week_value(saturday) + "-WE", anchor=day.anchor)


_NARRATIVE_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}


def narrative_month(m: re.Match, ctx: Context) -> Timex | None:
    """"the following April", "that autumn", "the previous spring": a month or season
    placed from the last date the story gave (from the dateline when it gave none)."""
    if re.match(r"\s+(?:of\b|\d)", ctx.text[m.end():m.end() + 5]):
        return None  # "that May 5", "the following summer of ...": other expressions
    words = group(m, "nar").lower().split()
    step = _NARRATIVE_STEP.get(words[1], 0) if words[0] == "the" else 0
    point = story_or_episode(ctx, m.start())
    if point is not None:
        return _story_month_or_season(m, point, step)
    prev = ctx.previous
    if prev is not None and prev.granularity in ("day", "week", "month", "year", "weekend",
                                                 "part_of_day"):
        base, kind = prev.start, "previous"
        whole_year = prev.granularity == "year"
    elif step:
        base, kind, whole_year = ctx.anchor_day, ctx.anchor_kind, False
    else:
        return None  # "that summer" with no date before it names no season we know
    if group(m, "season"):
        code = SEASONS[group(m, "season").lower()]
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        year = base.year - (code == "WI" and base.month <= 2 and not whole_year)
        if step > 0 and (whole_year or first <= base.month):
            year += 1
        elif step < 0 and (whole_year or _season_last_month(first) >= base.month):
            year -= 1  # "the previous summer" said in July: last year's
        return Timex("DATE", f"{year:04d}-{code}", anchor=kind)
    month = month_number(group(m, "month"))
    year = base.year
    if step > 0 and (whole_year or month <= base.month):
        year += 1
    elif step < 0 and (whole_year or month >= base.month):
        year -= 1
    return Timex("DATE", f"{year:04d}-{month:02d}", anchor=kind)


def _season_last_month(first: int) -> int:
    """The last month of the season beginning in month `first` (a winter's first month,
    December, stands for itself: its other months fall in the next year)."""
    return first if first == 12 else first + 2


def _story_month_or_season(m: re.Match, point, step: int) -> Timex:
    """"the following summer", "that June", "the previous winter" from a story point (its
    year may lie before Christ)."""
    whole_year = point.month is None
    month_now = point.month or 1
    if group(m, "season"):
        code = SEASONS[group(m, "season").lower()]
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        year = point.year
        if code == "WI" and not whole_year and point.season is None and month_now <= 2:
            # in January the winter under way began the year before
            return Timex("DATE", f"{year_text(add_years(year, step - 1))}-{code}",
                         anchor="previous")
        if step > 0 and (whole_year or first <= month_now):
            year = add_years(year, 1)
        elif step < 0 and (whole_year or _season_last_month(first) >= month_now):
            year = add_years(year, -1)
        return Timex("DATE", f"{year_text(year)}-{code}", anchor="previous")
    month = month_number(group(m, "month"))
    year = point.year
    if step > 0 and (whole_year or month <= month_now):
        year = add_years(year, 1)
    elif step < 0 and (whole_year or month >= month_now):
        year = add_years(year, -1)
    return Timex("DATE", f"{year_text(year)}-{month:02d}", anchor="previous")


def range_last_day(m: re.Match, ctx: Context) -> Timex | None:
    """The last day of "June 3 to 5": that day of the month, in the year of the first."""
    if not capitalised(group(m, "month")):
        return None
    month, first, last = month_number(group(m, "month")), int(group(m, "day")), int(m["t"])
    if not 1 <= first < last <= 31:
        return None
    end = None
    tail = _YEAR_AFTER_DAY.match(ctx.text, m.end())
    if tail is not None:  # "June 13-14, 1961": the year belongs to the span
        year, anchor, end = int(tail["ryear"]), "absolute", tail.end()
    else:
        start = dated_month_day(m, ctx, month, first)
        if start is None:
            return None
        year, anchor = int(start.value[:4]), start.anchor
    try:
        return Timex("DATE", day_value(date(year, month, last)), anchor=anchor, end=end)
    except ValueError:
        return None


_YEAR_AFTER_DAY = re.compile(r",?\s+(?P<ryear>1\d{3}|20\d\d)\b(?![,.]?\d)")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
_WEEKDAY_INDEX = {w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"))}


def nth_of_month(m: re.Match, ctx: Context) -> Timex | None:
    """"the first Saturday in May" (a day), "the third weekend in January" (the weekend of
    the month's third Saturday), "the first week of June" (the calendar week of its first
    Thursday, then on by weeks; "the last week" holds its last Thursday)."""
    if not capitalised(group(m, "month")):
        return None
    month = month_number(group(m, "month"))
    n = _NTH[group(m, "nth").lower()]
    year = year_of(m)
    framed = None if year is not None else _year_opening_sentence(ctx, m.start())
    if framed is not None:
        year = framed  # "Four years ago, only seven states voted on the first Tuesday in ..."
    elif year is None:
        near = month_year(ctx.anchor_day, month, "present")
        year = month_year(ctx.anchor_day, month, clause_tense(m, ctx))
        if abs((near - ctx.anchor_day.year) * 12 + month - ctx.anchor_day.month) <= _NEAR_MONTHS:
            year = near
    anchor = "absolute" if year_of(m) else ctx.anchor_kind
    unit = (group(m, "nunit") or "").lower()
    if unit == "week":
        day = nth_week_of_month(year, month, n)
        return Timex("DATE", week_value(day), anchor=anchor) if day else None
    wd = 5 if unit == "weekend" else _WEEKDAY_INDEX[group(m, "nwd").lower()]
    day = nth_weekday(year, month, wd, n)
    if day is None:
        return None
    if unit == "weekend":
        return Timex("DATE", f"{week_value(day)}-WE", anchor=anchor)
    return Timex("DATE", day_value(day), anchor=anchor)


def weekend_of_days(m: re.Match, ctx: Context) -> Timex | None:
    """"the weekend of 7 and 8 January", "the weekend of June 14-15": the weekend of the
    first day named (its year as for any day named without one)."""
    month = month_number(group(m, "wmo") or group(m, "wmo2"))
    day = int(group(m, "wd1") or group(m, "wd2"))
    if group(m, "wy"):
        try:
            first = date(int(group(m, "wy")), month, day)
        except ValueError:
            return None
        anchor = "absolute"
    else:
        tx = dated_month_day(m, ctx, month, day)
        if tx is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value):
            return None
        first, anchor = date.fromisoformat(tx.value), tx.anchor
    if first.weekday() < 4:
        return None  # no weekend's days
    return Timex("DATE", unit_value(first, "weekend"), anchor=anchor)

