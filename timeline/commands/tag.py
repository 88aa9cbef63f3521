"""`timeline tag [FILE|-] [--anchor auto|dateline|story]`: tag documents, one JSON line each.

Reads document JSONL (`id`, `lang`, `dct`, `text`) line by line and writes `{"id", "timexes"}`
per document as soon as it is tagged (the format `timeline eval --system` reads).
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(name, help=help_text, description=help_text + ". Output: one JSON "
                       "line per document with `id` and `timexes` (start, end, text, type, "
                       "value, mod).")
    p.add_argument("file", nargs="?", default="-", help="document JSONL (default: stdin)")
    p.add_argument("--anchor", choices=["auto", "dateline", "story"], default="auto",
                   help="anchor relative dates on the dateline, on the story, or decide per "
                        "document (default)")


def run(args: argparse.Namespace) -> int:
    from timeline.evaluate import tag_document

    name = "<stdin>" if args.file == "-" else args.file
    try:
        fh = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    except OSError as err:
        print(f"timeline tag: {name}: {err.strerror}", file=sys.stderr)
        return 2
    with fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                if not isinstance(doc, dict) or "id" not in doc or "text" not in doc:
                    raise ValueError("a document needs `id` and `text`")
                record = tag_document(doc, args.anchor)
            except (ValueError, KeyError) as err:
                print(f"timeline tag: {name} line {number}: {err}", file=sys.stderr)
                return 1
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    return 0
