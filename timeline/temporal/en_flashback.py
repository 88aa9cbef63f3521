"""Flashbacks in English news: a recalled episode that yearless and relative dates follow.

A news story may go back years to tell an episode ("On 14 March 1967, the trawler left
Hull ... On May 19 a storm hit the coast and by midnight the ship was lost. That morning
..."). Its yearless dates, parts of the day and "the following summer" belong to the
recalled time, not to the dateline's, until the story comes back to its own time: a
sentence about now ("Today the wreck lies ...", "Divers have searched ..."), or a date of
the dateline's time ("on Tuesday", "last week", "2012").

An episode opens at a date two or more years before the dateline, told in the past in a
main clause: a full date anywhere in it (also inside a part of the day, a clock time or a
range of days: "at 9:30 p.m. on Aug. 23, 1968", "the night of Jan. 9, 1961"), a month or
season with its year anywhere in a clause told in the simple past ("started the business
in the spring of 1958 with ..."), or a bare year that opens the sentence or a clause ("In
1967, ..."). A year in a relative clause, an apposition or brackets ("Smith, who joined
the firm in 1987, resigned on Friday", "The law, passed in 1998, takes effect ...") or in
a report ("Sales fell in March 2012, the company said") is a look back, no episode.

Nor does a date that sums up: the endpoint closing a span of years ("He sold insurance
for three decades and died in 2009.", "ran the firm until 1989", "retired in 2001 after
30 years") or a chronology of repeats ("reviewed in 1984 and again in the mid-1990s, each
time without result"). The text after such a sentence goes on from its own time, so the
summary also ends an episode told before it.

While a text is tagged, every date the English rules resolve is noted here (`note`, called
for news only): where the episode stands, or that the text came back to the present.
Handlers ask `episode_at` for the episode's point at their match. The notes live in the
engine's per-text Context notes; a text that never names a date two years back keeps
none, so plain news pays one comparison per date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from timeline.sentences import split_sentences
from timeline.temporal.en_story import StoryPoint, point_of, story_at
from timeline.temporal.en_tense import clause_bounds, has_simple_past
from timeline.temporal.engine import Context, Timex
from timeline.temporal.first_char import with_first_char_check

# How many years before the dateline's a recalled episode lies at least.
FAR_YEARS = 2
# How far (characters) an expression may stand from the episode's last date.
EPISODE_WINDOW = 1500
# How many notes back a part of the day may look for the episode's last named day.
_DAY_LOOKBACK = 3


@dataclass
class _Episode:
    """The dates noted since an episode opened, in text order: start and end offsets and
    the point (None where the text came back to its own time)."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    points: list[StoryPoint | None] = field(default_factory=list)

    def add(self, start: int, end: int, point: StoryPoint | None) -> None:
        if self.starts and self.starts[-1] == start:  # the same match, another reference day
            self.ends[-1], self.points[-1] = end, point
        elif not self.starts or self.starts[-1] < start:
            self.starts.append(start)
            self.ends.append(end)
            self.points.append(point)


_KEY = "episode"
# a TIMEX3 value that names a year ("2012", "2013-W17", "2013-05-04TMO"; not the decade
# "196" or the century "19")
_YEAR = re.compile(r"\d{4}(?!\d)")


def _far(year: int, ctx: Context) -> bool:
    return 1000 <= year <= ctx.ref_day.year - FAR_YEARS


# --- noting the dates ---------------------------------------------------------------

# "three days earlier", "the previous winter": a look back that leaves the episode where
# it was
_BACK_WORD = re.compile(r"\b(?:earlier|before|previous|preceding|prior|ago)\b", re.IGNORECASE)


def note(ctx: Context, m: re.Match, tx: Timex) -> None:
    """Note where a date resolved in news leaves the recalled episode (if any)."""
    if tx.type not in ("DATE", "TIME"):
        return
    episode = ctx.notes.get(_KEY)
    value = tx.value
    if episode is None:
        # the common case: no episode yet, and only an old date written out or counted
        # back from now ("Forty years ago, ...") may open one
        if tx.anchor == "previous" or not value[:4].isdigit() \
                or not _far(int(value[:4]), ctx):
            return
        if not _opens(ctx, m, value):
            return
        point = point_of(value)
        if point is None:
            return
        episode = ctx.notes[_KEY] = _Episode()
        episode.add(m.start(), m.end(), point)
        return
    if _quoted_from_papers(ctx.text, m.start()):
        return  # "A note in the margin reads: 'No money this year.'": the episode's words
    if value in ("PRESENT_REF", "FUTURE_REF"):
        episode.add(m.start(), m.end(), None)
        return
    if _YEAR.match(value) and not _far(int(value[:4]), ctx):
        episode.add(m.start(), m.end(), None)  # a date of the dateline's time: back now
        return
    point = point_of(value)
    if point is None:
        return  # a decade, a week, a vague past: the episode stays where it was
    if tx.anchor != "previous":
        if _leaves(episode, point) and (
                _sums_up(ctx.text, m.start(), m.end(), point)
                or _in_chronology(ctx.text, m.start(), m.end(), point.year)):
            episode.add(m.start(), m.end(), None)  # a summary of years: out of the episode
        elif not _aside(ctx.text, m.start(), m.end()):
            episode.add(m.start(), m.end(), point)
        return
    if _BACK_WORD.search(m.group()):
        return
    if point.month is None and point.year > ctx.ref_day.year - FAR_YEARS - 1:
        # a count that brings the story within two years of the dateline ("the following
        # year") has brought it up to the news' own time
        episode.add(m.start(), m.end(), None)
        return
    episode.add(m.start(), m.end(), point)


def _quoted_from_papers(text: str, pos: int) -> bool:
    """Whether `pos` stands inside a quotation of written words the episode left ("the
    note reads: \"...\"", "he wrote: \"...\""), not of someone speaking now."""
    opening = max(text.rfind("\u201c", max(0, pos - 200), pos),
                  text.rfind('"', max(0, pos - 200), pos))
    if opening < 0 or any(q in text[opening + 1:pos] for q in ('"', "\u201d")):
        return False
    return _WRITTEN_LEAD.search(text, max(0, opening - 30), opening) is not None


# what introduces words written back then: "reads:", "wrote:", "noted:"
_WRITTEN_LEAD = re.compile(r"\b(?:reads|read|wrote|writes|noted|scrawled|minuted|states)\s*:?\s*$")


def _opens(ctx: Context, m: re.Match, value: str) -> bool:
    """Whether an old date (its TIMEX3 value) opens an episode: told in the past in a main
    clause, a full date anywhere, a month or season with its year anywhere but in a
    report ("..., the company said"), a bare year only where it opens its sentence or
    clause; never a date that closes a summary of years or stands in a chronology."""
    full_date = len(value) >= 10 and value[7:8] == "-"
    # "1958-03", "1958-SP" (not a week, quarter or half: "2012-W17", "2012-Q1")
    month_or_season = not full_date and len(value) == 7 and _MONTH_OR_SEASON.match(value, 5)
    heads_clause = _CLAUSE_LEAD.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
    if not (full_date or month_or_season or heads_clause):
        return False  # (the cheap test first: most old years stand inside a clause)
    if _aside(ctx.text, m.start(), m.end(), full_date):
        return False
    lo, hi = clause_bounds(ctx.text, m.start(), m.end())
    if _PAST_PERFECT.search(ctx.text, lo, hi):
        return False  # "He had been convicted on March 3, 1999": a look back from the news
    if _RECORD_SET.search(ctx.text, lo, hi):
        return False  # "The record, 28 inches, was set in January 1922": a comparison
    if month_or_season and not heads_clause \
            and (_REPORT.search(ctx.text, lo, hi) or _NOW_WORD.search(ctx.text, lo, hi)):
        # inside its clause, only in a story told in the simple past: not "Sales fell in
        # March 2012, the company said" (a figure reported), nor "Prices have not been
        # this low since they fell in March 1987" (a comparison made now)
        return False
    point = point_of(value)
    if point is None or _sums_up(ctx.text, m.start(), m.end(), point) \
            or _in_chronology(ctx.text, m.start(), m.end(), point.year):
        return False
    if full_date and _THAT_DAY_NEXT.match(ctx.text, m.end()):
        # a day named in the present ("another date matters more: May 2, 1985.") whose
        # next sentence tells that day ("That morning, a belt caught fire")
        return True
    return _tells_past(ctx, m.start())


# when a record was set: a figure compared with, no story told
_RECORD_SET = re.compile(r"\brecord\b[^.;]{0,60}?\b(?:was|were)\s+(?:set|established)\b",
                         re.IGNORECASE)
_THAT_DAY_NEXT = re.compile(r"[.:]\s+(?:On\s+|By\s+|Early\s+|Late\s+)?[Tt]hat\s+(?:morning|"
                            r"day|night|evening|afternoon)\b")


_MONTH_OR_SEASON = re.compile(r"0[1-9]|1[0-2]|SP|SU|FA|WI")
# a report of a fact: "..., the company said", "according to the ministry"
_REPORT = re.compile(r"\b(?:said|says|told|reported|according\s+to)\b", re.IGNORECASE)


# --- summaries: dates that close a span of years instead of opening an episode --------

# What sums up a span of years in a sentence: a count of years or decades ("for three
# decades", "after 30 years", "a 40-year career"), a range ("until 1989", "from 1970 to
# 1985").
_SPAN = re.compile(
    r"\b(?:for|after|over|across|spanning|of)\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|"
    r"almost\s+|about\s+|some\s+|over\s+|roughly\s+|the\s+(?:next|following|last|past)\s+)?"
    r"(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|several|many|a\s+few|a\s+couple\s+of)[\s-]+"
    r"(?:years|decades)\b|\bfor\s+(?:years|decades)\b|\b\d+-year\s+career\b"
    r"|\b(?:until|till|through|to)\s+(?:(?:early|mid|late)[\s-]+)?(?:1\d{3}|20\d\d)\b",
    re.IGNORECASE)
# where a life or a career ends: with a year or month, "died in 2009" sums it up
# (a verb, not the adjective of "a retired teacher")
_LIFE_END = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bby\s)"
                       r"\b(?:died|retired|stepped\s+down)\b",
                       re.IGNORECASE)
# the same verb right before its date: "died in 2009", "retired from the firm in 2001"
_LIFE_END_AT = re.compile(_LIFE_END.pattern + r"[^,;.()]{0,40}?\b(?:in|on)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# what may follow a date that closes its sentence: "..., aged 81.", "... after 30 years."
_CLOSING = re.compile(r"(?:\s*,?\s+(?:after|aged?|at\s+(?:the\s+)?age|following)\b[^.!?;]{0,40})?"
                      r"\s*(?:[.!?;]|$)")


def _sums_up(text: str, start: int, end: int, point: StoryPoint) -> bool:
    """Whether a date closes a sentence that sums up a span of years ("He sold insurance
    for three decades and died in 2009.", "She ran the firm until 1989."), or heads one
    that ends a career or a life after years ("In 2001 he retired after 30 years."): an
    endpoint, after which the text goes on from its own time, not from the date."""
    lo = _sentence_start(text, start)
    close = _CLOSING.match(text, end)
    if close is not None:
        hi = close.end()
    else:
        stop = _SENTENCE_END.search(text, end)
        hi = stop.end() if stop else len(text)
    span = _SPAN.search(text, lo, hi) is not None
    if close is None:  # "In 2001, after 30 years, he retired": a summary from its head
        return span and _LIFE_END.search(text, lo, hi) is not None
    return span or point.day is None and _LIFE_END_AT.search(text, lo, start) is not None


def _leaves(episode: _Episode, point: StoryPoint) -> bool:
    """Whether a summary's endpoint lies in another year than the episode's last point."""
    last = next((p for p in reversed(episode.points) if p is not None), None)
    return last is None or last.year != point.year


# a chronology summed up: times of several years and a word that repeats them ("in 1984
# and again in the mid-1990s, each time without result")
_REPEATED = re.compile(r"\b(?:again|once\s+more|twice|(?:each|every|both)\s+times?)\b",
                       re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<![\d.,])(?:1\d{3}|20\d\d)(?!\d)")


def _in_chronology(text: str, start: int, end: int, year: int) -> bool:
    """Whether a date stands in a sentence that lists times of other years as repeats
    ("The file was reviewed in 1984 and again in the mid-1990s, each time without
    result."): a chronology summed up, no episode told."""
    lo = _sentence_start(text, start)
    stop = _SENTENCE_END.search(text, end)
    hi = stop.end() if stop else len(text)
    if _REPEATED.search(text, lo, hi) is None:
        return False
    return any(int(y.group()) != year for y in _ANY_YEAR.finditer(text, lo, hi))


_PAST_PERFECT = re.compile(r"\b(?:had|'d)\s+(?:(?:not|never|already|long|just|first|been)\s+)*"
                           r"[a-z]+(?:ed|en|wn|ne|un|ght|ft|lt|nt|de|ck|id|ost|ung|eft)\b")


# a range or brackets: "(1952)", "from 1952 to 1967", "since 1987"; a date that
# describes a noun: "the Dec. 21, 1988, bombing", "its 1995 merger"
_WEAK_BEFORE = re.compile(r"(?:[(/\u2013-]\s*|\b(?:to|until|till|and|or|between|since|from|the|a|"
                          r"an|its|his|her|their|our|this|that)\s+|'s\s+)$", re.IGNORECASE)
_WEAK_AFTER = re.compile(r"\s*[)/\u2013]|\s*-\s*\d")
# a range of days: "from" or "between" before its first day, its last day after it
_RANGE_OPENING = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_DAY_RANGE_END = re.compile(r",?\s*(?:-|\u2013|to\s|and\s|through\s)\s*(?:[A-Z][a-z]+\.?\s+)?"
                            r"[0-3]?\d(?:st|nd|rd|th)?\b(?![,.]?\d)(?:,?\s+(?P<y>\d{4})\b)?")
_YEAR_BEFORE = re.compile(r"(\d{4})\s*$")


def _days_of_one_year(text: str, end: int) -> bool:
    """Whether the date ending at `end` opens a range of days that stays in its year
    ("Jan. 9-10, 1961", "Jan. 9 to Jan. 12, 1961"; not "Jan. 9, 1961, to March 2, 1962")."""
    tail = _DAY_RANGE_END.match(text, end)
    if tail is None:
        return False
    own = _YEAR_BEFORE.search(text, max(0, end - 6), end)
    return not (tail["y"] and own and own.group(1) != tail["y"])


# where a clause begins inside a sentence
_CLAUSE_BREAK = re.compile(r"[,;(\u2014]|\s-\s|\b(?:and|but)\s")
# a relative clause or a participle after a comma: an aside ("Smith, who joined the firm
# in 1987, ...", "The law, passed in 1998, ...", "..., born in 1950")
_ASIDE_OPENING = re.compile(r"\s*(?:who|whom|whose|which|where|[a-z]+ed|born|built|made|"
                            r"written|taken|given|known|held|won|begun|set\s+up|founded)\b")
_SENTENCE_START = with_first_char_check(re.compile(r"[.!?]['\"\u201d]?\s+|\n\s*"))


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 300)
    start = lo
    for b in _SENTENCE_START.finditer(text, lo, pos):
        start = b.end()
    return start


def _clause_start(text: str, pos: int) -> tuple[int, str]:
    """Where the clause around `pos` begins, and the mark that opened it ("" for the
    sentence's start)."""
    start = _sentence_start(text, pos)
    mark, at = "", start
    for b in _CLAUSE_BREAK.finditer(text, start, pos):
        mark, at = b.group().strip(), b.end()
    return at, mark


def _aside(text: str, start: int, end: int, day: bool = False) -> bool:
    """Whether a date stands in brackets, a range or a relative clause or apposition;
    with `day`, a day that opens a range of days within its year ("on Jan. 9-10, 1961",
    "from June 3 to June 5, 1961") is no aside but the episode's first day."""
    days = day and _days_of_one_year(text, end)
    if _WEAK_BEFORE.search(text, max(0, start - 12), start) and not (
            days and _RANGE_OPENING.search(text, max(0, start - 12), start)):
        return True
    if _WEAK_AFTER.match(text, end) and not days:
        return True
    at, mark = _clause_start(text, start)
    if mark == "(":
        return True
    return mark == "," and _ASIDE_OPENING.match(text, at, start) is not None


# the start of a sentence or of a clause after a semicolon, colon, "and" or "but" (a comma
# opens none: "Georgina, in 1983"), and what may stand between it and a year or month that
# opens the clause: "In", "Back in", "Then, during", "Early in", "And in"
_CLAUSE_LEAD = re.compile(r"(?:^|[.!?;:\n][\"'\u201d]?\s*|\b(?:and|but)\s+)"
                          r"(?:(?:and|but|then|back|it\s+was|only)\s*,?\s+)?"
                          r"(?:(?:in|on|by|during|throughout|early\s+in|late\s+in|until)\s+)?$",
                          re.IGNORECASE)


# --- where a text stands ------------------------------------------------------------

def episode_at(ctx: Context, pos: int, day: bool = False) -> StoryPoint | None:
    """The point of the recalled episode a news text is telling at `pos`, or None when it
    speaks from its dateline there. With `day`, the episode's last named day when the
    last point (a season, a month) lies a few notes back in the same year."""
    if ctx.narrative:
        return None
    episode = ctx.notes.get(_KEY)
    if episode is None:
        return None
    i = bisect.bisect_left(episode.starts, pos) - 1
    if i < 0:
        return None
    point = episode.points[i]
    if point is None or pos - episode.starts[i] > EPISODE_WINDOW:
        return None
    if not _still_told(ctx, episode.ends[i], pos) or _since_in_perfect(ctx, pos):
        return None
    if day and point.day is None:
        for back in episode.points[max(0, i - _DAY_LOOKBACK):i][::-1]:
            if back is None:
                break
            if back.day is not None and back.year == point.year:
                return back
    return point


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't)\b(?!\s+to\b)", re.IGNORECASE)


def _since_in_perfect(ctx: Context, pos: int) -> bool:
    """Whether the expression at `pos` follows "since" in a present perfect clause ("Bed
    occupancy has been above 95% since Boxing Day"): counted up to now, not in an episode."""
    if not _SINCE_BEFORE.search(ctx.text, max(0, pos - 8), pos):
        return False
    lo, _ = clause_bounds(ctx.text, pos, pos)
    return _PERFECT.search(ctx.text, lo, pos) is not None


def _tells_past(ctx: Context, pos: int) -> bool:
    """Whether the sentence around `pos` (up to a semicolon or colon) tells the past: it
    has a verb in the simple past and looks not ahead ("The memorial will be unveiled on May 19, 46
    years after the ship sank" does)."""
    lo, hi = clause_bounds(ctx.text, pos, pos)
    return has_simple_past(ctx.text, lo, hi) and _AHEAD.search(ctx.text, lo, hi) is None


# a clause that looks ahead (the time words "next", "later", "coming" of the expression
# itself say nothing about it)
# (a report of what is still to come is one too: "said the review would cover the first
# five months and was due before the committee on October 16")
_AHEAD = re.compile(r"\b(?:will|won't|shall|going\s+to|(?:is|are|am)\s+(?:due|set|scheduled|"
                    r"expected|slated|planned|likely)\s+to|(?:plans?|intends?|hopes?|expects?|"
                    r"aims?)\s+to|(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:it|they|he|she|"
                    r"the\s+\w+)\s+would)\b|'ll\b", re.IGNORECASE)


_QUIET_KEY = "en_flashback_quiet"


def _still_told(ctx: Context, since: int, pos: int) -> bool:
    """Whether the episode goes on from offset `since` to `pos`: the sentence at `pos`
    tells the past, and no sentence in between speaks of now."""
    if not _tells_past(ctx, pos):
        return False
    spans = split_sentences(ctx.text, "en")
    # The sentences from `since` on already found quiet, kept per tagging: each later
    # expression of the episode asks again, and a sentence's answer does not depend on
    # where the asking expression stands.
    quiet = ctx.notes.setdefault(_QUIET_KEY, {})
    i = quiet.get(since)
    if i is None:
        i = max(0, bisect.bisect_right(spans, (since, 1 << 62)) - 1)
    while i < len(spans) and spans[i][0] <= pos:
        lo, hi = spans[i]
        if speaks_of_now(ctx.text, max(lo, since), hi):
            quiet[since] = i
            return False
        i += 1
        quiet[since] = i
    return True


# Words that speak of now: a present or future verb, a present perfect, "today"
_NOW_WORD = re.compile(
    r"\b(?:is|are|am|isn't|aren't|says|say|remains|remain|(?<!would\s)(?<!could\s)"
    r"(?<!should\s)(?<!must\s)(?<!may\s)(?<!might\s)(?<!to\s)(?:has|have)|hasn't|haven't|"
    r"will|won't|shall|today|tonight|now|nowadays|currently)\b|'ll\b|'ve\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"\u201c\u201d]|``|''")


def speaks_of_now(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] (a sentence) speaks of the present or the future: a word of
    now ("is", "has", "will", "today") and no simple past ("Today the wreck lies ...",
    "Divers have searched the area"), and no quotation (a quote recalls what was said)."""
    if _NOW_WORD.search(text, lo, hi) is None:
        return False
    return _QUOTE.search(text, lo, hi) is None and not has_simple_past(text, lo, hi)


def story_or_episode(ctx: Context, pos: int, day: bool = False) -> StoryPoint | None:
    """Where relative dates count from at `pos` besides the dateline: the story's point
    in a narrative, the recalled episode's in news (None when neither)."""
    if ctx.narrative:
        return story_at(ctx, pos, day)
    return episode_at(ctx, pos, day)
