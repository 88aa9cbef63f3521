"""Handlers for durations ("three years", "the past two months") and sets ("every
week", "weekly")."""

from __future__ import annotations

import re

from timeline.temporal.en_lexicon import (
    MONTHS,
    NUMBER_WORD,
    SEASONS,
    UNIT_FACTOR,
    VAGUE_LETTER,
    WEEKDAYS,
    number_value,
    unit_of,
)
from timeline.temporal.en_match import (
    group,
    quantity_mod,
)
from timeline.temporal.engine import Context, Timex

# --- handlers: durations and sets ----------------------------------------------------

def duration_value(n: float | int, unit: str) -> str:
    factor = UNIT_FACTOR.get(unit, 1)
    _, letter, clock = unit_of(unit)
    if isinstance(n, float):  # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
        whole, part = int(n), n - int(n)
        smaller = {"year": (12, "M", False), "month": (30, "D", False), "day": (24, "H", True),
                   "hour": (60, "M", True), "minute": (60, "S", True)}.get(unit)
        if smaller:
            per, small_letter, small_clock = smaller
            head = f"{whole}{letter}" if whole else ""
            if clock:
                return f"PT{head}{round(part * per)}{small_letter}"
            tail = ("T" if small_clock else "") + f"{round(part * per)}{small_letter}"
            return f"P{head}{tail}"
        n = round(n * factor, 1) / factor  # a quarter of a century: 25 years, not 20
    if unit == "weekend":
        return f"P{_number_text(n * 2)}D"
    if unit == "year" and isinstance(n, int) and n >= 1000 and n % 1000 == 0:
        return f"P{n // 1000}L"  # "two thousand years": TIMEX3 counts millennia
    return ("PT" if clock else "P") + f"{_number_text(n * factor)}{letter}"


def _number_text(x: float | int) -> str:
    """A count as TIMEX3 writes it: "150" for 1.5 centuries, not "150.0"."""
    if isinstance(x, float):
        x = round(x, 6)
        if x.is_integer():
            return str(int(x))
    return str(x)


# "over" before a count is "more than" only after a preposition, a verb of lasting or
# taking, or a copula ("for over a week", "took over two hours", "the wait was over an
# hour"); elsewhere it is the preposition of a stretch ("stole £900,000 over seven years",
# "shot over six weeks", "spread over two hours")
_OVER_MEANS_MORE = re.compile(
    r"\b(?:for|in|of|after|than|within|to|from|by|last|lasts|lasted|lasting|take|takes|"
    r"took|taking|wait|waits|waited|waiting|spend|spends|spent|spending|serve|serves|"
    r"served|serving|is|was|are|were|be|been|being|aged)\s+$", re.IGNORECASE)
# a quantity just before "a day", "an hour": "$2 an hour", "150,000 tonnes of coal a
# year", "three shifts a day", "dozens of interviews a day"
_QUANTITY_BEFORE = re.compile(
    r"(?:\d[\d,.]*(?:%|[a-z]{1,2}\b)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|dozens?|hundreds|thousands|millions|billions)|"
    # "by several percent a year": a share however it is counted
    r"\b(?:percent|per\s+cent|percentage\s+points?))\s+(?:[a-z-]+\s+){0,3}$",
    re.IGNORECASE)
# "60 kilometres an hour", "119 miles an hour": a speed, no time to tag
_DISTANCE_BEFORE = re.compile(r"\b(?:miles|kilometres|kilometers|km|knots|feet|metres|meters|"
                              r"yards|inches|centimetres|centimeters)\s+$", re.IGNORECASE)
# "a year before/after/apart", "a year later than planned": the unit spans two points
_SPAN_AFTER = re.compile(r"\s+(?:after|before|apart|since|(?:later|earlier|sooner)\s+than|"
                         # "deployed a week ahead of each phase", "released a month in advance"
                         r"ahead|in\s+advance|early|behind)\b",
                         re.IGNORECASE)
# "one day" after a modal or a hope is some day to come: "Islam will one day be",
# "hopes to one day lead", "was always going to go one day"
_SOMEDAY_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|'ll|hopes?\s+to|hoped\s+to|wants?\s+to|"
    r"wanted\s+to|going\s+to(?:\s+[a-z]+)?|dreams?\s+of|dreamed\s+of)\s+$", re.IGNORECASE)
# "last" after these is the verb: "will last 24 hours", "expected to last three days"
_BARE_VERB_BEFORE = re.compile(r"\b(?:will|would|could|may|might|should|can|must|to|not|"
                               r"n't|did|does|do|'ll)\s+$", re.IGNORECASE)


# a change by a share: "grown by about a quarter", "cut by a quarter"
_BY_A_SHARE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
                         r"more\s+than\s+|less\s+than\s+|some\s+)?$")


def duration(m: re.Match, ctx: Context) -> Timex | None:
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r"(?:-|\s+)old\b|\s+of\s+age\b|-olds?\b", after):
        return None  # an age: "a 6-year-old", "37 years old"
    if group(m, "num")[0].isupper() and (
            re.match(r"['’]?\s*(?:War|Peace|Truce|Campaign|Offensive)\b", after)
            or group(m, "unit")[0].isupper()
            and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 5):m.start()])):
        return None  # a name: "the Thirty Years' War", "the Hundred Days", "Six-Day War"
    if ctx.narrative and re.match(r"\s+(?:attack|raid|march|assault|battle|crossing|sortie)s?\b",
                                  after) and group(m, "num").lower() in ("a", "an"):
        return None  # "a night attack"
    unit, _, _ = unit_of(group(m, "unit"))
    if unit == "quarter" and group(m, "num").lower() in ("a", "one") and \
            _BY_A_SHARE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "has grown by about a quarter": a share, no time
    num_text = group(m, "num")
    lead = (group(m, "lead") or "").lower()
    per = _PER.match(ctx.text, m.end()) if unit in ("day", "hour", "weekend") else None
    if per and not lead and ctx.text[m.start("unit") - 1] != "-":
        return Timex("SET", duration_value(1, unit_of(per["per"])[0]), start=m.start("num"),
                     end=per.end())
    if num_text.lower() in ("a", "an", "one") and not lead and not quantity_mod(m) \
            and not group(m, "more") and not _halved(m):
        before = ctx.text[max(0, m.start() - 25):m.start()]
        hyphenated = ctx.text[m.start("unit") - 1] == "-"  # "a one-day trip"
        story_span = ctx.narrative and re.match(
            r"\s+(?:and\s+(?:an?|\d+|[a-z]+)\s+(?:months?|weeks?|days?)\b|after|before|later|"
            r"earlier)\b", after)  # "a year and a week after her capture"
        if not hyphenated and unit in ("hour", "day", "week", "month", "year") \
                and _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 45), m.start()) \
                and not _SPAN_AFTER.match(ctx.text, m.end()) \
                and not (unit == "hour" and _DISTANCE_BEFORE.search(before)):
            # "500 tonnes a day", "$2 an hour", "three shifts a day": a rate, each unit
            return Timex("SET", duration_value(1, unit))
        # "an hour after launch", "a month before the ceremony": a stretch between two
        # points, in news as in stories ("a year later" alone is a date, another rule's)
        story_span = story_span or _SPAN_AFTER.match(ctx.text, m.end())
        if num_text.lower() == "one" and unit == "day" and not story_span \
                and _SOMEDAY_BEFORE.search(before):
            return Timex("DATE", "FUTURE_REF", anchor="dateline")  # "will one day be"
        if unit == "quarter" and re.search(r"\bby\s+$", before):
            return None  # "visitor numbers were up by a quarter": a share
        if not hyphenated and not story_span and not _STRETCH_OF.match(ctx.text, m.end()) \
                and not _smaller_unit_follows(unit, ctx.text, m.end()) \
                and not (_HAVE_TO_BEFORE.search(before) and re.match(r"\s+to\b", after)) \
                and not re.search(
                r"\b(?:for|in|within|over|after|than|about|nearly|almost|around|barely|"
                # "postponed by one week", "delayed a week", "took me a decade"
                r"by|delayed|postponed|deferred|(?:took|take|takes)\s+(?:me|him|her|us|them|it)|"
                r"as\s+long\s+as|up\s+to|take|takes|took|taking|spent|spend|lasted|last|lasts|"
                r"waited|wait|waiting|served|stayed|lasting|"
                # a clock change: "set forward one hour", "will lose an hour of sleep"
                r"forward|lose|loses|losing|lost|gain|gains|gaining|gained|"
                r"during|under|of|just|only|least|most)\s+$", before, re.IGNORECASE):
            return None  # "one day, ...", "a year of crisis"
    if unit == "quarter" and re.match(r"\s+of\b|-(?:point|percentage|inch|mile|pound)", after):
        return None  # "three-quarters of its food", "a quarter-point cut"
    if ctx.narrative and unit == "day" and not lead and re.match(
            r"\s+of\s+(?:the|that|this)\s+(?:winter|summer|spring|autumn|fall|year|month|"
            r"season|siege|campaign)\b", ctx.text[m.end():m.end() + 30]) \
            and re.search(r"\b(?:but|all|only|on|of)\s+$",
                          ctx.text[max(0, m.start() - 8):m.start()]):
        return None  # "rained on all but twelve days of the winter": a count of days
    if unit == "second" and num_text.lower() in ("a", "one") and not lead:
        return None
    n = number_value(num_text)
    if n is None or n == 0:
        return None
    if _halved(m):
        n += 0.5  # "two and a half years", "an hour and a half"
    start = end = None
    hyphenated = ctx.text[m.start("unit") - 1] == "-"
    if group(m, "period") and not hyphenated:
        end = m.end("unit")  # "a period" belongs to the span only after "a three-year"
    if hyphenated and lead.strip() in ("the", "its", "their", "his", "her") \
            and not group(m, "period"):
        start = m.start("num")  # "the eight-year war": the determiner is the war's
    elif (group(m, "qmod") or "").lower() == "over" and lead:
        start = m.start("lead")  # "over the past two years": "over" is the preposition
    elif (group(m, "qmod") or "").lower() == "over" \
            and not _OVER_MEANS_MORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        start = m.start("num")  # "spread over two hours": during, not more than
    if lead.strip() == "last" and _BARE_VERB_BEFORE.search(ctx.text, max(0, m.start() - 10),
                                                            m.start()):
        start = m.start("num")  # "will last 24 hours": the verb, not "the last 24 hours"
        lead = ""
    if group(m, "range_"):
        # "six to eight weeks": at least the first number (as the corpora value it)
        low = number_value(re.sub(r"\s+(?:to|or)\s+$", "", group(m, "range_")))
        if isinstance(low, int) and 0 < low < n:
            return Timex("DURATION", duration_value(low, unit),
                         mod=quantity_mod(m) or "EQUAL_OR_MORE", start=start, end=end)
        _, letter, clock = unit_of(group(m, "unit"))
        value = "P" + ("T" if clock else "") + "X" + letter
        return Timex("DURATION", value, mod=quantity_mod(m), start=start, end=end)
    mod = None if start is not None and group(m, "qmod") else quantity_mod(m)
    compound = _compound(n, unit, m, ctx) if isinstance(n, int) and end is None else None
    if compound:
        return Timex("DURATION", compound[0], mod=mod, start=start, end=compound[1])
    return Timex("DURATION", duration_value(n, unit), mod=mod, start=start, end=end)


# "2 hours, 40 minutes", "three years and two months": the second, next smaller unit
# belongs to the same duration (any other pair is two expressions: "two days, three nights")
_NEXT_SMALLER = {"year": "month", "month": "day", "week": "day", "day": "hour",
                 "hour": "minute", "minute": "second"}
_COMPOUND_TAIL = re.compile(rf"(?:,|\s+and)?\s+(?P<num2>\d+|{NUMBER_WORD})[\s-]+"
                            r"(?P<unit2>months?|days?|hours?|minutes?|seconds?)\b",
                            re.IGNORECASE)


_UNIT_RANK = {"year": 6, "month": 5, "week": 4, "day": 3, "hour": 2, "minute": 1, "second": 0}
_STORY_TAIL = re.compile(rf"(?:,|,?\s+and)\s+(?P<num2>\d+|{NUMBER_WORD}|an?)[\s-]+"
                         r"(?P<unit2>months?|weeks?|days?)\b", re.IGNORECASE)


def _story_compound(n: int, unit: str, m: re.Match, ctx: Context) -> tuple[str, int] | None:
    """In a history: "two years, four months and nine days", "a year and a week", each
    further unit smaller than the one before."""
    parts, end, rank = [f"{n}{unit_of(unit)[1]}"], m.end(), _UNIT_RANK.get(unit, -1)
    while (tail := _STORY_TAIL.match(ctx.text, end)) is not None:
        unit2, letter2, _ = unit_of(tail["unit2"])
        small = number_value(tail["num2"])
        if _UNIT_RANK[unit2] >= rank or not isinstance(small, int) or not small:
            break
        parts.append(f"{small}{letter2}")
        end, rank = tail.end(), _UNIT_RANK[unit2]
    if len(parts) < 2:
        return None
    return "P" + "".join(parts), end


def _smaller_unit_follows(unit: str, text: str, pos: int) -> bool:
    """Whether the next smaller unit follows at `pos`: "an hour and 50 minutes" is one
    duration, whatever stands before it."""
    tail = _COMPOUND_TAIL.match(text, pos)
    return tail is not None and _NEXT_SMALLER.get(unit) == unit_of(tail["unit2"])[0]


def _compound(n: int, unit: str, m: re.Match, ctx: Context) -> tuple[str, int] | None:
    """The value and end of a duration of two or more units, each the next smaller,
    that starts with the match ("2 hours, 3 minutes and 51 seconds"), if any."""
    if ctx.narrative and unit in ("year", "month", "week"):
        return _story_compound(n, unit, m, ctx)
    _, letter, clock = unit_of(unit)
    value, end, in_time = ("PT" if clock else "P") + f"{n}{letter}", m.end(), clock
    while (tail := _COMPOUND_TAIL.match(ctx.text, end)) is not None \
            and _NEXT_SMALLER.get(unit) == unit_of(tail["unit2"])[0]:
        small = number_value(tail["num2"])
        if not isinstance(small, int) or not small:
            break
        unit, letter2, clock2 = unit_of(tail["unit2"])
        value += ("T" if clock2 and not in_time else "") + f"{small}{letter2}"
        end, in_time = tail.end(), in_time or clock2
    return (value, end) if end > m.end() else None


def _heading_or_epithet(text: str, pos: int) -> bool:
    """Whether a bare plural unit names an era rather than a stretch: after a hyphenated
    or capitalised word ("the big-band years", "Postwar years"), or in a heading (a short
    line with no full stop)."""
    before = re.search(r"(?:\w-\w+|\b[A-Z][a-z]+)\s+$", text[max(0, pos - 20):pos])
    if before and not re.fullmatch(r"(?:For|In|After|Over|Within|During|Through|Throughout|"
                                   r"Some|Many|Several|Few|Long|Recent|Early|Late|Later|Earlier|"
                                   r"Those|These|The|His|Her|Its|Their)\s+", before.group()):
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return len(line) < 70 and not line.endswith((".", "!", "?", ":", ";", ",", '"'))


def vague_duration(m: re.Match, ctx: Context) -> Timex | None:
    unit, _, clock = unit_of(group(m, "unit"))
    letter = VAGUE_LETTER[unit]
    lead = (group(m, "vlead") or "").lower()
    if "couple" in lead:
        return Timex("DURATION", duration_value(2, unit), mod="APPROX")
    if lead.startswith("coming") or lead.startswith("the coming"):
        return Timex("DATE", "FUTURE_REF", anchor=ctx.anchor_kind)
    if lead.strip() == "recent" and unit == "year":
        return Timex("DATE", "PAST_REF", anchor=ctx.anchor_kind)  # "in recent years"
    if group(m, "the"):
        # "the weeks ahead", "over the years": a stretch of unstated length; "the years
        # of the war", "in the days before" name something else
        after = ctx.text[m.end():m.end() + 12]
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not group(m, "ahead") and not (
                re.search(r"\b(?:over|through|throughout)\s+$", before, re.IGNORECASE)
                and not re.match(r"\s+(?:of|to|since|before|after|between|from|when|that)\b",
                                 after, re.IGNORECASE)):
            return None
    if not lead and ctx.narrative and _heading_or_epithet(ctx.text, m.start()):
        return None  # "Postwar years and decline", "the big-band years"
    if not lead and ctx.narrative and group(m, "unit").islower() \
            and unit in ("hour", "day", "week", "month", "year", "decade") and not re.match(
            r"['’]|\s+(?:of|to)\s+(?:the|his|her|its|their)\b|\s+(?:old|ago)\b",
            ctx.text[m.end():m.end() + 20]) \
            and not re.search(r"\b(?:the|those|these|its|their|his|her|early|small|late|first|"
                              r"last|final|closing|opening)\s+$",
                              ctx.text[max(0, m.start() - 8):m.start()]):
        return Timex("DURATION", ("PT" if clock else "P") + "X" + letter)  # "months of delay"
    if not lead:
        before = ctx.text[max(0, m.start() - 16):m.start()]
        after = ctx.text[m.end():m.end() + 12]
        # ", days before the team flew", "minutes after he was sworn in": unstated stretch
        # (also right after a verb: "the vote came hours before", "followed hours later")
        between = re.match(r"\s+(?:before|after|later)\b", after) and (re.search(
            r"(?:^|[,;(]|\b(?:just|only|mere|barely|some))\s*$", before, re.IGNORECASE)
            or _VERB_BEFORE.search(before))
        # "after decades of conflict", "take months of rain", "within days of the call",
        # "sparked weeks of protests", "ending months of speculation"
        of_what = _OF_WHAT_BEFORE.search(before) and re.match(r"\s+of\b", after)
        # "could take years to reach a verdict", "have had months to address"
        time_to = _TIME_TO_BEFORE.search(before) and re.match(r"\s+to\s+[a-z]", after)
        # "spent months in Houston": what one spends is time, whatever follows
        spent = re.search(r"\b(?:spent|spend|spends|spending)\s+$", before, re.IGNORECASE)
        if not between and not of_what and not time_to and not spent and (
                not re.search(r"\b(?:for|within|in|over|after|take|takes|took|lasted|lasting|"
                              r"lasts)\s+$", before, re.IGNORECASE)
                or re.match(r"\s+(?:of|to|in)\b", after)):
            return None
    if unit == "decade" and not ctx.narrative:
        letter = "Y"  # "after decades of conflict": news counts years, as in "two decades"
    return Timex("DURATION", ("PT" if clock else "P") + "X" + letter)


# a stretch of something: "a fortnight of disruption", "a decade of data" (not "a day of
# mourning", a day of its own, nor "a year of the war")
_STRETCH_OF = re.compile(r"(?<=week|onth|year|cade|ight|tury)\s+of\s+"
                         r"(?!(?:the|his|her|its|their|that|this|a|an)\b)[a-z]")
# "we have one week to prepare", "with a week to go"
_HAVE_TO_BEFORE = re.compile(r"\b(?:have|has|had|with|given|got)\s+$", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|came|comes|went|left|fell|began|died|won|lost|"
                          r"met|ran|held|struck|arrived|resigned)\s+$")
_OF_WHAT_BEFORE = re.compile(r"\b(?:after|take|takes|took|taking|within|spark(?:s|ed)?|"
                             r"end(?:s|ed|ing)?|brought|caus(?:es|ed)|endur(?:es|ed)|spent|"
                             r"fac(?:es|ed)|follow(?:s|ed|ing))\s+$", re.IGNORECASE)
_TIME_TO_BEFORE = re.compile(r"\b(?:take|takes|took|taking|had|have|has|given|gave)\s+$",
                             re.IGNORECASE)


def long_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"a day-long meeting", "a year-long strike": one unit's duration."""
    if group(m, "unit")[0].isupper() and re.search(r"\b[A-Z][a-z]+\s+$",
                                                   ctx.text[max(0, m.start() - 20):m.start()]):
        return None  # "the Labour Day long weekend": a name's word
    unit, _, _ = unit_of(group(m, "unit"))
    return Timex("DURATION", duration_value(1, unit))


def a_while(m: re.Match, ctx: Context) -> Timex | None:
    """"for a while": a stretch of unstated length and unit."""
    return Timex("DURATION", "PXX")


SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
              "biweekly": "P2W", "semiannually": "P6M"}


# "rise 8.5% annually", "10,000 units annually", "average daily volume": a rate that
# qualifies a quantity, which news annotation leaves untagged
_RATE_BEFORE = re.compile(r"(?:\baverage|%|\d|\b(?:million|billion|units|percent))\s*$",
                          re.IGNORECASE)


# words that are sets only as adverbs: "payments are made quarterly", "who meet
# fortnightly" (a "quarterly dividend" is no time)
ADVERB_SET_WORDS = {"quarterly": "P1Q", "fortnightly": "P2W"}
# what follows an adverb rather than an adjective: the end of a clause, a particle, a
# preposition or a conjunction, no noun
NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\u2014\u2013\"'\u201d]|$|(?:and|or|but|in|on|at|after|before|as|to|from|"
    r"with|when|while|into|across|along|amid|near|because|so|then|until|by|through|since|"
    r"for|during|if|unless|rather|instead|off|out|up|down|over|around|under|local)\b)",
    re.IGNORECASE)


_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z]+\b")


def set_word(m: re.Match, ctx: Context) -> Timex | None:
    if _RATE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if ctx.text[max(0, m.start() - 5):m.start()].lower() == "half-":
        return None  # "the half-yearly review": a report's name more than a rhythm
    if ctx.text.startswith("-", m.end()):
        return None  # "daily-wage labourers": part of a compound word
    if group(m, "setw")[0].isupper() and _NAME_WORD_AFTER.match(ctx.text, m.end()):
        return None  # "the Fairbanks Daily Courier", "MONTHLY BULLETIN": a title
    word = group(m, "setw").lower()
    if word in ADVERB_SET_WORDS:
        if not NO_NOUN_AFTER.match(ctx.text, m.end()):
            return None
        return Timex("SET", ADVERB_SET_WORDS[word])
    return Timex("SET", SET_WORDS[word])


def alternate_units(m: re.Match, ctx: Context) -> Timex | None:
    """"on alternate days": every second day (P2D), likewise weeks, months, years."""
    unit, _, _ = unit_of(group(m, "alt"))
    return Timex("SET", duration_value(2, unit))


def every(m: re.Match, ctx: Context) -> Timex | None:
    what = re.sub(r"\s+", " ", group(m, "every").lower())
    if what.startswith("weekday"):
        return Timex("SET", "XXXX-WXX-WD")  # "every weekday": Monday to Friday
    if what.startswith("weekend"):
        return Timex("SET", "XXXX-WXX-WE")
    if what == "half hour":
        return Timex("SET", "PT30M")
    day = group(m, "mday")
    if day:  # "every January 26": that day each year
        month = MONTHS[what.split()[0].rstrip(".")]
        if 1 <= int(day) <= 31:
            return Timex("SET", f"XXXX-{month:02d}-{int(day):02d}")
        what = what.split()[0]
    if what.rstrip("s") in ("day", "night", "morning", "evening", "afternoon"):
        return Timex("SET", "P2D" if group(m, "other") else "P1D")
    if what in WEEKDAYS:
        if group(m, "other"):
            return Timex("SET", "P2W")  # "every other Monday": once a fortnight
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[what] + 1}")
    if what.rstrip(".") in MONTHS:
        return Timex("SET", f"XXXX-{MONTHS[what.rstrip('.')]:02d}")
    if what in SEASONS:
        return Timex("SET", f"XXXX-{SEASONS[what]}")
    unit, letter, clock = unit_of(what)
    n = 2 if group(m, "other") else 1
    return Timex("SET", duration_value(n, unit))


def every_n(m: re.Match, ctx: Context) -> Timex | None:
    """"every two years": a set with that period; "every few years" one of unstated
    length."""
    if group(m, "vague"):
        unit, _, clock = unit_of(group(m, "unit"))
        return Timex("SET", ("PT" if clock else "P") + "X" + VAGUE_LETTER[unit])
    n = number_value(group(m, "num"))
    if not n or isinstance(n, float):
        return None
    unit, _, _ = unit_of(group(m, "unit"))
    return Timex("SET", duration_value(n, unit))


def times_per(m: re.Match, ctx: Context) -> Timex | None:
    unit, _, _ = unit_of(group(m, "unit"))
    return Timex("SET", duration_value(1, unit))


# "three nights a week", "six days a week", "24 hours a day": a rate, not a stretch
_PER = re.compile(r"\s+(?:a|an|per|each)\s+(?P<per>day|week|month|year|fortnight)\b",
                  re.IGNORECASE)


_STRETCH_UNITS = {"week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y"}


def stretch(m: re.Match, ctx: Context) -> Timex | None:
    """"within the next year", "over the coming month", "over the past decade": one unit
    of time counted from now, a duration. ("over the next year" and "in the past year"
    stay the calendar year, as TempEval-3 annotates them: see the rule.)"""
    return Timex("DURATION", _STRETCH_UNITS[group(m, "sunit").lower()])


def one_more_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"for another fortnight", "in a single year": one unit's stretch."""
    unit, _, _ = unit_of(group(m, "unit"))
    if group(m, "unit").lower().endswith("s"):
        return None  # "for another years" is no English
    return Timex("DURATION", duration_value(1, unit))


def _halved(m: re.Match) -> bool:
    """"four and a half years", "four years and a half", "a four-and-a-half-year term"."""
    return bool(group(m, "half") or group(m, "half2") or group(m, "half3"))


_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def fraction_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"half an hour", "a quarter of an hour", "three quarters of an hour", "the last
    quarter of an hour", "the last half hour": a part of one unit."""
    share = _FRACTIONS[(group(m, "frac") or group(m, "frac2")).lower().split()[-1]]
    return Timex("DURATION", duration_value(share, (group(m, "unit") or group(m, "unit2")).lower()),
                 mod=quantity_mod(m))
