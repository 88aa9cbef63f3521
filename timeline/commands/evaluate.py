"""`timeline eval GOLD.jsonl [--system SYSTEM.jsonl] [--by-subset] [--errors N]`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("gold", nargs="+", help="gold document JSONL file(s)")
    p.add_argument("--system", help="score this system file instead of tagging the gold text")
    p.add_argument("--by-subset", action="store_true", help="also report each subset")
    p.add_argument("--errors", type=int, default=0, metavar="N",
                   help="print the first N value errors")
    p.add_argument("--anchor", choices=["auto", "dateline", "story"], default="auto",
                   help="anchor relative dates on the dateline, on the story, or decide "
                        "per document (default)")


def run(args: argparse.Namespace) -> int:
    import sys

    from timeline.evaluate import InputError, evaluate_file, format_scores

    if args.system and len(args.gold) > 1:
        raise SystemExit("--system goes with a single gold file")
    for path in args.gold:
        try:
            results, errors = evaluate_file(path, args.system, args.by_subset, args.anchor)
        except InputError as err:
            print(f"timeline eval: {err}", file=sys.stderr)
            return 2
        print(f"# {path}")
        for key in sorted(results, key=lambda k: (k != "ALL", k)):
            print(format_scores(key, results[key]))
        for e in errors[: args.errors]:
            print("   value error:", e)
    return 0
