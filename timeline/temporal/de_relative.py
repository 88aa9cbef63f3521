"""Handlers for deictic and relative dates: heute/gestern/morgen, vague references
("damals", "bald"), this/next/last year, week or month, the day before or after, and
stretches just before or after the reference day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.de_lexicon import MONTH_NAME, SHIFT_UNITS, day_part_code
from timeline.temporal.de_match import (
    CLAUSE_MARK,
    MOD_WORDS,
    clause_direction,
    counting_base,
    current_year,
    distal_or_previous_day,
    duration_value,
    group,
    number,
    previous_day,
    previous_period,
    recounted_episode,
    rx,
    sentence_bounds,
    told_as_aside,
    unit_stem,
    with_das,
    with_des,
    words_before,
)
from timeline.temporal.de_periods import last_dated
from timeline.temporal.de_story import age_after_heute, far_years, said_in_passing, story_day
from timeline.temporal.de_tense import clause_tense, speaks_of_future
from timeline.temporal.engine import Context, Timex
from timeline.temporal.resolve import shift
from timeline.temporal.values import Interval, day_value, unit_value

_DEICTIC_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
                 "gestrigen": -1, "morgigen": 1, "gestrige": -1, "morgige": 1}
# "bis heute", "die Welt von heute": the present, not the day. "von heute an" is the day.
_HEUTE_GENERIC_BEFORE = rx(r"\b(?:bis|von|noch|auch|wie|[Ww]er)\s+$")
_AB_BEFORE = rx(r"\b[Aa]b\s+$")
_VON_BEFORE = rx(r"\b[Vv]on\s+$")
_HEUTE_AN = rx(r"\s+an\b(?!\s+d[a-z]{1,2}\b)")
_HEUTE_GENERIC_AFTER = rx(
    r"^\s*(?:noch|vor\s+allem|längst|kaum|weitgehend|"
    # a habit or a comparison with all times before: "heute oft", "heute mehr denn je",
    # "heute mehr Gemeinsamkeit als je zuvor"
    r"oft|meist|meistens|häufig|überwiegend|vielfach|zumeist|mehr\s+denn\s+je|"
    r"mehr\s+(?:[\w-]+\s+){0,2}?als\s+je|"
    r"weltweit|wissen|würde|gilt|gibt|sind|ist\s+"
    r"(?:sie|er|es)|zählt|kennt|nennt|heißt|bekannt|gehört|lebt|leben|existiert|befindet)\b")


# "Damals ... Heute ...", "Vor zwanzig Jahren ... heute": "heute" set against the past
# means the present age, not the dateline's day.
_PAST_ERA = rx(r"\b(?:[Dd]amals|[Ee]inst|[Ff]rüher(?=\s*[,;]?\s*[a-zäöüß])|"
               r"[Vv]or\s+(?:\d+|[a-zäöüß]+)\s+Jahr(?:en|zehnten)|"
               r"in\s+(?:\d+|[a-zäöüß]+)\s+Jahr(?:en|zehnten)|"
               r"in\s+den\s+(?:\d{2,4}er|[a-zäöüß]+ziger)(?:[- ]?Jahren)?)\b")
_HEUTE_TODAY = rx(r"^\s*(?:\d|um\b|ab\b|bis\b|[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]orgen|"
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
    if age_after_heute(ctx.text, start, end):
        return True
    scene = next((at for at, _ in far_years(ctx, start - 800, start, 3)
                  if _SCENE_LEAD.search(ctx.text, max(0, at - 30), at)
                  and not _RANGE_AFTER.match(ctx.text, at + 4)), None)
    return scene is not None and \
        clause_tense(ctx.text, start) == "present" and \
        not speaks_of_future(ctx.text[start:hi])


# A scene set in a year: "1961 ist Karin zwölf", "im Jahr 1989", "Im Herbst 1989", "am
# 9. Oktober 1989" (a year in passing, "gewann er 2009", sets none): the words before it.
_SCENE_LEAD = rx(rf"(?:^|[.!?:]\s|\n|\b[Ii]m\s+(?:Jahre?\s+)?|"
                 rf"(?:Frühjahr|Frühling|Sommer|Herbst|Winter|{MONTH_NAME})\s+|"
                 rf"\d\.\s*(?:{MONTH_NAME})\s+)$")
_RANGE_AFTER = rx(r"\s*[/–-]")


_CLOCK_AHEAD = rx(r"\d\s*Uhr\b")


def deictic_day(m: re.Match, ctx: Context) -> Timex | None:
    word = group(m, "word").lower()
    part = group(m, "dpart")
    if word == "heute" and not part:
        before = words_before(ctx, m.start("t"), 12)
        after = ctx.text[m.end("t"):m.end("t") + 40]
        # "die heute 71 Jahre alte Frau flüchtete": an age said in passing, the text
        # stays where it was
        aside = age_after_heute(ctx.text, m.start("t"), m.end("t"))
        from_today = _AB_BEFORE.search(before) or (
            _VON_BEFORE.search(before) and _HEUTE_AN.match(after))
        if ctx.narrative or (not from_today and (
                _HEUTE_GENERIC_BEFORE.search(before) or _HEUTE_GENERIC_AFTER.match(after)
                or _heute_contrasts_past(ctx, m.start("t"), m.end("t")))):
            return Timex("DATE", "PRESENT_REF", anchor=ctx.anchor_kind, aside=aside)
        if aside:  # (nowadays, as every writer of our German sets has it)
            return Timex("DATE", "PRESENT_REF", anchor="dateline", aside=True)
    if ctx.narrative and word != "heute":
        return None
    d = shift(ctx.ref_day, "day", _DEICTIC_DAYS[word])
    if part:
        code = day_part_code(part)
        return Timex("TIME", f"{day_value(d)}T{code}", anchor="dateline")
    night = _NIGHT_TO_TODAY.search(ctx.text, max(0, m.start("t") - 24), m.start("t"))
    if night is not None and word in ("heute", "morgen"):
        # "in der Nacht auf heute", "der Nacht zu heute": the night that led into the day
        start = night.start("art") if night["art"] else night.start("night")
        return Timex("TIME", f"{day_value(d - timedelta(days=1))}TNI", anchor="dateline",
                     start=start)
    return Timex("DATE", day_value(d), anchor="dateline")


_NIGHT_TO_TODAY = rx(r"(?:\b(?P<art>[Dd]er|[Dd]ie)\s+)?\b(?P<night>Nacht)\s+(?:auf|zu|zum)\s+$")


def morning_tomorrow(m: re.Match, ctx: Context) -> Timex | None:
    """Capitalized "Morgen" at the start of a sentence is "tomorrow" unless a genitive
    follows ("Morgen des 22. Juni")."""
    if ctx.narrative:
        return None
    d = shift(ctx.ref_day, "day", 1)
    return Timex("DATE", day_value(d), anchor="dateline")


REFS = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "zur zeit": "PRESENT_REF", "momentan": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
    "heutzutage": "PRESENT_REF", "heutigen": "PRESENT_REF", "heutige": "PRESENT_REF",
    "heutiger": "PRESENT_REF", "kürzlich": "PAST_REF",
    "vor kurzem": "PAST_REF", "vor kurzer zeit": "PAST_REF", "unlängst": "PAST_REF",
    "jüngst": "PAST_REF", "damals": "PAST_REF", "zukunft": "FUTURE_REF",
    "zukünftig": "FUTURE_REF", "zukünftige": "FUTURE_REF", "zukünftigen": "FUTURE_REF",
    "künftig": "FUTURE_REF",
    "bald": "FUTURE_REF", "in kürze": "FUTURE_REF", "demnächst": "FUTURE_REF",
    "folgezeit": "FUTURE_REF", "zwischenzeitlich": "PAST_REF",
    "kurz zuvor": "PAST_REF", "kurz vorher": "PAST_REF", "kurz danach": "FUTURE_REF",
    "kurz darauf": "FUTURE_REF", "wenig später": "FUTURE_REF", "kurz später": "FUTURE_REF",
    "kurze zeit später": "FUTURE_REF", "einige zeit später": "FUTURE_REF",
    "bald darauf": "FUTURE_REF", "diesem zeitpunkt": "PRESENT_REF",
    "dieser zeit": "PRESENT_REF", "binnen kurzem": "FUTURE_REF", "in der folge": "FUTURE_REF",
    "nun": "PRESENT_REF",  # only in "Nun aber ...": the turn to the present
}
_NEWS_ONLY_REFS = {"damals", "in der folge", "künftig"}


_OWNED_BEFORE = rx(r"\b(?:[Ss]ein|[Ii]hr|[Uu]nser|[Ee]uer|[Ee]ure|[Mm]ein|[Dd]ein)(?:e[mnrs]?)?"
                   r"\s+(?:[a-zäöüß]+e[nmrs]?\s+)?$")


_OF_AFTER = rx(r"\s+(?:der|des|eines|einer|unserer|unseres|ihrer|ihres|seiner|seines)\b")


_SUMMED_UP_BEFORE = re.compile(r"\b(?:Wichtigste|Nachrichten|Meldungen|Überblick|Neues)\s+$")


def vague_ref(m: re.Match, ctx: Context) -> Timex | None:
    word = re.sub(r"\s+", " ", group(m, "ref").lower())
    if word.startswith(("der ", "die ")):
        word = word[4:]
    if word.startswith("dieser ") and word.endswith(" zeit"):
        word = "dieser zeit"
    if word in _NEWS_ONLY_REFS and ctx.narrative:
        return None
    before = words_before(ctx, m.start(), 6)
    if word == "zukunft" and _OWNED_BEFORE.search(words_before(ctx, m.start(), 30)):
        return None  # "seine Zukunft", "ihrer beruflichen Zukunft": a prospect, not a time
    if word == "zukunft" and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "zur Zukunft der Demokratie": the future of something, a topic
    if word == "bald" and re.search(r"\bso\s+$", before):
        return None  # "so bald" = sobald
    if word == "zur zeit" and re.match(r"^\s+(?:der|des|von|als)\b", ctx.text[m.end():m.end() + 6]):
        return None  # "zur Zeit der Entstehung"
    if word == "in kürze" and (re.match(r"\s*:", ctx.text[m.end():m.end() + 3])
                               or _SUMMED_UP_BEFORE.search(before)):
        return None  # "Hier das Wichtigste in Kürze:", "Nachrichten in Kürze": in brief
    return Timex("DATE", REFS[word], anchor=ctx.anchor_kind)


# years counted from the story's in a recalled episode ("im folgenden Jahr"); "im
# vergangenen Jahr" and "im Vorjahr" keep the dateline's view
_STORY_RELATIVE_YEARS = ("folgende", "darauffolgende", "nächste", "folgejahr", "jahr darauf",
                         "vorangegangene")


# words that name the year after the last one the text named, never the dateline's next
_AFTER_THE_LAST_YEAR = ("folgende", "darauffolgende", "folgejahr", "jahr darauf")


# "das letzte Spiel des Jahres", "der erste Schnee des Jahres": a first or last of the
# year under way
_NTH_OF_THE_YEAR = re.compile(r"\b(?:[Ll]etzte|[Ee]rste)[nmrs]?\s+[A-ZÄÖÜ][\w-]+\s+$")


def _year_told_near(ctx: Context, pos: int) -> int | None:
    """The year the text last named as the year it speaks of ("im Geschäftsjahr 2006",
    "im Jahr 2006"; not "seit 1990" nor a founding year), in the sentence at `pos` or the
    one before, when it is not the dateline's; else None."""
    lo = sentence_bounds(ctx, max(0, sentence_bounds(ctx, pos)[0] - 2))[0]
    for start, end, placed in reversed(ctx.placed):
        if start < lo:
            return None
        if placed.granularity == "year":
            year = placed.start.year
            if year == ctx.ref_day.year or said_in_passing(ctx.text, start, end) or \
                    not _YEAR_NOUN_BEFORE.search(ctx.text, max(0, start - 20), end):
                return None
            return year
    return None


# a year named with a word for the year: "Geschäftsjahr 2006", "im Jahr 2006"
_YEAR_NOUN_BEFORE = re.compile(r"(?:[Jj]ahr|[Jj]ahres)\s+\d{4}$")


# "den ersten Wochen des Jahres": its start; "den letzten Monaten": its end
_SPAN_EDGE = {"ersten": "START", "letzten": "END"}


def this_year(m: re.Match, ctx: Context) -> Timex | None:
    """"heuer", "im laufenden Jahr", "dieses Jahres", "im Vorjahr", "im nächsten Jahr";
    "den ersten Wochen des Jahres" is its first month (days and weeks name one)."""
    if group(m, "yr").startswith("Jahreswechsel") and not ctx.narrative and \
            clause_direction(m, ctx) != "past":
        # "bis zum Jahreswechsel", "könnte zum Jahreswechsel sinken": the coming New Year's
        # Day (2 of 3 gold cases; the third, told in the past, is dated otherwise)
        return Timex("DATE", f"{ctx.ref_day.year + 1:04d}-01-01", anchor=ctx.anchor_kind)
    tx = _this_year(m, ctx)
    edge = (group(m, "mod") or "").lower()
    if tx is not None and re.search(r"\b(?:tagen|wochen)\b", edge) and len(tx.value) == 4:
        tx.value += "-01" if tx.mod == "START" else "-12"
    return tx


def _this_year(m: re.Match, ctx: Context) -> Timex | None:
    word = re.sub(r"\s+", " ", group(m, "yr").lower())
    edge = (group(m, "mod") or "").lower()
    mod = MOD_WORDS.get(edge) or _SPAN_EDGE.get(edge.removeprefix("den ").split(" ")[0])
    if word == "des jahres" and not group(m, "mod") and not _NTH_OF_THE_YEAR.search(
            ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "Sportler des Jahres" (but "das letzte Spiel des Jahres": this year's)
    if word == "jahr":
        word = "des jahres"  # Swiss "bis Ende Jahr": the end of this year
    if any(w in word for w in ("selben", "gleichen", "desselben")):
        # the year of the last date named, a dated season too ("Im Sommer 1936 ... Im
        # selben Jahr"; seasons set no previous date in the engine)
        last = last_dated(ctx, m.start())
        if last is not None:
            return Timex("DATE", f"{last[0].year:04d}", mod=mod, anchor="previous")
        prev, anchor = previous_period(ctx)
        base = prev.start.year if prev else ctx.anchor_day.year
        return Timex("DATE", f"{base:04d}", mod=mod, anchor=anchor)
    base, anchor = current_year(ctx, m.start())
    if word.startswith("heuer"):
        base, anchor = ctx.ref_day.year, "dateline"
    elif anchor != "previous" and word.startswith(_STORY_RELATIVE_YEARS):
        # a year said in passing does not count ("1959 zog sie nach Köln (wo ihr Sohn 1961
        # zur Welt kam). Im folgenden Jahr" is 1960)
        told = counting_base(ctx, m.start(), False) or ctx.previous
        episode = recounted_episode(m, ctx)  # "Im Herbst 1989 ... Im Jahr darauf"
        if episode is not None:
            base, anchor = episode[0].year, "previous"
            if told is not None and told is not ctx.previous and \
                    episode[0] == ctx.previous.start:
                base = told.start.year
        elif word.startswith(_AFTER_THE_LAST_YEAR) and told is not None:
            # "Benz gründete 1888 die Werkstatt. Zehn Jahre später ... Im Jahr darauf":
            # these words count from the last year named, wherever the text stands
            base, anchor = told.start.year, "previous"
    if word.endswith(("vorjahr", "vorjahres", "vorjahrs")) and anchor != "previous" and \
            (told := _year_told_near(ctx, m.start())) is not None:
        # "hat im Geschäftsjahr 2006 so viel verdient wie nie. Der Gewinn stieg gegenüber
        # dem Vorjahr": the year before the year the text speaks of
        base, anchor = told, "previous"
    if any(w in word for w in ("vorjahr", "vergangen", "letzt", "vorig", "vorangegangen",
                               "abgelaufen", "zurückliegend")):
        base -= 1
    elif word.startswith("neue"):
        # "ins neue Jahr": the year from the nearest 1 January on (in January the one
        # just begun, in December the next)
        if anchor == "previous" or ctx.ref_day.month > 6:
            base += 1
    elif any(w in word for w in ("nächst", "kommend", "folgend", "folgejahr", "darauf")):
        base += 1
    if word in ("jahresbeginn", "jahresanfang", "jahresauftakt"):
        mod = "START"
    elif word == "jahresende":
        mod = "END"
        if anchor != "previous" and ctx.ref_day.month <= 2 and \
                clause_direction(m, ctx) == "past":
            base -= 1  # "hat zum Jahresende ein Plus erzielt" said in January: last year's
    elif word == "jahresmitte":
        mod = "MID"
    start = None
    if not group(m, "mod") and word.startswith(_YEAR_ADJECTIVES):
        if word.split()[0].endswith("e"):
            start = with_das(ctx, m.start())  # "für das laufende Jahr"
        elif word.endswith(("jahres", "jahrs")) and not ctx.narrative:
            start = with_des(ctx, m.start())  # "den Verbrauch des vergangenen Jahres"
    return Timex("DATE", f"{base:04d}", mod=mod, anchor=anchor, start=start)


_YEAR_ADJECTIVES = ("laufende", "vergangene", "kommende", "nächste", "letzte", "vorige",
                    "folgende", "neue", "abgelaufene", "zurückliegende")


def _unit_value(d: date, stem: str) -> str:
    """The value of the calendar unit a German unit word names, around `d`."""
    return unit_value(d, SHIFT_UNITS.get(stem, "day"))


def this_unit(m: re.Match, ctx: Context) -> Timex:
    """"diese Woche", "vergangene Woche", "im kommenden Monat", "Ende der Woche"."""
    word = (group(m, "which") or group(m, "which3") or group(m, "which2") or group(m, "same")
            or "").lower()
    stem = "woche" if group(m, "u").lower().startswith("woche") else "monat"
    mod = MOD_WORDS.get((group(m, "mod") or "").lower())
    n = 0
    if word.startswith(("vergangen", "letzt", "vorig")):
        n = -1
    elif word.startswith(("nächst", "kommend", "folgend")):
        n = 1
    elif group(m, "two"):  # "übernächste Woche", "vorletzten Monat": two steps
        n = -2 if group(m, "two").lower().startswith("vor") else 2
    elif group(m, "new") or group(m, "new2") or group(m, "new3"):
        # "die neue Woche": the one about to begin, told from its end (Friday to Sunday)
        # or the one just begun; a new month likewise from its second half
        late = ctx.ref_day.weekday() >= 4 if stem == "woche" else ctx.ref_day.day > 15
        n = 1 if late else 0
    if word.startswith(("selb", "gleich")):
        prev, anchor = previous_period(ctx)
        base = prev.start if prev else ctx.anchor_day
        return Timex("DATE", _unit_value(base, stem), mod=mod, anchor=anchor)
    prev = ctx.previous
    if word == "des" and stem == "monat" and prev is not None and prev.granularity == "month" \
            and ctx.placed and ctx.placed[-1][2] is prev \
            and sentence_bounds(ctx, m.start())[0] <= ctx.placed[-1][0]:
        # "Anfang Januar ..., ein Wintereinbruch sei bis Mitte des Monats nicht in Sicht":
        # the month the sentence named
        return Timex("DATE", _unit_value(prev.start, stem), mod=mod, anchor="previous")
    base = story_day(ctx, m.start()) or ctx.ref_day
    d = shift(base, SHIFT_UNITS[stem], n)
    article = _ARTICLE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) \
        if n and group(m, "which") else None
    # "in der vergangenen Woche", "in der kommenden Woche": the article belongs to the
    # expression (36 of 46 in our gold)
    return Timex("DATE", _unit_value(d, stem), mod=mod,
                 anchor="previous" if story_day(ctx, m.start()) else ctx.anchor_kind,
                 start=article.start() if article else None)


_ARTICLE_BEFORE = re.compile(r"\b(?:[Dd]er|[Dd]em|[Dd]es)\s$")


def compound_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"im Vormonat", "zum Monatsende", "zu Wochenbeginn"."""
    word = group(m, "cu").lower()
    stem = "monat" if "monat" in word else "woche"
    if word.startswith("wochenende"):
        return None  # the weekend rule
    n = -1 if word.startswith("vor") else 1 if word.startswith("folge") else 0
    mod = ("START" if word.endswith(("anfang", "beginn")) else "END" if word.endswith("ende")
           else "MID" if word.endswith("mitte") else None)
    story = story_day(ctx, m.start())
    prev = ctx.previous
    if not n and stem == "monat" and prev is not None and prev.granularity == "month" and \
            ctx.placed and ctx.placed[-1][2] is prev and \
            sentence_bounds(ctx, m.start())[0] <= ctx.placed[-1][0] and \
            not CLAUSE_MARK.search(ctx.text, ctx.placed[-1][1], m.start()):
        # "die Rente für Juli am Monatsende": the end of the month the clause named
        return Timex("DATE", _unit_value(prev.start, stem), mod=mod, anchor="previous")
    if n and stem == "monat" and prev is not None and prev.granularity == "month":
        # "Im Dezember ... im Vergleich zum Vormonat": the month before the one named
        return Timex("DATE", _unit_value(shift(prev.start, "month", n), stem), mod=mod,
                     anchor="previous")
    d = shift(story or ctx.ref_day, SHIFT_UNITS[stem], n)
    if stem == "woche" and not n and not story and _coming_week_on_weekend(m, ctx):
        d += timedelta(days=7)  # "Zum Wochenbeginn soll der Regen nachlassen" on a Saturday
    return Timex("DATE", _unit_value(d, stem), mod=mod,
                 anchor="previous" if story else ctx.anchor_kind)


def _coming_week_on_weekend(m: re.Match, ctx: Context) -> bool:
    """Whether a part of "the week" said at a weekend looks ahead: the coming week's."""
    return ctx.ref_day.weekday() >= 5 and not ctx.narrative and \
        clause_direction(m, ctx) == "future"


def week_half(m: re.Match, ctx: Context) -> Timex | None:
    """"für die zweite Wochenhälfte": the week under way (at a weekend, when the text
    looks ahead: the coming one)."""
    if ctx.narrative:
        return None
    d = ctx.ref_day
    if _coming_week_on_weekend(m, ctx):
        d += timedelta(days=7)
    return Timex("DATE", _unit_value(d, "woche"), anchor="dateline")


def within_a_year(m: re.Match, ctx: Context) -> Timex | None:
    """"binnen Jahresfrist": within a year."""
    return None if ctx.narrative else Timex("DURATION", "P1Y")


def neighbour_day(m: re.Match, ctx: Context) -> Timex:
    """"am Tag darauf", "Tag zuvor", "Vortag", "am selben Tag", "an diesem Tag"."""
    word = group(m, "nb").lower()
    d, anchor = distal_or_previous_day(m, ctx)
    if ctx.narrative and anchor != "previous":
        # the story named no day yet: which day is meant is unknown
        return Timex("TIME" if "abend" in word else "DATE",
                     "XXXX-XX-XXTEV" if "abend" in word else "XXXX-XX-XX", anchor="previous")
    aside = False
    if any(w in word for w in ("vortag", "zuvor", "vorher", "vorabend", "vorigen", "davor")):
        d -= timedelta(days=1)
        aside = told_as_aside(m, ctx)  # "Am Vortag war die Klasse angereist": a look back
    elif any(w in word for w in ("darauf", "folgend", "nächsten", "folgetag", "danach")):
        d += timedelta(days=1)
    if "abend" in word:
        return Timex("TIME", f"{day_value(d)}TEV", anchor=anchor, aside=aside)
    return Timex("DATE", day_value(d), anchor=anchor, aside=aside)


def next_units(m: re.Match, ctx: Context) -> Timex:
    """"in den nächsten Wochen": a vague stretch just after the reference day."""
    stem = unit_stem(group(m, "unit"))
    unit = SHIFT_UNITS.get(stem, "day")
    start = ctx.anchor_day
    n = number(group(m, "num")) if group(m, "num") else None
    if stem == "stunde":  # "in den kommenden Stunden": a stretch of hours (PTXH, as gold)
        return Timex("DURATION", duration_value(n, stem))
    if n is not None:  # "in den nächsten zwei Jahren": a stretch of known length
        end = shift(start, unit, int(n)) if float(n).is_integer() and n < 1000 else start
        return Timex("DURATION", duration_value(n, stem), anchor=ctx.anchor_kind,
                     interval=Interval(start, end, unit))
    end = shift(start, unit, 3 if unit in ("day", "week") else 2)
    return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind,
                 interval=Interval(start, end, unit))


def past_units(m: re.Match, ctx: Context) -> Timex:
    """"in den vergangenen Tagen": a vague duration up to the reference day."""
    stem = unit_stem(group(m, "unit"))
    n = number(group(m, "num")) if group(m, "num") else None
    value = duration_value(n, stem)
    unit = SHIFT_UNITS.get(stem)
    # "in den ersten beiden Jahren": the article stays outside, as after "in den nächsten"
    start = m.start("adj") if group(m, "det") and group(m, "adj") in (
        "ersten", "folgenden", "darauffolgenden") else None
    if unit is None or group(m, "adj") in ("folgenden", "darauffolgenden", "ersten"):
        return Timex("DURATION", value, start=start)
    end = ctx.anchor_day
    start = shift(end, unit, -int(n) if n and float(n).is_integer() else -3)
    return Timex("DURATION", value, anchor=ctx.anchor_kind, interval=Interval(start, end, unit))


def apposed_day(m: re.Match, ctx: Context) -> Timex | None:
    """"am 21. Juni 1788, dem Tag der Sommersonnenwende": a name given to the day named
    right before (nothing else between them)."""
    prev = ctx.previous
    if prev is None or prev.granularity != "day" or not _DAY_RIGHT_BEFORE.search(
            ctx.text, max(0, m.start("t") - 40), m.start("t")):
        return None
    return Timex("DATE", day_value(prev.start), anchor="previous")


_DAY_RIGHT_BEFORE = rx(rf"(?:\d\.\s*(?:{MONTH_NAME})(?:\s+\d{{4}})?|\d{{4}}),\s+(?:dem|der)\s+$")


def unit_after_day(m: re.Match, ctx: Context) -> Timex:
    """"in der Woche darauf", "im Monat danach": the week or month after the last day the
    text named ("in der Woche zuvor": the one before); "als im Jahr zuvor" after "2019":
    the year before the one named."""
    base, anchor = previous_day(ctx)
    unit = "week" if group(m, "u") else "year" if group(m, "u2") == "Jahr" else "month"
    prev = ctx.previous
    if prev is not None and prev.granularity == unit:
        # "in der vergangenen Woche ... mehr als in der Woche davor": the week named
        base, anchor = prev.start, "previous"
    step = -1 if group(m, "ub") or group(m, "ub2") else 1
    return Timex("DATE", unit_value(shift(base, unit, step), unit), anchor=anchor)


def day_years_ago(m: re.Match, ctx: Context) -> Timex | None:
    """"Heute vor 35 Jahren": the dateline's day, that many years back."""
    n = number(group(m, "num"))
    if n is None or not float(n).is_integer():
        return None
    back = shift(ctx.ref_day, "year", -int(n))  # (29 February: the 28th)
    return Timex("DATE", day_value(back), anchor=ctx.anchor_kind)


def today_named(m: re.Match, ctx: Context) -> Timex | None:
    """"am heutigen Schalttag", "den heutigen Sonntag", "am heutigen Abend": the
    dateline's day (or that part of it)."""
    if ctx.narrative:
        return None
    part = group(m, "hpart")
    if part:
        return Timex("TIME", f"{day_value(ctx.ref_day)}T{day_part_code(part)}",
                     anchor="dateline")
    return Timex("DATE", day_value(ctx.ref_day), anchor="dateline")


def closing_year(m: re.Match, ctx: Context) -> Timex | None:
    """"das zu Ende gehende Jahr", "das ablaufende Jahr": the dateline's year; "das alte
    Jahr" around the turn of the year: the one ending (in December) or just ended (in
    January), at other times no year the text names."""
    if ctx.narrative:
        return None
    year = ctx.ref_day.year
    if group(m, "old"):
        if ctx.ref_day.month <= 2:
            year -= 1
        elif ctx.ref_day.month < 11:
            return None
    return Timex("DATE", f"{year:04d}", anchor="dateline")


def whole_year_told(m: re.Match, ctx: Context) -> Timex | None:
    """"Für das gesamte Jahr rechnet die Agentur mit ...": the dateline's year; "das
    ganze Jahr über" (an accusative of time): a year's length."""
    if ctx.narrative:
        return None
    if group(m, "wfor"):
        return Timex("DATE", f"{ctx.ref_day.year:04d}", anchor="dateline")
    return Timex("DURATION", "P1Y")
