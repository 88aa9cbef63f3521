"""Building blocks of the German rules: pattern pieces, and how to read a match in its
context (named groups, the direction a clause points, the year of an undated day or month,
a recounted episode, sentence bounds, numbers and TIMEX3 duration values)."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from timeline.temporal.de_calendar import news_day_year, news_month_year
from timeline.temporal.de_lexicon import (
    MONTH_NAME,
    UNIT_FORMS,
    UNITS,
    WEEKDAY_NAME,
    month_number,
    number_value,
)
from timeline.temporal.de_story import (
    EPISODE_WINDOW,
    LAST_TIME_BEFORE,
    distal_day,
    episode,
    far_years,
    last_match,
    said_in_passing,
    story_day,
)
from timeline.temporal.de_tense import (
    NO_ABBREVIATION,
    NUMBER_THEN_SENTENCE,
    PASSIVE_PRESENT,
    clause_tense,
    has_present_verb,
    looks_back,
    pluperfect,
    speaks_of_future,
    tense,
    told_in_perfekt,
)
from timeline.temporal.engine import DAY_OR_FINER, Context, Timex
from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.values import Interval

MOD_WORDS = {"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END",
             "start": "START", "schluss": "END"}
APPROX_MODS = {"rund": "APPROX", "etwa": "APPROX", "ca.": "APPROX", "circa": "APPROX",
               "ungefähr": "APPROX", "gegen": "APPROX", "knapp": "LESS_THAN",
               # ("gut einem Jahr": MORE_THAN, as 14 of 20 gold cases with "gut" inside)
               "fast": "LESS_THAN", "beinahe": "LESS_THAN", "gut": "MORE_THAN",
               "über": "MORE_THAN", "unter": "LESS_THAN", "mehr als": "MORE_THAN",
               "weniger als": "LESS_THAN",
               "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS",
               "bis zu": "EQUAL_OR_LESS", "genau": None, "ganze": None, "ganzen": None,
               "nahezu": "LESS_THAN", "annähernd": "APPROX", "länger als": "MORE_THAN",
               "kürzer als": "LESS_THAN"}

# pattern pieces the rules of several families share
MODS = r"(?:Anfang|Mitte|Ende|Beginn)"
DET = r"(?:[Dd](?:er|ie|as|en|em|es))"
WEEKDAY = rf"(?P<weekday>{WEEKDAY_NAME})"


def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """A compiled pattern."""
    return re.compile(pattern, flags)


def rx_checked(pattern: str) -> re.Pattern:
    """A pattern searched through long stretches: with its first-character check."""
    return with_first_char_check(re.compile(pattern))


def group(m: re.Match, name: str) -> str | None:
    """A named group, or None when the rule's pattern has no such group."""
    try:
        return m.group(name)
    except IndexError:
        return None


# a plan that was, in the Präteritum of "sollen" (a Konjunktiv "sollte" has no such adverb)
_FORMER_PLAN = rx(r"\b(?:[Uu]rsprünglich|[Ee]igentlich|[Zz]unächst)\s+(?:\w+\s+){0,2}?"
                  r"sollten?\b[^.;:!?]*$|\bsollten?\s+(?:\w+\s+){0,2}?(?:ursprünglich|"
                  r"eigentlich)\b[^.;:!?]*$")


def clause_direction(m: re.Match, ctx: Context, pos: int | None = None) -> str:
    """Which way the clause at `pos` (default: the match's start) points: past, present or
    future (its tense; after "seit" always past: what started is gone by)."""
    pos = m.start() if pos is None else pos
    if _SINCE_BEFORE.search(ctx.text[max(0, pos - 12):pos]):
        return "past"  # "seit Mai gilt", "seit Mai ..., die bis Ende September laufen soll"
    if _BACKDATED_BEFORE.search(ctx.text, max(0, pos - 30), pos):
        return "past"  # "die rückwirkend zum 1. Januar gilt": a start gone by; "zuletzt
        # zum 1. Januar" looks back
    if _SET_FOR_BEFORE.search(ctx.text[max(0, pos - 12):pos]) and \
            _SET_FOR_AFTER.match(ctx.text, m.end() if pos == m.start() else pos):
        if _FIRST_PLAN.search(ctx.text, max(0, pos - 80), pos):
            # "hatte die Sperrung ursprünglich für Mai vorgesehen": a plan changed, of a
            # time ahead or gone by: the nearest (for months and days, as "present")
            return "nearest"
        return "future"  # "bis Ende September verlängert", "für den Sommer vorgesehen"
    if _FORMER_PLAN.search(ctx.text, max(0, pos - 80), pos):
        # "Ursprünglich sollte die Reparatur bis Pfingsten abgeschlossen sein": a plan
        # made before, of a time gone by or still ahead: the nearest
        return "nearest"
    if _PURPOSE_BEFORE.search(ctx.text[max(0, pos - 30):pos]):
        return "future"  # "um vor Ostern fertig zu sein": a purpose lies ahead
    if _intended_ahead(ctx, pos):
        return "future"  # "kündigte an, im Herbst einen Entwurf vorzulegen": what is to come
    if "rühestens" in ctx.text[max(0, pos - 25):pos] and \
            _EARLIEST_BEFORE.search(ctx.text, max(0, pos - 25), pos) and \
            not _PLUPERFECT_AFTER.match(ctx.text, pos):
        return "future"  # "sei frühestens im Januar denkbar, hieß es": not before then
    told = clause_tense(ctx.text, pos)  # (it needs no sentence tense: none is computed)
    if told == "present" and _FROM_ON_BEFORE.search(ctx.text[max(0, pos - 12):pos]) and \
            not _BALANCE_AT.search(ctx.text[max(0, pos - 30):pos]):
        return "future"  # "steigt zum 1. Juli auf 9,60 Euro", "eine Erhöhung ab Januar"
    if told == "present" and not ctx.narrative and \
            _UNTIL_BEFORE.search(ctx.text[max(0, pos - 12):pos]):
        return "future"  # "Die Ausstellung läuft bis Ende Oktober": a limit ahead
    return told


# Verbs of announcing, deciding, demanding, promising and asking: the zu-infinitive they
# govern names what is to come, whatever their own tense ("kündigte an, im Herbst einen
# Entwurf vorzulegen", "beschloss, den Markt ab Jänner freitags abzuhalten", "fordert, die
# Abstimmung auf Januar zu verschieben").
_INTENTION_VERB = rx_checked(
    r"\b(?:(?:an)?kündig(?:t|te|ten|en)|angekündigt|beschl(?:oss|ossen|ießt|ießen)|"
    r"plan(?:t|te|ten|en)|geplant|(?:ge)?forder(?:t|te|ten|n)|verspr(?:icht|ach|achen|ochen)|"
    r"zugesagt|zugesichert|beabsichtig(?:t|te|ten|en)|empf(?:iehlt|ahl|ahlen|ohlen)|"
    r"bittet|bitten|bat|baten|gebeten|aufgerufen|aufgefordert|erwäg(?:t|en)|erwogen|"
    r"vereinbart(?:en)?|verpflichtet(?:en)?|entschied(?:en)?|entscheidet|beantragt(?:en)?|"
    r"vorgeschlagen|angeboten|vorgenommen|hoff(?:t|te|ten|en)|droh(?:t|te|ten|en)|gedroht|"
    r"r(?:ät|iet|ieten|aten)|appellier(?:t|te|ten|en)|bereit|"
    # separable verbs with their particle before the comma: "sagte zu", "rief ... auf",
    # "hat vor"
    r"sag(?:t|te|ten|en)\s+zu(?=\s*,)|(?:ruft|rief|riefen|rufen)\b[^,.;]{0,60}\bauf(?=\s*,)|"
    r"(?:hat|haben|hatte|hatten)\s+vor(?=\s*,))")
# a zu-infinitive closing its clause ("zu verschieben", "vorzulegen"; not "unzureichenden",
# not "zu hohen Kosten")
# (the match starts at "zu", inside a word too: "vorzulegen" matches from its "zu")
_ZU_INFINITIVE = with_first_char_check(re.compile(
    r"(?:(?<![\w-])zu\s+[a-zäöüß]{3,}|(?<=[a-zäöüß]{2})(?<!un)zu[a-zäöüß]{2,})(?:en|ern|eln)"
    # (a closing quote ends it too: "„..., am Wochenende umzusteigen“, sagte er")
    r"(?=\s*(?:[,.;:!?)\"“”«»]|$|\s+(?:und|oder)\b))"))


def _intended_ahead(ctx: Context, pos: int) -> bool:
    """Whether `pos` stands in the zu-infinitive an intention verb governs (or in a clause
    without a verb right after it: "..., vorzulegen, allerdings erst nach der Wahl am 27.
    September"). Not after a pluperfect ("hatte zugesagt, ... zu sichern": a plan of a
    time told) nor when the governing clause names a time of its own gone by ("Im März
    kündigte er an, im Mai ..."): their plans may be past."""
    if not _any_within(_zu_infinitives(ctx.text), pos - 300, pos + 300):
        return False  # (most clauses stop at this cheap look-up)
    verb = last_match(_INTENTION_VERB, ctx.text, max(0, pos - 300), pos)
    if verb is None:
        return False
    comma = ctx.text.find(",", verb.end(), pos)
    if comma < 0:
        return False
    lo, hi = sentence_bounds(ctx, pos)
    if verb.start() < lo:
        return False  # a verb of the sentence before
    zu = _ZU_INFINITIVE.search(ctx.text, comma, hi)
    if zu is None or CLAUSE_MARK.search(ctx.text, comma + 1, zu.start()) or \
            _has_verb(ctx.text[comma + 1:zu.start()]):
        return False  # another clause (with its own verb) stands before it: "bittet
        # Zeugen, die am Wochenende etwas gesehen haben, sich zu melden"
    if zu.start() > pos and _ATTRIBUTIVE_PARTICIPLE.search(ctx.text, pos, zu.start()):
        return False  # "fordert, die am Montag beschlossene Reform zurückzunehmen": the
        # time of a deed done, named in passing
    if zu.end() < pos:
        tail_end = CLAUSE_MARK.search(ctx.text, pos, hi)
        tail = ctx.text[zu.end():tail_end.start() if tail_end else hi]
        if _has_verb(tail):
            return False
    if pluperfect(ctx.text[lo:comma]):
        return False
    return not any(lo <= start < comma and placed.start < ctx.ref_day - timedelta(days=7)
                   for start, _, placed in ctx.placed)


@lru_cache(maxsize=16)  # the engine asks for the same text once per mention
def _zu_infinitives(text: str) -> list[int]:
    """Where the text has zu-infinitives (start offsets, in order)."""
    return [z.start() for z in _ZU_INFINITIVE.finditer(text)]


def _any_within(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


_ATTRIBUTIVE_PARTICIPLE = re.compile(
    r"(?<![\w-])(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer)[a-zäöüß]{2,}(?:t|en)|"
    r"[a-zäöüß]+iert)e[nmrs]?\s+[A-ZÄÖÜ]")


def _has_verb(clause: str) -> bool:
    """Whether a stretch of text has a finite verb the tense test sees."""
    return tense(clause) != "present" or has_present_verb(clause)


# a time a decision sets: a preposition before it and the participle of setting after it
_SET_FOR_BEFORE = re.compile(r"\b(?:[Bb]is|[Ff]ür|[Aa]uf|[Aa]b)\s+(?:(?:den|die|das|dem)\s+)?$")
_SET_FOR_AFTER = re.compile(
    r"[^.;:!?,]{0,40}?\b(?:verlängert|verschoben|vertagt|angesetzt|anberaumt|geplant|"
    r"vorgesehen|terminiert|befristet|festgelegt|angekündigt)\b")
# a plan the text says was changed: "ursprünglich", "eigentlich" (with a past auxiliary)
_FIRST_PLAN = re.compile(r"\b(?:[Uu]rsprünglich|[Ee]igentlich|[Zz]unächst)\b(?![^.;!?,]*\b(?:soll|"
                         r"sollen|wird|werden)\b)")
# "um ... zu" before the time: "um vor Ostern fertig zu sein"
_PURPOSE_BEFORE = re.compile(r"(?:^|[,;]\s*)um\s+(?:[\w-]+\s+){0,3}(?:vor|bis|zum|zur|am|im)\s+"
                             r"(?:(?:den|dem|der)\s+)?$")


# a start or a step in the present: "ab Januar", "ab dem 1. Juli", "zum 1. Juli"
# a balance drawn as of a day: "Bilanz zum 30. September", "Stand zum 1. Januar"
_BALANCE_AT = rx(r"\b(?:Bilanz|Zwischenbilanz|Stand|Stichtag|Abschluss|Jahresabschluss|"
                 r"Abrechnung)\s+zum\s+$")
_FROM_ON_BEFORE = re.compile(r"\b(?:[Aa]b(?:\s+de[mn])?|[Zz]um)\s+$")
_EARLIEST_BEFORE = re.compile(r"\b[Ff]rühestens\s+(?:(?:im|am|ab|zum|in|Anfang|Mitte|Ende)\s+)?$")
# the rest of the clause tells of a plan gone by: "hatte frühestens im Mai gerechnet"
_PLUPERFECT_AFTER = re.compile(r"[^,;.]{0,60}\b(?:gerechnet|erwartet|geplant)\b")
_UNTIL_BEFORE = re.compile(r"\b[Bb]is(?:\s+(?:zum|zur|spätestens))?\s+$")
_SINCE_BEFORE = re.compile(r"\b[Ss]eit(?:\s+(?:dem|den|der|Anfang|Mitte|Ende))?\s+$")
_BACKDATED_BEFORE = re.compile(r"\b(?:[Rr]ückwirkend|[Zz]uletzt)(?:\s+(?:zum|zur|ab|für|seit|auf|"
                               r"am|im))?(?:\s+(?:den|dem|der|Anfang|Mitte|Ende))?\s+$")


_DAS_BEFORE = rx(r"\b[Dd]as\s+$")


def with_das(ctx: Context, pos: int) -> int | None:
    """Where the span starts when an article no preposition swallowed stands before it
    ("für das laufende Jahr", "das Wochenende"); None to keep the match's start. Checked
    here, not in the patterns: an optional leading word slows every pattern scan."""
    return _article_start(ctx, pos, _DAS_BEFORE)


_DES_BEFORE = rx(r"\b[Dd]es\s+$")


def with_des(ctx: Context, pos: int) -> int | None:
    """Where the span starts when a genitive article stands before it ("den Verbrauch des
    vergangenen Jahres": the article belongs to the expression, 88 of 110 in our gold)."""
    return _article_start(ctx, pos, _DES_BEFORE)


def _article_start(ctx: Context, pos: int, article: re.Pattern) -> int | None:
    found = article.search(ctx.text, max(0, pos - 6), pos)
    return found.start() if found else None


def words_before(ctx: Context, pos: int, n: int = 30) -> str:
    """The `n` characters of text before `pos`."""
    return ctx.text[max(0, pos - n):pos]


def previous_day(ctx: Context) -> tuple[date, str]:
    """The last day the text named ("am Tag darauf" counts from it), else the anchor."""
    prev = ctx.previous
    if prev is not None and prev.granularity in DAY_OR_FINER:
        return prev.start, "previous"
    return ctx.anchor_day, ctx.anchor_kind


def _mention_start(m: re.Match) -> int:
    """Where the mention itself starts: its group "t" when the pattern narrows the span
    ("seit dem Morgen" tags "Morgen"), else the match."""
    return m.start("t") if "t" in m.re.groupindex and m.group("t") is not None else m.start()


def day_of_clause(m: re.Match, ctx: Context) -> tuple[date, str]:
    """The day a part of the day or a clock time without a day of its own belongs to: the
    last day named, unless that lies years back and the clause speaks of now or of what
    is to come ("... sank das Schiff. Am Abend wird ein Kranz niedergelegt": the
    dateline's evening)."""
    d, anchor = previous_day(ctx)
    if anchor == "previous" and d > ctx.ref_day and not ctx.narrative \
            and ctx.placed and ctx.placed[-1][0] < sentence_bounds(ctx, m.start())[0] \
            and clause_direction(m, ctx) == "past":
        # "Ab Mittwoch soll es kälter werden. Die Bahn meldete am Morgen Verspätungen":
        # a past told after a day to come is the dateline's
        return ctx.ref_day, "dateline"
    if anchor == "previous" and 0 < (ctx.ref_day - d).days <= 31 and not ctx.narrative \
            and ctx.placed and ctx.placed[-1][0] < sentence_bounds(ctx, m.start())[0] \
            and clause_direction(m, ctx, _mention_start(m)) in ("future", "present") \
            and (to_come := _day_to_come_named(ctx, m.start())) is not None:
        # "Der Landtag tritt am kommenden Montag zusammen ... den die Regierung am Dienstag
        # beschlossen hat ... Die Sitzung beginnt um 9 Uhr": a plan or a timetable told
        # after a day of these weeks gone by is of the day to come named before
        return to_come, "previous"
    if anchor != "previous" and not ctx.narrative:
        # a coarser date in between ("Am Dienstagabend hat der Rat über ein Gebiet
        # beraten, das in den nächsten Jahren Firmen anlocken soll. Die Sitzung dauerte
        # bis kurz vor Mitternacht") leaves the day named a little before
        named = ctx.day_named_before(m.start(), 300)
        if named is not None and _paragraph_since_day(ctx, m.start()) and \
                clause_direction(m, ctx) != "past":
            named = None  # a new paragraph, not told in the past, after a later, coarser
            # date ("über Ostern ruhen sie. Ab Mitte April ...\n\nPendler sollten zwischen
            # 6 und 9 Uhr rechnen"): no day's ("Als die Wahllokale um 18 Uhr schlossen" is)
        if named is not None and named > ctx.ref_day and ctx.placed and \
                ctx.placed[-1][0] < sentence_bounds(ctx, m.start())[0] and \
                clause_direction(m, ctx) == "past":
            # "Am Sonntag ... Ein Treffen sei für Mittwoch geplant. Die Regierung solle bis
            # Mitte Oktober stehen. Als die Wahllokale um 18 Uhr schlossen": told in the
            # past, not the day to come but the last day gone by, else the dateline's
            gone = ctx.day_gone_by(m.start())
            return (gone, "previous") if gone is not None else (ctx.ref_day, "dateline")
        if named is not None:
            return named, "previous"
    if anchor != "previous" or ctx.narrative or ctx.ref_day.year - d.year < 2:
        return d, anchor
    lo, hi = sentence_bounds(ctx, m.start())
    said = tense(ctx.text[lo:m.start()] + ctx.text[m.end():hi])  # "nächsten" reads as future
    if said == "past" or recounted_episode(m, ctx) is not None or \
            recalled_apart_from_span(m, ctx) is not None:
        return d, anchor
    # a plan, or the present after a day told in the past (a story told in the present
    # goes on in the present: "An jenem Abend fällt kein Schuss. Am nächsten Morgen ...")
    if said == "future" or clause_tense(ctx.text, ctx.placed[-1][0]) == "past":
        to_come = _day_to_come_named(ctx, m.start())  # (the day of the plan, if named)
        return (to_come, "previous") if to_come is not None else (ctx.ref_day, "dateline")
    return d, anchor


def _day_to_come_named(ctx: Context, pos: int) -> date | None:
    """The last day after the reference day the text named in the 600 characters
    before `pos`."""
    return ctx.last_day_placed(pos, 600, lambda _, day: day > ctx.ref_day)


def _paragraph_since_day(ctx: Context, pos: int) -> bool:
    """Whether a paragraph break and a later month (or coarser date) lie between `pos`
    and the last day placed before it."""
    coarser = False
    for start, _, placed in reversed(ctx.placed):
        if start >= pos:
            continue
        if placed.granularity in DAY_OR_FINER:
            return coarser and "\n" in ctx.text[start:pos]
        coarser = coarser or placed.start > ctx.ref_day - timedelta(days=31)
    return False


def previous_period(ctx: Context) -> tuple[Interval | None, str]:
    """The last date the text named, else None; with the anchor kind to report."""
    if ctx.previous is not None:
        return ctx.previous, "previous"
    return None, ctx.anchor_kind


def _story_wraps(ctx: Context, story: date, month: int) -> bool:
    """Whether a month named without a year lies in the year after the story's day: a
    story goes forward ("im November ... im Januar"; a history also "im August 1912 ...
    am 24. Oktober ... am 3. Januar"). Histories also look back ("Im Juni 1941 ... im
    Januar"), so only the turn of the year counts."""
    if story.month >= 11 and month <= 2:
        return True
    return ctx.narrative and story.month >= 10 and month == 1


def year_for_month(m: re.Match, ctx: Context, month: int) -> tuple[int, str]:
    """The year of a month named without one: the story's or recounted episode's, the
    year a relative expression earlier in the sentence names ("Vor zwei Jahren waren die
    Ferien auf Anfang Februar vorverlegt worden"), else the dateline's by tense
    (de_calendar); with the anchor kind."""
    year = _story_year(m, ctx, month)
    if year is not None:
        return year, "previous"
    ranged = _range_end_year(m, ctx, month)
    if ranged is not None:
        return ranged, "previous"
    direction = clause_direction(m, ctx)
    if not ctx.narrative:
        if direction == "present" and (
                _REPORT_OF_MONTH.search(ctx.text, max(0, m.start() - 5), m.start())
                or _SINCE_CLAUSE.search(ctx.text[sentence_bounds(ctx, m.start())[0]:
                                                 m.start()])):
            direction = "past"  # "der Abschluss vom Oktober", "Seit die Studie im
            # Dezember ... bescheinigte": a month gone by
        framed = _framing_year(m, ctx, month, direction)
        if framed is not None:
            return framed, "previous"
        if direction == "past" and _MOVED_TO.search(ctx.text, max(0, m.start() - 5),
                                                     m.start()):
            lo, hi = sentence_bounds(ctx, m.start())
            if _MOVING.search(ctx.text, lo, hi):
                # "hatte beantragt, den Prozessbeginn auf Februar zu verschieben": a month
                # a move aims at lies ahead, whatever the tense of the report
                return news_month_year(ctx.ref_day, month, "future"), ctx.anchor_kind
        offset = year_offset_before(ctx, m.start())
        if offset is not None and (offset == 0 or (offset < 0) == (direction != "future")):
            return ctx.ref_day.year + offset, ctx.anchor_kind
        if direction == "present" and _scheduled_in_clause(ctx, m):
            direction = "future"  # "Im Oktober folgt eine Bühnenfassung", "werden im
            # Oktober veröffentlicht": a month a schedule or a present passive names
    return news_month_year(ctx.ref_day, month, direction), ctx.anchor_kind


# a schedule told in the present: "Im Oktober folgt ...", "beginnt im Mai"
_SCHEDULE_PRESENT = rx(r"\b(?:folgt|folgen|beginnt|beginnen|startet|starten|endet|enden|"
                       r"öffnet|öffnen|eröffnet|eröffnen|tagt|tagen|erscheint|erscheinen|"
                       r"gastiert|gastieren|findet|finden)\b")


_REPORT_OF_MONTH = rx(r"\b(?:vom|des)\s+$")
# a clause that "seit" opens as a conjunction: "Seit die Pisa-Studie im Dezember ..."
_SINCE_CLAUSE = rx(r"(?:^|[,;])\s*[Ss]eit\s+(?:die|der|das|den|dem|er|sie|es|wir|man|ihr)\s"
                   r"[^,;]*$")
_OF_MONTH = rx(r"\b(?:[Ff]ür|vom|des)\s+$")  # "die Daten für Januar": a month reported on


def _scheduled_in_clause(ctx: Context, m: re.Match) -> bool:
    """Whether the clause of `m` tells a schedule in the present or a present passive."""
    if _OF_MONTH.search(ctx.text, max(0, m.start() - 5), m.start()):
        return False
    lo, hi = sentence_bounds(ctx, m.start())
    clause = clause_around(ctx.text, m.start(), m.end(), lo, hi)
    return bool(_SCHEDULE_PRESENT.search(clause) or PASSIVE_PRESENT.search(clause))


_RANGE_START = re.compile(rf"\b(?:[Zz]wischen|[Vv]on)\s+(?:(?:Anfang|Mitte|Ende)\s+)?"
                          rf"(?P<first>{MONTH_NAME})\s+(?:und|bis)\s+$")


def _range_end_year(m: re.Match, ctx: Context, month: int) -> int | None:
    """The year of the month that closes a range ("zwischen Oktober und Mitte Dezember",
    "von November bis März"): the first month's, or the next one's across the turn of
    the year."""
    start = m.start()
    found = _RANGE_START.search(ctx.text, max(0, start - 40), start)
    prev = ctx.previous
    if found is None or prev is None or prev.granularity != "month" \
            or prev.start.month != month_number(found["first"]):
        return None
    return prev.start.year + (1 if month < prev.start.month else 0)


# a month with its year: "im März 1945" (not the start of a stretch lasting till now:
# "seit Juli 1998")
_MONTH_YEAR = rx(rf"(?<![\w-])(?P<month>{MONTH_NAME})\s+(?P<year>1[0-9]{{3}}|20[0-9]{{2}})(?![\d])")
_STRETCH_TO_NOW = rx(r"\b(?:[Ss]eit|[Bb]is)\s+(?:(?:Anfang|Mitte|Ende)\s+)?$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_ENDS_SENTENCE = rx(r"[.!?]\s+[A-ZÄÖÜ„\"]")
_THEN = rx(r"(?<![\w-])[Dd]amals(?![\w-])")
_YEAR_ALONE = rx(r"(?<![\d.,])(?:1[0-9]{3}|20[0-9]{2})(?!\d|[.,]\d)")


def _framing_year(m: re.Match, ctx: Context, month: int, direction: str) -> int | None:
    """The year a past frame just named gives a month named without one: a month with its
    year earlier in the sentence ("Allein im März 1945 starben mehr als 18.000 Menschen,
    unter ihnen Ende Februar oder Anfang März auch Anne Frank"; "Am 13. Dezember 1919 ...
    bis Anfang Januar": the next one across the turn of the year), or the year of the
    sentence before that "damals" points back to ("des Viertelfinals von 2004. Damals hatte
    Werder ... im Mai den Pokal geholt")."""
    lo = max(0, m.start() - 300)
    year_near = _FOUR_DIGITS.search(ctx.text, lo, m.start()) is not None
    if not year_near and ctx.text.find("amals", lo, m.start()) < 0:
        return None  # (no year and no "damals" shortly before: most months)
    start = sentence_bounds(ctx, m.start())[0]
    before = ctx.text[start:m.start()]
    found = last_match(_MONTH_YEAR, ctx.text, start, m.start()) \
        if year_near and _FOUR_DIGITS.search(before) else None
    if found is not None:
        if _STRETCH_TO_NOW.search(ctx.text, max(0, found.start() - 20), found.start()) or \
                _YEAR_ENDS_SENTENCE.match(ctx.text, found.end("year")):
            return None  # (a sentence ends after a year: "im Juni 2024. Sollte es bis")
        year = int(found["year"])
        if direction == "future" and year < ctx.ref_day.year:
            return None  # a plan for now after a date gone by
        named = month_number(found["month"])
        # (the look back of the month's own clause: "Am 27. Dezember 2020 waren die ersten
        # Dosen verimpft worden, die Halle nahm im Januar den Betrieb auf" is January 2021)
        own = clause_around(ctx.text, m.start(), m.end(), start, sentence_bounds(ctx, m.start())[1])
        return year + 1 if named >= 11 and month <= 2 and not looks_back(own) else year
    return _then_year(ctx, start, before)


def _then_year(ctx: Context, start: int, before: str) -> int | None:
    """The year of the sentence before that a "damals" opening the clause (`before`, from
    the sentence's `start`) points back to, if gone by."""
    if "amals" not in before or not _THEN.search(before) or start == 0:
        return None
    prev_start = sentence_bounds(ctx, start - 1)[0]
    years = [int(y.group(0)) for y in _YEAR_ALONE.finditer(ctx.text, prev_start, start)]
    if not years or years[-1] >= ctx.ref_day.year:
        return None
    return years[-1]


_MOVED_TO = rx(r"\bauf\s+$")
_MOVING = rx(r"\b(?:verschieb\w*|verschoben|verleg\w*|vertag\w*)\b")


# a year named relative to the dateline's: "im vergangenen Jahr", "im Vorjahr", "vor zwei
# Jahren", "im kommenden Jahr"
_RELATIVE_YEAR = re.compile(
    r"(?<![\w-])(?:(?P<rel>vergangenen|letzten|vorigen|kommenden|nächsten)\s+Jahr(?:es)?|"
    # "für das nächste Jahr", "das kommende Jahr"
    r"(?<=das\s)(?P<rel2>vergangene|vorige|kommende|nächste)\s+Jahr|"
    # the accusative of time: "Vergangenes Jahr hatten sich am Gründonnerstag ..."
    r"(?P<acc>[Vv]ergangenes|[Ll]etztes|[Vv]origes|[Kk]ommendes|[Nn]ächstes)\s+Jahr(?![\w-])|"
    r"(?P<this>(?:[Ii]n\s+diesem|[Dd]ieses|[Ii]m\s+laufenden)\s+Jahr|[Hh]euer)|"
    r"(?P<prev>Vorjahr(?:es)?)|[Vv]or\s+(?P<n>\d{1,2}|einem|zwei|drei|vier|fünf|sechs|sieben|"
    r"acht|neun|zehn)\s+Jahren)(?![\w-])")


# a year named to compare with, which sets no frame: "wie im Vorjahr", "mehr als im
# vergangenen Jahr", "um acht Prozent über dem Vorjahr", "gegenüber dem Vorjahr"
_COMPARED = re.compile(r"\b(?:[Ww]ie|als)\s+(?:schon\s+|bereits\s+)?(?:im|in|vor)\s+(?:dem\s+)?$"
                       r"|\b(?:über|unter|gegenüber)\s+dem\s+$")


def year_offset_before(ctx: Context, pos: int) -> int | None:
    """How many years from the dateline's a relative year named earlier in the sentence
    at `pos` lies ("vor drei Jahren", "im Vorjahr"), or None."""
    window = ctx.text[max(0, pos - 300):pos]
    if "ahr" not in window and "euer" not in window:
        return None  # (no "Jahr", "Vorjahr", "heuer" before it: most dates)
    start = sentence_bounds(ctx, pos)[0]
    start = max(start, ctx.text.rfind(";", start, pos) + 1)  # a clause of its own after ";"
    found = last_match(_RELATIVE_YEAR, ctx.text, start, pos)
    if found is None or _COMPARED.search(ctx.text, max(0, found.start() - 16), found.start()):
        return None  # (none, or a comparison: "Wie im Vorjahr gibt es ...")
    if rel := found["rel"] or found["rel2"]:
        return -1 if rel.startswith(("verg", "letzt", "vorig")) else 1
    if found["acc"]:
        if "," in ctx.text[found.end():pos]:
            return None  # "Noch voriges Jahr stieg er auf den Wank, im Juni wurde er
            # bettlägerig": a contrast, this June
        return -1 if found["acc"].lower().startswith(("verg", "letzt", "vorig")) else 1
    if found["prev"]:
        return -1
    if found["this"]:
        return 0
    n = number_value(found["n"]) if found["n"] != "einem" else 1
    return -int(n) if n else None


def _story_year(m: re.Match, ctx: Context, month: int) -> int | None:
    """The year a yearless month has in the story or recounted episode told at the match
    (the next one when the story wraps into January), None outside one."""
    story = story_day(ctx, m.start()) or _recounted_day(m, ctx, month)
    if story is None:
        return None
    return story.year + 1 if _story_wraps(ctx, story, month) else story.year


# a date a decision or a schedule sets: "den Beitritt zum 3. Oktober beschlossen hat",
# "für den 4. Mai angesetzt"
_DECIDED_FOR_BEFORE = re.compile(r"\b(?:[Zz]um|[Zz]ur|[Ff]ür\s+den|[Aa]uf\s+den)\s+$")
_DECIDED_AFTER = re.compile(r"[^.;:!?,]{0,30}?\b(?:beschlossen|festgelegt|festgesetzt|"
                            r"angesetzt|terminiert|anberaumt)\b")


def _act_deciding(m: re.Match, ctx: Context) -> date | None:
    """For a date a decision sets, the first day of the time the sentence gives the
    decision before the date ("in der vergangenen Woche ... zum 3. Oktober beschlossen");
    None when the date is set by no such act or the act has no time of its own."""
    if ctx.narrative or not _DECIDED_FOR_BEFORE.search(ctx.text, max(0, m.start() - 10),
                                                       m.start()) \
            or not _DECIDED_AFTER.match(ctx.text, m.end()):
        return None
    lo = sentence_bounds(ctx, m.start())[0]
    for start, _, placed in reversed(ctx.placed):
        if start < lo:
            return None
        if start < m.start():  # (a time to come is no act's: "bis Ostern ...; für den
            # 18. März angesetzt")
            return placed.start if placed.start <= ctx.ref_day else None
    return None


_LAST_STEP_BEFORE = re.compile(r"\b[Zz]uletzt\s+(?:zum|am|im)\s+$")


def last_time_before(ctx: Context, pos: int) -> bool:
    """Whether "zuletzt" names the date at `pos` as the last time something was so ("So
    kalt war es zuletzt im Februar 1956"): a comparison with now, no time the text moves
    to."""
    return bool(LAST_TIME_BEFORE.search(ctx.text, max(0, pos - 14), pos))


def last_step_before(ctx: Context, pos: int) -> bool:
    """Whether "zuletzt" names the date at `pos` as the last step of a series told ("in
    mehreren Stufen angehoben worden, zuletzt zum 1. Januar"): a look back in passing."""
    return bool(_LAST_STEP_BEFORE.search(ctx.text, max(0, pos - 14), pos))


# a series still to come: "wird in diesem Jahr noch zweimal erwartet, zuletzt am 28.
# September" (its last date lies ahead)
_STILL_TO_COME = rx(r"\bnoch\s+(?:\w+\s+){0,3}?(?:erwartet|geplant|vorgesehen)\b|"
                    r"\b(?:wird|werden|soll|sollen)\b[^.;:]{0,60}\bnoch\b")


def year_for_day(m: re.Match, ctx: Context, month: int, day: int) -> tuple[int, str]:
    """The year of a day and month named without one, like `year_for_month`; in news a
    past-tense sentence may still name a day ahead (AHEAD_CUE)."""
    year = _story_year(m, ctx, month)
    if year is not None:
        return year, "previous"
    act = _act_deciding(m, ctx)
    if act is not None:
        # "seit die Volkskammer in der vergangenen Woche den Beitritt zum 3. Oktober
        # beschlossen hat": the day a decision sets lies ahead of the decision
        return act.year + ((month, day) < (act.month, act.day)), "previous"
    if _BACKDATED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) and \
            not ctx.narrative and not _STILL_TO_COME.search(
                ctx.text, *sentence_bounds(ctx, m.start())):
        # "zuletzt zum 1. Januar", "rückwirkend zum 1. Januar": the last such day gone by
        ref = ctx.ref_day
        return ref.year - ((month, day) > (ref.month, ref.day)), ctx.anchor_kind
    if not ctx.narrative and ctx.text.find("amals", max(0, m.start() - 200), m.start()) >= 0:
        # "Die letzte vorgezogene Wahl hatte es 2005 gegeben. Damals wurde am 18. September
        # gewählt": the year "damals" points back to, as for months
        start = sentence_bounds(ctx, m.start())[0]
        then = _then_year(ctx, start, ctx.text[start:m.start()])
        if then is not None:
            return then, "previous"
    if ctx.coarse_reference and not ctx.narrative and month == ctx.ref_day.month:
        # a day of the dateline's own month ("am 27. Juli" under "1998-07"): that year,
        # whichever end of the month the engine tries
        return ctx.ref_day.year, ctx.anchor_kind
    start, end = sentence_bounds(ctx, m.start())
    ahead_ok = bool(AHEAD_CUE.search(ctx.text, start, end))
    direction = clause_direction(m, ctx)
    offset = year_offset_before(ctx, m.start()) if not ctx.narrative else None
    if offset is not None and (offset == 0 or (offset < 0) == (direction != "future")):
        # "Stichtag ist in diesem Jahr der 30. Juni", "im kommenden Jahr ist es erst der
        # 20. April": the year the sentence named, as for months
        return ctx.ref_day.year + offset, ctx.anchor_kind
    year = news_day_year(ctx.ref_day, month, day, direction, ahead_ok)
    prev = ctx.previous
    if direction != "past" and not ctx.narrative and prev is not None and \
            prev.granularity == "day" and prev.start > ctx.ref_day and \
            prev.start.year > year and (month, day) > (prev.start.month, prev.start.day) and \
            (month, day) < (ctx.ref_day.month, ctx.ref_day.day) and \
            ctx.placed and m.start() - ctx.placed[-1][1] < 200:
        # a timetable goes on: "Die Osterferien dauern vom 28. März bis zum 9. April. Die
        # Sommerferien beginnen am 7. Juli" (said in November): after the coming April, not
        # a July gone by
        return prev.start.year, "previous"
    return year, ctx.anchor_kind


# Words with which a past-tense report names a day still ahead: "wurde auf den 4. Mai
# verschoben", "kündigte für den 4. Mai an", "gilt bis 4. Mai".
AHEAD_CUE = rx(
    r"\b(?:verschoben|vertagt|angesetzt|anberaumt|terminiert|festgesetzt|festgelegt|geplant|"
    r"vorgesehen|angekündigt|ankündigte|kündigte|kündigten|einberufen|eingeladen|lud|luden|"
    r"verlängert|befristet|gilt|gelten|bis|ab|auf\s+den|für\s+den|soll|sollen|solle|wird|"
    r"werden|werde|will|wollen|müsse|müssen|muss|bevor|Frist|Termin|spätestens|frühestens|"
    r"nächste[nmrs]?|kommende[nmrs]?|erwartet|erwarten)\b")


# what a call, a warning or a forecast is for lies ahead too: "hat für das Wochenende
# zum Streik aufgerufen", "hat für das Wochenende die Warnstufe vier ausgerufen"
_CALL_CUE = rx(r"\b(?:aufgerufen|aufrufen|ruft|rief|riefen|ausgerufen|gewarnt|warnt|warnte|"
               r"warnten|rechnet|rechnen|vorhergesagt|vorausgesagt|voraus|angesagt|"
               r"prognostiziert|erlassen|ausgegeben|herausgegeben|angedroht|droht|drohen|"
               r"[A-Za-zäöü]*[Ww]arnung(?:en)?|Vorhersage|Prognose)\b")
_FOR_BEFORE = rx(r"\b[Ff]ür\s+(?:(?:den|das|dem|die)\s+)?(?:Nacht\s+(?:zum|zu|auf)\s+)?$")


def named_for_ahead(ctx: Context, pos: int) -> bool:
    """Whether the day, weekend or part of the day at `pos` is the time a plan, a call or
    a forecast is for ("für" and a word of announcing in the sentence): today or ahead,
    even in a past clause; not a plan the text says was changed ("ursprünglich für")."""
    if not _FOR_BEFORE.search(ctx.text, max(0, pos - 24), pos):
        return False
    start, end = sentence_bounds(ctx, pos)
    if _FIRST_PLAN.search(ctx.text, max(start, pos - 80), pos):
        return False
    return bool(AHEAD_CUE.search(ctx.text, start, end) or _CALL_CUE.search(ctx.text, start, end))


def first_planned(ctx: Context, pos: int, end: int) -> bool:
    """Whether the day at text[pos:end] is the one a plan the text says was changed had
    set ("war ursprünglich für vergangenen Freitag geplant"): nothing happened on it, and
    the text does not move there (a clock time right after it is still its own:
    "ursprünglich für Samstag, 27. Oktober, 3.36 Uhr, angesetzt")."""
    if not _FOR_BEFORE.search(ctx.text, max(0, pos - 10), pos) or \
            _CLOCK_RIGHT_AFTER.match(ctx.text, end):
        return False
    start = sentence_bounds(ctx, pos)[0]
    return bool(_FIRST_PLAN.search(ctx.text, max(start, pos - 80), pos))


_CLOCK_RIGHT_AFTER = rx(r"\s*,?\s*(?:um\s+)?\d{1,2}(?:[.:]\d\d)?\s*Uhr")


def _recounted_day(m: re.Match, ctx: Context, month: int | None = None) -> date | None:
    """News that recounts a past event ("Am 10. April 1912 lief die Titanic aus. ... am
    14. April") names its later days without the year: the day, month or season of the
    episode the text is telling, when it lies years before the dateline and nothing nearby
    speaks of the future."""
    episode = recounted_episode(m, ctx)
    if episode is None:
        return None
    first = episode[0]
    if month is not None and _LOOK_BACK_MONTHS >= (first.month - month) % 12 > 0 and \
            looks_back_at(m, ctx):
        # "Im Februar 1962 kam der Bescheid. Schon am 31. Januar hatte der Vater
        # gekündigt": a day shortly before the episode's, in its year (or the year
        # before, across the turn of the year); the first of January keeps the story from
        # wrapping on
        return date(first.year - (month > first.month), 1, 1)
    if month is not None and month < first.month and not (first.month >= 11 and month <= 2):
        return None  # a story goes on: "Im Sommer 2012 ... Im März" is not that spring
    return first


# How many months the Plusquamperfekt of an episode looks back; further back, a month
# named without a year is rather the dateline's ("... hatte im Januar beschlossen").
_LOOK_BACK_MONTHS = 3


def looks_back_at(m: re.Match, ctx: Context) -> bool:
    """Whether the sentence of `m` looks back before the time the text stands at
    (Plusquamperfekt or "zuvor": de_tense.looks_back)."""
    lo, hi = sentence_bounds(ctx, m.start())
    return looks_back(ctx.text[lo:hi])


# what ends a clause inside a sentence
CLAUSE_MARK = rx(r"[,;:]")


def clause_around(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The clause around text[start:end] within the sentence text[lo:hi]."""
    c_lo = max([lo, *(b.end() for b in CLAUSE_MARK.finditer(text, lo, start))])
    c_hi = CLAUSE_MARK.search(text, end, hi)
    return text[c_lo:c_hi.start() if c_hi else hi]


def told_as_aside(m: re.Match, ctx: Context) -> bool:
    """Whether the clause of `m` speaks in the Plusquamperfekt: a look back from the day
    the text stands at ("Die Klasse war drei Tage zuvor angereist"), which does not move
    the story's day."""
    lo, hi = sentence_bounds(ctx, m.start())
    return pluperfect(clause_around(ctx.text, m.start(), m.end(), lo, hi))


def recounted_episode(m: re.Match, ctx: Context) -> tuple[date, str] | None:
    """The past episode a news text is recalling at `m` (de_story.episode: its last date
    and granularity), unless the clause of `m` speaks of now or of the future."""
    found = episode(ctx, m.start())
    if found is None:
        return None
    direction = clause_direction(m, ctx)
    if direction == "future":
        return None
    told = direction == "present" and _told_in_present(ctx, m.start())
    if direction == "present" and not told and speaks_of_future(
            ctx.text[max(0, m.start() - 100):m.end() + 100]):
        return None  # "Am 20. Mai wird gefeiert": a plan, this year's
    if direction == "present" and not told and speaks_in_present(ctx, m.start()):
        return None  # "... Sie ist 54. Am 12. November hat sie Geburtstag": now
    if direction == "past" and _news_paragraph(ctx, m.start()):
        return None
    return found


def recalled_apart_from_span(m: re.Match, ctx: Context) -> tuple[date, str] | None:
    """Like `recounted_episode`, with the tense judged on the sentence without the
    match's own words ("im kommenden Winter fror sie": "kommenden" reads as future)."""
    found = episode(ctx, m.start())
    if found is None:
        return None
    lo, hi = sentence_bounds(ctx, m.start())
    rest = ctx.text[lo:m.start()] + ctx.text[m.end():hi]
    said = tense(rest)
    if said == "future" or speaks_of_future(rest):
        return None
    if said == "present" and has_present_verb(rest) and not _told_in_present(ctx, m.start()):
        return None
    if said == "past" and _news_paragraph(ctx, m.start()):
        return None
    return found


def _news_paragraph(ctx: Context, pos: int) -> bool:
    """Whether `pos` stands in a new paragraph, after the episode's last year, that speaks
    in the Perfekt: news of the last days ("... ging sie zur Kirche.\n\nAm Dienstag hat
    sie ihr Buch vorgestellt"), where the story was told in the Präteritum."""
    years = far_years(ctx, pos - EPISODE_WINDOW, pos, 2)
    if not years or ctx.text.find("\n", years[0][0], pos) < 0 or \
            not _PERFECT_AUX_NEAR.search(ctx.text, max(0, pos - 150), pos + 150):
        return False  # (most texts stop at one of these cheap tests)
    lo, hi = sentence_bounds(ctx, pos)
    if told_in_perfekt(ctx.text[lo:hi]):
        return True
    # a paragraph that opens in the present, before the sentence of `pos`: "Den
    # musikalischen Auftakt hat die Kapelle bereits hinter sich: Das Frühjahrskonzert am
    # Ostermontag war ausverkauft"
    opening = ctx.text.rfind("\n", 0, pos) + 1
    if opening <= years[-1][0]:
        return False
    stop = _OPENING_END.search(ctx.text, opening, pos)
    if stop is None:
        return False
    first = ctx.text[opening:stop.start()]
    return tense(first) == "present" and (
        has_present_verb(first) or _PRESENT_AUX.search(first) is not None)


_OPENING_END = rx(r"[:.;!?](?:\s|$)")


_PERFECT_AUX_NEAR = rx(r"\b(?:hat|haben|habe|ist|sind|bin|sei|seien)\b")


def speaks_in_present(ctx: Context, pos: int) -> bool:
    """Whether the sentence around `pos` has a verb in the present (a sentence whose
    verb the tense test does not know, "rammte sie", does not count)."""
    lo, hi = sentence_bounds(ctx, pos)
    sentence = ctx.text[lo:hi]
    return tense(sentence) == "present" and (
        has_present_verb(sentence) or _PRESENT_AUX.search(sentence) is not None)


_PRESENT_AUX = rx(r"\b(?:ist|hat|sind|haben|gibt)\b")


def _told_in_present(ctx: Context, pos: int) -> bool:
    """Whether the episode before `pos` is told in the historic present: the sentence
    that names its year has a present verb ("1961 ist Karin zwölf")."""
    years = far_years(ctx, pos - EPISODE_WINDOW, pos, 2)
    # an aside in the pluperfect ("deren Inneres 1789 umgestaltet worden war") does not
    # end it: the last few years the story named count
    return any(clause_tense(ctx.text, at) == "present" for at, _ in years[:3])


def current_year(ctx: Context, pos: int | None = None) -> tuple[int, str]:
    """The story's year in a narrative, else the dateline's; with the anchor kind."""
    story = story_day(ctx, pos)
    if story is not None:
        return story.year, "previous"
    return ctx.ref_day.year, ctx.anchor_kind


def number(word: str) -> float | None:
    """The value of a number in digits or words ("drei", "einem halben" 0.5), or None."""
    w = re.sub(r"\s+", " ", word.lower())
    if w in ("ein halbes", "einem halben") or w.endswith(("halbe", "halben", "halbes", "halbem")):
        return 0.5
    return number_value(w)


def format_number(n: float) -> str:
    """A number as TIMEX3 writes it: no exponent, no trailing zeros (1.5, 1000000.1)."""
    if float(n).is_integer():
        return str(int(n))
    return f"{n:.6f}".rstrip("0").rstrip(".")


def unit_stem(word: str) -> str:
    """The stem of a unit word ("Jahren" -> jahr), the key of UNITS and SHIFT_UNITS."""
    return UNIT_FORMS[word.lower()]


def duration_value(n: float | None, stem: str) -> str:
    """TIMEX3 duration: P3D, PT9M, P10Y, PXW (n None = unspecified)."""
    code = UNITS[stem]
    q = "X" if n is None else None
    if code in ("S", "MIN", "H"):
        if q is None and code == "H" and not float(n).is_integer():
            if n > 1 and float(n * 60).is_integer():  # "zweieinhalb Stunden": PT2H30M
                return f"PT{int(n)}H{format_number((n - int(n)) * 60)}M"
            return f"PT{format_number(n * 60)}M"  # "eine halbe Stunde": PT30M
        letter = {"S": "S", "MIN": "M", "H": "H"}[code]
        return f"PT{q or format_number(n)}{letter}"
    if code == "HY":
        return "PXM" if q else f"P{format_number(6 * n)}M"
    if code == "DE":
        return "PXDE" if q else f"P{format_number(10 * n)}Y"
    if code == "CE":  # half a century is fifty years, not "P0.5CE"
        return "PXCE" if q else f"P{format_number(n)}CE" if float(n).is_integer() \
            else f"P{format_number(100 * n)}Y"
    if q is None and not float(n).is_integer():
        if code == "Y" and n > 1:  # "dreieinhalb Jahre": German gold writes P3.5Y
            return f"P{format_number(n)}Y"
        smaller = {"Y": (12, "M"), "M": None, "W": (7, "D"), "D": None}.get(code)
        if smaller:
            return f"P{format_number(n * smaller[0])}{smaller[1]}"
    return f"P{q or format_number(n)}{code}"


def counting_base(ctx: Context, pos: int, told_in_past: bool) -> Interval | None:
    """The last date placed before `pos` that a count ("zwei Jahre später", "im Jahr
    darauf") goes on from: no year said in passing ("(wo ihr Sohn 1961 zur Welt kam)",
    "der 1962 geborene Sohn") and, for a clause told in the past, no date of an earlier
    sentence that speaks in the present or of the future ("Heute steht dort ein Museum").
    None when there is none."""
    sentence_start = _sentence_start(ctx, pos) if told_in_past else 0
    for start, end, placed in reversed(ctx.placed):
        if placed.granularity == "year" and said_in_passing(ctx.text, start, end):
            continue
        if start < sentence_start and (clause_tense(ctx.text, start) == "future" or
                                       _clause_in_present(ctx, start)):
            continue
        return placed
    return None


def _clause_in_present(ctx: Context, pos: int) -> bool:
    """Whether the clause holding the date at `pos` speaks in the present ("Seit 1991
    lebt sie in Potsdam"); a present verb in another clause of its sentence does not
    count ("Im Sommer 1936 durchstieg er eine Route, die bis heute seinen Namen trägt")."""
    lo, hi = sentence_bounds(ctx, pos)
    c_lo = max([lo, *(b.end() for b in _DATE_CLAUSE_EDGE.finditer(ctx.text, lo, pos))])
    c_hi = _DATE_CLAUSE_EDGE.search(ctx.text, pos, hi)
    clause = ctx.text[c_lo:c_hi.start() if c_hi else hi]
    return tense(clause) == "present" and (
        has_present_verb(clause) or _PRESENT_AUX.search(clause) is not None)


# where a clause ends: a comma (not between digits), a colon or semicolon, a quote or a
# parenthesis
_DATE_CLAUSE_EDGE = rx(r"[,:](?!(?<=\d.)\d)|[;()\"„“”»«]")


_SENTENCE_BREAK = rx_checked(rf"(?<![0-9]){NO_ABBREVIATION}[.!?](?=\s+[A-ZÄÖÜ\"„])|"
                             rf"{NUMBER_THEN_SENTENCE}|\n")


def sentence_bounds(ctx: Context, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around `pos` (a period between digits ends none)."""
    stop = _SENTENCE_BREAK.search(ctx.text, pos, pos + 300)
    return _sentence_start(ctx, pos), stop.start() if stop else min(len(ctx.text), pos + 300)


def _sentence_start(ctx: Context, pos: int) -> int:
    """Where the sentence around `pos` starts, also when `pos` opens it (the break before
    needs to see the capital letter at `pos`)."""
    start = max(0, pos - 300)
    for b in reversed(list(_SENTENCE_BREAK.finditer(ctx.text, start, pos + 2))):
        if b.end() <= pos:  # the last break before `pos`
            return b.end()
    return start


def distal_or_previous_day(m: re.Match, ctx: Context) -> tuple[date, str]:
    """The day "jener/jenem" points to: the last day named, unless that is of the
    dateline's time and the text told of a day years back (then that one)."""
    d, anchor = previous_day(ctx)
    if m.group(0)[:3].lower() == "jen" and (anchor != "previous" or
                                            ctx.ref_day.year - d.year < 2):
        far = distal_day(ctx, m.start())
        if far is not None:
            return far, "previous"
    return d, anchor


# "in der Nacht zum Montag", "die Nacht zum 3. Oktober": the night that leads into the
# day named, dated by the evening before (83 of 103 such cases in our gold; WikiWarsDE
# dates "die Nacht vom 16." by its first day too). "Die Nacht auf Montag" (Austrian and
# South Tyrolean usage) stays dated by the day, as 15 of 21 such cases and KRAUTS are.
_NIGHT_INTO = re.compile(r"(?:\b(?P<art>[Dd]er|[Dd]ie)\s+)?\bNacht\s+(?:zum|zu)\s+$")


def night_into(m: re.Match, ctx: Context, tx: Timex | None) -> Timex | None:
    """The night before the day `tx` dates, when the text calls it "die Nacht zum ..."
    (the article inside the expression in news, as for "in der vergangenen Woche")."""
    if tx is None or tx.type != "DATE" or not _DAY_VALUE.fullmatch(tx.value):
        return tx
    night = _NIGHT_INTO.search(ctx.text, max(0, m.start() - 24), m.start())
    if night is None:
        return tx
    evening = date.fromisoformat(tx.value) - timedelta(days=1)
    start = night.start("art") if night["art"] and not ctx.narrative \
        else ctx.text.index("Nacht", night.start())
    return Timex("TIME", f"{evening.isoformat()}TNI", anchor=tx.anchor, start=start,
                 end=tx.end, aside=tx.aside)


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
