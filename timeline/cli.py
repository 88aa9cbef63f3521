"""The `timeline` command: a thin dispatcher over timeline/commands/*.

Each command module defines `register(subparsers)` (adds its parser with `--help` text)
and `run(args) -> int`. Modules are imported only when their command runs, so that
`timeline parse` and `timeline tag` start fast (Prefect is heavy).
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> module under timeline.commands, one line of help
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("ingest", "read articles into the timeline database (runs the Prefect flow)"),
    "show": ("show", "print the timeline in date order"),
    "sql": ("sql", "run a read-only SQL query against the database"),
    "parse": ("parse", "resolve one temporal expression against a reference time"),
    "tag": ("tag", "tag documents (JSONL: id, lang, dct, text) and write their timexes"),
    "eval": ("evaluate", "score the tagger on gold documents (TempEval-3 metric)"),
    "serve": ("serve", "run ingest on a schedule (Prefect deployment)"),
    "chart": ("chart", "draw the timeline as a self-contained HTML page or PNG"),
    "export": ("export", "export events as CSV, JSON, Parquet or ICS"),
}


def _module(name: str):
    return importlib.import_module(f"timeline.commands.{COMMANDS[name][0]}")


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Extract dated events from German and English news into DuckDB.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = next((a for a in argv if not a.startswith("-")), None)
    for name, (_, help_text) in COMMANDS.items():
        if wanted == name:
            _module(name).register(sub, name, help_text)
        else:  # listed in --help without importing the module
            sub.add_parser(name, help=help_text)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return _module(args.command).run(args) or 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
