"""`timeline ingest [PATHS...] [--db] [--default-date ISO] [--batch-size N] [--workers N]
[--dask ADDRESS] [-v]`.

Runs the Prefect ingest flow in this process (a temporary Prefect server starts when none is
configured) and shows progress and a summary. Exit 0 when the run completed, even with
rejected files (they are listed); 1 when the run failed. With --dask (or
$TIMELINE_DASK_ADDRESS) the articles are read and tagged on that Dask cluster, and this
process writes the database.
"""

from __future__ import annotations

import argparse
import os
import sys

from timeline.commands.checks import bad_default_date, missing_paths

DEFAULT_INBOX = "inbox"
PRINTED_REJECTIONS = 20  # the rest are in the rejections table
DASK_ADDRESS_VARIABLE = "TIMELINE_DASK_ADDRESS"  # the default of --dask


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(name, help=help_text, description=help_text + ". Files that did not "
                       "change since the last run are skipped; changed ones replace their "
                       "events.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=f"files or folders to read, or feed URLs (http/https) to fetch "
                        f"(default: ./{DEFAULT_INBOX})")
    p.add_argument("--db", help="database file (default: $TIMELINE_DB or ./timeline.duckdb)")
    p.add_argument("--default-date", metavar="ISO",
                   help="reference time for articles without a dateline (e.g. 2016-05-04); "
                        "without it such articles are rejected")
    p.add_argument("--lang", choices=["de", "en"],
                   help="language of articles that do not say (default: detect)")
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="articles per extract/store batch (default: 2000)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for extraction (default: number of cores, at most 4; "
                        "not used with --dask)")
    add_dask_option(p)
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")


def add_dask_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask", metavar="ADDRESS",
                   help=f"read and tag the articles on the Dask cluster whose scheduler is "
                        f"at ADDRESS (e.g. tcp://10.0.0.5:8786; default: "
                        f"${DASK_ADDRESS_VARIABLE}); its workers need the timeline package "
                        f"and the same view of the input files; this process writes the "
                        f"database")


def dask_address(args: argparse.Namespace) -> str | None:
    """--dask, else $TIMELINE_DASK_ADDRESS (unset or empty: the local worker processes)."""
    return args.dask or os.environ.get(DASK_ADDRESS_VARIABLE) or None


def quiet_prefect(verbose: bool) -> None:
    """Prefect logs to the console at INFO; the CLI prints its own progress instead.
    Must run before Prefect is imported."""
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_ROOT_LEVEL", "WARNING")


def run(args: argparse.Namespace) -> int:
    from timeline.store import default_db_path

    paths = args.paths or [DEFAULT_INBOX]
    if missing_paths("ingest", paths):
        return 2
    if bad_default_date("ingest", args.default_date):
        return 2
    if args.batch_size is not None and args.batch_size < 1:
        print("timeline ingest: --batch-size must be at least 1", file=sys.stderr)
        return 2
    db = default_db_path(args.db)
    quiet_prefect(args.verbose)

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn(), TextColumn("{task.fields[counts]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("starting Prefect", total=None, counts="")
        from flows.ingest import (
            DEFAULT_BATCH_SIZE,
            DEFAULT_WORKERS,
            add_progress_listener,
            ingest_flow,
            remove_progress_listener,
        )

        def show(stage: str, t) -> None:
            if stage == "waiting":
                progress.update(bar, description="waiting for another ingest run on this "
                                                 "database")
                return
            progress.update(
                bar, description="files", total=t.files or None, completed=t.files_read,
                counts=f"{t.added} added · {t.updated} updated · {t.unchanged} unchanged · "
                       f"{t.rejected} rejected · {t.events_added} events")

        add_progress_listener(show)
        try:
            summary = ingest_flow(
                paths=[str(p) for p in paths], db=db, default_reference=args.default_date,
                batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
                workers=args.workers or DEFAULT_WORKERS, default_lang=args.lang,
                dask_address=dask_address(args))
        except Exception as err:
            progress.stop()
            print(f"timeline ingest: the run failed: {type(err).__name__}: {err}",
                  file=sys.stderr)
            return 1
        finally:
            remove_progress_listener(show)
    print_summary(summary)
    stored = summary["added"] + summary["updated"] + summary["unchanged"]
    if summary["failed"] and not stored:
        print("timeline ingest: nothing could be stored: tagging failed for every article "
              "(an internal error; see the reasons above)", file=sys.stderr)
        return 1
    return 0


def print_summary(summary: dict) -> None:
    print(f"{summary['db']}: {summary['files']} files, {summary['seen']} articles seen: "
          f"{summary['added']} added, {summary['updated']} updated, "
          f"{summary['unchanged']} unchanged, {summary['rejected']} rejected, "
          f"{summary['deleted']} deleted; {summary['events_added']} events added")
    if summary.get("unchanged_rejected"):
        print(f"  {summary['unchanged_rejected']} rejections from unchanged files were "
              f"recorded by earlier runs (not repeated)")
    if summary.get("interrupted_runs"):
        print(f"  {len(summary['interrupted_runs'])} earlier run(s) had ended without "
              f"finishing; marked interrupted, and their work is done now")
    shown = summary["rejections"][:PRINTED_REJECTIONS]
    for r in shown:
        print(f"  rejected {r['source']}: {r['reason']}")
    more = summary["rejected"] - len(shown)
    if more > 0:
        print(f"  ...and {more} more: timeline sql \"SELECT * FROM rejections "
              f"WHERE run_id = '{summary['run_id']}'\"")
