"""`timeline serve --cron EXPR | --interval SECONDS [--source DIR ...] [--db] [--dask ADDRESS]`.

Serves the ingest flow as a scheduled Prefect deployment until interrupted. With
PREFECT_API_URL set it uses that server; otherwise it starts a local Prefect server (which,
unlike the temporary one, schedules runs) and stops it on exit.
"""

from __future__ import annotations

import argparse
import os
import sys

from timeline.commands.checks import bad_default_date, missing_paths
from timeline.commands.ingest import add_dask_option, dask_address
from timeline.commands.shutdown import exit_within

DEFAULT_SOURCE = "inbox"
SHUTDOWN_GRACE_SECONDS = 45  # after Ctrl-C; then child processes are stopped


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(
        name, help=help_text, description=help_text + ". Runs until Ctrl-C. Without "
        "PREFECT_API_URL a local Prefect server is started on a free port (its UI shows the "
        "runs) and stopped on exit.",
        epilog="example: timeline serve --interval 300 --source inbox --db timeline.duckdb")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "*/15 * * * *"')
    when.add_argument("--interval", type=float, metavar="SECONDS",
                      help="run every SECONDS seconds")
    p.add_argument("--source", action="append", metavar="DIR",
                   help=f"file, folder or feed URL (http/https) to ingest; repeatable "
                        f"(default: ./{DEFAULT_SOURCE})")
    p.add_argument("--db", help="database file (default: $TIMELINE_DB or ./timeline.duckdb)")
    p.add_argument("--default-date", metavar="ISO",
                   help="reference time for articles without a dateline")
    add_dask_option(p)
    p.add_argument("--name", default="timeline-ingest", help="deployment name")
    p.add_argument("--port", type=int, help="port for the local Prefect server (default: free)")
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")


def run(args: argparse.Namespace) -> int:
    from timeline.commands.ingest import quiet_prefect
    from timeline.store import default_db_path

    sources = args.source or [DEFAULT_SOURCE]
    if missing_paths("serve", sources):
        return 2
    if args.interval is not None and args.interval <= 0:
        print("timeline serve: --interval must be positive", file=sys.stderr)
        return 2
    if bad_default_date("serve", args.default_date):
        return 2
    db = default_db_path(args.db)
    quiet_prefect(args.verbose)
    exit_within(SHUTDOWN_GRACE_SECONDS, "timeline serve")

    import flows  # noqa: F401  (Prefect defaults, before Prefect is imported)
    from flows.serve import local_server

    if os.environ.get("PREFECT_API_URL"):
        print(f"using the Prefect server at {os.environ['PREFECT_API_URL']}", file=sys.stderr)
        return _serve(args, sources, db)
    print("starting a local Prefect server...", file=sys.stderr, flush=True)
    try:
        with local_server(args.port) as api_url:
            ui = api_url.removesuffix("/api")
            print(f"local Prefect server at {ui} (runs and their summaries are shown there)",
                  file=sys.stderr, flush=True)
            # Prefect reads its settings when first imported: set the URL before that.
            os.environ["PREFECT_API_URL"] = api_url
            try:
                return _serve(args, sources, db)
            finally:
                print("stopping the local Prefect server...", file=sys.stderr, flush=True)
    except RuntimeError as err:
        print(f"timeline serve: {err}", file=sys.stderr)
        return 1


def _serve(args: argparse.Namespace, sources: list[str], db: str) -> int:
    from flows.serve import build_deployment, serve_deployment

    deployment = build_deployment(sources, db, cron=args.cron, interval=args.interval,
                                  default_reference=args.default_date, name=args.name,
                                  dask_address=dask_address(args))
    try:
        serve_deployment(deployment)
    except KeyboardInterrupt:
        print("stopped serving", file=sys.stderr)
    return 0
