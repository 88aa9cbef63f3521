"""Handlers for weekdays, weekends and holidays: which week a weekday named without a
date belongs to (news, stories, recalled episodes), nth weekdays of a month, feasts."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.de_lexicon import (
    ADVENT_HOLIDAYS,
    DAY_PARTS,
    EASTER_HOLIDAYS,
    EDGE_MODS,
    FEAST_DAY_PARTS,
    FIXED_HOLIDAYS,
    ORDINALS,
    SUNDAY_HOLIDAYS,
    WEEKDAY_NAME,
    WEEKDAYS,
    day_part_code,
    month_number,
)
from timeline.temporal.de_match import (
    clause_direction,
    first_planned,
    group,
    looks_back_at,
    named_for_ahead,
    night_into,
    previous_day,
    recounted_episode,
    rx,
    sentence_bounds,
    with_das,
    words_before,
    year_for_day,
    year_for_month,
    year_offset_before,
)
from timeline.temporal.de_story import (
    DAY_LEVEL,
    distal_day,
    episode,
    far_years,
    in_anniversary_episode,
    story_day,
)
from timeline.temporal.de_tense import clause_tense, reported_in_clause, reporting_frame, tense
from timeline.temporal.engine import Context, Timex
from timeline.temporal.hebrew import GERMAN as HEBREW_FEAST_NAMES
from timeline.temporal.hebrew import feast_in_year
from timeline.temporal.hijri import in_gregorian_year
from timeline.temporal.lunar import lunar_new_year
from timeline.temporal.resolve import (
    FEAST_AHEAD_DAYS,
    nth_week_of_month,
    nth_weekday,
    weekday_date,
)
from timeline.temporal.values import day_value, easter_sunday, week_value


def _weekday_direction(m: re.Match, ctx: Context) -> str:
    which = (group(m, "which") or "").lower()
    if which.startswith(("vergangen", "letzt", "vorig")):
        return "past"
    if which.startswith(("kommend", "nächst")):
        return "future"
    before = words_before(ctx, m.start(), 8)
    if re.search(r"\b(?:[Vv]om|[Ss]eit|[Ss]eit\s+dem)\s+$", before) and \
            not _ON_FROM.match(ctx.text, m.end()):
        return "past"  # (not "vom Donnerstag an", "vom Freitag bis Sonntag": a span, in
        # the clause's tense)
    if re.search(r"\b(?:[Bb]is|[Aa]b|[Bb]is\s+zum|[Bb]is\s+am)\s+$", before):
        # "bis Freitag gesperrt": still ahead, unless its own clause is told in the past
        # ("Bis Mittwoch seien 212.000 Karten abgesetzt worden")
        lo, hi = sentence_bounds(ctx, m.start())
        edge = ctx.text.find(",", m.end(), hi)
        clause = ctx.text[max(lo, ctx.text.rfind(",", lo, m.start()) + 1):
                          edge if edge >= 0 else hi]
        if _PAST_AUXILIARY.search(clause):
            return "past"
        # "Die Rur stieg bis Donnerstag, 22 Uhr": a verb in the Präteritum tells a
        # stretch gone by, when that weekday was one of the last two days
        gone = weekday_date(ctx.ref_day, WEEKDAYS[group(m, "weekday").lower()], "past")
        if 1 <= (ctx.ref_day - gone).days <= 2 and tense(ctx.text[lo:hi]) == "past" and \
                clause_tense(ctx.text, m.start()) == "past":
            return "past"
        return "future"
    if named_for_ahead(ctx, m.start()):
        return "future"  # "kündigten für Samstag Proteste an": a day announced, still ahead
    return clause_direction(m, ctx)


_ON_FROM = re.compile(r"\s+an\b|,?\s+bis\s+(?:zum\s+|einschließlich\s+)?"
                      rf"(?:{WEEKDAY_NAME})")
_PAST_AUXILIARY = re.compile(r"\b(?:worden|gewesen|hatte|hatten|war|waren)\b")


# a capitalized adjective after an article makes a weekday a name
_NAMED_DAY_BEFORE = rx(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Aa]m|[Vv]om|[Zz]um|[Ee]ine[mns]?)\s+"
                       r"[A-ZÄÖÜ][a-zäöüß]+e[nmrs]?\s+$")


def _told_before(ctx: Context, pos: int, name: str) -> bool:
    """Whether the text told of this weekday before, in the past tense: a later mention
    of it is the same day (unless a coming one is said: "wieder", "erneut")."""
    sentence_start, sentence_end = sentence_bounds(ctx, pos)
    if _AGAIN.search(ctx.text, sentence_start, sentence_end):
        return False
    stem = name[0].upper() + name[1:].lower()
    at = ctx.text.rfind(stem, max(0, pos - 2000), sentence_start)
    if at < 0 or clause_tense(ctx.text, at) != "past":
        return False
    # the weekday of a day years back ("Am Sonntag, dem 13. Januar 1974, sank das Schiff",
    # "Heute vor 40 Jahren ... Am Sonntag stellte die Bergbehörde die Suche ein") is no day
    # of the dateline's week a later mention could mean again
    lo, hi = sentence_bounds(ctx, at)
    return not far_years(ctx, lo, hi, 2) and not in_anniversary_episode(ctx, at)


_SINCE_BEFORE = rx(r"\b[Ss]eit\s+$")
_AM_BEFORE = rx(r"\b[Aa]m\s+$")
# what stands between the two days of a span: "24. Juli, bis Sonntag, 27. Juli", "19. bis"
_SPAN_JOIN = rx(r"\s*,?\s*(?:bis(?:\s+(?:zum|einschließlich))?|[–-])\s*")
# how far (characters) after a span its weekdays may be named, and its longest length
_SPAN_REACH = 1500
_SPAN_DAYS = 10


def _day_of_span_told(ctx: Context, pos: int, wd: int) -> date | None:
    """The day of weekday `wd` within the span of days the text named last ("vom 24. bis
    27. Juli", at most ten days), when every day the text named since lies within it
    (the text still speaks of those days); None otherwise."""
    days = [(s, e, p) for s, e, p in ctx.placed if s < pos and p.granularity in DAY_LEVEL]
    for i in range(len(days) - 1, 0, -1):
        (_, end1, first), (start2, end2, last) = days[i - 1], days[i]
        if pos - end2 > _SPAN_REACH:
            return None
        length = (last.start - first.start).days
        if 1 <= length <= _SPAN_DAYS and _SPAN_JOIN.fullmatch(ctx.text, end1, start2):
            if not all(first.start <= p.start <= last.start for _, _, p in days[i + 1:]):
                return None
            d = first.start + timedelta(days=(wd - first.start.weekday()) % 7)
            return d if d <= last.start else None
    return None


# how far (characters) after a day the text named a bare weekday still counts from it
# under a dateline that names only a month or a year
_COARSE_REACH = 600


def _day_told_under_coarse_dateline(ctx: Context, pos: int, wd: int) -> date | None:
    """Under a dateline of a month or a year, the weekday `wd` of the week around the
    day the text named last before `pos` (within reach): the first such day from it, or
    the last one up to it when the text named it as an end ("Bis Sonntag, 5. Mai")."""
    for start, _, placed in reversed(ctx.placed):
        if pos - start > _COARSE_REACH:
            return None
        if placed.granularity == "day" or placed.granularity in DAY_LEVEL and \
                (wd - placed.start.weekday()) % 7 in (1, 2):
            # a day named, or a time placed on one the day before ("Am Samstagabend ...
            # am Sonntag um 10 Uhr")
            day = placed.start
            if _SPAN_CLOSING.search(ctx.text, max(0, start - 20), start):
                return day - timedelta(days=(day.weekday() - wd) % 7)
            ahead = (wd - day.weekday()) % 7
            # the next day or two of the same event ("am Samstag, 18. Mai ... Am Sonntag
            # folgt"); a weekday further on is any week's of the month, as writers date
            # it ("Samstag, 19. November ... trifft sich am Dienstag": 1988-WXX-2, 5 of 5)
            return day + timedelta(days=ahead) if ahead <= _SAME_EVENT_DAYS else None
    return None


_SAME_EVENT_DAYS = 2


_SPAN_OPENING = rx(r"\b(?:[Vv]on|[Bb]is|[Aa]b|[Vv]om|[Zz]wischen)\s+$")
_SPAN_CLOSING = rx(r"\b[Bb]is\s+(?:zum\s+|zur\s+|einschlie(?:ß|ss)lich\s+)?$")


def _day_named_in_sentence(ctx: Context, pos: int) -> date | None:
    """The day the text placed last, when it was named in this sentence shortly before
    `pos` and the weekday at `pos` opens or closes a span ("von Samstag, 6 Uhr, bis
    Montag"): such a span is told around that date."""
    if not ctx.placed or not _SPAN_OPENING.search(ctx.text, max(0, pos - 10), pos):
        return None
    start, end, placed = ctx.placed[-1]
    if placed.granularity not in (*DAY_LEVEL, "weekend") or pos - end > 120 or \
            start < sentence_bounds(ctx, pos)[0] or \
            _SINCE_BEFORE.search(ctx.text, max(0, start - 6), start):
        return None  # ("prüft seit Sonntag Proben; ab Donnerstag ...": no span)
    return placed.start


def _day_ahead_in_sentence(ctx: Context, pos: int) -> date | None:
    """The day to come (within a week) the text placed last, named in this sentence."""
    if not ctx.placed:
        return None
    start, _, placed = ctx.placed[-1]
    if placed.granularity not in DAY_LEVEL or start < sentence_bounds(ctx, pos)[0] or \
            not ctx.ref_day < placed.start <= ctx.ref_day + timedelta(days=7):
        return None
    return placed.start


_COORDINATED_WD = rx(rf"(?<![\w-])(?:{WEEKDAY_NAME})\s*(?:,|und|oder|sowie)\s*$")


def _coordinated_first(ctx: Context, pos: int) -> date | None:
    """The day of a weekday placed right before `pos` and joined to it by "und", "oder"
    or a comma ("Donnerstag und Freitag"), else None."""
    co = _COORDINATED_WD.search(ctx.text, max(0, pos - 20), pos)
    if co is None or not ctx.placed:
        return None
    start, end, placed = ctx.placed[-1]
    if start != co.start() or placed.granularity != "day":
        return None
    return placed.start


def _schedule_ahead(m: re.Match, ctx: Context, direction: str) -> bool:
    """Whether a weekday in the present tense lists what comes ("Bereits am Dienstag geht
    es nach Berlin, am Freitag kommen die Freezers"): another weekday of the same sentence
    is named in the present too. Such a list names the coming days, whatever weekday the
    text told of in the past before ("Am Freitag hatten die Kölner verloren")."""
    if direction != "present":
        return False
    lo, hi = sentence_bounds(ctx, m.start())
    others = [w for w in _WEEKDAY_AT_ANY.finditer(ctx.text, lo, hi) if w.start() != m.start()]
    return any(clause_tense(ctx.text, w.start()) == "present" for w in others)


_WEEKDAY_AT_ANY = rx(rf"(?<![\w-])(?:{WEEKDAY_NAME})(?![\w-])")
_DAY_WHEN_AFTER = rx(r",\s+an\s+de[mn]\b")
_DET_BEFORE = rx(r"\b[Dd](?:er|en|em)\s+$")
_AGAIN = rx(r"\b(?:wieder|erneut|nochmals|abermals|kommende[nmrs]?|nächste[nmrs]?)\b")


def _story_went_on(ctx: Context, pos: int) -> bool:
    """Whether a recalled episode has gone on for a while: its year was last written
    before the sentence ahead of `pos`. A weekday right after an old date ("Am 3. Mai 2012
    starb der Vater. Am Montag begann der Prozess") is still news of the dateline's week."""
    start = sentence_bounds(ctx, pos)[0]
    start = sentence_bounds(ctx, max(0, start - 2))[0]
    if far_years(ctx, start, pos, 2):
        return False
    return True


_FOR_DAY = rx(r"\b[Ff]ür\s+(?:den\s+)?(?:kommenden\s+)?$")
_SINCE_UNTIL_BEFORE = rx(r"\b(?:[Ss]eit|[Bb]is|[Aa]b)(?:\s+(?:zum|am))?\s+$")
_WEEK_OFFSET = {"vergangen": -1, "letzt": -1, "vorig": -1, "vorwoche": -1, "kommend": 1,
                "nächst": 1, "folgewoche": 1, "dies": 0, "selb": 0}


def _weekday_of_week(m: re.Match, ctx: Context, wd: int) -> date:
    """"Dienstag vergangener Woche", "am Freitag der kommenden Woche": that weekday of the
    week named; "der selben Woche" is the week of the last day the text named."""
    word = re.sub(r"^(?:der|dieser)\s+", "", group(m, "ofweek").lower()) \
        if not group(m, "ofweek").lower().startswith("dieser") else "dieser"
    n = next(v for k, v in _WEEK_OFFSET.items() if word.startswith(k))
    base = previous_day(ctx)[0] if word.startswith("selb") else ctx.ref_day
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=n)
    return monday + timedelta(days=wd)


# which weekday a date is: "Der Termin (am 5. Mai) fällt auf einen Sonntag" is that date;
# "Heiligabend fällt auf einen Dienstag" names no day of its own
_FALLS_ON_A = rx(r"\b(?:fällt|fallen|fiel|fielen|falle)\s+(?:\w+\s+){0,3}auf\s+einen\s+$")


def weekday(m: re.Match, ctx: Context) -> Timex | None:
    """A weekday ("in der Nacht zum Sonntag" is the night from Saturday: de_match.night_into)."""
    return night_into(m, ctx, _weekday_of_text(m, ctx))


def _weekday_of_text(m: re.Match, ctx: Context) -> Timex | None:
    if _FALLS_ON_A.search(ctx.text, max(0, m.start() - 50), m.start()):
        named = ctx.weekday_placed_before(m.start(), WEEKDAYS[group(m, "weekday").lower()])
        if named is None or group(m, "wpart") or group(m, "part"):
            return None
        return Timex("DATE", named.isoformat(), anchor="previous")
    tx = _weekday(m, ctx)
    if tx is not None and tx.type == "TIME" and group(m, "wedge"):
        tx.mod = EDGE_MODS[group(m, "wedge").lower()]  # "am frühen Mittwochmorgen": START
    if tx is not None and not ctx.narrative and reported_in_clause(ctx.text, m.start()) and \
            not _FOR_DAY.search(ctx.text, max(0, m.start() - 12), m.start()):
        # the day of a report ("bestätigte den Termin am Mittwoch gegenüber der APA"): the
        # text's day stays that of the events told; not the day a report sets for what it
        # announces ("kündigte für Donnerstag um 11 Uhr eine Kundgebung an")
        tx.aside = True
    if tx is not None and not ctx.narrative and first_planned(ctx, m.start(), m.end()):
        tx.aside = True  # "war ursprünglich für vergangenen Freitag geplant": no day told
    return tx


def _weekday(m: re.Match, ctx: Context) -> Timex | None:
    wd = WEEKDAYS[group(m, "weekday").lower()]
    part = group(m, "wpart") or group(m, "part")
    code = day_part_code(part) if part else None
    if group(m, "ofweek") or group(m, "wafter") or group(m, "wbefore"):
        if group(m, "ofweek"):
            d = _weekday_of_week(m, ctx, wd)
            anchor = "previous" if group(m, "ofweek").lower().endswith("selben woche") \
                else ctx.anchor_kind
        elif group(m, "wafter"):
            # "am Samstag darauf": the first such day after the last day named
            base, anchor = previous_day(ctx)
            d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        else:
            # "am Freitag davor": the last such day before it
            base, anchor = previous_day(ctx)
            d = base - timedelta(days=(base.weekday() - wd) % 7 or 7)
        return _on_day(d, code, anchor)
    which = (group(m, "which") or "").lower()
    apposed = None if which else _apposed_day(ctx, m.start(), wd)
    if apposed is not None:
        # "Zwei Tage später, am Samstag, ...": the day just named, called by its weekday
        return _on_day(apposed, code, "previous")
    if which.endswith("folgenden"):
        # "am folgenden Montag", like "Montag darauf"; not after the day of a report
        base, anchor = _day_before_report(ctx) or previous_day(ctx)
        return _weekday_after(base, wd, code, anchor)
    if which.startswith(("kommend", "nächst")) and not ctx.narrative:
        told = _episode_day_told_in_past(m, ctx)
        if told is not None:
            # "Am 1. Oktober 1998 kündigte er an, am kommenden Montag zurückzutreten":
            # the Monday after the day recalled, not the dateline's
            return _weekday_after(told, wd, code, "previous")
    if not which and not part and (first := _coordinated_first(ctx, m.start())) is not None:
        # "für Donnerstag und Freitag", "Samstag oder Sonntag": the first such day after
        # the weekday it is joined to
        return _on_day(first + timedelta(days=(wd - first.weekday()) % 7 or 7), code,
                       "previous")
    if not which:
        near = _day_named_in_sentence(ctx, m.start())
        if near is not None:
            # "Am Wochenende 28./29. August ..., und zwar von Samstag, 6 Uhr, bis Montag,
            # 5 Uhr": the weekdays around the date the sentence just named
            # (a span's end comes after its start: "Seit Mittwoch ... bis Sonntagfrüh")
            closes = _SPAN_CLOSING.search(ctx.text, max(0, m.start() - 20), m.start())
            d = weekday_date(near, wd, "future" if closes else "nearest")
            return _on_day(d, code, "previous")
        told = _day_told_under_coarse_dateline(ctx, m.start(), wd) \
            if ctx.coarse_reference else None
        if told is not None:
            # "am Samstag, 18. Mai ... Am Sonntag folgt" under a dateline of May: the
            # Sunday after that Saturday ("Bis Sonntag, 5. Mai ... Am Donnerstag": before)
            return _on_day(told, code, "previous")
        inside = _day_of_span_told(ctx, m.start(), wd)
        if inside is not None and not _SINCE_BEFORE.search(words_before(ctx, m.start(), 10)) \
                and _weekday_direction(m, ctx) != ("past" if inside > ctx.ref_day else "future"):
            # "Von Donnerstag, 24. Juli, bis Sonntag, 27. Juli, spielen 40 Bands. ... am
            # Samstagabend": the weekday of the days the text is about
            return _on_day(inside, code, "previous")
    direction = _weekday_direction(m, ctx)
    story = story_day(ctx, m.start())
    if direction != "past" and not which and story is None and \
            not _schedule_ahead(m, ctx, direction) and \
            not (direction == "future" and _AM_BEFORE.search(ctx.text, max(0, m.start() - 4),
                                                             m.start())) and \
            _told_before(ctx, m.start(), group(m, "weekday")):
        # "Am Sonntag wählte ... Den Sonntagabend wird er nie vergessen"; not a day a
        # future clause sets ("Höhepunkt wird die Parade am Samstag"): the coming one
        direction = "past"
    if not which and _NAMED_DAY_BEFORE.search(words_before(ctx, m.start(), 30)):
        return None  # "dem Schwarzen Donnerstag", "der Blutige Sonntag": a name
    if story is None and which.startswith(("dies", "jen")):
        episode = recounted_episode(m, ctx)
        if episode is not None and episode[1] in DAY_LEVEL:
            # "jener Sonntag", "dieser Montagabend" in a recalled episode: its own day
            d = weekday_date(episode[0], wd, "present")
            return _on_day(d, code, "previous")
        far = distal_day(ctx, m.start()) if which.startswith("jen") else None
    elif story is None and not which and _DAY_WHEN_AFTER.match(ctx.text, m.end()) and \
            _DET_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        far = distal_day(ctx, m.start())  # "Der Sonntag, an dem die Mauer kam"
    else:
        far = None
    if far is not None:
        # "Jener Sonntag" after a present paragraph: the day of the episode told before
        d = weekday_date(far, wd, "present")
        return _on_day(d, code, "previous")
    if story is None and not which and not _SINCE_UNTIL_BEFORE.search(
            words_before(ctx, m.start(), 12)):  # "Seit Freitag erinnert ...": the present
        episode = recounted_episode(m, ctx)
        if episode is not None and episode[1] in DAY_LEVEL and _story_went_on(
                ctx, m.start()) and not reporting_frame(ctx.text, m.start()):
            # a feature recalling a day: the next such weekday of its story
            d = weekday_date(episode[0], wd, "future")
            return _on_day(d, code, "previous")
    if story is not None and direction == "present":
        direction = "future"
    anchor_day = story or ctx.ref_day
    if direction == "present":
        direction = "future" if not ctx.narrative else "past"
    d = weekday_date(anchor_day, wd, direction)
    if d == anchor_day and not story and re.search(r"\b(?:[Bb]is|[Aa]b)\s+$",
                                                   words_before(ctx, m.start(), 8)) \
            and not (code in ("AF", "EV", "NI") or _CLOCK_APPOSED.match(ctx.text, m.end())) \
            and not (code and clause_tense(ctx.text, m.start()) == "past"):
        # "bis Mittwoch" on a Wednesday is a week ahead; not "bis Montagabend" or "bis
        # Donnerstag, 20 Uhr" said that day: its later hours (2 of 2 gold cases); nor that
        # day's morning in a stretch told as done ("Das Feuer hat bis Montagmorgen 200
        # Hektar erfasst")
        d += timedelta(days=7)
    if not which and not story and direction == "future" and d == ctx.ref_day \
            and (ahead := _day_ahead_in_sentence(ctx, m.start())) is not None:
        # "Am Samstag beginnt ein Brückenfest, am Sonntag segnet der Pfarrer die Brücke"
        # (said on a Sunday): a programme's next day, not the dateline's ("bereits am
        # Freitag" before a Saturday named stays before it)
        d = ahead + timedelta(days=(wd - ahead.weekday()) % 7 or 7)
    last = (group(m, "which") or "").lower().startswith(("vergangen", "letzt", "vorig"))
    if last and (d == anchor_day or (not story and d == anchor_day - timedelta(days=1))):
        # (the day before the dateline is "gestern": "am vergangenen Dienstag" said on a
        # Wednesday is the week before's)
        d -= timedelta(days=7)
    coming = (group(m, "which") or "").lower().startswith(("kommend", "nächst"))
    if coming and d == anchor_day and not story:
        d += timedelta(days=7)  # "am kommenden Dienstag" said on a Tuesday: next week's
    anchor = "previous" if story else ctx.anchor_kind
    part = group(m, "wpart") or group(m, "part")
    return _on_day(d, day_part_code(part) if part else None, anchor)


_APPOSITION = rx(r"\s*,\s*(?:(?:also|dem|am|einem|an\s+einem)\s+){0,2}")


# a report in the Perfekt: "Das hat die Bundesbahndirektion am Mittwoch bestätigt"
_REPORTED_PERFECT = rx(r"\b(?:hat|haben)\b[^.!?]*\b(?:bestätigt|mitgeteilt|angekündigt|"
                       r"bekanntgegeben|bekannt\s+gegeben|berichtet|erklärt|gesagt)\b")


def _day_before_report(ctx: Context) -> tuple[date, str] | None:
    """The day named before the last one, when the last one is only the day a report was
    made ("fährt am 1. Juni zum letzten Mal ein Zug. Das hat die Bahn am Mittwoch
    bestätigt. Vom darauffolgenden Montag an ..." counts from 1 June)."""
    days = [(start, p) for start, _, p in ctx.placed if p.granularity in DAY_LEVEL]
    if len(days) < 2:
        return None
    start, last = days[-1]
    lo, hi = sentence_bounds(ctx, start)
    if last.start > ctx.ref_day or not _REPORTED_PERFECT.search(ctx.text, lo, hi) \
            or start - days[-2][0] > 400:
        return None
    return days[-2][1].start, "previous"


def _apposed_day(ctx: Context, pos: int, wd: int) -> date | None:
    """The day the text placed itself on right before `pos`, when only a comma (and "am")
    stands between them and it falls on weekday `wd`."""
    if not ctx.placed:
        return None
    _, end, placed = ctx.placed[-1]
    if placed.granularity not in DAY_LEVEL or placed.start.weekday() != wd or \
            not _APPOSITION.fullmatch(ctx.text, end, pos):
        return None
    return placed.start


def _weekday_after(base: date, wd: int, code: str | None, anchor: str) -> Timex:
    """The first weekday `wd` after `base` (a week on when `base` is one)."""
    return _on_day(base + timedelta(days=(wd - base.weekday()) % 7 or 7), code, anchor)


def _on_day(d: date, code: str | None, anchor: str) -> Timex:
    """Day `d`, or its part of the day `code` ("EV") when the weekday named one."""
    return Timex("TIME", f"{day_value(d)}T{code}", anchor=anchor) if code else \
        Timex("DATE", day_value(d), anchor=anchor)


def _episode_day_told_in_past(m: re.Match, ctx: Context) -> date | None:
    """The day of the episode a news text recalls at `m`, when the sentence around it
    (its own words aside: "kommenden" reads as future) is told in the past, and names
    that day itself or goes on with a story already under way (right after an old date
    a report of today may follow: "Am 3. Mai 2012 starb der Vater. Der Sohn kündigte an,
    am kommenden Montag auszusagen")."""
    found = episode(ctx, m.start())
    if found is None or found[1] not in DAY_LEVEL:
        return None
    lo, hi = sentence_bounds(ctx, m.start())
    if tense(ctx.text[lo:m.start()] + ctx.text[m.end():hi]) != "past":
        return None
    if far_years(ctx, lo, m.start(), 2) or _story_went_on(ctx, m.start()):
        return found[0]
    # "Am nächsten Montag wählte der Landtag": a coming day told in the past counts from
    # a day gone by, whatever came before
    c_lo = max([lo, *(e.end() for e in _CLAUSE_SEP.finditer(ctx.text, lo, m.start()))])
    c_end = _CLAUSE_SEP.search(ctx.text, m.end(), hi)
    clause = ctx.text[c_lo:m.start()] + ctx.text[m.end():c_end.start() if c_end else hi]
    return found[0] if tense(clause) == "past" else None


_CLAUSE_SEP = rx(r"[,;:]")


def nth_weekday_of_month(m: re.Match, ctx: Context) -> Timex | None:
    """"am letzten Montag im Januar": a day the calendar fixes, in the year the month
    names (the month's year follows tense like a month named alone)."""
    word = group(m, "nth").lower().rstrip(".")
    nth = -1 if word == "letzten" else int(word) if word.isdigit() else \
        {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5}[word]
    month = month_number(group(m, "month"))
    if group(m, "year"):
        year, anchor = int(group(m, "year")), "absolute"
    else:
        year, anchor = year_for_month(m, ctx, month)
    d = nth_weekday(year, month, WEEKDAYS[group(m, "nwd").lower()], nth)
    if d is None:
        return None
    return Timex("DATE", day_value(d), anchor=anchor)


def weekend(m: re.Match, ctx: Context) -> Timex | None:
    which = (group(m, "which") or "").lower()
    if group(m, "wed1"):
        return _dated_weekend(m, ctx)
    if group(m, "wafter"):  # "am Wochenende darauf": the first one after the last day named
        base, anchor = previous_day(ctx)
        sat = base + timedelta(days=(5 - base.weekday()) % 7 or 7)
        return Timex("DATE", f"{week_value(sat)}-WE", anchor=anchor)
    if not which and _WORKDAYS_BEFORE.search(ctx.text, sentence_bounds(ctx, m.start())[0],
                                             m.start()):
        # "Die Bäder sind wochentags von 6.30 bis 20 Uhr geöffnet, am Wochenende ab 8 Uhr":
        # opening hours, every weekend
        return Timex("SET", "XXXX-WXX-WE")
    if not which and "ange" in ctx.text[max(0, m.start() - 8):m.start()]:
        long_one = _long_weekend(m, ctx)
        if long_one is not None:
            return long_one
    story = story_day(ctx, m.start())
    anchor_day = story or ctx.ref_day
    if which.startswith(("vergangen", "letzt", "vorig")):
        direction = "past"
    elif which.startswith(("kommend", "nächst")):
        direction = "future"
    elif which.startswith("dies") or (story is None and named_for_ahead(
            ctx, with_das(ctx, m.start()) or m.start())):
        direction = "present"  # "hat für das Wochenende zum Streik aufgerufen": this one
    else:
        direction = clause_direction(m, ctx)
    if direction == "past":
        sat = weekday_date(anchor_day, 5, "past")
        if anchor_day.weekday() == 6:
            sat = anchor_day - timedelta(days=1)
    elif direction == "future":
        sat = weekday_date(anchor_day, 5, "future")
    elif not which and anchor_day.weekday() <= 1 and m.group().endswith("s"):
        # "die Schneefälle des Wochenendes" said on a Monday or Tuesday: the one just past
        sat = weekday_date(anchor_day, 5, "past")
    else:
        sat = anchor_day + timedelta(days=5 - anchor_day.weekday()) \
            if anchor_day.weekday() <= 5 else anchor_day - timedelta(days=1)
    return Timex("DATE", f"{week_value(sat)}-WE", anchor="previous" if story else ctx.anchor_kind,
                 start=with_das(ctx, m.start()))


_DATE_APPOSED = rx(r",?\s+(?:de[nm]\s+)?(?:3[01]|[12][0-9]|0?[1-9])\.\s*[A-ZÄÖÜ]")
_CLOCK_APPOSED = rx(r",?\s+(?:um\s+)?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s+Uhr\b")
_ADVENT_ORDINALS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4}


def advent_sunday(m: re.Match, ctx: Context) -> Timex | None:
    """"1. Advent", "am dritten Advent": the first Advent Sunday is the last Sunday on or
    before 3 December; the year is that of a December named without one."""
    if _DATE_APPOSED.match(ctx.text, m.end()):
        return None  # "am ersten Adventssonntag, 27. November": the date says it (gold
        # tags the date alone)
    word = group(m, "aord")
    n = int(group(m, "anum")) if group(m, "anum") else \
        next(v for k, v in _ADVENT_ORDINALS.items() if word.lower().startswith(k))
    year, anchor = year_for_month(m, ctx, 12)
    dec3 = date(year, 12, 3)
    first = dec3 - timedelta(days=(dec3.weekday() - 6) % 7)
    return Timex("DATE", day_value(first + timedelta(days=7 * (n - 1))), anchor=anchor)


_WORKDAYS_BEFORE = rx(r"\b(?:[Ww]ochentags|[Ww]erktags|[Mm]ontags\s+bis\s+[Ff]reitags)\b")
_LONG_BEFORE = rx(r"(?<![\w-])lange[ns]?\s+$")
# holidays next to a weekend that make it a long one
_HOLIDAY_NAME = rx(r"(?:Ostern|Oster(?:montag|sonntag)|Karfreitag|Pfingsten|Pfingst(?:montag|"
                   r"sonntag)|(?:Christi\s+)?Himmelfahrt|Fronleichnam|Tag\s+der\s+Deutschen\s+"
                   r"Einheit|Tag\s+der\s+Arbeit|Maifeiertag|Reformationstag|Allerheiligen)")
# days from a holiday to the Saturday of the weekend it makes long (Thursday to Tuesday)
_TO_LONG_SATURDAY = {3: 2, 4: 1, 5: 0, 6: -1, 0: -2, 1: -3}


def _long_weekend(m: re.Match, ctx: Context) -> Timex | None:
    """"Man habe bewusst das lange Wochenende gewählt" after "über Pfingsten": the weekend
    of the holiday the text placed before (else None: the weekend ahead, as any)."""
    long_word = _LONG_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if long_word is None:
        return None
    for start, end, placed in reversed(ctx.placed):
        if start < m.start() and placed.granularity == "day" and \
                _HOLIDAY_NAME.fullmatch(ctx.text, start, end) and \
                placed.start.weekday() in _TO_LONG_SATURDAY:
            sat = placed.start + timedelta(days=_TO_LONG_SATURDAY[placed.start.weekday()])
            return Timex("DATE", f"{week_value(sat)}-WE", anchor="previous",
                         start=long_word.start())
    return None


def _dated_weekend(m: re.Match, ctx: Context) -> Timex | None:
    """"am Wochenende 28./29. August": the weekend of the week those days fall in (the
    span does not depend on whether the year makes them a Saturday and a Sunday, so that
    a text finds the same expressions with and without a dateline)."""
    month = month_number(group(m, "wem"))
    first = int(group(m, "wed1"))
    if group(m, "wey"):
        year, anchor = int(group(m, "wey")), "absolute"
    else:
        year, anchor = year_for_day(m, ctx, month, first)
    try:
        d = date(year, month, first)
    except ValueError:
        return None
    sat = d + timedelta(days=5 - d.weekday())
    return Timex("DATE", f"{week_value(sat)}-WE", anchor=anchor)


def nth_weekend(m: re.Match, ctx: Context) -> Timex | None:
    """"das erste Septemberwochenende" (the weekend of the month's first Saturday), "das
    zweite Adventswochenende" (the weekend of the second Sunday of Advent)."""
    n = ORDINALS[group(m, "ord").lower()]
    if group(m, "wk") == "woche":
        return _nth_week(m, ctx, n)
    if group(m, "advent"):
        if not 1 <= n <= 4:
            return None
        year, anchor = year_for_month(m, ctx, 12)
        eve = date(year, 12, 24)
        fourth = eve - timedelta(days=(eve.weekday() - 6) % 7)  # the Sunday on or before
        sat = fourth - timedelta(days=7 * (4 - n) + 1)
    else:
        month = month_number(group(m, "month"))
        year, anchor = year_for_month(m, ctx, month)
        sat = nth_weekday(year, month, 5, n)
        if sat is None:
            return None
    return Timex("DATE", f"{week_value(sat)}-WE", anchor=anchor, start=with_das(ctx, m.start()))


def _nth_week(m: re.Match, ctx: Context, n: int) -> Timex | None:
    """"in der ersten Januarwoche": the calendar week of the month's first Thursday (of
    its last Thursday for "letzten"), as ISO counts weeks, or the weeks after it."""
    if group(m, "advent"):
        return None
    month = month_number(group(m, "month"))
    year, anchor = year_for_month(m, ctx, month)
    day = nth_week_of_month(year, month, n)
    return Timex("DATE", week_value(day), anchor=anchor) if day else None


_BOOKED = rx(r"[^.;:!?]*?\b(?:reserviert|angesetzt|anberaumt|terminiert|geplant|"
             r"vorgesehen|gebucht|verlängert)\b")
# (also a start: "ein Dienst, der ab Neujahr erreichbar ist", in a sentence told in the past)
_UP_TO_FEAST = rx(r"\b(?:[Bb]is|[Vv]or|[Bb]is\s+zu|[Bb]is\s+vor|[Aa]b)\s+(?:(?:dem|den|der)\s+)?$")


_FEAST_PREPOSITION = rx(r"\b(?:[Zz]u|[Aa]n|[Nn]ach|[Vv]or|[Bb]is|[Ss]eit|[Uu]m)\s+$")


# the name the Chinese New Year goes by in `holiday` ("das chinesische Neujahrsfest")
LUNAR_NEW_YEAR = "chinesisches neujahr"
# the Islamic feasts by their German names: (Hijri month, day) of the first day (hijri.py)
_ISLAMIC_FEASTS = (("zuckerfest", (10, 1)), ("ramadanfest", (10, 1)),
                   ("fest des fastenbrechens", (10, 1)), ("festes des fastenbrechens", (10, 1)),
                   ("opferfest", (12, 10)))
# "des Pessachfestes", "zum Purimfest": the Jewish feast's name without "-fest"
_JEWISH_FEAST_SUFFIX = re.compile(r"(?<!hütten)fest(?:e?s)?$|(?<=hüttenfest)(?:e?s)$")


def holiday(m: re.Match, ctx: Context) -> Timex | None:
    name = re.sub(r"\s+", " ", group(m, "hol").lower())
    name = name.replace("heiligen abend", "heiligabend")
    if name.startswith("chinesisch"):
        name = LUNAR_NEW_YEAR
    hijri = next((day for stem, day in _ISLAMIC_FEASTS if name.startswith(stem)), None)
    jewish = HEBREW_FEAST_NAMES.get(_JEWISH_FEAST_SUFFIX.sub("", name))
    if name == "martini" and not _FEAST_PREPOSITION.search(words_before(ctx, m.start(), 8)):
        return None  # a name or a drink, unless "zu Martini", "nach Martini"
    story = story_day(ctx, m.start())
    if group(m, "year"):
        year, anchor = int(group(m, "year")), "absolute"
    else:
        year, anchor = (story.year, "previous") if story else (ctx.ref_day.year,
                                                               ctx.anchor_kind)

    # "am zweiten Weihnachtsfeiertag": the day after the first, 26 December
    second = (group(m, "hord") or "").lower().startswith("zweit")

    def day_in(y: int) -> date:
        if name == LUNAR_NEW_YEAR:
            return lunar_new_year(y)
        if hijri is not None:  # "das Zuckerfest", "des Opferfestes", "Fest des Fastenbrechens"
            return in_gregorian_year(*hijri, y)
        if jewish is not None:  # "Pessach", "Jom Kippur", "Chanukka"
            return feast_in_year(jewish, y)
        if name in FIXED_HOLIDAYS:
            mo, dd = FIXED_HOLIDAYS[name]
            return date(y, mo, dd + 1 if second else dd)
        if name in ADVENT_HOLIDAYS:
            first_advent = date(y, 11, 27) + timedelta(days=(6 - date(y, 11, 27).weekday()) % 7)
            return first_advent + timedelta(days=ADVENT_HOLIDAYS[name])
        if name in SUNDAY_HOLIDAYS:
            month, nth = SUNDAY_HOLIDAYS[name]
            first = date(y, month, 1)
            return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        return easter_sunday(y) + timedelta(days=EASTER_HOLIDAYS[name])

    d = day_in(year)
    for_ahead = anchor != "absolute" and story is None and named_for_ahead(ctx, m.start())
    # "Auch für Silvester rechnen die Meteorologen mit Regen": a forecast's feast is the
    # coming one, whatever episode the text recalled before
    # "sagte ein Polizeisprecher am Neujahrsmorgen" on New Year's Day: the feast of the
    # report is the dateline's, whatever night of years before the text recalled
    reported_today = d == ctx.ref_day and reporting_frame(ctx.text, m.start())
    recalled = recounted_episode(m, ctx) if anchor != "absolute" and story is None \
        and not for_ahead and not reported_today else None
    if recalled is not None:
        # "Im Dezember 1946 saßen die Bergleute unter Tage. Weihnachten verbrachten sie in
        # der Baracke": the first such feast from the episode's month on (the last one
        # before it when the text looks back: "Ostern hatten sie noch daheim gefeiert")
        since = recalled[0].replace(day=1)
        d = day_in(since.year)
        if looks_back_at(m, ctx):
            if d > recalled[0]:
                d = day_in(since.year - 1)
        elif d < since:
            d = day_in(since.year + 1)
        anchor = "previous"
    elif anchor != "absolute" and story is None:
        direction = "future" if for_ahead else clause_direction(m, ctx)
        ahead = d if d >= ctx.ref_day else day_in(year + 1)
        if direction == "past" and _UP_TO_FEAST.search(words_before(ctx, m.start(), 12)) and (
                (ahead - ctx.ref_day).days <= FEAST_AHEAD_DAYS
                or _BOOKED.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 60))):
            # "schloss Streiks bis Pfingsten nicht aus": a limit a few months ahead; "hat
            # vorsorglich bis Ostern weitere Termine reserviert": dates booked ahead
            direction = "future"
        if direction == "nearest":
            # a plan made before ("Ursprünglich sollte ... bis Pfingsten"): this year's
            # feast or the next, whichever lies closer
            d = min((day_in(y) for y in (year - 1, year, year + 1)),
                    key=lambda c: abs((c - ctx.ref_day).days))
        elif direction == "past" and d > ctx.ref_day + timedelta(days=7):
            d = day_in(year - 1)
        elif direction != "past" and d < ctx.ref_day - timedelta(days=30):
            d = day_in(year + 1)
        elif direction != "future" and name.startswith("silvester") and ctx.ref_day.month == 1 \
                and ctx.ref_day.day <= 20:
            d = day_in(year - 1)  # "die Silvesternacht" in early January: the one just past
        offset = year_offset_before(ctx, m.start()) if not ctx.narrative else None
        if offset and (offset < 0) == (direction == "past"):
            # "Bereits vor drei Jahren war der Albaufstieg über Pfingsten gesperrt": the
            # feast of the year the sentence named
            d = day_in(ctx.ref_day.year + offset)
    if name in ("silvesternacht", "neujahrsnacht", "heilige nacht", "heiligen nacht"):
        # nights of feasts
        return Timex("TIME", f"{day_value(d)}TNI", anchor=anchor)
    if name == "silvesterabend":  # its evening
        return Timex("TIME", f"{day_value(d)}TEV", anchor=anchor)
    if name.endswith(FEAST_DAY_PARTS):  # "am Neujahrsmorgen": that part of the feast
        part = next(p for p in FEAST_DAY_PARTS if name.endswith(p))
        # "am frühen Neujahrsmorgen": its start
        mod = EDGE_MODS.get((group(m, "hedge") or "").lower())
        return Timex("TIME", f"{day_value(d)}T{DAY_PARTS[part]}", mod=mod, anchor=anchor)
    if name.endswith("wochenende"):  # "das Osterwochenende": the weekend of its Saturday
        return Timex("DATE", f"{week_value(d)}-WE", anchor=anchor)
    return Timex("DATE", day_value(d), anchor=anchor)


def election_day(m: re.Match, ctx: Context) -> Timex | None:
    """"am Wahltag", "am Wahlsonntag": the election's day, the first Sunday ahead of the
    dateline the text named before ("Die Bundestagswahl findet am Sonntag, 23. Februar
    statt ... die Wahllokale öffnen am Wahltag von 8 Uhr bis 18 Uhr"; German elections
    are held on Sundays). Untagged when the text named none."""
    if ctx.narrative:
        return None
    for start, _, placed in ctx.placed:
        if start >= m.start():
            break
        if placed.granularity == "day" and placed.start == placed.end and \
                placed.start >= ctx.ref_day and placed.start.weekday() == 6:
            return Timex("DATE", day_value(placed.start), anchor="previous")
    return None


def weekday_by_feast(m: re.Match, ctx: Context) -> Timex | None:
    """"am Mittwoch vor Weihnachten", "am Montag nach Ostern": the first such weekday
    before or after the feast the holiday rule places; "die Woche nach Ostern": the week
    after its week."""
    feast = holiday(m, ctx)
    if feast is None or feast.type != "DATE" or len(feast.value) != 10 \
            or not feast.value[:4].isdigit():
        return None
    day = date.fromisoformat(feast.value)
    if group(m, "fweek"):  # "in der Woche nach Ostern": the calendar week after the feast's
        step = -7 if group(m, "fside").lower() == "vor" else 7
        return Timex("DATE", week_value(day + timedelta(days=step)), anchor=feast.anchor)
    wd = WEEKDAYS[group(m, "fwd").lower()]
    if group(m, "fside").lower() == "vor":
        day -= timedelta(days=(day.weekday() - wd) % 7 or 7)
    else:
        day += timedelta(days=(wd - day.weekday()) % 7 or 7)
    return Timex("DATE", day_value(day), anchor=feast.anchor)

