"""`timeline show`: the timeline in date order, as a table for people or CSV/JSON."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from datetime import date, datetime

SENTENCE_CHARS = 110
PIPED_WIDTH = 160
MIN_WIDTH_FOR_SOURCE = 110


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    from timeline.commands.export import add_filter_arguments

    p = sub.add_parser(
        name, help=help_text,
        description=help_text + " (by start, then end, then article and position). An "
        "event is shown when its interval overlaps [--since, --until]. In the table, "
        "'~' marks an ambiguous date (the dateline was too coarse to pin it down) and "
        "'·' the lead sentence placed at the dateline.")
    add_filter_arguments(p)
    p.add_argument("--article", metavar="ID", help="only this article")
    p.add_argument("--group-by-article", action="store_true",
                   help="one table per article, each in date order")
    p.add_argument("--limit", type=int, metavar="N", help="show at most N events")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="table (default), csv (all columns, header row) or json "
                        "(JSON Lines: one object per event, all columns)")


def run(args: argparse.Namespace) -> int:
    from timeline.export import EventFilter, ExportError, fetch_events
    from timeline.humanize import humanize_row
    from timeline.store import StoreError, default_db_path, open_read_only

    if args.limit is not None and args.limit < 0:
        print("timeline show: --limit must be 0 or more", file=sys.stderr)
        return 2
    try:
        flt = EventFilter.from_args(args)
        con = open_read_only(default_db_path(args.db))
        try:
            rows = fetch_events(con, flt, args.limit)
        finally:
            con.close()
    except (ExportError, StoreError) as err:
        print(f"timeline show: {err}", file=sys.stderr)
        return 2
    for row in rows:
        row["when"] = humanize_row(row)
    if args.format == "csv":
        write_csv(rows, sys.stdout)
    elif args.format == "json":
        write_json_lines(rows, sys.stdout)
    else:
        print_tables(rows, args.group_by_article)
    return 0


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_csv(rows: list[dict], out) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _plain(v) for k, v in row.items()})


def write_json_lines(rows: list[dict], out) -> None:
    for row in rows:
        out.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False))
        out.write("\n")


def _trim(text: str | None, limit: int, keep: str | None = None) -> str:
    """`text` cut to `limit` characters, keeping the part around `keep` (the expression)
    in view when it lies past the cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    at = text.find(keep) if keep else -1
    if at < 0 or at + len(keep) <= limit - 1:
        return text[: limit - 1].rstrip() + "…"
    start = max(0, min(at - limit // 3, len(text) - (limit - 2)))
    end = start + limit - 2
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _marker(row: dict) -> str:
    if row.get("certainty") == "ambiguous":
        return "~"
    return "·" if row.get("implicit") else ""


def _short_source(source: str) -> str:
    """A path under the current folder, relative to it: shorter in a narrow column."""
    if os.path.isabs(source):
        cwd = os.getcwd() + os.sep
        if source.startswith(cwd):
            return source[len(cwd):]
    return source


def _origin(row: dict) -> str:
    place = row.get("place")
    source = _short_source(row.get("source") or row.get("article_id") or "")
    return f"{source} ({place})" if place else source


def _table(rows: list[dict], title: str | None, with_origin: bool):
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False, expand=False,
                  header_style="bold")
    table.add_column("", width=1, no_wrap=True)
    table.add_column("when", no_wrap=True, style="cyan")
    table.add_column("expression", style="magenta", max_width=28)
    table.add_column("sentence", ratio=1, min_width=30)
    if with_origin:
        table.add_column("source", style="dim", max_width=36, overflow="fold")
    for row in rows:
        cells = [_marker(row), row["when"], row.get("expression") or "(dateline)",
                 _trim(row.get("sentence"), SENTENCE_CHARS, row.get("expression"))]
        if with_origin:
            cells.append(_origin(row))
        table.add_row(*cells)
    return table


def print_tables(rows: list[dict], group_by_article: bool) -> None:
    from rich.console import Console

    console = Console()
    if not console.is_terminal:  # piped or captured: no width to fit, so use a readable one
        console = Console(width=PIPED_WIDTH)
    if not rows:
        console.print("no events match (is the database empty, or the filters too narrow?)")
        return
    if not group_by_article:
        # a narrow terminal has no room for the source: better whole sentences than a
        # column folded into a letter per line
        console.print(_table(rows, None, with_origin=console.width >= MIN_WIDTH_FOR_SOURCE))
    else:
        groups: dict[str, list[dict]] = {}
        for row in rows:
            groups.setdefault(row["article_id"], []).append(row)
        for article_rows in groups.values():
            first = article_rows[0]
            head = first.get("title") or _short_source(first.get("source") or "") \
                or first["article_id"]
            line = " · ".join(str(x) for x in (head, first.get("place"), first.get("agency"),
                                               _dateline(first)) if x)
            console.print(_table(article_rows, line, with_origin=False))
    console.print(f"[dim]{len(rows)} events[/dim]")


def _dateline(row: dict) -> str | None:
    dct, precision = row.get("dct"), row.get("dct_precision")
    if dct is None:
        return None
    fmt = {"year": "%Y", "month": "%Y-%m", "minute": "%Y-%m-%d %H:%M"}.get(precision,
                                                                          "%Y-%m-%d")
    return dct.strftime(fmt)
