"""Plain data passed between the stages: articles, their reference time, mentions, events.

Every stage is a function over these dataclasses, so each can be tested without Prefect
or DuckDB. The meaning of each field is the data contract of DESIGN.md.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime

PRECISIONS = ("year", "month", "day", "minute")


@dataclass(frozen=True)
class Reference:
    """The time an article was written, at the precision its dateline gives."""

    dct: datetime  # start of the reference period (e.g. 2018-10-01 00:00 for "2018-10")
    precision: str = "day"  # one of PRECISIONS
    place: str | None = None
    agency: str | None = None

    @property
    def first_day(self) -> date:
        return self.dct.date()

    @property
    def last_day(self) -> date:
        """The last calendar day the reference period allows."""
        d = self.dct.date()
        if self.precision == "year":
            return date(d.year, 12, 31)
        if self.precision == "month":
            return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        return d

    @property
    def iso(self) -> str:
        """The reference time written at its own precision (2018-10, 2016-05-04, ...)."""
        if self.precision == "year":
            return f"{self.dct.year:04d}"
        if self.precision == "month":
            return f"{self.dct.year:04d}-{self.dct.month:02d}"
        if self.precision == "minute":
            return self.dct.strftime("%Y-%m-%dT%H:%M")
        return self.dct.date().isoformat()


@dataclass
class Article:
    """One article as read from a source, before tagging."""

    article_id: str  # stable identity of the source item (path, or path + record id)
    source: str  # where it came from, for people (file path, path#line)
    body: str  # the text that offsets refer to
    content_hash: str  # hash of the raw content: same hash, nothing to do
    reference: Reference | None
    lang: str  # "de" or "en"
    title: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    """A source item that could not be turned into an article, and why."""

    source: str
    reason: str
    # What was rejected, when it is one item of a file holding many (a feed item, a JSONL
    # line, a record of a JSON list): a hash of the file (or feed URL) and the item's
    # content, the same wherever the item sits in the file. None for a whole file. Not part
    # of equality: a rejection is still its source and reason.
    item: str | None = field(default=None, compare=False)


@dataclass
class Mention:
    """A temporal expression found in a text, normalized against the reference time."""

    start: int  # character offsets into the text
    end: int
    text: str
    type: str  # TIMEX3 type: DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2016-05-03, 2014-09, P2W, PAST_REF, ...
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ...
    relation: str = "on"  # on, since, until, from, before, after, during
    date_start: date | None = None  # inclusive calendar interval the mention denotes
    date_end: date | None = None
    time_start: datetime | None = None  # set for clock times
    time_end: datetime | None = None
    granularity: str | None = None  # minute, hour, part_of_day, day, week, month, ...
    anchor: str = "absolute"  # absolute, dateline, previous
    certainty: str = "exact"  # exact, ambiguous

    @property
    def places_event(self) -> bool:
        """Whether the mention puts its sentence on the calendar (DESIGN: events)."""
        return self.date_start is not None and self.date_end is not None


@dataclass
class Event:
    """A sentence placed on the calendar by one of its mentions: a row of `timeline`."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    expression: str | None
    char_start: int
    char_end: int
    timex_type: str
    timex_value: str
    timex_mod: str | None
    relation: str
    date_start: date
    date_end: date
    time_start: datetime | None
    time_end: datetime | None
    granularity: str
    anchor: str
    certainty: str
    lang: str
    implicit: bool = False
