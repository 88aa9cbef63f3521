"""`timeline chart`: the timeline as a self-contained HTML page (or a PNG picture)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    from timeline.commands.export import add_filter_arguments

    p = sub.add_parser(
        name, help=help_text,
        description=help_text + ". The HTML page needs no network: open it in any browser "
        "(scroll to zoom, drag to pan, hover for the sentence, sortable table below).")
    add_filter_arguments(p)
    p.add_argument("-o", "--output", metavar="FILE",
                   help="output file (default timeline.html, or timeline.png with "
                        "--format png)")
    p.add_argument("--format", choices=["html", "png"], default=None,
                   help="html (default; interactive) or png (static picture); taken from "
                        "the -o suffix when not given")
    p.add_argument("--title", default=None, help="heading of the chart")
    p.add_argument("--colour-by", choices=["article", "lang"], default="article",
                   help="colour of the marks in the PNG (the page can switch)")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and args.output.lower().endswith(".png"):
        return "png"
    return "html"


def _subtitle(rows: list[dict], args: argparse.Namespace, db: str) -> str:
    articles = len({r["article_id"] for r in rows})
    parts = [f"{len(rows)} events from {articles} article{'s' if articles != 1 else ''}",
             f"database {db}"]
    filters = [f"{k} {getattr(args, k)}" for k in ("since", "until", "lang", "source")
               if getattr(args, k, None)]
    if filters:
        parts.append("filtered: " + ", ".join(filters))
    return " · ".join(parts)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from timeline.export import EventFilter, ExportError, fetch_events
    from timeline.store import StoreError, default_db_path, open_read_only

    fmt = _format(args)
    output = args.output or f"timeline.{fmt}"
    db = default_db_path(args.db)
    try:
        flt = EventFilter.from_args(args)
        con = open_read_only(db)
        try:
            rows = fetch_events(con, flt)
        finally:
            con.close()
    except (ExportError, StoreError) as err:
        print(f"timeline chart: {err}", file=sys.stderr)
        return 2
    if not Path(output).resolve().parent.is_dir():
        print(f"timeline chart: {output}: folder does not exist", file=sys.stderr)
        return 2
    title = args.title or "Timeline"
    if fmt == "png":
        from timeline.chart.png import render_png

        render_png(rows, output, title=title, colour_by=args.colour_by)
    else:
        from timeline.chart import chart_data, render_html

        html = render_html(chart_data(rows, title, _subtitle(rows, args, db)))
        Path(output).write_text(html, encoding="utf-8")
    print(f"wrote {len(rows)} events to {output}", file=sys.stderr)
    return 0
