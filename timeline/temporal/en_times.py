"""Handlers for clock times ("at 6 p.m.", "midnight Friday") and the vague references
PRESENT_REF, PAST_REF, FUTURE_REF ("now", "recently", "the future")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.en_calendar import NEAR_HOLIDAY_DAYS, holiday_date, regional_holiday
from timeline.temporal.en_flashback import episode_at
from timeline.temporal.en_lexicon import (
    CAPITALISED_MONTHS,
    WEEKDAYS,
    month_number,
    number_value,
    unit_of,
)
from timeline.temporal.en_match import (
    EVENT_NOUNS,
    HOLIDAY_NAMES,
    SPAN_JOIN,
    clause_tense,
    day_not_since,
    group,
    hour_of_day,
    last_day_placed,
    midnight,
    news_direction,
    placed_since,
    quantity_mod,
    sentence_start,
)
from timeline.temporal.en_narrative import story_month_day
from timeline.temporal.en_relative import (
    DEICTIC_DAYS,
    day_of_days_named,
    weekday_of_dates_named,
)
from timeline.temporal.en_story import story_day
from timeline.temporal.en_tense import clause_bounds
from timeline.temporal.engine import DAY_OR_FINER, Context, Timex, evening_or_night
from timeline.temporal.resolve import day_month_year, shift, weekday_date
from timeline.temporal.ticker import ticker_day
from timeline.temporal.values import day_value, unit_value

# --- handlers: vague references and clock times -----------------------------------------

VAGUE_REFS = {"now": "PRESENT_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
         # (not the adjective "current": 25 of 35 gold cases leave it untagged, ours 13 of
         # 14, TimeBank/AQUAINT 12 of 21)
         "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "at present": "PRESENT_REF", "presently": "PRESENT_REF",
         "the present": "PRESENT_REF", "this moment": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
         "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
         "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
         "the near term": "FUTURE_REF", "then current": "PAST_REF",
         "then-current": "PAST_REF", "those days": "PAST_REF", "someday": "FUTURE_REF"}


def vague_ref(m: re.Match, ctx: Context) -> Timex | None:
    word = re.sub(r"\s+", " ", group(m, "ref").lower())
    after = ctx.text[m.end():m.end() + 20]
    if word == "now" and re.match(r"\s*-", after):
        return None  # "now-defunct"
    if word == "recently" and after.startswith(" as ") and \
            ctx.text[max(0, m.start() - 3):m.start()].lower() == "as ":
        return None  # "as recently as January": the date after it says when
    if word == "recent" and not re.match(r"\s+[a-z]", after):
        return None
    if word == "future" and not re.match(r"\s+[a-z]", after):
        return None
    if word == "previously" and not (group(m, "ref")[0].isupper() and not re.match(r"\s*,", after)):
        return None  # in news mostly "a previously announced plan": not annotated
    return Timex("DATE", VAGUE_REFS[word], anchor=ctx.anchor_kind)


_MONTH_NAME = rf"(?:{CAPITALISED_MONTHS})\.?"
_DATE_AFTER_WEEKDAY = re.compile(
    rf",?\s+(?:the\s+)?(?:(?P<m1>{_MONTH_NAME})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAME})(?![a-z]))"
    rf"(?:,?\s+(?P<y>1\d{{3}}|20\d\d)\b)?")


_YEAR_AFTER = re.compile(r",?\s+(?:1\d{3}|20\d\d)\b")


def _time_of_date_after(m: re.Match, ctx: Context, hour: int, minute: int,
                        where: str) -> Timex | None:
    """A clock time on the date written after it ("on Wednesday, July 16, 1969", "on July
    16, 1969"): the time alone is the span, the date a mention of its own."""
    at = m.end(where) if where == "tweekday" else m.start(where)
    after = _DATE_AFTER_WEEKDAY.match(ctx.text, at)
    if after is None:
        after = _DATE_AFTER_WEEKDAY.match(ctx.text, at - 1)
    if after is None:
        return None
    month = month_number(after["m1"] or after["m2"])
    day = int(after["d1"] or after["d2"])
    kind = "previous" if ctx.narrative else ctx.anchor_kind
    try:
        if after["y"]:
            d, kind = date(int(after["y"]), month, day), "absolute"
        elif ctx.narrative:
            tx = story_month_day(ctx, m.start(), month, day)
            if tx is None:
                return None
            d = date.fromisoformat(tx.value)
        else:
            d = date(day_month_year(ctx.anchor_day, month, day, "present"), month, day)
    except ValueError:
        return None
    # the span ends before ", on Wednesday"
    head = ctx.text[m.start():m.start(where)]
    end = m.start() + len(re.sub(r"(?:,?\s+(?:on\s+)?)$", "", head))
    if hour == 24:
        tx = midnight(d, quantity_mod(m), kind)
    else:
        tx = Timex("TIME", day_value(d) + f"T{hour:02d}:{minute:02d}", mod=quantity_mod(m),
                   anchor=kind)
    tx.end = end
    return tx


# a time range whose end names the day: "from 7 a.m. until 10 p.m. next Thursday"
# the day named after a clock time: "(next) Thursday", "tomorrow" (a group for _weekday_of)
_DAY_NAMED_AFTER = (r"(?:(?P<rwhich>[Nn]ext|[Ll]ast|[Tt]his)\s+)?"
                    r"(?P<rweekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
                    r"|(?P<rdeixis>today|tomorrow|yesterday)\b")
_RANGE_END_DAY = re.compile(
    r"\s*(?:-|\u2013|to|until|till|through|and)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)"
    rf"|noon|midnight)(?:\s+\(?[A-Z]{{3}}\)?)?,?\s+(?:on\s+)?(?:{_DAY_NAMED_AFTER})")

# a feast named right after a clock time: "at 3pm on Boxing Day"
_HOLIDAY_AFTER = re.compile(rf",?\s+on\s+(?P<hname>(?=[A-Z])(?i:{HOLIDAY_NAMES}))\b")

# the day named after a clock time's zone or its time elsewhere: "at 4:53 pm local time
# (2153 GMT) on Tuesday", "at midnight (0500 GMT) Sunday"
# a date, with its weekday or not (before a weekday alone: "on Friday 29 March"), or a day
# named after a clock time
_DATE_OR_DAY_AFTER = (
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<rmonth>{CAPITALISED_MONTHS})\.?\s+(?P<rdd>[0-3]?\d)\b(?![:.]\d)"
    rf"|(?P<rdd2>[0-3]?\d)\s+(?P<rmonth2>{CAPITALISED_MONTHS})\b)"
    r"(?:,?\s+(?P<ryear>1[89]\d\d|20\d\d)\b)?"
    rf"|{_DAY_NAMED_AFTER})")
_DAY_AFTER_ZONE = re.compile(
    r"(?:\s+(?:local|Pacific|Eastern|Central|Mountain|Atlantic|UK|British|Irish|Moscow|Tokyo|"
    r"Beijing|Paris|Brussels|Berlin|New\s+York|Hong\s+Kong|Singapore|Sydney|Indian|Japan|"
    r"Korea|China)\s+(?:standard\s+|daylight\s+|summer\s+)?"
    r"time(?:\s*\([^()\n]{1,30}\))?|\s*\([^()\n]{1,30}\)),?\s+(?:on\s+)?"
    + _DATE_OR_DAY_AFTER)
# a clock time that names an event, and the event's day after it: "at the 2 p.m. session
# Thursday", "set for the 2 p.m. session on Sept. 14"
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_EVENT_DAY_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{EVENT_NOUNS})s?,?\s+(?:on\s+)?"
                              + _DATE_OR_DAY_AFTER)

_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# the time a statement was made: "may be allowed home as soon as Friday, the sheriff's
# office said at midday" (not Friday's midday)
_TOLD_AT = re.compile(r"\b(?:said|announced|reported|confirmed|added|wrote|posted|told\s+\w+)"
                      r"\s+(?:(?:shortly|just)\s+(?:before|after)\s+|at\s+|around\s+|about\s+)$")


def _evening_told_before(ctx: Context, pos: int) -> bool:
    """Whether the last day or time the text placed before `pos` is an evening or a night,
    named in an earlier sentence ("nobody had slept much the night before ... had touched
    down at 6.17am"): a morning told next is the next day's."""
    for start, end, placed in reversed(ctx.placed):
        if start >= pos or placed.granularity not in DAY_OR_FINER:
            continue
        return evening_or_night(placed) and bool(_SENTENCE_BREAK.search(ctx.text, end, pos))
    return False


def _weekday_of(m: re.Match, ctx: Context, name: str, which: str | None) -> date:
    """The day "Friday", "next Thursday", "last Monday" names after a clock time."""
    anchor = ctx.anchor_day
    wd = WEEKDAYS[name.lower()]
    which = (which or "").lower()
    if which == "the":  # "at 11pm on the Sunday": the Sunday of the dates named
        named = weekday_of_dates_named(ctx, m.start(), wd)
        if named is not None:
            return named
    if which == "next":
        d = weekday_date(anchor + timedelta(days=1), wd, "future")
        return d + timedelta(days=7) if (d - anchor).days < 2 else d
    if which == "last":
        return weekday_date(anchor - timedelta(days=1), wd, "past")
    if not which and ctx.placed and SPAN_JOIN.fullmatch(ctx.text, ctx.placed[-1][1], m.start()):
        # "between 10pm Saturday and 3am Sunday": the end follows the start
        first = ctx.placed[-1][2].start
        return first + timedelta(days=(wd - first.weekday()) % 7)
    if not which and not ctx.narrative:
        among = day_of_days_named(ctx, m.start(), wd, lambda: news_direction(m, ctx))
        if among is not None:  # "through Sunday, July 14 ... at 9:30 p.m. Sunday"
            return among
    if which == "this" and wd >= anchor.weekday():
        return weekday_date(anchor, wd, "future")
    return weekday_date(anchor, wd, news_direction(m, ctx))


def ticker_clock(m: re.Match, ctx: Context) -> Timex | None:
    """The time stamp of an entry of a live blog or a timeline: a time of the day the
    text named before its first entry ("Postmortem: the outage of November 27 ... 13:52 -
    a change rolls out"), else of the dateline's day (a live blog)."""
    if m["minute3"] and len(_DOT_STAMP_LINE.findall(ctx.text)) < 2:
        return None  # a dot stamp without a.m. or p.m. only in a ticker of them
    d, anchor = ticker_day(ctx, _TICKER_LINE, m.start())
    ampm = m["ampm"] or m["ampm2"]
    hour = int(m["hour"]) % 12 + (12 if ampm.lower() == "p" else 0) if ampm else int(m["hour"])
    minute = m["minute"] or m["minute2"] or m["minute3"]
    if hour < 6 and _evening_stamp_before(ctx, m.start()):
        d += timedelta(days=1)  # a blog that runs on past midnight: "11.45pm ... 12.07am"
    return Timex("TIME", f"{day_value(d)}T{hour:02d}:{minute}", anchor=anchor)


def _evening_stamp_before(ctx: Context, pos: int) -> bool:
    """Whether a time stamp of the evening (from 6 p.m.) opens a line before `pos`, the
    stamps running forward: the blog has passed midnight."""
    for stamp in _TICKER_LINE.finditer(ctx.text, 0, pos):
        hm = _STAMP_HOUR.match(ctx.text, stamp.start())
        if hm is None:
            continue
        hour = int(hm["h"]) % 12 + 12 if (hm["ap"] or "").lower() == "p" else int(hm["h"])
        if (hm["ap"] or "").lower() == "a" and hour == 12:
            hour = 0
        if hour >= 18:
            # (not an evening the stamp dates itself: "11:50 p.m. Monday - ...")
            return not _STAMP_DAY_AFTER.match(ctx.text, hm.end())
        if hour < 6:
            return False  # (the small hours came first: a blog with the newest on top)
    return False


_STAMP_HOUR = re.compile(r"[ \t]*(?P<h>\d{1,2})[:.]\d\d\s*(?P<ap>[aApP])?")
_STAMP_DAY_AFTER = re.compile(r"\.?[mM]?\.?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                              r"today|yesterday|tonight)\b")


# the first time stamp opening a line (see the ticker_clock rule)
_TICKER_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[01]?\d|2[0-3])"
                          r"(?::[0-5]\d(?:\s*(?i:[ap])\.?(?i:m)\.?)?"
                          r"|\.[0-5]\d\s*(?i:[ap])\.?(?i:m)\.?|(?<=[012]\d)\.[0-5]\d)"
                          r"(?=[ \t]*(?:(?:--|[:\u2013\u2014-])[ \t]*)?[A-Z\u201c\"])")


_DOT_STAMP_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[01]\d|2[0-3])\.[0-5]\d[ \t]+[A-Z]")

# a rhythm of a day or shorter: "each night", "every 20 minutes", "daily", "nightly"
_DAILY_RHYTHM = re.compile(
    r"\b(?:(?:each|every)\s+(?:(?:single|other)\s+)?(?:day|night|morning|evening|afternoon|"
    r"weekday|weeknight|hour|half[\s-]hour|(?:\d+|two|three|four|five|six|ten|fifteen|"
    r"twenty|thirty)\s+(?:hours|minutes))"
    r"|on\s+(?:weekdays|weeknights|weekends|school\s+(?:days|nights)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
    # the adverbs, not the adjectives of one event ("the daily briefing was at 10 a.m.")
    r"|(?:daily|nightly|hourly)(?!\s+(?!(?:at|from|between|until|till|to|and|or|in|on|"
    r"except|through|during|for|with|before|after|since|while|when|as|throughout|"
    r"starting|beginning)\b)[a-z]))\b", re.IGNORECASE)
# a day or date named in the clause besides the rhythm: "daily from Aug. 9", "on Monday"
# (a day that ends the rhythm names no one day of it: "daily through July 15")
_ONE_DAY_NAMED = re.compile(
    # (not the bounds of a stretch: "Sessions run from Feb. 8 through April 12 on Saturdays,
    # from 9 a.m. to 1 p.m.")
    rf"(?<!\bthrough\s)(?<!\buntil\s)(?<!\btill\s)"
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    rf"(?!s|\s+(?:mornings|afternoons|evenings|nights))|today|tomorrow|yesterday|tonight|"
    rf"(?:{CAPITALISED_MONTHS})\.?\s+\d(?!\d?(?:st|nd|rd|th)?,?\s+(?:through|thru|to|until|till|"
    rf"and|-|\u2013)\s))")


def _recurs_in_clause(m: re.Match, ctx: Context) -> bool:
    """Whether the clock time's clause tells a daily or shorter rhythm and names no day."""
    if ctx.text[max(0, m.start() - 4):m.start()].lower() == "the ":
        return False  # "the 2 a.m. count": one of them
    if not _DAILY_RHYTHM.search(ctx.text, max(0, m.start() - 90), m.end() + 60):
        return False  # (most clock times: no clause to look at)
    start, stop = clause_bounds(ctx.text, m.start(), m.end())
    end = _RANGE_TO_CLOCK.match(ctx.text, m.end())
    if end is not None:  # "from 8 a.m. to 8 p.m. daily": the range's clause
        stop = max(stop, clause_bounds(ctx.text, end.end() - 1, end.end())[1])
    start, stop = max(start, m.start() - 90), min(stop, m.end() + 60)
    return bool(_DAILY_RHYTHM.search(ctx.text, start, stop)) and \
        not any(day.start() < m.start() or not _EXCEPT_BEFORE.search(
            ctx.text, max(0, day.start() - 10), day.start())
            for day in _ONE_DAY_NAMED.finditer(ctx.text, start, stop)) and \
        not _ONE_OF_THEM.search(ctx.text, start, m.start())


# a day left out of the rhythm after it names no day of it: "until 11 p.m. nightly, except
# on Sunday"
_EXCEPT_BEFORE = re.compile(r"\bexcept\s+(?:on\s+)?$")


# advice on hours of any day: "urged pilgrims to avoid walking between 10am and 4pm"
_ADVICE_BEFORE = re.compile(
    r"\b(?:(?:urg|advis|recommend|warn|tell|told|ask)(?:e|es|ed|ing|s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:not\s+to|against)|to\s+avoid)\b[^.;:]*?\b(?:between|from)\s+$", re.IGNORECASE)
# every one of a kind at its hour: "All games start at 7 p.m."
_ALL_AT = re.compile(r"\b[Aa]ll\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+(?:start|begin|end|finish|open|"
                     r"close|kick\s+off)\s+at\s+$")


def _generic_clock(m: re.Match, ctx: Context) -> bool:
    """Whether the clock time is one of any day: advice on hours, or the hour of all
    events of a kind."""
    before = ctx.text[max(0, m.start() - 90):m.start()]
    if "betw" not in before and "fro" not in before and "ll" not in before \
            and "hours" not in before:
        return False
    if _ALL_AT.search(before) or _KEPT_HOURS.search(before):
        return True
    if _IS_OPEN.search(before) and not _DAY_WORD.search(
            ctx.text, sentence_start(ctx.text, m.start()), _sentence_end(ctx.text, m.end())):
        return True  # "The gallery is open from 11 a.m. to 5 p.m.": the hours it keeps
    if _WINDOW_BEFORE.search(before) or _RANGE_TO_CLOCK.match(ctx.text, m.end()):
        # a window of hours through a stretch of days ("every clear night from Nov. 15
        # through the end of January, between 7 p.m. and 10 p.m.", "stop work between 12
        # noon and 4 p.m. from tomorrow until May 31") or allowed by a rule ("may be used
        # between 7am and 10pm only"): each day's hours
        lo, hi = sentence_start(ctx.text, m.start()), _sentence_end(ctx.text, m.end())
        if _STRETCH_OF_DAYS.search(ctx.text, lo, hi) or _RULED_WINDOW.search(ctx.text, lo, hi):
            return True
    # (the range's second clock time: "between 10am and [4pm]")
    first = _RANGE_FIRST_CLOCK.search(before)
    return bool(_ADVICE_BEFORE.search(before, 0, first.start() if first else len(before)))


# the hours a place keeps, any day's: "opening hours are 10 a.m. to 4 p.m."
# ... the end of such a phrase before a clock time: "from", or a first hour and "to"
_HOURS_FROM = r"(?:from\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?\s+(?:to|-|until)\s+)?$"
_KEPT_HOURS = re.compile(r"\b(?:opening|office|visiting|business|trading|surgery)\s+hours\s+"
                         r"(?:are|will\s+be|remain)\s+" + _HOURS_FROM, re.IGNORECASE)
# ... and "The gallery is open from 11 a.m. to 5 p.m."
_IS_OPEN = re.compile(r"\b(?:is|are)\s+(?:normally\s+|usually\s+)?open\s+(?:daily\s+)?"
                      + _HOURS_FROM, re.IGNORECASE)
_WINDOW_BEFORE = re.compile(r"\b(?:between|from)\s+[\w:. ]{0,18}$", re.IGNORECASE)
_STRETCH_OF_DAYS = re.compile(
    r"\bfrom\s+(?:tomorrow|today|now|(?:[A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
    r"[^.;!?]{0,40}?\b(?:until|through|till|to)\s+(?:the\s+end\s+of\s+)?"
    r"(?:[A-Z][a-z]{2,8}|\d{1,2}\s+[A-Z][a-z]{2,8})")
_RULED_WINDOW = re.compile(r"\b(?:may|must|can)\s+(?:only\s+)?be\s+(?:used|open|opened|run|held)\s+"
                           r"between\b[^.;!?]{0,40}?\bonly\b")


def _sentence_end(text: str, pos: int) -> int:
    stop = _SENTENCE_BREAK.search(text, pos)
    return stop.start() if stop else len(text)


_RANGE_FIRST_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?\s+(?:and|to|-)\s+$",
                                re.IGNORECASE)


# the end of a range of clock times: "(from 8 a.m.) to 8 p.m."
_RANGE_TO_CLOCK = re.compile(r"\s*(?:-|\u2013|to|until|till|and)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*"
                             r"(?:[ap]\.?m\b\.?)?|noon|midnight)", re.IGNORECASE)
# one time of the rhythm: "the next advisory is due at 5 p.m., with advisories every hour"
_ONE_OF_THEM = re.compile(r"\b(?:the\s+)?(?:next|first|last|final)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:is|was|will|begins?|starts?|leaves?|departs?|due)\b")


_HOURS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven "
                                     "twelve".split(), 1)}
_MINUTES = {"half": 30, "quarter": 15, "twenty": 20, "ten": 10, "five": 5}
# what may stand before a clock in words that counts minutes: "at twenty to five", "by
# half past six", "it's ten past nine"
_CLOCK_LEAD = re.compile(r"\b(?:at|by|until|till|before|after|from|around|about|it['’]s|"
                         r"it\s+is|it\s+was)\s+$", re.IGNORECASE)


def _word_clock_value(m: re.Match) -> tuple[int, int]:
    """Hour and minute of a clock told in words: "half past six" -> (6, 30), "twenty to
    five" -> (4, 40), "two o'clock" -> (2, 0)."""
    if group(m, "whour2"):
        return _HOURS[m["whour2"].lower()], 0
    hour = _HOURS[m["whour"].lower()]
    words = re.findall(r"[a-z]+", m["wmin"].lower())  # "a quarter", "twenty-five"
    minute = sum(_MINUTES.get(w, 0) for w in words)
    if m["wdir"].lower() == "to":
        return (hour - 2) % 12 + 1, 60 - minute
    return hour, minute


def word_clock(m: re.Match, ctx: Context) -> Timex | None:
    """A clock told in words ("two o'clock", "at twenty to five"): without a.m. or p.m.,
    one to five o'clock is in the afternoon."""
    if group(m, "wmin") and not _CLOCK_LEAD.search(ctx.text, max(0, m.start() - 10),
                                                    m.start()):
        return None  # "five to nine" alone is as often a count or a score
    return clock_time(m, ctx)


def clock_time(m: re.Match, ctx: Context) -> Timex | None:
    hour = int(group(m, "hour")) if group(m, "hour") else None
    minute = int(group(m, "minute")) if group(m, "minute") else 0
    if group(m, "hourw2"):  # "three in the morning"
        if ctx.narrative:
            return None  # a story's hour is of the story's day (story_clock)
        hour = _HOURS[group(m, "hourw2").lower()]
    if group(m, "wclock"):
        hour, minute = _word_clock_value(m)
    special = (group(m, "special") or "").lower()
    if special == "noon" and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()],
                                       re.IGNORECASE):
        return None  # "high noon": a showdown, not a clock time
    if special == "midnight" and ctx.text.startswith((" Mass", " mass"), m.end()):
        return None  # "Midnight Mass": a service's name (its night is Christmas Eve's)
    if special:
        hour, minute = (24, 0) if special == "midnight" else (12, 0)
    else:
        if hour is None or hour > 23 or minute > 59:
            return None
        hour = hour_of_day(hour, group(m, "ampm") or "")
        if group(m, "pod2"):
            if group(m, "pod2").lower() in ("afternoon", "evening", "night") and hour < 12:
                hour += 12
        elif 1 <= hour <= 5 and not group(m, "ampm") and not group(m, "tday") and (
                group(m, "wclock") or "o'clock" in m.group()):
            hour += 12  # "the ceremony at 4 o'clock": no one says so of the small hours
    if not special and not group(m, "ampm") and 1 <= hour < 12 and _LATE_PART_BEFORE.search(
            ctx.text, max(0, m.start() - 20), m.start()):
        hour += 12  # "a public talk Friday night at 7:30": the evening's hour
    d = ctx.anchor_day
    kind = ctx.anchor_kind
    day_word = re.sub(r"\s+", " ", (group(m, "tday") or "").lower())
    if not group(m, "ampm") and hour < 12 and day_word in (
            "tonight", "this evening", "this afternoon", "last night"):
        hour += 12  # "7 o'clock tonight"
    day_word = {"last night": "yesterday"}.get(day_word, day_word)
    if day_word.startswith("this "):  # "10 a.m. this morning": the dateline's day
        day_word = "today"
    if group(m, "tmonth2") and group(m, "tdd2"):  # "7.30pm on Saturday 24 August"
        month, day = month_number(group(m, "tmonth2")), int(group(m, "tdd2"))
        year = int(group(m, "tyear")) if group(m, "tyear") else None
        try:
            d = date(year or day_month_year(d, month, day, "present"), month, day)
        except ValueError:
            return None
        kind = "absolute" if year else kind
    elif group(m, "tweekday") and _DATE_AFTER_WEEKDAY.match(ctx.text, m.end("tweekday")):
        # "9:32 a.m. on Wednesday, July 16, 1969": the time of that date; the date is a
        # mention of its own
        return _time_of_date_after(m, ctx, hour, minute, "tweekday")
    elif group(m, "tweekday"):
        d = _weekday_of(m, ctx, group(m, "tweekday"), group(m, "twhich"))
    elif day_word in DEICTIC_DAYS:
        d = shift(d, "day", DEICTIC_DAYS[day_word])
    elif day_word.endswith(("morning", "afternoon", "evening", "night")):
        # "at 9pm that evening", "9 a.m. the next morning": an hour of that part of the day
        # named last (or of the day after it), one expression
        prev = ctx.previous
        base = prev.start if prev is not None and prev.granularity in DAY_OR_FINER else d
        if day_word.startswith(("the next", "the following")):
            base += timedelta(days=1)
        if not group(m, "ampm") and hour < 12 and not day_word.endswith("morning"):
            hour += 12
        return Timex("TIME", day_value(base) + f"T{hour:02d}:{minute:02d}",
                     mod=quantity_mod(m), anchor="previous")
    elif day_word.endswith(" day"):
        # "until 11.59pm the following day": a time of the day after the one named; "the
        # following day" is a mention of its own, placed from that same day (so the time
        # stays aside)
        prev = ctx.previous
        base = prev.start if prev is not None and prev.granularity in DAY_OR_FINER else d
        d = base + timedelta(days=1)
        tx = midnight(d, quantity_mod(m), "previous") if hour == 24 else \
            Timex("TIME", day_value(d) + f"T{hour:02d}:{minute:02d}", mod=quantity_mod(m),
                  anchor="previous")
        tx.end = len(ctx.text[:m.start("tday")].rstrip())
        tx.aside = True
        return tx
    elif group(m, "tmonth") and group(m, "tdd") and _YEAR_AFTER.match(ctx.text, m.end()):
        # "9:32 a.m. on July 16, 1969": the time of that date; the date is a mention of
        # its own
        return _time_of_date_after(m, ctx, hour, minute, "tmonth")
    elif group(m, "tmonth") and group(m, "tdd") and (ctx.narrative or (
            at := next((p for p in (m.start(), m.start("tmonth"))
                        if episode_at(ctx, p) is not None), None)) is not None):
        # "12:50 p.m. on July 24" in a story (or a recalled episode): the story's July 24
        # (asked at the time and at the month: "a.m." may end the clause either side)
        tx = story_month_day(ctx, m.start() if ctx.narrative else at,
                             month_number(group(m, "tmonth")), int(group(m, "tdd")))
        try:
            d, kind = date.fromisoformat(tx.value), "previous"
        except (AttributeError, ValueError):  # no story day, or one before Christ
            return None
    elif group(m, "tmonth") and group(m, "tdd"):
        month, day = month_number(group(m, "tmonth")), int(group(m, "tdd"))
        try:
            d = date(day_month_year(d, month, day, "present"), month, day)
        except ValueError:
            return None
    elif not ctx.narrative and (later := _RANGE_END_DAY.match(ctx.text, m.end())
                                or _DAY_AFTER_ZONE.match(ctx.text, m.end())
                                or (_ARTICLE_BEFORE.search(ctx.text, max(0, m.start() - 5),
                                                           m.start())
                                    and _EVENT_DAY_AFTER.match(ctx.text, m.end()))):
        # "from 7 a.m. until 10 p.m. next Thursday", "between 7am and noon tomorrow": the
        # day the range's end names; "at 8 p.m. local time on Sunday": the day named past
        # the zone
        if later["rdeixis"]:
            d = shift(ctx.ref_day, "day", DEICTIC_DAYS[later["rdeixis"].lower()])
        elif later.groupdict().get("rmonth") or later.groupdict().get("rmonth2"):
            # "11:59 p.m. Pacific time on Nov. 30", "11pm UK time on Friday 29 March"
            month = month_number(later["rmonth"] or later["rmonth2"])
            day = int(later["rdd"] or later["rdd2"])
            year = int(later["ryear"]) if later["ryear"] else None
            try:
                d = date(year or day_month_year(d, month, day, "present"), month, day)
            except ValueError:
                return None
        else:
            d = _weekday_of(m, ctx, later["rweekday"], later["rwhich"])
    elif not ctx.narrative and (feast := _HOLIDAY_AFTER.match(ctx.text, m.end())):
        # "kicks off at 3pm on Boxing Day": that day's time (the feast a mention of its own)
        name = regional_holiday(re.sub(r"\s+", " ", feast["hname"].lower()), ctx.text)
        d = holiday_date(name, ctx.ref_day, "present")
        if abs((d - ctx.ref_day).days) > NEAR_HOLIDAY_DAYS:  # a feast days away is that one
            d = holiday_date(name, ctx.ref_day, news_direction(m, ctx))
    elif not ctx.narrative and (_recurs_in_clause(m, ctx) or _generic_clock(m, ctx)):
        # "The ban applies from 1 a.m. to 6 a.m. each night", "Gates open daily at 8
        # a.m.": a time of every day, no one day's
        return Timex("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", mod=quantity_mod(m))
    elif not ctx.narrative and _NEXT_BULLETIN.search(ctx.text, sentence_start(ctx.text, m.start()),
                                                     m.start()):
        d = ctx.ref_day  # "Our next bulletin is at four o'clock": today's
    elif ctx.narrative and story_day(ctx, m.start()) is not None:
        d, kind = story_day(ctx, m.start()), "previous"  # "shortly after noon": that day
    elif not ctx.narrative and ctx.previous is not None and ctx.previous.start > ctx.ref_day \
            and _TOLD_AT.search(ctx.text, max(0, m.start() - 30), m.start()) \
            and clause_tense(m, ctx) == "past":
        d = ctx.ref_day  # the time a statement was made, past the day to come just named
    elif not ctx.narrative and ctx.previous is not None and ctx.previous.start > ctx.ref_day \
            and ctx.placed and _SENTENCE_BREAK.search(ctx.text, ctx.placed[-1][1], m.start()) \
            and clause_tense(m, ctx) == "past":
        # told in the past, it is not the day to come the text last named but the last
        # one gone by ("voted late Tuesday on a budget for the year beginning July 1 ...
        # The vote was taken at 11:42 p.m."), else the dateline's
        gone = ctx.day_gone_by(m.start())
        if gone is not None:
            d, kind = gone, "previous"
    elif not ctx.narrative and ctx.previous is not None \
            and ctx.previous.start.year < ctx.ref_day.year - 1 and _commemorated(m, ctx):
        # "A minute's silence was held at 11 a.m." in news of a disaster years ago: the
        # time of the remembrance (the day of it the text named, else the dateline's), not
        # of the day recalled
        recent = last_day_placed(ctx, m.start(), m.start(),
                                 lambda _, day: abs((day - ctx.ref_day).days) <= 7)
        d, kind = (recent, "previous") if recent is not None else (ctx.ref_day, kind)
    elif not ctx.narrative and not ctx.coarse_reference and ctx.previous is not None \
            and ctx.previous.granularity in DAY_OR_FINER \
            and 0 <= (ctx.ref_day - ctx.previous.start).days <= _RECENT_DAYS \
            and ctx.placed and _SENTENCE_BREAK.search(ctx.text, ctx.placed[-1][1], m.start()) \
            and clause_tense(m, ctx) == "future":
        # told ahead, a time is not of a day gone by the text named in a sentence before
        # ("the three months ended Sept. 30. ... will publish results at 4:05 p.m."), but
        # of the last day to come it named ("report on Tuesday"), or announced further up
        # ("will reopen this Saturday ... The mayor will cut the ribbon at 10am"), else the
        # dateline's
        d = _day_to_come_named(ctx, m.start(), _report_day(ctx)) \
            or (None if ctx.coarse_reference else _day_to_come_announced(ctx, m.start())) or d
        kind = "previous" if d != ctx.anchor_day else kind
    elif ctx.previous is not None and ctx.previous.granularity in DAY_OR_FINER \
            and not placed_since(ctx):
        # a bare clock time belongs to the day the text last named ("Saturday night ...
        # until shortly before midnight"; not a start told with "since")
        d, kind = ctx.previous.start, "previous"
        if hour < 6 and (ctx.evening_placed_last(ctx.previous.start)
                         or _eve_placed_last(ctx)) and (
                ctx.narrative or d < ctx.ref_day):  # (not after the dateline's day)
            # "at 10:05 p.m. on Nov. 2 ... At 12:41 a.m.": Nov. 3; "on New Year's Eve kept
            # the neighbourhood awake until 2 a.m.": New Year's Day
            d = shift(d, "day", 1)
        elif 5 <= hour < 12 and (ctx.narrative or d < ctx.ref_day) \
                and _evening_told_before(ctx, m.start()):
            d = shift(d, "day", 1)
    elif (named := day_not_since(ctx, m.start(), 400) if placed_since(ctx)
          else ctx.day_named_before(m.start(), 400)) is not None \
            and not (named > ctx.ref_day and clause_tense(m, ctx) == "past"):
        # the day named a little before, past a coarser date in between ("on Monday ...
        # at 8:46 a.m., when the plane struck five years ago. Bells rang at 9:03")
        d, kind = named, "previous"
        if 5 <= hour < 12 and (ctx.narrative or d < ctx.ref_day) \
                and _evening_told_before(ctx, m.start()):
            d = shift(d, "day", 1)
    elif not ctx.narrative and not day_word and not ctx.coarse_reference \
            and clause_tense(m, ctx) != "past" \
            and not _DAY_WORD.search(ctx.text, sentence_start(ctx.text, m.start()), m.start()) \
            and (to_come := _day_to_come_announced(ctx, m.start())) is not None:
        # "The ribbon-cutting is on Friday ... The mayor will cut a ribbon at 10 a.m.": a
        # time told now or ahead with no day of its own is of the day to come the text
        # announced, not of the dateline's
        d, kind = to_come, "previous"
    if hour == 24 and not ctx.narrative and ctx.ref_day - timedelta(days=3) <= d <= ctx.ref_day \
            and not day_word and not group(m, "tweekday") and not group(m, "tmonth") \
            and clause_tense(m, ctx) != "past" and _turn_of_year_ahead(ctx, m.start()) \
            and not _DAY_WORD.search(ctx.text, sentence_start(ctx.text, m.start()), m.start()):
        # "it'll break at midnight" in a Y2K story of 29 December: the turn of the year,
        # New Year's Eve's midnight
        d = date(d.year if d.month == 12 else d.year - 1, 12, 31)
    elif hour == 24 and not ctx.narrative and d == ctx.ref_day and kind == ctx.anchor_kind \
            and not day_word and not group(m, "tweekday") and not group(m, "tmonth") \
            and clause_tense(m, ctx) == "past":
        # "its delegate told the hall around midnight", "talks that ran past midnight":
        # told in the past, the midnight that began the dateline's day
        d = shift(d, "day", -1)
    if hour == 24:
        tx = midnight(d, quantity_mod(m), kind)
    else:
        tx = Timex("TIME", day_value(d) + f"T{hour:02d}:{minute:02d}", mod=quantity_mod(m),
                   anchor=kind)
    _end_before_on(m, tx)
    return tx


_NEW_YEAR_WORDS = re.compile(r"New Year|Hogmanay|Y2K|millennium|year 2000", re.IGNORECASE)


def _turn_of_year_ahead(ctx: Context, pos: int) -> bool:
    """Whether the dateline falls in the last days of December (to the 31st) and the text
    speaks of the new year coming."""
    day = ctx.ref_day
    return day.month == 12 and day.day >= 26 and \
        _NEW_YEAR_WORDS.search(ctx.text, max(0, pos - 1500), pos) is not None


def _eve_placed_last(ctx: Context) -> bool:
    """Whether the date placed last is a feast's eve ("New Year's Eve", "Christmas Eve"),
    a day whose events run into the night."""
    if not ctx.placed:
        return False
    start, end, _ = ctx.placed[-1]
    return ctx.text[start:end].lower().endswith(" eve")


# a day joined to a clock time by "on": the time's span ends before it
_ON_BEFORE_DAY = re.compile(r",?\s+on\s+$")


def _end_before_on(m: re.Match, tx: Timex) -> None:
    """"at 8pm on Thursday", "at noon on May 6": the time of that day, the day a mention
    of its own (a preposition parts them, as the corpora annotate; "8pm Thursday" stays
    one expression)."""
    day = next((name for name in ("twhich", "tweekday", "tmonth") if group(m, name)), None)
    if day is None:
        return
    on = _ON_BEFORE_DAY.search(m.string, m.start(), m.start(day))
    if on is not None:
        tx.end = on.start()


# the rites of a remembrance
_REMEMBRANCE = re.compile(r"\b(?:memorial|silence|wreaths?|vigil|service|[Mm]ass|ceremon(?:y|ies)|"
                          r"commemorat\w*|remembrance|minute's)\b")


def _commemorated(m: re.Match, ctx: Context) -> bool:
    """Whether the clock time's sentence tells a rite of remembrance and names no year
    of the events remembered."""
    start = sentence_start(ctx.text, m.start())
    stop = _SENTENCE_BREAK.search(ctx.text, m.end())
    stop = stop.start() if stop else len(ctx.text)
    return bool(_REMEMBRANCE.search(ctx.text, start, stop)) \
        and not _YEAR_IN.search(ctx.text, start, stop)


_YEAR_IN = re.compile(r"(?<!since\s)\b(?:1[5-9]|20)\d\d\b")  # ("every year since 1984")
_RECENT_DAYS = 45  # (a day further back is of a story the news recalls, with its own times)


def _day_to_come_announced(ctx: Context, pos: int) -> date | None:
    """The last day of the coming two weeks the text named before `pos`, however far."""
    return last_day_placed(
        ctx, pos, len(ctx.text),
        lambda start, day: start < pos and ctx.ref_day < day <= ctx.ref_day + _SOON)


_SOON = timedelta(days=14)
_LATE_PART_BEFORE = re.compile(r"\b(?:afternoon|evening|night|tonight)\s+at\s+$", re.IGNORECASE)
# the next issue of a programme is today's: "Our next bulletin is at four o'clock"
_NEXT_BULLETIN = re.compile(r"\bnext\s+(?:bulletin|news|update|briefing|edition)\b",
                            re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|"
                       r"tomorrow|yesterday)\b")


def _day_to_come_named(ctx: Context, pos: int, past_today: bool = False) -> date | None:
    """The last day from the dateline's on (after it, with `past_today`) the text named
    in the 600 characters before."""
    if past_today:
        return last_day_placed(ctx, pos, 600, lambda _, day: day > ctx.ref_day)
    return last_day_placed(ctx, pos, 600, lambda _, day: day >= ctx.ref_day)


_LATER_TODAY = re.compile(r"\b(?:later|earlier)\s+today\b", re.IGNORECASE)


def _report_day(ctx: Context) -> bool:
    """Whether the last date placed is the dateline's day named alone, as the day of a
    report ("the launch was pushed back to Saturday, officials said today"), not as a
    time or a stretch of it ("11 a.m. today", "later today")."""
    start, end, placed = ctx.placed[-1]
    return placed.start == ctx.ref_day and placed.granularity == "day" and \
        not _LATER_TODAY.search(ctx.text, max(0, start - 10), end)


def clock_each_week(m: re.Match, ctx: Context) -> Timex | None:
    """"2 p.m. on Sundays", "9 p.m. every Thursday": that time of that weekday, each week."""
    name = group(m, "weekday") or group(m, "weekday2")
    if not name[0].isupper():
        return None
    hour = hour_of_day(int(group(m, "hour")), group(m, "ampm"))
    minute = int(group(m, "minute") or 0)
    return Timex("SET", f"XXXX-WXX-{WEEKDAYS[name.lower()] + 1}T{hour:02d}:{minute:02d}")


def set_at_clock(m: re.Match, ctx: Context) -> Timex | None:
    """"every Tuesday at 10 a.m.", "every day at 10 a.m.", "every morning at 8": that time
    of each such day."""
    hour, minute = int(group(m, "hour")), int(group(m, "minute") or 0)
    ampm = group(m, "ampm") or ""
    daily = (group(m, "daily") or "").lower()
    if not ampm and daily not in ("morning", "afternoon", "evening", "night"):
        return None  # "every day at 5": no a.m. or p.m. to tell which five
    if not ampm and daily != "morning":
        ampm = "pm"  # "every evening at 7"
    hour = hour_of_day(hour, ampm)
    if group(m, "weekday3"):
        day = f"XXXX-WXX-{WEEKDAYS[group(m, 'weekday3').lower()] + 1}"
    else:
        day = "XXXX-WXX-WD" if daily == "weekday" else "XXXX-XX-XX"
    return Timex("SET", f"{day}T{hour:02d}:{minute:02d}")


def nth_day_each_month(m: re.Match, ctx: Context) -> Timex | None:
    """"the first Sunday of each month": a day of every month, a monthly set."""
    return Timex("SET", "P1M")


def race_time(m: re.Match, ctx: Context) -> Timex | None:
    """"in 2:20:42": hours, minutes and seconds taken, a duration."""
    parts = [(int(m["h"]), "H"), (int(m["mi"]), "M"), (int(m["s"]), "S")]
    return Timex("DURATION", "PT" + "".join(f"{n}{u}" for n, u in parts if n), start=m.start("h"))


def range_start_clock(m: re.Match, ctx: Context) -> Timex | None:
    """The first hour of "from 4 to 7 p.m.": a clock time with the range's a.m. or p.m.
    (none when the first hour is the later one: "from 11 to 2 p.m." crosses noon)."""
    if int(group(m, "hour")) > int(group(m, "h2")) or int(group(m, "hour")) == 0:
        return None
    return clock_time(m, ctx)


_ODDS_BEFORE = re.compile(r"\b(\d{1,3})\s+to\s+$")


def tonight_at(m: re.Match, ctx: Context) -> Timex | None:
    """"9 tonight", "Tonight at eleven", "6 this morning": that hour of the evening (the
    morning) of the dateline's day (of the day told, in a recalled episode: none)."""
    if episode_at(ctx, m.start()) is not None:
        return None
    odds = _ODDS_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if odds is not None and group(m, "hour") and int(odds[1]) > int(group(m, "hour")):
        return None  # "at 12 to 1 this afternoon": odds ("this afternoon" stays a time)
    hour = int(group(m, "hour") or number_value(group(m, "hourw")))
    minute = int(group(m, "minute")) if group(m, "minute") else 0
    if (group(m, "tpod") or "").lower() == "morning":
        hour = 0 if hour == 12 else hour
    else:
        hour = hour + 12 if hour < 12 else hour
    if hour == 24:
        return midnight(ctx.anchor_day, None, ctx.anchor_kind)
    return Timex("TIME", day_value(ctx.anchor_day) + f"T{hour:02d}:{minute:02d}",
                 anchor=ctx.anchor_kind)


def from_today(m: re.Match, ctx: Context) -> Timex | None:
    """"three weeks from tomorrow": the day that many units after today or tomorrow
    ("ten years from now": the year)."""
    n = number_value(group(m, "num"))
    if n is None or isinstance(n, float):
        return None
    unit, _, _ = unit_of(group(m, "unit"))
    if unit not in ("day", "week", "month", "year"):
        return None
    base = ctx.ref_day + timedelta(days=1 if group(m, "from").lower() == "tomorrow" else 0)
    d = shift(base, unit, int(n))
    if group(m, "from").lower() == "now" and unit in ("month", "year"):
        # "Forty years from now", "six months from now": as precise as the unit
        return Timex("DATE", unit_value(d, unit), anchor="dateline")
    return Timex("DATE", day_value(d), anchor="dateline")


def hour_of_part_of_today(m: re.Match, ctx: Context) -> Timex | None:
    """"moved to the 2.30 this afternoon", "at eight this morning": an hour without a.m. or
    p.m. told with a part of the dateline's day, one expression; the part says which half
    of the day."""
    if ctx.narrative:
        return None
    word = group(m, "hw")
    hour = _HOURS[word.lower()] if word else int(group(m, "hour"))
    minute = int(group(m, "minute") or 0)
    part = (group(m, "part") or group(m, "part2")).lower()
    if not 1 <= hour <= 12:
        return None
    if part in ("afternoon", "evening", "tonight") and hour < 12:
        hour += 12
    elif part == "morning" and hour == 12:
        return None  # "12 this morning": midnight or noon, unclear
    return Timex("TIME", f"{day_value(ctx.ref_day)}T{hour:02d}:{minute:02d}",
                 anchor="dateline")
