"""Building blocks of the English rules: pattern pieces, and how to read a match
(named groups, modifiers, direction words, the tense around it, the quarter a report is
about)."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from timeline.temporal.caseless import lower_case_words
from timeline.temporal.en_calendar import HOLIDAYS, quarter_of
from timeline.temporal.en_lexicon import (
    ABBREVIATED_MONTHS,
    FULL_MONTHS,
    ORDINALS,
    POSITION_MODS,
    QUANT_MODS,
    WEEKDAYS,
    YEAR_WORDS,
    alt,
    year_words_value,
)
from timeline.temporal.en_tense import (
    clause_bounds,
    has_simple_past,
    local_tense,
    tense_before,
)
from timeline.temporal.engine import Context, Timex
from timeline.temporal.gate import lowered
from timeline.temporal.resolve import shift
from timeline.temporal.values import Interval, day_value

# --- building blocks -------------------------------------------------------------

MONTH = (rf"(?P<month>(?:{alt(FULL_MONTHS)})\b|(?:{alt(ABBREVIATED_MONTHS)})(?:\.|\b(?=\s*\d)))")
# any month name or abbreviation, with no demand on what follows ("Jul-Sep quarter")
ANY_MONTH = rf"(?:{alt(FULL_MONTHS + ABBREVIATED_MONTHS)})\b"
WEEKDAY = rf"(?P<weekday>(?:{alt(w for w in WEEKDAYS if len(w) > 4)})\b)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.,]?\d|%|-)"
# "June 13-14", "Jan. 31-Feb. 1": the range starts on the first day
DAY_IN_RANGE = (r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                r"(?:(?=-[0-3]?\d\b|[-\u2013](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                r"|(?![:.,]?\d|%|-))")
YEAR = r"(?<![\d$#.,])(?P<year>1[5-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d{3}|-(?:year|month|day|week))"
YEAR2 = YEAR.replace("?P<year>", "?P<year2>")
YEAR_OR_WORDS = rf"(?:{YEAR}|(?P<yearw>{YEAR_WORDS}))"
UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|"
        r"months?|quarters?|years?|decades?|centuries|century)")
CAL_UNIT = r"(?P<cunit>week|weekend|month|quarter|year|decade|century)"
POS = (r"(?:(?P<pos>early|earlier|mid|middle|late|later|(?:the\s+)?(?:beginning|start|middle|end|"
       r"close)\s+of(?:\s+the)?|the\s+(?:first|opening|last|final|closing)\s+(?:few\s+)?days\s+of|"
       # "the second half of June" (a half of a year or a decade has rules of its own)
       r"the\s+(?:first|second|latter)\s+half\s+of(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
       r"Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?\b(?!\s*\d)))"
       r"(?:\s+|-)(?=\S))")
QUANT = rf"(?:(?P<qmod>{alt(QUANT_MODS)})\s+)"
ORDINAL_Q = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"

# "3 May last year": the day of the year before (or after) the dateline's
REL_YEAR = r"(?:,?\s+(?P<yw>last|next|this)\s+year\b)?"
# words placing a month or season from the story's last date: "the following April",
# "that autumn"
NARRATIVE = (r"(?P<nar>the\s+(?:following|next|previous|preceding|prior)\s+|that\s+(?:same\s+)?|"
             r"the\s+same\s+)")
# "Friday, April 8", and in listings "Fri., April 8"
WEEKDAY_PREFIX = (rf"(?:(?P<wdp>{alt(w for w in WEEKDAYS if len(w) > 4)}|"
                  rf"(?:{alt(w for w in WEEKDAYS if len(w) <= 4)})(?=\.))\.?,?\s+)?")
WHICH = (r"(?P<which>this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+next|"
         r"the\s+coming|the\s+last|the\s+current|last|next|this|past|previous|coming|current)")
HOLIDAY_NAMES = alt(HOLIDAYS)
AM_PM = r"(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
TIME_ZONE = (r"(?:\s+\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|(?-i:ET|PT|CT|MT))"
             r"\b\)?)?")
_ANY_MONTH_NAME = alt(FULL_MONTHS + ABBREVIATED_MONTHS)
_DAY_MONTH = (rf"(?:the\s+)?(?P<tdd2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
              rf"(?P<tmonth2>{_ANY_MONTH_NAME})\b(?:\.?,?\s+(?P<tyear>(?:1\d|20)\d\d)\b)?")
_WEEKDAY_NAME = alt(w for w in WEEKDAYS if len(w) > 4)
# the day a clock time is on: "5 p.m. Friday", "10 p.m. next Thursday", "at noon on
# May 6"; a day written day first is an expression of its own that still dates the
# time: "7.30pm on (Saturday) 24 August"
TIME_DAY = (rf"(?:,?[^\S\n]+(?:on\s+|of\s+(?={_ANY_MONTH_NAME}))?"
            rf"(?:(?:(?P<twhich>next|last|this|the)\s+)?"
            rf"(?P<tweekday>{_WEEKDAY_NAME})\b"
            rf"(?!,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_ANY_MONTH_NAME})\b)"
            rf"|(?P<tday>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|"
            rf"afternoon|evening)|the\s+(?:following|next)\s+day"
            rf"|(?:that|the\s+(?:following|next|same))\s+(?:morning|afternoon|evening|night))\b"
            rf"|(?P<tmonth>{_ANY_MONTH_NAME})\.?\s+(?P<tdd>[0-3]?\d)\b))?"
            rf"(?=,?\s+(?:on\s+)?(?:(?:{_WEEKDAY_NAME}),?\s+)?{_DAY_MONTH})?")


def group(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not match."""
    return m.group(name) if name in m.re.groupindex else None  # (no dict of every group)


def rx(pattern: str) -> re.Pattern:
    """Rules match case-insensitively; handlers check capitals where they matter."""
    return re.compile(pattern, re.IGNORECASE)


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def position_mod(m: re.Match) -> str | None:
    pos = group(m, "pos")
    if not pos:
        return None
    words = pos.lower().split()
    key = words[0] if words[0] != "the" else words[1]
    return POSITION_MODS.get(key)


def placed_since(ctx: Context) -> bool:
    """Whether the date the text placed last was a start told with "since" ("has been
    above flood stage since June 26"): a state's start, not the day of what is told next."""
    return bool(ctx.placed) and _told_since(ctx.text, ctx.placed[-1][0])


def _told_since(text: str, start: int) -> bool:
    return _SINCE_BEFORE.search(text, max(0, start - 8), start) is not None


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")


# last_day_placed(ctx, pos, reach, keep): the engine's, called as a function here
last_day_placed = Context.last_day_placed


def day_not_since(ctx: Context, pos: int, reach: int) -> date | None:
    """The day of the last date within `reach` characters before `pos` that names a day
    and is no start told with "since"."""
    return last_day_placed(ctx, pos, reach, lambda start, _: not _told_since(ctx.text, start))


def hour_of_day(hour: int, ampm: str) -> int:
    """The hour on a 24-hour clock of `hour` with "a.m."/"am" or "p.m."/"pm" (or none)."""
    half = ampm[:1].lower()
    if half == "p" and hour < 12:
        return hour + 12
    if half == "a" and hour == 12:
        return 0
    return hour


def quantity_mod(m: re.Match) -> str | None:
    q = group(m, "qmod")
    return QUANT_MODS.get(re.sub(r"\s+", " ", q.lower())) if q else None


def year_of(m: re.Match) -> int | None:
    for name in ("year", "year2"):
        if group(m, name):
            return int(m[name])
    if group(m, "yearw"):
        return year_words_value(group(m, "yearw"))
    return None


# a noun after a part of the day makes it a kind of thing: "the night session", "early
# morning flights"; these words after it do not
PART_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:and|or|to|on|when|as|with|before|after|until|"
                             r"till|in|at|from|the|a|an|but|while|local|hours?)\b)[a-z]")
# the nouns that make "the night" a kind of thing after "in the": "play in the night
# session", "read in the morning paper" (a verb or an adverb after it leaves a time)
PART_KIND_NOUN = re.compile(
    r"[ \t]+(?:sessions?|shifts?|sky|skies|air|news|shows?|programm?es?|editions?|flights?|"
    r"trains?|rush|commute|prayers?|services?|games?|match(?:es)?|races?|class(?:es)?|"
    r"bus(?:es)?|papers?|heat|temperatures?|light|lights|life|clubs?|watch|guard|court|"
    r"school|sitting|briefing|meeting|market|trading|hours|time|times|dew|mist|fog|"
    r"of)\b")  # "the evening of Oct. 30": the date's rule


# what falls due, and what guidance is given for, lies ahead of the clause's verb: "the
# first half due on Sept. 15", "payable by March 31", "kept its guidance for the September
# quarter"
_DUE_OR_GUIDED = re.compile(
    r"(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:due|payable)(?:\s+(?:on|by|in))?"
    r"|\b(?:guidance|outlook)\s+for(?:\s+the)?)\s+$", re.IGNORECASE)


def clause_tense(m: re.Match, ctx: Context) -> str:
    if _DUE_OR_GUIDED.search(ctx.text, max(0, m.start() - 20), m.start()):
        return "future"
    told = ahead_of_report(ctx.text, m.start()) or local_tense(ctx.text, m.start(), m.end())
    if told == "future":
        return told
    start = sentence_start(ctx.text, m.start(), 200)
    if told == "past" and _CONDITIONAL_PERFECT.search(ctx.text, start, m.start()):
        return "future"  # "If the leaders have not named cuts by the spring": to come
    if told == "past" and _CONDITION_AFTER.match(ctx.text, m.end()):
        return "future"  # "a smaller fair in September if restrictions have been lifted"
    if told == "past" and _WHO_HAS_NOT.search(ctx.text, start, m.start()) \
            and _MODAL_AFTER.match(ctx.text, m.end()):
        return "future"  # "Owners who have not had a kit by Oct. 31 should call": a deadline
    if told == "present":
        inner = _WHEN_CLAUSE_BEFORE.search(ctx.text, max(start, m.start() - 80), m.start())
        if inner is not None and tense_before(ctx.text, inner.start()) == "future":
            return "future"  # "will be in contention when the awards are given in June"
    opening = _OPENING_WHEN.match(ctx.text, start)
    if opening and "," not in ctx.text[opening.end():m.start()]:
        # "When Brennan climbs down on Friday, he will end a job": the main clause's future
        comma = ctx.text.find(",", m.end(), m.end() + 120)
        if comma > 0 and _MAIN_FUTURE.match(ctx.text, comma + 1):
            return "future"
    return told


# a sentence that opens with a clause of time or condition in the present (after the
# dateline in a first sentence: "ASTORIA, Ore. - When ...") ...
_OPENING_WHEN = re.compile(
    r"\s*(?:[A-Z][A-Za-z.' ]*(?:,\s*[A-Z][A-Za-z.' ]*)?\s*(?:\([^)]{1,30}\)\s*)?[-–—]+\s*)?"
    r"[\"“]?(?:When|Once|After|Before|Until|If|As\s+soon\s+as)\s+"
    r"(?![^,.;]*\b(?:was|were|had|did)\b)")
# ... and whose main clause says what will happen
_MAIN_FUTURE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:will|'ll|shall|is\s+going\s+to|"
                          r"are\s+going\s+to|plans\s+to)\b|\s*[\w'’-]+'ll\b")


# a clause of time in the present that the expression stands in, after a main clause
# (tense_before decides whether that main clause looks ahead)
_WHEN_CLAUSE_BEFORE = re.compile(r"\b(?:when|once|until|till|after|before|as\s+soon\s+as)\s+"
                                 r"[^,.;:!?]*$", re.IGNORECASE)


# a condition in the present perfect, with no past form after it: it looks ahead
# ... or right after the time: "in September if the restrictions have been lifted"
_CONDITION_AFTER = re.compile(r",?\s+(?:if|unless|once|provided)\s+(?:(?!had\b|was\b|were\b|"
                              r"did\b)[\w'’-]+\s+){1,5}?(?:has|have)\s+(?:not\s+)?been\b")
_CONDITIONAL_PERFECT = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Oo]nce|[Uu]ntil)\s+(?:(?!had\b|was\b|were\b|did\b)[\w'’-]+\s+)"
    r"{0,5}?(?:has|have|hasn't|haven't)\s+(?:(?!had\b|was\b|were\b)[^.;!?])*$")

# a relative clause with a negated perfect before a deadline ...
_WHO_HAS_NOT = re.compile(r"\b(?:who|that)\s+(?:has|have)(?:\s+not|n't)\b[^.;!?]*?\bby\s+$")
# ... whose main clause goes on with what must or will be done
_MODAL_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:should|must|will|can|may|need\s+to|have\s+to|"
                          r"are\s+(?:asked|urged|advised)\s+to)\b")


# A date a decision, a schedule or a preparation points at lies ahead of the act, however
# far back the act is told: "voted on Monday to ban parking from December", "set
# sentencing for Jan. 15", "approved a plan to close the plant in June", "are stocking up
# for the winter". The date must sit in the infinitive or the object that follows the
# verb ("voted on Monday" itself stays past). No sentence end or semicolon in between.
_DECIDED = (r"(?:voted|decided|approved|planned|promised|pledged|vowed|resolved|"
            r"(?:approved|adopted|unveiled|announced|backed)\s+(?:a|the|its|their)\s+"
            r"(?:\w+\s+)?(?:plan|proposal|measure|bill|decision)s?)"
            # an adjunct may stand before the infinitive: "voted on Monday to ban", "voted
            # 6-2 Monday night to keep"
            # (an adjunct of time, a count or an adverb: in "voted against cuts to pay on
            # Wednesday" the "to" is no infinitive's)
            r"(?:\s+(?:(?:on|late|early|last|this)\s+)?(?:\d+-\d+|[a-z]+ly|today|yesterday|"
            r"tonight|again|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|"
            r"evening|night|week|month|year)){0,3}?\s+to\s+"
            # an infinitive, not a noun ("voted to a man on Sunday"); "agreed to" is left
            # out: it tells as often of what was then done ("agreed to give DNA in May")
            r"(?!(?:a|an|the|its|his|her|their|our|this|that|these|those|terms|"
            r"\w+'s)\b|[$\d])")
_SCHEDULED = (r"(?:set|scheduled|rescheduled|postponed|delayed|deferred|moved|pushed\s+back|"
              r"put\s+off|adjourned)\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
              r"(?:[a-z][\w-]*\s+){1,3}")
_PREPARING = (r"(?:prepar(?:e|es|ed|ing)|stock(?:s|ed|ing)?\s+up|gear(?:s|ed|ing)?\s+up|"
              r"getting\s+ready|hiring|recruiting|readying)\b[^.;:!?]{0,30}?")
# a warning or a threat is of what may come: "warned of further action over the summer";
# so are a forecast, a weather watch and a plan: "forecast more rain through Saturday",
# "issued a storm watch from Friday evening", "plan a rally on Saturday"
# ("predicted in January that ...": the date of the forecast, not its object)
_WARNED = (r"(?:(?:warned|threatened)\s+(?:of|that)\b|"
           r"(?:forecast|predicted|projected)(?!\s+(?:in|on|during|at)\s)|"
           r"(?:watch|warning|advisory)\s+(?:for|from|until|through)\b|"
           r"plans?\s+(?:a|an)\b)[^.;:!?,]{0,50}?")
_DECISION_AHEAD = re.compile(
    rf"\b(?:{_DECIDED}[^.;:!?]{{0,60}}?\b(?:in|on|from|through|until|till|by|starting|"
    rf"beginning|effective|for)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"|{_SCHEDULED}(?:for|until|till|to)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"|{_WARNED}\b(?:in|on|over|during|from|through|until|till|by|before)\s+"
    rf"|{_PREPARING}\bfor\s+)(?:the\s+)?$",
    re.IGNORECASE)
# "the fiscal year ending in December", "whose fiscal year ends in September": the end of
# the period still running, ahead of the dateline
_ENDING = re.compile(r"\b(?:ending|ends)\s+(?:in\s+)?$", re.IGNORECASE)
_CUE = re.compile(r"vot|decid|approv|plan|promis|pledg|vow|resolv|adopt|unveil|annou|"
                  r"back|set|sched|postpon|delay|defer|moved|push|put|adjourn|prepar|stock|"
                  r"gear|ready|hiring|recruit|warn|threat|forecast|predict|project|watch|"
                  r"advisory", re.IGNORECASE)
# the cue words for the lower-cased text: a search that skips to their first letters
_CUE_LOWER = lower_case_words(_CUE)


def ahead_of_report(text: str, pos: int) -> str | None:
    """'future' for a date a decision, schedule or preparation before `pos` points at,
    or for the month a running period ends in; None when neither applies."""
    lo = max(0, pos - 120)
    if _ENDING.search(text, max(0, pos - 12), pos):
        return "future"
    low = lowered(text)
    if not (_CUE_LOWER.search(low, lo, pos) if low is not None else _CUE.search(text, lo, pos)):
        return None
    return "future" if _DECISION_AHEAD.search(text, lo, pos) else None


# "postponed until", "extended its deadline until", "given ... until": a deferral points
# ahead of the (past) act that sets it
_DEFERRAL = re.compile(r"\b(?:(?:postpon|extend|delay|deadline|given\b|gave\b|grant|adjourn|"
                       r"put\s+off|recess|suspend|halt|shut|ban)[^.;]{0,40}\b(?:until|till)"
                       r"|(?:postpon|delay|reschedul|moved|moving|slip(?:s|ped|ping)?\b|"
                       r"push(?:ed|ing|es)?\s+back|extended|extends|extending)"
                       r"[^.;]{0,60}\bto(?:\s+no\s+(?:earlier|sooner)\s+than)?)\s+$",
                       re.IGNORECASE)


# a day a plan is moved away from
_MOVED_FROM = re.compile(r"\b(?:postpon|delay|reschedul|mov(?:e|es|ed|ing)\b|push(?:es|ing)?\s+"
                         r"back|bring(?:s|ing)?\s+forward)[^.;!?]{0,50}\bfrom\s+$",
                         re.IGNORECASE)
# the period a weather warning covers lies ahead of its issue ...
_WARNING_FOR = re.compile(r"\b(?:warnings?|watch(?:es)?|advisory|advisories)\b"
                          r"(?:[ap]\.m\.|[^.;!?]){0,60}?"
                          r"\b(?:for|from|until|till|through)\s+(?:(?:late|early)\s+)?"
                          r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?$", re.IGNORECASE)
# ... unless the text tells it as over
_WARNING_OVER = re.compile(r"\b(?:had|was\s+in\s+effect|were\s+in\s+effect|expired|lifted|"
                           r"cancell?ed|ended)\b", re.IGNORECASE)
_AWAITED = re.compile(r"\b(?:waiting|wait|waits|looking\s+forward|look\s+forward|"
                     r"counting\s+down)\s+(?:for|to)\s+$", re.IGNORECASE)
# a weekday that is an entry of a list, after a label and a colon at the start of its line
_LIST_ENTRY = re.compile(r"(?:^|\n)[^\n.!?]{1,50}:\s+$")
# the list's opening clause before it, ending in a colon, that looks ahead
_FUTURE_BEFORE_LIST = re.compile(r"\b(?:will|would|is\s+to|are\s+to|shall)\b[^.!?\n]{0,120}:"
                                 r"[ \t]*\n(?:[^\n]*\n){0,8}[^\n]*$")


_PLAN_DROPPED = re.compile(r"\b(?:was|were|had\s+been)\s+(?:originally|initially|first)\s+\w+",
                           re.IGNORECASE)
# "a strike starting Saturday", "effective Monday": a start that news announces ahead
_STARTING = re.compile(r"\b(?:starting|beginning|effective)\s+(?:(?:on|at)\s+)?"
                       r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+|noon\s+|midnight\s+)?$",
                       re.IGNORECASE)


# a day set aside for what is to come
_SET_ASIDE_BEFORE = re.compile(r"\b(?:set|named|declared|designated)\s+$")
_SET_ASIDE_AFTER = re.compile(r"\s+(?:for|as|an?)\b")
_HAD_BEFORE = re.compile(r"\bhad\b")  # "had ruled ... and set Friday as the deadline": past
# a weekday as the subject of a present "is" at a sentence's start
_SUBJECT_IS = re.compile(r"\s+(?:is|are)\b")
# a weekday as the subject of what will be: "Wednesday and Thursday would be difficult"
_SUBJECT_WILL = re.compile(r"(?:\s+and\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
                           r"(?:\s+(?:will|would|should|could|may|might|"
                           r"is\s+(?:expected|likely|set)\s+to)|"
                           # "warned that Sunday, expected to be the busiest day, could ..."
                           r",\s+(?:expected|likely|forecast|set)\s+to)\s+be\b")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\n\s*)$")
# (in a present clause "after" sets one too: "prices rise by $50 after Sunday")
_DEADLINE = re.compile(r"\b(?:by|until|till|after|no\s+later\s+than)\s+(?:next\s+)?$",
                       re.IGNORECASE)
_BY_DAY = re.compile(r"\b(?:by|no\s+later\s+than)\s+$", re.IGNORECASE)
# an infinitive of a task before the deadline, in the same clause: "to adopt a budget by"
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|be\s+\w+ed)\b)"
                                r"[a-z]+\b[^.;:,]{0,50}$")


# advice given now, for what readers are to do: "are advised to ... before Monday"
_ADVISED_TO = re.compile(r"\b(?:are|is|being)\s+(?:being\s+)?(?:advised|urged|asked|encouraged|"
                         r"reminded|invited|told)\s+to\b[^.;:!?]*$", re.IGNORECASE)


def news_direction(m: re.Match, ctx: Context) -> str:
    """Weekdays in news: future when the clause looks ahead (a modal, a plan, a
    schedule: see en_tense), a deferral sets it ("postponed until Tuesday"), a start is
    announced ("a strike starting Saturday") or a present clause sets a deadline ("must
    be signed by Friday"); else the one before."""
    if _DEFERRAL.search(ctx.text, max(0, m.start() - 70), m.start()) \
            or _AWAITED.search(ctx.text, max(0, m.start() - 30), m.start()):
        return "future"  # "postponed until Tuesday"; "are waiting for Thursday evening"
    if _WARNING_FOR.search(ctx.text, max(0, m.start() - 90), m.start()) \
            and not _WARNING_OVER.search(ctx.text,
                                         *clause_bounds(ctx.text, m.start(), m.end())):
        return "future"  # "issued a winter storm warning from 1 p.m. Thursday": a forecast
    if _MOVED_FROM.search(ctx.text, max(0, m.start() - 70), m.start()) \
            and clause_tense(m, ctx) != "past":
        return "future"  # "is pushing back opening day from Wednesday": a day not yet come
    if _LIST_ENTRY.search(ctx.text, max(0, m.start() - 60), m.start()) and \
            _FUTURE_BEFORE_LIST.search(ctx.text, max(0, m.start() - 300), m.start()):
        # "Residential streets will be plowed by zone:\nZone A (north of Route 9):
        # Thursday": an entry of a list a clause that looks ahead opened
        return "future"
    if _SET_ASIDE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) \
            and _SET_ASIDE_AFTER.match(ctx.text, m.end()) \
            and not _HAD_BEFORE.search(ctx.text, sentence_start(ctx.text, m.start()), m.start()):
        return "future"  # "has set Saturday for Eid", "declared Monday a day of mourning"
    if _DESCRIBED_DAY.search(ctx.text, max(0, m.start() - 30), m.start()):
        return "past"  # "We meet in her study on a wet Tuesday morning": a day seen
    if _SOLD_FOR.search(ctx.text, max(0, m.start() - 20), m.start()):
        return "future"  # "ferry bookings for Sunday", "tickets for Saturday"
    if _CALLED_FOR.search(ctx.text, max(0, m.start() - 70), m.start()) \
            and not _HAD_BEFORE.search(ctx.text, sentence_start(ctx.text, m.start()), m.start()):
        return "future"  # "have called a meeting for Friday": the day it is set for
    before = ctx.text[max(0, m.start() - 25):m.start()]
    low = before.lower()
    if ("start" in low or "begin" in low or "effective" in low) and _STARTING.search(before):
        # (not a plan dropped: "was originally listed for three days starting Wednesday")
        return "past" if _PLAN_DROPPED.search(ctx.text, max(0, m.start() - 70), m.start()) \
            else "future"
    if ("through" in low or "until" in low) and _RUNS_THROUGH.search(before):
        return "future"  # "the conference runs through Friday": it ends ahead
    if _SUBJECT_WILL.match(ctx.text, m.end()):
        return "future"  # "said Wednesday and Thursday would be extremely challenging"
    if _SENTENCE_FRONT.search(before) and _FRONTED_THEN_SAID.match(ctx.text, m.end()):
        return "past"  # "On Wednesday, Wall promised to cut taxes": the day of the promise
    t = clause_tense(m, ctx)
    if t == "present" and _SUBJECT_IS.match(ctx.text, m.end()) \
            and _SENTENCE_OPENS.search(before):
        return "future"  # "Thursday is devoted to trade": a day of a programme ahead
    if t == "present" and _DEADLINE.search(before, max(0, len(before) - 12)):
        return "future"  # "the bill must pass by Friday": a deadline still ahead
    if _BY_DAY.search(before) and _INFINITIVE_BEFORE.search(
            ctx.text, max(0, m.start() - 70), m.start()):
        return "future"  # "required the council to adopt a budget by Saturday"
    if _ADVISED_TO.search(ctx.text, max(0, m.start() - 150), m.start()):
        return "future"  # "Passengers are advised to top up their cards before Monday"
    if t == "present" and _IS_ON.search(before):
        return "future"  # "Game 2 is Wednesday", "the vote is on Tuesday": a date to come
    if t == "present" and _EVENT_ON.search(ctx.text, max(0, m.start() - 70), m.start()) \
            and not has_simple_past(ctx.text, clause_bounds(ctx.text, m.start(), m.end())[0],
                                    m.start()):
        return "future"  # "investors now turn to an auction on Wednesday": one to come
    if t == "present" and _FROM.search(before) and _UNTIL_DAY.match(ctx.text, m.end()):
        return "future"  # "is carrying out work from Saturday until Tuesday morning"
    if _DONE_ON.search(ctx.text, max(0, m.start() - 90), m.start()):
        return "past"  # "the timetable released by the commission on Sunday night"
    if t != "future" and _REQUESTED_TO.search(
            ctx.text, clause_bounds(ctx.text, m.start(), m.end())[0], m.start()):
        return "future"  # "told the jury to return at 9 a.m. Monday": what is asked for
    if _RECORDED_FROM.search(ctx.text, max(0, m.start() - 40), m.start()):
        return "past"  # "Anyone with dashcam footage from between 10pm Saturday and ..."
    if t == "present" and _ahead_in_present(ctx.text, m.start(), m.end()):
        return "future"  # "The first rafts push off at 10 a.m. Saturday": a programme
    return "future" if t == "future" else "past"


# what was recorded at a time: police appeals ask for it after the event
_RECORDED_FROM = re.compile(r"\b(?:footage|images|video|videos|photos|photographs|pictures|"
                            r"recordings?|sightings?)\s+(?:from|of|taken)\s+(?:between\s+|"
                            r"on\s+|at\s+|around\s+)?(?:about\s+)?(?:[\w.:]+\s+)?$",
                            re.IGNORECASE)


def _ahead_in_present(text: str, start: int, end: int) -> bool:
    """Whether a weekday in a present clause lies ahead: neither its sentence nor the one
    before tells a past (a list after "Crews worked on the roads:" does), and no verb
    whose past is its base form ("The growers cut their prices on Friday") or a "could
    not" reports one."""
    lo = sentence_start(text, start)
    if lo > 0:
        lo = sentence_start(text, max(0, lo - 2))
    stop = _SENTENCE_END.search(text, end, end + 400)
    hi = stop.start() if stop else min(len(text), end + 400)
    return not has_simple_past(text, lo, hi) and not _BARE_PAST_WORD.search(text, lo, hi)


_BARE_PAST_WORD = re.compile(r"\b(?:cut|let|cost|beat|bid|cast|burst|shed|upset|bet|hit|put|"
                             r"set|hurt|quit|shut|split|spread|could\s+not|couldn't)\b",
                             re.IGNORECASE)


# a weekday opening its sentence ("On Wednesday, ...", "Late Friday, ...") ...
_SENTENCE_FRONT = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:[Oo]n|[Ll]ate|[Ee]arly)\s+)?$")
# ... then its subject and a verb in the past that looks ahead to what it says or
# promises: the day it was said ("On Wednesday, the party leader said he would cut taxes")
_FRONTED_THEN_SAID = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:(?!(?:will|would|could|can|may|might|"
    r"should|must|shall|is|are|has|have)\b)[\w.'’-]+\s+){1,6}?"
    r"(?:said|promised|vowed|pledged|announced|told|threatened|warned|insisted|agreed|"
    r"decided|voted|urged|asked|predicted|hinted|signalled|signaled|proposed|unveiled)\b")


# a participle of a thing done, right before its weekday, not a thing still to be done:
# "the timetable released by the commission on Sunday night" (not "to be released on")
_DONE_ON = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:released|issued|published|announced|"
                      r"unveiled|signed|approved|adopted|filed|submitted|posted)"
                      r"(?:\s+by\s+[^,.;:!?]{1,60}?)?\s+on\s+$", re.IGNORECASE)
# a request and the infinitive of what it asks for, before the weekday: "told the jury to
# return", "urged commuters to expect", "asked both sides to return to the table"
_REQUESTED_TO = re.compile(r"\b(?:told|asked|urged|ordered|advised|instructed|encouraged|"
                           r"called\s+on|reminded)\s+(?:[\w'-]+\s+){1,3}?to\s+(?!be\s+\w+ed\b)"
                           r"[a-z]+\b[^.;:!?,]*$", re.IGNORECASE)
# what joins the end of a span to its start: "between 10pm Saturday and 3am Sunday",
# "between Christmas Eve and 2 January"
SPAN_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s+", re.IGNORECASE)
# a span of days in a present clause: "from Saturday until Tuesday" lies ahead
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UNTIL_DAY = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:until|till|to|through)"
                        r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next\s+week)\b")


# a weekday as what something is: "Game 2 is Wednesday", "the vote is on Tuesday"
_IS_ON = re.compile(r"\b(?:is|are)\s+(?:also\s+|again\s+)?"
                    # "Game 2 is also in Toronto, on Monday": a place the event is held at
                    r"(?:(?:in|at)\s+(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,?\s+)?"
                    r"(?:on\s+|at\s+|set\s+for\s+|due\s+)?$")


# what goes on now up to a day: "runs through Friday", "lasts until Sunday"
_RUNS_THROUGH = re.compile(r"\b(?:runs|lasts|continues|remains\s+open|stays\s+open|"
                           r"is\s+open|are\s+open|run|last|continue)\s+(?:through|until|till)"
                           r"\s+$", re.IGNORECASE)


# a weekday told with its weather or its mood, after "a": one already lived ("on a wet
# Tuesday morning", "on a bright, cold Saturday")
_DESCRIBED_DAY = re.compile(r"\b[Oo]n\s+an?\s+(?:(?:wet|rainy|grey|gray|cold|bitter|freezing|"
                            r"icy|snowy|foggy|windy|sunny|bright|warm|hot|humid|muggy|sweltering|"
                            r"mild|damp|dull|drizzly|chilly|blustery|stormy|quiet|busy|"
                            r"sleepy|crisp|clear|cloudless|overcast|raw|dreary|beautiful|"
                            r"glorious|lovely|perfect|sultry|steamy|frosty)(?:,|\s+and)?\s+)+$")
# what is sold or booked for a time: "ferry bookings for Sunday", "departures for late
# November" (en_dates)
BOOKED_NOUNS = r"bookings|tickets|reservations|departures|sailings|seats|places|flights"
_SOLD_FOR = re.compile(rf"\b(?:{BOOKED_NOUNS})\s+for\s+$", re.IGNORECASE)
# an event called or set for a day: "have called a meeting for Friday", "scheduled a
# vote for Tuesday" (held on a day gone by, it would be "on Friday")
_CALLED_FOR = re.compile(r"\b(?:called|calls|scheduled|schedules|set|sets|planned|plans|"
                         r"arranged|organi[sz]ed|fixed|convened|booked|announced|"
                         r"pencil+ed\s+in)\s+(?:an?|the|their|its|his|her)\s+"
                         r"(?:[\w'-]+\s+){0,2}?(?:[\w-]*(?:meeting|vote|hearing|rally|strike|"
                         r"protest|demonstration|walkout|session|talks|ballot|debate|"
                         r"summit|conference|briefing|ceremony|march))\s+for\s+$",
                         re.IGNORECASE)


# events that have a day of their own (the weekday rules ask whether one is named)
EVENT_NOUNS = (r"auction|meeting|vote|hearing|election|summit|rally|match|game|concert|debate|"
               r"talks|session|trial|launch|ceremony|festival|parade|premiere|conference|final|"
               r"race|referendum|deadline|sale|opening|series|tournament|championships?|tour|"
               r"fixture|opener|inquest|sitting|showdown|derby|edition|episode|broadcast")
# an event named right before its weekday, in a clause without a past: still to come
_EVENT_ON = re.compile(rf"\b(?:{EVENT_NOUNS})s?\b[^.,;:!?]{{0,50}}?\bon\s+(?:the\s+)?$",
                       re.IGNORECASE)


_WHICH = {"last": "past", "past": "past", "previous": "past", "next": "future",
          "coming": "future", "this": "present", "this past": "past",
          "this coming": "future", "the coming": "future", "the past": "past",
          "the previous": "past", "the next": "future", "the last": "past",
          "the current": "present", "current": "present", "the": None}


def which_direction(m: re.Match) -> str | None:
    w = group(m, "which")
    return _WHICH.get(re.sub(r"\s+", " ", w.lower())) if w else None


# --- text-wide facts, computed once per text ---------------------------------------

_QUARTER_MENTION = rx(r"\b(first|second|third|fourth)[\s-]+quarter\b|\bquarter\s+ended\b")


@lru_cache(maxsize=8)
def _quarter_mentions(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, quarter number or 0) of each 'third quarter' style mention."""
    out = []
    for m in _QUARTER_MENTION.finditer(text):
        q = ORDINALS.get((m.group(1) or "").lower(), 0)
        out.append((m.start(), q))
    return tuple(out)


_NEAR_QUARTER = 150  # characters: about a sentence


def reported_quarter(ctx: Context, pos: int) -> int | None:
    """The quarter number a financial report is about: one named in the same sentence,
    else the first one the text names (reports lead with the quarter they report)."""
    mentions = _quarter_mentions(ctx.text)
    near = [q for off, q in mentions if q and pos - _NEAR_QUARTER <= off < pos]
    if near:
        return near[-1]
    named = [q for _, q in mentions if q]
    return named[0] if named else None


# a sentence ends at . ! ? (not a decimal point) before a capital or a quote
# (the full stop first: the scan then skips to candidate characters)
_SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z][.!?])[\"'’”]?\s+(?=[A-Z`\"'‘“])|\n\s*\n")
_YEAR_TO_DATE = rx(r"\b(?:nine|six|first\s+(?:nine|six))\s+months\b|\bfirst\s+(?:half|three\s+"
                   r"quarters)\b|\byear[\s-]+to[\s-]+date\b")
_SENTENCE_LEAD = rx(r"^\W*(?:(?:the|a|in|for|by\s+comparison,?)\s+)*$")


def sentence_start(text: str, pos: int, reach: int = 400) -> int:
    """Where the sentence holding `pos` begins (looking back at most `reach` characters)."""
    lo = max(0, pos - reach)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def year_to_date_comparison(ctx: Context, pos: int) -> bool:
    """Whether the sentence before `pos` reports a period from the start of the year
    ("For the nine months, ... a year earlier"): the year-earlier figure is then the
    previous year's, not a quarter's. A sentence that opens with the comparison ("The
    year-ago results ...") continues the one before it."""
    start = sentence_start(ctx.text, pos)
    if _YEAR_TO_DATE.search(ctx.text, start, pos):
        return True
    if _SENTENCE_LEAD.match(ctx.text[start:pos]) and start > 0:
        prev = sentence_start(ctx.text, start - 1)
        return bool(_YEAR_TO_DATE.search(ctx.text, prev, start))
    return False


def lead_quarter(ctx: Context) -> int | None:
    """The quarter a results report leads with: the first one the text names."""
    named = [q for _, q in _quarter_mentions(ctx.text) if q]
    return named[0] if named else None


def quarter_year(q: int, anchor: date, tense: str) -> int:
    """The year of "the third quarter" said in a news text: the latest such quarter that
    has begun in a past clause; in a present or future one the next not yet over."""
    current = quarter_of(anchor)
    if q <= current:
        return anchor.year
    return anchor.year - 1 if tense == "past" else anchor.year


def last_quarter_value(ctx: Context, pos: int, tense: str = "past") -> str:
    """The quarter a report means by "the quarter": the one it named, else the last
    complete one."""
    anchor = ctx.anchor_day
    q = reported_quarter(ctx, pos)
    if q:
        return f"{quarter_year(q, anchor, tense)}-Q{q}"
    prev = shift(anchor, "quarter", -1)
    return f"{prev.year}-Q{quarter_of(prev)}"



def midnight(d: date, mod: str | None, anchor: str) -> Timex:
    """Midnight ending day `d`: TIMEX3 writes T24:00, the calendar keeps it on `d`."""
    end = datetime(d.year, d.month, d.day, 23, 59, 59)
    return Timex("TIME", day_value(d) + "T24:00", mod=mod, anchor=anchor,
                 interval=Interval(d, d, "minute", end.replace(second=0), end))


# "from December through March": the end of a range of months named without a year
_MONTH_RANGE_START = rx(rf"\bfrom\s+(?:(?:early|mid|late)[\s-]+)?(?P<first>{ANY_MONTH})\.?"
                        r"\s+(?:through|thru|to|until|till)\s+(?:(?:early|mid|late)[\s-]+)?$")


# two months joined: "departures for late November and December", "in December or
# January" (the second is the first such month from the first on)
_MONTHS_JOINED = rx(rf"\b(?P<first>{ANY_MONTH})\.?\s+(?:and|or)\s+(?:(?:early|mid|late)[\s-]+)?$")


def month_range_end_year(ctx: Context, pos: int, month: int) -> int | None:
    """The year of a month that ends a range whose start the text just placed ("from
    December through March": the first March after that December); None when the month
    at `pos` ends no such range."""
    if not ctx.placed:
        return None
    start = _MONTH_RANGE_START.search(ctx.text, max(0, pos - 40), pos)
    if start is None:
        # joined months of a time to come: "departures for late November and December"
        start = _MONTHS_JOINED.search(ctx.text, max(0, pos - 30), pos)
        if start is None or not ctx.placed or ctx.placed[-1][2].start <= ctx.ref_day \
                or tense_before(ctx.text, pos) == "past":
            return None
    if ctx.placed[-1][1] != start.end("first") or ctx.placed[-1][2].granularity != "month":
        return None
    first = ctx.placed[-1][2].start
    return first.year if month >= first.month else first.year + 1
