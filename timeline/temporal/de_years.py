"""Handlers for years, decades and centuries: a year alone (and when four digits are no
year), early and BC years, the second year of "1912/13", decades, centuries, and named
stretches across years ("der Saison 2007/08")."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.de_lexicon import EDGE_MODS, MONTH
from timeline.temporal.de_match import (
    DET,
    MOD_WORDS,
    MODS,
    clause_direction,
    current_year,
    group,
    rx,
    with_das,
    words_before,
)
from timeline.temporal.de_story import in_brackets, last_match, story_day
from timeline.temporal.engine import Context, Timex
from timeline.temporal.values import Interval

_YEAR_REJECT_BEFORE = rx(
    r"(?:\b(?:[Nn]r\.|[Nn]ummer|[Pp]latz|[Ss]eite|[Tt]el\.?|PLZ|[Aa]rt\.|[Aa]rtikel|§|"
    r"sind\s+es|waren\s+es|[Rr]und|[Ee]twa|[Ff]ast|[Kk]napp|[Üü]ber|[Mm]ehr\s+als|"
    r"[Ww]eniger\s+als|[Ii]nsgesamt|ca\.|[Bb]is\s+zu|[Nn]ur|[Gg]ut|"
    r"[Pp]ro|[Jj]e|[Aa]lle|[Dd]iese|[Kk]eine)"
    r"\s+|[.,:]|\d\s|\b[A-Z]\s)$")
_YEAR_OK_BEFORE = rx(
    r"\b(?:[Ii]m|[Ii]n|[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Vv]or|[Nn]ach|[Uu]m|[Ee]nde|[Aa]nfang|"
    r"[Mm]itte|[Bb]eginn|[Jj]ahr|[Jj]ahre|[Jj]ahres|[Ss]aison|[Ss]tand|[Ss]eit\s+dem|"
    r"[Ff]rühjahr|[Ss]ommer|[Hh]erbst|[Ww]inter|[Ff]rühling|[Zz]wischen)\s+$"
    r"|(?:^|\n)[ \t]*[*•·–-]?[ \t]*$|\s[*•·][ \t]+$")
_YEAR_OK_AFTER = rx(
    rf"^\s*(?:{MONTH}|Jänner|und|bis|oder|sowie|v\.\s*Chr|n\.\s*Chr|Uhr)")


# Words that belong to a year's span, found leftwards from the digits (a pattern that
# starts with optional words is slow to search): "Ende (des Jahres) 1941", "(das) Jahr 1895".
_YEAR_LEAD = rx(rf"(?:(?P<mod>{MODS})\s+(?:des\s+Jahres\s+)?|"
                r"(?P<lead>(?:[Dd]as\s+)?Jahre?s?\s+))$")
_DECADE_LEAD = rx(rf"(?:(?P<mod>{MODS})\s+(?:der\s+)?|"
                  r"(?P<adj>[Ff]rühen|[Ss]päten|[Aa]usgehenden)\s+|"
                  rf"(?P<det>{DET})\s+)$")
# "der späten fünfziger Jahre": the decade's end, as "Ende der fünfziger Jahre"
_DECADE_ADJ_MODS = {**EDGE_MODS, "ausgehenden": "END"}


def _lead(ctx: Context, pos: int, pattern: re.Pattern) -> re.Match | None:
    return pattern.search(ctx.text, max(0, pos - 24), pos)


_UNIT_AFTER = rx(r"^(?:[ \t]*(?:bis|-|–|und)[ \t]*\d{3,4})?[ \t]*(?:%|€|\$|m\b|km\b|kg\b|t\b|"
                 r"Prozent|Euro|Dollar|Franken|Meter|Metern|Kilometer|Grad|Mann|mal\b|-mal|"
                 r"[.,]\d)")
# A capitalized plural-looking word after a number counts things: "1500 Panzern", "2014
# Menschen"; a year reads "1939 begann", "2012 Insolvenz anmelden".
_COUNT_AFTER = rx(r"^[ \t]*[A-ZÄÖÜ][a-zäöüß]*(?:en|n|e|er|ern|s)\b")
# words before a number that make it a year even before an adjective ("seit 2000 geltende")
_YEAR_PREP_BEFORE = rx(r"(?:[Jj]ahre?s?|[Ss]eit|[Ii]m|[Bb]is|[Aa]b|[Nn]ach|[Vv]or)\s+$")
# an inflected adjective and a noun after a number: "1000 bemalten Dominosteinen"
_INFLECTED_NOUN_AFTER = rx(r"^[ \t]+[a-zäöüß]{3,}(?:en|e|er|es|em)[ \t]+[A-ZÄÖÜ]")
_VERB_BEFORE = rx(r"\b(?:wurde|wurden|war|waren|wird|werden|ist|sind|gewann|gewannen|holte|"
                  r"holten)\s+$")
# Nouns that after a number always count: "2014 Menschen".
_COUNT_NOUNS = (r"(?:Menschen|Personen|Leute|Besucher\w*|Teilnehmer\w*|Mitarbeiter\w*|"
                r"Einwohner\w*|Stimmen|Mitglieder\w*|Fälle|Tote|Opfer\w*|Soldaten|Kinder\w*|"
                r"Euro|Stück|Exemplare)\b")
_COUNT_NOUN = rx(r"^[ \t]*" + _COUNT_NOUNS)
# ... also after an adjective: "1840 stimmberechtigte Mitglieder"
_ADJECTIVE_COUNT_NOUN = rx(r"^[ \t]+[a-zäöüß]{3,}(?:en|e|er|es|em)[ \t]+" + _COUNT_NOUNS)
_APPROX_YEAR = rx(r"\b(?:[Bb]is|[Ss]eit|[Uu]m|[Aa]b|[Vv]on|[Vv]or|[Nn]ach|[Ii]m\s+Jahre?)\s+"
                  r"(etwa|ca\.|circa|rund|ungefähr)\s+$")
_AROUND_BEFORE = rx(r"(?<![\w-])[Uu]m\s+$")
_YEARS_RANGE_BEFORE = rx(r"\b(?:[Zz]wischen|[Vv]on)\s+(?:1[0-9]{3}|20[0-9]{2})\s+(?:und|bis)\s+$")
_TIME_PREP_BEFORE = rx(r"(?:[Jj]ahre?s?|[Ss]eit|[Ii]m|[Bb]is|[Aa]b|[Vv]on|[Vv]or|[Nn]ach)\s+$")


def year_alone(m: re.Match, ctx: Context) -> Timex | None:
    tx = _year_alone(m, ctx)
    if tx is not None and in_brackets(ctx.text, m.start(), m.end()):
        tx.aside = True  # "(wo ihr Sohn 1961 zur Welt kam)": the text's time stays
    return tx


def _year_alone(m: re.Match, ctx: Context) -> Timex | None:
    lm = _lead(ctx, m.start(), _YEAR_LEAD)
    mod = MOD_WORDS.get((lm["mod"] or "").lower()) if lm else None
    s = lm.start() if lm else m.start()
    year = group(m, "year")
    after = ctx.text[m.end():m.end() + 30]
    if re.match(r"^[ \t]*(?:bis|-|–)[ \t]*\d{3,4}[ \t]+[A-ZÄÖÜ%€]", after):
        return None  # "von 2000 bis 3000 Grad"
    if lm:
        return Timex("DATE", year, mod=mod, start=s)
    before = words_before(ctx, s, 30)
    approx = _APPROX_YEAR.search(before)
    if approx:  # "bis etwa 1945": the approximation belongs to the span
        return Timex("DATE", year, mod="APPROX", start=s - len(before) + approx.start(1))
    if _YEAR_OK_AFTER.match(after):
        return Timex("DATE", year)
    if _YEARS_RANGE_BEFORE.search(before) and not _COUNT_NOUN.match(after):
        return Timex("DATE", year)  # "zwischen 2012 und 2017 Leistungen abgerechnet"
    if re.search(r"[A-Z]/$", ctx.text[max(0, s - 2):s]):
        return None  # "der Komet C/2020 F3": a designation
    if _UNIT_AFTER.match(after) or _ADJECTIVE_COUNT_NOUN.match(after):
        return None  # "oberhalb von 1500 Metern", "1840 stimmberechtigte Mitglieder"
    if int(year) % 100 == 0 and _INFLECTED_NOUN_AFTER.match(after) and \
            not _YEAR_PREP_BEFORE.search(before):
        return None  # "das Umstoßen von 1000 bemalten Dominosteinen": a round count
    if _YEAR_OK_BEFORE.search(before):
        if _COUNT_AFTER.match(after) and not _TIME_PREP_BEFORE.search(before):
            return None  # "um 1500 Soldaten"
        around = _AROUND_BEFORE.search(before)
        if around:  # "erreicht um 2030 das Ende ihrer Lebensdauer": about that year (news
            # gold spans the year, histories "um 1900" with its preposition)
            return Timex("DATE", year, mod="APPROX",
                         start=s - len(before) + around.start() if ctx.narrative else None)
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
            group(m, "um") and _VERB_AFTER.match(after) and
            _SENTENCE_OPENING.search(ctx.text, max(0, m.start() - 3), m.start())):
        return None
    year = f"{int(group(m, 'ey')):04d}"
    era = last_match(_ERA, ctx.text, max(0, m.start() - 2000), m.start())
    if era is not None and era.group(0).startswith("v"):
        year = "BC" + year  # "Das Jahr 149" in a history of the years before Christ
    if group(m, "um"):
        return Timex("DATE", year, mod="APPROX")
    if group(m, "lead"):
        return Timex("DATE", year)
    before = words_before(ctx, m.start(), 20)
    if _EARLY_PREP_BEFORE.search(before) or (
            _RELATIVE_BEFORE.search(before) and _PREP_AFTER.match(after)):
        return Timex("DATE", year)
    return None


_ERA = rx(r"[vn]\.\s*Chr\.")
# "um 800 bis 900 Mann", "955 und 956 Tote", "um 800 Jahre": still counts
_EARLY_COUNT_AFTER = rx(r"^\s*(?:(?:bis|und|oder|-|–)\s*\d+\s*[A-Za-zÄÖÜäöü]|mal\b|Mal\b)")
_ADJECTIVE_NOUN_AFTER = rx(r"^\s*[a-zäöüß]+\s+[A-ZÄÖÜ]")
_VERB_AFTER = rx(r"^\s*(?:wurden?|war|waren|kam|kamen|gab|ging|gingen|fiel|fielen|zog|zogen|"
                 r"ließ|ließen|fand|stand|lag|entstand|entstanden|begann|begannen|"
                 r"[a-zäöüß]+te[nt]?|[a-zäöüß]+t)\s")
_SENTENCE_OPENING = rx(r"(?:^|[.!?:]\s+|\n\s*)$")
_EARLY_PREP_BEFORE = rx(r"\b(?:[Ss]eit|[Aa]b|[Bb]is|[Ii]m\s+Jahre?)\s+$")
_RELATIVE_BEFORE = rx(r"(?:,|\b(?:[Dd]ie|[Dd]er|[Dd]as|[Ww]elche[rs]?))\s+(?:die|der|das|"
                      r"welche[rs]?)\s+$")
_PREP_AFTER = rx(r"^\s+(?:bei|in|an|durch|von|unter|nach|zu|zum|zur|im|am|vom|erstmals|"
                 r"urkundlich|erbaut|gegründet|zerstört)\b")


def short_year(m: re.Match, ctx: Context) -> Timex | None:
    """The second year of "1912/13" or "1870/71"."""
    first = int(group(m, "first"))
    y = first // 100 * 100 + int(group(m, "yy"))
    if y <= first:
        y += 100
    if y - first > 5:
        return None
    return Timex("DATE", f"{y:04d}")


def bc_year(m: re.Match, ctx: Context) -> Timex:
    y = int(group(m, "bc"))
    mod = "APPROX" if group(m, "um") else MOD_WORDS.get((group(m, "mod") or "").lower())
    if group(m, "era").lower().startswith("v"):
        return Timex("DATE", f"BC{y:04d}", mod=mod)
    return Timex("DATE", f"{y:04d}", mod=mod)


def decade(m: re.Match, ctx: Context) -> Timex | None:
    digits = group(m, "dec")
    lm = _lead(ctx, m.start(), _DECADE_LEAD)
    mod = MOD_WORDS.get((lm["mod"] or "").lower()) if lm else None
    if lm is not None and lm["adj"]:
        mod = _DECADE_ADJ_MODS[lm["adj"].lower()]
    start = lm.start() if lm else None
    if digits is None:
        tens = {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5,
                "sechziger": 6, "siebziger": 7, "achtziger": 8, "neunziger": 9, "nuller": 0}
        digits = str(tens[group(m, "decword").lower()] * 10)
    if len(digits) == 4:
        return Timex("DATE", digits[:3], mod=mod, start=start)
    if group(m, "dcent"):  # "den Dreißigerjahren des 19. Jahrhunderts"
        century = int(group(m, "dcent")) - 1
        return Timex("DATE", f"{century * 10 + int(digits) // 10:03d}", mod=mod, start=start)
    if group(m, "drel"):  # "die Zwanzigerjahre des vorigen Jahrhunderts"
        century = ctx.ref_day.year // 100 - 1
        return Timex("DATE", f"{century * 10 + int(digits) // 10:03d}", mod=mod,
                     anchor="dateline", start=start)
    story = None if ctx.has_reference else story_day(ctx, m.start())
    if story is None and not ctx.has_reference:
        base = 1999  # no time to count from: "die 90er" most likely lie in the 1900s
    else:
        base = (story or ctx.ref_day).year
    century = base // 100
    d = int(digits)
    if century * 100 + d > base and century > 0 and not (
            century * 100 + d <= base + 50 and ctx.has_reference and not ctx.narrative
            and clause_direction(m, ctx) == "future"):
        century -= 1  # "die Neunziger" in 2016 lie back, "in den Dreißigerjahren wird" ahead
    return Timex("DATE", f"{century * 10 + d // 10:03d}", mod=mod, anchor="dateline",
                 start=start)


def relative_decade(m: re.Match, ctx: Context) -> Timex:
    """"das vergangene Jahrzehnt", "das zurückliegende Jahrzehnt" (the decade before the
    one under way), "im kommenden Jahrzehnt", "in diesem Jahrzehnt"."""
    word = group(m, "dw").lower()
    year, anchor = current_year(ctx, m.start())
    if word == "diesem" and ctx.previous is not None:
        # "Das Ziel, das Kennedy im Mai 1961 ausgegeben hatte, ... noch in diesem
        # Jahrzehnt": the decade of the time the text tells of
        year, anchor = ctx.previous.start.year, "previous"
    step = -1 if word.startswith(("vergangen", "letzt", "vorig", "zurückliegend",
                                  "abgelaufen")) else \
        1 if word.startswith(("kommend", "nächst")) else 0
    return Timex("DATE", f"{year // 10 + step:03d}", anchor=anchor,
                 start=with_das(ctx, m.start()))


def this_century(m: re.Match, ctx: Context) -> Timex:
    """"bis Ende des Jahrhunderts": the century of the reference (or story) year."""
    year, anchor = current_year(ctx, m.start())
    return Timex("DATE", f"{year // 100:02d}", mod=MOD_WORDS[group(m, "mod").lower()],
                 anchor=anchor)


_CENTURY_WORD = {w: i for i, w in enumerate(
    ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
     "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt",
     "achtzehnt", "neunzehnt", "zwanzigst", "einundzwanzigst"), start=1)}


def century(m: re.Match, ctx: Context) -> Timex:
    word = group(m, "cword")
    n = _CENTURY_WORD[word.lower()] if word else int(group(m, "cent"))
    mod = MOD_WORDS.get((group(m, "mod") or "").lower())
    if group(m, "half"):
        mod = "START" if group(m, "half").lower().startswith("erst") else "END"
    if group(m, "era") and group(m, "era").lower().startswith("v"):
        return Timex("DATE", f"BC{n - 1:02d}", mod=mod)
    return Timex("DATE", f"{n - 1:02d}", mod=mod)


def year_span(m: re.Match, ctx: Context) -> Timex | None:
    """"der Saison 2007/08", "die Amtsperiode 2010/15": a named stretch across years."""
    first = int(group(m, "y1"))
    tail = group(m, "y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if last < first:
        last += 100
    if last - first > 10:
        return None
    if last == first + 1 and "intersaison" in m.group(0):
        # "der Wintersaison 2005/06": the winter that turns the year, written as winters
        # are ("Winter 2005/06": 2005-WI); other seasons of sport or business keep no
        # calendar value
        return Timex("DATE", f"{first:04d}-WI")
    return Timex("DATE", "XXXX-XX-XX",
                 interval=Interval(date(first, 1, 1), date(last, 12, 31), "year"))
