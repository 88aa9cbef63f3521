"""The day of a live ticker's or a timeline's time stamps ("19.30 Uhr: ...", "13:52 - ...").

Entries of a live blog are stamped with clock times of the day it is written; a timeline
in a report ("Postmortem: the outage of November 27 ... 13:52 - a change rolls out") stamps
the day it named before its first entry. Every stamp of a text takes the same day, however
many other days the entries mention.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.engine import DAY_OR_FINER, Context


def ticker_day(ctx: Context, first_stamp: re.Pattern, pos: int | None = None
               ) -> tuple[date, str]:
    """The day of the text's time stamps, with its anchor kind: the day of a heading line
    above the stamp at `pos` ("TUESDAY, OCTOBER 17" over "2.15pm: Arrival at ..."), else
    the last day placed before the first stamp (`first_stamp` finds it) that is not after
    the dateline (a ticker tells what has happened: "starts today ... the finish next
    Sunday"), or the last one of all when every such day is still to come (the timetable
    of a launch); else the dateline's."""
    if pos is not None and (heading := _heading_day(ctx, pos)) is not None:
        return heading, "previous"
    key = ("ticker_day", first_stamp.pattern)
    if key not in ctx.notes:  # once per text: every stamp takes the same day
        stamp = first_stamp.search(ctx.text)
        ctx.notes[key] = _day_before_stamps(ctx, stamp.start()) if stamp else None
    day = ctx.notes[key]
    return (day, "previous") if day else (ctx.ref_day, ctx.anchor_kind)


def _day_before_stamps(ctx: Context, pos: int) -> date | None:
    days = [placed.start for start, _, placed in ctx.placed
            if start < pos and placed.granularity in DAY_OR_FINER]
    gone_by = [d for d in days if d <= ctx.ref_day]
    return (gone_by or days or [None])[-1]


def _heading_day(ctx: Context, pos: int) -> date | None:
    """The day of the last date placed before `pos` off the stamped lines, when that date
    fills a line of its own (a programme's or a blog's heading) and only stamped lines
    follow it."""
    for start, end, placed in reversed(ctx.placed):
        if start >= pos:
            continue
        line_start = ctx.text.rfind("\n", 0, start) + 1
        if _STAMPED_LINE.match(ctx.text, line_start):
            continue  # a time of an entry above
        line_end = ctx.text.find("\n", end)
        line = ctx.text[line_start:len(ctx.text) if line_end < 0 else line_end]
        if placed.granularity != "day" or line_end < 0 or \
                line.strip(" \t:.-") != ctx.text[start:end]:
            return None
        below = ctx.text[line_end:pos]
        return placed.start if all(not row.strip() or _STAMPED_LINE.match(row)
                                   for row in below.split("\n")) else None
    return None


# a line opening with a time and a colon or a dash ("2.15pm: ...", "Noon: ...", "19.30 Uhr -")
_STAMPED_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|Uhr)?|Noon|Midnight|"
                           r"Mittag|Mitternacht)\s*[:\u2013\u2014-]\s", re.IGNORECASE)
