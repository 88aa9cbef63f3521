"""Handlers for calendar days and months: full and numeric dates, a day and month without
a year, a month with or without its year."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.temporal.de_lexicon import (
    EDGE_MODS,
    MONTH_NAME,
    WEEKDAYS,
    day_part_code,
    month_number,
)
from timeline.temporal.de_match import (
    MOD_WORDS,
    current_year,
    first_planned,
    group,
    last_step_before,
    last_time_before,
    night_into,
    previous_period,
    rx,
    words_before,
    year_for_day,
    year_for_month,
)
from timeline.temporal.de_story import last_match, story_day
from timeline.temporal.engine import Context, Timex
from timeline.temporal.resolve import year_on_weekday
from timeline.temporal.values import day_value, month_value


def full_date(m: re.Match, ctx: Context) -> Timex | None:
    try:
        d = date(int(group(m, "year")), month_number(group(m, "month")), int(group(m, "day")))
    except ValueError:
        return None
    return night_into(m, ctx, _with_day_part(m, ctx, d, "absolute"))


@lru_cache(maxsize=4096)
def _dateparser_day(span: str) -> date | None:
    """A written date that our rules find but do not normalize themselves ("04/05/2016",
    "2016/05/04", "4. Mai '16"), normalized by dateparser (day first, as in German)."""
    import dateparser

    parsed = dateparser.parse(span, languages=["de"], settings={
        "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed is not None else None


def parsed_date(m: re.Match, ctx: Context) -> Timex | None:
    d = _dateparser_day(m.group(0))
    return Timex("DATE", day_value(d)) if d is not None else None


def numeric_day_month(m: re.Match, ctx: Context) -> Timex | None:
    month, day = int(group(m, "nm")), int(group(m, "nd"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year, anchor = year_for_day(m, ctx, month, day)
    try:
        return Timex("DATE", day_value(date(year, month, day)), anchor=anchor)
    except ValueError:
        return None


def numeric_date(m: re.Match, ctx: Context) -> Timex | None:
    if group(m, "iy"):
        y, mo, d = int(group(m, "iy")), int(group(m, "im")), int(group(m, "id"))
    else:
        y, mo, d = int(group(m, "y")), int(group(m, "mo")), int(group(m, "d"))
        if len(group(m, "y")) == 2:
            base = (story_day(ctx, m.start()) or ctx.ref_day).year
            century = base // 100 * 100
            y += century if century + y <= base + 5 else century - 100
    try:
        return Timex("DATE", day_value(date(y, mo, d)))
    except ValueError:
        return None


# a day of the calendar in any year: "jeweils zum 1. Januar" (each year's), "an einem
# 31. Dezember" (some year's)
# ("jährlich am 22. Juni" is left to the year: news then tells of this year's day)
_ANY_YEAR_BEFORE = rx(r"(?:\b[Jj]eweils\s+(?:am|zum|bis\s+zum|ab\s+dem|vor\s+dem)|"
                      r"\b[Aa]n\s+einem)\s+$")


# a street or square named after a day: "auf der Straße des 17. Juni", "Platz des 4. Juli"
_PLACE_NAMED_BEFORE = rx(r"(?:[Ss]traße|[Pp]latz|[Aa]llee|[Bb]rücke|[Uu]fer|[Rr]ing)\s+de[sr]\s+$")


def day_month(m: re.Match, ctx: Context) -> Timex | None:
    month = month_number(group(m, "month"))
    day = int(group(m, "day"))
    if not group(m, "year") and _PLACE_NAMED_BEFORE.search(ctx.text, max(0, m.start() - 12),
                                                           m.start()):
        return None
    if not group(m, "year") and not group(m, "part") and \
            _ANY_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}")
    if group(m, "year"):
        year, anchor = int(group(m, "year")), "absolute"
    else:
        year, anchor = year_for_day(m, ctx, month, day)
        year = _year_of_weekday(group(m, "lwd"), year, month, day, ctx.ref_day.year)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    tx = night_into(m, ctx, _with_day_part(m, ctx, d, anchor))
    if not group(m, "year") and not group(m, "part") and last_step_before(ctx, m.start()):
        tx.aside = True  # "zuletzt zum 1. Januar": the text's time stays where it was
    if not ctx.narrative and not group(m, "part") and first_planned(ctx, m.start(), m.end()):
        tx.aside = True  # "ursprünglich für den 4. Mai geplant": no day the text told of
    return tx


def _year_of_weekday(weekday: str | None, year: int, month: int, day: int,
                     dateline_year: int) -> int:
    """The year of a day named with its weekday and without a year: `year` when the day
    falls on that weekday then, else the year around the dateline's in which it does ("Aus
    dem Herbst 1989 ... am Sonntag, 30. September" in 2012 is 2012's)."""
    if not weekday:
        return year
    found = year_on_weekday(month, day, WEEKDAYS[weekday.lower()],
                            (year, dateline_year, dateline_year + 1, dateline_year - 1))
    return year if found is None else found


def _with_day_part(m: re.Match, ctx: Context, d: date, anchor: str) -> Timex:
    part = group(m, "part")
    if part and part.lower() == "mitternacht":
        # "Um Mitternacht des 3. Oktober": the midnight that opens that day
        return Timex("TIME", f"{day_value(d)}T00:00", anchor=anchor)
    if part:
        code = day_part_code(part)
        # "am frühen Morgen des 2. Januar": the start of that morning
        mod = EDGE_MODS.get(m.group(0)[:6].lower()) if not part.endswith("stunden") else None
        return Timex("TIME", f"{day_value(d)}T{code}", anchor=anchor, mod=mod)
    return Timex("DATE", day_value(d), anchor=anchor)


def listed_day(m: re.Match, ctx: Context) -> Timex | None:
    """A day in a list whose month comes at its end: "am [3.], 4. und 5. Oktober" (the
    pattern differs from day_month's; the groups and their reading are the same)."""
    return day_month(m, ctx)


_YEAR_WRITTEN = re.compile(r"(?<![\d.,])(?:1[0-9]|20)\d\d(?![\d.,]\d|er)")


def month_with_year(m: re.Match, ctx: Context) -> Timex | None:
    month = month_number(group(m, "month"))
    mod = MOD_WORDS.get((group(m, "mod") or "").lower())
    if group(m, "year"):
        year, anchor = int(group(m, "year")), "absolute"
    else:
        rel = (group(m, "rel") or "").lower()
        base, anchor = current_year(ctx, m.start())
        if rel.startswith(("vorig", "vergangen", "letzt", "vorjahr")):
            year = base - 1
        elif rel.startswith(("nächst", "kommend", "folgend")):
            year = base + 1
        elif rel.startswith(("selben", "desselben", "gleichen", "jenes")):
            # the year written last ("Im Frühjahr 1983 ..., im Dezember desselben Jahres"),
            # else that of the date placed last
            written = last_match(_YEAR_WRITTEN, ctx.text, max(0, m.start() - 400), m.start())
            prev, anchor = previous_period(ctx)
            if written is not None:
                year, anchor = int(written.group()), "previous"
            else:
                year = prev.start.year if prev else base
        else:
            year = base
    # "So kalt war es zuletzt im Februar 1956": the last time it was so, compared with
    # now; the text does not move there
    aside = bool(group(m, "year")) and last_time_before(ctx, m.start())
    return Timex("DATE", month_value(year, month), mod=mod, anchor=anchor, aside=aside)


_MONTH_PAIRED = rx(rf"\s+(?:und|oder|sowie|bis)\s+(?:{MONTH_NAME})(?![\w-])")
_MONTH_CONTEXT = rx(
    r"(?:\b(?:[Ii]m|[Ii]n|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Vv]on|[Zz]um|[Dd]es|[Dd]en|[Dd]iesen|[Dd]ieses|"
    r"[Jj]eden|[Vv]or|[Nn]ach|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn|[Ss]eit\s+Anfang|"
    r"[Ss]pätestens|[Ff]rühestens|[Kk]ommenden|[Vv]ergangenen|[Ll]etzten|[Nn]ächsten|"
    r"[Dd]ieser|[Dd]iesem|[Ww]ährend|[Zz]wischen|[Uu]m|[Gg]egen|[Dd]er|[Ff]ür|"
    r"[Vv]origen|[Kk]ommender|[Ee]rst|[Ss]chon|[Bb]ereits|[Nn]och|[Aa]uf|"
    # the Austrian "mit September" (from September on), at a sentence's start
    r"(?<![^\s.!?:])Mit)"
    # "bis einschließlich Oktober", "bis Ende Oktober"
    r"(?:\s+(?:einschließlich|einschliesslich|inklusive|spätestens))?\s+)$"
    rf"|(?:{MONTH_NAME})\.?(?:\s*,\s*|\s+(?:und|oder|sowie|bis)\s+|\s*[/–-]\s*)$"
    # the weather of a month: "ein heißer August", "dem ungewöhnlich trockenen März"
    r"|\b(?:[Dd](?:er|en|em|es)|[Ee]ine?[mnrs]?|[Vv]om|[Zz]um|[Ii]m)\s+(?:(?:sehr|extrem|"
    r"besonders|ungewöhnlich|außergewöhnlich|recht|ziemlich|relativ|vergleichsweise)\s+)?"
    r"(?:heiß|warm|wärm|kalt|kält|trocken|nass|näss|feucht|mild|kühl|sonnig|regnerisch|"
    r"verregnet|stürmisch|frostig|eisig|schneereich|schneearm|regenreich|regenarm|trüb|"
    r"niederschlagsreich|niederschlagsarm)(?:e[nmrs]?|er|ere[nmrs]?|e?ste[nmrs]?)?\s+$")

_ON_BEFORE = rx(r"\b[Aa]uf\s+$")
_NAME_AFTER = rx(r"\s+[A-ZÄÖÜ]")


def month_alone(m: re.Match, ctx: Context) -> Timex | None:
    month = month_number(group(m, "month"))
    mod = MOD_WORDS.get((group(m, "mod") or "").lower())
    which = (group(m, "mwhich") or "").lower()
    if not mod and not which and not group(m, "slash_year") and not _MONTH_CONTEXT.search(
            words_before(ctx, m.start("t"), 40)) and not _MONTH_PAIRED.match(ctx.text, m.end()):
        return None  # a name ("August Ritter", "Wladimir Mai-Majewski"); the first of two
        # months is one ("Der beste Zeitpunkt seien Oktober und November")
    if not mod and not which and _ON_BEFORE.search(words_before(ctx, m.start("t"), 6)) and \
            _NAME_AFTER.match(ctx.text, m.end()):
        return None  # "auf August Diehl": a name; "auf Januar verschoben" is a month
    if group(m, "slash_year"):
        year, anchor = int(group(m, "slash_year")), "absolute"
    elif which:
        ref = ctx.ref_day
        if which.startswith(("vergangen", "letzt", "vorig")):
            year = ref.year if month < ref.month else ref.year - 1
        else:
            year = ref.year if month > ref.month else ref.year + 1
        anchor = ctx.anchor_kind
    else:
        year, anchor = year_for_month(m, ctx, month)
    return Timex("DATE", month_value(year, month), mod=mod, anchor=anchor)
