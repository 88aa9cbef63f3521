"""German temporal expressions: the grammar (rules and their handlers).

The vocabulary is in de_lexicon.py, tense and prepositions in de_tense.py, the year of
an undated day or month in de_calendar.py (news) and de_story.py (narratives), and
the trigger words each rule runs near in de_triggers.py (see gate.py). Spans follow the TIMEX3
annotation of German news (KRAUTS): a contracted preposition ("am", "im", "seit") stays
outside the span, a determiner before an adjective and a noun ("den vergangenen Tagen",
"der zweiten Jahreshälfte") and a modifier ("Anfang Mai", "rund 200 Stunden") inside.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.temporal.de_calendar import news_day_year, news_month_year, news_season_year
from timeline.temporal.de_lexicon import (
    DAY_PARTS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH,
    MONTH_NAME,
    NUMBER_WORD,
    NUMBER_WORDS,
    SEASONS,
    SHIFT_UNITS,
    UNIT_FORMS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_NAME,
    WEEKDAYS,
    alternation,
    any_case_first,
    month_number,
    number_value,
)
from timeline.temporal.de_story import (
    DAY_LEVEL,
    EPISODE_WINDOW,
    SEASON_MONTHS,
    distal_day,
    episode,
    far_years,
    in_brackets,
    said_in_passing,
)
from timeline.temporal.de_story import last_match as _last_match
from timeline.temporal.de_story import story_day as _story_day
from timeline.temporal.de_tense import (
    NUMBER_THEN_SENTENCE,
    clause_tense,
    has_present_verb,
    looks_back,
    relation,
    reporting_frame,
    speaks_of_future,
    tense,
    told_in_perfekt,
)
from timeline.temporal.de_triggers import TRIGGERS
from timeline.temporal.engine import Context, Rule, Timex
from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.gate import GatedPattern
from timeline.temporal.resolve import shift, weekday_date
from timeline.temporal.values import (
    Interval,
    day_value,
    easter_sunday,
    month_end,
    month_value,
    unit_value,
    week_value,
)

__all__ = ["RULES", "relation", "tense"]

MOD_WORDS = {"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END",
             "start": "START", "schluss": "END"}
APPROX_MODS = {"rund": "APPROX", "etwa": "APPROX", "ca.": "APPROX", "circa": "APPROX",
               "ungefähr": "APPROX", "gegen": "APPROX", "knapp": "LESS_THAN",
               "fast": "LESS_THAN", "beinahe": "LESS_THAN", "gut": "MORE_THAN",
               "über": "MORE_THAN", "mehr als": "MORE_THAN", "weniger als": "LESS_THAN",
               "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS",
               "bis zu": "EQUAL_OR_LESS", "genau": None, "ganze": None, "ganzen": None,
               "nahezu": "LESS_THAN", "annähernd": "APPROX"}

_MODS = r"(?:Anfang|Mitte|Ende|Beginn)"
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])\."
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9])"
_DET = r"(?:[Dd](?:er|ie|as|en|em|es))"
_APPROX = (r"(?:[Rr]und|[Ee]twa|ca\.|[Cc]irca|[Uu]ngefähr|[Kk]napp|[Ff]ast|[Bb]einahe|[Gg]ut|"
           r"[Mm]ehr\s+als|[Ww]eniger\s+als|[Mm]indestens|[Hh]öchstens|[Bb]is\s+zu|[Gg]enau|"
           r"[Nn]ahezu|[Aa]nnähernd|[Üü]ber)")
_HALF = r"(?:[Ee]ine[mr]?\s+|[Ee]in\s+)?halbe[nms]?"
_UNIT = rf"(?P<unit>{alternation(w.capitalize() for w in UNIT_FORMS)})"
# A counted compound unit: "45 Verhandlungstagen", "300 Arbeitsstunden", "zwölf Dienstjahre"
# (day compounds only with known heads: "Landtage", "Parteitage" are no days).
_COMPOUND_UNIT = (r"(?P<cword>[A-ZÄÖÜ][a-zäöüß]{2,}(?:stunden|wochen|monaten|monate|jahren|jahre)|"
                  r"(?:Verhandlungs|Sitzungs|Werk|Schul|Urlaubs|Reise|Kalender|Spiel|Trainings|"
                  r"Dreh|Ferien|Streik|Regen|Sonnen|Frost|Hitze)tage?n?)")
_PART = alternation(w.capitalize() for w in DAY_PARTS)
_WEEKDAY = rf"(?P<weekday>{WEEKDAY_NAME})"


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def _rx_checked(pattern: str) -> re.Pattern:
    """A pattern searched through long stretches: with its first-character check."""
    return with_first_char_check(re.compile(pattern))


# --- context helpers -----------------------------------------------------------------

def _g(m: re.Match, name: str) -> str | None:
    """A named group, or None when the rule's pattern has no such group."""
    try:
        return m.group(name)
    except IndexError:
        return None


def _direction(m: re.Match, ctx: Context, pos: int | None = None) -> str:
    pos = m.start() if pos is None else pos
    found = clause_tense(ctx.text, pos)  # (it needs no sentence tense: none is computed)
    if found == "present" and _SINCE_BEFORE.search(ctx.text[max(0, pos - 12):pos]):
        return "past"  # "seit Mai gilt": a start gone by
    return found


_SINCE_BEFORE = re.compile(r"\b[Ss]eit(?:\s+(?:dem|den|der|Anfang|Mitte|Ende))?\s+$")


_DAS_BEFORE = _rx(r"\b[Dd]as\s+$")


def _with_das(ctx: Context, pos: int) -> int | None:
    """Where the span starts when an article no preposition swallowed stands before it
    ("für das laufende Jahr", "das Wochenende"); None to keep the match's start. Checked
    here, not in the patterns: an optional leading word slows every pattern scan."""
    found = _DAS_BEFORE.search(ctx.text, max(0, pos - 6), pos)
    return found.start() if found else None


def _words_before(ctx: Context, pos: int, n: int = 30) -> str:
    return ctx.text[max(0, pos - n):pos]


def _previous_day(ctx: Context) -> tuple[date, str]:
    """The last day the text named ("am Tag darauf" counts from it), else the anchor."""
    prev = ctx.previous
    if prev is not None and prev.granularity in ("day", "part_of_day", "hour", "minute"):
        return prev.start, "previous"
    return ctx.anchor_day, ctx.anchor_kind


def _day_of_clause(m: re.Match, ctx: Context) -> tuple[date, str]:
    """The day a part of the day or a clock time without a day of its own belongs to: the
    last day named, unless that lies years back and the clause speaks of now or of what
    is to come ("... sank das Schiff. Am Abend wird ein Kranz niedergelegt": the
    dateline's evening)."""
    d, anchor = _previous_day(ctx)
    if anchor != "previous" or ctx.narrative or ctx.ref_day.year - d.year < 2:
        return d, anchor
    lo, hi = _sentence_bounds(ctx, m.start())
    said = tense(ctx.text[lo:m.start()] + ctx.text[m.end():hi])  # "nächsten" reads as future
    if said == "past" or _recounted_episode(m, ctx) is not None or \
            _recalled_apart_from_span(m, ctx) is not None:
        return d, anchor
    # a plan, or the present after a day told in the past (a story told in the present
    # goes on in the present: "An jenem Abend fällt kein Schuss. Am nächsten Morgen ...")
    if said == "future" or clause_tense(ctx.text, ctx.placed[-1][0]) == "past":
        return ctx.ref_day, "dateline"
    return d, anchor


def _previous_period(ctx: Context) -> tuple[Interval | None, str]:
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


def _year_for_month(m: re.Match, ctx: Context, month: int) -> tuple[int, str]:
    story = _story_day(ctx, m.start()) or _recounted_day(m, ctx, month)
    if story is not None:
        year = story.year
        if _story_wraps(ctx, story, month):
            year += 1
        return year, "previous"
    return news_month_year(ctx.ref_day, month, _direction(m, ctx)), ctx.anchor_kind


def _year_for_day(m: re.Match, ctx: Context, month: int, day: int) -> tuple[int, str]:
    story = _story_day(ctx, m.start()) or _recounted_day(m, ctx, month)
    if story is not None:
        year = story.year
        if _story_wraps(ctx, story, month):
            year += 1
        return year, "previous"
    start, end = _sentence_bounds(ctx, m.start())
    ahead_ok = bool(_AHEAD_CUE.search(ctx.text, start, end))
    return news_day_year(ctx.ref_day, month, day, _direction(m, ctx), ahead_ok), ctx.anchor_kind


# Words with which a past-tense report names a day still ahead: "wurde auf den 4. Mai
# verschoben", "kündigte für den 4. Mai an", "gilt bis 4. Mai".
_AHEAD_CUE = _rx(
    r"\b(?:verschoben|vertagt|angesetzt|anberaumt|terminiert|festgesetzt|festgelegt|geplant|"
    r"vorgesehen|angekündigt|ankündigte|kündigte|kündigten|einberufen|eingeladen|lud|luden|"
    r"verlängert|befristet|gilt|gelten|bis|ab|auf\s+den|für\s+den|soll|sollen|solle|wird|"
    r"werden|werde|will|wollen|müsse|müssen|muss|bevor|Frist|Termin|spätestens|frühestens|"
    r"nächste[nmrs]?|kommende[nmrs]?|erwartet|erwarten)\b")


def _recounted_day(m: re.Match, ctx: Context, month: int | None = None) -> date | None:
    """News that recounts a past event ("Am 10. April 1912 lief die Titanic aus. ... am
    14. April") names its later days without the year: the day, month or season of the
    episode the text is telling, when it lies years before the dateline and nothing nearby
    speaks of the future."""
    episode = _recounted_episode(m, ctx)
    if episode is None:
        return None
    first = episode[0]
    if month is not None and _LOOK_BACK_MONTHS >= (first.month - month) % 12 > 0 and \
            _looks_back_at(m, ctx):
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


def _looks_back_at(m: re.Match, ctx: Context) -> bool:
    lo, hi = _sentence_bounds(ctx, m.start())
    return looks_back(ctx.text[lo:hi])


def _recounted_episode(m: re.Match, ctx: Context) -> tuple[date, str] | None:
    found = episode(ctx, m.start())
    if found is None:
        return None
    direction = _direction(m, ctx)
    if direction == "future":
        return None
    told = direction == "present" and _told_in_present(ctx, m.start())
    if direction == "present" and not told and speaks_of_future(
            ctx.text[max(0, m.start() - 100):m.end() + 100]):
        return None  # "Am 20. Mai wird gefeiert": a plan, this year's
    if direction == "present" and not told and _speaks_in_present(ctx, m.start()):
        return None  # "... Sie ist 54. Am 12. November hat sie Geburtstag": now
    if direction == "past" and _news_paragraph(ctx, m.start()):
        return None
    return found


def _recalled_apart_from_span(m: re.Match, ctx: Context) -> tuple[date, str] | None:
    """Like `_recounted_episode`, with the tense judged on the sentence without the
    match's own words ("im kommenden Winter fror sie": "kommenden" reads as future)."""
    found = episode(ctx, m.start())
    if found is None:
        return None
    lo, hi = _sentence_bounds(ctx, m.start())
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
    lo, hi = _sentence_bounds(ctx, pos)
    return told_in_perfekt(ctx.text[lo:hi])


_PERFECT_AUX_NEAR = _rx(r"\b(?:hat|haben|habe|ist|sind|bin|sei|seien)\b")


def _speaks_in_present(ctx: Context, pos: int) -> bool:
    """Whether the sentence around `pos` has a verb in the present (a sentence whose
    verb the tense test does not know, "rammte sie", does not count)."""
    lo, hi = _sentence_bounds(ctx, pos)
    sentence = ctx.text[lo:hi]
    return tense(sentence) == "present" and (
        has_present_verb(sentence) or _PRESENT_AUX.search(sentence) is not None)


_PRESENT_AUX = _rx(r"\b(?:ist|hat|sind|haben|gibt)\b")


def _told_in_present(ctx: Context, pos: int) -> bool:
    """Whether the episode before `pos` is told in the historic present: the sentence
    that names its year has a present verb ("1961 ist Karin zwölf")."""
    years = far_years(ctx, pos - EPISODE_WINDOW, pos, 2)
    # an aside in the pluperfect ("deren Inneres 1789 umgestaltet worden war") does not
    # end it: the last few years the story named count
    return any(clause_tense(ctx.text, at) == "present" for at, _ in years[:3])


def _this_year(ctx: Context, pos: int | None = None) -> tuple[int, str]:
    story = _story_day(ctx, pos)
    if story is not None:
        return story.year, "previous"
    return ctx.ref_day.year, ctx.anchor_kind


def _num(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w in ("ein halbes", "einem halben") or w.endswith(("halbe", "halben", "halbes", "halbem")):
        return 0.5
    return number_value(w)


def _fmt(n: float) -> str:
    """A number as TIMEX3 writes it: no exponent, no trailing zeros (1.5, 1000000.1)."""
    if float(n).is_integer():
        return str(int(n))
    return f"{n:.6f}".rstrip("0").rstrip(".")


def _unit_stem(word: str) -> str:
    return UNIT_FORMS[word.lower()]


def _duration_value(n: float | None, stem: str) -> str:
    """TIMEX3 duration: P3D, PT9M, P10Y, PXW (n None = unspecified)."""
    code = UNITS[stem]
    q = "X" if n is None else None
    if code in ("S", "MIN", "H"):
        if q is None and code == "H" and not float(n).is_integer():
            return f"PT{_fmt(n * 60)}M"
        letter = {"S": "S", "MIN": "M", "H": "H"}[code]
        return f"PT{q or _fmt(n)}{letter}"
    if code == "HY":
        return "PXM" if q else f"P{_fmt(6 * n)}M"
    if code == "DE":
        return "PXDE" if q else f"P{_fmt(10 * n)}Y"
    if code == "CE":  # half a century is fifty years, not "P0.5CE"
        return "PXCE" if q else f"P{_fmt(n)}CE" if float(n).is_integer() else f"P{_fmt(100 * n)}Y"
    if q is None and not float(n).is_integer():
        smaller = {"Y": (12, "M"), "M": None, "W": (7, "D"), "D": None}.get(code)
        if smaller:
            return f"P{_fmt(n * smaller[0])}{smaller[1]}"
    return f"P{q or _fmt(n)}{code}"


def _unit_value(d: date, stem: str) -> str:
    """The value of the calendar unit a German unit word names, around `d`."""
    return unit_value(d, SHIFT_UNITS.get(stem, "day"))


# --- absolute and calendar dates -----------------------------------------------------

def full_date(m: re.Match, ctx: Context) -> Timex | None:
    try:
        d = date(int(_g(m, "year")), month_number(_g(m, "month")), int(_g(m, "day")))
    except ValueError:
        return None
    return _with_day_part(m, ctx, d, "absolute")


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
    month, day = int(_g(m, "nm")), int(_g(m, "nd"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year, anchor = _year_for_day(m, ctx, month, day)
    try:
        return Timex("DATE", day_value(date(year, month, day)), anchor=anchor)
    except ValueError:
        return None


def numeric_date(m: re.Match, ctx: Context) -> Timex | None:
    if _g(m, "iy"):
        y, mo, d = int(_g(m, "iy")), int(_g(m, "im")), int(_g(m, "id"))
    else:
        y, mo, d = int(_g(m, "y")), int(_g(m, "mo")), int(_g(m, "d"))
        if len(_g(m, "y")) == 2:
            base = (_story_day(ctx, m.start()) or ctx.ref_day).year
            century = base // 100 * 100
            y += century if century + y <= base + 5 else century - 100
    try:
        return Timex("DATE", day_value(date(y, mo, d)))
    except ValueError:
        return None


def day_month(m: re.Match, ctx: Context) -> Timex | None:
    month = month_number(_g(m, "month"))
    day = int(_g(m, "day"))
    if _g(m, "year"):
        year, anchor = int(_g(m, "year")), "absolute"
    else:
        year, anchor = _year_for_day(m, ctx, month, day)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return _with_day_part(m, ctx, d, anchor)


def _with_day_part(m: re.Match, ctx: Context, d: date, anchor: str) -> Timex:
    part = _g(m, "part")
    if part:
        code = DAY_PARTS[part.lower()]
        return Timex("TIME", f"{day_value(d)}T{code}", anchor=anchor)
    return Timex("DATE", day_value(d), anchor=anchor)


def listed_day(m: re.Match, ctx: Context) -> Timex | None:
    """A day in a list whose month comes at its end: "am [3.], 4. und 5. Oktober" (the
    pattern differs from day_month's; the groups and their reading are the same)."""
    return day_month(m, ctx)


def month_with_year(m: re.Match, ctx: Context) -> Timex | None:
    month = month_number(_g(m, "month"))
    mod = MOD_WORDS.get((_g(m, "mod") or "").lower())
    if _g(m, "year"):
        year, anchor = int(_g(m, "year")), "absolute"
    else:
        rel = (_g(m, "rel") or "").lower()
        base, anchor = _this_year(ctx, m.start())
        if rel.startswith(("vorig", "vergangen", "letzt", "vorjahr")):
            year = base - 1
        elif rel.startswith(("nächst", "kommend", "folgend")):
            year = base + 1
        elif rel.startswith(("selben", "desselben", "gleichen")):
            prev, anchor = _previous_period(ctx)
            year = prev.start.year if prev else base
        else:
            year = base
    return Timex("DATE", month_value(year, month), mod=mod, anchor=anchor)


_MONTH_CONTEXT = _rx(
    r"(?:\b(?:[Ii]m|[Ii]n|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Vv]on|[Zz]um|[Dd]es|[Dd]en|[Dd]iesen|[Dd]ieses|"
    r"[Jj]eden|[Vv]or|[Nn]ach|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn|[Ss]eit\s+Anfang|"
    r"[Ss]pätestens|[Ff]rühestens|[Kk]ommenden|[Vv]ergangenen|[Ll]etzten|[Nn]ächsten|"
    r"[Dd]ieser|[Dd]iesem|[Ww]ährend|[Zz]wischen|[Uu]m|[Gg]egen|[Dd]er|[Ff]ür|"
    r"[Vv]origen|[Kk]ommender|[Ee]rst|[Ss]chon|[Bb]ereits|[Nn]och)\s+)$"
    rf"|(?:{MONTH_NAME})\.?(?:\s*,\s*|\s+(?:und|oder|sowie|bis)\s+|\s*[/–-]\s*)$")


def month_alone(m: re.Match, ctx: Context) -> Timex | None:
    month = month_number(_g(m, "month"))
    mod = MOD_WORDS.get((_g(m, "mod") or "").lower())
    if not mod and not _g(m, "slash_year") and not _MONTH_CONTEXT.search(
            _words_before(ctx, m.start("t"), 25)):
        return None  # a name ("August Ritter", "Wladimir Mai-Majewski")
    if _g(m, "slash_year"):
        year, anchor = int(_g(m, "slash_year")), "absolute"
    else:
        year, anchor = _year_for_month(m, ctx, month)
    return Timex("DATE", month_value(year, month), mod=mod, anchor=anchor)


_YEAR_REJECT_BEFORE = _rx(
    r"(?:\b(?:[Nn]r\.|[Nn]ummer|[Pp]latz|[Ss]eite|[Tt]el\.?|PLZ|[Aa]rt\.|[Aa]rtikel|§|"
    r"sind\s+es|waren\s+es|[Rr]und|[Ee]twa|[Ff]ast|[Kk]napp|[Üü]ber|[Mm]ehr\s+als|"
    r"[Ww]eniger\s+als|[Ii]nsgesamt|ca\.|[Bb]is\s+zu|[Nn]ur|[Gg]ut|"
    r"[Pp]ro|[Jj]e|[Aa]lle|[Dd]iese|[Kk]eine)"
    r"\s+|[.,:]|\d\s|\b[A-Z]\s)$")
_YEAR_OK_BEFORE = _rx(
    r"\b(?:[Ii]m|[Ii]n|[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Vv]or|[Nn]ach|[Uu]m|[Ee]nde|[Aa]nfang|"
    r"[Mm]itte|[Bb]eginn|[Jj]ahr|[Jj]ahre|[Jj]ahres|[Ss]aison|[Ss]tand|[Ss]eit\s+dem|"
    r"[Ff]rühjahr|[Ss]ommer|[Hh]erbst|[Ww]inter|[Ff]rühling|[Zz]wischen)\s+$"
    r"|(?:^|\n)[ \t]*[*•·–-]?[ \t]*$|\s[*•·][ \t]+$")
_YEAR_OK_AFTER = _rx(
    rf"^\s*(?:{MONTH}|Jänner|und|bis|oder|sowie|v\.\s*Chr|n\.\s*Chr|Uhr)")


# Words that belong to a year's span, found leftwards from the digits (a pattern that
# starts with optional words is slow to search): "Ende (des Jahres) 1941", "(das) Jahr 1895".
_YEAR_LEAD = _rx(rf"(?:(?P<mod>{_MODS})\s+(?:des\s+Jahres\s+)?|"
                 r"(?P<lead>(?:[Dd]as\s+)?Jahre?s?\s+))$")
_DECADE_LEAD = _rx(rf"(?:(?P<mod>{_MODS})\s+(?:der\s+)?|(?P<det>{_DET})\s+)$")


def _lead(ctx: Context, pos: int, pattern: re.Pattern) -> re.Match | None:
    return pattern.search(ctx.text, max(0, pos - 24), pos)


_UNIT_AFTER = _rx(r"^(?:[ \t]*(?:bis|-|–|und)[ \t]*\d{3,4})?[ \t]*(?:%|€|\$|m\b|km\b|kg\b|t\b|"
                  r"Prozent|Euro|Dollar|Franken|Meter|Metern|Kilometer|Grad|Mann|mal\b|-mal|"
                  r"[.,]\d)")
# A capitalized plural-looking word after a number counts things: "1500 Panzern", "2014
# Menschen"; a year reads "1939 begann", "2012 Insolvenz anmelden".
_COUNT_AFTER = _rx(r"^[ \t]*[A-ZÄÖÜ][a-zäöüß]*(?:en|n|e|er|ern|s)\b")
_VERB_BEFORE = _rx(r"\b(?:wurde|wurden|war|waren|wird|werden|ist|sind|gewann|gewannen|holte|"
                   r"holten)\s+$")
# Nouns that after a number always count: "2014 Menschen".
_COUNT_NOUN = _rx(r"^[ \t]*(?:Menschen|Personen|Leute|Besucher\w*|Teilnehmer\w*|Mitarbeiter\w*|"
                  r"Einwohner\w*|Stimmen|Mitglieder\w*|Fälle|Tote|Opfer\w*|Soldaten|Kinder\w*|"
                  r"Euro|Stück|Exemplare)\b")
_APPROX_YEAR = _rx(r"\b(?:[Bb]is|[Ss]eit|[Uu]m|[Aa]b|[Vv]on|[Vv]or|[Nn]ach|[Ii]m\s+Jahre?)\s+"
                   r"(etwa|ca\.|circa|rund|ungefähr)\s+$")
_TIME_PREP_BEFORE = _rx(r"(?:[Jj]ahre?s?|[Ss]eit|[Ii]m|[Bb]is|[Aa]b|[Vv]on|[Vv]or|[Nn]ach)\s+$")


def year_alone(m: re.Match, ctx: Context) -> Timex | None:
    tx = _year_alone(m, ctx)
    if tx is not None and in_brackets(ctx.text, m.start(), m.end()):
        tx.aside = True  # "(wo ihr Sohn 1961 zur Welt kam)": the text's time stays
    return tx


def _year_alone(m: re.Match, ctx: Context) -> Timex | None:
    lm = _lead(ctx, m.start(), _YEAR_LEAD)
    mod = MOD_WORDS.get((lm["mod"] or "").lower()) if lm else None
    s = lm.start() if lm else m.start()
    year = _g(m, "year")
    after = ctx.text[m.end():m.end() + 30]
    if re.match(r"^[ \t]*(?:bis|-|–)[ \t]*\d{3,4}[ \t]+[A-ZÄÖÜ%€]", after):
        return None  # "von 2000 bis 3000 Grad"
    if lm:
        return Timex("DATE", year, mod=mod, start=s)
    before = _words_before(ctx, s, 30)
    approx = _APPROX_YEAR.search(before)
    if approx:  # "bis etwa 1945": the approximation belongs to the span
        return Timex("DATE", year, mod="APPROX", start=s - len(before) + approx.start(1))
    if _YEAR_OK_AFTER.match(after):
        return Timex("DATE", year)
    if _YEAR_OK_BEFORE.search(before):
        if _COUNT_AFTER.match(after) and not _TIME_PREP_BEFORE.search(before):
            return None  # "um 1500 Soldaten"
        return Timex("DATE", year)
    if _YEAR_REJECT_BEFORE.search(before) or _UNIT_AFTER.match(after):
        return None
    if _COUNT_AFTER.match(after) and (_COUNT_NOUN.match(after) or not (
            _VERB_BEFORE.search(before) and int(year) % 100)):
        return None
    return Timex("DATE", year)


def early_year(m: re.Match, ctx: Context) -> Timex | None:
    """A year before 1000 in a history: "um 800" (about 800), "im Jahr 955", "die 955
    bei einem Ungarneinfall niederbrannte". A number that counts ("um 800 Menschen",
    "955 Einwohner", "300 km") is none; news writes such years with an era."""
    if not ctx.narrative:
        return None
    after = ctx.text[m.end():m.end() + 30]
    if _COUNT_AFTER.match(after) or _UNIT_AFTER.match(after) or _EARLY_COUNT_AFTER.match(after):
        return None
    # "um 800 tapfere Mönche" counts; "Um 800 kamen Mönche": the verb follows the year
    if _ADJECTIVE_NOUN_AFTER.match(after) and not (
            _g(m, "um") and _VERB_AFTER.match(after) and
            _SENTENCE_OPENING.search(ctx.text, max(0, m.start() - 3), m.start())):
        return None
    year = f"{int(_g(m, 'ey')):04d}"
    era = _last_match(_ERA, ctx.text, max(0, m.start() - 2000), m.start())
    if era is not None and era.group(0).startswith("v"):
        year = "BC" + year  # "Das Jahr 149" in a history of the years before Christ
    if _g(m, "um"):
        return Timex("DATE", year, mod="APPROX")
    if _g(m, "lead"):
        return Timex("DATE", year)
    before = _words_before(ctx, m.start(), 20)
    if _EARLY_PREP_BEFORE.search(before) or (
            _RELATIVE_BEFORE.search(before) and _PREP_AFTER.match(after)):
        return Timex("DATE", year)
    return None


_ERA = _rx(r"[vn]\.\s*Chr\.")
# "um 800 bis 900 Mann", "955 und 956 Tote", "um 800 Jahre": still counts
_EARLY_COUNT_AFTER = _rx(r"^\s*(?:(?:bis|und|oder|-|–)\s*\d+\s*[A-Za-zÄÖÜäöü]|mal\b|Mal\b)")
_ADJECTIVE_NOUN_AFTER = _rx(r"^\s*[a-zäöüß]+\s+[A-ZÄÖÜ]")
_VERB_AFTER = _rx(r"^\s*(?:wurden?|war|waren|kam|kamen|gab|ging|gingen|fiel|fielen|zog|zogen|"
                  r"ließ|ließen|fand|stand|lag|entstand|entstanden|begann|begannen|"
                  r"[a-zäöüß]+te[nt]?|[a-zäöüß]+t)\s")
_SENTENCE_OPENING = _rx(r"(?:^|[.!?:]\s+|\n\s*)$")
_EARLY_PREP_BEFORE = _rx(r"\b(?:[Ss]eit|[Aa]b|[Bb]is|[Ii]m\s+Jahre?)\s+$")
_RELATIVE_BEFORE = _rx(r"(?:,|\b(?:[Dd]ie|[Dd]er|[Dd]as|[Ww]elche[rs]?))\s+(?:die|der|das|"
                       r"welche[rs]?)\s+$")
_PREP_AFTER = _rx(r"^\s+(?:bei|in|an|durch|von|unter|nach|zu|zum|zur|im|am|vom|erstmals|"
                  r"urkundlich|erbaut|gegründet|zerstört)\b")


def short_year(m: re.Match, ctx: Context) -> Timex | None:
    """The second year of "1912/13" or "1870/71"."""
    first = int(_g(m, "first"))
    y = first // 100 * 100 + int(_g(m, "yy"))
    if y <= first:
        y += 100
    if y - first > 5:
        return None
    return Timex("DATE", f"{y:04d}")


def bc_year(m: re.Match, ctx: Context) -> Timex:
    y = int(_g(m, "bc"))
    mod = "APPROX" if _g(m, "um") else MOD_WORDS.get((_g(m, "mod") or "").lower())
    if _g(m, "era").lower().startswith("v"):
        return Timex("DATE", f"BC{y:04d}", mod=mod)
    return Timex("DATE", f"{y:04d}", mod=mod)


def decade(m: re.Match, ctx: Context) -> Timex | None:
    digits = _g(m, "dec")
    lm = _lead(ctx, m.start(), _DECADE_LEAD)
    mod = MOD_WORDS.get((lm["mod"] or "").lower()) if lm else None
    start = lm.start() if lm else None
    if digits is None:
        tens = {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5,
                "sechziger": 6, "siebziger": 7, "achtziger": 8, "neunziger": 9, "nuller": 0}
        digits = str(tens[_g(m, "decword").lower()] * 10)
    if len(digits) == 4:
        return Timex("DATE", digits[:3], mod=mod, start=start)
    if _g(m, "dcent"):  # "den Dreißigerjahren des 19. Jahrhunderts"
        century = int(_g(m, "dcent")) - 1
        return Timex("DATE", f"{century * 10 + int(digits) // 10:03d}", mod=mod, start=start)
    if _g(m, "drel"):  # "die Zwanzigerjahre des vorigen Jahrhunderts"
        century = ctx.ref_day.year // 100 - 1
        return Timex("DATE", f"{century * 10 + int(digits) // 10:03d}", mod=mod,
                     anchor="dateline", start=start)
    story = None if ctx.has_reference else _story_day(ctx, m.start())
    if story is None and not ctx.has_reference:
        base = 1999  # no time to count from: "die 90er" most likely lie in the 1900s
    else:
        base = (story or ctx.ref_day).year
    century = base // 100
    d = int(digits)
    if century * 100 + d > base and century > 0 and not (
            century * 100 + d <= base + 50 and ctx.has_reference and not ctx.narrative
            and _direction(m, ctx) == "future"):
        century -= 1  # "die Neunziger" in 2016 lie back, "in den Dreißigerjahren wird" ahead
    return Timex("DATE", f"{century * 10 + d // 10:03d}", mod=mod, anchor="dateline",
                 start=start)


def this_century(m: re.Match, ctx: Context) -> Timex:
    """"bis Ende des Jahrhunderts": the century of the reference (or story) year."""
    year, anchor = _this_year(ctx, m.start())
    return Timex("DATE", f"{year // 100:02d}", mod=MOD_WORDS[_g(m, "mod").lower()],
                 anchor=anchor)


def century(m: re.Match, ctx: Context) -> Timex:
    n = int(_g(m, "cent"))
    mod = MOD_WORDS.get((_g(m, "mod") or "").lower())
    if _g(m, "half"):
        mod = "START" if _g(m, "half").lower().startswith("erst") else "END"
    if _g(m, "era") and _g(m, "era").lower().startswith("v"):
        return Timex("DATE", f"BC{n - 1:02d}", mod=mod)
    return Timex("DATE", f"{n - 1:02d}", mod=mod)


def season(m: re.Match, ctx: Context) -> Timex:
    word = (_g(m, "season") or _g(m, "lseason")).lower()
    code = SEASONS[word]
    pre = (_g(m, "pre") or "").lower()
    mod = MOD_WORDS.get((_g(m, "mod") or "").lower())
    if pre == "spät":
        mod = "END"
    elif pre == "früh" and code != "SP":
        mod = "START"
    if _g(m, "bcy"):
        return Timex("DATE", f"BC{int(_g(m, 'bcy')):04d}-{code}", mod=mod)
    if _g(m, "year"):
        y = int(_g(m, "year"))
        return Timex("DATE", f"{y:04d}-{code}", mod=mod)
    this = (_g(m, "this") or "").lower()
    rel = (_g(m, "rel") or "").lower()
    if _g(m, "after") or this.startswith(("selb", "gleich", "folgend", "darauffolgend")):
        tx = _season_after_previous(ctx, m.start(), code, mod, after=True,
                                    same=this.startswith(("selb", "gleich")))
        if tx is not None:
            return tx
    if this.startswith("jen"):
        # "in jenem Sommer": the season of the time the text tells of, else a past one
        tx = _season_after_previous(ctx, m.start(), code, mod, after=False, same=True)
        if tx is not None:
            return tx
        y = news_season_year(ctx.ref_day, code, "past")
        return Timex("DATE", f"{y:04d}-{code}", mod=mod, anchor=ctx.anchor_kind)
    if (this.startswith(("kommend", "nächst")) or any(w in rel for w in ("nächst", "kommend"))) \
            and not ctx.narrative and _recalled_apart_from_span(m, ctx) is not None:
        # "Im Februar 1954 kam sie nach Wien. Im nächsten Frühjahr heiratete sie": the
        # next such season after the episode's date ("des nächsten Jahres": the year after)
        tx = _season_after_previous(ctx, m.start(), code, mod, after=True, next_year=bool(rel))
        if tx is not None:
            return tx
    if rel and any(w in rel for w in ("selben", "gleichen", "folgenden")):
        # "im Herbst desselben Jahres", "im Frühjahr des folgenden Jahres": the year of
        # the last date the text named
        last = _last_dated(ctx, m.start())
        base = last[0].year if last else (_story_day(ctx, m.start()) or ctx.ref_day).year
        base += "folgenden" in rel
        return Timex("DATE", f"{base:04d}-{code}", mod=mod,
                     anchor="previous" if last else ctx.anchor_kind)
    if rel:
        base = (_story_day(ctx, m.start()) or ctx.ref_day).year
        if any(w in rel for w in ("vorig", "vergangen", "letzt", "vorjahr")):
            base -= 1
        elif any(w in rel for w in ("nächst", "kommend")):
            base += 1
        return Timex("DATE", f"{base:04d}-{code}", mod=mod, anchor=ctx.anchor_kind)
    if not this and not mod and not pre and _SEASON_NAMELIKE.search(
            _words_before(ctx, m.start(), 8)):
        return None  # "das Jahr ohne Sommer": a name
    story = _story_day(ctx, m.start())
    if story is not None:
        if not this and not mod and _SEASON_HABIT_AFTER.match(ctx.text, m.end()):
            return None  # "trainierte im Winter auch in der Halle": every winter
        return Timex("DATE", f"{story.year:04d}-{code}", mod=mod, anchor="previous")
    if not this and not mod and not pre and not _g(m, "det") and not _SEASON_CONTEXT.search(
            _words_before(ctx, m.start(), 20)):
        return None  # "Sommer unter Freunden" (a title)
    if not this and _recounted_episode(m, ctx) is not None:
        # a feature telling an episode, in the historic present too: "1961 ist Karin
        # zwölf. ... Im Herbst zieht die Familie nach Pankow"
        tx = _season_after_previous(ctx, m.start(), code, mod, after=False)
        if tx is not None:
            return tx
    if not this and not ctx.narrative and _direction(m, ctx) == "past":
        last = _last_dated(ctx, m.start())
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
        direction = _direction(m, ctx)
    y = news_season_year(ctx.ref_day, code, direction)
    return Timex("DATE", f"{y:04d}-{code}", mod=mod, anchor=ctx.anchor_kind)


# A season or month the text dated itself ("im Sommer 1995", "Januar 1989"): seasons set
# no "previous" date in the engine, so a season that follows looks for them in the text.
_DATED_PERIOD = _rx_checked(rf"(?:(?P<ps>Frühjahr|Frühling|Sommer|Herbst|Winter)s?|"
                            rf"(?P<pm>{MONTH_NAME}))\s+(?:des\s+Jahres\s+)?"
                            r"(?P<py>1[0-9]{3}|20[0-9]{2})(?![0-9])")


def _last_dated(ctx: Context, pos: int, prev: Interval | None = None
                ) -> tuple[date, str] | None:
    """The last date the text named before `pos`: a dated season or month close before,
    else the engine's previous date (or `prev`, when given)."""
    found = _last_match(_DATED_PERIOD, ctx.text, max(0, pos - 600), pos)
    if prev is None and ctx.previous is not None:
        prev = _counting_base(ctx, pos, False) or ctx.previous
    if found is not None and not in_brackets(ctx.text, found.start("py"), found.end("py")):
        if found["ps"]:
            first = SEASON_MONTHS[SEASONS[found["ps"].lower()]][0]
            dated = date(int(found["py"]), first, 1), "season"
        else:
            dated = date(int(found["py"]), month_number(found["pm"]), 1), "month"
        if prev is None or prev.start < dated[0]:
            return dated
    return (prev.start, prev.granularity) if prev is not None else None


def _season_after_previous(ctx: Context, pos: int, code: str, mod: str | None,
                           after: bool, same: bool = False, next_year: bool = False
                           ) -> Timex | None:
    """"im Frühjahr darauf", "im folgenden Sommer" (after=True): the first such season
    after the last date the text named; "im selben Herbst" (same=True): that date's year;
    "im Frühjahr des nächsten Jahres" (next_year=True): the year after it; a plain "im
    Herbst" (all False): the first such season ending after it."""
    last = _last_dated(ctx, pos)
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


_SEASON_NAMELIKE = _rx(r"\b[Oo]hne\s+$")
_SEASON_HABIT_AFTER = _rx(r"\s+(?:auch|meist|meistens|immer|stets|jeweils|oft|häufig|"
                          r"gewöhnlich|regelmäßig)\b")
_SEASON_CONTEXT = _rx(
    r"\b(?:[Ii]m|[Ii]n|[Dd]en|[Dd]em|[Dd]er|[Dd]es|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Zz]um|[Üü]ber|"
    r"[Gg]anzen|[Vv]or|[Nn]ach|[Ww]ährend|[Jj]eden|[Uu]nd|[Oo]der|[Ff]ür)\s+$"
    r"|\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]in(?:en|em)?)\s+[a-zäöüß]+(?:e|en|er|es)\s+$")


_QUARTER_RX = _rx(
    r"(?:(?P<det>der|dem|des)\s+)?(?<![\w-])"
    r"(?P<ord>(?:erst|zweit|dritt|viert)en?|letzten|[1-4]\.)\s+"
    r"(?P<qunit>Quartal|Quartals|Trimester|Trimesters|Jahreshälfte|Halbjahr|Halbjahres|"
    r"Hälfte\s+des\s+Jahres)"
    r"(?:\s+(?:des\s+Jahres\s+)?(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9]))?")


def prior_year_period(m: re.Match, ctx: Context) -> Timex | None:
    """"im Vorjahresquartal", "dem gleichen Zeitraum des Vorjahres": the period the report
    is about (the last quarter or half-year it named), one year earlier."""
    word = (_g(m, "vj") or "").lower()
    if "monat" in word:
        prev = ctx.previous
        if prev is not None and prev.granularity == "month":
            return Timex("DATE", month_value(prev.start.year - 1, prev.start.month),
                         anchor="previous")
        d = shift(ctx.ref_day, "month", -1)
        return Timex("DATE", month_value(d.year - 1, d.month), anchor=ctx.anchor_kind)
    named = None
    for q in _QUARTER_RX.finditer(ctx.text, max(0, m.start() - 1500), m.start()):
        named = q
    if named is not None:
        tx = quarter(named, ctx)
        if tx is not None:
            return Timex("DATE", f"{int(tx.value[:4]) - 1:04d}{tx.value[4:]}", anchor="previous")
    if "halbjahr" in word:
        d = shift(ctx.ref_day, "month", -6)
        return Timex("DATE", f"{d.year - 1:04d}-H{(d.month - 1) // 6 + 1}",
                     anchor=ctx.anchor_kind)
    if "quartal" in word:
        d = shift(ctx.ref_day, "month", -3)
        return Timex("DATE", f"{d.year - 1:04d}-Q{(d.month - 1) // 3 + 1}",
                     anchor=ctx.anchor_kind)
    return Timex("DATE", f"{ctx.ref_day.year - 1:04d}", anchor=ctx.anchor_kind)


def quarter(m: re.Match, ctx: Context) -> Timex | None:
    n = _ordinal(_g(m, "ord"))
    if n is None:
        return None
    unit = _g(m, "qunit").lower()
    halves = "hälfte" in unit or "halbjahr" in unit
    if halves and n not in (1, 2):
        return None
    if _g(m, "year"):
        year, anchor = int(_g(m, "year")), "absolute"
    else:
        year, anchor = _this_year(ctx, m.start())
        if not ctx.narrative:
            cur = (ctx.ref_day.month - 1) // (6 if halves else 3) + 1
            d = _direction(m, ctx)
            if d == "past" and n > cur:
                year -= 1
            elif d == "past" and n == cur == 1 and halves and ctx.ref_day < date(year, 6, 10):
                year -= 1  # results of a half-year still under way: the last one's
            elif d == "future" and n < cur:
                year += 1
    start = None if _g(m, "det") else _with_das(ctx, m.start())  # "das zweite Halbjahr"
    if halves:
        return Timex("DATE", f"{year:04d}-H{n}", anchor=anchor, start=start)
    return Timex("DATE", f"{year:04d}-Q{n}", anchor=anchor, start=start)


def _ordinal(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.isdigit():
        return int(w)
    return {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4, "letzten": 4, "letzte": 4}.get(w)


def quarter_code(m: re.Match, ctx: Context) -> Timex | None:
    """"Q3 2014", "Q1/15" (business news)."""
    q = int(_g(m, "q"))
    if _g(m, "qy"):
        y = int(_g(m, "qy"))
        return Timex("DATE", f"{y + 2000 if y < 100 else y:04d}-Q{q}")
    year, anchor = _this_year(ctx, m.start())
    return Timex("DATE", f"{year:04d}-Q{q}", anchor=anchor)


def iso_week(m: re.Match, ctx: Context) -> Timex | None:
    w = int(_g(m, "week") or _g(m, "week2"))
    if not 1 <= w <= 53:
        return None
    if _g(m, "year"):
        return Timex("DATE", f"{int(m['year']):04d}-W{w:02d}")
    year, anchor = _this_year(ctx, m.start())
    return Timex("DATE", f"{year:04d}-W{w:02d}", anchor=anchor)


# --- weekdays, weekends, holidays ----------------------------------------------------

def _weekday_direction(m: re.Match, ctx: Context) -> str:
    which = (_g(m, "which") or "").lower()
    if which.startswith(("vergangen", "letzt", "vorig")):
        return "past"
    if which.startswith(("kommend", "nächst")):
        return "future"
    before = _words_before(ctx, m.start(), 8)
    if re.search(r"\b(?:[Vv]om|[Ss]eit|[Ss]eit\s+dem)\s+$", before):
        return "past"
    if re.search(r"\b(?:[Bb]is|[Aa]b|[Bb]is\s+zum|[Bb]is\s+am)\s+$", before):
        return "future"
    if before.endswith(("für ", "Für ")):
        # "kündigten für Samstag Proteste an": a day announced, still ahead
        start, end = _sentence_bounds(ctx, m.start())
        if _AHEAD_CUE.search(ctx.text, start, end):
            return "future"
    return _direction(m, ctx)


# a capitalized adjective after an article makes a weekday a name
_NAMED_DAY_BEFORE = _rx(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Aa]m|[Vv]om|[Zz]um|[Ee]ine[mns]?)\s+"
                        r"[A-ZÄÖÜ][a-zäöüß]+e[nmrs]?\s+$")
def _told_before(ctx: Context, pos: int, name: str) -> bool:
    """Whether the text told of this weekday before, in the past tense: a later mention
    of it is the same day (unless a coming one is said: "wieder", "erneut")."""
    sentence_start, sentence_end = _sentence_bounds(ctx, pos)
    if _AGAIN.search(ctx.text, sentence_start, sentence_end):
        return False
    stem = name[0].upper() + name[1:].lower()
    at = ctx.text.rfind(stem, max(0, pos - 2000), sentence_start)
    if at < 0 or clause_tense(ctx.text, at) != "past":
        return False
    # the weekday of a day years back ("Am Sonntag, dem 13. Januar 1974, sank das Schiff")
    # is no day of the dateline's week a later mention could mean again
    lo, hi = _sentence_bounds(ctx, at)
    return not far_years(ctx, lo, hi, 2)


_DAY_WHEN_AFTER = _rx(r",\s+an\s+de[mn]\b")
_DET_BEFORE = _rx(r"\b[Dd](?:er|en|em)\s+$")
_AGAIN = _rx(r"\b(?:wieder|erneut|nochmals|abermals|kommende[nmrs]?|nächste[nmrs]?)\b")
def _story_went_on(ctx: Context, pos: int) -> bool:
    """Whether a recalled episode has gone on for a while: its year was last written
    before the sentence ahead of `pos`. A weekday right after an old date ("Am 3. Mai 2012
    starb der Vater. Am Montag begann der Prozess") is still news of the dateline's week."""
    start = _sentence_bounds(ctx, pos)[0]
    start = _sentence_bounds(ctx, max(0, start - 2))[0]
    if far_years(ctx, start, pos, 2):
        return False
    return True


_SINCE_UNTIL_BEFORE = _rx(r"\b(?:[Ss]eit|[Bb]is|[Aa]b)(?:\s+(?:zum|am))?\s+$")
_WEEK_OFFSET = {"vergangen": -1, "letzt": -1, "vorig": -1, "kommend": 1, "nächst": 1,
                "dies": 0, "selb": 0}


def _weekday_of_week(m: re.Match, ctx: Context, wd: int) -> date:
    """"Dienstag vergangener Woche", "am Freitag der kommenden Woche": that weekday of the
    week named; "der selben Woche" is the week of the last day the text named."""
    word = re.sub(r"^(?:der|dieser)\s+", "", _g(m, "ofweek").lower()) \
        if not _g(m, "ofweek").lower().startswith("dieser") else "dieser"
    n = next(v for k, v in _WEEK_OFFSET.items() if word.startswith(k))
    base = _previous_day(ctx)[0] if word.startswith("selb") else ctx.ref_day
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=n)
    return monday + timedelta(days=wd)


def weekday(m: re.Match, ctx: Context) -> Timex | None:
    wd = WEEKDAYS[_g(m, "weekday").lower()]
    part = _g(m, "wpart") or _g(m, "part")
    code = DAY_PARTS[part.lower()] if part else None
    if _g(m, "ofweek") or _g(m, "wafter"):
        if _g(m, "ofweek"):
            d = _weekday_of_week(m, ctx, wd)
            anchor = "previous" if _g(m, "ofweek").lower().endswith("selben woche") \
                else ctx.anchor_kind
        else:  # "am Samstag darauf": the first such day after the last day named
            base, anchor = _previous_day(ctx)
            d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        return Timex("TIME", f"{day_value(d)}T{code}", anchor=anchor) if code else \
            Timex("DATE", day_value(d), anchor=anchor)
    which = (_g(m, "which") or "").lower()
    apposed = None if which else _apposed_day(ctx, m.start(), wd)
    if apposed is not None:
        # "Zwei Tage später, am Samstag, ...": the day just named, called by its weekday
        return Timex("TIME", f"{day_value(apposed)}T{code}", anchor="previous") if code else \
            Timex("DATE", day_value(apposed), anchor="previous")
    if which.endswith("folgenden"):
        base, anchor = _previous_day(ctx)  # "am folgenden Montag", like "Montag darauf"
        return _weekday_after(base, wd, code, anchor)
    if which.startswith(("kommend", "nächst")) and not ctx.narrative:
        told = _episode_day_told_in_past(m, ctx)
        if told is not None:
            # "Am 1. Oktober 1998 kündigte er an, am kommenden Montag zurückzutreten":
            # the Monday after the day recalled, not the dateline's
            return _weekday_after(told, wd, code, "previous")
    direction = _weekday_direction(m, ctx)
    story = _story_day(ctx, m.start())
    if direction != "past" and not which and story is None and \
            _told_before(ctx, m.start(), _g(m, "weekday")):
        direction = "past"  # "Am Sonntag wählte ... Den Sonntagabend wird er nie vergessen"
    if not which and _NAMED_DAY_BEFORE.search(_words_before(ctx, m.start(), 30)):
        return None  # "dem Schwarzen Donnerstag", "der Blutige Sonntag": a name
    if story is None and which.startswith(("dies", "jen")):
        episode = _recounted_episode(m, ctx)
        if episode is not None and episode[1] in DAY_LEVEL:
            # "jener Sonntag", "dieser Montagabend" in a recalled episode: its own day
            d = weekday_date(episode[0], wd, "present")
            return Timex("TIME", f"{day_value(d)}T{code}", anchor="previous") if code else \
                Timex("DATE", day_value(d), anchor="previous")
        far = distal_day(ctx, m.start()) if which.startswith("jen") else None
    elif story is None and not which and _DAY_WHEN_AFTER.match(ctx.text, m.end()) and \
            _DET_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        far = distal_day(ctx, m.start())  # "Der Sonntag, an dem die Mauer kam"
    else:
        far = None
    if far is not None:
        # "Jener Sonntag" after a present paragraph: the day of the episode told before
        d = weekday_date(far, wd, "present")
        return Timex("TIME", f"{day_value(d)}T{code}", anchor="previous") if code else \
            Timex("DATE", day_value(d), anchor="previous")
    if story is None and not which and not _SINCE_UNTIL_BEFORE.search(
            _words_before(ctx, m.start(), 12)):  # "Seit Freitag erinnert ...": the present
        episode = _recounted_episode(m, ctx)
        if episode is not None and episode[1] in DAY_LEVEL and _story_went_on(
                ctx, m.start()) and not reporting_frame(ctx.text, m.start()):
            # a feature recalling a day: the next such weekday of its story
            d = weekday_date(episode[0], wd, "future")
            return Timex("TIME", f"{day_value(d)}T{code}", anchor="previous") if code else \
                Timex("DATE", day_value(d), anchor="previous")
    if story is not None and direction == "present":
        direction = "future"
    anchor_day = story or ctx.ref_day
    if direction == "present":
        direction = "future" if not ctx.narrative else "past"
    d = weekday_date(anchor_day, wd, direction)
    if d == anchor_day and not story and re.search(r"\b(?:[Bb]is|[Aa]b)\s+$",
                                                   _words_before(ctx, m.start(), 8)):
        d += timedelta(days=7)  # "bis Mittwoch" on a Wednesday is a week ahead
    last = (_g(m, "which") or "").lower().startswith(("vergangen", "letzt", "vorig"))
    if last and d == anchor_day:
        d -= timedelta(days=7)
    anchor = "previous" if story else ctx.anchor_kind
    part = _g(m, "wpart") or _g(m, "part")
    if part:
        code = DAY_PARTS[part.lower()]
        return Timex("TIME", f"{day_value(d)}T{code}", anchor=anchor)
    return Timex("DATE", day_value(d), anchor=anchor)


_APPOSITION = _rx(r"\s*,\s*(?:(?:also|dem|am|einem|an\s+einem)\s+){0,2}")


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
    d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
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
    lo, hi = _sentence_bounds(ctx, m.start())
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


_CLAUSE_SEP = _rx(r"[,;:]")


def _nth_weekday(year: int, month: int, weekday_index: int, nth: int) -> date | None:
    """The nth (1-5, or -1 for the last) given weekday of a month."""
    if nth < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday_index) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday_index - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None


def nth_weekday_of_month(m: re.Match, ctx: Context) -> Timex | None:
    """"am letzten Montag im Januar": a day the calendar fixes, in the year the month
    names (the month's year follows tense like a month named alone)."""
    word = _g(m, "nth").lower().rstrip(".")
    nth = -1 if word == "letzten" else int(word) if word.isdigit() else \
        {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5}[word]
    month = month_number(_g(m, "month"))
    if _g(m, "year"):
        year, anchor = int(_g(m, "year")), "absolute"
    else:
        year, anchor = _year_for_month(m, ctx, month)
    d = _nth_weekday(year, month, WEEKDAYS[_g(m, "nwd").lower()], nth)
    if d is None:
        return None
    return Timex("DATE", day_value(d), anchor=anchor)


def weekend(m: re.Match, ctx: Context) -> Timex:
    which = (_g(m, "which") or "").lower()
    if _g(m, "wafter"):  # "am Wochenende darauf": the first one after the last day named
        base, anchor = _previous_day(ctx)
        sat = base + timedelta(days=(5 - base.weekday()) % 7 or 7)
        return Timex("DATE", f"{week_value(sat)}-WE", anchor=anchor)
    story = _story_day(ctx, m.start())
    anchor_day = story or ctx.ref_day
    if which.startswith(("vergangen", "letzt", "vorig")):
        direction = "past"
    elif which.startswith(("kommend", "nächst")):
        direction = "future"
    elif which.startswith("dies"):
        direction = "present"
    else:
        direction = _direction(m, ctx)
    if direction == "past":
        sat = weekday_date(anchor_day, 5, "past")
        if anchor_day.weekday() == 6:
            sat = anchor_day - timedelta(days=1)
    elif direction == "future":
        sat = weekday_date(anchor_day, 5, "future")
    else:
        sat = anchor_day + timedelta(days=5 - anchor_day.weekday()) \
            if anchor_day.weekday() <= 5 else anchor_day - timedelta(days=1)
    return Timex("DATE", f"{week_value(sat)}-WE", anchor="previous" if story else ctx.anchor_kind,
                 start=_with_das(ctx, m.start()))


def holiday(m: re.Match, ctx: Context) -> Timex | None:
    name = re.sub(r"\s+", " ", _g(m, "hol").lower())
    name = name.replace("heiligen abend", "heiligabend")
    story = _story_day(ctx, m.start())
    if _g(m, "year"):
        year, anchor = int(_g(m, "year")), "absolute"
    else:
        year, anchor = (story.year, "previous") if story else (ctx.ref_day.year,
                                                              ctx.anchor_kind)

    def day_in(y: int) -> date:
        if name in FIXED_HOLIDAYS:
            mo, dd = FIXED_HOLIDAYS[name]
            return date(y, mo, dd)
        return easter_sunday(y) + timedelta(days=EASTER_HOLIDAYS[name])

    d = day_in(year)
    recalled = _recounted_episode(m, ctx) if anchor != "absolute" and story is None else None
    if recalled is not None:
        # "Im Dezember 1946 saßen die Bergleute unter Tage. Weihnachten verbrachten sie in
        # der Baracke": the first such feast from the episode's month on (the last one
        # before it when the text looks back: "Ostern hatten sie noch daheim gefeiert")
        since = recalled[0].replace(day=1)
        d = day_in(since.year)
        if _looks_back_at(m, ctx):
            if d > recalled[0]:
                d = day_in(since.year - 1)
        elif d < since:
            d = day_in(since.year + 1)
        anchor = "previous"
    elif anchor != "absolute" and story is None:
        direction = _direction(m, ctx)
        if direction == "past" and d > ctx.ref_day + timedelta(days=7):
            d = day_in(year - 1)
        elif direction != "past" and d < ctx.ref_day - timedelta(days=30):
            d = day_in(year + 1)
        elif direction != "future" and name.startswith("silvester") and ctx.ref_day.month == 1 \
                and ctx.ref_day.day <= 20:
            d = day_in(year - 1)  # "die Silvesternacht" in early January: the one just past
    if name == "silvesternacht":  # the night that ends the year
        return Timex("TIME", f"{day_value(d)}TNI", anchor=anchor)
    return Timex("DATE", day_value(d), anchor=anchor)


# --- deictic and relative dates --------------------------------------------------------

_DEICTIC_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
                 "gestrigen": -1, "morgigen": 1, "gestrige": -1, "morgige": 1}
_HEUTE_GENERIC = _rx(
    r"(?:\b(?:bis|von|noch|auch|wie|[Ww]er)\s+$)|(?:^\s*(?:noch|vor\s+allem|längst|kaum|weitgehend|"
    r"weltweit|wissen|würde|gilt|gibt|sind|ist\s+"
    r"(?:sie|er|es)|zählt|kennt|nennt|heißt|bekannt|gehört|lebt|leben|existiert|befindet)\b)")


# "Damals ... Heute ...", "Vor zwanzig Jahren ... heute": "heute" set against the past
# means the present age, not the dateline's day.
_PAST_ERA = _rx(r"\b(?:[Dd]amals|[Ee]inst|[Ff]rüher(?=\s*[,;]?\s*[a-zäöüß])|"
                r"[Vv]or\s+(?:\d+|[a-zäöüß]+)\s+Jahr(?:en|zehnten)|"
                r"in\s+(?:\d+|[a-zäöüß]+)\s+Jahr(?:en|zehnten)|"
                r"in\s+den\s+(?:\d{2,4}er|[a-zäöüß]+ziger)(?:[- ]?Jahren)?)\b")
_HEUTE_TODAY = _rx(r"^\s*(?:\d|um\b|ab\b|bis\b|[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]orgen|"
                   r"[Mm]ittag|[Nn]acht|früh)")


def _heute_contrasts_past(ctx: Context, start: int, end: int) -> bool:
    if _HEUTE_TODAY.match(ctx.text, end):
        return False
    lo = max(0, start - 250)
    sentence_end = ctx.text.find(". ", end)
    hi = min(len(ctx.text), end + 150, sentence_end if sentence_end >= 0 else len(ctx.text))
    if _CLOCK_AHEAD.search(ctx.text, end, hi):
        return False  # "Heute Filmclub 20 Uhr": a listing for the day
    if clause_tense(ctx.text, start) == "past":
        return False
    if _PAST_ERA.search(ctx.text, lo, start) or _PAST_ERA.search(ctx.text, end, hi):
        return True
    # a feature that told an episode years back, now in the present: "1961 war Karin
    # zwölf. ... Heute ist der Hof ein Museum", "... die heute 21 Jahre alt sind"
    if _AGE_AHEAD.match(ctx.text, end):
        return True
    scene = next((at for at, _ in far_years(ctx, start - 800, start, 3)
                  if _SCENE_LEAD.search(ctx.text, max(0, at - 30), at)
                  and not _RANGE_AFTER.match(ctx.text, at + 4)), None)
    return scene is not None and \
        clause_tense(ctx.text, start) == "present" and \
        not speaks_of_future(ctx.text[start:hi])


# A scene set in a year: "1961 ist Karin zwölf", "im Jahr 1989", "Im Herbst 1989", "am
# 9. Oktober 1989" (a year in passing, "gewann er 2009", sets none): the words before it.
_SCENE_LEAD = _rx(rf"(?:^|[.!?:]\s|\n|\b[Ii]m\s+(?:Jahre?\s+)?|"
                  rf"(?:Frühjahr|Frühling|Sommer|Herbst|Winter|{MONTH_NAME})\s+|"
                  rf"\d\.\s*(?:{MONTH_NAME})\s+)$")
_RANGE_AFTER = _rx(r"\s*[/–-]")


# "heute 21 Jahre alt", "die heute 45-Jährige": an age now
_AGE_AHEAD = _rx(r"\s+(?:\d+|[a-zäöüß]+)(?:\s+(?:oder|bis|und)\s+\d+)?\s+Jahre\s+alt\b|"
                 r"\s+\d+-[Jj]ährige")


_CLOCK_AHEAD = _rx(r"\d\s*Uhr\b")


def deictic_day(m: re.Match, ctx: Context) -> Timex | None:
    word = _g(m, "word").lower()
    part = _g(m, "dpart")
    if word == "heute" and not part:
        before = _words_before(ctx, m.start("t"), 12)
        after = ctx.text[m.end("t"):m.end("t") + 25]
        if ctx.narrative or _HEUTE_GENERIC.search(before) or _HEUTE_GENERIC.match(after) \
                or _heute_contrasts_past(ctx, m.start("t"), m.end("t")):
            return Timex("DATE", "PRESENT_REF", anchor=ctx.anchor_kind)
    if ctx.narrative and word != "heute":
        return None
    d = shift(ctx.ref_day, "day", _DEICTIC_DAYS[word])
    if part:
        code = DAY_PARTS[part.lower()]
        return Timex("TIME", f"{day_value(d)}T{code}", anchor="dateline")
    return Timex("DATE", day_value(d), anchor="dateline")


def morning_tomorrow(m: re.Match, ctx: Context) -> Timex | None:
    """Capitalized "Morgen" at the start of a sentence is "tomorrow" unless a genitive
    follows ("Morgen des 22. Juni")."""
    if ctx.narrative:
        return None
    d = shift(ctx.ref_day, "day", 1)
    return Timex("DATE", day_value(d), anchor="dateline")


def day_part(m: re.Match, ctx: Context) -> Timex | None:
    """"am Abend", "in der Nacht", "abends": the part of the last day the text named."""
    part = _g(m, "part").lower().rstrip("s")
    if part not in DAY_PARTS:
        return None
    rel = (_g(m, "rel") or "").lower()
    before = _words_before(ctx, m.start("t") if "t" in m.re.groupindex else m.start(), 14)
    if part == "nacht" and not rel and (_IDIOM_NIGHT.search(before) and not ctx.narrative):
        return None  # "über Nacht" (suddenly), "bis spät in die Nacht" (late)
    d, anchor = _day_of_clause(m, ctx)
    if anchor != "previous" and _recounted_episode(m, ctx) is not None:
        # an episode of a month or season years back: a day of then we cannot place
        return Timex("TIME", f"XXXX-XX-XXT{DAY_PARTS[part]}", anchor="previous")
    if _g(m, "pafter"):
        # "am Morgen danach": the next day's; "Am Morgen kam er. Am Abend darauf ging er":
        # a later part of the same day; "in der Nacht danach" after a day: its night
        told = _hour_told_last(ctx)
        code = DAY_PARTS[part]
        if anchor != "previous" or (told >= _PART_HOURS[code] if told is not None
                                    else code != "NI"):
            d += timedelta(days=1)
    elif rel.startswith(("nächst", "folgend", "darauffolgend")):
        d += timedelta(days=1)  # "am nächsten Morgen"
    elif rel.startswith("vorig"):
        d -= timedelta(days=1)
    return Timex("TIME", f"{day_value(d)}T{DAY_PARTS[part]}", anchor=anchor)


# the hour each part of the day begins at, to order them
_PART_HOURS = {"MO": 6, "MI": 11, "AF": 13, "EV": 17, "NI": 21}
_CLOCK_HOUR = _rx(r"(?<![\d.,:])([01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*Uhr")


def _hour_told_last(ctx: Context) -> int | None:
    """The hour of the day the text's last date stands at (a part of the day or a clock
    time: "am Morgen" 6, "um 15.30 Uhr" 15), or None when it names a whole day."""
    if not ctx.placed or ctx.placed[-1][2].granularity not in ("part_of_day", "hour", "minute"):
        return None
    start, end, _ = ctx.placed[-1]
    said = ctx.text[start:end]
    clock = _CLOCK_HOUR.search(said)
    if clock:
        return int(clock.group(1))
    words = [w for w in re.findall(r"[a-zäöüß]+", said.lower()) if w.rstrip("s") in DAY_PARTS]
    return _PART_HOURS[DAY_PARTS[words[-1].rstrip("s")]] if words else None


_IDIOM_NIGHT = _rx(r"(?:\b[Üü]ber|\bspät\s+in\s+die|\btief\s+in\s+die)\s+$")
# A habit: "morgens ..., abends ...", "meist abends", "immer nachts".
_HABIT = _rx(r"\b(?:[Ii]mmer|[Mm]eist|[Mm]eistens|[Oo]ft|[Hh]äufig|[Rr]egelmäßig|[Gg]ewöhnlich|"
             r"[Ss]tets|[Ww]ochentags|[Ww]erktags|[Tt]äglich)\b")
_PART_ADVERB = _rx(r"(?<![\w-])(?:[Aa]bends|[Nn]achts|[Mm]orgens|[Nn]achmittags|[Vv]ormittags)"
                   r"(?![\w-])")
_NAMED_DAY = _rx(rf"\b(?:(?:{WEEKDAY_NAME}|[Hh]eute|[Gg]estern|[Mm]orgen)(?![\w-])|"
                 rf"\d{{1,2}}\.\s*(?:{MONTH_NAME}))")


def day_part_adverb(m: re.Match, ctx: Context) -> Timex | None:
    """"abends" names the evening of a day the text named, or, said of a habit, every
    evening ("morgens habe sie gepflegt, abends sei sie müde gewesen")."""
    lo, hi = _sentence_bounds(ctx, m.start())
    parts = {p.group(0).lower() for p in _PART_ADVERB.finditer(ctx.text, lo, hi)}
    habit = len(parts) > 1 or _HABIT.search(ctx.text, lo, hi) or (
        _previous_day(ctx)[1] != "previous" and clause_tense(ctx.text, m.start()) == "present")
    if habit and not _NAMED_DAY.search(ctx.text, lo, hi):
        return Timex("SET", f"XXXX-XX-XXT{DAY_PARTS[_g(m, 'part').lower().rstrip('s')]}")
    return day_part(m, ctx)


_REFS = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "zur zeit": "PRESENT_REF", "momentan": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
    "heutzutage": "PRESENT_REF", "heutigen": "PRESENT_REF", "heutige": "PRESENT_REF",
    "heutiger": "PRESENT_REF", "kürzlich": "PAST_REF",
    "vor kurzem": "PAST_REF", "vor kurzer zeit": "PAST_REF", "unlängst": "PAST_REF",
    "jüngst": "PAST_REF", "damals": "PAST_REF", "zukunft": "FUTURE_REF",
    "zukünftig": "FUTURE_REF", "zukünftige": "FUTURE_REF", "zukünftigen": "FUTURE_REF",
    "bald": "FUTURE_REF", "in kürze": "FUTURE_REF", "demnächst": "FUTURE_REF",
    "folgezeit": "FUTURE_REF", "zwischenzeitlich": "PAST_REF",
    "kurz zuvor": "PAST_REF", "kurz vorher": "PAST_REF", "kurz danach": "FUTURE_REF",
    "kurz darauf": "FUTURE_REF", "wenig später": "FUTURE_REF", "kurz später": "FUTURE_REF",
    "kurze zeit später": "FUTURE_REF", "einige zeit später": "FUTURE_REF",
    "bald darauf": "FUTURE_REF", "diesem zeitpunkt": "PRESENT_REF",
    "dieser zeit": "PRESENT_REF", "binnen kurzem": "FUTURE_REF", "in der folge": "FUTURE_REF",
    "nun": "PRESENT_REF",  # only in "Nun aber ...": the turn to the present
}
_NEWS_ONLY_REFS = {"damals", "in der folge"}


_OWNED_BEFORE = _rx(r"\b(?:[Ss]ein|[Ii]hr|[Uu]nser|[Ee]uer|[Ee]ure|[Mm]ein|[Dd]ein)(?:e[mnrs]?)?"
                   r"\s+(?:[a-zäöüß]+e[nmrs]?\s+)?$")


def vague_ref(m: re.Match, ctx: Context) -> Timex | None:
    word = re.sub(r"\s+", " ", _g(m, "ref").lower())
    if word.startswith(("der ", "die ")):
        word = word[4:]
    if word.startswith("dieser ") and word.endswith(" zeit"):
        word = "dieser zeit"
    if word in _NEWS_ONLY_REFS and ctx.narrative:
        return None
    before = _words_before(ctx, m.start(), 6)
    if word == "zukunft" and _OWNED_BEFORE.search(_words_before(ctx, m.start(), 30)):
        return None  # "seine Zukunft", "ihrer beruflichen Zukunft": a prospect, not a time
    if word == "bald" and re.search(r"\bso\s+$", before):
        return None  # "so bald" = sobald
    if word == "zur zeit" and re.match(r"^\s+(?:der|des|von|als)\b", ctx.text[m.end():m.end() + 6]):
        return None  # "zur Zeit der Entstehung"
    return Timex("DATE", _REFS[word], anchor=ctx.anchor_kind)


# years counted from the story's in a recalled episode ("im folgenden Jahr"); "im
# vergangenen Jahr" and "im Vorjahr" keep the dateline's view
_STORY_RELATIVE_YEARS = ("folgende", "darauffolgende", "nächste", "folgejahr", "jahr darauf",
                         "vorangegangene")


# words that name the year after the last one the text named, never the dateline's next
_AFTER_THE_LAST_YEAR = ("folgende", "darauffolgende", "folgejahr", "jahr darauf")


def this_year(m: re.Match, ctx: Context) -> Timex:
    """"heuer", "im laufenden Jahr", "dieses Jahres", "im Vorjahr", "im nächsten Jahr"."""
    word = re.sub(r"\s+", " ", _g(m, "yr").lower())
    mod = MOD_WORDS.get((_g(m, "mod") or "").lower())
    if word == "des jahres" and not _g(m, "mod"):
        return None  # "Sportler des Jahres"
    if any(w in word for w in ("selben", "gleichen", "desselben")):
        prev, anchor = _previous_period(ctx)
        base = prev.start.year if prev else ctx.anchor_day.year
        return Timex("DATE", f"{base:04d}", mod=mod, anchor=anchor)
    base, anchor = _this_year(ctx, m.start())
    if word.startswith("heuer"):
        base, anchor = ctx.ref_day.year, "dateline"
    elif anchor != "previous" and word.startswith(_STORY_RELATIVE_YEARS):
        # a year said in passing does not count ("1959 zog sie nach Köln (wo ihr Sohn 1961
        # zur Welt kam). Im folgenden Jahr" is 1960)
        told = _counting_base(ctx, m.start(), False) or ctx.previous
        episode = _recounted_episode(m, ctx)  # "Im Herbst 1989 ... Im Jahr darauf"
        if episode is not None:
            base, anchor = episode[0].year, "previous"
            if told is not None and told is not ctx.previous and \
                    episode[0] == ctx.previous.start:
                base = told.start.year
        elif word.startswith(_AFTER_THE_LAST_YEAR) and told is not None:
            # "Benz gründete 1888 die Werkstatt. Zehn Jahre später ... Im Jahr darauf":
            # these words count from the last year named, wherever the text stands
            base, anchor = told.start.year, "previous"
    if any(w in word for w in ("vorjahr", "vergangen", "letzt", "vorig", "vorangegangen")):
        base -= 1
    elif any(w in word for w in ("nächst", "kommend", "folgend", "folgejahr", "neuen",
                                 "darauf")):
        base += 1
    if word in ("jahresbeginn", "jahresanfang"):
        mod = "START"
    elif word == "jahresende":
        mod = "END"
    elif word == "jahresmitte":
        mod = "MID"
    start = None
    if not _g(m, "mod") and word.startswith(("laufende ", "vergangene ", "kommende ", "nächste ",
                                            "letzte ", "vorige ", "folgende ")):
        start = _with_das(ctx, m.start())  # "für das laufende Jahr"
    return Timex("DATE", f"{base:04d}", mod=mod, anchor=anchor, start=start)


def this_unit(m: re.Match, ctx: Context) -> Timex:
    """"diese Woche", "vergangene Woche", "im kommenden Monat", "Ende der Woche"."""
    word = (_g(m, "which") or _g(m, "which2") or _g(m, "same") or "").lower()
    stem = "woche" if _g(m, "u").lower().startswith("woche") else "monat"
    mod = MOD_WORDS.get((_g(m, "mod") or "").lower())
    n = 0
    if word.startswith(("vergangen", "letzt", "vorig")):
        n = -1
    elif word.startswith(("nächst", "kommend", "folgend")):
        n = 1
    if word.startswith(("selb", "gleich")):
        prev, anchor = _previous_period(ctx)
        base = prev.start if prev else ctx.anchor_day
        return Timex("DATE", _unit_value(base, stem), mod=mod, anchor=anchor)
    base = _story_day(ctx, m.start()) or ctx.ref_day
    d = shift(base, SHIFT_UNITS[stem], n)
    return Timex("DATE", _unit_value(d, stem), mod=mod,
                 anchor="previous" if _story_day(ctx, m.start()) else ctx.anchor_kind)


def compound_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"im Vormonat", "zum Monatsende", "zu Wochenbeginn"."""
    word = _g(m, "cu").lower()
    stem = "monat" if "monat" in word else "woche"
    if word.startswith("wochenende"):
        return None  # the weekend rule
    n = -1 if word.startswith("vor") else 1 if word.startswith("folge") else 0
    mod = ("START" if word.endswith(("anfang", "beginn")) else "END" if word.endswith("ende")
           else "MID" if word.endswith("mitte") else None)
    story = _story_day(ctx, m.start())
    prev = ctx.previous
    if n and stem == "monat" and prev is not None and prev.granularity == "month":
        # "Im Dezember ... im Vergleich zum Vormonat": the month before the one named
        return Timex("DATE", _unit_value(shift(prev.start, "month", n), stem), mod=mod,
                     anchor="previous")
    d = shift(story or ctx.ref_day, SHIFT_UNITS[stem], n)
    return Timex("DATE", _unit_value(d, stem), mod=mod,
                 anchor="previous" if story else ctx.anchor_kind)


def neighbour_day(m: re.Match, ctx: Context) -> Timex:
    """"am Tag darauf", "Tag zuvor", "Vortag", "am selben Tag", "an diesem Tag"."""
    word = _g(m, "nb").lower()
    d, anchor = _distal_or_previous_day(m, ctx)
    if ctx.narrative and anchor != "previous":
        # the story named no day yet: which day is meant is unknown
        return Timex("TIME" if "abend" in word else "DATE",
                     "XXXX-XX-XXTEV" if "abend" in word else "XXXX-XX-XX", anchor="previous")
    if any(w in word for w in ("vortag", "zuvor", "vorher", "vorabend", "vorigen", "davor")):
        d -= timedelta(days=1)
    elif any(w in word for w in ("darauf", "folgend", "nächsten", "folgetag", "danach")):
        d += timedelta(days=1)
    if "abend" in word:
        return Timex("TIME", f"{day_value(d)}TEV", anchor=anchor)
    return Timex("DATE", day_value(d), anchor=anchor)


def next_units(m: re.Match, ctx: Context) -> Timex:
    """"in den nächsten Wochen": a vague stretch just after the reference day."""
    stem = _unit_stem(_g(m, "unit"))
    unit = SHIFT_UNITS.get(stem, "day")
    start = ctx.anchor_day
    n = _num(_g(m, "num")) if _g(m, "num") else None
    if n is not None:  # "in den nächsten zwei Jahren": a stretch of known length
        end = shift(start, unit, int(n)) if float(n).is_integer() and n < 1000 else start
        return Timex("DURATION", _duration_value(n, stem), anchor=ctx.anchor_kind,
                     interval=Interval(start, end, unit))
    end = shift(start, unit, 3 if unit in ("day", "week") else 2)
    return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind,
                 interval=Interval(start, end, unit))


def past_units(m: re.Match, ctx: Context) -> Timex:
    """"in den vergangenen Tagen": a vague duration up to the reference day."""
    stem = _unit_stem(_g(m, "unit"))
    n = _num(_g(m, "num")) if _g(m, "num") else None
    value = _duration_value(n, stem)
    unit = SHIFT_UNITS.get(stem)
    # "in den ersten beiden Jahren": the article stays outside, as after "in den nächsten"
    start = m.start("adj") if _g(m, "det") and _g(m, "adj") in (
        "ersten", "folgenden", "darauffolgenden") else None
    if unit is None or _g(m, "adj") in ("folgenden", "darauffolgenden", "ersten"):
        return Timex("DURATION", value, start=start)
    end = ctx.anchor_day
    start = shift(end, unit, -int(n) if n and float(n).is_integer() else -3)
    return Timex("DURATION", value, anchor=ctx.anchor_kind, interval=Interval(start, end, unit))


# --- durations and offsets -----------------------------------------------------------

_AGE_BEFORE = _rx(r"\b(?:[Aa]lter\s+von|[Aa]b|[Uu]nter|[Zz]wischen\s+\S+\s+und|[Mm]it|"
                  r"[Ää]lter\s+als|[Jj]ünger\s+als|[Ww]elche[sr]?)\s+$")
_AGE_AFTER = _rx(r"^\s*(?:alt|jung|jünger|älter|alte[nmrs]?|junge[nmrs]?|"
                 r"noch\s+nicht\s+vollendet|vollendet|-?Jährige)")


# "21 oder 22 Jahre alt": the first number of an age range is no duration either
_RANGE_AGE = _rx(r"\s*(?:bis|-|–|oder)\s*\S+\s+Jahre?n?\s+(?:alt|jung)\b")
# "ein heißer Tag": an article, an adjective and a unit
_DESCRIBED = _rx(r"^(?:\S+\s+)*?[Ee]ine?[nmr]?\s+([a-zäöüß]{3,}e[nmrs]?)\s+\S+$")
_MEASURING_ADJECTIVES = ("ganz", "voll", "halb", "weiter", "zusätzlich", "knapp", "gut",
                         "lang", "kurz", "erst", "letzt", "einzig", "gesamt", "komplett",
                         "vergangen", "kommend", "nächst")
_OFFSET_AFTER = _rx(r"^\s+(?:zuvor|vorher|früher|davor|später|danach|darauf)\b")


def duration(m: re.Match, ctx: Context) -> Timex | None:
    stem = _unit_stem(_g(m, "unit")) if _g(m, "unit") else _compound_stem(_g(m, "cword"))
    raw = _g(m, "num")
    if raw.lower().endswith(" paar"):  # "ein paar Monate"
        raw = "paar"
    n = None if raw.lower() in VAGUE_QUANTITIES else _num(raw)
    if n is None and raw.lower() not in VAGUE_QUANTITIES:
        return None
    if raw.lower() == "eines" and stem == "tag":
        return None  # "eines Tages": some day, no stretch of time
    adjective = _DESCRIBED.match(m.group(0))
    if adjective and raw.lower() in ("ein", "eine", "einen", "einem", "einer") and \
            not adjective.group(1).lower().startswith(_MEASURING_ADJECTIVES):
        return None  # "ein heißer Tag", "eine schwere Woche": a day described, not counted
    after = ctx.text[m.end():m.end() + 30]
    if _OFFSET_AFTER.match(after):
        return None  # "(6 Prozent mehr als) ein Jahr zuvor": the offset rule's
    if _AGE_AFTER.match(after) and stem == "jahr":
        return None
    before = _words_before(ctx, m.start(), 25)
    if stem == "jahr" and not _g(m, "approx") and _AGE_BEFORE.search(before):
        return None
    value = _duration_value(n, stem)
    if ctx.narrative and n is not None:
        value = _story_scale(n, stem, value)
    mod = APPROX_MODS.get(re.sub(r"\s+", " ", (_g(m, "approx") or "").lower()))
    # "seit drei Jahren": a duration anchored on the reference time.
    unit = SHIFT_UNITS.get(stem)
    if unit and n is not None and float(n).is_integer() and n < 1000 and ctx.has_reference:
        if re.search(r"\b[Ss]eit\s+$", before):
            end = ctx.anchor_day
            return Timex("DURATION", value, mod=mod, anchor=ctx.anchor_kind,
                         interval=Interval(shift(end, unit, -int(n)), end, unit))
        if re.search(r"\b[Vv]or\s+(?:(?:ziemlich\s+)?genau\s+|rund\s+|etwa\s+|gut\s+)?$", before):
            d = shift(ctx.anchor_day, unit, -int(n))
            return Timex("DURATION", value, mod=mod, anchor=ctx.anchor_kind,
                         interval=_unit_interval(d, unit))
        if re.search(r"\b[Ii]n\s+$", before) and not ctx.narrative:
            d = shift(ctx.anchor_day, unit, int(n))
            return Timex("DURATION", value, mod=mod, anchor=ctx.anchor_kind,
                         interval=_unit_interval(d, unit))
    return Timex("DURATION", value, mod=mod)


def _story_scale(n: float, stem: str, value: str) -> str:
    """Histories count decades and centuries in their own units ("vier Jahrzehnte" P4DE,
    "ein halbes Jahrhundert" P5DE, as WikiWarsDE annotates); news counts years."""
    if stem == "jahrzehnt" and float(n).is_integer():
        return f"P{_fmt(n)}DE"
    if stem == "jahrhundert" and not float(n).is_integer() and float(n * 10).is_integer():
        return f"P{_fmt(n * 10)}DE"
    return value


def _unit_interval(d: date, unit: str) -> Interval:
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return Interval(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        return Interval(d.replace(day=1), month_end(d.year, d.month), "month")
    if unit in ("year", "decade"):
        return Interval(date(d.year, 1, 1), date(d.year, 12, 31), "year")
    if unit == "quarter":
        q = (d.month - 1) // 3
        return Interval(date(d.year, 3 * q + 1, 1), month_end(d.year, 3 * q + 3), "quarter")
    return Interval(d, d, "day")


def offset_date(m: re.Match, ctx: Context) -> Timex | None:
    """"zwei Tage später", "einen Monat zuvor", "nach zwei Tagen": counted from the last
    date the text named."""
    stem = _unit_stem(_g(m, "unit"))
    raw = _g(m, "num")
    vague = raw is None or raw.lower() in VAGUE_QUANTITIES
    n = None if vague else _num(raw)
    if not vague and n is None:
        return None
    word = (_g(m, "dir") or _g(m, "nach") or "").lower()
    sign = -1 if word in ("zuvor", "vorher", "früher", "davor") else 1
    unit = SHIFT_UNITS.get(stem)
    if unit is None:  # minutes, hours, seconds: a time we cannot place
        if _g(m, "nach"):
            return Timex("DURATION", _duration_value(n, stem))
        return Timex("TIME", "XXXX-XX-XXTXX:XX")
    if not vague and unit == "year" and not float(n).is_integer() and float(n * 12).is_integer():
        n, unit = n * 12, "month"
    if vague or not float(n).is_integer():
        if _g(m, "nach"):
            return Timex("DURATION", _duration_value(n, stem))
        if vague and stem == "jahr":
            return Timex("DURATION", _duration_value(None, stem))
        return Timex("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", anchor=ctx.anchor_kind)
    if unit == "year" and not ctx.narrative:
        # "Ein Jahr zuvor" after "im dritten Quartal": that quarter a year earlier
        named = None
        for q in _QUARTER_RX.finditer(ctx.text, max(0, m.start() - 300), m.start()):
            named = q
        tx = quarter(named, ctx) if named is not None else None
        if tx is not None:
            year = int(tx.value[:4]) + sign * int(n)
            return Timex("DATE", f"{year:04d}{tx.value[4:]}", anchor="previous")
    prev = ctx.previous
    if prev is not None and not ctx.narrative:
        # "Die Halle brannte 1973. Heute steht dort ein Museum. Zwei Jahre später war sie
        # aufgebaut": told in the past, it counts from the last date told in the past
        prev = _counting_base(ctx, m.start(), sign > 0 and _told_as_past(m, ctx)) or prev
    if prev is None:
        if _g(m, "nach"):
            return Timex("DURATION", _duration_value(n, stem))
        base, anchor = ctx.anchor_day, ctx.anchor_kind
    else:
        base, anchor = prev.start, "previous"
    gran = prev.granularity if prev is not None else "day"
    last = _last_dated(ctx, m.start(), prev) if unit in ("year", "decade") else None
    if last is not None and last[1] == "season":  # "Im Sommer 1995 ... Zwei Jahre später"
        base, anchor, gran = last[0], "previous", "year"
    d = shift(base, unit, sign * int(n))
    if unit in ("year", "decade") or gran == "year":
        value = f"{d.year:04d}"
    elif unit in ("month", "quarter") or gran == "month":
        value = month_value(d.year, d.month)
    else:
        value = day_value(d)
    return Timex("DATE", value, anchor=anchor)


def _told_as_past(m: re.Match, ctx: Context) -> bool:
    """Whether the clause of `m` tells of the past: in the past tense, or with a verb the
    tense test does not know and no sign of the present or the future ("Drei Jahre
    später drehte sich das Rad wieder")."""
    said = _direction(m, ctx)
    return said == "past" or (said == "present" and not _speaks_in_present(ctx, m.start()))


def _counting_base(ctx: Context, pos: int, told_in_past: bool) -> Interval | None:
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
                                       _speaks_in_present(ctx, start)):
            continue
        return placed
    return None


def compound_duration(m: re.Match, ctx: Context) -> Timex | None:
    """"zweimonatige", "einwöchigen", "jahrelange", "monatelangen"."""
    if _g(m, "lang"):
        stem = {"jahre": "jahr", "monate": "monat", "wochen": "woche", "tage": "tag",
                "stunden": "stunde", "jahrzehnte": "jahrzehnt"}[_g(m, "lang").lower()]
        return Timex("DURATION", _duration_value(None, stem))
    n = None if _g(m, "cnum").lower() == "mehr" else _num(_g(m, "cnum"))
    if n is None and _g(m, "cnum").lower() != "mehr":
        return None
    stem = {"tägig": "tag", "wöchig": "woche", "monatig": "monat", "jährig": "jahr",
            "stündig": "stunde", "minütig": "minute"}[_g(m, "suffix").lower()]
    return Timex("DURATION", _duration_value(n, stem))


def vague_duration(m: re.Match, ctx: Context) -> Timex:
    word = _g(m, "vd").lower()
    stem = "jahr" if "jahr" in word else "tag" if "tag" in word else "monat" if "monat" in \
        word else "woche" if "woche" in word else "jahr"
    return Timex("DURATION", _duration_value(None, stem))


# --- sets ---------------------------------------------------------------------------

_SET_WORDS = {"vierteljährlich": "P3M", "halbjährlich": "P6M",
              "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
              "stündlich": "PT1H", "alljährlich": "P1Y", "allabendlich": "P1D",
              "werktags": "XXXX-WXX-WD", "wochentags": "XXXX-WXX-WD",
              "wochenends": "XXXX-WXX-WE"}


def set_word(m: re.Match, ctx: Context) -> Timex:
    word = _g(m, "sw").lower()
    for stem, value in _SET_WORDS.items():
        if word.startswith(stem):
            return Timex("SET", value)
    raise AssertionError(word)


def weekday_set(m: re.Match, ctx: Context) -> Timex:
    if _g(m, "nth") and _g(m, "inmonth"):
        return Timex("SET", "P1M")  # "jeden ersten Montag im Monat": once a month
    wd = WEEKDAYS[_g(m, "wds").lower()] + 1
    part = _g(m, "spart")
    value = f"XXXX-WXX-{wd}"
    if part:
        value += f"T{DAY_PARTS[part.lower()]}"
    return Timex("SET", value)


def every_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"jeden Tag", "jede Woche", "alle zwei Wochen", "pro Tag", "einmal im Monat"."""
    stem = _unit_stem(_g(m, "eu"))
    n = _num(_g(m, "every")) if _g(m, "every") else 1
    if n is None:
        n = 1
    code = UNITS[stem]
    if code in ("S", "MIN", "H"):
        return Timex("SET", f"PT{_fmt(n)}{ {'S': 'S', 'MIN': 'M', 'H': 'H'}[code]}")
    if code == "Q":  # "pro Quartal": every three months
        return Timex("SET", f"P{_fmt(3 * n)}M")
    return Timex("SET", _duration_value(n, stem))


# --- clock times --------------------------------------------------------------------

def _clock(m: re.Match, day: date | None, anchor: str) -> Timex | None:
    h = int(_g(m, "hour"))
    mi = int(_g(m, "minute")) if _g(m, "minute") else 0
    if h > 24 or mi > 59:
        return None
    if day is None:
        return Timex("TIME", f"T{h:02d}:{mi:02d}")
    return Timex("TIME", f"{day_value(day)}T{h:02d}:{mi:02d}", anchor=anchor)


_RECURRING = _rx(r"\b(?:[Jj]eweils|[Tt]äglich|[Ww]ochentags|[Ww]erktags|[Jj]eden|[Ii]mmer|"
                 r"[Ss]onntags|samstags|montags|dienstags|mittwochs|donnerstags|freitags|"
                 r"beispielsweise)\b")


def midnight(m: re.Match, ctx: Context) -> Timex:
    day, anchor = _clock_day(m, ctx, 24)  # "in der Nacht zum Sonntag um Mitternacht"
    if day is None:
        day, anchor = _day_of_clause(m, ctx)
    return Timex("TIME", f"{day_value(day)}T24:00", anchor=anchor)


# --- rules --------------------------------------------------------------------------


def _range_start(m: re.Match, ctx: Context) -> Timex | None:
    """The first hour of a range whose end carries "Uhr": "von [10]-18 Uhr"."""
    return _clock_with_uhr(m, ctx)


def bare_clock(m: re.Match, ctx: Context) -> Timex | None:
    """"um 12.15", "9.30/12.30 Uhr": a time written without "Uhr"."""
    before = _words_before(ctx, m.start(), 20)
    after = ctx.text[m.end():m.end() + 25]
    if _g(m, "hour") in ("0", "00") and not re.match(r"^\s*Uhr", after):
        return None
    if not (re.search(r"(?:\b(?:[Uu]m|[Gg]egen|[Aa]b|[Bb]is|[Vv]on|[Zz]wischen|[Ss]eit)|\()\s*$",
                      before)
            or re.match(r"^\s*(?:/|-|–|bis|und)\s*\d{1,2}(?:[.:]\d\d)?\s*Uhr", after)):
        return None
    if _RECURRING.search(_words_before(ctx, m.start(), 60)):
        return _clock(m, None, "absolute")
    day, anchor = _clock_day(m, ctx, int(_g(m, "hour")))
    return _clock(m, day, anchor)


def _clock_with_uhr(m: re.Match, ctx: Context) -> Timex | None:
    if _RECURRING.search(_words_before(ctx, m.start(), 60)):
        return _clock(m, None, "absolute")
    day, anchor = _clock_day(m, ctx, int(_g(m, "hour")))
    return _clock(m, day, anchor)


_SENTENCE_BREAK = _rx(rf"(?<![0-9])[.!?](?=\s+[A-ZÄÖÜ\"„])|{NUMBER_THEN_SENTENCE}|\n")


def _sentence_bounds(ctx: Context, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around `pos` (a period between digits ends none)."""
    stop = _SENTENCE_BREAK.search(ctx.text, pos, pos + 300)
    return _sentence_start(ctx, pos), stop.start() if stop else min(len(ctx.text), pos + 300)


def _sentence_start(ctx: Context, pos: int) -> int:
    """Where the sentence around `pos` starts, also when `pos` opens it (the break before
    needs to see the capital letter at `pos`)."""
    start = max(0, pos - 300)
    for b in _SENTENCE_BREAK.finditer(ctx.text, start, pos + 2):
        if b.end() <= pos:
            start = b.end()
    return start


# "in der Nacht zum Sonntag", "Nacht auf den 3. März": a night that ends on the day named;
# "Silvesternacht": one that begins on 31 December.
_NIGHT_TO = _rx(rf"\bNacht\s+(?:von\s+\S+\s+)?(?:zum|zur|zu|auf)\s+(?:den\s+|dem\s+)?"
                rf"(?:(?P<nwd>{WEEKDAY_NAME})|(?P<nday>3[01]|[12][0-9]|0?[1-9])\.)")
_NEW_YEAR_NIGHT = _rx(r"\b(?:Silvester|Neujahrs)nacht\b")
# A day named later in the clock's own sentence: "Gegen 22 Uhr wurde am Mittwoch ...".
_DAY_AFTER_CLOCK = _rx(rf"[^.!?;]*?\b(?:[Aa]m|[Vv]om|[Ss]eit)\s+(?:{_WEEKDAY})(?![\w-])")
# Several days at once: "25. und 26. August", "vom 1. bis 23. Dezember".
_DAY_LIST = _rx(rf"\b(?:3[01]|[12][0-9]|0?[1-9])\.\s*(?:und|bis|,|-|–)\s*"
                rf"(?:3[01]|[12][0-9]|0?[1-9])\.\s*(?:{MONTH_NAME})")
# A habit or a timetable: the clock names no one day ("Morgens fährt der Bus um 6.30 Uhr").
_HABIT_CLOCK = _rx(r"(?<![\w-])(?:[Ii]mmer|(?:halb)?[Ss]tündlich|[Mm]eist|[Mm]eistens|"
                   r"[Rr]egelmäßig|[Gg]ewöhnlich|[Üü]blicherweise|[Nn]ormalerweise|[Ss]tets)(?![\w-])")


def _clock_day(m: re.Match, ctx: Context, hour: int) -> tuple[date | None, str]:
    """The day a clock time belongs to: the day its sentence names (before or after the
    time), across midnight when the sentence speaks of a night; None when the sentence
    tells a habit or a timetable and names no day."""
    start, end = _sentence_bounds(ctx, m.start())
    day, anchor = _day_of_clause(m, ctx)
    before = ctx.text[start:m.start()]
    sentence = ctx.text[start:end]
    days = _last_match(_DAY_LIST, ctx.text, start, m.start())
    if days is not None and not _NAMED_DAY.search(ctx.text, days.end(), m.start()):
        return None, "absolute"  # "am 25. und 26. August von 10 bis 18 Uhr": each day
    if not _NAMED_DAY.search(before):
        later = _DAY_AFTER_CLOCK.match(ctx.text, m.end(), end)
        wm = _WEEKDAY_AT.match(ctx.text, later.start("weekday")) if later else None
        tx = weekday(wm, ctx) if wm else None
        if tx is not None and tx.type == "DATE":  # "Gegen 22 Uhr wurde am Mittwoch ..."
            return date.fromisoformat(tx.value), tx.anchor
        parts = {p.group(0).lower() for p in _PART_ADVERB.finditer(sentence)}
        if (_HABIT_CLOCK.search(sentence) or len(parts) > 1 or (parts and anchor != "previous")) \
                and not _NAMED_DAY.search(sentence) \
                and clause_tense(ctx.text, m.start()) == "present":
            return None, "absolute"  # "Morgens fährt der Bus um 6.30 Uhr"
    if anchor == "previous" and not 12 <= hour < 18:
        # the night named last, in this sentence or the one before: evening hours belong
        # to its first day, the small hours to its second
        lo = max(0, m.start() - 250)
        night = _last_match(_NIGHT_TO, ctx.text, lo, m.start())
        if night is not None and not _NAMED_DAY.search(ctx.text, night.end(), m.start()):
            for second in (day, day + timedelta(days=1)):
                if (night["nwd"] and WEEKDAYS[night["nwd"].lower()] == second.weekday()) or (
                        night["nday"] and int(night["nday"]) == second.day):
                    return (second - timedelta(days=1) if hour >= 18 else second), anchor
        eve = _last_match(_NEW_YEAR_NIGHT, ctx.text, lo, m.start())
        if eve is not None and not _NAMED_DAY.search(ctx.text, eve.end(), m.start()) and \
                (day.month, day.day) in ((12, 31), (1, 1)):
            first = day if day.month == 12 else day - timedelta(days=1)
            return (first if hour >= 18 else first + timedelta(days=1)), anchor
    if anchor != "previous" and not _NAMED_DAY.search(sentence) and \
            _recounted_episode(m, ctx) is not None:
        return None, "absolute"  # "Im März 1978 ... Um sieben Uhr": a day of then, not today
    return day, anchor


_WEEKDAY_AT = _rx(rf"(?<![\w-]){_WEEKDAY}(?![\w-])")


_MONTH_PLAIN = MONTH_NAME
_SEASON_WHICH = any_case_first("diesem diesen dieser dieses diese vergangenen letzten vorigen "
                               "kommenden nächsten laufenden selben gleichen folgenden "
                               "darauffolgenden jenem jenen jener jenes".split())
_PART_OF = rf"(?:(?:(?:[Ff]rühen|[Ss]päten)\s+)?(?P<part>{_PART})\s+(?:des|vom)\s+)?"
_WEEKDAY_LEAD = rf"(?:(?:{WEEKDAY_NAME}),?\s+(?:(?:den|dem)\s+)?)?"
_LIST_SEP = (r"(?:\s*,?\s*(?:und|bis|sowie|oder|auf|zum)(?:\s+(?:am|zum|dem|den))?\s+|"
             r"\s*[,/–-]\s*)")
_DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])"
_YEAR_PLAIN = r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9])"
_WHICH = "(?P<which>" + any_case_first(
    "vergangenen vergangene vergangener letzten letzte vorigen vorige kommenden kommende "
    "kommender nächsten nächste nächster diesen dieses diese dieser diesem".split()) + ")"
_CLOCK_HOURS = any_case_first("eins ein zwei drei vier fünf sechs sieben acht neun zehn elf "
                              "zwölf".split())
_CLOCK_MINUTES = any_case_first("fünf zehn zwanzig fünfundzwanzig".split())
# "zehn nach neun" (searched near "nach" and "vor") and "erst um acht" (searched in the
# stretch after a clock time with "Uhr")
_WORD_CLOCK_RELATIVE = _rx(rf"(?<![\w-])(?P<t>(?P<qw>[Vv]iertel|{_CLOCK_MINUTES})\s+"
                           rf"(?P<rel>nach|vor)\s+(?P<hw>{_CLOCK_HOURS}|[01]?\d|2[0-4])"
                           r"(?:\s+(?P<uhr>Uhr))?)(?![\w-])"
                           r"(?:\s+(?P<ampm>morgens|früh|abends|nachts|nachmittags|vormittags))?")
_WORD_CLOCK_BARE = _rx(r"(?<![\w-])(?:[Uu]m|[Gg]egen|[Bb]is|[Aa]b)\s+(?:(?:erst|schon|bereits|"
                       r"kurz|genau|etwa|spätestens)\s+)?"
                       r"(?P<t>(?P<hw>eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
                       r"zwölf))(?![\w-])")
# a weekday may also be "jener Sonntag": the one of the story told
# ("am folgenden Montag": the first one after the last day named)
_WHICH_WD = _WHICH[:-1] + "|[Jj]ene[mnrs]?|(?:darauf)?folgenden)"
_REF_SINGLE = [k for k in _REFS if " " not in k and k not in ("zukunft", "folgezeit", "nun")]
_NB_WORDS = (r"Tag(?:e|es)?\s+(?:zuvor|davor|darauf|danach)|Vortag(?:es|s)?|Vorabend|"
             r"Folgetag(?:es|s)?|(?:folgenden|nächsten|darauffolgenden|selben|gleichen|"
             r"vorigen)\s+Tag(?:es)?|(?:diesem|jenem)\s+Tag|[Tt]ags\s+(?:darauf|zuvor)")
_NUMW = any_case_first(NUMBER_WORDS)
_VAGUEW = any_case_first(VAGUE_QUANTITIES)
_HOLIDAYS = alternation(" ".join(p.capitalize() if p not in ("der",) else p
                                 for p in h.split())
                        for h in list(FIXED_HOLIDAYS) + list(EASTER_HOLIDAYS))

def apposed_day(m: re.Match, ctx: Context) -> Timex | None:
    """"am 21. Juni 1788, dem Tag der Sommersonnenwende": a name given to the day named
    right before (nothing else between them)."""
    prev = ctx.previous
    if prev is None or prev.granularity != "day" or not _DAY_RIGHT_BEFORE.search(
            ctx.text, max(0, m.start("t") - 40), m.start("t")):
        return None
    return Timex("DATE", day_value(prev.start), anchor="previous")


_DAY_RIGHT_BEFORE = _rx(rf"(?:\d\.\s*(?:{MONTH_NAME})(?:\s+\d{{4}})?|\d{{4}}),\s+(?:dem|der)\s+$")


def demonstrative_part(m: re.Match, ctx: Context) -> Timex | None:
    """"an jenem Abend", "in jener Nacht", "an diesem grauen Novembermorgen": that part of
    the day the text is telling of (the last day it named, else the dateline's)."""
    code = DAY_PARTS[_g(m, "dpart").lower()]
    d, anchor = _distal_or_previous_day(m, ctx)
    return Timex("TIME", f"{day_value(d)}T{code}", anchor=anchor)


def _distal_or_previous_day(m: re.Match, ctx: Context) -> tuple[date, str]:
    """The day "jener/jenem" points to: the last day named, unless that is of the
    dateline's time and the text told of a day years back (then that one)."""
    d, anchor = _previous_day(ctx)
    if m.group(0)[:3].lower() == "jen" and (anchor != "previous" or
                                            ctx.ref_day.year - d.year < 2):
        far = distal_day(ctx, m.start())
        if far is not None:
            return far, "previous"
    return d, anchor


def year_span(m: re.Match, ctx: Context) -> Timex | None:
    """"der Saison 2007/08", "die Amtsperiode 2010/15": a named stretch across years."""
    first = int(_g(m, "y1"))
    tail = _g(m, "y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if last < first:
        last += 100
    if last - first > 10:
        return None
    return Timex("DATE", "XXXX-XX-XX",
                 interval=Interval(date(first, 1, 1), date(last, 12, 31), "year"))


RULES: list[Rule] = [
    Rule(_rx(r"(?:[Dd](?:er|ie|en|em)\s+)?(?:Saison|Spielzeit|Amtsperiode|Legislaturperiode|"
             r"Legislatur|Amtszeit|Wintersaison|Sommersaison|Periode|Geschäftsjahr(?:es|s)?|"
             r"Wirtschaftsjahr(?:es|s)?|Haushaltsjahr(?:es|s)?|Finanzjahr(?:es|s)?|"
             r"Schuljahr(?:es|s)?|Studienjahr(?:es|s)?|Kindergartenjahr(?:es|s)?|"
             r"Spieljahr(?:es|s)?|Vereinsjahr(?:es|s)?|Wintersemester(?:s)?)\s+(?P<y1>(?:19|20)\d\d)"
             r"\s*/\s*(?P<y2>\d{4}|\d{2})(?![\d])"),
         year_span, 4, "year_span"),
    # 22. Juni 1941 / Montag, 3. März 2014 / Morgen des 22. Juni 1941 / 8. Mai, 23:01 Uhr
    Rule(_rx(rf"\b{_PART_OF}{_WEEKDAY_LEAD}{_DAY}\s*{MONTH}\s*{_YEAR}"),
         full_date, 4, "full_date"),
    # 18.12.2014, 1.9.39, 2014-12-18
    Rule(_rx(r"(?<![\d.,])(?:(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>\d{4}|\d{2})"
             r"|(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d|[.,]\d)"),
         numeric_date, 4, "numeric_date"),
    # 04/05/2016, 2016/05/04, 4. Mai '16: normalized by dateparser
    Rule(_rx(rf"(?<![\d/.])(?:\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})|\d{{4}}/\d{{1,2}}/\d{{1,2}})"
             rf"(?![\d/])|\b{_DAY}\s*{MONTH}\s*['’]\d{{2}}\b"),
         parsed_date, 4, "parsed_date"),
    # am 3.5., vom 12.6. bis 14.6.: day and month in digits, no year
    Rule(_rx(r"(?:\b(?:[Aa]m|[Vv]om|[Bb]is(?:\s+zum)?|[Zz]um|[Aa]b|[Ss]eit|[Dd]en)\s+)"
             r"(?P<t>(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.)(?![\d])"),
         lambda m, ctx: numeric_day_month(m, ctx), 3, "numeric_day_month"),
    # am 4. Mai; Morgen des 16. Februar; Donnerstag, 18. Dezember
    Rule(_rx(rf"\b{_PART_OF}{_WEEKDAY_LEAD}{_DAY}\s*{MONTH}(?![\w])"), day_month, 3, "day_month"),
    # the leading days of a list: "am [3.], 4. und 5. Oktober", "vom [26.] bis 31. August"
    Rule(_rx(rf"(?<![\d.\w])(?P<t>(?:(?P<part>Nacht)\s+vom\s+)?(?P<day>{_DAYNUM})\.?)"
             rf"(?=(?:{_LIST_SEP}{_DAYNUM}\.?)*{_LIST_SEP}{_DAYNUM}\.\s*{MONTH}"
             rf"(?:\s+(?P<year>{_YEAR_PLAIN}))?)"),
         listed_day, 2, "listed_day"),
    # Mai 2014, Anfang Mai 2014, August vorigen Jahres
    Rule(_rx(rf"\b(?:(?P<mod>{_MODS})\s+)?{MONTH}\s+(?:(?:des\s+Jahres\s+)?{_YEAR}|"
             r"(?P<rel>(?:des\s+)?(?:vorigen|vergangenen|letzten|nächsten|kommenden|"
             r"folgenden|selben|gleichen|dieses|laufenden)\s+Jahres|desselben\s+Jahres|"
             r"des\s+Vorjahres))"),
         month_with_year, 3, "month_year"),
    # Mai, Anfang Mai; "Mai/Juni 1940" takes the year that follows
    Rule(_rx(rf"(?P<t>\b(?:(?P<mod>{_MODS})\s+)?{MONTH})(?![\w-])"
             rf"(?:(?=\s*(?:/|-|–|bis|und)\s*(?:{_MONTH_PLAIN})\s+(?P<slash_year>{_YEAR_PLAIN})))?"),
         month_alone, 1, "month"),
    # 1939, Ende 1941, im Jahr 1895, das Jahr 2010, Anfang des Jahres 1941
    Rule(_rx(rf"(?<![\d.,]){_YEAR}(?!\s*v\.\s*Chr)"),
         year_alone, 0, "year"),
    Rule(_rx(r"(?<=(?P<first>\d{4})[/–-])(?P<yy>\d{2})(?!\d|\.\d)"), short_year, 0, "short_year"),
    # um 800, im Jahr 955: years before 1000 in a history
    Rule(_rx(r"(?:(?<![\w-])(?:(?P<um>[Uu]m)\s+(?:das\s+Jahr\s+)?|"
             r"(?P<lead>(?:[Ii]m\s+|[Dd]as\s+)?Jahre?)\s+))?"
             r"(?<![\d.,])(?P<ey>[1-9]\d{2})(?![\d]|[.,]\d|\s*[-–/]?\s*\d*\s*[vn]\.\s*Chr|"
             r"\.\s*[A-ZÄÖÜ]\w*(?:tag|jubiläum)\b)"),
         early_year, 0, "early_year"),
    # 499 v. Chr., um das Jahr 500 v. Chr., Ende 31 v. Chr.
    Rule(_rx(rf"(?:(?P<um>[Uu]m\s+(?:das\s+Jahr\s+)?)|(?P<mod>{_MODS})\s+|Jahre?\s+)?"
             r"(?<![\d.,])(?P<bc>\d{1,4})\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.|vor\s+Christus)"),
         bc_year, 3, "bc_year"),
    # "(264–260 v. Chr.)", "478/477 v. Chr.": the first year of a range
    Rule(_rx(r"(?:(?P<um>[Uu]m\s+)|(?:[Ii]m\s+)?(?P<lead>Jahre?)\s+)?(?<![\d.,])(?P<bc>\d{1,4})"
             r"(?=\s*[–/-]\s*\d{1,4}\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.))"),
         bc_year, 3, "bc_range"),
    # in den 90er Jahren, der 1990er-Jahre, den neunziger Jahren, Mitte der 80er
    Rule(_rx(r"(?<![\w-])(?:(?P<dec>\d0|1\d\d0|20\d0)er"
             r"|(?P<decword>[Zz]wanziger|[Dd]reißiger|[Vv]ierziger|[Ff]ünfziger|[Ss]echziger|"
             r"[Ss]iebziger|[Aa]chtziger|[Nn]eunziger|[Nn]uller(?=[- ]?[Jj]ahre)))"
             r"(?:[- ]?[Jj]ahren|[- ]?[Jj]ahre|n)?"
             r"(?![\w])(?:\s+des\s+(?:(?P<dcent>1\d|2[01]|[1-9])\.\s*Jahrhunderts|"
             r"(?P<drel>vorigen|vergangenen|letzten)\s+Jahrhunderts)(?![\w-]))?"),
         decade, 2, "decade"),
    # 20. Jahrhundert, Anfang des 8. Jh. v. Chr., der ersten Hälfte des 15. Jahrhunderts
    Rule(_rx(rf"(?P<mod>{_MODS})\s+(?:des|dieses)\s+Jahrhunderts(?![\w-])(?!\s+\d)"),
         this_century, 2, "this_century"),
    Rule(_rx(rf"(?:(?:(?P<mod>{_MODS})|(?:der\s+)?(?P<half>ersten|zweiten)\s+Hälfte|"
             r"Laufe)\s+des\s+)?(?<![\d.])(?P<cent>[1-9]|1\d|2[01])\.\s*"
             r"(?:Jahrhunderts?|Jh\.|Jhd\.)(?:\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.))?"),
         century, 3, "century"),
    # im Frühjahr 2015, diesem strengen Winter, Spätsommer, der Sommermonate
    Rule(_rx(rf"(?:(?P<mod>{_MODS})\s+(?:des\s+)?)?(?:(?P<this>{_SEASON_WHICH})\s+"
             r"(?:[a-zäöü]\w*en\s+)?|"
             r"(?P<det>der|den|dem)\s+(?=\w+monate))?(?<![\w-])"
             r"(?:(?P<pre>Spät|Früh)(?P<lseason>sommer|herbst|winter)|"
             r"(?P<season>Frühling|Frühjahr|Sommer|Herbst|Winter))(?:s|es)?"
             rf"(?:monate[n]?)?(?:\s+{_YEAR}(?:/\d\d(?![\d.,]))?|\s+(?P<bcy>\d{{1,4}})\s+v\.\s*Chr\.|\s+(?P<rel>(?:des\s+)?"
             r"(?:vorigen|vergangenen|letzten|nächsten|kommenden|dieses|laufenden|selben|gleichen|"
             r"folgenden|darauffolgenden)\s+Jahres|des\s+Vorjahres|desselben\s+Jahres)|"
             r"\s+(?P<after>darauf|danach))?(?![\w-])"),
         season, 2, "season"),
    # im dritten Quartal, der zweiten Jahreshälfte, ersten Halbjahr 2014, 3. Trimester
    Rule(_QUARTER_RX, quarter, 2, "quarter"),
    # im Vorjahresquartal, dem gleichen Zeitraum des Vorjahres
    Rule(_rx(r"(?<![\w-])(?P<vj>Vorjahres(?:quartal|zeitraum|halbjahr|monat)(?:e?s)?|"
             r"(?:[Dd]e[mn]\s+)?(?:gleichen|selben)\s+(?P<vjunit>Zeitraum|Quartal|Monat)\s+"
             r"des\s+Vorjahres)(?![\w-])"),
         prior_year_period, 3, "prior_year_period"),
    # KW 12, Kalenderwoche 12
    Rule(_rx(rf"\b(?:KW|Kalenderwoche)\s*(?P<week>\d{{1,2}})(?:\s*/?\s*{_YEAR})?|"
             r"\b(?P<week2>\d{1,2})\.\s+Kalenderwoche"),
         iso_week, 2, "iso_week"),
    # Q3 2014, Q1/2015
    Rule(_rx(r"\bQ(?P<q>[1-4])(?:\s*/?\s*(?P<qy>(?:19|20)\d\d|\d\d)(?![\d.,]))?(?![\w-])"),
         lambda m, ctx: quarter_code(m, ctx), 2, "quarter_code"),
    # jeden Montag, jedem Montagabend, jeden zweiten Donnerstag
    Rule(_rx(rf"(?<![\w-])(?:[Jj]ede[nm]?|[Aa]n\s+allen)\s+(?:(?P<nth>ersten|zweiten|dritten|vierten|"
             rf"letzten)\s+)?(?P<wds>{WEEKDAY_NAME})(?P<spart>abend|morgen|nachmittag|vormittag)?"
             r"e?n?(?P<inmonth>\s+im\s+Monat)?(?![\w-])"),
         weekday_set, 2, "weekday_set"),
    # am letzten Montag im Januar, den ersten Sonntag im Oktober 2015: a calendar rule
    Rule(_rx(rf"(?<![\w-])(?P<nth>ersten|zweiten|dritten|vierten|fünften|letzten|[1-5]\.)\s+"
             rf"(?P<nwd>{WEEKDAY_NAME})\s+(?:im|des)\s+{MONTH}(?:\s+{_YEAR})?(?![\w-])"),
         lambda m, ctx: nth_weekday_of_month(m, ctx), 3, "nth_weekday"),
    # montags, sonntags
    Rule(_rx(r"(?<![\w-])(?P<wds>[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|"
             r"[Ss]amstag|[Ss]onntag)s(?![\w-])"),
         lambda m, ctx: weekday_set_lower(m), 1, "weekday_adverb"),
    # am Dienstag, vergangenen Samstag, Donnerstagabend, Montag Nachmittag
    Rule(_rx(rf"(?<![\w-])(?:{_WHICH_WD}\s+)?{_WEEKDAY}(?P<wpart>abend|morgen|nachmittag|"
             r"vormittag|mittag|nacht|früh)?(?![\w-])"
             r"(?:\s+(?P<part>Abend|Nachmittag|Vormittag|Mittag|früh)(?![\w-]))?"
             r"(?:\s+(?P<wafter>darauf)(?![\w-])|\s+(?P<ofweek>(?:der\s+)?(?:vergangenen|"
             r"letzten|vorigen|kommenden|nächsten|selben)\s+Woche|dieser\s+Woche|"
             r"(?:vergangener|letzter|voriger|kommender|nächster)\s+Woche)(?![\w-]))?"),
         weekday, 1, "weekday"),
    # am Wochenende, am vergangenen Wochenende
    Rule(_rx(rf"(?<![\w-])(?:{_WHICH}\s+)?Wochenende(?![\w-])(?:\s+(?P<wafter>darauf)(?![\w-]))?"),
         weekend, 1, "weekend"),
    # an den Wochenenden, an Wochenenden
    Rule(_rx(r"(?<=\b[Aa]n\s)(?:den\s+)?(?P<t>Wochenenden)(?![\w-])"),
         lambda m, ctx: Timex("SET", "XXXX-WXX-WE"), 2, "weekends"),
    # Weihnachten, Ostern 2015, Heiligen Abend
    Rule(_rx(rf"(?<![\w-])(?P<hol>{_HOLIDAYS})(?![\w-])(?:\s+{_YEAR})?"), holiday, 1, "holiday"),
    # heute, gestern, Gestern Abend, heute Nachmittag, morgen früh
    Rule(_rx(r"(?<![\w-])(?P<t>(?P<word>[Hh]eute|[Gg]estern|[Vv]orgestern|[Üü]bermorgen|morgen|"
             r"gestrigen|gestrige|morgigen|morgige)"
             r"(?:\s+(?P<dpart>[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]ittag|[Ff]rüh|[Nn]acht|"
             r"Morgen)(?![\w-]))?)(?![\w-])"), deictic_day, 2, "deictic_day"),
    # sentence-initial "Morgen" = tomorrow, unless "Morgen des ..." follows
    Rule(_rx(r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=[.!?:]\s\s))Morgen(?![\w-])"
             r"(?!\s+(?:des|dieses|desselben|früh|darauf|danach)\b)"),
         morning_tomorrow, 0, "morgen_tomorrow"),
    # an jenem Abend, in jener Nacht, an diesem grauen Novembermorgen, jenem Wahlabend
    Rule(_rx(r"(?<![\w-])(?:[Jj]ene[mnrs]?|[Dd]iese[mrs])\s+(?:[a-zäöüß]+e[nmrs]?\s+)?"
             rf"(?:(?!{WEEKDAY_NAME})[A-ZÄÖÜ][a-zäöüß]+(?P<dpart>abend|nacht|morgen|nachmittag|vormittag)|"
             r"(?P<dpart2>Abend|Nacht|Morgen|Nachmittag|Vormittag))(?![\w-])"
             r"(?!\s+(?:des|vom|zum|auf|zu)\b)"),
         lambda m, ctx: demonstrative_part(_PartMatch(m), ctx), 2, "demonstrative_part"),
    # am Abend, in der Nacht, am nächsten Morgen, Morgen dieses Tages
    Rule(_rx(r"(?:\b(?:[Aa]m|[Ii]n\s+der|[Ii]n\s+die|[Gg]egen|[Dd]es|[Zz]ur|[Zz]um|[Dd]en|[Üü]ber|"
             r"[Ww]ährend\s+der)\s+)"
             r"(?P<t>(?:(?P<rel>nächsten|folgenden|darauffolgenden|selben|gleichen|frühen|"
             r"späten)\s+)?(?P<part>Abend|Abends|Nachmittag|Vormittag|Morgen|Mittag|Nacht|Früh|"
             r"Morgenstunden|Abendstunden|Morgengrauen|Tagesanbruch|Sonnenaufgang)(?![\w-])"
             r"(?:\s+(?:dieses|desselben|jenes)\s+Tages|\s+(?P<pafter>danach|darauf)(?![\w-]))?)"
             r"(?!\s+(?:des|vom|zum|auf|zu)\b)"),
         day_part, 0, "day_part"),
    Rule(_rx(r"(?<![\w-])(?<!Uhr\s)(?P<part>[Aa]bends|[Nn]achts|[Mm]orgens|[Nn]achmittags|"
             r"[Vv]ormittags)(?![\w-])"), lambda m, ctx: day_part_adverb(m, ctx), 0,
         "day_part_adverb"),
    Rule(_rx(r"(?<![\w-])Mitternacht(?![\w-])"), midnight, 0, "midnight"),
    # jetzt, derzeit, kürzlich, damals, Zukunft, bald, wenig später
    Rule(_rx(rf"(?<![\w-])(?P<ref>{any_case_first(_REF_SINGLE)}|"
             r"[Vv]or\s+kurzem|[Vv]or\s+kurzer\s+Zeit|[Zz]ur\s+Zeit|[Ii]n\s+Kürze|"
             r"[Kk]urz\s+(?:zuvor|vorher|danach|darauf|später)|[Ww]enig\s+später|"
             r"[Kk]urze\s+Zeit\s+später|[Ee]inige\s+Zeit\s+später|[Bb]ald\s+darauf|"
             r"[Bb]innen\s+kurzem|(?:der\s+)?Zukunft|(?:der\s+)?Folgezeit|[Nn]un(?=\s+aber\b)|"
             r"dieser\s+[a-zäöü]+en\s+Zeit)(?![\w-])"),
         vague_ref, 0, "vague_ref"),
    # heuer, im Vorjahr, im laufenden Jahr, dieses Jahres, Ende des Jahres, Jahresende
    Rule(_rx(rf"(?:(?P<mod>{_MODS}|Laufe)\s+)?(?<![\w-])(?P<yr>[Hh]euer|(?:des\s+)?Vorjahr(?:es|s)?|"
             r"Folgejahr(?:es|s)?|(?:diese[mns]|laufende[nm]?|vergangene[nms]?|letzte[nms]?|"
             r"vorige[nms]?|kommende[nms]?|nächste[nms]?|folgende[nms]?|selben|gleichen|neuen|"
             r"vorangegangenen|desselben)\s+(?:Jahr|Geschäftsjahr|Kalenderjahr|Haushaltsjahr)"
             r"(?:es|s)?|Jahr\s+darauf|des\s+Jahres|"
             r"Jahres(?:ende|beginn|anfang|mitte|wechsel))(?![\w-])(?!\s+(?:1\d{3}|20\d\d)\b)"),
         this_year, 1, "this_year"),
    # "im Gesamtjahr 2014": the whole year as a stretch (a duration in German news annotation)
    Rule(_rx(rf"(?<![\w-])Gesamtjahr(?:es)?\s+{_YEAR}"),
         lambda m, ctx: Timex("DURATION", "P1Y"), 2, "whole_year"),
    # diese Woche, vergangene Woche, im kommenden Monat, Ende der Woche
    Rule(_rx(rf"(?<![\w-])(?:(?P<mod>{_MODS})\s+(?P<which2>der|des|dieser|dieses|nächster|"
             rf"kommender|vergangener|nächsten|kommenden|vergangenen)\s+|(?:{_WHICH}|(?P<same>selben|"
             r"gleichen))\s+)(?P<u>Woche|Monat|Monats)(?![\w-])"),
         this_unit, 0, "this_unit"),
    # Vormonat, Vorwoche, Monatsende, Wochenbeginn
    Rule(_rx(r"(?<![\w-])(?P<cu>(?:Vor|Folge)(?:monat|woche)|(?:Monats|Wochen)(?:ende|anfang|beginn|"
             r"mitte|wechsel))(?:e?s)?(?![\w-])"),
         lambda m, ctx: compound_unit(m, ctx), 1, "compound_unit"),
    # am Tag darauf, Tag zuvor, Vortag, am selben Tag, an diesem Tag
    Rule(_rx(rf"(?<![\w-])(?P<nb>{_NB_WORDS})(?![\w-])"), neighbour_day, 2, "neighbour_day"),
    # in den nächsten Wochen, innerhalb der kommenden Jahre
    Rule(_rx(rf"(?<![\w-])(?:nächsten|kommenden)\s+(?:(?P<num>\d+|{NUMBER_WORD})\s+)?"
             r"(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|"
             r"Jahren|Jahre|Jahrzehnten|Jahrzehnte)(?![\w-])"), next_units, 2, "next_units"),
    # den vergangenen Tagen, der letzten zehn Jahre, Die letzten zwölf Monate
    Rule(_rx(rf"(?<![\w-])(?:(?P<det>{_DET})\s+)?(?P<adj>vergangenen|letzten|zurückliegenden|"
             r"folgenden|darauffolgenden|vorangegangenen|ersten)\s+"
             rf"(?:(?P<num>\d+|{NUMBER_WORD})\s+)?(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|"
             r"Jahren|Jahre|Jahrzehnten|Jahrzehnte|Stunden|Minuten|Sekunden)(?![\w-])"),
         past_units, 2, "past_units"),
    # zwei Tage später, einen Monat zuvor, nach zwei Tagen
    Rule(_rx(rf"(?<![\w-])(?P<t>(?:(?P<nach>[Nn]ach)\s+)?(?:(?:[Kk]napp|[Gg]ut|[Ee]twa|[Rr]und)\s+)?"
             rf"(?P<num>\d+|{_NUMW}|{_VAGUEW}|[Ee]in\s+halbes|[Ee]inem\s+halben)?\s*"
             rf"{_UNIT}(?:\s+(?P<dir>später|danach|darauf|zuvor|vorher|früher|davor))?)(?![\w-])"),
         lambda m, ctx: offset_or_none(m, ctx), 1, "offset_date"),
    # drei Jahre, rund 200 Stunden, wenigen Tagen, ersten beiden Jahren
    Rule(_rx(rf"(?<![\w-])(?P<t>(?:(?P<approx>{_APPROX})\s+)?(?:ersten\s+)?"
             rf"(?P<num>\d+(?:,\d+)?|{_HALF}|[Ee]in\s+paar|{_NUMW}|{_VAGUEW})\s+"
             rf"(?:(?!über|unter|oder|aber|wieder|immer|hinter|nach|vor)[a-zäöüß]{{3,}}e[nmrs]?\s+)?"
             rf"(?:{_UNIT}|{_COMPOUND_UNIT}))(?![\w-])"),
         duration, 0, "duration"),
    # eine Stunde und zehn Minuten, zwei Jahre und drei Monate: one duration
    Rule(_rx(rf"(?<![\w-])(?:(?P<approx>{_APPROX})\s+)?(?P<n1>\d+|{_NUMW})\s+"
             r"(?P<u1>Stunden?|Minuten?|Jahren?|Jahre)\s+und\s+"
             rf"(?P<n2>\d+|{_NUMW})\s+(?P<u2>Minuten?|Sekunden?|Monaten?|Monate)(?![\w-])"),
         lambda m, ctx: two_unit_duration(m), 3, "two_unit_duration"),
    # ein Vierteljahrhundert, eines Vierteljahrhunderts
    Rule(_rx(r"(?<![\w-])(?:(?:[Ee]in(?:e[mns]?)?|[Dd](?:as|em|es))\s+)?Vierteljahrhunderts?(?![\w-])"),
         lambda m, ctx: Timex("DURATION", "P25Y"), 2, "quarter_century"),
    # 1:56,32 Minuten, 2:15 Stunden, 2:14:07 Stunden: a measured time
    Rule(_rx(rf"(?:(?P<approx>{_APPROX})\s+)?"
             r"(?<![\d:,.])(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?"
             r"(?:,(?P<frac>\d{1,3}))?\s+"
             r"(?P<cu>Minuten|Stunden)(?![\w-])"),
         lambda m, ctx: clock_duration(m), 3, "clock_duration"),
    # Monate, vielleicht Jahre dauern: a bare plural unit of a span
    Rule(_rx(r"(?<![\w-])(?P<vd>Tage|Wochen|Monate|Jahre|Jahrzehnte)(?=(?:\s*,?\s*(?:oder|und|"
             r"vielleicht|wenn\s+nicht|gar|sogar)\s+(?:gar\s+)?[A-Za-zäöü]+)?\s+(?:lang\b|dauer|"
             r"hinzieh|brauch|gedauert))"),
         lambda m, ctx: None if re.search(r"[\d–-]\s*$", _words_before(ctx, m.start(), 6))
         else vague_duration_any(m), 0, "bare_span"),
    # "höchstens [sechs] bis acht Monate": the first number of a range borrows the unit
    Rule(_rx(rf"(?<![\w-])(?P<t>(?P<num>\d+|{_NUMW}))(?=\s*(?:bis|-|–|oder)\s*"
             rf"(?:\d+|{_NUMW})\s+{_UNIT}(?![\w-]))"),
         lambda m, ctx: None if _RANGE_AGE.match(ctx.text, m.end()) else duration(m, ctx), 0,
         "duration_range"),
    # "am 21. Juni 1788, dem Tag der Sommersonnenwende": the day just named, by a name
    Rule(_rx(r"(?<=,\s)(?:dem|der)\s+(?P<t>Tag\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]+)"),
         lambda m, ctx: apposed_day(m, ctx), 2, "apposed_day"),
    # lange Zeit, seit langem: an unknown stretch of years in a history
    Rule(_rx(r"(?<![\w-])(?:[Ss]eit\s+langem|[Ll]ange\s+Zeit)(?![\w-])"
             r"(?!\s+(?:später|danach|darauf|zuvor|vorher|davor|nach|vor)\b)"),
         lambda m, ctx: Timex("DURATION", "PXY") if ctx.narrative else None, 0, "long_time"),
    # in diesen Tagen
    Rule(_rx(r"(?<![\w-])(?P<vd>(?:diesen|dieser|[Dd]iese)\s+(?:Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre)|"
             r"(?:den\s+)?Folgejahren|Laufe\s+der\s+Jahre)(?![\w-])"),
         lambda m, ctx: vague_duration_any(m), 0, "these_days"),
    # seit Jahren, über Jahre, die Jahre (hinweg), seit langer Zeit
    Rule(_rx(r"(?:(?<=[Ss]eit\s)|(?<=[Üü]ber\s))(?P<vd>Jahren|Jahre|Monaten|Wochen|Tagen|"
             r"Jahrzehnten|langer\s+Zeit)(?![\w-])|(?<=über\s)(?P<vd2>die\s+Jahre)(?![\w-])"),
         lambda m, ctx: vague_duration_any(m), 0, "vague_duration"),
    # zweimonatige, einwöchigen, jahrelange, langjährigen
    Rule(_rx(rf"(?<![\w-])(?:(?P<cnum>\d+|{NUMBER_WORD}|mehr)-?(?P<suffix>tägig|wöchig|monatig|"
             r"jährig|stündig|minütig)e[nmrs]?|(?P<lang>[Jj]ahre|[Mm]onate|[Ww]ochen|[Tt]age|"
             r"[Ss]tunden|[Jj]ahrzehnte)lange?[nmrs]?|(?P<lj>langjährige[nmrs]?))(?![\w-])"),
         lambda m, ctx: compound_or_long(m, ctx), 0, "compound_duration"),
    # täglich, jährlichen, wochentags
    Rule(_rx(r"(?<![\w-])(?P<sw>[Tt]äglich|[Ww]öchentlich|[Mm]onatlich|[Jj]ährlich|[Ss]tündlich|"
             r"[Aa]lljährlich|[Aa]llabendlich|[Ww]erktags|[Ww]ochentags|[Vv]ierteljährlich|"
             r"[Hh]albjährlich)(?:e[nmrs]?)?(?![\w-])"),
         set_word, 1, "set_word"),
    # jeden Sommer, jeden Winter: every year's season
    Rule(_rx(r"(?<![\w-])[Jj]ede[nms]?\s+(?P<season>Frühling|Frühjahr|Sommer|Herbst|Winter)"
             r"(?![\w-])"),
         lambda m, ctx: Timex("SET", f"XXXX-{SEASONS[m.group('season').lower()]}"), 2,
         "season_set"),
    # jeden Tag, alle zwei Wochen, pro Tag, einmal im Monat, je zwei Wochen
    Rule(_rx(rf"(?<![\w-])(?P<t>(?:(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|"
             r"[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Mm]ehr|\d{1,2}-?)mals?\s+"
             r"(?:im|pro|in\s+der|am|die|jede[nms]?)\s+|[Jj]ede[nms]?\s+|[Pp]ro\s+|"
             rf"(?:[Aa]lle|[Jj]e)\s+(?P<every>\d+|{NUMBER_WORD})\s+)"
             r"(?P<eu>Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Minute|"
             r"Minuten|Quartal))(?![\w-])"),
         every_unit, 2, "every_unit"),
    Rule(_rx(r"(?<![\w-])(?P<t>[Jj]ede[nm]\s+(?P<epart>Morgen|Vormittag|Mittag|Nachmittag|Abend|"
             r"Nacht)|(?P<epart2>[Aa]llabendlich|[Aa]llmorgendlich|[Aa]llnächtlich)|"
             r"[Jj]ede\s+(?:[a-zäöüß]+e\s+)?(?P<enight>Nacht))(?![\w-])"),
         lambda m, ctx: every_part(m, ctx), 3, "every_part"),
    Rule(_rx(r"(?:(?<=Euro\s)|(?<=Franken\s)|(?<=Dollar\s))(?P<t>im\s+(?P<eu>Monat|Jahr))(?![\w-])"),
         every_unit, 2, "per_unit"),
    # "20.000 Besucher im Jahr": a count per year or month
    Rule(_rx(r"(?<=\s)(?P<t>im\s+(?P<eu>Monat|Jahr))(?![\w-])(?!\s+(?:\d|zuvor|davor|darauf|danach|"
             r"des|der)\b)"),
         lambda m, ctx: every_unit(m, ctx) if _COUNT_BEFORE.search(
             ctx.text, max(0, m.start() - 40), m.start()) else None, 2, "per_count"),
    # sechs Uhr, halb acht, Viertel nach neun, gegen vier Uhr morgens
    Rule(_rx(rf"(?<![\w-])(?P<t>(?:(?P<halb>halb)\s+|(?P<q>[Dd]reiviertel)\s+|"
             rf"(?P<qw>[Vv]iertel)\s+(?P<rel>nach|vor)\s+)"
             rf"(?P<hw>{_CLOCK_HOURS}|[01]?\d|2[0-4])(?:\s+(?P<uhr>Uhr))?|"
             rf"(?P<hw2>{_CLOCK_HOURS})\s+(?P<uhr2>Uhr))(?![\w-])"
             r"(?:\s+(?P<ampm>morgens|früh|abends|nachts|nachmittags|vormittags|mittags))?"),
         lambda m, ctx: word_clock(m, ctx), 2, "word_clock"),
    Rule(_WORD_CLOCK_RELATIVE, lambda m, ctx: word_clock(m, ctx), 2, "word_clock_relative"),
    Rule(_WORD_CLOCK_BARE, lambda m, ctx: word_clock(m, ctx), 2, "word_clock_bare"),
    # 18 Uhr, 14.30 Uhr, 4:45 Uhr, 4 Uhr 45
    Rule(_rx(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-4])(?:[.:](?P<minute>[0-5]\d))?\s*(?P<uhr>Uhr)"
             r"(?:\s+(?P<minute2>[0-5]\d)(?![\d.]))?(?![\w-])"),
         lambda m, ctx: clock_uhr(m, ctx), 2, "clock_uhr"),
    # um 12.15, 9.30/12.30 Uhr
    Rule(_rx(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?!\d|[.,:]\d|\s*Uhr)"),
         bare_clock, 1, "clock_bare"),
    # von [10]-18 Uhr, von [14] bis 18 Uhr
    Rule(_rx(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-4])(?P<minute>)(?=\s*(?:-|–|bis|und)\s*"
             r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*Uhr)"),
         _range_start, 1, "clock_range"),
]


_COUNT_BEFORE = _rx(r"(?<![\w.,])\d[\d.,]*\s+(?:[A-ZÄÖÜ][a-zäöüß]+|Mal|mal)\s+$")


class _PartMatch:
    """A match whose day-part word sits in one of two groups ("Wahlabend", "Abend")."""

    def __init__(self, m: re.Match):
        self.m = m

    def group(self, name: str) -> str | None:
        if name == "dpart":
            return self.m.group("dpart") or self.m.group("dpart2")
        return self.m.group(name)

    def start(self, group: int | str = 0) -> int:
        return self.m.start(group)


def every_part(m: re.Match, ctx: Context) -> Timex:
    """"jeden Abend", "allnächtlich", "jede klare Nacht": that part of every day (a
    history counts nights: P1NI)."""
    if _g(m, "enight") and ctx.narrative:
        return Timex("SET", "P1NI")
    return Timex("SET", "XXXX-XX-XXT" + DAY_PARTS.get(
        (_g(m, "epart") or "").lower(), "EV" if "abend" in m.group(0).lower() else
        "MO" if "morgen" in m.group(0).lower() else "NI"))


def weekday_set_lower(m: re.Match) -> Timex:
    wd = WEEKDAYS[_g(m, "wds").lower()] + 1
    return Timex("SET", f"XXXX-WXX-{wd}")


def offset_or_none(m: re.Match, ctx: Context) -> Timex | None:
    """Only an offset when "später/zuvor" follows or "nach" leads (else a duration)."""
    if not _g(m, "dir") and not _g(m, "nach"):
        return None
    stem = _unit_stem(_g(m, "unit"))
    if _g(m, "num") is None:
        if not _g(m, "dir") or not _g(m, "unit").endswith(("e", "en", "n")) \
                or _g(m, "unit").lower() in ("woche", "stunde", "minute", "sekunde"):
            return None
        if stem == "jahr":
            return Timex("DURATION", "PXY")
        past = _g(m, "dir").lower() in ("zuvor", "vorher", "früher", "davor")
        return Timex("DATE", "PAST_REF" if past else "FUTURE_REF", anchor=ctx.anchor_kind)
    if not _g(m, "dir"):
        return None  # "nach drei Tagen": a duration
    if _g(m, "num").lower() in VAGUE_QUANTITIES:
        if _g(m, "dir").lower() in ("später", "danach", "darauf"):  # "wenige Tage später"
            return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind)
        return Timex("DURATION", _duration_value(None, stem))  # "wenige Monate zuvor"
    return offset_date(m, ctx)


_PAIRS = {("stunde", "minute"): ("PT", "H", "M"), ("minute", "sekunde"): ("PT", "M", "S"),
          ("jahr", "monat"): ("P", "Y", "M")}


def two_unit_duration(m: re.Match) -> Timex | None:
    """"eine Stunde und zehn Minuten" -> PT1H10M: two units in one measure."""
    a, b = _num(_g(m, "n1")), _num(_g(m, "n2"))
    pair = _PAIRS.get((_unit_stem(_g(m, "u1")), _unit_stem(_g(m, "u2"))))
    if a is None or b is None or pair is None or not float(a).is_integer() or \
            not float(b).is_integer():
        return None
    mod = APPROX_MODS.get(re.sub(r"\s+", " ", (_g(m, "approx") or "").lower()))
    lead, first, second = pair
    return Timex("DURATION", f"{lead}{_fmt(a)}{first}{_fmt(b)}{second}", mod=mod)


def clock_duration(m: re.Match) -> Timex:
    a, b, frac = int(_g(m, "a")), int(_g(m, "b")), _g(m, "frac")
    mod = APPROX_MODS.get(re.sub(r"\s+", " ", (_g(m, "approx") or "").lower()))
    if _g(m, "cu") == "Stunden":
        if _g(m, "c") is not None:  # hours, minutes and seconds: "2:14:07 Stunden"
            c = int(_g(m, "c"))
            seconds = f"{c}.{frac}" if frac else str(c)
            return Timex("DURATION", f"PT{a}H{b}M{seconds}S", mod=mod)
        return Timex("DURATION", f"PT{a}H{b}M" if b else f"PT{a}H", mod=mod)
    if _g(m, "c") is not None:
        return None  # "1:02:03 Minuten" is no measure we know
    seconds = f"{b}.{frac}" if frac else str(b)
    return Timex("DURATION", f"PT{a}M{seconds}S" if a else f"PT{seconds}S", mod=mod)


def _compound_stem(word: str) -> str:
    """The unit of a counted compound: "Verhandlungstagen" -> tag, "Dienstjahre" -> jahr."""
    word = word.lower()
    return next(stem for suffix, stem in (("stunden", "stunde"), ("wochen", "woche"),
                                          ("monat", "monat"), ("jahr", "jahr"), ("tag", "tag"))
                if suffix in word[-8:])


def vague_duration_any(m: re.Match) -> Timex:
    word = (_g(m, "vd") or _g(m, "vd2")).lower()
    if "zeit" in word:
        return Timex("DURATION", "PXY")
    stem = "jahr" if "jahr" in word else "tag" if "tag" in word else "monat" if "monat" in \
        word else "woche" if "woche" in word else "jahr"
    if "jahrzehnt" in word:
        stem = "jahrzehnt"
    return Timex("DURATION", _duration_value(None, stem))


def compound_or_long(m: re.Match, ctx: Context) -> Timex | None:
    before = _words_before(ctx, m.start(), 12)
    if _g(m, "lj"):
        if _ATTRIBUTE_BEFORE.search(before):
            return None  # "der langjährige Bürgermeister", "ihren langjährigen Einsatz"
        return Timex("DURATION", "PXY")
    anniversary = _ANNIVERSARY_AFTER.match(ctx.text, m.end())
    if _g(m, "suffix") == "jährig" and anniversary and (
            anniversary["an"] != "Bestehen" or _OWNER_BEFORE.search(before)):
        return None  # "sein 110-jähriges Bestehen" (not "das einjährige Bestehen")
    if _g(m, "suffix") and ctx.text[m.start(): m.end()][:1].isdigit() and \
            _g(m, "suffix") == "jährig":
        if re.search(r"(?:der|die|den|dem|des|Der|Die)\s+$", before):
            return None  # "der 22-jährige Fahrer": an age
    return compound_duration(m, ctx)


# an article or a possessive makes "langjährig" an attribute of a person or a thing
_ATTRIBUTE_BEFORE = _rx(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ss]ein|[Ii]hr|[Uu]nser)"
                        r"(?:e[mnrs]?)?\s+$")
_ANNIVERSARY_AFTER = _rx(r"\s+(?P<an>Bestehen|Jubiläum|Jubiläums|Geburtstag|Geburtstags|"
                         r"Firmenjubiläum|Dienstjubiläum)\b")
_OWNER_BEFORE = _rx(r"(?<![\w-])(?:[Ss]ein|[Ii]hr|[Uu]nser|zum|[Dd]as)e?s?\s+$")


_HOUR_WORDS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
               "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
_MINUTE_WORDS = {"fünf": 5, "zehn": 10, "zwanzig": 20, "fünfundzwanzig": 25}
# "um acht", "Es ist zehn nach neun": a clock time without "Uhr" needs such a lead
_CLOCK_LEAD = _rx(r"(?:\b(?:[Uu]m|[Gg]egen|[Bb]is|[Aa]b|[Ee]s\s+(?:ist|war))\s+"
                  r"(?:(?:erst|schon|bereits|kurz|genau|etwa|spätestens)\s+)?)$")
# after a bare hour a clock time ends its clause, or a verb follows ("um acht kam er")
_BARE_HOUR_AFTER = _rx(r"\s*(?:[.,;:!?)]|\s+(?:und|oder|kam|kamen|ging|war|ist|sind|waren|"
                       r"begann|beginnt|fing|öffnet|öffnete|schließt|schloss|los)\b)")


def word_clock(m: re.Match, ctx: Context) -> Timex | None:
    """A clock time in words: "sechs Uhr", "halb acht" (7:30), "Viertel nach neun",
    "zehn vor acht", "vier Uhr morgens"; dated like a time in digits."""
    hw = (_g(m, "hw") or _g(m, "hw2")).lower()
    if hw.isdigit():
        if _g(m, "uhr"):
            return None  # "halb 8 Uhr": the digit rules'
        h = int(hw)
    else:
        h = _HOUR_WORDS[hw]
    mi = 0
    rel = (_g(m, "rel") or "").lower()
    if _g(m, "halb"):
        h, mi = h - 1, 30
    elif _g(m, "q"):
        h, mi = h - 1, 45
    elif _g(m, "qw"):
        n = 15 if _g(m, "qw").lower() == "viertel" else _MINUTE_WORDS[_g(m, "qw").lower()]
        h, mi = (h, n) if rel == "nach" else (h - 1, 60 - n)
    before = _words_before(ctx, m.start("t"), 40)
    lead = _CLOCK_LEAD.search(before)
    if not (_g(m, "uhr") or _g(m, "uhr2")):
        if lead is None:
            return None  # "halb acht" needs "um", "gegen" or "Es ist"
        if not (_g(m, "halb") or _g(m, "q") or _g(m, "qw")):
            # "erst um acht": only after a clock time, and closing its clause
            if not _BARE_HOUR_AFTER.match(ctx.text, m.end("t")) or \
                    "Uhr" not in ctx.text[max(0, m.start() - 300):m.start()]:
                return None
    elif hw == "ein":
        return None  # "ein Uhr" is written "eins" or digits; "ein Uhrwerk" is no time
    part = (_g(m, "ampm") or "").lower()
    if h < 12 and (part in ("abends", "nachmittags") or (part == "nachts" and h >= 6)):
        h += 12
    if h == 0:
        h = 24 if part == "nachts" else 0
    h %= 24 if h > 24 else 25
    if _RECURRING.search(_words_before(ctx, m.start(), 60)):
        return Timex("TIME", f"T{h:02d}:{mi:02d}")
    day, anchor = _clock_day(m, ctx, h)
    if day is None:
        return Timex("TIME", f"T{h:02d}:{mi:02d}")
    return Timex("TIME", f"{day_value(day)}T{h:02d}:{mi:02d}", anchor=anchor)


def clock_uhr(m: re.Match, ctx: Context) -> Timex | None:
    if _g(m, "minute2") and not _g(m, "minute"):
        h = int(_g(m, "hour"))
        mi = int(_g(m, "minute2"))
        if _RECURRING.search(_words_before(ctx, m.start(), 60)):
            return Timex("TIME", f"T{h:02d}:{mi:02d}")
        day, anchor = _clock_day(m, ctx, h)
        if day is None:
            return Timex("TIME", f"T{h:02d}:{mi:02d}")
        return Timex("TIME", f"{day_value(day)}T{h:02d}:{mi:02d}", anchor=anchor)
    return _clock_with_uhr(m, ctx)

# Trigger kinds per rule (de_triggers): a rule runs only near words of these kinds.
_GATES = {
    "year_span": "period", "bc_range": "bc", "parsed_date": "digit", "full_date": "month",
    "numeric_date": "digit", "early_year": "digit", "long_time": "ref", "apposed_day": "unit",
    "day_month": "month", "listed_day": "month", "month_year": "month", "month": "month",
    "year": "digit", "short_year": "digit", "bc_year": "bc", "decade": "digit decword",
    "century": "century", "season": "season", "quarter": "unit", "iso_week": "kw",
    "weekday_set": "weekday", "nth_weekday": "weekday", "weekday_adverb": "weekday",
    "weekday": "weekday",
    "weekend": "unit", "holiday": "holiday", "deictic_day": "deixis",
    "morgen_tomorrow": "daypart", "day_part": "daypart", "day_part_adverb": "daypart",
    "midnight": "daypart", "vague_ref": "ref nun", "this_year": "unit deixis", "this_unit": "unit",
    "neighbour_day": "unit", "next_units": "unit", "past_units": "unit", "offset_date": "unit",
    "duration": "unit", "vague_duration": "unit ref", "compound_duration": "unit",
    "set_word": "set", "every_unit": "unit", "per_unit": "unit", "clock_uhr": "uhr",
    "clock_bare": "digit", "clock_range": "uhr", "duration_range": "unit",
    "these_days": "unit", "compound_unit": "unit", "quarter_code": "q", "every_part": "daypart set",
    "numeric_day_month": "digit", "whole_year": "whole_year", "prior_year_period": "prior_year",
    "per_count": "per_unit", "weekends": "weekends", "this_century": "century",
    "clock_duration": "span_unit", "bare_span": "bare_unit", "demonstrative_part": "dpcompound",
    "two_unit_duration": "pairunit", "quarter_century": "unit", "word_clock": "uhr clockword",
    "word_clock_relative": "clockmin", "word_clock_bare": "hourword",
    "season_set": "season",
}
# How far before its trigger a rule's expression may start (default 40 characters). Rules
# whose every match starts with the digit run that triggers them (their lookbehinds or \b
# forbid a start inside a run) need no margin before it.
_LEFT = {"word_clock": 30, "word_clock_relative": 0, "two_unit_duration": 70,
         "demonstrative_part": 60, "listed_day": 120,
         "numeric_date": 0, "parsed_date": 0, "year": 0, "short_year": 0,
         "decade": 0, "clock_bare": 0}
_PLACEHOLDER = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX"}


# Without a reference the handlers still run, counting from a day in the middle of the
# calendar (so no arithmetic overflows and every rule keeps its span and type); the values
# they derive from that day are then blanked.
_NO_REFERENCE_DAY = date(2000, 6, 15)
_PART_CODE = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


def _guarded(handler):
    """Without a reference time a relative expression keeps its span and type but gets
    no calendar value (the engine places no event for it)."""
    def run(m: re.Match, ctx: Context) -> Timex | None:
        if not ctx.has_reference:
            ctx = replace(ctx, ref_day=_NO_REFERENCE_DAY, ref_time=None)
        try:
            tx = handler(m, ctx)
        except (OverflowError, ValueError):
            if ctx.has_reference:
                return None
            tx = Timex("DATE", "XXXX-XX-XX", anchor="dateline")
        if tx is not None and not ctx.has_reference and tx.type in _PLACEHOLDER and (
                tx.anchor == "dateline" or (tx.anchor != "absolute" and not ctx.narrative)):
            part = _PART_CODE.search(tx.value) if tx.type == "TIME" else None
            tx.value = f"XXXX-XX-XXT{part.group(1)}" if part else _PLACEHOLDER[tx.type]
            tx.interval = None
        return tx
    return run


for _rule in RULES:
    _rule.handler = _guarded(_rule.handler)
    _rule.pattern = GatedPattern(_rule.pattern, TRIGGERS, _GATES[_rule.name],
                                 left=_LEFT.get(_rule.name, 40), right=40)
