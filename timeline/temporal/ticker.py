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


def ticker_day(ctx: Context, first_stamp: re.Pattern) -> tuple[date, str]:
    """The day of the text's time stamps, with its anchor kind: the last day placed
    before the first stamp (`first_stamp` finds it) that is not after the dateline (a
    ticker tells what has happened: "starts today ... the finish next Sunday"), or the
    last one of all when every such day is still to come (the timetable of a launch);
    else the dateline's."""
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
