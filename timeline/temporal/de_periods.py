"""Handlers for the periods of a year: seasons, quarters and halves, ISO weeks, and "the
same period a year earlier"."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.de_calendar import news_month_year, news_season_year
from timeline.temporal.de_lexicon import MONTH_NAME, SEASONS, month_number, number_value
from timeline.temporal.de_match import (
    MOD_WORDS,
    MODS,
    clause_direction,
    counting_base,
    current_year,
    group,
    recalled_apart_from_span,
    recounted_episode,
    rx,
    rx_checked,
    sentence_bounds,
    with_das,
    words_before,
)
from timeline.temporal.de_story import (
    SEASON_MONTHS,
    distal_day,
    in_brackets,
    last_match,
    story_day,
)
from timeline.temporal.de_tense import clause_tense
from timeline.temporal.engine import Context, Timex
from timeline.temporal.resolve import shift
from timeline.temporal.values import Interval, month_value

_UP_TO_SEASON = rx(r"\b[Bb]is\s+(?:zum|in\s+den|ins)\s+$")


def season(m: re.Match, ctx: Context) -> Timex:
    word = (group(m, "season") or group(m, "lseason")).lower()
    code = SEASONS[word]
    pre = (group(m, "pre") or "").lower()
    mod = MOD_WORDS.get((group(m, "mod") or "").lower())
    if pre == "spät":
        mod = "END"
    elif pre == "früh" and code != "SP":
        mod = "START"
    if group(m, "bcy"):
        return Timex("DATE", f"BC{int(group(m, 'bcy')):04d}-{code}", mod=mod)
    if group(m, "year"):
        y = int(group(m, "year"))
        return Timex("DATE", f"{y:04d}-{code}", mod=mod)
    this = (group(m, "this") or "").lower()
    rel = (group(m, "rel") or "").lower()
    if group(m, "after") or this.startswith(("selb", "gleich", "folgend", "darauffolgend")):
        tx = _season_after_previous(ctx, m.start(), code, mod, after=True,
                                    same=this.startswith(("selb", "gleich")))
        if tx is not None:
            return tx
    if this.startswith("jen"):
        # "in jenem Sommer": the season of the time the text tells of, else a past one
        tx = _season_after_previous(ctx, m.start(), code, mod, after=False, same=True)
        if tx is not None and not ctx.narrative and ctx.ref_day.year - int(tx.value[:4]) < 2:
            # the last year named is of the dateline's time ("soll 2014 fertig sein"):
            # "jener" points back to the episode told years ago, as for days
            far = distal_day(ctx, m.start())
            if far is not None:
                return Timex("DATE", f"{far.year:04d}-{code}", mod=mod, anchor="previous")
        if tx is not None:
            return tx
        y = news_season_year(ctx.ref_day, code, "past")
        return Timex("DATE", f"{y:04d}-{code}", mod=mod, anchor=ctx.anchor_kind)
    if (this.startswith(("kommend", "nächst")) or any(w in rel for w in ("nächst", "kommend"))) \
            and not ctx.narrative and recalled_apart_from_span(m, ctx) is not None:
        # "Im Februar 1954 kam sie nach Wien. Im nächsten Frühjahr heiratete sie": the
        # next such season after the episode's date ("des nächsten Jahres": the year after)
        tx = _season_after_previous(ctx, m.start(), code, mod, after=True, next_year=bool(rel))
        if tx is not None:
            return tx
    if rel and any(w in rel for w in ("selben", "gleichen", "folgenden", "jenes")):
        # "im Herbst desselben Jahres", "im Frühjahr des folgenden Jahres", "der Herbst
        # jenes Jahres": the year of the last date the text named
        last = last_dated(ctx, m.start())
        base = last[0].year if last else (story_day(ctx, m.start()) or ctx.ref_day).year
        base += "folgenden" in rel
        return Timex("DATE", f"{base:04d}-{code}", mod=mod,
                     anchor="previous" if last else ctx.anchor_kind)
    if rel:
        base = (story_day(ctx, m.start()) or ctx.ref_day).year
        if any(w in rel for w in ("vorig", "vergangen", "letzt", "vorjahr")):
            base -= 1
        elif any(w in rel for w in ("nächst", "kommend")):
            base += 1
        return Timex("DATE", f"{base:04d}-{code}", mod=mod, anchor=ctx.anchor_kind)
    if not this and not mod and not pre and _SEASON_NAMELIKE.search(
            words_before(ctx, m.start(), 8)):
        return None  # "das Jahr ohne Sommer": a name
    story = story_day(ctx, m.start())
    if story is not None:
        if not this and not mod and _SEASON_HABIT_AFTER.match(ctx.text, m.end()):
            return None  # "trainierte im Winter auch in der Halle": every winter
        return Timex("DATE", f"{story.year:04d}-{code}", mod=mod, anchor="previous")
    if not this and not mod and not pre and not group(m, "det") and not _SEASON_CONTEXT.search(
            words_before(ctx, m.start(), 32)) and not m.group(0).endswith("saison"):
        return None  # "Sommer unter Freunden" (a title); "Die Sommersaison" is no title
    if not this and not _lasting_since(m, ctx) and recounted_episode(m, ctx) is not None:
        # a feature telling an episode, in the historic present too: "1961 ist Karin
        # zwölf. ... Im Herbst zieht die Familie nach Pankow"
        tx = _season_after_previous(ctx, m.start(), code, mod, after=False)
        if tx is not None:
            return tx
    if not this and not ctx.narrative and clause_direction(m, ctx) == "past" and \
            not _lasting_since(m, ctx):
        last = last_dated(ctx, m.start())
        if last is not None and ctx.ref_day.year - last[0].year >= 2 and last[1] in (
                "day", "part_of_day", "hour", "minute", "month", "season"):
            # a report recounting a past year: "Im Januar 1989 ... Im Herbst kam die Wende"
            return _season_after_previous(ctx, m.start(), code, mod, after=False)
    if this.startswith(("dies", "laufend")):
        direction = "current"
    elif this.startswith(("vergangen", "letzt", "vorig")):
        direction = "previous"
    elif this.startswith(("kommend", "nächst")):
        direction = "next"
    else:
        direction = clause_direction(m, ctx)
        if direction == "present" and _DESCRIBED_SEASON.search(words_before(ctx, m.start(), 40)):
            direction = "nearest"  # "Grund ist der extrem heiße Sommer": the one just lived
        elif direction == "past" and _UP_TO_SEASON.search(words_before(ctx, m.start(), 14)):
            # "lieh am Freitag einen Spieler bis zum Sommer aus": a limit set ahead (all 18
            # gold cases of "bis zum/in den" a bare season in news lie ahead)
            direction = "future"
    y = news_season_year(ctx.ref_day, code, direction)
    return Timex("DATE", f"{y:04d}-{code}", mod=mod, anchor=ctx.anchor_kind)


def prior_season(m: re.Match, ctx: Context) -> Timex:
    """"im Vorwinter": the winter before the last one (said in spring, the winter before
    the one just ended); "im Vorjahressommer": last year's summer."""
    if group(m, "vw"):
        year = news_season_year(ctx.ref_day, "WI", "past") - 1
        return Timex("DATE", f"{year:04d}-WI", anchor=ctx.anchor_kind)
    code = SEASONS[group(m, "vs").lower()]
    return Timex("DATE", f"{ctx.ref_day.year - 1:04d}-{code}", anchor=ctx.anchor_kind)


# A season or month the text dated itself ("im Sommer 1995", "Januar 1989"): seasons set
# no "previous" date in the engine, so a season that follows looks for them in the text.
_DATED_PERIOD = rx_checked(rf"(?:(?P<ps>Frühjahr|Frühling|Sommer|Herbst|Winter)s?|"
                           rf"(?P<pm>{MONTH_NAME}))\s+(?:des\s+Jahres\s+)?"
                           r"(?P<py>1[0-9]{3}|20[0-9]{2})(?![0-9])")


def last_dated(ctx: Context, pos: int, prev: Interval | None = None
                ) -> tuple[date, str] | None:
    """The last date the text named before `pos`: a dated season or month close before,
    else the engine's previous date (or `prev`, when given)."""
    found = last_match(_DATED_PERIOD, ctx.text, max(0, pos - 600), pos)
    if prev is None and ctx.previous is not None:
        prev = counting_base(ctx, pos, False) or ctx.previous
    if found is not None and not in_brackets(ctx.text, found.start("py"), found.end("py")):
        if found["ps"]:
            first = SEASON_MONTHS[SEASONS[found["ps"].lower()]][0]
            dated = date(int(found["py"]), first, 1), "season"
        else:
            dated = date(int(found["py"]), month_number(found["pm"]), 1), "month"
        if prev is None or _named_after(ctx, found.start(), prev, dated[0]):
            return dated
    return (prev.start, prev.granularity) if prev is not None else None


def _named_after(ctx: Context, pos: int, prev: Interval, dated: date) -> bool:
    """Whether the period dated at `pos` was named after the placed date `prev` ("Im
    Frühjahr 1996 ... 1979 eingetreten und zehn Jahre später": 1979 is the later told);
    the later date of the two when `prev` was placed nowhere in the text."""
    at = ctx.where_placed(prev)
    return pos > at if at is not None else prev.start < dated


def _season_after_previous(ctx: Context, pos: int, code: str, mod: str | None,
                           after: bool, same: bool = False, next_year: bool = False
                           ) -> Timex | None:
    """"im Frühjahr darauf", "im folgenden Sommer" (after=True): the first such season
    after the last date the text named; "im selben Herbst" (same=True): that date's year;
    "im Frühjahr des nächsten Jahres" (next_year=True): the year after it; a plain "im
    Herbst" (all False): the first such season ending after it."""
    last = last_dated(ctx, pos)
    if last is None:
        return None
    start, granularity = last
    first, end = SEASON_MONTHS[code]
    end = 12 if code == "WI" else end  # a winter carries the year of its December
    if same:
        later = False
    elif next_year:
        later = True
    elif granularity == "year":
        later = after
    elif after:
        later = first <= start.month
    else:
        later = end < start.month
    return Timex("DATE", f"{start.year + later:04d}-{code}", mod=mod, anchor="previous")


_SEASON_NAMELIKE = rx(r"\b[Oo]hne\s+$")
_SEASON_HABIT_AFTER = rx(r"\s+(?:auch|meist|meistens|immer|stets|jeweils|oft|häufig|"
                         r"gewöhnlich|regelmäßig)\b")
_SEASON_CONTEXT = rx(
    r"\b(?:[Ii]m|[Ii]n|[Dd]en|[Dd]em|[Dd]er|[Dd]es|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Zz]um|[Üü]ber|"
    r"[Gg]anzen|[Vv]or|[Nn]ach|[Ww]ährend|[Jj]eden|[Uu]nd|[Oo]der|[Ff]ür|[Dd]as)\s+$"
    # "der (extrem) heiße Sommer": an adjective, perhaps with an intensifier
    # ("vom heißesten Sommer", "von einem „robusten Sommer“")
    r"|\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]in(?:en|em)?|[Vv]om|[Zz]um|[Ii]m)\s+(?:(?:sehr|"
    r"extrem|besonders|ungewöhnlich|außergewöhnlich|außerordentlich|so|zu|recht|ziemlich)"
    r"\s+)?[„\"]?(?:[a-zäöüß]+(?:e|en|er|es)\s+und\s+)?[a-zäöüß]+(?:e|en|er|es)\s+$")


_SINCE_SEASON = rx(r"\b[Ss]eit\s+(?:dem\s+)?$")


def _lasting_since(m: re.Match, ctx: Context) -> bool:
    """Whether the season follows "seit" in a clause told in the present ("Seit dem
    Frühjahr hat ihr Mann wieder Arbeit"): a state lasting until now, from the last such
    season, not one of a story told before."""
    return bool(_SINCE_SEASON.search(words_before(ctx, m.start(), 12))) and \
        clause_tense(ctx.text, m.start()) == "present"


# a definite article and an adjective: a season the reader knows ("der heiße Sommer")
_DESCRIBED_SEASON = rx(r"\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Vv]om|[Zz]um)\s+(?:(?:sehr|extrem|"
                       r"besonders|ungewöhnlich|außergewöhnlich|außerordentlich|so|recht|ziemlich)\s+)?"
                       r"(?!kommende|nächste|vergangene|letzte|vorige)"
                       # ("der heiße und trockene Sommer")
                       r"(?:[a-zäöüß]+(?:e|en|er|es)\s+und\s+)?[a-zäöüß]+(?:e|en|er|es)\s+$")


QUARTER_RX = rx(
    # "Ende des dritten Quartals": an edge word only before the genitive
    rf"(?:(?<![\w-])(?P<qedge>{MODS})\s+(?=des\s))?"
    r"(?:(?P<det>der|dem|des)\s+)?(?<![\w-])"
    r"(?:(?P<ord>(?:erst|zweit|dritt|viert)en?|letzten|[1-4]\.)\s+"
    r"(?P<qunit>Quartals?|Geschäftsquartals?|Trimesters?|Jahreshälfte|Halbjahr(?:e?s)?|"
    r"Hälfte\s+des\s+Jahres)(?![\w-])|"
    r"(?P<sq>Auftakt|Jahresauftakt|Frühjahrs|Sommer|Schluss|Jahresschluss)quartal(?:e?s)?)"
    r"(?:\s+(?:des\s+Jahres\s+)?(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9]))?")


def prior_year_period(m: re.Match, ctx: Context) -> Timex | None:
    """"im Vorjahresquartal", "dem gleichen Zeitraum des Vorjahres": the period the report
    is about (the last quarter or half-year it named), one year earlier."""
    word = (group(m, "vj") or "").lower()
    if "monat" in word:
        prev = ctx.previous
        if prev is not None and prev.granularity == "month":
            return Timex("DATE", month_value(prev.start.year - 1, prev.start.month),
                         anchor="previous")
        d = shift(ctx.ref_day, "month", -1)
        return Timex("DATE", month_value(d.year - 1, d.month), anchor=ctx.anchor_kind)
    named = None
    for q in QUARTER_RX.finditer(ctx.text, max(0, m.start() - 1500), m.start()):
        named = q
    if named is not None:
        tx = quarter(named, ctx)
        if tx is not None:
            return Timex("DATE", f"{int(tx.value[:4]) - 1:04d}{tx.value[4:]}", anchor="previous")
    month = _month_of_sentence(ctx, m.start()) if "zeitraum" in word else None
    if month is not None:
        # "Seit dem Saisonstart Anfang Dezember wurden mehr Karten verkauft als im
        # Vorjahreszeitraum": the month the sentence named, a year earlier
        return Timex("DATE", month_value(month.year - 1, month.month), anchor="previous")
    if "halbjahr" in word:
        d = shift(ctx.ref_day, "month", -6)
        return Timex("DATE", f"{d.year - 1:04d}-H{(d.month - 1) // 6 + 1}",
                     anchor=ctx.anchor_kind)
    if "quartal" in word:
        d = shift(ctx.ref_day, "month", -3)
        return Timex("DATE", f"{d.year - 1:04d}-Q{(d.month - 1) // 3 + 1}",
                     anchor=ctx.anchor_kind)
    return Timex("DATE", f"{ctx.ref_day.year - 1:04d}", anchor=ctx.anchor_kind)


def _month_of_sentence(ctx: Context, pos: int) -> date | None:
    """The first day of the month the text placed last, when that is in the sentence at
    `pos` and nothing finer or coarser was placed after it; else None."""
    if not ctx.placed:
        return None
    start, _, placed = ctx.placed[-1]
    if placed.granularity != "month" or start < sentence_bounds(ctx, pos)[0]:
        return None
    return placed.start


# the quarters business news names by the season or their place in the year
# ("Winterquartal" and "Herbstquartal" are left out: they name the fourth or the first)
_NAMED_QUARTERS = {"auftakt": 1, "jahresauftakt": 1, "frühjahrs": 2, "sommer": 3,
                   "schluss": 4, "jahresschluss": 4}


_QUARTER_MONTHS = rx(rf"(?:\s*,\s*(?:das|der|die)(?:\s+\S+){{0,2}}?)?\s+(?:von|vom)\s+"
                     rf"(?P<qm1>{MONTH_NAME})\s+bis\s+(?:(?:Ende|zum)\s+)?(?P<qm2>{MONTH_NAME})")


def quarter(m: re.Match, ctx: Context) -> Timex | None:
    sq = group(m, "sq")
    n = _NAMED_QUARTERS[sq.lower()] if sq else _ordinal(group(m, "ord"))
    if n is None:
        return None
    unit = (group(m, "qunit") or "quartal").lower()
    halves = "hälfte" in unit or "halbjahr" in unit
    if halves and n not in (1, 2):
        return None
    months = None if halves else _QUARTER_MONTHS.match(ctx.text, m.end())
    if months is not None:
        first, last = month_number(months["qm1"]), month_number(months["qm2"])
        if (last - first) % 12 == 2 and first % 3 == 1:
            # a business quarter whose months the text states: "Im ersten Quartal, das von
            # Oktober bis Dezember reicht", "das vierte Geschäftsquartal von Juli bis
            # September": the calendar quarter of those months
            year = news_month_year(ctx.ref_day, first, clause_direction(m, ctx)) \
                if not ctx.narrative else current_year(ctx, m.start())[0]
            return Timex("DATE", f"{year:04d}-Q{(first - 1) // 3 + 1}", anchor=ctx.anchor_kind,
                         start=None if group(m, "det") else with_das(ctx, m.start()))
    if unit.startswith("geschäfts"):
        return None  # a business quarter of a fiscal year the text does not state
    named = None if group(m, "year") or ctx.narrative else _year_just_named(ctx, m.start())
    if group(m, "year"):
        year, anchor = int(group(m, "year")), "absolute"
    elif named is not None:
        # "Für 2013 sei er vorsichtig: Die Lage werde sich frühestens im zweiten Halbjahr
        # bessern": the half of the year just named
        year, anchor = named, "previous"
    else:
        year, anchor = current_year(ctx, m.start())
        if not ctx.narrative:
            cur = (ctx.ref_day.month - 1) // (6 if halves else 3) + 1
            d = clause_direction(m, ctx)
            if d == "future" and _AFTER_A.search(ctx.text, max(0, m.start() - 40), m.start()):
                d = "past"  # "erwartet ein Plus, nach einem schwachen ersten Quartal"
            if d == "past" and n > cur:
                year -= 1
            elif d == "past" and n == cur == 1 and halves and ctx.ref_day < date(year, 6, 10):
                year -= 1  # results of a half-year still under way: the last one's
            elif d == "future" and n < cur and not (
                    n == cur - 1 and _FIGURES.search(ctx.text, *sentence_bounds(ctx, m.start()))):
                year += 1  # (not the figures of the quarter just ended: "die Zahlen für das
                # dritte Quartal will die Bank Anfang November vorlegen")
            elif d == "future" and n == cur and _ends_within(ctx.ref_day, n, halves, 14):
                year += 1  # "Erst in der zweiten Jahreshälfte rechnen wir ..." said on 30
                # December: next year's
            elif d == "present" and halves and n == cur == 2 and ctx.ref_day.month == 12 \
                    and _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
                year += 1  # "Die Erholung kommt in der zweiten Jahreshälfte" said in
                # December: next year's (not "die Zahlen für das zweite Halbjahr")
            elif d == "present" and n == cur % (2 if halves else 4) + 1 == 1 and \
                    _ends_within(ctx.ref_day, cur, halves, 31):
                year += 1  # "Im ersten Quartal dürfte die Nachfrage sinken" said in late
                # December: the quarter about to begin, not the one long gone
    start = None if group(m, "det") else with_das(ctx, m.start())  # "das zweite Halbjahr"
    mod = MOD_WORDS.get((group(m, "qedge") or "").lower())
    value = f"{year:04d}-H{n}" if halves else f"{year:04d}-Q{n}"
    return Timex("DATE", value, mod=mod, anchor=anchor, start=start)


_IN_BEFORE = re.compile(r"\b(?:in|im)\s+$")
# what a text looks back on: "nach einem schwachen ersten Quartal"
_AFTER_A = re.compile(r"\b[Nn]ach\s+(?:einem|dem|einer|der)\s+(?:[a-zäöüß]+\s+){0,2}$")
_FIGURES = re.compile(r"\b(?:Zahlen|Ergebnis(?:se)?|Bilanz|Quartalsbericht|vorlegen|vorgelegt|"
                      r"veröffentlichen|veröffentlicht)\b")


def _ends_within(day: date, n: int, halves: bool, days: int) -> bool:
    """Whether quarter (or half) `n` of `day`'s year ends within `days` days of `day`."""
    last_month = n * (6 if halves else 3)
    end = date(day.year + (last_month == 12), last_month % 12 + 1, 1)
    return (end - day).days <= days


_SPAN_WORD_BEFORE = rx(r"\b(?:[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Zz]wischen)\s+"
                       r"(?:(?:dem\s+)?Jahre?\s+)?$")


def _year_just_named(ctx: Context, pos: int) -> int | None:
    """The coming year a news text wrote last in digits, close before `pos` ("Für 2013
    sei er vorsichtig: ... im zweiten Halbjahr"), not the start or end of a span ("bis
    2013"), when the clause at `pos` is not told in the past: an outlook's halves and
    quarters are that year's. (A year gone by is no such frame: "der Umsatz lag 2007 bei
    19 Millionen. Im ersten Quartal legte er zu" is this year's quarter.)"""
    if not ctx.placed:
        return None
    start, end, placed = ctx.placed[-1]
    if placed.granularity != "year" or placed.start.year != ctx.ref_day.year + 1 or \
            pos - end > 200 or not ctx.text[start:end].strip()[-4:].isdigit() or \
            _SPAN_WORD_BEFORE.search(ctx.text, max(0, start - 20), start) or \
            clause_tense(ctx.text, pos) == "past":
        return None
    return placed.start.year


def _ordinal(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.isdigit():
        return int(w)
    return {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4, "letzten": 4, "letzte": 4}.get(w)


def quarter_code(m: re.Match, ctx: Context) -> Timex | None:
    """"Q3 2014", "Q1/15" (business news)."""
    q = int(group(m, "q"))
    if group(m, "qy"):
        y = int(group(m, "qy"))
        return Timex("DATE", f"{y + 2000 if y < 100 else y:04d}-Q{q}")
    year, anchor = current_year(ctx, m.start())
    return Timex("DATE", f"{year:04d}-Q{q}", anchor=anchor)


def iso_week(m: re.Match, ctx: Context) -> Timex | None:
    if group(m, "wordth"):
        w = _ordinal_word(group(m, "wordth"))
        if w is None:
            return None  # "der letzten Kalenderwoche": another rule's, or no week
    else:
        w = int(group(m, "week") or group(m, "week2"))
    if not 1 <= w <= 53:
        return None
    if group(m, "year"):
        return Timex("DATE", f"{int(m['year']):04d}-W{w:02d}")
    year, anchor = current_year(ctx, m.start())
    return Timex("DATE", f"{year:04d}-W{w:02d}", anchor=anchor)


_IRREGULAR_ORDINALS = {"ersten": 1, "erste": 1, "dritten": 3, "dritte": 3, "siebten": 7,
                       "siebte": 7, "achten": 8, "achte": 8}


def _ordinal_word(word: str) -> int | None:
    """The number of a German ordinal in words ("neunten" 9, "zwanzigsten" 20)."""
    w = word.lower()
    if w in _IRREGULAR_ORDINALS:
        return _IRREGULAR_ORDINALS[w]
    stem = re.sub(r"s?te[nr]?$", "", w)
    n = number_value(stem) if stem != w else None
    return int(n) if n and float(n).is_integer() else None


def whole_year(m: re.Match, ctx: Context) -> Timex | None:
    """"im Gesamtjahr 2014" is the calendar year 2014 taken whole (a date, as "das
    Gesamtjahr" alone is); "für das Gesamtjahr" alone is the business year of the
    report: the dateline's, or the one before in a report of the first quarter told in
    the past ("Im Gesamtjahr stieg der Umsatz", said in March)."""
    if group(m, "bare") is None:
        return Timex("DATE", group(m, "year"))
    year = ctx.ref_day.year
    if ctx.ref_day.month <= 3 and clause_direction(m, ctx) == "past":
        year -= 1
    return Timex("DATE", f"{year:04d}", anchor=ctx.anchor_kind)


def this_decade(m: re.Match, ctx: Context) -> Timex | None:
    """"bis zum Ende des Jahrzehnts", "Anfang dieses Jahrzehnts": the decade of the story
    or of the dateline. "des Jahrzehnts" without a position word ("der Sieg des
    Jahrzehnts") names no time."""
    mod = MOD_WORDS.get((group(m, "mod") or "").lower())
    if mod is None and not m.group(0).lower().startswith("dieses"):
        return None
    story = story_day(ctx, m.start())
    year = (story or ctx.ref_day).year
    return Timex("DATE", f"{year // 10:03d}", mod=mod,
                 anchor="previous" if story else ctx.anchor_kind)
