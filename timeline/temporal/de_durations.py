"""Handlers for durations and offsets: counted stretches ("drei Jahre", "rund 200
Stunden"), offsets from the last date named ("zwei Tage später"), two-unit and measured
durations, compound adjectives ("zweimonatige", "jahrelang")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from timeline.temporal.de_lexicon import SHIFT_UNITS, VAGUE_QUANTITIES
from timeline.temporal.de_match import (
    APPROX_MODS,
    clause_direction,
    counting_base,
    duration_value,
    format_number,
    group,
    number,
    rx,
    speaks_in_present,
    told_as_aside,
    unit_stem,
    words_before,
)
from timeline.temporal.de_periods import QUARTER_RX, last_dated, quarter
from timeline.temporal.engine import Context, Timex
from timeline.temporal.resolve import shift
from timeline.temporal.values import Interval, day_value, month_end, month_value

_AGE_BEFORE = rx(r"\b(?:[Aa]lter\s+von(?:\s+\d+(?:\s*,\s*\d+)*\s+(?:und|bis|oder))?|[Aa]b|"
                 r"[Uu]nter|[Zz]wischen\s+\S+\s+und|[Mm]it|"
                 r"[Ää]lter\s+als|[Jj]ünger\s+als|[Ww]elche[sr]?)\s+$")
# "die Altersgrenze liegt bei 67 Jahren", "das Rentenalter steigt auf 67 Jahre": an age
_AGE_NOUN_BEFORE = rx(r"(?:\b[Aa]lter|[a-zäöüß]alter)(?:s\w*|grenze\w*)?\b[^.;:!?]{0,60}?"
                      r"\b(?:bei|auf|von|mit)\s+(?:(?:rund|etwa|knapp|über|unter)\s+)?$")
_PEOPLE_BEFORE = rx(r"\b(?:Menschen|Personen|Kinder|Kindern|Frauen|Männer|Männern|Bürger|"
                    r"Bürgern|Patienten|Jugendliche|Jugendlichen|Senioren)\s+$")
_AGE_AFTER = rx(r"^\s*(?:alt|jung|jünger|älter|alte[nmrs]?|junge[nmrs]?|"
                r"noch\s+nicht\s+vollendet|vollendet|-?Jährige)")

# "ein heißer Tag": an article, an adjective and a unit
_DESCRIBED = rx(r"^(?:\S+\s+)*?[Ee]ine?[nmr]?\s+([a-zäöüß]{3,}e[nmrs]?)\s+\S+$")
_MEASURING_ADJECTIVES = ("ganz", "voll", "halb", "weiter", "zusätzlich", "knapp", "gut",
                         "lang", "kurz", "erst", "letzt", "einzig", "gesamt", "komplett",
                         "vergangen", "kommend", "nächst")
_YEAR_DESCRIBED = rx(r"^(?:\s+des\s+[A-ZÄÖÜ]|,\s+(?:das|in\s+dem|an\s+das)\s+"
                     r"(?!(?:ist|war|sind|hat|hatte|wird|reicht|genügt)\b))")
_OFFSET_AFTER = rx(r"^\s+(?:zuvor|vorher|früher|davor|später|danach|darauf)\b"
                   r"(?!\s+als\s+[a-zäöü])")


def duration(m: re.Match, ctx: Context) -> Timex | None:
    stem = unit_stem(group(m, "unit")) if group(m, "unit") else _compound_stem(group(m, "cword"))
    raw = group(m, "num")
    if raw.lower().endswith(" paar"):  # "ein paar Monate"
        raw = "paar"
    n = None if raw.lower() in VAGUE_QUANTITIES else number(raw)
    if n is None and raw.lower() not in VAGUE_QUANTITIES:
        return None
    if n is not None and group(m, "mult"):
        n *= 1000 if group(m, "mult") == "tausend" else 100  # "drei tausend Jahre"
    if raw.lower() == "eines" and stem == "tag":
        return None  # "eines Tages": some day, no stretch of time
    adjective = _DESCRIBED.match(m.group(0))
    if adjective and raw.lower() in ("ein", "eine", "einen", "einem", "einer") and \
            not adjective.group(1).lower().startswith(_MEASURING_ADJECTIVES):
        return None  # "ein heißer Tag", "eine schwere Woche": a day described, not counted
    after = ctx.text[m.end():m.end() + 30]
    if _OFFSET_AFTER.match(after):
        return None  # "(6 Prozent mehr als) ein Jahr zuvor": the offset rule's
    if stem == "jahr" and raw.lower() == "ein" and _YEAR_DESCRIBED.match(after):
        return None  # "nicht nur ein Jahr des Terrors", "1977 bleibt ein Jahr, das man
        # nicht vergisst": a kind of year, no year counted
    if stem == "tag" and after.startswith(" der offenen T"):
        return None  # "Ein Tag der offenen Tür": an event, no day counted
    if _FELL_ON_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) and \
            m.group(0).lower().endswith(("werktag", "wochentag", "feiertag")):
        return None  # "fiel auf einen Werktag": which kind of day, no day counted
    if _AGE_AFTER.match(after) and stem == "jahr":
        return None
    before = words_before(ctx, m.start(), 25)
    if stem == "jahr" and not group(m, "approx") and _AGE_BEFORE.search(before):
        return None
    if stem == "jahr" and _AGE_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start()):
        return None
    if stem == "jahr" and (group(m, "approx") or "").lower() == "unter":
        return None  # "Kinder unter zwölf Jahren", "unter 18 Jahren": an age limit
    if stem == "jahr" and _PEOPLE_BEFORE.search(before) and \
            (group(m, "approx") or "").lower() in ("über", "unter", "ab"):
        return None  # "allen Menschen über 60 Jahren": an age
    value = duration_value(n, stem)
    if ctx.narrative and n is not None:
        value = _story_scale(n, stem, value)
    approx = re.sub(r"\s+", " ", (group(m, "approx") or "").lower())
    if approx and (_outside_extent(m, ctx, approx) or (approx == "über" and n is None)):
        # ("über mehrere Tage": a stretch, as no more than "mehrere" can be meant; 3 of 3)
        return Timex("DURATION", value, start=_after_approx(m, ctx))
    mod = APPROX_MODS.get(approx)
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


# "bis zu drei Jahren" (gold of all German sets: "bis zu" outside the extent 22 times,
# inside 5; without a mod 14 of those 22) and "über" across a stretch ("Über drei
# Jahrzehnte schrieb er", "sich über 23 Verhandlungstage erstreckt", "über zwei Jahre
# hinweg", "einen Vertrag über 18 Monate": outside 16 of 17) keep the word out of the
# extent, with no mod; "über" as "more than" mid-sentence ("dauerte über ein Jahr", "seit
# über 35 Jahren": inside 11 of 13 such cases) stays inside.
_NOUN_BEFORE = rx(r"(?<![.!?:]\s)(?<!^)\b[A-ZÄÖÜ][a-zäöüß]{2,}\s+$")
_ACROSS_AFTER = rx(r"^\s+(?:hinweg|hin)\b|^[^.;:!?]{0,40}?\berstreck")


def _outside_extent(m: re.Match, ctx: Context, approx: str) -> bool:
    """Whether the modifier before a counted stretch stays out of its extent."""
    if approx == "bis zu":
        return True
    if approx != "über":
        return False
    if group(m, "approx") == "Über":
        return True  # opens a sentence: "Über drei Jahrzehnte schrieb er ..."
    if _NOUN_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return True  # "einen Vertrag über 18 Monate", "Verantwortung über zwei Jahrzehnte"
    return _ACROSS_AFTER.match(ctx.text[m.end():m.end() + 60]) is not None


def _after_approx(m: re.Match, ctx: Context) -> int:
    """Where the extent starts after the modifier word and its spaces."""
    pos = m.end("approx")
    while pos < len(ctx.text) and ctx.text[pos].isspace():
        pos += 1
    return pos


def _story_scale(n: float, stem: str, value: str) -> str:
    """Histories count decades and centuries in their own units ("vier Jahrzehnte" P4DE,
    "ein halbes Jahrhundert" P5DE, as WikiWarsDE annotates); news counts years."""
    if stem == "jahrzehnt" and float(n).is_integer():
        return f"P{format_number(n)}DE"
    if stem == "jahrhundert" and not float(n).is_integer() and float(n * 10).is_integer():
        return f"P{format_number(n * 10)}DE"
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


_COMPARED_WITH = re.compile(r"\b(?:als|wie)\s+$")
_IN_MONTH = re.compile(r"\b(?:im|Im)\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|"
                       r"August|September|Oktober|November|Dezember)\b")


def offset_date(m: re.Match, ctx: Context) -> Timex | None:
    """"zwei Tage später", "einen Monat zuvor", "nach zwei Tagen": counted from the last
    date the text named."""
    stem = unit_stem(group(m, "unit"))
    raw = group(m, "num")
    vague = raw is None or raw.lower() in VAGUE_QUANTITIES
    n = None if vague else number(raw)
    if not vague and n is None:
        return None
    word = (group(m, "dir") or group(m, "nach") or "").lower()
    sign = -1 if word in ("zuvor", "vorher", "früher", "davor") else 1
    unit = SHIFT_UNITS.get(stem)
    if unit is None:  # minutes, hours, seconds: from the clock time told just before
        if group(m, "nach"):
            return Timex("DURATION", duration_value(n, stem))
        if word in ("früher", "vorher"):
            # "der Ausschank endet eine halbe Stunde früher", "24 Stunden vorher
            # ankündigen": a lead time, tagged as the duration alone (3 of 3 gold cases)
            first = m.group("t").split(None, 1)[0].lower()
            end = m.start("dir")
            while ctx.text[end - 1].isspace():
                end -= 1
            return Timex("DURATION", duration_value(n, stem), mod=APPROX_MODS.get(first),
                         end=end)
        told = _clock_told_before(ctx, m.start())
        # (whole minutes: "eine halbe Stunde später" is 30 of them)
        if told is not None and not vague and stem != "sekunde" and \
                float(n * (1 if stem == "minute" else 60)).is_integer():
            step = timedelta(minutes=n) if stem == "minute" else timedelta(hours=n)
            at = told + sign * step
            return Timex("TIME", f"{day_value(at.date())}T{at:%H:%M}", anchor="previous")
        prev = ctx.previous
        if stem == "stunde" and not vague and n >= 24 and float(n).is_integer() and \
                prev is not None and prev.granularity == "day":
            # "Am 26. April ... 36 Stunden später": whole days on from the day named, as
            # far as a day without its hour tells
            return Timex("DATE", day_value(prev.start + sign * timedelta(days=int(n) // 24)),
                         anchor="previous")
        return Timex("TIME", "XXXX-XX-XXTXX:XX")
    if not vague and unit == "year" and not float(n).is_integer() and float(n * 12).is_integer():
        n, unit = n * 12, "month"
    if vague or not float(n).is_integer():
        if group(m, "nach"):
            return Timex("DURATION", duration_value(n, stem))
        if vague and stem == "jahr":
            return Timex("DURATION", duration_value(None, stem))
        return Timex("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", anchor=ctx.anchor_kind)
    if unit == "year" and not ctx.narrative:
        # "Ein Jahr zuvor" after "im dritten Quartal": that quarter a year earlier
        named = None
        for q in QUARTER_RX.finditer(ctx.text, max(0, m.start() - 300), m.start()):
            named = q
        tx = quarter(named, ctx) if named is not None else None
        if tx is not None:
            year = int(tx.value[:4]) + sign * int(n)
            return Timex("DATE", f"{year:04d}{tx.value[4:]}", anchor="previous")
    prev = ctx.previous
    if unit == "year" and sign < 0 and prev is not None and prev.granularity == "month" \
            and _COMPARED_WITH.search(ctx.text, max(0, m.start() - 5), m.start()):
        # "Naphtha kostete im April ein Drittel mehr als ein Jahr zuvor": the month just
        # named, a year earlier (the period compared, as with quarters above)
        said = ctx.text[max(0, m.start() - 200):m.start()]
        if _IN_MONTH.search(re.split(r"[.!?]\s", said)[-1]):
            return Timex("DATE", month_value(prev.start.year - int(n), prev.start.month),
                         anchor="previous")
    if prev is not None and not ctx.narrative:
        # "Die Halle brannte 1973. Heute steht dort ein Museum. Zwei Jahre später war sie
        # aufgebaut": told in the past, it counts from the last date told in the past
        prev = counting_base(ctx, m.start(), sign > 0 and _told_as_past(m, ctx)) or prev
    if prev is None:
        if group(m, "nach"):
            return Timex("DURATION", duration_value(n, stem))
        base, anchor = ctx.anchor_day, ctx.anchor_kind
    else:
        base, anchor = prev.start, "previous"
    gran = prev.granularity if prev is not None else "day"
    last = last_dated(ctx, m.start(), prev) if unit in ("year", "decade") else None
    if last is not None and last[1] == "season":  # "Im Sommer 1995 ... Zwei Jahre später"
        base, anchor, gran = last[0], "previous", "year"
    d = shift(base, unit, sign * int(n))
    if unit in ("year", "decade") or gran == "year":
        value = f"{d.year:04d}"
    elif unit in ("month", "quarter") or gran == "month":
        value = month_value(d.year, d.month)
    else:
        value = day_value(d)
    # "Am 12. Januar ... Die Klasse war drei Tage zuvor angereist. Am Nachmittag ...":
    # a look back in the Plusquamperfekt leaves the story on its day
    aside = sign < 0 and told_as_aside(m, ctx)
    return Timex("DATE", value, anchor=anchor, aside=aside)


# how far back (characters) the clock time an offset in minutes counts from may lie: a
# police report tells the deed between ("gegen 23.15 Uhr ereignet hat. [three sentences]
# Ein Zeuge meldete sich etwa zehn Minuten später")
_CLOCK_REACH = 450
_CLOCK_SAID = rx(r"(?<![\d.,:])([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s*Uhr")


def _clock_told_before(ctx: Context, pos: int) -> datetime | None:
    """The clock time of the last date the text placed, when that is a time in digits a
    few sentences back ("gegen 2.40 Uhr ... sieben Minuten später": 2.47)."""
    if not ctx.placed:
        return None
    start, end, placed = ctx.placed[-1]
    said = _CLOCK_SAID.search(ctx.text, start, end)
    if placed.granularity != "minute" or said is None or pos - end > _CLOCK_REACH:
        return None
    return datetime(placed.start.year, placed.start.month, placed.start.day,
                    int(said.group(1)), int(said.group(2) or 0))


def _told_as_past(m: re.Match, ctx: Context) -> bool:
    """Whether the clause of `m` tells of the past: in the past tense, or with a verb the
    tense test does not know and no sign of the present or the future ("Drei Jahre
    später drehte sich das Rad wieder")."""
    said = clause_direction(m, ctx)
    return said == "past" or (said == "present" and not speaks_in_present(ctx, m.start()))


def compound_duration(m: re.Match, ctx: Context) -> Timex | None:
    """"zweimonatige", "einwöchigen", "jahrelange", "monatelangen"."""
    if group(m, "lang"):
        stem = {"jahre": "jahr", "monate": "monat", "wochen": "woche", "tage": "tag",
                "stunden": "stunde", "jahrzehnte": "jahrzehnt"}[group(m, "lang").lower()]
        return Timex("DURATION", duration_value(None, stem))
    n = None if group(m, "cnum").lower() == "mehr" else number(group(m, "cnum"))
    if n is None and group(m, "cnum").lower() != "mehr":
        return None
    stem = {"tägig": "tag", "wöchig": "woche", "monatig": "monat", "jährig": "jahr",
            "stündig": "stunde", "minütig": "minute"}[group(m, "suffix").lower()]
    return Timex("DURATION", duration_value(n, stem))


def offset_or_none(m: re.Match, ctx: Context) -> Timex | None:
    """Only an offset when "später/zuvor" follows or "nach" leads (else a duration)."""
    if not group(m, "dir") and not group(m, "nach"):
        return None
    if _COMPARED_AFTER.match(ctx.text, m.end()):
        return None  # "drei Wochen früher als üblich": a difference, the duration rule's
    stem = unit_stem(group(m, "unit"))
    if group(m, "num") is None:
        if not group(m, "dir") or not group(m, "unit").endswith(("e", "en", "n")) \
                or group(m, "unit").lower() in ("woche", "stunde", "minute", "sekunde"):
            return None
        if stem == "jahr":
            return Timex("DURATION", "PXY")
        past = group(m, "dir").lower() in ("zuvor", "vorher", "früher", "davor")
        return Timex("DATE", "PAST_REF" if past else "FUTURE_REF", anchor=ctx.anchor_kind)
    if not group(m, "dir"):
        return None  # "nach drei Tagen": a duration
    if group(m, "num").lower() in VAGUE_QUANTITIES:
        if group(m, "dir").lower() in ("später", "danach", "darauf"):  # "wenige Tage später"
            return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind)
        return Timex("DURATION", duration_value(None, stem))  # "wenige Monate zuvor"
    return offset_date(m, ctx)


# a comparison after "früher"/"später": "drei Wochen früher als üblich" (not "drei Wochen
# später, als Banks aufbrach": a clause of time)
_COMPARED_AFTER = re.compile(r"\s+als\s+[a-zäöü]")


_PAIRS = {("stunde", "minute"): ("PT", "H", "M"), ("minute", "sekunde"): ("PT", "M", "S"),
          ("jahr", "monat"): ("P", "Y", "M")}


def two_unit_duration(m: re.Match) -> Timex | None:
    """"eine Stunde und zehn Minuten" -> PT1H10M: two units in one measure."""
    a, b = number(group(m, "n1")), number(group(m, "n2"))
    pair = _PAIRS.get((unit_stem(group(m, "u1")), unit_stem(group(m, "u2"))))
    if a is None or b is None or pair is None or not float(a).is_integer() or \
            not float(b).is_integer():
        return None
    mod = APPROX_MODS.get(re.sub(r"\s+", " ", (group(m, "approx") or "").lower()))
    lead, first, second = pair
    return Timex("DURATION", f"{lead}{format_number(a)}{first}{format_number(b)}{second}", mod=mod)


def clock_duration(m: re.Match) -> Timex:
    a, b, frac = int(group(m, "a")), int(group(m, "b")), group(m, "frac")
    mod = APPROX_MODS.get(re.sub(r"\s+", " ", (group(m, "approx") or "").lower()))
    if group(m, "cu") == "Stunden":
        if group(m, "c") is not None:  # hours, minutes and seconds: "2:14:07 Stunden"
            c = int(group(m, "c"))
            seconds = f"{c}.{frac}" if frac else str(c)
            return Timex("DURATION", f"PT{a}H{b}M{seconds}S", mod=mod)
        return Timex("DURATION", f"PT{a}H{b}M" if b else f"PT{a}H", mod=mod)
    if group(m, "c") is not None:
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
    word = (group(m, "vd") or group(m, "vd2")).lower()
    if "zeit" in word:
        return Timex("DURATION", "PXY")
    stem = "jahr" if "jahr" in word else "tag" if "tag" in word else "monat" if "monat" in \
        word else "woche" if "woche" in word else "jahr"
    if "jahrzehnt" in word:
        stem = "jahrzehnt"
    return Timex("DURATION", duration_value(None, stem))


_NORM_AFTER = rx(r"\s+(?:Mittel|Mittelwert|Durchschnitt|Schnitt|Vergleich)s?\b")


def compound_or_long(m: re.Match, ctx: Context) -> Timex | None:
    before = words_before(ctx, m.start(), 12)
    if group(m, "lj"):
        if _ATTRIBUTE_BEFORE.search(before):
            return None  # "der langjährige Bürgermeister", "ihren langjährigen Einsatz"
        if _NORM_AFTER.match(ctx.text, m.end()):
            return None  # "im langjährigen Mittel": a climate norm (3 of 3 gold untagged)
        return Timex("DURATION", "PXY")
    anniversary = _ANNIVERSARY_AFTER.match(ctx.text, m.end())
    if group(m, "suffix") == "jährig" and anniversary and (
            anniversary["an"].startswith("Geburt") or ctx.narrative and (
                anniversary["an"] != "Bestehen" or _OWNER_BEFORE.search(before))):
        return None  # "zum 70-jährigen Geburtstag": an age; in a history "sein 110-jähriges
        # Bestehen" names the feast, not "das einjährige Bestehen der Republik" (in news
        # the years of it, "sein 75-jähriges Bestehen", as 9 of 11 news gold cases have it)
    if group(m, "suffix") and ctx.text[m.start(): m.end()][:1].isdigit() and \
            group(m, "suffix") == "jährig":
        if re.search(r"(?:der|die|den|dem|des|Der|Die)\s+$", before) \
                or not _SPAN_NOUN_AFTER.match(ctx.text, m.end()):
            return None  # "der 22-jährige Fahrer", "seine 19-jährige Beifahrerin": an age
    tx = compound_duration(m, ctx)
    hedge = _HEDGE_BEFORE.search(before) if tx is not None and not tx.mod else None
    if hedge is not None:
        # "in seiner fast zweistündigen Urteilsbegründung": the hedge is the duration's
        tx.mod = APPROX_MODS[hedge.group("hedge").lower()]
        tx.start = m.start() - (len(before) - hedge.start())
    return tx


_FELL_ON_BEFORE = rx(r"\b[Aa]uf\s+$")
_HEDGE_BEFORE = rx(r"(?<![\w-])(?P<hedge>[Ff]ast|[Kk]napp|[Rr]und|[Ee]twa|[Nn]ahezu|"
                   r"[Bb]einahe)\s+$")


# a noun a span of years belongs to: "eine 10-jährige Laufzeit", "ihre 30-jährige
# Geschichte" (any other noun after "19-jährige" is a person of that age)
_SPAN_NOUN_AFTER = rx(
    r"\s+\w*(?:[Zz]eit|[Pp]hase|[Ff]rist|[Ss]trafe|[Hh]aft|[Pp]ause|[Dd]auer|[Vv]ertrag|"
    r"[Gg]eschichte|[Tt]radition|[Pp]rogramm|[Pp]eriode|[Ee]he|[Kk]arriere|[Hh]errschaft|"
    r"[Kk]rieg|[Ss]tudie|[Pp]rojekt|[Gg]arantie|[Bb]indung|[Ss]perre|[Aa]usbildung|[Ll]ehre|"
    r"[Mm]itgliedschaft|[Zz]usammenarbeit|[Tt]ätigkeit|[Pp]lan|[Ff]orschung|[Ss]anierung|"
    r"[Jj]ubiläum|Bestehen)"
    r"(?:en|n|s|es|e)?\b")
# an article or a possessive makes "langjährig" an attribute of a person or a thing
_ATTRIBUTE_BEFORE = rx(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ss]ein|[Ii]hr|[Uu]nser)"
                       r"(?:e[mnrs]?)?\s+$")
_ANNIVERSARY_AFTER = rx(r"\s+(?P<an>Bestehen|Jubiläum|Jubiläums|Geburtstag|Geburtstags|"
                        r"Firmenjubiläum|Dienstjubiläum)\b")
_OWNER_BEFORE = rx(r"(?<![\w-])(?:[Ss]ein|[Ii]hr|[Uu]nser|zum|[Dd]as)e?s?\s+$")


def quarter_hour(m: re.Match, ctx: Context) -> Timex:
    """"eine Viertelstunde" (15 minutes), "eine Dreiviertelstunde" (45)."""
    value = "PT45M" if group(m, "quarter").startswith("Drei") else "PT15M"
    mod = APPROX_MODS.get(re.sub(r"\s+", " ", (group(m, "approx") or "").lower()))
    return Timex("DURATION", value, mod=mod)
