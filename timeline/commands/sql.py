"""`timeline sql "QUERY" [--db] [--format table|csv|json]`: read-only SQL on the timeline.

The database is opened read-only, so DuckDB itself refuses any statement that would write.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime, time
from decimal import Decimal


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(
        name, help=help_text, description=help_text + ". Tables: articles, timeline, "
        "ingest_runs, rejections; view: timeline_view (events with their article).",
        epilog="example: timeline sql \"SELECT date_start, date_end, sentence FROM "
               "timeline_view WHERE place = 'Stuttgart' AND date_start >= '2016-05-01'\"")
    p.add_argument("query", help="one SQL query (SELECT, DESCRIBE, SHOW, ...)")
    p.add_argument("--db", help="database file (default: $TIMELINE_DB or ./timeline.duckdb)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="output format (default: table)")
    p.add_argument("--max-width", type=int, default=60, metavar="N",
                   help="cut table cells longer than N characters (default: 60; 0: never)")


def run(args: argparse.Namespace) -> int:
    import duckdb

    from timeline.store import StoreError, default_db_path, open_read_only

    db = default_db_path(args.db)
    try:
        con = open_read_only(db)
    except StoreError as err:
        print(f"timeline sql: {err}", file=sys.stderr)
        return 1
    try:
        cursor = con.execute(args.query)
        if cursor.description is None:  # a statement without a result
            return 0
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    except duckdb.Error as err:
        message = str(err)
        if "read-only" in message:
            print(f"timeline sql: refused: the database is opened read-only, and this "
                  f"statement would change it ({message})", file=sys.stderr)
        else:
            print(f"timeline sql: {message}", file=sys.stderr)
        return 1
    finally:
        con.close()
    write_rows(columns, rows, args.format, args.max_width, sys.stdout)
    return 0


def _plain(value):
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_rows(columns: list[str], rows: list[tuple], fmt: str, max_width: int, out) -> None:
    if fmt == "json":
        for row in rows:
            out.write(json.dumps({c: _plain(v) for c, v in zip(columns, row, strict=True)},
                                 ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    else:
        _write_table(columns, rows, max_width, out)


def _write_table(columns: list[str], rows: list[tuple], max_width: int, out) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        cells = []
        for v in row:
            text = "NULL" if v is None else str(_plain(v))
            if max_width and len(text) > max_width:
                text = text[: max_width - 1] + "…"
            cells.append(text)
        table.add_row(*cells)
    Console(file=out, width=max(200, Console().width)).print(table)
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=out)
