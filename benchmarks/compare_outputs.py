"""Dump every mention and event the tagger produces on a fixed workload, to check that a
speed change leaves the output byte-identical.

    .venv/bin/python -m benchmarks.compare_outputs /tmp/before.txt --corpus /tmp/corpus5k
    .venv/bin/python -m benchmarks.compare_outputs /tmp/after.txt --corpus /tmp/corpus5k
    cmp /tmp/before.txt /tmp/after.txt

Workload: the first `--count` articles of a benchmark corpus (as benchmarks.measure tags
them), and every document of the evaluation sets, each tagged four ways (anchoring as
`timeline eval` decides it, forced story anchoring, the dateline coarsened to its month,
and no dateline) so that the ambiguous and reference-less paths are covered too.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
from pathlib import Path

from benchmarks.corpus import iter_article_paths, read_article
from benchmarks.measure import _to_article

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = Path("/work/shared/eval")
HELDOUT_SETS = sorted((ROOT / "tests" / "data").glob("heldout*.jsonl"))


def _line(kind: str, obj) -> str:
    return f"{kind} {dataclasses.astuple(obj)!r}\n"


def _dump(out, label: str, article, mentions) -> int:
    from timeline.events import build_events

    out.write(f"# {label}\n")
    for m in mentions:
        out.write(_line("M", m))
    for e in build_events(article, mentions):
        out.write(_line("E", e))
    return len(mentions)


def main(argv: list[str] | None = None) -> int:
    from timeline.evaluate import reference_of
    from timeline.model import Article, Reference
    from timeline.temporal import tag
    from timeline.temporal.anchoring import is_narrative

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR,
                        help="folder of evaluation sets (*.jsonl) tagged too")
    args = parser.parse_args(argv)
    eval_sets = sorted(args.eval_dir.glob("*.jsonl")) + HELDOUT_SETS

    total = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in itertools.islice(iter_article_paths(args.corpus), args.count):
            ca = read_article(path)
            total += _dump(out, path.name, _to_article(ca), tag(ca.body, ca.lang, ca.reference))
        for gold in eval_sets:
            for line in gold.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                doc = json.loads(line)
                text, lang = doc["text"], doc.get("lang") or "de"
                ref = reference_of(doc.get("dct"))
                month = None if ref is None else Reference(
                    ref.dct.replace(day=1, hour=0, minute=0, second=0), "month")
                variants = [("auto", ref, is_narrative(text, lang, ref)), ("story", ref, True),
                            ("month", month, False), ("none", None, False)]
                for name, reference, narrative in variants:
                    article = Article(article_id=doc["id"], source=gold.name, body=text,
                                      content_hash="", reference=reference, lang=lang)
                    total += _dump(out, f"{gold.name} {doc['id']} {name}", article,
                                   tag(text, lang, reference, narrative=narrative))
    print(f"{total} mentions -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
