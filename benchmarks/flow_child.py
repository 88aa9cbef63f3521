"""Run the Prefect ingest flow once, in its own process, and write its timings as JSON.

benchmarks.run starts this as a subprocess so that the memory of the whole process tree
(this process, Prefect's temporary server, the extraction workers) can be sampled apart
from the benchmark itself. Prefect is set up as `timeline ingest` sets it up (quiet logs,
the defaults of flows/__init__.py). The temporary server is started first by a trivial
flow, so the ingest run is timed on a running server, as it is under `timeline serve`;
the server's start-up is reported on its own.

    python -m benchmarks.flow_child CORPUS_DIR DB_FILE OUT_JSON [--workers 2] [--batch-size N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--mark", type=Path, default=None,
                        help="file to create when the ingest flow starts (for the sampler)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="record where this process's Python memory is held at the end "
                             "(slow; for finding leaks)")
    args = parser.parse_args(argv)
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(8)

    t0 = time.perf_counter()
    from timeline.commands.ingest import quiet_prefect

    quiet_prefect(verbose=False)
    from prefect import flow

    import flows  # noqa: F401  (Prefect defaults, before Prefect is imported)
    from flows.ingest import DEFAULT_BATCH_SIZE, ingest_flow
    import_s = time.perf_counter() - t0

    @flow(name="benchmark-warm-up")
    def warm_up() -> int:
        return 1

    t1 = time.perf_counter()
    warm_up()
    server_s = time.perf_counter() - t1

    if args.mark:
        args.mark.touch()
    t2 = time.perf_counter()
    summary = ingest_flow(paths=[str(args.source)], db=str(args.db),
                          batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
                          workers=args.workers)
    flow_s = time.perf_counter() - t2

    usage_self = resource.getrusage(resource.RUSAGE_SELF)
    usage_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "import_seconds": import_s, "server_startup_seconds": server_s,
        "flow_seconds": flow_s, "batch_size": args.batch_size or DEFAULT_BATCH_SIZE,
        "workers": args.workers,
        "summary": {k: v for k, v in summary.items() if k != "rejections"},
        "first_rejections": summary.get("rejections", [])[:5],
        "cpu_seconds_self": usage_self.ru_utime + usage_self.ru_stime,
        "cpu_seconds_children": usage_children.ru_utime + usage_children.ru_stime,
        "max_rss_self_mb": usage_self.ru_maxrss / 1024,
        "max_rss_largest_child_mb": usage_children.ru_maxrss / 1024,
    }
    if args.tracemalloc:
        snapshot = tracemalloc.take_snapshot()
        result["tracemalloc_top"] = [
            f"{stat.size / 1e6:.1f} MB in {stat.count} blocks: "
            + " <- ".join(f"{f.filename.rsplit('site-packages/', 1)[-1]}:{f.lineno}"
                          for f in stat.traceback[:4])
            for stat in snapshot.statistics("traceback")[:15]]
    args.out.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
