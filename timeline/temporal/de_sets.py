"""Handlers for sets: recurring times ("täglich", "jeden Montag", "alle zwei Wochen",
"jeden Abend")."""

from __future__ import annotations

import re

from timeline.temporal.de_lexicon import (
    DAY_PARTS,
    FIXED_HOLIDAYS,
    UNITS,
    WEEKDAYS,
    month_number,
)
from timeline.temporal.de_match import duration_value, format_number, group, number, unit_stem
from timeline.temporal.engine import Context, Timex

_SET_WORDS = {"vierteljährlich": "P3M", "halbjährlich": "P6M",
              "halbstündlich": "PT30M", "viertelstündlich": "PT15M",
              "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
              "stündlich": "PT1H", "alljährlich": "P1Y", "allabendlich": "P1D",
              "werktags": "XXXX-WXX-WD", "wochentags": "XXXX-WXX-WD",
              "wochenends": "XXXX-WXX-WE"}


def set_word(m: re.Match, ctx: Context) -> Timex:
    word = group(m, "sw").lower()
    for stem, value in _SET_WORDS.items():
        if word.startswith(stem):
            return Timex("SET", value)
    raise AssertionError(word)


def weekday_set(m: re.Match, ctx: Context) -> Timex:
    if group(m, "nth") and group(m, "inmonth"):
        return Timex("SET", "P1M")  # "jeden ersten Montag im Monat": once a month
    wd = WEEKDAYS[group(m, "wds").lower()] + 1
    part = group(m, "spart")
    value = f"XXXX-WXX-{wd}"
    if part:
        value += f"T{DAY_PARTS[part.lower()]}"
    return Timex("SET", value)


_DISTANCE_BEFORE = re.compile(r"\b(?:Kilometern?|Metern?|Meilen|Knoten|km|m)\s+$")


def every_unit(m: re.Match, ctx: Context) -> Timex | None:
    """"jeden Tag", "jede Woche", "alle zwei Wochen", "pro Tag", "einmal im Monat"."""
    if group(m, "eu3"):
        return Timex("SET", "P1D")  # "drei Kilometer pro Nacht": one night of each day
    if _DISTANCE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "120 Kilometer pro Stunde": a speed
    if group(m, "half"):
        return Timex("SET", "PT30M")  # "alle halbe Stunde"
    stem = unit_stem(group(m, "eu") or group(m, "eu2"))
    n = number(group(m, "every")) if group(m, "every") else 1
    if n is None:
        n = 1
    code = UNITS[stem]
    if code in ("S", "MIN", "H"):
        return Timex("SET", f"PT{format_number(n)}{ {'S': 'S', 'MIN': 'M', 'H': 'H'}[code]}")
    if code == "Q":  # "pro Quartal": every three months
        return Timex("SET", f"P{format_number(3 * n)}M")
    return Timex("SET", duration_value(n, stem))


def every_part(m: re.Match, ctx: Context) -> Timex:
    """"jeden Abend", "allnächtlich", "jede klare Nacht": that part of every day (a
    history counts nights: P1NI)."""
    if group(m, "enight") and ctx.narrative:
        return Timex("SET", "P1NI")
    return Timex("SET", "XXXX-XX-XXT" + DAY_PARTS.get(
        (group(m, "epart") or "").lower(), "EV" if "abend" in m.group(0).lower() else
        "MO" if "morgen" in m.group(0).lower() else "NI"))


def weekday_set_lower(m: re.Match) -> Timex:
    """"montags": every Monday; "freitagnachmittags": every Friday afternoon."""
    wd = WEEKDAYS[group(m, "wds").lower()] + 1
    part = group(m, "spart")
    return Timex("SET", f"XXXX-WXX-{wd}" + (f"T{DAY_PARTS[part]}" if part else ""))


_RHYTHM_UNITS = {"halbstunden": "PT30M", "viertelstunden": "PT15M", "stunden": "PT{n}H",
                 "minuten": "PT{n}M"}


def rhythm(m: re.Match, ctx: Context) -> Timex | None:
    """"im Halbstundentakt", "im 15-Minuten-Takt", "im Zwei-Stunden-Takt": a SET."""
    unit = group(m, "tu").lower()
    n = number(group(m, "tn")) if group(m, "tn") else None
    if unit == "minuten" and n is None:
        return None  # "Minutentakt": how many minutes is not said
    value = _RHYTHM_UNITS[unit].format(n=format_number(n) if n else 1)
    return Timex("SET", value)


# fixed feasts a yearly habit may name: "jedes Jahr zu Weihnachten"
YEARLY_FEASTS = ("Weihnachten", "Heiligabend", "Silvester", "Neujahr", "Allerheiligen",
                 "Nikolaus")


def yearly_day(m: re.Match, ctx: Context) -> Timex | None:
    """"jedes Jahr am 13. August", "jedes Jahr zu Weihnachten": that day of every year;
    "jedes Jahr im Juli": that month of every year."""
    feast = group(m, "yfeast")
    if not feast and not group(m, "yday"):
        return Timex("SET", f"XXXX-{month_number(group(m, 'month')):02d}")
    if feast:
        month, day = FIXED_HOLIDAYS[feast.lower() if feast != "Nikolaus" else "nikolaustag"]
    else:
        month, day = month_number(group(m, "month")), int(group(m, "yday"))
    return Timex("SET", f"XXXX-{month:02d}-{day:02d}")

