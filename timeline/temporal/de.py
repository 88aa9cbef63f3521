"""German temporal expressions: the language module the engine runs (RULES, tense,
relation).

Spans follow the TIMEX3 annotation of German news (KRAUTS): a contracted preposition
("am", "im", "seit") stays outside the span, a determiner before an adjective and a noun
("den vergangenen Tagen", "der zweiten Jahreshälfte") and a modifier ("Anfang Mai", "rund
200 Stunden") inside.

Where things are:
- de_rules.py: the patterns, which handler reads each, their trigger gates (see gate.py)
- de_match.py: building blocks and context helpers shared by the handlers
- handlers by family: de_dates.py (days, months), de_years.py (years, decades,
  centuries), de_periods.py (seasons, quarters, ISO weeks), de_weekdays.py (weekdays,
  weekends, holidays), de_relative.py (deictic and relative dates), de_times.py (clock
  times, parts of the day), de_durations.py (durations, offsets), de_sets.py (sets)
- de_lexicon.py: the vocabulary; de_tense.py: tense and prepositions; de_calendar.py
  (news) and de_story.py (narratives): the year of an undated day or month;
  de_triggers.py: the trigger words each rule runs near
"""

from __future__ import annotations

import re

from timeline.temporal.de_rules import RULES
from timeline.temporal.de_tense import relation, tense

# The date of a dateline that goes on with the text ("Dresden, 16. Februar 1990. Das
# Staatsschauspiel ...") is the document's, not a timex: no German gold we know tags it
# (KRAUTS datelines carry no date; every one of our German writers leaves it out). TBAQ
# tags English wire datelines on a line of their own ("WASHINGTON, August 8 (Xinhua) --"),
# and English keeps those (not those the story goes on from in the same line).
DATELINE_DATE_IS_TIMEX = False

# a time named only to compare with ("40 weniger als in der Silvesternacht 2023", "mehr als
# im Juli"): the text does not move to it, what follows stays on the day it told of (the
# engine reads this before each mention; English has none: "than last year, when runners
# faced heat on Oct. 10" opens an episode)
COMPARED_WITH = re.compile(r"\bals\s+(?:(?:in|im|am|an|zum|zur|bei)\s+)?"
                           r"(?:(?:der|die|das|dem|den|des)\s+)?$")

__all__ = ["COMPARED_WITH", "DATELINE_DATE_IS_TIMEX", "RULES", "relation", "tense"]
