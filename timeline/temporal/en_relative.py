"""Handlers for expressions relative to the dateline or to the previous date: weekdays,
"yesterday", "last week", "two weeks ago", "two days later", "the next day"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from timeline.temporal.en_calendar import bank_holiday_monday
from timeline.temporal.en_dates import dated_month_day, month_day
from timeline.temporal.en_durations import (
    NO_NOUN_AFTER,
    duration_value,
)
from timeline.temporal.en_flashback import episode_at
from timeline.temporal.en_lexicon import (
    CAPITALISED_MONTHS,
    PARTS_OF_DAY,
    UNIT_FACTOR,
    WEEKDAYS,
    month_number,
    number_value,
    unit_of,
)
from timeline.temporal.en_match import (
    EVENT_NOUNS,
    PART_KIND_NOUN,
    capitalised,
    clause_tense,
    group,
    last_day_placed,
    last_quarter_value,
    midnight,
    news_direction,
    placed_since,
    position_mod,
    quantity_mod,
    reported_quarter,
    rx,
    sentence_start,
    which_direction,
    year_of,
)
from timeline.temporal.en_narrative import PLUPERFECT, story_part_of_day, story_step
from timeline.temporal.en_periods import (
    previous_sentence_start,
    year_earlier,
)
from timeline.temporal.en_story import story_day
from timeline.temporal.en_tense import holds_until, tense_before
from timeline.temporal.engine import DAY_OR_FINER, Context, Timex
from timeline.temporal.resolve import shift, weekday_date
from timeline.temporal.values import day_value, unit_value

# --- handlers: relative to the dateline ----------------------------------------------

DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


# "today's world", "many of today's personal computers": the present era, not the day;
# "today's editions", "today's vote" are the day itself
_GENERIC_NOW = rx(r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|young|children|"
                  r"kids|economy|markets?|standards|technology|computers|culture|famil(?:y|ies)|"
                  r"women|men|people|politics|students|teenagers|companies|business|"
                  r"environment|climate|life|lifestyles?|consumers|workers|workplace|"
                  r"media|music|art|science|medicine|military|weapons|cars)\b")


def deictic_day(m: re.Match, ctx: Context) -> Timex | None:
    word = group(m, "deixis").lower()
    before = ctx.text[max(0, m.start() - 25):m.start()]
    after = ctx.text[m.end():m.end() + 3]
    if word == "today" and after.startswith(("'s", "’s")) and not group(m, "pod") \
            and _GENERIC_NOW.match(ctx.text, m.end()):
        return None  # "today's world": the present in general, not the day
    if word == "today" and re.search(r"[A-Z][A-Za-z]*\s+$", before) \
            and not re.search(r"(?:^|[.!?]\s+|``\s*)[A-Z][A-Za-z]*\s+$", before) \
            and re.search(r"\b(?:USA|VOA|News|Show)\s+$", before):
        return None  # a title such as "USA Today"
    if word == "tomorrow" and re.search(r"\bof\s+$", before):
        return None
    if ctx.narrative and word == "today" and not group(m, "pod") and not group(m, "pos"):
        return Timex("DATE", "PRESENT_REF", anchor="dateline")  # a history's "today": now
    if word == "today" and not group(m, "pod") and not group(m, "pos") \
            and _then_and_now(ctx, m.start(), m.end()):
        # "The town had 6,100 residents in 1970; it has about 4,300 today": nowadays
        return Timex("DATE", "PRESENT_REF", anchor="dateline")
    if word in ("today", "tonight"):
        # the day of writing even in a story told from its own dates
        anchor, kind = ctx.ref_day, "dateline"
    else:
        anchor, kind = ctx.anchor_day, ctx.anchor_kind
    d = shift(anchor, "day", DEICTIC_DAYS[word])
    pod = group(m, "pod")
    mod = position_mod(m)
    if word == "tonight":
        return Timex("TIME", day_value(d) + "TNI", anchor=kind)
    if pod:
        return Timex("TIME", day_value(d) + "T" + PARTS_OF_DAY[pod.lower()], mod=mod,
                     anchor=kind)
    return Timex("DATE", day_value(d), mod=mod, anchor=kind)


def this_day_in(m: re.Match, ctx: Context) -> Timex | None:
    """"On this day in 1978": the dateline's month and day in the year named."""
    day = ctx.ref_day
    try:
        d = day.replace(year=year_of(m))
    except ValueError:  # 29 February in a common year
        return Timex("DATE", f"{year_of(m):04d}-02")
    return Timex("DATE", day_value(d))


# "overnight" before a noun is an adjective ("overnight parking", "the overnight train"),
# and "almost overnight", "a star overnight", "won't happen overnight" mean "suddenly"
_OVERNIGHT_NOUN_BEFORE = re.compile(
    r"\b(?:an|the|of|this|that|its|their|his|her|almost|virtually|practically|literally|"
    r"seemingly|nearly|star|sensation|success|happen(?:s|ed)?|changed?|disappear(?:ed)?)\s+$",
    re.IGNORECASE)


def overnight(m: re.Match, ctx: Context) -> Timex | None:
    """"Winds gusted overnight": the night before the dateline's day (the coming one in
    a clause that looks ahead); "overnight Friday": Friday's night."""
    if group(m, "weekday"):
        if not capitalised(group(m, "weekday")):
            return None
        wd = WEEKDAYS[group(m, "weekday").lower()]
        d = weekday_date(ctx.anchor_day, wd, news_direction(m, ctx))
        return Timex("TIME", day_value(d) + "TNI", anchor=ctx.anchor_kind)
    if not NO_NOUN_AFTER.match(ctx.text, m.end()) or _OVERNIGHT_NOUN_BEFORE.search(
            ctx.text, max(0, m.start() - 14), m.start()):
        return None
    named = ctx.day_named_before(m.start(), 300)
    if named is not None and named != ctx.ref_day and not placed_since(ctx):
        # "at 10:50 p.m. Wednesday ... went door to door overnight": that day's night
        return Timex("TIME", day_value(named) + "TNI", anchor="previous")
    ahead = clause_tense(m, ctx) == "future"
    d = ctx.anchor_day if ahead else shift(ctx.anchor_day, "day", -1)
    # (said in passing: "closed overnight ... reopened at midday" is the dateline's noon)
    return Timex("TIME", day_value(d) + "TNI", anchor=ctx.anchor_kind, aside=True)


# a state in the present, the way news sets today against a past it has told: "has about
# 4,300", "about 450 people live", "remains", "still"
_PRESENT_STATE = rx(r"\b(?:(?:has|have)(?!\s+(?:been|got|[a-z]+ed|[a-z]+en)\b)|remains?|"
                    r"stands?|lives?|live|contains?|numbers?|still|is\s+home|are\s+home)\b")
# a present state right after a "today" that opens its sentence: "today there are 14",
# "Today the factory in Richmond makes ..."
_STATE_AFTER_TODAY = rx(r",?\s+(?:there\s+(?:are|is)|(?:it|they|we|he|she)\s+(?:is|are|has|have)|"
                        r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){1,4}?(?:is|are|makes|"
                        r"employs|counts|owns|runs|has|have))\b")
_YEAR_TOLD = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")
_SENTENCE_STOP = re.compile(r"[.!?;]\s")
_SENTENCE_GAP = re.compile(r"[.!?]\s")  # a sentence ends between two mentions


def _then_and_now(ctx: Context, start: int, end: int) -> bool:
    """Whether "today" opens or closes a sentence that sets a present state against a
    year at least five years gone, named in it or in the sentence before."""
    lo = previous_sentence_start(ctx.text, start)
    stop = _SENTENCE_STOP.search(ctx.text, end)
    hi = stop.start() if stop else len(ctx.text)
    clause_start = max((s.end() for s in _SENTENCE_STOP.finditer(ctx.text, lo, start)),
                       default=lo)
    opens = not ctx.text[clause_start:start].strip(" \"'\u201c")
    closes = not ctx.text[end:hi].strip(" .\"'\u201d")
    if not (opens or closes) or not (_PRESENT_STATE.search(ctx.text, clause_start, hi) or (
            opens and _STATE_AFTER_TODAY.match(ctx.text, end))):
        return False
    return any(int(y.group(1)) <= ctx.ref_day.year - 5
               for y in _YEAR_TOLD.finditer(ctx.text, lo, start))


def part_of_day(m: re.Match, ctx: Context) -> Timex | None:
    """"this morning", "last night", "the morning"."""
    which = (group(m, "pwhich") or "").lower()
    pod = PARTS_OF_DAY[group(m, "pday").lower()]
    d = ctx.anchor_day
    if which == "last":
        d = shift(d, "day", -1)
    elif which == "the":
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not re.search(r"\b(?:in|during|through|by|until|for|into|throughout)\s+$", before,
                         re.IGNORECASE) or PART_KIND_NOUN.match(ctx.text, m.end()):
            return None
        if ctx.narrative:
            tx = story_part_of_day(ctx, m.start(), pod)
            if tx is not None:
                tx.mod = position_mod(m)
                return tx
        past = clause_tense(m, ctx) == "past"
        if ctx.previous is not None and ctx.previous.granularity in DAY_OR_FINER \
                and not (past and ctx.previous.start > ctx.ref_day):
            # "at 11am, followed by talks in the afternoon": that day's (not a day to come
            # when told in the past: "... until Sunday. Crews worked through the night")
            d = ctx.previous.start
            return Timex("TIME", day_value(d) + "T" + pod, mod=position_mod(m), anchor="previous")
        if past and pod == "NI":
            d = shift(d, "day", -1)  # "engineers worked through the night": the one gone by
    return Timex("TIME", day_value(d) + "T" + pod, mod=position_mod(m), anchor=ctx.anchor_kind)


def shared_part_of_day(m: re.Match, ctx: Context) -> Timex | None:
    """"this afternoon and evening": the part of the day after "and" is of the day the
    part just before it was placed on."""
    if not ctx.placed:
        return None
    _, end, interval = ctx.placed[-1]
    if interval.granularity != "part_of_day" or ctx.text[end:m.start()] != " and " \
            or PART_KIND_NOUN.match(ctx.text, m.end()):
        return None
    pod = PARTS_OF_DAY[group(m, "pday").lower()]
    return Timex("TIME", day_value(interval.start) + "T" + pod, anchor="previous")


_SHARED_SET_POD = rx(r"\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                     r"(?P<spod>morning|afternoon|evening|night)s\b")


_TITLE = rx(r"\bthe\s+$")
# "before" or "after" closing the phrase of a weekday: "on the Wednesday before."
_SIDE_AFTER = rx(r"\s+(?P<side>before|after)(?=\s*[.,;:!?)]|\s+(?:and|but|then)\b)")
_THAT = rx(r"\bthat\s$")
# a full date written after a weekday and its part of the day
_DATE_WITH_YEAR = re.compile(
    rf",?\s+(?:the\s+)?(?:(?P<m1>{CAPITALISED_MONTHS})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{CAPITALISED_MONTHS})\b\.?),?\s+"
    r"(?P<y>1\d{3}|20\d\d)\b")
_YEARLESS_DATE_AFTER = re.compile(
    rf",?\s+(?:the\s+)?(?P<mo>{CAPITALISED_MONTHS})\.?\s+(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?!,?\s*(?:1\d{3}|20\d\d)\b|[.:]\d)")
_APPOSITION = rx(r",\s+(?:an?\s+)?$")
# an event a weekday owns: "will coach Friday night's game" looks ahead with its verb,
# where "will appeal Friday's ruling" still names a past day
_EVENT_OWNED = rx(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_NOUNS}|showdown|fixture|clash|"
                  r"derby|contest|primary|caucus|poll)s?\b")
# a day's weather is told before it comes: "much depends on Saturday's forecast"
_FORECAST_OWNED = rx(r"['’]s\s+(?:weather\s+)?(?:forecast|outlook)\b")
# an event a weekday owns, told as still to come: "Wednesday's session would run until noon"
_OWNED_AHEAD = rx(r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:will|would|is\s+(?:set|due|expected|"
                  r"scheduled)|are\s+(?:set|due|expected|scheduled))\b")
_DONE_IN = rx(r"\b(?:cast|held|won|lost|scored|recorded|set|suffered|taken|made)\s+"
              r"(?:in|at|during)\s+$")
_AHEAD_OF = rx(r"\b(?:ahead\s+of|in\s+advance\s+of|before\s+next|"
               # "should plan ahead for Monday's marathon", "tickets for Sunday's match"
               r"(?:plan|prepar|get\s+ready|tickets?)\w*\s+(?:ahead\s+)?for)\s+$")
# which weekday a date is: "the vote, on May 5, falls on a Sunday" is that date; "Christmas
# Eve falls on a Saturday" names no day of its own
_FALLS_ON_A = rx(r"\b(?:falls?|fell|falling|lands?|landed|landing)\s+on\s+an?\s+$")


def weekday(m: re.Match, ctx: Context) -> Timex | None:
    if not capitalised(group(m, "weekday")):
        return None
    if group(m, "pre") or group(m, "wkafter") or group(m, "wk"):
        return weekday_phrase(m, ctx)
    if _TITLE.search(ctx.text, max(0, m.start() - 4), m.start()) and not group(m, "pod") \
            and re.match(r" [A-Z][a-z]", ctx.text[m.end():m.end() + 3]):
        return None  # a title: "the Sunday Times", "the Monday Club"
    if not group(m, "pod") and _masthead(group(m, "weekday"), ctx.text, m.end()):
        return None  # "SUNDAY CHRONICLE, April 5, 1992", "The Sunday Observer Magazine"
    if not group(m, "pod") and not which_direction(m) and _SCHOOL_AFTER.match(ctx.text, m.end()):
        return None  # "taught Sunday school", "Sunday schools"
    if _PLACE_NAMED.match(ctx.text, m.end()) or (
            ctx.text.startswith(("'s", "’s"), m.end())
            and re.search(r"\bat\s+$", ctx.text[max(0, m.start() - 4):m.start()])
            and re.match(r"['’]s(?:\s*[,.;]|\s+(?:since|for|and|in|on|where|when|until|to|"
                         r"with|after|before)\b)", ctx.text[m.end():m.end() + 10])):
        return None  # "Friday's Sports Grill", "worked at Friday's": a place's name
    wd = WEEKDAYS[group(m, "weekday").lower()]
    if _FALLS_ON_A.search(ctx.text, max(0, m.start() - 16), m.start()):
        named = ctx.weekday_placed_before(m.start(), wd)
        return _weekday_timex(m, named, "previous", None) if named is not None else None
    which = which_direction(m)
    clock_day = None if which else _day_of_clock_before(m, ctx, wd)
    if clock_day is not None:
        return _weekday_timex(m, clock_day, ctx.anchor_kind, None)
    dated = None if which or group(m, "pod") else _YEARLESS_DATE_AFTER.match(ctx.text, m.end())
    if dated is not None:
        # "on Thursday, March 17": the day of the date written after it
        tx = dated_month_day(m, ctx, month_number(dated["mo"]), int(dated["dd"]))
        if tx is not None and len(tx.value) == 10 and tx.value[:4].isdigit() \
                and date.fromisoformat(tx.value).weekday() == wd:
            return _weekday_timex(m, date.fromisoformat(tx.value), tx.anchor, None)
    if not which and _APPOSITION.search(ctx.text, max(0, m.start() - 4), m.start()):
        # "On the morning of 8 May, a Sunday, ...", "set for Sept. 7, a Thursday": the day
        # just named (in news, in a story, or in a recalled episode)
        named = ctx.weekday_placed_before(m.start(), wd, reach=40)
        if named is not None:
            return _weekday_timex(m, named, "previous", None)
        tx = story_step(ctx, m.start(), "day", 0, "day")
        if tx is not None:
            return tx
    start = None  # the span, when "the" before the weekday belongs to it
    anchor = ctx.anchor_day
    if group(m, "pod") and not which:
        dated = _DATE_WITH_YEAR.match(ctx.text, m.end())
        if dated is not None:
            # "Monday night, Jan. 9, 1961": the part of the day of the date that follows
            try:
                d = date(int(dated["y"]), month_number(dated["m1"] or dated["m2"]),
                         int(dated["d1"] or dated["d2"]))
            except ValueError:
                return None
            return _weekday_timex(m, d, "absolute", None)
    if not which and not ctx.narrative and m.start("weekday") == m.start() \
            and _THAT.search(ctx.text, max(0, m.start() - 5), m.start()):
        # "that Saturday" in a recalled episode: the first Saturday from its day on;
        # else the Saturday the text named ("takes effect on Sunday, December 15 ... the
        # first departure that Sunday")
        day = _episode_day(ctx, m.start())
        if day is not None:
            d = weekday_date(day, wd, "future")
            return _weekday_timex(m, d, "previous", m.start() - 5)
        d = weekday_of_dates_named(ctx, m.start(), wd)
        if d is not None:
            return _weekday_timex(m, d, "previous", m.start() - 5)
    side = _SIDE_AFTER.match(ctx.text, m.end()) if not which and not group(m, "pod") \
        and m.start("weekday") == m.start() \
        and _TITLE.search(ctx.text, max(0, m.start() - 4), m.start()) else None
    if side is not None and ctx.previous is not None \
            and ctx.previous.granularity in DAY_OR_FINER:
        # "practice on the Wednesday before", "cleanup on the Monday after": the weekday
        # next to the day named last, the word with it
        base = ctx.previous.start
        step = -1 if side["side"].lower() == "before" else 1
        d = weekday_date(base + timedelta(days=step), wd, "past" if step < 0 else "future")
        tx = _weekday_timex(m, d, "previous", m.start() - 4)
        tx.end = side.end("side")
        return tx
    if not which and not ctx.narrative and m.start("weekday") == m.start() \
            and _TITLE.search(ctx.text, max(0, m.start() - 4), m.start()):
        # "on the Monday (morning)" in a recalled episode: the first Monday after its day
        day = _episode_day(ctx, m.start())
        if day is not None:
            d = weekday_date(day + timedelta(days=1), wd, "future")
            return _weekday_timex(m, d, "previous", m.start() - 4)
        if ctx.placed and ctx.placed[-1][2].granularity == "week" \
                and ctx.placed[-1][0] >= sentence_start(ctx.text, m.start()):
            # "the week of June 16, with the barbecue on the Thursday": that week's
            week_start = ctx.placed[-1][2].start
            d = week_start + timedelta(days=(wd - week_start.weekday()) % 7)
            return _weekday_timex(m, d, "previous", m.start() - 4)
        if ctx.placed and ctx.placed[-1][2].granularity == "day" \
                and ctx.placed[-1][0] >= sentence_start(ctx.text, m.start()) \
                and ctx.placed[-1][2].start.weekday() != wd:
            # "opens on Friday 14 April and closes on the Sunday", "from Friday, July 15 to
            # Sunday, July 17, with camping opening on the Thursday": the one nearest the
            # day its sentence named last (after it when both are as near)
            named = ctx.placed[-1][2].start
            after = weekday_date(named + timedelta(days=1), wd, "future")
            before = weekday_date(named - timedelta(days=1), wd, "past")
            d = after if (after - named) <= (named - before) else before
            return _weekday_timex(m, d, "previous", m.start() - 4)
        d = weekday_of_dates_named(ctx, m.start(), wd)
        if d is not None:
            return _weekday_timex(m, d, "previous", m.start() - 4)
    shared = _SHARED_SET_POD.match(ctx.text, m.end())
    if shared and not which and not group(m, "pod"):  # "on Monday and Tuesday nights"
        return Timex("SET", f"XXXX-WXX-{wd + 1}T{PARTS_OF_DAY[shared['spod'].lower()]}")
    if group(m, "prev") and ctx.previous is not None:
        anchor = ctx.previous.start - timedelta(days=1)
        which = "past"
    if which == "past":
        d = weekday_date(anchor - timedelta(days=1), wd, "past")
    elif which == "future":
        d = weekday_date(anchor + timedelta(days=1), wd, "future")
        if (group(m, "which") or "").lower() == "next" and (d - anchor).days < 2:
            d += timedelta(days=7)
    elif which == "present":
        # "this Friday": the one of the current week, looking ahead when unclear
        d = weekday_date(anchor, wd, news_direction(m, ctx) if wd < anchor.weekday()
                         else "future")
    elif not ctx.narrative and _heads_line(ctx.text, m.start(), m.end()):
        # the heading of a line of a forecast or a timeline ("Wednesday: Chance of rain",
        # "Thursday: The system strengthens"): the first such day after the day of the
        # heading before it, else after the day named last
        base = _heading_day_before(ctx, m.start())
        if base is None:
            prev = ctx.previous
            base = prev.start if prev is not None and prev.granularity in DAY_OR_FINER \
                else anchor
        d = weekday_date(base + timedelta(days=1), wd, "future")
    elif (shared_day := _coordinated_day(m, ctx, wd)) is not None:
        d = shared_day  # "next Wednesday and Thursday": the Thursday after that Wednesday
    elif ctx.text.startswith(("'s", "’s"), m.end()):
        # "Wednesday's ruling": an event reported; "ahead of Sunday's vote": one to come
        ahead = _AHEAD_OF.search(ctx.text, max(0, m.start() - 20), m.start()) or (
            _EVENT_OWNED.match(ctx.text, m.end())
            and tense_before(ctx.text, m.start()) == "future"
            # (not what was done in it: "count the votes cast in Monday's elections")
            and not _DONE_IN.search(ctx.text, max(0, m.start() - 20), m.start())) \
            or _FORECAST_OWNED.match(ctx.text, m.end()) \
            or _OWNED_AHEAD.match(ctx.text, m.end()) \
            or _LIMIT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) \
            and tense_before(ctx.text, m.start()) == "future"  # "depends on Saturday's
        # forecast", "said that Wednesday's shortened session would run from 9:30 a.m.",
        # "will close for good after Sunday night's set"
        d = weekday_date(anchor, wd, "future" if ahead else "past")
    elif not ctx.narrative and not _REPORTED_ON.search(ctx.text, max(0, m.start() - 30),
                                                       m.start()) \
            and (among := day_of_days_named(ctx, m.start(), wd,
                                            lambda: news_direction(m, ctx))) is not None:
        d = among  # "through Sunday, July 14 ... will close the stage on Friday night"
        tx = _weekday_timex(m, d, "previous", start)
        return tx
    elif ctx.narrative and (story := story_day(ctx, m.start())) is not None:
        # a story moves on: "On Saturday 5 June ... On Monday" is the Monday after, unless
        # the clause looks back ("had left on Friday")
        back = PLUPERFECT.search(ctx.text, max(0, m.start() - 80), m.start())
        d = weekday_date(story, wd, "past" if back else "future")
    elif wd == 0 and "holiday" in m.group(0).lower() and not ctx.narrative:
        # "leaves on Bank Holiday Monday": the next (or last) such Monday, not the next
        # Monday as such
        d = bank_holiday_monday(anchor, news_direction(m, ctx))
    else:
        d = weekday_date(anchor, wd, news_direction(m, ctx))
        if (anchor - d).days >= _FAR_FOR_A_LIMIT and _LIMIT_BEFORE.search(
                ctx.text, max(0, m.start() - 8), m.start()):
            # "schools were closed through Friday", "if they had not finished by
            # Wednesday", "unlikely before Friday evening": a limit told in the past is
            # seldom most of a week back (those are "last Friday"); it lies ahead
            d = weekday_date(anchor, wd, "future")
        elif d < anchor and holds_until(ctx.text, m.start(), m.end()):
            # "Hospitals have cancelled routine operations until Thursday": a state that
            # holds now lasts until the day ahead
            d = weekday_date(anchor, wd, "future")
    tx = _weekday_timex(m, d, ctx.anchor_kind, start)
    if not ctx.narrative and not group(m, "pod") and _REPORTED_ON.search(
            ctx.text, max(0, m.start() - 30), m.start()):
        # "officials said Monday": the day of the report, not of the events told, which
        # later times and parts of the day still belong to ("late Sunday ... officials
        # said Monday. The twister touched down at 8:50 pm")
        tx.aside = True
    if not ctx.narrative and _PLANNED_FOR.search(ctx.text, max(0, m.start() - 60), m.start()) \
            and _PLAN_CHANGED.match(ctx.text, m.end()):
        # "The lift had been planned for Tuesday but was pushed back ... It began at 9:45
        # p.m.": nothing happened that day, and the text does not move there
        tx.aside = True
    return tx


# a weekday that closes or opens a stretch: "through Friday", "by Thursday", "before
# Friday evening", "after Sunday"
_LIMIT_BEFORE = rx(r"\b(?:through|thru|until|till|by|before|after)\s+$")
_FAR_FOR_A_LIMIT = 5  # days back


# the noun of a paper's name after a weekday: "Sunday Chronicle", "SUNDAY OBSERVER"
_PAPER_NOUNS = ("Times", "Chronicle", "Observer", "Telegraph", "Mirror", "Express", "Herald",
                "Independent", "Tribune", "Gazette", "Mercury", "Argus", "Magazine", "Star")
_MASTHEAD = re.compile(r"\s+(?:" + "|".join(_PAPER_NOUNS) + r")\b")
_MASTHEAD_CAPS = re.compile(r"\s+(?:" + "|".join(n.upper() for n in _PAPER_NOUNS) + r")\b")


def _masthead(weekday: str, text: str, end: int) -> bool:
    """Whether the weekday ending at `end` opens a paper's name, in its own case."""
    pattern = _MASTHEAD_CAPS if weekday.isupper() else _MASTHEAD
    return pattern.match(text, end) is not None


_PLANNED_FOR = rx(r"\b(?:had\s+been|was|were)\s+(?:originally\s+|initially\s+|first\s+)?"
                  r"(?:planned|scheduled|set|slated|due)\s+(?:to\s+\w+\s+)?(?:for|on)\s+$")
_PLAN_CHANGED = rx(r"[^.;]{0,20}?\bbut\s+(?:was|were|had\s+been)\s+(?:pushed\s+back|postponed|"
                   r"delayed|moved|put\s+off|called\s+off|cancell?ed|scrapped|brought\s+forward)")


# a weekday (or a run of them) heading a line of a forecast, a programme or a timeline
_HEADING_AFTER = re.compile(r"(?:\s+(?:through|to|and)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                            r"Sun)day)?(?:\s+(?:morning|afternoon|evening|night))?:\s")
# ... at the start of its line or sentence, after a bullet or another weekday at most
# ("Friday and Saturday: ..."; "A reminder of what happened on Friday: ..." is no heading)
_HEADING_BEFORE = re.compile(r"(?:.*[.!?]\s+)?[ \t]*(?:[-*•\u2013\u2014][ \t]*)?"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                             r"(?:,|\s+(?:and|through|to|&))\s+)?")
_HEADING_WEEKDAY = re.compile("(?:" + "|".join(w.title() for w in WEEKDAYS if len(w) > 4)
                              + r")\b")


def _heads_line(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] heads a line or a sentence with a colon
    after it ("Thursday: Officials confirm ...")."""
    return _HEADING_AFTER.match(text, end) is not None and \
        _HEADING_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _heading_day_before(ctx: Context, pos: int) -> date | None:
    """The day of the weekday heading the last line with one before `pos` ("Monday: The
    clinic opens ... until Feb. 20. / Thursday: ..."): the days of such headings follow
    one another, whatever other dates the lines name."""
    for start, _, placed in reversed(ctx.placed):
        if start >= pos or placed.granularity not in DAY_OR_FINER:
            continue
        head = _HEADING_WEEKDAY.match(ctx.text, start)
        if head is not None and _heads_line(ctx.text, start, head.end()):
            return placed.start
    return None
_PLACE_NAMED = re.compile(r"['’]s\s+(?:[A-Z][a-z]+\s+)?(?:Grill|Bar|Restaurant|Diner|Pub|Cafe|"
                          r"Café|Tavern|Inn|Bistro|Kitchen|Saloon)\b")
_SCHOOL_AFTER = re.compile(r"\s+(?:school|service|best|paper|supplement|edition|timetable|"
                           r"schedule)s?\b")
_REPORTED_ON = rx(r"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|"
                  # "inflation slowed, figures showed Wednesday": the day of the release
                  r"(?:figures|data|statistics)\s+(?:showed|released))"
                  r"\s+(?:on\s+|late\s+|early\s+)?$")


# "next Wednesday and", "last Monday or": a weekday that shares its modifier
_FULL_WEEKDAYS = "|".join(w for w in WEEKDAYS if len(w) > 4)  # "monday", not "mon"
_TODAY_AND = rx(rf"\b(?P<first>{_FULL_WEEKDAYS}),?\s+and\s+$")
_SPAN_TO = rx(rf"\b(?P<first>{_FULL_WEEKDAYS}),?\s+(?:through|thru|to|until|till)\s+$")
_COORDINATED = rx(rf"\b(?:next|last|this|coming|past)\s+(?P<first>{_FULL_WEEKDAYS})"
                  r",?\s+(?:and|or)\s+$")


def _coordinated_day(m: re.Match, ctx: Context, wd: int) -> date | None:
    """The day of a weekday coordinated with a modified one before it ("next Wednesday and
    Thursday", "last Monday and Tuesday"): it shares the modifier, so it is the first such
    weekday after the first one's day; likewise the end of a span of days ("from Monday
    through Friday"). None when there is no such pair, or the second day would not follow
    the first in its week."""
    co = _SPAN_TO.search(ctx.text, max(0, m.start() - 20), m.start())
    if co is not None and ctx.placed and ctx.placed[-1][1] == co.end("first"):
        # "from Monday through Friday": the end of a span of days follows its start
        first = ctx.placed[-1][2].start
        return first + timedelta(days=(wd - first.weekday()) % 7 or 7)
    co = _COORDINATED.search(ctx.text, max(0, m.start() - 30), m.start())
    bare = co is None
    if bare:
        # "suspended on Wednesday and Thursday", "matches are on Wednesday and Thursday":
        # the day after the first one in its week
        co = _TODAY_AND.search(ctx.text, max(0, m.start() - 16), m.start())
        if co is None:
            return None
    if not ctx.placed or ctx.placed[-1][1] != co.end("first"):
        return None
    first = ctx.placed[-1][2].start
    if wd <= first.weekday():
        return None
    day = first + timedelta(days=wd - first.weekday())
    if bare and day > ctx.ref_day and first < ctx.ref_day:
        return None  # the pair straddles the dateline: each day by its own clause
    return day


_THE_WEEKDAY_REACH = 1500  # characters back to a date "the Sunday" may point at


# a weekday joined by "on" to the clock time before it: "at 8pm on Thursday"
_ON_AFTER_CLOCK = re.compile(r",?\s+on\s+")


def _day_of_clock_before(m: re.Match, ctx: Context, wd: int) -> date | None:
    """The day of the clock time right before "on <weekday>", which was placed on that
    weekday: the two mentions name one day, whatever else would turn the weekday."""
    if not ctx.placed:
        return None
    _, end, interval = ctx.placed[-1]
    if interval.granularity not in ("hour", "minute") or interval.start.weekday() != wd \
            or not _ON_AFTER_CLOCK.fullmatch(ctx.text, end, m.start()):
        return None
    return interval.start


def weekday_of_dates_named(ctx: Context, pos: int, wd: int) -> date | None:
    """"camping opens on the Thursday" after "runs from Friday, July 15 to Sunday, July
    17": "the" points at the days the text named, not at the dateline's week. The same
    weekday named before, else the one within three days of the last day named, when
    that day lies a week or more from the dateline (an event of its own)."""
    last = None
    for start, _, placed in reversed(ctx.placed):
        if start >= pos:
            continue
        if pos - start > _THE_WEEKDAY_REACH:
            break
        if placed.granularity != "day" or placed.start != placed.end:
            continue
        if placed.start.weekday() == wd:
            return placed.start
        last = last or placed.start
    if last is None or abs((last - ctx.ref_day).days) < 7:
        return None
    return last + timedelta(days=(wd - last.weekday() + 3) % 7 - 3)


def day_of_days_named(ctx: Context, pos: int, wd: int,
                      direction: Callable[[], str]) -> date | None:
    """A bare weekday right after the days of an event a week or more from the dateline
    ("runs from Friday, July 12, through Sunday, July 14 ... on Saturday"): the day with
    that weekday from the first of those dates to the last, when the tense (`direction`,
    asked only then) points the same way as the days."""
    days = [placed.start for start, _, placed in reversed(ctx.placed[-4:])
            if start < pos and pos - start <= _DAYS_NAMED_REACH
            and placed.granularity == "day" and placed.start == placed.end]
    days = [d for d in days if abs((d - ctx.ref_day).days) >= 7]
    if not days or wd == ctx.ref_day.weekday():
        return None  # (the dateline's own weekday is its day: "released on Wednesday")
    first, last = min(days), max(days)
    if not 0 < (last - first).days <= 6:
        return None  # one date, or dates of several events, not the days of one
    if (direction() == "past") != (last < ctx.ref_day):
        return None  # told in the past, the days are gone by; else they are to come
    d = first + timedelta(days=(wd - first.weekday()) % 7)
    return d if d <= last else None


_DAYS_NAMED_REACH = 400  # characters back to the days a bare weekday may fall among


def _episode_day(ctx: Context, pos: int) -> date | None:
    """The day of the episode news recalls at `pos` (en_flashback.py), if it named one."""
    point = episode_at(ctx, pos, day=True)
    if point is None or point.day is None or point.year < 1:
        return None
    return date(point.year, point.month, point.day)


def _weekday_timex(m: re.Match, d: date, kind: str, start: int | None) -> Timex:
    """The weekday (with its part of the day) on `d`."""
    pod = group(m, "pod")
    mod = position_mod(m)
    if mod:
        # "early Friday", "late Monday" are one expression (START, END: 76 of 81 in our
        # gold, "late" 8 of 10 in TBAQ); in "Earlier Friday", "later Monday" the word is an
        # adverb of the clause, the span is the day
        adverb = group(m, "pos").lower() in ("earlier", "later")
        start = m.start("weekday") if adverb else None
        if pod:
            code = "T" + PARTS_OF_DAY.get(pod.lower(), "MI")
            return Timex("TIME", day_value(d) + code, mod=mod, anchor=kind, start=start)
        return Timex("DATE", day_value(d), mod=mod, anchor=kind, start=start)
    if pod:
        if pod.lower() == "midnight":
            tx = midnight(d, mod, kind)
            tx.start = start
            return tx
        code = "T12:00" if pod.lower() in ("noon", "midday") else \
            "T" + PARTS_OF_DAY.get(pod.lower(), "MI")
        return Timex("TIME", day_value(d) + code, mod=mod, anchor=kind, start=start)
    return Timex("DATE", day_value(d), mod=mod, anchor=kind, start=start)


def weekday_set(m: re.Match, ctx: Context) -> Timex | None:
    if not capitalised(group(m, "weekday")):
        return None
    wd = WEEKDAYS[group(m, "weekday").lower()]
    pod = group(m, "pod") or group(m, "pods")  # "Tuesdays", "Tuesday nights"
    value = f"XXXX-WXX-{wd + 1}"
    if pod:
        value += "T" + PARTS_OF_DAY.get(pod.lower().rstrip("s"), "MI")
    return Timex("SET", value)


_COMPARISON = rx(r"\b(?:compared\s+with|compared\s+to|from|versus|against)\s+(?:a\s+)?"
                  r"(?:net\s+)?(?:loss|profit|income|earnings|revenue|sales)?[^.;]{0,40}?"
                  r"(?:\$|#|C\$)\s?[\d.,]+\s*(?:million|billion)?[^.;]{0,30}$")


# (case-sensitive: "In May 2005" names a month)
_AHEAD = re.compile(r"\b(?:[Ww]ill|[Ww]ould|[Ss]hall|'ll|going\s+to|plans?|planned|expects?|"
                    r"expected|hopes?|aims?|intends?|forecasts?|projects?|predicts?|[Ss]hould|"
                    r"[Cc]ould|may|[Mm]ight|[Mm]ust|is\s+to|are\s+to)\b")


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether the sentence around an expression speaks of what is to come ("will grow
    in the next year"), where "the next year" counts from the dateline."""
    window = max(0, start - 120)
    lo = max(text.rfind(".", window, start), text.rfind("\n", window, start))
    hi = text.find(".", end, end + 120)
    return _AHEAD.search(text, lo + 1 if lo >= 0 else max(0, start - 120),
                         hi if hi >= 0 else end + 120) is not None


def relative_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"last week", "this year", "next month", "earlier this year", "this past spring"."""
    which = which_direction(m)
    unit = group(m, "cunit").lower()
    if group(m, "cunit")[0].isupper() and (group(m, "which") or "x")[0].isupper() \
            and re.search(r"(?:'s|[\"`'])\s*$", ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # a title: ABC's "This Week"
    if (group(m, "which") or "").lower().split() == ["the", "past"] \
            and unit in ("week", "month"):
        # "over the past week": the stretch up to now (a year keeps its calendar value)
        return Timex("DURATION", "P1W" if unit == "week" else "P1M", mod=position_mod(m))
    n = {"past": -1, "future": 1, "present": 0}[which or "present"]
    story_which = (group(m, "which") or "").lower().split()
    if story_which[:1] == ["the"] and unit in ("week", "month", "year") and (
            story_which[1:] in (["next"], ["previous"])
            or ctx.narrative and story_which[1:] == ["last"]):
        # "the next year", "the previous month" in a story (or in an episode news
        # recalls, en_flashback.py): from the story's date
        tx = story_step(ctx, m.start(), unit, n, "day" if unit == "week" else unit,
                        position_mod(m))
        if tx is not None:
            return tx
    if story_which in (["the", "next"], ["the", "previous"]) and not ctx.narrative \
            and unit in ("week", "month", "year") and ctx.previous is not None \
            and not _looks_ahead(ctx.text, m.start(), m.end()):
        # news telling a story: "he joined in 2005 and left the next year" counts from
        # the date it gave last, like "the following year"
        d = shift(ctx.previous.start, unit, n)
        return Timex("DATE", unit_value(d, unit), mod=position_mod(m), anchor="previous")
    anchor = ctx.anchor_day
    if unit == "weekend" and story_which in (["the", "next"], ["the", "previous"]) \
            and ctx.previous is not None and ctx.previous.granularity == "weekend":
        # "over the weekend ... the previous weekend's leader": the one before that one
        sat = ctx.previous.start + timedelta(weeks=n)
        return Timex("DATE", unit_value(sat, "weekend"), anchor="previous")
    if unit == "weekend":
        if which == "present" or which is None:
            sat = weekend_saturday(m, ctx, this=True)
        elif (group(m, "which") or "").lower() == "next":
            # "next weekend": the weekend of next week, as "next week" is (said on a
            # Monday or a Friday alike); "the coming weekend" is the one ahead
            sat = anchor - timedelta(days=anchor.weekday()) + timedelta(days=12)
        else:
            sat = weekday_date(anchor + timedelta(days=n), 5,
                               "past" if n < 0 else "future")
        return Timex("DATE", unit_value(sat, "weekend"), mod=position_mod(m),
                     anchor=ctx.anchor_kind)
    if unit == "quarter" and which == "past":
        return Timex("DATE", last_quarter_value(ctx, m.start()), anchor=ctx.anchor_kind)
    if unit == "year" and which == "past" and not position_mod(m) \
            and _COMPARISON.search(ctx.text, max(0, m.start() - 70), m.start()) \
            and reported_quarter(ctx, m.start()):
        return year_earlier(m, ctx)  # "compared with $3 million last year"
    d = shift(anchor, unit if unit != "century" else "year", n * (100 if unit == "century" else 1))
    mod = position_mod(m)
    return Timex("DATE", unit_value(d, unit), mod=mod, anchor=ctx.anchor_kind)


def year_end(m: re.Match, ctx: Context) -> Timex | None:
    """"year-end", "by year's end": the end of the current year, or of the last one after
    "since"."""
    before = ctx.text[max(0, m.start() - 8):m.start()]
    year = ctx.anchor_day.year
    if re.search(r"\bsince\s+$", before, re.IGNORECASE):
        year -= 1
    mod = "APPROX" if group(m, "qmod") else "END"
    return Timex("DATE", f"{year:04d}", mod=mod, anchor=ctx.anchor_kind)


def weekend_saturday(m: re.Match, ctx: Context, this: bool = False) -> date:
    """The Saturday of the weekend "this weekend" or "the weekend" means: on a weekend
    day the one under way; otherwise the one before in a past clause, the one ahead in a
    future clause, after "through"/"until", or after "this" in a present one, else the
    nearer one ("the weekend" said on a Monday is the one just past)."""
    anchor = ctx.anchor_day
    if anchor.weekday() >= 5:
        return anchor - timedelta(days=anchor.weekday() - 5)
    if anchor.weekday() >= 3 and not (
            _SPENT_OVER.search(ctx.text, max(0, m.start() - 16), m.start())
            and clause_tense(m, ctx) == "past"
            # (not advice for it: "advising passengers to allow extra time over the
            # weekend")
            and not _ADVICE_FOR.search(ctx.text, max(0, m.start() - 120), m.start())):
        # said on a Thursday or a Friday, "the weekend" is the one just ahead, whatever
        # the tense ("trimmed its schedule for the weekend"): none of 37 gold cases on those
        # days is the one before; but "the ceasefire held through the weekend" is
        return anchor + timedelta(days=5 - anchor.weekday())
    direction = news_direction(m, ctx)
    if direction == "past" and clause_tense(m, ctx) == "present":
        ahead = this or _UP_TO.search(ctx.text, max(0, m.start() - 10), m.start()) or (
            # the text has moved on to the days ahead: "Thursday through Saturday: Partly
            # cloudy. The weekend looks dry."
            ctx.previous is not None and 0 < (ctx.previous.start - anchor).days <= 6)
        direction = "future" if ahead else "present"
    return weekday_date(anchor, 5, direction)


_UP_TO = rx(r"\b(?:by|until|till|through|thru|for)\s+$")
_ADVICE_FOR = rx(r"\b(?:advis|urg|ask|encourag|remind|warn)\w*\s+(?:[a-z]+\s+){0,3}?to\s+"
                 r"[^.;!?]*$")
_SPENT_OVER = rx(r"\b(?:through|throughout|over|during)\s+$")


def the_weekend(m: re.Match, ctx: Context) -> Timex | None:
    if not ctx.narrative:
        tx = episode_weekend(ctx, m.start(), 0)  # "the weekend after the storm" back then
        if tx is not None:
            return tx
    sat = _weekend_of_dated_day(m, ctx) or _bank_holiday_weekend(m, ctx) \
        or weekend_saturday(m, ctx)
    return Timex("DATE", unit_value(sat, "weekend"), anchor=ctx.anchor_kind)


def _bank_holiday_weekend(m: re.Match, ctx: Context) -> date | None:
    """The Saturday of "the bank holiday weekend": the weekend before the bank-holiday
    Monday ahead or gone by, as the clause tells; under a dateline of a month, the
    month's own ("will fill the trench over the bank holiday weekend" in August)."""
    if "bank" not in m.group(0).lower() or ctx.narrative:
        return None
    anchor = ctx.anchor_day
    if ctx.coarse_reference:
        first = anchor.replace(day=1)
        monday = bank_holiday_monday(first, "future")
        if monday.month != anchor.month:
            return None
    else:
        monday = bank_holiday_monday(anchor, "past" if clause_tense(m, ctx) == "past"
                                     else "future")
    return monday - timedelta(days=2)


def _weekend_of_dated_day(m: re.Match, ctx: Context) -> date | None:
    """"The deadline is April 17 rather than April 15, because of the weekend", "recess
    on Dec. 20; senators could be kept in town through the weekend": a date named with
    its day in this sentence or the one before, more than a week ahead, last before "the
    weekend" and not told in the past, is the week whose weekend is meant. The Saturday
    of that weekend, or None."""
    if ctx.narrative or clause_tense(m, ctx) == "past":
        return None  # "June 22, ... after heavy rain over the weekend left paddocks"
    lo = previous_sentence_start(ctx.text, m.start())
    last = next((p for p in reversed(ctx.placed) if p[1] <= m.start()), None)
    if last is None or last[0] < lo or last[2].granularity not in DAY_OR_FINER \
            or not any(c.isdigit() for c in ctx.text[last[0]:last[1]]) \
            or _BOUND_BEFORE.search(ctx.text, max(0, last[0] - 12), last[0]):
        return None  # "Refunds will be given until Jan. 31": a bound, not the event's day
    day = last[2].start
    if (day - ctx.anchor_day).days <= 7:
        return None  # the nearest weekend: the usual rule's
    return day - timedelta(days=1) if day.weekday() == 6 else \
        day + timedelta(days=5 - day.weekday())


_BOUND_BEFORE = rx(r"\b(?:until|till|through|by|before|after|since|from|to)\s+$")


def episode_weekend(ctx: Context, pos: int, step: int) -> Timex | None:
    """The weekend of the week of a recalled episode's day ("that weekend", "the weekend
    after the storm"), or the one `step` weeks on."""
    point = episode_at(ctx, pos, day=True)
    if point is None or point.day is None:
        return None
    d = shift(date(point.year, point.month, point.day), "week", step)
    return Timex("DATE", unit_value(d, "weekend"), anchor="previous")


def the_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"the week", "the month", "the year" read as the current one in results reports."""
    unit = group(m, "cunit").lower()
    if capitalised(group(m, "cunit")) and not capitalised(m.group()):
        return None  # a title: "Player of the Year"
    after = ctx.text[m.end():m.end() + 20]
    if re.match(r"\s+(?:ended|ending|to)\b", after, re.IGNORECASE) and not position_mod(m):
        # "the year to September" ("until the end of the year to apply": an infinitive)
        return Timex("DURATION", "P1" + {"year": "Y", "month": "M", "week": "W"}.get(unit, "Y"))
    # "the year after the war" names another year; "the end of the year after regulators
    # acted" is still this year's end
    veto = r"\s+(?:of|in\b|when|that|which|'s\s+end)" if position_mod(m) else \
        r"\s+(?:of|before|after|in\b|when|that|which|'s\s+end)"
    if re.match(veto, after, re.IGNORECASE) and not re.match(r"\s+'s\b", after):
        return None
    return Timex("DATE", unit_value(ctx.anchor_day, unit), mod=position_mod(m),
                 anchor=ctx.anchor_kind)


def ago(m: re.Match, ctx: Context) -> Timex | None:
    """"two years ago": counted back from the time of writing (the dateline), also in a
    story told from its own dates: "ago" always looks back from now."""
    qmod = quantity_mod(m)
    start = None
    if qmod and group(m, "qmod").lower() == "over" \
            and _PHRASAL_OVER.search(ctx.text, max(0, m.start() - 12), m.start()):
        qmod, start = None, m.start("num")  # "who took over 18 months ago": the verb's
    if group(m, "vague") or group(m, "bare"):
        return Timex("DATE", "PAST_REF", mod=qmod, anchor="dateline")
    n = number_value(group(m, "num"))
    if n is None:
        return None
    unit, _, _ = unit_of(group(m, "unit"))
    anchor = ctx.ref_day
    if unit in ("second", "minute", "hour"):
        return Timex("DATE", day_value(anchor), mod=qmod, anchor="dateline")
    if unit == "year" and n == 1 and not qmod and reported_quarter(ctx, m.start()) \
            and not _SENTENCE_OPENING.search(ctx.text, max(0, m.start() - 4), m.start()):
        # "up from $1.2bn a year ago" in a results report: the period a year before the
        # one reported ("A year ago, Brent traded at $107" opens a sentence: a year back)
        return year_earlier(m, ctx)
    factor = UNIT_FACTOR.get(unit, 1)
    base = "year" if unit in ("decade", "century") else unit
    base = "week" if unit == "fortnight" else base
    if isinstance(n, float):
        if base == "year":
            base, n = "month", n * 12
        n = round(n)
    try:
        d = shift(anchor, base if base != "weekend" else "week", -int(n) * factor)
    except (ValueError, OverflowError):  # "10,000 years ago": before the calendar's year 1
        return Timex("DATE", "PAST_REF", mod=qmod, anchor="dateline")
    out_unit = {"weekend": "weekend", "decade": "year", "century": "year"}.get(unit, unit)
    if unit in ("year", "month", "week") and _EXACTLY.search(ctx.text, max(0, m.start() - 9),
                                                             m.start()):
        out_unit = "day"  # "exactly 20 years ago" on an anniversary: that very day
    today = _TODAY_AFTER.match(ctx.text, m.end()) if unit in ("year", "month", "week", "decade",
                                                                "century") else None
    if today is not None:
        # "Forty years ago today": that very day, one expression (2 of 2 in our gold);
        # "Thirty years ago tomorrow": the day after it
        d += timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[today["word"]])
        return Timex("DATE", day_value(d), mod=qmod, anchor="dateline", start=start,
                     end=today.end())
    return Timex("DATE", unit_value(d, out_unit), mod=qmod, anchor="dateline", start=start)


_TODAY_AFTER = re.compile(r"\s+(?P<word>today|tomorrow|yesterday)\b(?!['’]s)")


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"'\u201d]?\s*)$")
# verbs "over" is the particle of, before "N years ago": "took over", "handed over"
_PHRASAL_OVER = re.compile(r"\b(?:took|taken|handed|turned|won|came|moved|signed|passed)\s+$",
                           re.IGNORECASE)
_EXACTLY = re.compile(r"\b(?:[Ee]xactly|[Pp]recisely)\s+$")


_CLOCK_BEFORE = re.compile(
    r"(?<![\d$£€.,])\b(?P<h>[012]?\d)(?:(?::|\.(?=[0-5]\d\s*[ap]\.?m))(?P<mi>[0-5]\d))?"
    r"(?![\d%])\s*(?P<ap>[ap]\.?m\b\.?)?"
    r"|\b(?P<noon>noon|midday|midnight)\b", re.IGNORECASE)


def _after_clock_time(m: re.Match, ctx: Context, unit: str, n: int) -> Timex | None:
    """"nineteen minutes later" right after a clock time: the time that many minutes on
    (or back), on the day of that clock time."""
    prev = ctx.previous
    word = group(m, "dir").lower()
    if prev is None or prev.granularity not in ("minute", "hour") or word not in ("later",
                                                                                 "earlier"):
        return None
    lo = max(0, m.start() - 250)
    clock = None
    for c in _CLOCK_BEFORE.finditer(ctx.text, lo, m.start()):
        if c["noon"] or c["mi"] or c["ap"]:
            clock = c
    if clock is None:
        return None
    if clock["noon"]:
        hour, minute = (0, 0) if clock["noon"].lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(clock["h"]), int(clock["mi"] or 0)
        ap = (clock["ap"] or "").lower()
        if ap.startswith("p") and hour < 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
    if hour > 23:
        return None
    sign = -1 if word == "earlier" else 1
    at = datetime(prev.start.year, prev.start.month, prev.start.day, hour, minute) \
        + sign * timedelta(**{unit + "s": n})
    return Timex("TIME", at.strftime("%Y-%m-%dT%H:%M"), mod=quantity_mod(m), anchor="previous")


# the date an interval leads to, written right after it
_DATE_TOLD_AFTER = re.compile(rf",\s+on\s+(?P<mo>{CAPITALISED_MONTHS})\.?\s+(?P<dd>[0-3]?\d)"
                              r"\b(?![:.]\d|,?\s+\d{4})")


def later_earlier(m: re.Match, ctx: Context) -> Timex | None:
    """"two days later", "a week earlier", "the next day": counted from the last date the
    text placed, or from the dateline when it placed none."""
    n = number_value(group(m, "num")) if group(m, "num") else 1
    if n is None or isinstance(n, float):
        return None
    unit, _, _ = unit_of(group(m, "unit"))
    if unit in ("minute", "hour"):
        tx = _after_clock_time(m, ctx, unit, int(n))
        if tx is not None:
            return tx
    if unit in ("second", "minute", "hour"):
        return Timex("DURATION", duration_value(n, unit), mod=quantity_mod(m))
    word = group(m, "dir").lower()
    word = "later" if word == "on" else word  # "Thirteen years on"
    sign = -1 if word in ("earlier", "before", "previous", "prior", "preceding") else 1
    told = _DATE_TOLD_AFTER.match(ctx.text, m.end()) if word in ("later", "earlier") else None
    if told is not None and unit in ("day", "week", "fortnight", "month"):
        # "The bass season opens two weeks later, on May 25": the date it names
        tx = dated_month_day(m, ctx, month_number(told["mo"]), int(told["dd"]))
        if tx is not None and tx.value[:4].isdigit():
            return tx
    if word in ("later", "earlier") and (ctx.narrative or _after_episode_season(ctx, m.start())
                                         or _episode_day(ctx, m.start()) is not None):
        # in a story: from the story's date (a season or a day a recalled episode named
        # as well: "on the night of Jan. 9, 1961 ... four days later")
        out = {"decade": "year", "century": "year", "fortnight": "day", "week": "day",
               "weekend": "day"}.get(unit, unit)
        base = {"fortnight": "week", "weekend": "week"}.get(unit, unit)
        factor = 2 if unit == "fortnight" else 1
        tx = story_step(ctx, m.start(), base, sign * int(n) * factor, out, quantity_mod(m))
        # (news counts on from an episode only as finely as its date was named)
        if tx is None and out == "day" and ctx.narrative:
            tx = story_step(ctx, m.start(), base, sign * int(n) * factor, "month",
                            quantity_mod(m))
        if tx is None and out in ("day", "month") and ctx.narrative:
            tx = story_step(ctx, m.start(), base, sign * int(n) * factor, "year",
                            quantity_mod(m))
        if tx is not None:
            return tx
    prev = ctx.previous
    if unit == "year" and sign < 0 and n == 1 and reported_quarter(ctx, m.start()):
        return year_earlier(m, ctx)
    if prev is not None and prev.granularity in ("day", "week", "month", "year", "weekend"):
        anchor, kind = prev.start, "previous"
    elif unit in ("year", "decade", "century") and word == "later" and (
            (year := _season_year_before(ctx, m.start())) is not None):
        # "in the summer of 1819 ... Two centuries later" (a season places nothing)
        anchor, kind = date(year, 7, 1), "previous"
    else:
        anchor, kind = ctx.anchor_day, ctx.anchor_kind
        if unit == "year" and sign < 0:
            return year_earlier(m, ctx)
    if word in ("later", "earlier") and not (unit == "year" and n == 1 and sign < 0) \
            and not _date_named_before(ctx, m.start()):
        # no date in this sentence or the one before to count from: news annotation
        # reads "three days later" as the time that passed
        return Timex("DURATION", duration_value(n, unit), mod=quantity_mod(m))
    factor = UNIT_FACTOR.get(unit, 1)
    base = {"decade": "year", "century": "year", "fortnight": "week",
            "weekend": "week"}.get(unit, unit)
    d = shift(anchor, base, sign * int(n) * factor)
    out = {"decade": "year", "century": "year", "fortnight": "day"}.get(unit, unit)
    if unit == "week" and prev is not None and prev.granularity == "day":
        out = "day"
    if unit == "year" and n == 1 and prev is not None and prev.granularity == "month" \
            and ctx.placed and 0 <= m.start() - ctx.placed[-1][1] < 60 \
            and not re.search(r"[.;!?]", ctx.text[ctx.placed[-1][1]:m.start()]):
        out = "month"  # "rose 7.3 percent in December from a year earlier": that month
    return Timex("DATE", unit_value(d, out), mod=quantity_mod(m), anchor=kind)


_SEASON_OF_YEAR = rx(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(1\d{3}|20\d\d)\b")


def _season_year_before(ctx: Context, pos: int) -> int | None:
    """The year of the last season with its year in this sentence or the one before,
    when no date placed since ("in the summer of 1819, ... Two centuries later")."""
    start = previous_sentence_start(ctx.text, pos)
    if ctx.placed and ctx.placed[-1][0] >= start:
        return None
    found = list(_SEASON_OF_YEAR.finditer(ctx.text, start, pos))
    return int(found[-1].group(1)) if found else None


def _after_episode_season(ctx: Context, pos: int) -> bool:
    """Whether news recalling an episode last named a season of it ("in the winter of
    1942 ... Three years later"), which places no previous date in the engine."""
    point = episode_at(ctx, pos)
    return point is not None and point.season is not None and _date_named_before(ctx, pos)


# what names a date a narrative can count on: a year, a month, a weekday, a day word
_DATE_WORD = re.compile(
    rf"\b(?:1[5-9]\d\d|20\d\d|(?:{CAPITALISED_MONTHS})"
    r"\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday|[Tt]omorrow|"
    r"(?:last|that|the\s+(?:same|following|previous|next))\s+(?:week|month|year|day)|"
    r"(?:spring|summer|autumn|winter)\b)")


def _date_named_before(ctx: Context, pos: int) -> bool:
    """Whether the sentence before `pos`, or the one before that, names a date."""
    start = previous_sentence_start(ctx.text, pos)
    return _DATE_WORD.search(ctx.text, start, pos) is not None


def next_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"the next day", "the following year", "the previous week", "that day"."""
    unit, _, clock = unit_of(group(m, "unit"))
    if clock:
        return None  # "that hour", "the next minute": no calendar date to name
    word = group(m, "dir").lower()
    sign = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1,
            "preceding": -1, "before": -1, "same": 0, "that": 0}.get(word, 0)
    # in a story, or a recalled episode in news (en_flashback.py), count from its date
    if group(m, "unit").lower() == "night":
        # "the following night", "that same night": the night of the story's day
        tx = story_part_of_day(ctx, m.start(), "NI", sign)
        if tx is not None:
            return tx
        if word in ("before", "after"):
            # "had traveled to the grave the night before": of the day named last, else of
            # the dateline's
            prev = ctx.previous
            if prev is not None and prev.granularity in ("day", "part_of_day", "hour", "minute"):
                base, kind = prev.start, "previous"
            else:
                base, kind = ctx.anchor_day, ctx.anchor_kind
            return Timex("TIME", day_value(base + timedelta(days=sign)) + "TNI", anchor=kind)
    if unit in ("day", "week", "month", "year"):
        tx = story_step(ctx, m.start(), unit, sign, unit, position_mod(m))
        if tx is not None:
            return tx
    if unit == "weekend" and not ctx.narrative:
        tx = episode_weekend(ctx, m.start(), sign)
        if tx is not None:
            return tx
    prev = ctx.previous
    if sign == 0 and prev is not None and unit == "day" \
            and prev.granularity not in ("day", "part_of_day", "hour", "minute"):
        if prev.granularity == "month":  # "that same day" after "in October": a day in it
            return Timex("DATE", f"{prev.start.year:04d}-{prev.start.month:02d}-XX",
                         anchor="previous")
        # "that day" after "in 1987" names no day the text gave; after a relative year
        # ("told reporters last Friday that ... next year. Crude fell that day") it is the
        # day named before it, a sentence or so back
        day = None
        if ctx.placed and _RELATIVE_YEAR_WORDS.search(ctx.text, ctx.placed[-1][0],
                                                      ctx.placed[-1][1]):
            day = last_day_placed(ctx, m.start(), 250, lambda start, _: True)
        if day is not None:
            return Timex("DATE", day_value(day), anchor="previous")
        prev = None
    if sign != 0 and prev is not None and unit == "day" \
            and prev.granularity not in DAY_OR_FINER:
        # "peaks on the night of the 13th ... discovered in 1983 ... visible the following
        # night": the day named last, past the coarser dates since, else the dateline's
        day = last_day_placed(ctx, m.start(), 600, lambda start, _: True)
        if day is None:
            prev = None
        else:
            d = day + timedelta(days=sign)
            if group(m, "unit").lower() == "night":
                return Timex("TIME", day_value(d) + "TNI", anchor="previous")
            return Timex("DATE", day_value(d), mod=position_mod(m), anchor="previous")
    if prev is None:
        if sign == 0:
            return None
        anchor, kind = ctx.anchor_day, ctx.anchor_kind
    else:
        anchor, kind = prev.start, "previous"
    base = {"decade": "year", "century": "year", "fortnight": "week",
            "weekend": "week"}.get(unit, unit)
    d = shift(anchor, base, sign * UNIT_FACTOR.get(unit, 1))
    return Timex("DATE", unit_value(d, unit), mod=position_mod(m), anchor=kind)


_RELATIVE_YEAR_WORDS = re.compile(r"\b(?:next|last|this|coming|previous)\s+year\b",
                                  re.IGNORECASE)


def next_part_of_day(m: re.Match, ctx: Context) -> Timex | None:
    """"the next morning", "that night": a part of the day the text last named (or the
    day after it); only after a named day, else it is no date ("the night of Friday")."""
    word = (group(m, "dir") or group(m, "dir2") or "").lower()
    if not word and not m.group().lower().startswith("that"):
        return None  # "the morning" alone is handled by part_of_day
    pday = group(m, "pday") or group(m, "pday2")
    code = PARTS_OF_DAY[pday.lower()]
    if word in ("previous", "prior", "preceding", "before"):
        # "had been drinking since the previous afternoon", "spent the night before on a
        # blanket": that part of the day before the day the text last named
        prev = ctx.previous
        if prev is None or prev.granularity not in DAY_OR_FINER:
            return None
        return Timex("TIME", day_value(prev.start - timedelta(days=1)) + "T" + code,
                     anchor="previous")
    if word == "after":
        word = "next"
    prev = ctx.previous
    if word in ("next", "following") and code == "MO" and prev is not None \
            and prev.time_start is not None and prev.time_start.hour < 6:
        # "At 12:41 a.m. ... the next morning": the morning after that night, same day
        return Timex("TIME", day_value(prev.start) + "TMO", anchor="previous")
    tx = story_part_of_day(ctx, m.start(), code, 1 if word in ("next", "following") else 0)
    if tx is not None:  # in a story, or in a recalled episode in news
        return tx
    if not word:
        named = _part_named_before(ctx, m.start(), pday.lower())
        if named is not None:  # "on the night of Aug. 17, 2002 ... at home that night"
            return Timex("TIME", day_value(named) + "T" + code, anchor="previous")
    prev = ctx.previous
    if prev is None or prev.granularity not in DAY_OR_FINER:
        return None
    d = prev.start + timedelta(days=1 if word in ("next", "following") else 0)
    return Timex("TIME", day_value(d) + "T" + code, anchor="previous")


def _part_named_before(ctx: Context, pos: int, word: str) -> date | None:
    """The day of the last date placed before `pos` whose words name the same part of
    the day ("the night of Aug. 17", "Friday night"), within _THE_WEEKDAY_REACH."""
    for start, end, placed in reversed(ctx.placed):
        if pos - start > _THE_WEEKDAY_REACH:
            return None
        if start < pos and word in ctx.text[start:end].lower() and \
                placed.granularity in DAY_OR_FINER:
            return placed.start
    return None


def rest_of_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"the rest of the year": what is left of the current one (its END)."""
    unit = group(m, "cunit").lower()
    return Timex("DATE", unit_value(ctx.anchor_day, unit), mod="END", anchor=ctx.anchor_kind)


def in_the_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"later in the day", "earlier in the year": a part of the current day or year."""
    unit = group(m, "cunit").lower()
    if ctx.narrative and unit in ("day", "month", "year"):
        tx = story_step(ctx, m.start(), unit, 0, unit, position_mod(m))
        if tx is not None:
            return tx
    prev = ctx.previous
    if unit == "day" and prev is not None and prev.granularity in ("day", "part_of_day"):
        return Timex("DATE", day_value(prev.start), mod=position_mod(m), anchor="previous")
    if unit == "week" and prev is not None and prev.granularity in DAY_OR_FINER \
            and ctx.placed and not _SENTENCE_GAP.search(ctx.text, ctx.placed[-1][1], m.start()):
        # "notes on Tuesday, followed by bonds later in the week": that day's week
        return Timex("DATE", unit_value(prev.start, "week"), mod=position_mod(m),
                     anchor="previous")
    return Timex("DATE", unit_value(ctx.anchor_day, unit), mod=position_mod(m),
                 anchor=ctx.anchor_kind)


def two_steps(m: re.Match, ctx: Context) -> Timex | None:
    """"the week after next", "the day after tomorrow", "the day before yesterday"."""
    two = (group(m, "two") or "").lower()
    unit = "day" if two else group(m, "cunit").lower()
    d = shift(ctx.anchor_day, unit, -2 if two.startswith("before") else 2)
    return Timex("DATE", unit_value(d, unit), anchor=ctx.anchor_kind)


def day_around(m: re.Match, ctx: Context) -> Timex | None:
    """"the day before last Tuesday('s hearing)", "the day after Oct. 12": one day off the
    date named inside."""
    inner = weekday(m, ctx) if group(m, "weekday") else month_day(m, ctx)
    if inner is None or inner.type != "DATE":
        return None
    d = date.fromisoformat(inner.value) + timedelta(
        days=-1 if group(m, "dir").lower() == "before" else 1)
    return Timex("DATE", day_value(d), anchor=inner.anchor)



_WEEK_STEP = {"last": -1, "previous": -1, "this": 0, "next": 1}


def weekday_phrase(m: re.Match, ctx: Context) -> Timex | None:
    """A weekday placed by the words around it: "the following Monday" (after the day the
    text last named), "a week on Monday" and "Monday week" (a week after the coming
    one), "Monday last week" (that day of the week named)."""
    wd = WEEKDAYS[group(m, "weekday").lower()]
    anchor = ctx.anchor_day
    if group(m, "wk"):
        monday = anchor - timedelta(days=anchor.weekday())
        step = _WEEK_STEP[group(m, "wk").lower()]
        d = monday + timedelta(weeks=step, days=wd)
        return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)
    if group(m, "wkafter") or (group(m, "pre") or "").lower().startswith("a"):
        d = weekday_date(anchor + timedelta(days=1), wd, "future") + timedelta(weeks=1)
        return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)
    prev = ctx.previous
    if prev is not None and prev.granularity in ("day", "part_of_day"):
        d = weekday_date(prev.start + timedelta(days=1), wd, "future")
        return Timex("DATE", day_value(d), anchor="previous")
    d = weekday_date(anchor + timedelta(days=1), wd, "future")
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)



def how_often(m: re.Match, ctx: Context) -> Timex | None:
    """"three evenings a week", "once a fortnight": a set with the period of the second
    unit; "every morning", "each Thursday evening": that part of any day, or of any such
    weekday."""
    if group(m, "per"):
        if group(m, "num"):
            n = number_value(group(m, "num"))
            if not n or isinstance(n, float):
                return None
        return Timex("SET", duration_value(1, unit_of(group(m, "per"))[0]))
    code = "T" + PARTS_OF_DAY[group(m, "pod").lower()]
    if group(m, "weekday"):
        if not capitalised(group(m, "weekday")):
            return None
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[group(m, 'weekday').lower()] + 1}{code}")
    if ctx.narrative and code == "TNI" and not group(m, "weekday"):
        return Timex("SET", "P1NI")  # histories count nights: "every night" (WikiWars)
    return Timex("SET", "XXXX-XX-XX" + code)


def weekends_set(m: re.Match, ctx: Context) -> Timex | None:
    """"on weekends", "worked weekends": each weekend; a count ("two weekends") is
    another rule's, and "the weekends" names some."""
    if re.search(r"(?:\d|\b(?:two|three|four|five|six|several|few|many|some|those|these|"
                 r"both|all)\s+)$", ctx.text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
        return None
    return Timex("SET", "XXXX-WXX-WE")


def same_unit_other_year(m: re.Match, ctx: Context) -> Timex | None:
    """"the same day last year", "the same month a year ago": that day (week, month,
    quarter) a year before the dateline's (after it for "next year")."""
    unit = group(m, "sunit").lower()
    step = 1 if (group(m, "yw") or "").lower() == "next" else -1
    if unit == "day" and ctx.placed:
        start, end, placed = ctx.placed[-1]
        if placed.granularity == "day" and m.start() - end < 80 \
                and not _SENTENCE_GAP.search(ctx.text, end, m.start()):
            # "4,200 fires on Sunday, against 2,700 on the same day last year": that day's
            return Timex("DATE", day_value(shift(placed.start, "year", step)),
                         anchor="previous")
    d = shift(ctx.ref_day, "year", step)
    return Timex("DATE", unit_value(d, unit), anchor="dateline")


# the month a coordinated date after "Saturday 9" writes: "Saturday 9 and Sunday 10
# December", "Monday 11 to Thursday 14 December"
_MONTH_OF_PAIR = re.compile(
    r"\s*(?:and|to|through|until|till|-|\u2013|&)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
    rf"day\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{CAPITALISED_MONTHS})\b")


_NAME_AFTER = re.compile(r"\s+(?:of\s+)?[A-Z]")


def weekday_day_number(m: re.Match, ctx: Context) -> Timex | None:
    """A weekday with its day of the month but no month ("Saturday 9", British listings):
    the month of the date it is paired with, else the date nearest the reference whose
    day has that weekday (a weekday fits a day number about once in seven months)."""
    if not ctx.has_reference:
        return None
    if _NAME_AFTER.match(ctx.text, m.end()):
        return None  # a month of another calendar: "Wednesday, 10 Dhul Hijjah"
    wd = WEEKDAYS[group(m, "weekday").lower()]
    n = int(group(m, "dnum"))
    pair = _MONTH_OF_PAIR.match(ctx.text, m.end())
    anchor = ctx.anchor_day
    if pair is not None:
        month = month_number(pair["month"])
        days = [date(y, month, n) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                if n <= _days_in(y, month) and date(y, month, n).weekday() == wd]
    else:
        days = []
        for step in range(-7, 8):
            y, mo = divmod(anchor.month - 1 + step, 12)
            y += anchor.year
            if n <= _days_in(y, mo + 1) and date(y, mo + 1, n).weekday() == wd:
                days.append(date(y, mo + 1, n))
    if not days:
        return None
    if ctx.coarse_reference and pair is None:
        # under a dateline of March, "Sunday the 24th" is March's
        days = [day for day in days if day.month == anchor.month] or days
    elif pair is None:
        # the side of the dateline its clause looks to ("the clinic is on Saturday the
        # 27th": the one ahead), when the nearer one lies on the other
        ahead = clause_tense(m, ctx) != "past"
        side = [day for day in days if (day >= anchor) == ahead
                and abs((day - anchor).days) <= _DAY_NUMBER_REACH]
        days = side or days
    d = min(days, key=lambda day: abs((day - anchor).days))
    return Timex("DATE", day_value(d), anchor=ctx.anchor_kind)


_DAY_NUMBER_REACH = 45  # days a weekday with its day number may lie on its clause's side


def ordinal_day(m: re.Match, ctx: Context) -> Timex | None:
    """A day of the month alone ("on the 23rd"): of the month the text named just before,
    else of the dateline's month, or the next (the one before) when that day has gone by
    (is still to come) and the clause looks ahead (back)."""
    if not ctx.has_reference or _GOLF_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()):
        return None  # "made double bogey on the 12th": a hole
    n = int(group(m, "odn"))
    if ctx.placed and m.start() - ctx.placed[-1][1] <= _MONTH_NAMED_REACH \
            and ctx.placed[-1][2].granularity in ("month", "day") \
            and ctx.placed[-1][1] <= sentence_start(ctx.text, m.start()):
        base = ctx.placed[-1][2].start  # "in October ... The flurries on the 28th"
        year, month = base.year, base.month
    else:
        anchor = ctx.anchor_day
        year, month = anchor.year, anchor.month
        if not ctx.coarse_reference:
            told = clause_tense(m, ctx)
            step = 1 if n < anchor.day and told != "past" else \
                -1 if n > anchor.day and told == "past" else 0
            year, month = divmod(year * 12 + month - 1 + step, 12)
            month += 1
    if n > _days_in(year, month):
        return None
    return Timex("DATE", day_value(date(year, month, n)), anchor=ctx.anchor_kind)


_GOLF_BEFORE = re.compile(r"\b(?:bogey|birdie|par|eagle|hole|holes|green|fairway|tee|putt)\b")
_MONTH_NAMED_REACH = 300  # characters after a month named that a day number belongs to it


def _days_in(year: int, month: int) -> int:
    return ((date(year + month // 12, month % 12 + 1, 1)) - date(year, month, 1)).days
