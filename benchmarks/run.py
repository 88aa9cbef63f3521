"""Throughput benchmark: the naive dateparser approach vs our tagger vs the whole flow.

    .venv/bin/python -m benchmarks.run --sizes 1000 10000 100000

In one run, on the same generated articles (benchmarks/corpus.py):
  (a) naive: dateparser.search.search_dates over each whole body, relative to the
      dateline, on a fixed sample (it is slow);
  (b) our tagger alone: timeline.temporal.tag + timeline.events.build_events, on one
      core and on N processes;
  (c) the whole flow, files on disk -> DuckDB with Prefect (flows.ingest.ingest_flow),
      in a child process whose process tree is sampled for memory.
Prints a table next to the targets and writes benchmarks/out/results-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from math import nan
from pathlib import Path

from benchmarks import measure
from benchmarks.corpus import corpus_matches, write_corpus

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TARGETS = {
    "tagger_articles_per_s": 1000,  # one core
    "tagger_vs_naive": 100,
    "flow_articles_per_s": 500,  # 100k articles, both cores
    "flow_peak_memory_mb": 1024,
    "flow_overhead_share": 0.15,
    "startup_s": 1.5,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000],
                        help="corpus sizes to measure (default: 1000 10000)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default: 7)")
    parser.add_argument("--naive-sample", type=int, default=300,
                        help="articles for the naive search_dates measure (default: 300)")
    parser.add_argument("--processes", type=int, default=2,
                        help="processes for the multi-process tagger and the flow (default: 2)")
    parser.add_argument("--flow-sizes", type=int, nargs="*", default=None,
                        help="sizes to run the Prefect flow on (default: all --sizes)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="flow batch size (default: the flow's)")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["naive", "one-core", "processes", "pipeline", "flow",
                                 "startup"],
                        help="parts to leave out")
    parser.add_argument("--out", type=Path, default=HERE / "out",
                        help="folder for corpora, databases and results (default: benchmarks/out)")
    parser.add_argument("--report", type=Path, metavar="RESULTS_JSON",
                        help="only print the table of an earlier results file")
    args = parser.parse_args(argv)
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(args.sizes))
    flow_sizes = sizes if args.flow_sizes is None else sorted(set(args.flow_sizes))
    results: dict = {"started": _now(), "environment": _environment(), "args": {
        "sizes": sizes, "seed": args.seed, "naive_sample": args.naive_sample,
        "processes": args.processes, "flow_sizes": flow_sizes}, "corpora": {},
        "sizes": {}, "targets": TARGETS}
    print(f"tagger version: {results['environment']['tagger']}", flush=True)

    corpora = {n: _corpus(args.out, n, args.seed, results) for n in sorted({*sizes, *flow_sizes})}

    if "naive" not in args.skip:
        _step(results, "naive", lambda: measure.naive_search_dates(
            corpora[sizes[0]], args.naive_sample))
    if "flow" not in args.skip:
        _step(results, "sources_read", lambda: measure.sources_read_cost(
            corpora[max(sizes)], min(2000, max(sizes))))
    for n in sizes:
        row = results["sizes"].setdefault(str(n), {})
        if "one-core" not in args.skip:
            _step(row, "one_core", lambda n=n: measure.tagger_one_core(corpora[n], n))
        if "processes" not in args.skip:
            _step(row, "processes", lambda n=n: measure.tagger_processes(
                corpora[n], n, args.processes))
        if "pipeline" not in args.skip and "flow" not in args.skip and n in flow_sizes:
            _step(row, "pipeline", lambda n=n: measure.pipeline_processes(
                corpora[n], n, args.processes))
    for n in flow_sizes:
        if "flow" in args.skip:
            break
        row = results["sizes"].setdefault(str(n), {})
        _step(row, "flow", lambda n=n: run_flow(corpora[n], args.out, n, args.processes,
                                                args.batch_size))
    if "startup" not in args.skip:
        _step(results, "startup", measure.command_startup)

    results["finished"] = _now()
    results["load_average_at_end"] = os.getloadavg()
    path = args.out / f"results-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(results, indent=2, default=str))
    print(report(results))
    print(f"\nresults: {path}")
    return 0


# --- steps -------------------------------------------------------------------------------

def _step(into: dict, name: str, fn) -> None:
    """Run one measurement; a failure is recorded (and printed) instead of ending the run,
    so that the other parts still report."""
    print(f"[{_now()}] {name}...", flush=True)
    try:
        into[name] = fn()
    except Exception as err:
        into[name] = {"error": f"{type(err).__name__}: {err}"}
        traceback.print_exc()


def _corpus(out: Path, n: int, seed: int, results: dict) -> Path:
    root = out / "corpus" / f"seed-{seed}" / f"n-{n}"
    if corpus_matches(root, n, seed):
        results["corpora"][str(n)] = {"root": str(root), "reused": True,
                                      "mb": _folder_bytes(root) / 1e6}
        return root
    print(f"[{_now()}] writing corpus of {n} articles...", flush=True)
    info = write_corpus(root, n, seed)
    results["corpora"][str(n)] = {"root": str(root), "reused": False, "mb": info.bytes / 1e6,
                                  "seconds": info.seconds,
                                  "articles_per_s": n / info.seconds}
    return root


def _folder_bytes(root: Path) -> int:
    return sum(f.stat().st_size for f in root.glob("*/*.txt"))


def run_flow(corpus: Path, out: Path, n: int, workers: int, batch_size: int | None) -> dict:
    """The Prefect ingest flow in a child process, its process tree sampled for memory."""
    from benchmarks.memory import TreeSampler

    try:
        import flows.ingest  # noqa: F401
    except ImportError as err:
        return {"error": f"flows.ingest is not importable yet: {err}"}
    work = out / f"flow-{n}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    db, result_file, mark = work / "timeline.duckdb", work / "child.json", work / "flow-started"
    env = dict(os.environ, PREFECT_HOME=str(work / "prefect-home"), PYTHONPATH=str(REPO))
    env.pop("PREFECT_API_URL", None)  # always the temporary server, same for everyone
    cmd = [sys.executable, "-m", "benchmarks.flow_child", str(corpus), str(db),
           str(result_file), "--workers", str(workers), "--mark", str(mark)]
    if batch_size:
        cmd += ["--batch-size", str(batch_size)]
    started = time.perf_counter()
    with open(work / "child.log", "w") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        with TreeSampler(proc.pid, interval=0.5, mark_file=mark) as sampler:
            code = proc.wait()
    wall = time.perf_counter() - started
    if code != 0 or not result_file.exists():
        tail = (work / "child.log").read_text()[-2000:]
        return {"error": f"flow child exited with {code}", "log_tail": tail}
    child = json.loads(result_file.read_text())
    peak = sampler.peak
    child.update({
        "articles": n, "process_wall_seconds": wall,
        "articles_per_s": n / child["flow_seconds"],
        "articles_per_s_with_startup": n / (child["flow_seconds"]
                                            + child["server_startup_seconds"]),
        "ms_per_article": 1000 * child["flow_seconds"] / n,
        "mb_per_s": _folder_bytes(corpus) / 1e6 / child["flow_seconds"],
        "peak_pss_mb": peak.pss_sum_mb, "peak_rss_sum_mb": peak.rss_sum_mb,
        "peak_largest_process_mb": peak.largest_rss_mb, "max_processes": peak.processes,
        "tree_cpu_seconds": peak.cpu_seconds,
        "flow_cpu_seconds": None if peak.cpu_seconds_at_mark is None
        else peak.cpu_seconds - peak.cpu_seconds_at_mark,
        # CPU seconds during the flow run, by process role (flow, server, workers, other)
        "flow_cpu_by_role": None if peak.cpu_by_role_at_mark is None else {
            role: round(seconds - peak.cpu_by_role_at_mark.get(role, 0.0), 2)
            for role, seconds in peak.cpu_by_role.items()},
        "memory_samples": peak.samples, "memory_series": _every(peak.series, 100),
        "db_rows": _db_rows(db),
    })
    return child


def _every(series: list, at_most: int) -> list:
    step = max(1, len(series) // at_most)
    return series[::step]


def _db_rows(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "timeline", "rejections")}
    finally:
        con.close()


# --- the report --------------------------------------------------------------------------

def report(results: dict) -> str:
    lines = [f"\nTagger: {results['environment']['tagger']}",
             f"Machine: {results['environment']['cpus']} cores, Python "
             f"{results['environment']['python']}, load average at start "
             f"{results['environment'].get('load_average_at_start', [nan])[0]:.2f}, at end "
             f"{results.get('load_average_at_end', [nan])[0]:.2f}", ""]
    naive = results.get("naive", {})
    head = f"{'measure':<44}{'articles':>9}{'art/s':>10}{'MB/s':>8}{'ms/art':>9}{'p99 ms':>9}"
    lines += [head, "-" * len(head)]
    if "error" in naive:
        lines.append(f"{'(a) naive search_dates':<44} ERROR {naive['error']}")
    elif naive:
        lines.append(_row(f"(a) naive search_dates (sample of {naive['articles']})", naive))
    for n, row in results["sizes"].items():
        one = row.get("one_core", {})
        if one and "error" not in one:
            lines.append(_row(f"(b) tagger, 1 core, n={n}", one))
            lines.append(f"{'    same, incl. reading the files':<44}{'':>9}"
                         f"{one['end_to_end_per_s']:>10.0f}")
        elif one:
            lines.append(f"(b) tagger, 1 core, n={n}: ERROR {one['error']}")
        procs = row.get("processes", {})
        if procs and "error" not in procs:
            lines.append(_row(f"(b) tagger, {procs['processes']} processes (wall), n={n}",
                              {**procs, "ms_per_article": 1000 * procs["wall_seconds"]
                               / procs["articles"]}))
        elif procs:
            lines.append(f"(b) tagger, processes, n={n}: ERROR {procs['error']}")
        flow = row.get("flow", {})
        if flow and "error" not in flow:
            lines.append(_row(f"(c) Prefect flow -> DuckDB, {flow['workers']} workers, n={n}",
                              flow))
        elif flow:
            lines.append(f"(c) flow, n={n}: ERROR {flow['error']}")

    lines += ["", "Whole flow (files on disk -> DuckDB, Prefect):",
              f"{'n':>8}{'art/s':>9}{'+server':>9}{'server s':>9}{'peak PSS MB':>12}"
              f"{'RSS sum MB':>11}{'overhead':>10}{'CPU ovh':>9}{'P+D ovh':>9}{'P+D CPU':>9}"
              f"{'articles':>10}{'events':>10}{'rejected':>9}"]
    for n, row in results["sizes"].items():
        flow = row.get("flow")
        if not flow or "error" in flow:
            continue
        rows = flow.get("db_rows", {})
        lines.append(
            f"{n:>8}{flow['articles_per_s']:>9.0f}{flow['articles_per_s_with_startup']:>9.0f}"
            f"{flow['server_startup_seconds']:>9.1f}{flow['peak_pss_mb']:>12.0f}"
            f"{flow['peak_rss_sum_mb']:>11.0f}"
            f"{_pct(overhead_share(row)):>10}{_pct(cpu_overhead_share(row)):>9}"
            f"{_pct(prefect_duckdb_share(row)):>9}{_pct(prefect_duckdb_cpu_share(row)):>9}"
            f"{rows.get('articles', 0):>10}{rows.get('timeline', 0):>10}"
            f"{rows.get('rejections', 0):>9}")
    lines += ["  art/s: flow run on a running temporary server; +server: including its start.",
              "  overhead: share of the flow's wall time not explained by the same extraction",
              "  (read + tag + build_events) on the same number of processes without Prefect",
              "  and DuckDB: 1 - bare_wall / flow_wall. CPU ovh: the same with CPU seconds",
              "  (flow: whole process tree during the run; bare: one plain process), less",
              "  skewed when other work shares the cores.",
              "  P+D ovh / P+D CPU: the same against the flow's own per-article work",
              "  (timeline.pipeline.read_and_extract: timeline.sources reading, narrative check,",
              "  tag, build_events, rows sent back) on the same processes without Prefect and",
              "  DuckDB: what Prefect and DuckDB alone cost."]
    read = results.get("sources_read", {})
    if "cpu_ms_per_article" in read:
        lines.append("  The flow reads files with timeline.sources "
                     f"({read['cpu_ms_per_article']:.2f} ms CPU an article, measured alone);")
        lines.append("  that part of the overhead is neither Prefect nor DuckDB: "
                     + ", ".join(f"n={n}: {_pct(s)} of the flow's CPU"
                                 for n, s in _reading_shares(results).items()))

    startup = results.get("startup", {})
    if startup and "error" not in startup:
        lines += ["", "Start-up (fresh process, median of 5):"]
        for name, s in startup.items():
            err = f"  ERROR {s['error']}" if s.get("error") else ""
            lines.append(f"  timeline {name:<6} {s['median_s']:.2f} s{err}")

    lines += ["", "Targets:"]
    lines += _targets(results, naive)
    return "\n".join(lines)


def _reading_shares(results: dict) -> dict[str, float]:
    """Share of the flow's CPU that timeline.sources reading accounts for, by size."""
    read = results.get("sources_read", {})
    out = {}
    for n, row in results["sizes"].items():
        cpu = row.get("flow", {}).get("flow_cpu_seconds")
        if cpu and "cpu_ms_per_article" in read:
            out[n] = read["cpu_ms_per_article"] * int(n) / 1000 / cpu
    return out


def _pct(share: float | None) -> str:
    return "" if share is None else f"{100 * share:.0f}%"


def _row(label: str, m: dict) -> str:
    p99 = m.get("p99_ms")
    return (f"{label:<44}{m['articles']:>9}{m['articles_per_s']:>10.0f}"
            f"{m.get('mb_per_s', nan):>8.2f}"
            f"{m['ms_per_article']:>9.2f}{'' if p99 is None else f'{p99:.1f}':>9}")


def overhead_share(row: dict) -> float | None:
    flow, procs = row.get("flow"), row.get("processes")
    if not flow or not procs or "error" in flow or "error" in procs:
        return None
    return max(0.0, 1 - procs["wall_seconds"] / flow["flow_seconds"])


def prefect_duckdb_share(row: dict) -> float | None:
    """Share of the flow's wall time beyond the same pipeline without Prefect and DuckDB."""
    flow, pipe = row.get("flow"), row.get("pipeline")
    if not flow or not pipe or "error" in flow or "error" in pipe:
        return None
    return max(0.0, 1 - pipe["wall_seconds"] / flow["flow_seconds"])


def prefect_duckdb_cpu_share(row: dict) -> float | None:
    """The same with CPU seconds (flow: whole tree during the run; pipeline: its pool and
    the process collecting the rows)."""
    flow, pipe = row.get("flow"), row.get("pipeline")
    if not flow or not pipe or "error" in pipe or not flow.get("flow_cpu_seconds"):
        return None
    return max(0.0, 1 - pipe["cpu_seconds"] / flow["flow_cpu_seconds"])


def cpu_overhead_share(row: dict) -> float | None:
    """Share of the flow's CPU time (whole tree, flow run only) beyond what reading +
    tag + build_events cost in one plain process: less skewed by other load than wall
    time."""
    flow, one = row.get("flow"), row.get("one_core")
    if not flow or not one or not flow.get("flow_cpu_seconds") or "cpu_seconds" not in one:
        return None
    return max(0.0, 1 - one["cpu_seconds"] / flow["flow_cpu_seconds"])


def _targets(results: dict, naive: dict) -> list[str]:
    t = TARGETS
    out = []

    def check(label: str, value: float | None, target: float, fmt: str, higher: bool) -> None:
        if value is None:
            out.append(f"  {label:<52} not measured (target {fmt.format(target)})")
            return
        ok = value >= target if higher else value < target
        sign = ">=" if higher else "<"
        out.append(f"  {label:<52} {fmt.format(value):>9}  target {sign} {fmt.format(target)}"
                   f"  {'ok' if ok else 'MISSED'}")

    sizes = results["sizes"]
    for n, row in sizes.items():
        one = row.get("one_core", {})
        if "articles_per_s" in one:
            check(f"tagger 1 core, n={n}, articles/s", one["articles_per_s"],
                  t["tagger_articles_per_s"], "{:.0f}", True)
            if "articles_per_s" in naive:
                check(f"tagger 1 core / naive, n={n}", one["articles_per_s"]
                      / naive["articles_per_s"], t["tagger_vs_naive"], "{:.0f}x", True)
    for n, row in sizes.items():
        flow = row.get("flow", {})
        if "articles_per_s" not in flow:
            continue
        check(f"flow n={n}, articles/s", flow["articles_per_s"], t["flow_articles_per_s"],
              "{:.0f}", True)
        check(f"flow n={n}, peak memory of the tree (PSS), MB", flow["peak_pss_mb"],
              t["flow_peak_memory_mb"], "{:.0f}", False)
        share = overhead_share(row)
        check(f"flow n={n}, Prefect + DuckDB overhead (wall)", share,
              t["flow_overhead_share"], "{:.0%}", False)
        check(f"flow n={n}, Prefect + DuckDB overhead (CPU)", cpu_overhead_share(row),
              t["flow_overhead_share"], "{:.0%}", False)
        check(f"flow n={n}, vs same pipeline w/o Prefect+DuckDB (wall)",
              prefect_duckdb_share(row), t["flow_overhead_share"], "{:.0%}", False)
        check(f"flow n={n}, vs same pipeline w/o Prefect+DuckDB (CPU)",
              prefect_duckdb_cpu_share(row), t["flow_overhead_share"], "{:.0%}", False)
    for name, s in results.get("startup", {}).items():
        if isinstance(s, dict) and "median_s" in s and not s.get("error"):
            check(f"start-up of timeline {name}, s", s["median_s"], t["startup_s"], "{:.2f}",
                  False)
    out.append("  ratios:")
    for n, row in sizes.items():
        one, procs, flow = row.get("one_core", {}), row.get("processes", {}), row.get("flow", {})
        parts = []
        if "articles_per_s" in naive:
            base = naive["articles_per_s"]
            parts += [f"{label} / naive {m['articles_per_s'] / base:.0f}x"
                      for label, m in (("tagger 1 core", one), ("tagger procs", procs),
                                       ("flow", flow)) if "articles_per_s" in m]
        if "end_to_end_per_s" in one and "articles_per_s" in procs:
            speedup = procs["articles_per_s"] / one["end_to_end_per_s"]
            parts.append(f"{procs['processes']} processes vs 1 (incl. reading) "
                         f"{speedup:.2f}x = {100 * speedup / procs['processes']:.0f}% per core")
        if parts:
            out.append(f"    n={n}: " + "; ".join(parts))
    if len(sizes) > 1:
        costs = {n: row["one_core"]["ms_per_article"] for n, row in sizes.items()
                 if "ms_per_article" in row.get("one_core", {})}
        if costs:
            out.append("  per-article cost, tagger 1 core (ms): " + ", ".join(
                f"n={n}: {v:.2f}" for n, v in costs.items()))
        costs = {n: row["flow"]["ms_per_article"] for n, row in sizes.items()
                 if "ms_per_article" in row.get("flow", {})}
        if costs:
            out.append("  per-article cost, flow wall (ms):      " + ", ".join(
                f"n={n}: {v:.2f}" for n, v in costs.items()))
    return out


# --- context -----------------------------------------------------------------------------

def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _environment() -> dict:
    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "platform": platform.platform(), "tagger": tagger_version(),
            # other work on the machine skews every number: keep the load next to them
            "load_average_at_start": os.getloadavg()}


def tagger_version() -> str:
    """The commit, and a hash + newest change time of the tagger's files (other people
    change them while benchmarks run, so the commit alone does not say what ran)."""
    files = sorted((REPO / "timeline" / "temporal").glob("*.py")) + [
        REPO / "timeline" / "events.py", REPO / "timeline" / "sentences.py"]
    digest = hashlib.sha1()
    newest = 0.0
    for f in files:
        if f.exists():
            digest.update(f.read_bytes())
            newest = max(newest, f.stat().st_mtime)
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                                capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    changed = datetime.fromtimestamp(newest, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"commit {commit}, files sha1 {digest.hexdigest()[:10]}, last changed {changed}"


if __name__ == "__main__":
    sys.exit(main())
