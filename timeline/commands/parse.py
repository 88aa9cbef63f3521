"""`timeline parse "EXPR" --ref DATE [--lang de|en]`: resolve one expression (debug aid).

Starts fast: only the tagger is imported (no Prefect, no DuckDB).
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(
        name, help=help_text, description=help_text + ". Prints every temporal expression "
        "found in the text with its TIMEX3 type, value and mod, the calendar interval, its "
        "granularity, how it was anchored and how certain it is.",
        epilog='example: timeline parse "Am Dienstag war" --ref 2018-10 --lang de')
    p.add_argument("text", help="the expression, ideally with its clause (tense matters)")
    p.add_argument("--ref", required=True, metavar="DATE",
                   help="reference time, ISO at any precision (2018, 2018-10, 2016-05-04, "
                        "2016-05-04T10:30)")
    p.add_argument("--lang", choices=["de", "en"], default="de", help="language (default: de)")


def describe(m) -> str:
    """One mention as aligned `field: value` lines."""
    if m.time_start is not None:
        interval = f"{m.time_start.isoformat()} .. {m.time_end.isoformat()}"
    elif m.date_start is not None:
        interval = f"{m.date_start.isoformat()} .. {m.date_end.isoformat()}"
    else:
        interval = "(none: does not place an event)"
    fields = [
        ("text", f"{m.text!r} [{m.start}:{m.end}]"), ("type", m.type), ("value", m.value),
        ("mod", m.mod or "-"), ("relation", m.relation), ("interval", interval),
        ("granularity", m.granularity or "-"), ("anchor", m.anchor),
        ("certainty", m.certainty),
    ]
    return "\n".join(f"{k:<12} {v}" for k, v in fields)


def run(args: argparse.Namespace) -> int:
    from timeline.dateline import parse_iso_reference
    from timeline.temporal import tag

    try:
        reference = parse_iso_reference(args.ref)
    except ValueError as err:
        print(f"timeline parse: --ref: {err}", file=sys.stderr)
        return 2
    mentions = tag(args.text, args.lang, reference)
    if not mentions:
        print(f"no temporal expression found in {args.text!r} ({args.lang})", file=sys.stderr)
        return 1
    print(f"reference    {reference.iso} ({reference.precision})")
    for m in mentions:
        print()
        print(describe(m))
    return 0
