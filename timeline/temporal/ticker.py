"""The day of a live ticker's or a timeline's time stamps ("19.30 Uhr: ...", "13:52 - ...").

Entries of a live blog are stamped with clock times of the day it is written; a timeline
in a report ("Postmortem: the outage of November 27 ... 13:52 - a change rolls out") stamps
the day it named before its first entry. Every stamp of a text takes the same day, however
many other days the entries mention.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.engine import Context


def ticker_day(ctx: Context, first_stamp: re.Pattern) -> tuple[date, str]:
    """The day of the text's time stamps, with its anchor kind: the last day placed
    before the first stamp (`first_stamp` finds it), else the dateline's."""
    key = ("ticker_day", first_stamp.pattern)
    if key not in ctx.notes:  # once per text: every stamp takes the same day
        stamp = first_stamp.search(ctx.text)
        ctx.notes[key] = ctx.day_placed_before(stamp.start()) if stamp else None
    day = ctx.notes[key]
    return (day, "previous") if day else (ctx.ref_day, ctx.anchor_kind)
