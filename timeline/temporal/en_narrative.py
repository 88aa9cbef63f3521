"""Handlers for what histories write: years before Christ and early years ("480 BC",
"AD 410", "15 August 1096", "the autumn of 203 BC"), and expressions that only a story
told from its own dates gives ("at dawn", "a few days later", "the night of 14
September"). Yearless dates in a narrative take the story's year (en_story.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.en_flashback import episode_at, story_or_episode
from timeline.temporal.en_lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    month_number,
    number_value,
)
from timeline.temporal.en_match import (
    PART_NOUN_AFTER,
    capitalised,
    clause_tense,
    group,
    position_mod,
    quantity_mod,
)
from timeline.temporal.en_story import (
    SEASON_FIRST_MONTH,
    StoryPoint,
    add_years,
    day_text,
    month_text,
    remember,
    shifted,
    story_at,
    value_at,
    year_for_month,
    year_for_season,
    year_text,
)
from timeline.temporal.engine import Context, Timex, evening_or_night
from timeline.temporal.values import day_value

_BC = re.compile(r"B\.?C\.?(?:E\.?)?$")
# after a bare number these make it a count, not a year: "March 218 men", "410 ships"
_COUNT_AFTER = re.compile(r"\s*(?:(?!(?:is|was|has|as|his|this|its|thus)\b)[a-z]+s\b|%|men\b|"
                          r"people\b|of\b|and\s+\d)")
# a number followed by what it counts, past one describing word: "200 nautical miles",
# "649 Argentine and 255 British servicemen", "300 heavy cavalry"
_NOUN_AFTER = re.compile(
    r"\s*(?:(?!(?:the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|was|were|"
    r"is|had|has|and|or|to|in|on|at|by|as)\b)[A-Za-z][a-z-]+\s+(?:[a-z]+s|men|people|"
    r"cavalry|infantry|artillery)\b|[A-Z][a-z]+\s+(?:and|or)\s+\d"
    r"|(?:nautical\s+)?(?:km|kilometres|kilometers|miles|metres|meters|feet|yards|tons|tonnes|"
    r"pounds|kg|m|ft|mi)\b)")
# a year from 1000 on, written before `pos`: a story that names one is past the first
# millennium
_MODERN_YEAR = re.compile(r"(?<![\d.,])1\d{3}(?!\d)|(?<![\d.,])20\d\d(?!\d)")


def first_millennium(ctx: Context, pos: int) -> bool:
    """Whether the story stands before the year 1000 at `pos`: its last point is, or it
    named no year from 1000 on yet. Only there is a number of one to three digits a year
    without an era ("in 410"); in a history of 1982, "649 Argentine" dead are a count."""
    point = story_at(ctx, pos)
    if point is not None:
        return point.year < 1000
    return _MODERN_YEAR.search(ctx.text, 0, pos) is None


def era_year(m: re.Match) -> int | None:
    """The year of a match with groups `eyear` and `era`/`ad` (negative before Christ),
    or None when the era marker is not written as one ("ad" in lower case)."""
    digits = group(m, "eyear")
    if digits is None:
        return None
    year = int(digits)
    era = group(m, "era") or group(m, "ad") or ""
    if era and not era[0].isupper():
        return None
    if year == 0:
        return None
    return -year if _BC.match(era) else year


def _plausible_year(m: re.Match, ctx: Context) -> int | None:
    """A year written with a month, season or day: any 1-4 digit number with an era
    marker; without one only in a narrative, or a four-digit one, and not a count."""
    year = era_year(m)
    if year is None:
        return None
    if group(m, "era") or group(m, "ad"):
        return year
    if year < 1000 and (not ctx.narrative or not first_millennium(ctx, m.start())):
        return None
    if _COUNT_AFTER.match(ctx.text, m.end()) \
            or year < 1000 and _NOUN_AFTER.match(ctx.text, m.end()):
        return None
    return year


def era_expression(m: re.Match, ctx: Context) -> Timex | None:
    """"480 BC", "AD 410", "about 466 BC", "213-212 BC" (its first year), "the 540s BC"."""
    mod = quantity_mod(m) or position_mod(m)
    if group(m, "dec"):
        return Timex("DATE", f"BC{int(group(m, 'dec')) // 10:03d}", mod=position_mod(m))
    if group(m, "adyear"):
        if not group(m, "ad")[0].isupper():
            return None
        return Timex("DATE", year_text(int(group(m, "adyear"))), mod=mod)
    year = era_year(m)
    if year is None:
        return None
    return Timex("DATE", year_text(year), mod=mod)


def early_full_date(m: re.Match, ctx: Context) -> Timex | None:
    """"15 August 1096", "12 September 490 BC", "August 9, 378"."""
    if not capitalised(group(m, "month")):
        return None
    year = _plausible_year(m, ctx)
    day = int(group(m, "day"))
    if year is None or not 1 <= day <= 31:
        return None
    return Timex("DATE", day_text(year, month_number(group(m, "month")), day))


def early_month_year(m: re.Match, ctx: Context) -> Timex | None:
    """"March 218 BC", "November 408", "mid-August 1096"."""
    if not capitalised(group(m, "month")):
        return None
    year = _plausible_year(m, ctx)
    if year is None:
        return None
    return Timex("DATE", month_text(year, month_number(group(m, "month"))), mod=position_mod(m))


def early_season(m: re.Match, ctx: Context) -> Timex | None:
    """"the autumn of 203 BC", "the winter of 1095-96", "the winter of 213-212 BC"."""
    year = _plausible_year(m, ctx)
    if year is None:
        return None
    code = SEASONS[group(m, "season").lower()]
    if ctx.narrative:
        end = _range_end(m, year)
        if end is not None:
            # "the winter of 1788-89": the months the story names next are of 1789
            month = 2 if code == "WI" else SEASON_FIRST_MONTH[code]
            remember(ctx, m.end(), StoryPoint(end, month))
    return Timex("DATE", f"{year_text(year)}-{code}", mod=position_mod(m))


_RANGE_END = re.compile(r"\d\s*[-\u2013/]\s*(\d{1,4})\b")


def _range_end(m: re.Match, year: int) -> int | None:
    """The last year of a season written as a range ("1788-89", "213-212 BC")."""
    end = _RANGE_END.search(m.group(), m.start("eyear") - m.start())
    if end is None:
        return None
    digits = end.group(1)
    if year < 0:
        last = -int(digits) if len(digits) == len(str(-year)) else None
        return last if last is not None and last == year + 1 else None
    scale = 10 ** len(digits)
    last = year - year % scale + int(digits)
    if last <= year:
        last += scale
    return last if last == year + 1 else None


# a year standing alone in a story: after a preposition, and no count ("in 410", "by 1071")
_YEAR_LEAD = re.compile(r"(?:\b(?:[Ii]n|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Ss]ince|[Aa]fter|[Bb]efore|"
                        r"[Dd]uring|[Aa]round|[Aa]bout|circa|c\.|[Tt]o|and|[Ee]arly|[Ll]ate|"
                        r"[Mm]id|year|of|dated)[\s-]+|[(,]\s*)$")
# what makes an early number a year in news as well
_NEWS_EARLY_YEAR_LEAD = re.compile(
    r"(?:\b(?:dated|[Ii]n\s+the\s+year)|(?:\b(?:[Ss]urvey|[Cc]harter|[Tt]reaty|[Cc]ensus|"
    r"[Bb]attle|[Ss]iege|[Cc]ouncil|[Pp]eace|[Ee]dict|[Ss]tatute|[Cc]onquest|[Ii]nvasion|"
    r"[Ss]ack|[Ff]all|[Cc]oronation|[Dd]eed|[Gg]rant|[Cc]hronicle)|[A-Z][a-z]+)\s+of)\s+$")
# a lead a count takes as well: "the lives of 649 Argentine and 255 British servicemen"
_WEAK_YEAR_LEAD = re.compile(r"(?:\b(?:of|and|to)\s+|[(,]\s*)$")


def early_year(m: re.Match, ctx: Context) -> Timex | None:
    """A year of one to four digits in a narrative: "in 410", "by 1071", "(402)"; in news
    only after words that make a number a year ("the Domesday survey of 1086", "a charter
    dated 968")."""
    year = int(group(m, "eyear"))
    if not ctx.narrative and not _NEWS_EARLY_YEAR_LEAD.search(
            ctx.text, max(0, m.start() - 30), m.start()):
        return None
    if not 100 <= year <= 1499:
        return None
    before = ctx.text[max(0, m.start() - 12):m.start()]
    after = ctx.text[m.end():m.end() + 15]
    if not _YEAR_LEAD.search(before) and not re.match(r"\s*\)", after):
        return None
    weak_lead = _WEAK_YEAR_LEAD.search(before) is not None
    dated = re.search(r"\b(?:dated|year)\s+$", before) is not None
    if not dated and _COUNT_AFTER.match(after) \
            or weak_lead and _NOUN_AFTER.match(ctx.text, m.end()) \
            or re.match(r"\s*(?:[-–]\s*\d|[.,]\d|:\d)", after):
        return None
    if year < 1000 and not first_millennium(ctx, m.start()) and not dated:
        return None
    if re.search(r"\b(?:[Pp]age|[Nn]o\.|[Nn]umber|[Rr]oom|[Ll]egion)\s+$", before):
        return None
    return Timex("DATE", year_text(year), mod=position_mod(m))


# --- yearless dates and relative expressions in a story ----------------------------

# "the invasion had begun on 2 April": a look back within the story's year, not a step
# into the next one
PLUPERFECT = re.compile(r"\b(?:had|'d)\s+(?:(?:not|already|long|just|first|been)\s+)*"
                         r"[a-z]+(?:ed|en|un|wn|ght|ft|lt|nt|de|ne|ck)\b[^.;!?]*$")


def _story_year(ctx: Context, pos: int, point: StoryPoint, month: int) -> int:
    if point.month is not None and point.month > month \
            and PLUPERFECT.search(ctx.text, max(0, pos - 80), pos):
        return point.year
    return year_for_month(point, month)


def story_month_day(ctx: Context, pos: int, month: int, day: int) -> Timex | None:
    point = story_or_episode(ctx, pos)
    if point is None:
        return None
    return Timex("DATE", day_text(_story_year(ctx, pos, point, month), month, day),
                 anchor="previous")


def story_month(ctx: Context, pos: int, month: int, mod: str | None) -> Timex | None:
    point = story_or_episode(ctx, pos)
    if point is None:
        return None
    return Timex("DATE", month_text(_story_year(ctx, pos, point, month), month), mod=mod,
                 anchor="previous")


def story_season(ctx: Context, pos: int, code: str, mod: str | None) -> Timex | None:
    point = story_or_episode(ctx, pos)
    if point is None:
        return None
    return Timex("DATE", f"{year_text(year_for_season(point, code))}-{code}", mod=mod,
                 anchor="previous")


def story_step(ctx: Context, pos: int, unit: str, n: int, out: str,
               mod: str | None = None) -> Timex | None:
    """The story's date moved by n units, named at the `out` granularity (day, month,
    year): "two days later", "the following year", "the same day"."""
    point = story_or_episode(ctx, pos, day=out in ("day", "week"))
    if point is None:
        return None
    if out in ("day", "week") and point.day is None or out == "month" and point.month is None:
        return None
    moved = shifted(point, unit, n) if n else point
    value = value_at(moved, out)
    if value is None:
        return None
    return Timex("DATE", value, mod=mod, anchor="previous")


def story_part_of_day(ctx: Context, pos: int, code: str, days: int = 0,
                      mod: str | None = None) -> Timex | None:
    """A part of the story's day ("that evening", "the following morning", "at dawn")."""
    point = story_or_episode(ctx, pos)
    if point is None or point.day is None:
        return None
    moved = shifted(point, "day", days) if days else point
    return Timex("TIME", f"{value_at(moved, 'day')}T{code}", mod=mod, anchor="previous")


def early_in_part_of_day(m: re.Match, ctx: Context) -> Timex | None:
    """"early in the afternoon", "late in the evening": the start or end of that part of
    the story's day (in news, of a recalled episode's day)."""
    code = PARTS_OF_DAY[group(m, "pday").lower()]
    mod = "START" if group(m, "pos").lower() == "early" else "END"
    if not ctx.narrative and episode_at(ctx, m.start()) is None:
        return news_part_of_day(m, ctx, code, mod, lead_needed=False)
    return story_part_of_day(ctx, m.start(), code, mod=mod)


# what a part of the day stands after and before in news when it is one ("results by late
# evening", "from early morning", "late in the afternoon."), not a kind of thing ("early
# morning flights", "late night television")
_PART_LEAD = re.compile(r"\b(?:in|from|by|until|till|into|during|since|through|at|before|"
                        r"after|around|towards?|on|early|late)\s+(?:the\s+)?$", re.IGNORECASE)


def news_part_of_day(m: re.Match, ctx: Context, code: str, mod: str,
                     lead_needed: bool = True) -> Timex | None:
    """"by late evening", "from early morning", "late in the afternoon" in news: that part
    of the day the sentence named a little before, else of the dateline's day."""
    start = m.start("t") if "t" in m.re.groupindex and m.start("t") >= 0 else m.start()
    if lead_needed and not _PART_LEAD.search(ctx.text, max(0, start - 12), start) or \
            PART_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    named = ctx.day_named_before(start, 200)
    if named is not None and named > ctx.anchor_day and clause_tense(m, ctx) == "past":
        named = None  # "flights were canceled by early afternoon" after a day ahead named
    d = named if named is not None else ctx.anchor_day
    anchor = "previous" if named is not None else ctx.anchor_kind
    return Timex("TIME", f"{day_value(d)}T{code}", mod=mod, anchor=anchor)


_DAWN = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO",
         "morning": "MO", "nightfall": "EV", "dusk": "EV", "sunset": "EV",
         "evening": "EV", "night": "NI", "afternoon": "AF"}


def story_dawn(m: re.Match, ctx: Context) -> Timex | None:
    """"at dawn", "before dawn", "by nightfall", "by morning": a part of the story's day,
    or of the day named right after it ("at dawn on 10 August"); in news only inside a
    recalled episode ("On 2 April 1971 ... By nightfall")."""
    if group(m, "pday"):  # "the early morning"
        code = PARTS_OF_DAY[group(m, "pday").lower()]
        mod = "START" if re.search(r"\bearly\b", m.group("t"), re.IGNORECASE) else "END"
        if not ctx.narrative and episode_at(ctx, m.start()) is None:
            return news_part_of_day(m, ctx, code, mod)
        return story_part_of_day(ctx, m.start(), code, mod=mod)
    if not ctx.narrative and episode_at(ctx, m.start()) is None:
        word = group(m, "dawn").lower()
        if word in ("dawn", "daybreak", "dusk", "nightfall") and group(m, "dawn").islower() \
                and not group(m, "fmonth") and not group(m, "fmonth2") \
                and not ctx.text.startswith("-", m.end()):
            # in news too: "led to shelters shortly after dawn", "be on the lake by dawn"
            # (a lead word needed: not "as dawn broke", "a dusk-to-dawn curfew")
            return _after_night(ctx, news_part_of_day(m, ctx, _DAWN[word], None))
        return None
    code = _DAWN[re.sub(r"\s+", " ", group(m, "dawn").lower())]
    if group(m, "fmonth") or group(m, "fmonth2"):
        month = month_number(group(m, "fmonth") or group(m, "fmonth2"))
        day = int(group(m, "fday") or group(m, "fday2"))
        year = group(m, "fyear") or group(m, "fyear2")
        if year:
            return Timex("TIME", f"{day_text(int(year), month, day)}T{code}")
        tx = story_month_day(ctx, m.start(), month, day)
        return Timex("TIME", f"{tx.value}T{code}", anchor="previous") if tx else None
    return _after_night(ctx, story_part_of_day(ctx, m.start(), code))


def _after_night(ctx: Context, tx: Timex | None) -> Timex | None:
    """A morning placed on the day of the night told last is the next day's: "brought to
    the surface on the Friday night ... rung until dawn"."""
    if tx is None or not tx.value.endswith("TMO") or not _night_placed_last(ctx, tx.value[:10]):
        return tx
    nxt = date.fromisoformat(tx.value[:10]) + timedelta(days=1)
    return Timex("TIME", f"{nxt.isoformat()}TMO", anchor=tx.anchor)


def _night_placed_last(ctx: Context, day: str) -> bool:
    """Whether the last time placed is an evening or a night of `day` (ISO)."""
    if not ctx.placed:
        return False
    placed = ctx.placed[-1][2]
    return placed.start.isoformat() == day and evening_or_night(placed)


def part_of_named_day(m: re.Match, ctx: Context) -> Timex | None:
    """"the night of 14 September", "the evening of 29 April 1429": one time."""
    if not capitalised(group(m, "month")):
        return None
    pday = group(m, "pday").lower()
    if pday == "hours" and (group(m, "pos") or "").lower() not in ("early", "small"):
        return None  # "the hours of 9 May": no part of a day
    code = "MO" if pday == "hours" else PARTS_OF_DAY[pday]
    mod = "START" if pday == "hours" else None  # "the early (small) hours of 20 December"
    month, day = month_number(group(m, "month")), int(group(m, "day"))
    if not 1 <= day <= 31:
        return None
    if group(m, "eyear"):
        year = _plausible_year(m, ctx)
        if year is None:
            return None
        return Timex("TIME", f"{day_text(year, month, day)}T{code}", mod=mod)
    if ctx.narrative:
        tx = story_month_day(ctx, m.start(), month, day)
    else:
        # news: the day as the dateline places it ("a preview on the evening of April 10");
        # our news sets write the whole as one time, 6 cases to TimeBank's 2 of the day alone
        from timeline.temporal.en_dates import dated_month_day  # (en_dates imports this)

        tx = dated_month_day(m, ctx, month, day)
    if tx is None:
        return None
    anchor = "previous" if ctx.narrative else tx.anchor
    return Timex("TIME", f"{tx.value}T{code}", mod=mod, anchor=anchor)


def range_first_day(m: re.Match, ctx: Context) -> Timex | None:
    """The first day of "from 26 to 29 November", "on 27 and 28 April 1915"."""
    if not capitalised(group(m, "month")):
        return None
    month, first = month_number(group(m, "month")), int(group(m, "day"))
    if not 1 <= first <= 31 or first >= int(group(m, "day2")):
        return None
    if group(m, "eyear"):
        year = _plausible_year(m, ctx)
        if year is None:
            return None
        return Timex("DATE", day_text(year, month, first))
    if not ctx.narrative:
        # in news the range's year is its end's: "between 23 and 27 December"
        from timeline.temporal.en_dates import dated_month_day  # (en_dates imports this)

        end = dated_month_day(m, ctx, month, int(group(m, "day2")))
        if end is None:
            return None
        try:
            return Timex("DATE", day_value(date(int(end.value[:4]), month, first)),
                         anchor=end.anchor)
        except ValueError:
            return None
    return story_month_day(ctx, m.start(), month, first)


def vague_later(m: re.Match, ctx: Context) -> Timex | None:
    """"a few days later", "soon afterwards" -> FUTURE_REF; "a few weeks earlier" ->
    PAST_REF (in a story: the time between is not said)."""
    if not ctx.narrative:
        return None
    word = (group(m, "vdir") or "").lower()
    if word == "before" and re.match(r"\s+(?:the|a|an|his|her|its|their|[a-z]+ing)\b",
                                     ctx.text[m.end():m.end() + 20]):
        # "several days before the landing": the stretch, counted from an event
        units = re.search(r"(?:days|weeks|months|years)", m.group())
        letter = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}[units.group()]
        return Timex("DURATION", f"PX{letter}", end=m.start() + units.end())
    return Timex("DATE", "PAST_REF" if word in ("earlier", "before") else "FUTURE_REF",
                 anchor="previous")


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def story_clock(m: re.Match, ctx: Context) -> Timex | None:
    """"at about three in the afternoon (on 12 February 1429)", "nine in the morning": an
    hour of the story's day, or of the day named right after it."""
    if not ctx.narrative:
        return None
    if group(m, "h24"):  # "at 06:00", "at 0600 hours"
        hour, minute = int(group(m, "h24")), int(group(m, "m24") or group(m, "m24b"))
    else:
        hour, minute = _HOUR_WORDS[group(m, "hourw").lower()], 0
        pod = group(m, "pod2").lower()
        if pod in ("afternoon", "evening") and hour < 12 or pod == "night" and 6 <= hour < 12:
            hour += 12
        elif pod == "morning" and hour == 12:
            hour = 0
    if group(m, "fmonth"):
        month, day = month_number(group(m, "fmonth")), int(group(m, "fday"))
        if group(m, "fyear"):
            value = day_text(int(group(m, "fyear")), month, day)
        else:
            tx = story_month_day(ctx, m.start(), month, day)
            if tx is None:
                return None
            value = tx.value
    else:
        point = story_at(ctx, m.start())
        if point is None or point.day is None:
            return None
        value = value_at(point, "day")
    return Timex("TIME", f"{value}T{hour:02d}:{minute:02d}", mod=quantity_mod(m),
                 anchor="previous")


def story_this_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"by the end of the day", "at the end of the month": the story's day or month; "on
    the third day": two days after the story's day (in news only in a recalled episode)."""
    if not ctx.narrative and episode_at(ctx, m.start()) is None:
        return None
    if group(m, "nth"):
        return story_step(ctx, m.start(), "day", ORDINALS[group(m, "nth").lower()] - 1, "day")
    unit = group(m, "cunit").lower()
    return story_step(ctx, m.start(), unit, 0, unit, position_mod(m))


_VAGUE_STORY = {"the time": "PAST_REF", "this day": "PRESENT_REF",
                "the moment": "PRESENT_REF"}
# "at the time that he left", "at the time he was elected": a clause says when, the words
# are no reference of their own (in a story's own sentences they are: "At the time that
# was saying something")
_TIME_CLAUSE = re.compile(r"\s+(?:that(?!\s+(?:was|is|were|seemed|meant|made)\b)|it|he|she|they|"
                          r"we|I)\b")


_NEWS_THEN_AFTER = re.compile(r"\s*[,.;)]|\s+(?:was|were|is|had|he|she|they|it|we|I)\b")


def story_vague(m: re.Match, ctx: Context) -> Timex | None:
    """"at the time" (then: PAST_REF), "to this day", "at the moment" (PRESENT_REF)."""
    words = re.sub(r"\s+", " ", group(m, "t").lower())
    if not ctx.narrative:
        # news: "which at the time was", "saying at the time he was willing" (then), not
        # "At the time Howes was captured" (a clause saying when) nor "at the moment"
        if words == "the time" and ctx.text[m.start() - 3:m.start() - 1] == "at" \
                and _NEWS_THEN_AFTER.match(ctx.text, m.end()):
            return Timex("DATE", "PAST_REF", anchor=ctx.anchor_kind)
        return None
    if words == "the time" and _TIME_CLAUSE.match(ctx.text, m.end()) \
            and not ctx.text[m.start() - 3:m.start() - 1] == "At":
        return None
    return Timex("DATE", _VAGUE_STORY[words])


# the last year or decade written before a point ("the 1980s", "in 1997")
_LAST_YEAR = re.compile(r".*\b(?P<y>1[0-9]\d\d|20\d\d)(?:s|['’]s)?\b", re.DOTALL)


def _past_year_told(m: re.Match, ctx: Context) -> int:
    """The year "the end of the decade/century" belongs to in news: told in the past, the
    last year written before it; else the dateline's."""
    year = ctx.ref_day.year
    if clause_tense(m, ctx) == "past":
        written = _LAST_YEAR.search(ctx.text, max(0, m.start() - 600), m.start())
        if written is not None and int(written["y"]) <= year:
            year = int(written["y"])
    return year


def story_century(m: re.Match, ctx: Context) -> Timex | None:
    """"the end of the century" in a story: the century of the story's year. In news,
    the recalled episode's; else, told in the past, the century of the last date placed
    ("the boom of the 1970s and 1980s ... By the end of the century"), or the dateline's."""
    point = story_or_episode(ctx, m.start())
    if point is None and not ctx.narrative:
        year = _past_year_told(m, ctx)
        return Timex("DATE", f"{year // 100:02d}", mod=position_mod(m),
                     anchor="previous" if year != ctx.ref_day.year else "dateline")
    if point is None:
        return None
    if point.year > 0:
        value = f"{point.year // 100:02d}"
    else:
        value = f"BC{(-point.year - 1) // 100:02d}"
    return Timex("DATE", value, mod=position_mod(m), anchor="previous")


def story_decade(m: re.Match, ctx: Context) -> Timex | None:
    """"by the end of the decade": the decade of the story's year (in news, of the
    recalled episode's or the dateline's)."""
    point = story_or_episode(ctx, m.start())
    if point is None and not ctx.narrative:
        year = _past_year_told(m, ctx)
        return Timex("DATE", f"{year // 10:03d}", mod=position_mod(m),
                     anchor="previous" if year != ctx.ref_day.year else "dateline")
    if point is None:
        return None
    value = f"{point.year // 10:03d}" if point.year > 0 else f"BC{-point.year // 10:03d}"
    return Timex("DATE", value, mod=position_mod(m), anchor="previous")


def story_new_year(m: re.Match, ctx: Context) -> Timex | None:
    """"early in the new year" in a story: the year after the story's, at its start. In
    news, the coming year from September on, the year under way before."""
    pos = (group(m, "pos") or "").lower()
    mod = {"early": "START", "late": "END"}.get(pos)
    if not ctx.narrative:
        day = ctx.anchor_day
        return Timex("DATE", f"{day.year + (day.month >= 9):04d}", mod=mod,
                     anchor=ctx.anchor_kind)
    point = story_at(ctx, m.start())
    if point is None:
        return None
    return Timex("DATE", year_text(add_years(point.year, 1)), mod=mod, anchor="previous")


_ONE_UNIT = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y",
             "fortnight": "P2W"}
_SOME_UNITS = {"days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY", "decades": "PXDE"}


def story_duration(m: re.Match, ctx: Context) -> Timex | None:
    """Stretches a history names: "the following months", "the weeks that followed" (of
    unknown length), "the following decade" (P1DE), "more than half a century" (P5DE),
    "another week", "all day" (one unit)."""
    if group(m, "halfc") and not ctx.narrative:
        return Timex("DURATION", "P50Y", mod=quantity_mod(m))  # news counts years
    if not ctx.narrative:
        return None
    units = group(m, "punit") or group(m, "punit2") or group(m, "punit3")
    if units:
        return Timex("DURATION", _SOME_UNITS[units.lower()])
    if group(m, "decade"):
        return Timex("DURATION", "P1DE")
    if group(m, "halfc"):
        return Timex("DURATION", "P5DE", mod=quantity_mod(m))
    return Timex("DURATION", _ONE_UNIT[group(m, "ounit").lower()])


_SEASON_OF_PLURAL = {"summers": "SU", "winters": "WI", "springs": "SP", "autumns": "FA",
                     "falls": "FA"}


def seasons_later(m: re.Match, ctx: Context) -> Timex | None:
    """"Two summers later": that season so many years after the year the text stands at
    (its story or recalled episode, else the last date it gave)."""
    n = number_value(group(m, "num"))
    if n is None or isinstance(n, float) or n > 100:
        return None
    point = story_or_episode(ctx, m.start())
    if point is not None:
        year = point.year
    elif ctx.previous is not None:
        year = ctx.previous.start.year
    else:
        return None
    step = -n if group(m, "sdir").lower() in ("earlier", "before") else n
    code = _SEASON_OF_PLURAL[group(m, "seasons").lower()]
    return Timex("DATE", f"{year_text(add_years(year, step))}-{code}", anchor="previous")
