"""Where a narrative stands in time: the year its relative dates count from.

An encyclopedia article or a history names dates and then speaks relative to them
("Am 3. September", "zwei Tage später"). The engine passes the last placed date; a bare
year, though, often points elsewhere ("seit 1871", "(1908)", "1870/71"), so the story's
year is then the last year it stated firmly.

News has stories inside it too: a feature recalls an episode years back ("Im Herbst 1989
arbeitete sie in Leipzig. Am 9. Oktober ..."), and its yearless dates follow the episode
until the text comes back to its own time (`episode`).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from timeline.temporal.de_lexicon import MONTH_NAME, SEASONS, WEEKDAY_NAME, month_number
from timeline.temporal.de_tense import clause_tense
from timeline.temporal.de_triggers import TRIGGERS
from timeline.temporal.engine import Context
from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.values import Interval


def _rx(pattern: str) -> re.Pattern:
    return with_first_char_check(re.compile(pattern))  # searched over stretches of text


def story_day(ctx: Context, pos: int | None = None) -> date | None:
    """The day the story last placed itself on, when relative expressions follow the
    story rather than the dateline. A bare year that points elsewhere ("seit 1871",
    "(1908)", "1870/71") does not move the story: then its last firm year counts."""
    if not ctx.narrative:
        return None
    prev = ctx.previous
    if pos is not None and (prev is None or prev.granularity in ("year", "decade", "century")):
        firm = _last_firm_year(ctx.text, pos)
        if firm is not None and (prev is None or firm[1] != prev.start.year) and not (
                prev is not None and _RELATIVE_YEAR.search(ctx.text, firm[0], pos)):
            return date(firm[1], 1, 1)
    if prev is not None and prev.granularity == "month" and pos is not None:
        later = _later_full_date(ctx, pos, prev.start)
        if later is not None:
            return later
    return prev.start if prev is not None else None


def _later_full_date(ctx: Context, pos: int, month_start: date) -> date | None:
    """A full date written before a month of an earlier year: the story stood there, and
    the month was a look back ("Der Prozess begann am 8. April 1889, zwei Jahre nach der
    Tat im April 1887. Am 16. April ..." is 1889's)."""
    found = last_match(_FULL_DATE, ctx.text, max(0, pos - 600), pos)
    if found is None or int(found["fy"]) <= month_start.year:
        return None
    return _full_date(found)


_ANY_YEAR = _rx(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d])")
_WEAK_BEFORE = _rx(r"(?:[(/–-]\s*|\b(?:[Ss]eit|[Bb]is|[Vv]on|[Vv]or|[Nn]ach|[Zz]wischen|und|oder|"
                   r"[Aa]b)\s+)$")
_WEAK_AFTER = _rx(r"^\s*[)/–-]")


@lru_cache(maxsize=16)
def _year_tokens(text: str) -> tuple[list[int], list[tuple[int, int, bool]]]:
    """Every year written as digits ("1941", the "71" of "1870/71"): position, value and
    whether it is weak (in parentheses, a range or a "seit/bis" phrase)."""
    positions, tokens = [], []
    for m in _ANY_YEAR.finditer(text):
        s, e = m.span()
        year = int(m.group(1))
        weak = bool(_WEAK_BEFORE.search(text[max(0, s - 12):s]) or
                    _WEAK_AFTER.match(text[e:e + 3]))
        positions.append(s)
        tokens.append((s, year, weak))
        short = _SHORT_YEAR.match(text, e)
        if short:
            y2 = year // 100 * 100 + int(short.group(1))
            positions.append(short.start(1))
            tokens.append((short.start(1), y2 + 100 if y2 <= year else y2, True))
    return positions, tokens


_SHORT_YEAR = _rx(r"/(\d{2})(?![\d.])")


_FIRM_BEFORE = _rx(
    rf"(?:\b\d{{1,2}}\.\s*(?:{MONTH_NAME})|\b(?:{MONTH_NAME}|Jahre?s?|Anfang|Mitte|Ende|"
    r"Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter|[Ii]m|[Ii]n|[Ee]rst|[Ss]chon|[Bb]ereits|"
    r"[Nn]och|[Aa]uch))\s+$|(?:^|[.!?]\s+|\n\s*)$")
_FIRM_AFTER = _rx(r"^(?:[ \t]*\n|\s+[a-zäöüß])")


@lru_cache(maxsize=16)
def _firm_years(text: str) -> tuple[list[int], list[int]]:
    """Positions and values of the years the story states as its own time: in a date
    ("22. Juni 1941", "im Sommer 1940"), opening a sentence or a heading, or right before
    the verb ("1991 erhielt er")."""
    positions, years = [], []
    for p, y, weak in _year_tokens(text)[1]:
        if weak:
            continue
        e = p + 4
        if _FIRM_BEFORE.search(text[max(0, p - 25):p]) or _FIRM_AFTER.match(text[e:e + 3]):
            positions.append(p)
            years.append(y)
    # "im Winter 1946/47": the story goes on in the second year
    for m in _SEASON_SPAN.finditer(text):
        y2 = int(m["y1"]) // 100 * 100 + int(m["y2"])
        i = bisect.bisect_left(positions, m.start("y2"))
        positions.insert(i, m.start("y2"))
        years.insert(i, y2 + 100 if y2 <= int(m["y1"]) else y2)
    return positions, years


_SEASON_SPAN = _rx(r"\b(?:Winter|Herbst|Sommer)s?\s+(?P<y1>1[0-9]{3}|20[0-9]{2})/"
                   r"(?P<y2>\d{2})(?![\d.])")


def _last_firm_year(text: str, pos: int) -> tuple[int, int] | None:
    positions, years = _firm_years(text)
    i = bisect.bisect_left(positions, pos) - 1
    return (positions[i], years[i]) if i >= 0 else None


# A year named relative to the story ("im nächsten Jahr") moves it on from its last firm year.
_RELATIVE_YEAR = _rx(r"(?:nächsten|folgenden|neuen|kommenden|darauffolgenden)\s+Jahr|"
                     r"Folgejahr|Jahr\s+darauf|Jahreswechsel")


# --- flashbacks in news ------------------------------------------------------------------
# A feature dated 2009 recalls an episode of 1989 ("Im Herbst 1989 arbeitete sie in Leipzig.
# Am 9. Oktober ..."): its yearless dates count from the episode until the text comes back
# to its own time.

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of `pattern` in text[lo:hi]."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 (the last one is wanted)
        pass
    return found


def _full_date(found: re.Match) -> date | None:
    """The day a _FULL_DATE match names (None for an impossible one, "31. Februar")."""
    try:
        return date(int(found["fy"]), month_number(found["fm"]), int(found["fd"]))
    except ValueError:
        return None


DAY_LEVEL = ("day", "part_of_day", "hour", "minute")
# How far back (characters) an episode's year may be written.
EPISODE_WINDOW = 1500
# Words with which a text comes back from a recalled episode to its own time.
_BACK_TO_PRESENT = _rx(
    r"(?<![\w-])(?:[Hh]eute|[Ii]nzwischen|[Mm]ittlerweile|[Jj]etzt|[Ss]either|[Dd]erzeit|"
    r"[Gg]estern|[Hh]euer|[Ss]eitdem|[Nn]och\s+immer|(?:diese[rn]?|vergangene[rn]?|"
    r"letzte[rn]?|kommende[rn]?|nächste[rn]?)\s+Woche)(?![\w-])")


def episode(ctx: Context, pos: int) -> tuple[date, str] | None:
    """The past episode a news text is recalling at `pos` (a flashback in a feature: "Im
    Herbst 1989 arbeitete sie in Leipzig. Am 9. Oktober ..."): its last placed date and
    granularity, or None when the text speaks from its dateline. The episode lies at least
    two years before the dateline, and no word since its last date ("heute",
    "inzwischen", a year near the dateline) has brought the text back to the present."""
    if ctx.narrative or not _far_year_before(ctx, pos):
        return None
    prev = ctx.previous
    scene = _last_scene(ctx, pos)
    if prev is not None and prev.granularity in (*DAY_LEVEL, "month", "year") and \
            ctx.ref_day.year - prev.start.year >= 2 and (
                scene is None or prev.start >= scene[0] or prev.start.year == scene[0].year):
        if prev.granularity == "year":
            # only a year the story states as its time, close before: "1989 zog sie nach
            # Leipzig. Am 9. Oktober ...", not "seit 1949" or "(1972)"
            lead = last_match(_STORY_YEAR, ctx.text, max(0, pos - 250), pos)
            if lead is not None and _SINCE_BEFORE_YEAR.search(
                    ctx.text, max(0, lead.start() - 60), lead.start()):
                return None  # "seit Beginn der Aufzeichnungen im Jahr 1881": no story's year
            if lead is not None and int(lead["sy"]) == prev.start.year:
                since = lead.end()
            elif lead is not None and 0 < prev.start.year - int(lead["sy"]) <= \
                    _counted_span(ctx, prev.start.year, lead.end(), pos) and (
                    scene is None or scene[2] < lead.start()):
                # a year counted on from the story's ("1975 kommt sie ... Drei Jahre
                # später heiratet sie, im Jahr darauf ...")
                since = lead.end()
            elif scene is not None and 0 <= prev.start.year - scene[0].year <= 3:
                since = scene[2]  # a year the story counted on: "Im Herbst 1989 ... darauf"
            else:
                return None
        else:
            if _named_after_since(ctx, prev) or _named_in_comparison(ctx, prev) or \
                    _named_in_relative_clause(ctx, prev):
                # "auf den tiefsten Stand seit Dezember 2016 ... Dort entstanden im
                # Dezember": where a span began opens no episode a later month is of;
                # nor does a time compared with ("doppelt so viele wie im Juli 2019") or
                # one a relative clause names
                return None
            # from the last time the text wrote the episode's year
            at = ctx.text.rfind(str(prev.start.year), max(0, pos - EPISODE_WINDOW), pos)
            since = at + 4 if at >= 0 else max(0, pos - 250)
            if at < 0 and (ago := last_match(_DAY_YEARS_AGO, ctx.text,
                                             max(0, pos - EPISODE_WINDOW), pos)) is not None:
                since = ago.end()  # (its "heute" is the anniversary's, no return to now)
        found = (prev.start, prev.granularity, since)
    elif scene is not None and ctx.ref_day.year - scene[0].year >= 2 and (
            prev is None or (prev.start.year >= ctx.ref_day.year - 1 and
                             not _DATE_WORD.search(ctx.text, scene[2], pos)) or
            (prev.start < scene[0] and ctx.ref_day.year - prev.start.year >= 2)):
        # a later date of the dateline's time would come after the scene; an older one
        # ("1978 ... Im Herbst 1989 ...") gives way to it
        found = scene
    else:
        return None
    if _returns_to_present(ctx, found[2], pos) or any(
            ctx.tense(s.start()) == "present"
            for s in _SINCE_YEAR.finditer(ctx.text, found[2], pos)):
        return None  # "Seit 1991 lebt sie in Potsdam": back to the present
    return found[0], found[1]


_SINCE_JUST_BEFORE = _rx(r"\b[Ss]eit\s+(?:(?:dem|den|der|Anfang|Mitte|Ende)\s+)?$")


def _named_after_since(ctx: Context, prev: Interval) -> bool:
    """Whether the placed date `prev` was named right after "seit"."""
    at = ctx.where_placed(prev)
    return at is not None and bool(_SINCE_JUST_BEFORE.search(ctx.text, max(0, at - 20), at))


# a relative clause a date stands in: "seit der Neufassung des Gesetzes, die am 1. März
# 2010 in Kraft trat" (a fact about a thing, no episode the text goes on telling)
_RELATIVE_CLAUSE_BEFORE = _rx(r",\s*(?:die|der|das|welche[rs]?)\s+(?:[^\s,.;:!?]+\s+){0,3}$")


def _named_in_relative_clause(ctx: Context, prev: Interval) -> bool:
    """Whether the placed date `prev` was named in a relative clause, with a full stop
    after that clause."""
    at = ctx.where_placed(prev)
    if at is None or not _RELATIVE_CLAUSE_BEFORE.search(ctx.text, max(0, at - 50), at):
        return False
    return bool(_CLAUSE_THEN_STOP.match(ctx.text, at))


_CLAUSE_THEN_STOP = _rx(r"[^,;:!?\n]{0,80}?[a-zäöüß]\.(?:\s|$)")


_COMPARED_WITH = _rx(r"\b(?:wie|als|gegenüber|verglichen\s+mit|[Vv]ergleich\s+(?:zu|zum|zur|mit))"
                     r"\s+(?:(?:im|in|am|vom|zum|zur|dem|den|der|des)\s+)?"
                     r"(?:(?:Anfang|Mitte|Ende)\s+)?$")


def _named_in_comparison(ctx: Context, prev: Interval) -> bool:
    """Whether the placed date `prev` was named as a time compared with ("wie im Juli
    2019", "gegenüber dem Vorjahresmonat März 2020")."""
    at = ctx.where_placed(prev)
    return at is not None and bool(_COMPARED_WITH.search(ctx.text, max(0, at - 30), at))


def _counted_span(ctx: Context, year: int, lo: int, hi: int) -> int:
    """How many years after the story's year a later year may lie and still be the
    story's: ten when it is written in digits (a new year the text names), more when the
    text counted it on without writing it ("1888 ... Zehn Jahre später ... Im Jahr darauf"
    is 1899)."""
    starts, years = _written_years(ctx.text)
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return 10 if year in years[first:last] else 60


_SINCE_YEAR = _rx(r"\b[Ss]eit\s+(?:dem\s+Jahr\s+)?(1[0-9]{3}|20[0-9]{2})(?![0-9])")


def _last_scene(ctx: Context, pos: int) -> tuple[date, str, int] | None:
    """The last season or month with a year two or more before the dateline's named
    before `pos` ("Herbst 1989"): its first day, granularity and end offset. Seasons set
    no previous date in the engine, so the text is searched for them."""
    for at, year in far_years(ctx, pos - EPISODE_WINDOW, pos, 2):
        lead = _PERIOD_LEAD.search(ctx.text, max(0, at - 30), at)
        if lead is None or LAST_TIME_BEFORE.search(ctx.text, max(0, lead.start() - 14),
                                                   lead.start()):
            continue  # (not "So kalt war es zuletzt im Februar 1956": a comparison)
        if lead["ps"]:
            first = SEASON_MONTHS[SEASONS[lead["ps"].lower()]][0]
            return date(year, first, 1), "season", at + 4
        return date(year, month_number(lead["pm"]), 1), "month", at + 4
    return None


# "So kalt war es zuletzt im Februar 1956": the last time it was so, a comparison
LAST_TIME_BEFORE = _rx(r"\b[Zz]uletzt\s+(?:im|am|vor|zu|in|zum)?\s*$")
# the words before the year of a dated season or month ("im Herbst [1989]")
_PERIOD_LEAD = _rx(rf"(?:(?P<ps>Frühjahr|Frühling|Sommer|Herbst|Winter)s?|(?P<pm>{MONTH_NAME}))"
                   r"\s+(?:des\s+Jahres\s+)?$")


def far_years(ctx: Context, lo: int, hi: int, gap: int) -> list[tuple[int, int]]:
    """The years `gap` or more before the dateline's written between `lo` and `hi`, last
    first: offset and year."""
    starts, years = _written_years(ctx.text)
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    limit = ctx.ref_day.year - gap
    return [(starts[i], years[i]) for i in range(last - 1, first - 1, -1) if years[i] <= limit]


def _far_year_before(ctx: Context, pos: int) -> bool:
    """Whether a year two or more before the dateline's is written shortly before `pos`
    (every episode names one; most news names none, and this test is cheap), or the text
    opened its episode with the day years back: "Heute vor 40 Jahren brach ... ein"."""
    return bool(far_years(ctx, pos - EPISODE_WINDOW, pos, 2)) or in_anniversary_episode(ctx, pos)


def in_anniversary_episode(ctx: Context, pos: int) -> bool:
    """Whether `pos` follows an episode opened with its day years back ("Heute vor 40
    Jahren brach ... ein"), within the reach of an episode."""
    lo = max(0, pos - EPISODE_WINDOW)
    return "vor" in ctx.text[lo:pos] and _DAY_YEARS_AGO.search(ctx.text, lo, pos) is not None


# the day of an anniversary, years back: "Heute vor 40 Jahren", "heute vor zehn Jahren"
_DAY_YEARS_AGO = _rx(r"\b[Hh]eute\s+vor\s+(?:[2-9]|\d{2,3}|zwei|drei|vier|fünf|sechs|sieben|acht|"
                     r"neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|"
                     r"achtzig|neunzig|hundert)\s+Jahren\b")


@lru_cache(maxsize=16)
def _written_years(text: str) -> tuple[list[int], list[int]]:
    """Offsets and values of the years written in digits (1000-2099), from the digit runs
    the trigger pass found anyway."""
    starts, years = [], []
    for s, e in TRIGGERS.find(text).get("digit", ()):
        if e - s == 4 and (text[s] == "1" or text.startswith("20", s)) and (
                s == 0 or text[s - 1] not in ".,"):
            starts.append(s)
            years.append(int(text[s:e]))
    return starts, years


# Any word that may place a date (the engine's last date is newer than the scene then).
_DATE_WORD = _rx(rf"\d|(?<![\w-])(?:{WEEKDAY_NAME}|{MONTH_NAME}|Jahr|Jahre[ns]?|Woche|Wochen|"
                 r"Monat|Monate[ns]?|Tag|Tage[ns]?|[Hh]eute|[Gg]estern|[Mm]orgen|[Hh]euer)")


# "die heute 71 Jahre alte Frau", "der heute 62-Jährige", "Elfriede Maier, heute 71,":
# an age now, said in passing
_AGE_AFTER_HEUTE = _rx(r"\s+(?:\d+|[a-zäöüß]+)(?:\s+(?:oder|bis|und)\s+\d+)?\s+Jahre\s+"
                       r"alt(?:e[nmrs]?)?\b|\s+\d+-[Jj]ährige")
_BARE_AGE = _rx(r"\s+\d{1,3}\s*[,)]")
_APPOSITION_BEFORE = _rx(r"[,(]\s*$")


def age_after_heute(text: str, start: int, end: int) -> bool:
    """Whether the "heute" at text[start:end] gives an age now ("die heute 71 Jahre alte
    Frau", "der heute 62-Jährige", "Elfriede Maier, heute 71, ...")."""
    if _AGE_AFTER_HEUTE.match(text, end):
        return True
    return bool(_BARE_AGE.match(text, end) and
                _APPOSITION_BEFORE.search(text, max(0, start - 3), start))


# A time named from the dateline ("im vergangenen Herbst", "voriges Jahr", "im Vorjahr",
# "dieses Jahr"), not from the story: the text speaks of its own time again. A coming one
# ("im kommenden Winter") does so unless told in the past ("Im kommenden Winter fror sie");
# one of a stretch named after ("im letzten Sommer des Krieges", "am letzten Sonntag im
# Mai") is no time of the dateline.
_PERIOD_WORD = (r"Jahr(?:es|s)?|Herbst|Sommer|Winter|Frühjahr|Frühling|Monats?|Wochenende|"
                rf"{MONTH_NAME}|{WEEKDAY_NAME}")
_DATELINE_PERIOD = _rx(
    rf"(?<![\w-])(?:(?P<back>[Vv]ergangene[nms]?|[Ll]etzte[nms]?|[Vv]orige[nms]?)\s+"
    rf"(?:{_PERIOD_WORD})|Vorjahr(?:es|s)?|[Dd]ieses\s+Jahr(?:es)?|"
    r"[Dd]iesen\s+(?:Herbst|Sommer|Winter|Frühling|Monat)|"
    rf"(?P<ahead>[Kk]ommende[nms]?|[Nn]ächste[nms]?)\s+(?:{_PERIOD_WORD}))(?![\w-])"
    rf"(?!\s+(?:des|der|vor|nach|seines|ihres|seiner|ihrer|im\s+(?:{MONTH_NAME}))\b)")


# Words that bring the text back to its own time when their clause is not told in the
# past ("kommt es nun ins Kino", "sollten in den nächsten 48 Stunden zu Hause bleiben"; a
# story says "Nun begann der Krieg", "in den nächsten Tagen flohen Tausende").
_NOW_UNLESS_PAST = _rx(r"(?<![\w-])(?:[Nn]un|(?:nächsten|kommenden)\s+(?:\d+\s+|[a-zäöüß]+\s+)?"
                       r"(?:Stunden|Tagen|Tage|Wochen|Monaten|Monate))(?![\w-])")


def _returns_to_present(ctx: Context, lo: int, hi: int) -> bool:
    for back in _BACK_TO_PRESENT.finditer(ctx.text, lo, hi):
        if not (back.group(0) in ("heute", "Heute") and
                age_after_heute(ctx.text, back.start(), back.end())):
            return True
    for now in _NOW_UNLESS_PAST.finditer(ctx.text, lo, hi):
        # (a story told in the present goes on: "1961 ist Karin zwölf. Nun beginnt ...")
        if clause_tense(ctx.text, now.start()) != "past" and \
                not _opens_present_story(ctx.text, lo):
            return True
    for named in _DATELINE_PERIOD.finditer(ctx.text, lo, hi):
        if not named["ahead"] or clause_tense(ctx.text, named.start()) != "past":
            return True
    ref = ctx.ref_day.year
    starts, years = _written_years(ctx.text)
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return any(abs(y - ref) <= 1 for y in years[first:last])


_SENTENCE_BREAK = re.compile(r"(?<![0-9])[.!?]\s+|\n")


def _opens_present_story(text: str, year_end: int) -> bool:
    """Whether the year ending at `year_end` opens a sentence told in the present ("1961
    ist Karin zwölf", "Im Sommer 1961 wohnt sie in Berlin"): a story in the historic
    present, not a frame of now ("Der Film erzählt von der Flut des 16. Februar 1962")."""
    start = max(0, year_end - 200)
    for opening in _SENTENCE_BREAK.finditer(text, start, year_end):
        start = opening.end()
    return len(text[start:year_end].split()) <= 4 and \
        clause_tense(text, max(0, year_end - 2)) == "present"


# A year that sets the scene of a story: opening a sentence or "im Jahr 1989".
_SINCE_BEFORE_YEAR = re.compile(r"\b[Ss]eit\b[^.,;:!?]{0,50}$")
_STORY_YEAR = _rx(r"(?:(?:^|(?<=[.!?:]\s)|(?<=\n))|\b[Ii]m\s+(?:Jahre?\s+)?)"
                  r"(?P<sy>1[0-9]{3}|20[0-9]{2})(?![0-9])(?!\s*[/–-])")


# --- distal demonstratives -----------------------------------------------------------
# "Jener Sonntag", "in jener Nacht", "an jenem Tag": the day of the past episode the text
# told of, even after a paragraph in the present ("Ein halbes Jahrhundert ist das her,
# ... // Jener Sonntag war ein heißer Tag").

DISTAL_WINDOW = 3000
_FULL_DATE = _rx(rf"(?<![\d.])(?P<fd>3[01]|[12][0-9]|0?[1-9])\.\s*(?P<fm>{MONTH_NAME})\s+"
                 r"(?P<fy>1[0-9]{3}|20[0-9]{2})(?![0-9])")


def distal_day(ctx: Context, pos: int) -> date | None:
    """The last day with a year two or more before the dateline's written before `pos`
    ("13. August 1961"), which a distal demonstrative points back to; None in narratives
    (they follow their story anyway) and when no such day is written."""
    if ctx.narrative or not far_years(ctx, pos - DISTAL_WINDOW, pos, 2):
        return None
    found = last_match(_FULL_DATE, ctx.text, max(0, pos - DISTAL_WINDOW), pos)
    if found is None or ctx.ref_day.year - int(found["fy"]) < 2:
        return None
    return _full_date(found)


# --- dates said in passing -----------------------------------------------------------
# "1959 zog sie nach Köln (wo ihr Sohn 1961 zur Welt kam). Im folgenden Jahr ...": a
# year in a parenthesis, a life's bracket ("(1914-1992)", "* 1914") or an attribute ("der
# 1962 geborene Sohn") is said in passing; the text's time stays where it was (1960).

# a parenthesis still open before the date: "(" and no ")" since, within its sentence
_OPEN_PAREN = _rx(r"\([^()\n]{0,160}$")
_CLOSE_PAREN = _rx(r"[^()\n]{0,160}\)")
# "* 1914", "† 1992", "geb. 1914", "gest. 1992"
_LIFE_MARK = _rx(r"(?:[*†]|\b[Gg]eb\.|\b[Gg]est\.)\s*(?:am\s+|im\s+)?$")
# an article (and an adverb) before the year, a participle and a noun after it
_ATTRIBUTE_ARTICLE = _rx(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|"
                         r"[Ss]eine?[mnrs]?|[Ii]hre?[mnrs]?)\s+(?:(?:erst|bereits|schon|"
                         r"noch|einst)\s+)?$")
_ATTRIBUTE_PARTICIPLE = _rx(r"(?:\s+(?:in|im|bei|auf|an|am|nach|zu|als)\s+[A-ZÄÖÜ][\w-]+)?"
                            r"\s+[a-zäöüß]{3,}(?:t|en)e[nmrs]?\s+[A-ZÄÖÜ]")


def in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] stands in a parenthesis or after a mark of
    birth or death ("(1914-1992)", "* 1914")."""
    before = text[max(0, start - 160):start]
    if _LIFE_MARK.search(before[-12:]):
        return True
    return bool("(" in before and _OPEN_PAREN.search(before) and
                _CLOSE_PAREN.match(text, end, end + 161))


def said_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is said in passing: in brackets (above) or as
    the year of an attribute ("die 1905 erbaute Hütte")."""
    if in_brackets(text, start, end):
        return True
    return bool(_ATTRIBUTE_ARTICLE.search(text, max(0, start - 30), start) and
                _ATTRIBUTE_PARTICIPLE.match(text, end, end + 40))
