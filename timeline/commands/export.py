"""`timeline export --format csv|json|parquet|ics [-o FILE] [filters]`."""

from __future__ import annotations

import argparse
import sys


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The event filters that show, chart and export share."""
    p.add_argument("--db", help="database file (default: $TIMELINE_DB or ./timeline.duckdb)")
    p.add_argument("--since", metavar="DATE",
                   help="only events whose interval ends on or after DATE (ISO: 2016, "
                        "2016-05, 2016-05-03)")
    p.add_argument("--until", metavar="DATE",
                   help="only events whose interval starts on or before DATE")
    p.add_argument("--lang", choices=["de", "en"], help="only articles in this language")
    p.add_argument("--source", metavar="SUBSTR",
                   help="only articles whose source path, agency or title contains SUBSTR")
    p.add_argument("--about", metavar="WORD", action="append",
                   help="only events whose sentence, or whose article's title or dateline "
                        "place, has a word starting with WORD (case-insensitive: 'Iraq' "
                        "also finds 'Iraqi'); repeat for any of several: --about Iraq "
                        "--about Irak")


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(
        name, help=help_text, description=help_text + ". CSV has a header row; JSON is "
        "JSON Lines (one object per line); ICS is an iCalendar file with one event per "
        "timeline row (all-day for dates, timed for clock times).")
    p.add_argument("--format", choices=["csv", "json", "parquet", "ics"], default="csv",
                   help="output format (default csv)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (default: stdout; parquet needs a file)")
    add_filter_arguments(p)


def run(args: argparse.Namespace) -> int:
    from timeline.export import EventFilter, ExportError, copy_events, fetch_events, write_ics
    from timeline.store import StoreError, default_db_path, open_read_only

    try:
        flt = EventFilter.from_args(args)
        con = open_read_only(default_db_path(args.db))
        try:
            if args.format == "ics":
                count = write_ics(fetch_events(con, flt), args.output)
            else:
                count = copy_events(con, flt, args.format, args.output)
        finally:
            con.close()
    except (ExportError, StoreError) as err:
        print(f"timeline export: {err}", file=sys.stderr)
        return 2
    if args.output:
        print(f"wrote {count} events to {args.output}", file=sys.stderr)
    return 0
