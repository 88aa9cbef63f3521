"""Where the tagger spends its time, on the benchmark corpus.

    .venv/bin/python -m benchmarks.profile_tagger --count 2000

Runs tag + build_events over the first `count` articles twice: under cProfile (exact
call counts, time per function: printed, top by own time and by cumulative time) and
under pyinstrument (sampling, call tree: written as text and HTML to benchmarks/out/).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import pstats
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.corpus import corpus_matches, iter_article_paths, read_article, write_corpus
from benchmarks.measure import _to_article

HERE = Path(__file__).resolve().parent


def _workload(root: Path, count: int):
    articles = [read_article(p) for p in itertools.islice(iter_article_paths(root), count)]
    return [(ca, _to_article(ca)) for ca in articles]


def _run(work) -> None:
    from timeline.events import build_events
    from timeline.temporal import tag

    for ca, article in work:
        build_events(article, tag(ca.body, ca.lang, ca.reference))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile the tagger on the benchmark corpus.")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args(argv)

    root = args.out / "corpus" / f"seed-{args.seed}" / f"n-{args.count}"
    if not corpus_matches(root, args.count, args.seed):
        write_corpus(root, args.count, args.seed)
    work = _workload(root, args.count)
    _run(work[:50])  # imports and compiled patterns, not part of the steady state

    t = time.perf_counter()
    _run(work)
    plain = time.perf_counter() - t

    profiler = cProfile.Profile()
    profiler.enable()
    _run(work)
    profiler.disable()
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf)
    total = stats.total_tt
    lines = [f"{args.count} articles: {plain:.2f} s without profiler "
             f"({args.count / plain:.0f} articles/s), {total:.2f} s under cProfile", "",
             f"top {args.top} by own time (share of the profiled total):"]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)
    for (file, line, func), (_, nc, tt, ct, _) in rows[: args.top]:
        lines.append(f"  {100 * tt / total:5.1f}%  own {tt:6.2f} s  cum {ct:6.2f} s  "
                     f"{nc:>9} calls  {_short(file)}:{line} {func}")
    lines += ["", f"top {args.top} by cumulative time (timeline code only):"]
    rows = sorted(((k, v) for k, v in stats.stats.items() if "timeline" in k[0]),
                  key=lambda kv: kv[1][3], reverse=True)
    for (file, line, func), (_, nc, _, ct, _) in rows[: args.top]:
        lines.append(f"  {100 * ct / total:5.1f}%  cum {ct:6.2f} s  {nc:>9} calls  "
                     f"{_short(file)}:{line} {func}")
    lines += ["", "pattern scans per rule (finditer over every article of its language):"]
    lines += rule_scan_costs(work, plain, args.top)
    lines += ["", "windows skipped for lack of a rule's required strings (gate.py):"]
    lines += required_text_effect()
    report = "\n".join(lines)

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"profile-{stamp}-cprofile.txt").write_text(report)
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed (pip install -e '.[dev]'): call tree skipped")
    else:
        sampler = Profiler(interval=0.0005)
        sampler.start()
        _run(work)
        sampler.stop()
        (args.out / f"profile-{stamp}-pyinstrument.txt").write_text(
            sampler.output_text(unicode=True, color=False, show_all=False))
        (args.out / f"profile-{stamp}-pyinstrument.html").write_text(sampler.output_html())
    print(report)
    print(f"\nwritten: {args.out}/profile-{stamp}-*")
    return 0


def rule_scan_costs(work, plain_seconds: float, top: int) -> list[str]:
    """Time each rule's pattern scan on its language's articles: which rules cost most.
    Article by article, all rules in turn, as the engine does (so per-text caches such as
    trigger-word gates behave as in a real run). Shares are of the unprofiled run time."""
    from timeline.temporal.tagger import language_module

    seconds: dict[tuple[str, int], float] = {}
    hits: dict[tuple[str, int], int] = {}
    names: dict[tuple[str, int], str] = {}
    clock = time.perf_counter
    for ca, _ in work:
        for order, rule in enumerate(getattr(language_module(ca.lang), "RULES", ())):
            key = (ca.lang, order)
            t = clock()
            n = sum(1 for _ in rule.pattern.finditer(ca.body))
            seconds[key] = seconds.get(key, 0.0) + clock() - t
            hits[key] = hits.get(key, 0) + n
            names[key] = getattr(rule, "name", "") or f"rule {order}"
    total = sum(seconds.values())
    out = [f"  all rule scans: {total:.2f} s = {100 * total / plain_seconds:.0f}% of the run",
           "  (a gated rule that comes first in its language also pays for the text's "
           "trigger-word scan)"]
    for key in sorted(seconds, key=seconds.get, reverse=True)[:top]:
        lang, order = key
        out.append(f"  {100 * seconds[key] / plain_seconds:5.1f}%  {seconds[key]:6.3f} s  "
                   f"{lang} #{order:<3} {names[key]:<28} {hits[key]:>7} matches")
    return out


def required_text_effect() -> list[str]:
    """How often each language's required-strings checks spared a window its scan, and
    which rules dropped a check that hardly ever did (counts since the process started)."""
    from timeline.temporal.tagger import SUPPORTED, language_module

    out = []
    for lang in SUPPORTED:
        module = language_module(lang)
        gated = [r for r in getattr(module, "RULES", ()) if hasattr(r.pattern, "ruled_out")]
        ruled_out = sum(r.pattern.ruled_out for r in gated)
        let_through = sum(r.pattern.let_through for r in gated)
        dropped = sorted(r.name for r in gated if r.pattern.let_through and
                         r.pattern.needs is None and r.pattern.fast_needs is None)
        out.append(f"  {lang}: {ruled_out} windows skipped, {let_through} scanned after the "
                   f"check; checks dropped: {', '.join(dropped) or 'none'}")
    return out


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


if __name__ == "__main__":
    sys.exit(main())
