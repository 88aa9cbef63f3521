"""The ingest flow: discover -> read -> skip unchanged -> extract (batches) -> store -> report.

Few, coarse task runs: one discovery, then per batch of articles one extract and one store.
Extraction is CPU-bound Python, so batches go to worker processes once there is more than
one batch; one writer in the flow process stores each batch in its own transaction, opening
the DuckDB file only for that batch so readers get in between. A file lock on `<db>.lock`
serializes whole flow runs per database.
"""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context
from prefect.utilities.annotations import quote

from timeline import store
from timeline.model import Article, Event, Rejection

DEFAULT_BATCH_SIZE = 500
DEFAULT_WORKERS = max(1, min(os.cpu_count() or 1, 4))
ARTIFACT_EVENT_ROWS = 200  # new events listed in the run's table artifact
SUMMARY_REJECTIONS = 100  # rejections kept in memory for the summary (all go to the DB)
LOCK_WAIT_SECONDS = 6 * 3600

# The CLI listens in the same process: listener(stage, totals) after each step.
ProgressListener = Callable[[str, "RunTotals"], None]
_listeners: list[ProgressListener] = []


def add_progress_listener(listener: ProgressListener) -> None:
    _listeners.append(listener)


def remove_progress_listener(listener: ProgressListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


@dataclass
class RunTotals:
    files: int = 0  # source files discovered
    files_read: int = 0
    seen: int = 0  # articles read (or rejected)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    deleted: int = 0
    events_added: int = 0
    failed: int = 0  # articles the tagger raised on (also counted as rejected)
    rejections: list[Rejection] = field(default_factory=list)
    new_events: list[tuple[str, Event]] = field(default_factory=list)

    def reject(self, rejections: Iterable[Rejection]) -> None:
        for r in rejections:
            self.rejected += 1
            if len(self.rejections) < SUMMARY_REJECTIONS:
                self.rejections.append(r)

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in store.RUN_COUNTS}


def _notify(stage: str, totals: RunTotals) -> None:
    for listener in list(_listeners):
        listener(stage, totals)


# --- tasks -------------------------------------------------------------------------------

@task(name="discover-sources", retries=2, retry_delay_seconds=[2, 10], cache_policy=NO_CACHE,
      persist_result=False)
def discover_sources(paths: list[str]) -> tuple[list[str], list[Rejection]]:
    """Every source file under `paths` (as resolved paths), and the paths that failed."""
    from timeline.sources import discover

    files: list[str] = []
    problems: list[Rejection] = []
    for item in discover(paths):
        if isinstance(item, Rejection):
            problems.append(item)
        else:
            files.append(str(Path(item.path).resolve()))
    return files, problems


@task(name="extract-events", cache_policy=NO_CACHE, persist_result=False)
def extract_events(articles: list[Article], pool: ProcessPoolExecutor | None = None
                   ) -> tuple[list[tuple[Article, list[Event]]], list[Rejection]]:
    """Tag a batch of articles (in `pool` when given); a failing article becomes a rejection,
    not a failed task."""
    from timeline.pipeline import extract_batch

    if pool is not None:
        return pool.submit(extract_batch, articles).result()
    return extract_batch(articles)


@task(name="store-batch", retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE,
      persist_result=False)
def store_batch(db: str, batch: list[tuple[Article, list[Event]]], rejections: list[Rejection],
                run_id: str) -> store.WriteResult:
    """One short writer session: the batch in one transaction, then its rejections.
    Safe to retry: a failed transaction rolled back and the write is idempotent."""
    with store.open_writer(db, checkpoint_on_close=False) as con:  # the run's end checkpoints
        result = store.write_batch(con, batch, run_id)
        store.record_rejections(con, run_id, [*rejections, *result.duplicates])
    return result


# --- the flow ----------------------------------------------------------------------------

@flow(name="timeline-ingest", log_prints=False)
def ingest_flow(paths: list[str], db: str = store.DEFAULT_DB,
                default_reference: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                workers: int = DEFAULT_WORKERS, default_lang: str | None = None
                ) -> dict[str, Any]:
    """Ingest articles from files and folders into the DuckDB timeline at `db`.

    `default_reference` (ISO date, any precision) dates articles that carry none; without
    it they are rejected with a reason. Returns the run's counts and first rejections.
    """
    logger = get_run_logger()
    db = str(Path(db).resolve())
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    reference = None
    if default_reference:
        from timeline.dateline import parse_iso_reference

        reference = parse_iso_reference(default_reference)

    Path(db).parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(db + ".lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        logger.info("another ingest run is writing %s; waiting for it to finish", db)
        _notify("waiting", RunTotals())
        lock.acquire(timeout=LOCK_WAIT_SECONDS)
    try:
        return _ingest_locked(paths, db, reference, default_lang, batch_size, workers, logger)
    finally:
        lock.release()


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # outside a flow run (never in practice)
        return None


def _ingest_locked(paths: list[str], db: str, reference, default_lang: str | None,
                   batch_size: int, workers: int, logger) -> dict[str, Any]:
    run_id = uuid.uuid4().hex
    totals = RunTotals()
    roots = [str(Path(p).resolve()) for p in paths]
    with store.open_writer(db) as con:
        store.start_run(con, run_id, _flow_run_id(), roots)
        known = store.known_versions(con)
        deleted_before = store.deleted_ids(con)
        files_in_db = store.current_files(con)
    status = "failed"
    try:
        files, problems = discover_sources(roots)
        totals.files = len(files)
        totals.reject(problems)
        _notify("discovered", totals)
        logger.info("found %d source files under %s", len(files), ", ".join(roots))

        # Files that vanished: flag their articles first, so that a renamed file's content
        # is not taken for a duplicate of its old name.
        listed = set(files)
        gone = [aid for f, ids in files_in_db.items()
                if _under(f, roots) and f not in listed for aid in ids]
        seen_ids: set[str] = set()
        unreadable: set[str] = {r.source for r in problems}
        restore: list[str] = []
        articles = _read_new_or_changed(files, reference, default_lang, known, deleted_before,
                                        totals, seen_ids, unreadable, restore)
        _extract_and_store(db, run_id, _chunks(articles, batch_size), workers, totals, logger)

        # Records gone from files still present (a JSONL line removed), and files back again.
        gone += [aid for f, ids in files_in_db.items()
                 if f in listed and f not in unreadable for aid in ids if aid not in seen_ids]
        with store.open_writer(db) as con:
            totals.deleted = store.mark_deleted(con, gone)
            store.restore(con, restore)
        status = "completed"
    finally:
        with store.open_writer(db) as con:
            store.finish_run(con, run_id, totals.counts(), status)
            con.execute("CHECKPOINT")  # leave a single file behind, readable by DuckDB 1.x
    _notify("done", totals)
    summary = _summary(run_id, db, roots, totals)
    _publish(summary, totals, logger)
    return summary


def _under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _read_new_or_changed(files: list[str], reference, default_lang: str | None,
                         known: dict[str, str], deleted_before: set[str], totals: RunTotals,
                         seen_ids: set[str], unreadable: set[str],
                         restore: list[str]) -> Iterator[Article | Rejection]:
    """Stream the articles that need tagging; unchanged ones are counted and skipped before
    any tagging. Rejections pass through to be recorded with the next batch."""
    from timeline.sources import read_articles

    for path in files:
        try:  # item by item: a large JSONL file is never held in memory
            for item in read_articles(Path(path), default_reference=reference,
                                      default_lang=default_lang):
                totals.seen += 1
                if isinstance(item, Rejection):
                    unreadable.add(path)
                    yield item
                    continue
                item.meta["source_file"] = path
                seen_ids.add(item.article_id)
                if known.get(item.article_id) == item.content_hash:
                    totals.unchanged += 1
                    if item.article_id in deleted_before:
                        restore.append(item.article_id)
                    continue
                yield item
        except OSError as err:  # a file that vanished or became unreadable mid-run
            unreadable.add(path)
            totals.seen += 1
            yield Rejection(path, f"cannot read: {path} ({err})")
        totals.files_read += 1
        _notify("read", totals)


def _chunks(items: Iterator[Article | Rejection], size: int
            ) -> Iterator[tuple[list[Article], list[Rejection]]]:
    """Bounded batches of articles (rejections ride along with the batch they came in)."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for item in items:
        if isinstance(item, Rejection):
            rejections.append(item)
        else:
            articles.append(item)
        if len(articles) >= size or len(rejections) >= size:
            yield articles, rejections
            articles, rejections = [], []
    if articles or rejections:
        yield articles, rejections


def _extract_and_store(db: str, run_id: str,
                       batches: Iterator[tuple[list[Article], list[Rejection]]], workers: int,
                       totals: RunTotals, logger) -> None:
    """Extract batches (in worker processes once there are two or more) and store each as it
    comes back, in order. At most 2 x workers batches are in memory at once."""

    def stored(extracted, rejections: list[Rejection]) -> None:
        done, failed = extracted
        # quote(): Prefect would otherwise walk every article and event looking for futures
        result = store_batch(db, quote(done), quote([*rejections, *failed]), run_id)
        totals.added += result.added
        totals.updated += result.updated
        totals.unchanged += result.unchanged
        totals.events_added += result.events_added
        totals.failed += len(failed)
        totals.reject([*rejections, *failed, *result.duplicates])
        room = ARTIFACT_EVENT_ROWS - len(totals.new_events)
        if room > 0:
            totals.new_events.extend(result.added_events[:room])
        logger.info("stored a batch: %d added, %d updated, %d events",
                    result.added, result.updated, result.events_added)
        _notify("stored", totals)

    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if workers > 1 else None
    if second is None:  # one batch or one worker: extra processes would cost more than they save
        stored(extract_events(quote(first[0])) if first[0] else ([], []), first[1])
        for articles, rejections in batches:
            stored(extract_events(quote(articles)) if articles else ([], []), rejections)
        return

    # The tagger is CPU-bound Python, so the work goes to plain worker processes (they import
    # only the tagger and start in a fraction of a second); each batch is still one Prefect
    # task run, submitted to the flow's thread pool, that waits for its worker.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque = deque()

        def submit(batch: tuple[list[Article], list[Rejection]]) -> None:
            articles, rejections = batch
            future = (extract_events.submit(quote(articles), quote(pool))
                      if articles else None)
            pending.append((future, rejections))

        def drain_one() -> None:
            future, rejections = pending.popleft()
            stored(future.result() if future is not None else ([], []), rejections)

        submit(first)
        submit(second)
        for batch in batches:
            while len(pending) >= 2 * workers:
                drain_one()
            submit(batch)
        while pending:
            drain_one()


# --- reporting ---------------------------------------------------------------------------

def _summary(run_id: str, db: str, roots: list[str], totals: RunTotals) -> dict[str, Any]:
    return {
        "run_id": run_id, "db": db, "sources": roots, "files": totals.files,
        **totals.counts(), "failed": totals.failed,
        "rejections": [{"source": r.source, "reason": r.reason} for r in totals.rejections],
    }


def _cell(text: str | None, width: int = 120) -> str:
    text = (text or "").replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _publish(summary: dict[str, Any], totals: RunTotals, logger) -> None:
    """The run summary as Prefect artifacts (markdown counts + rejections, table of new
    events) and one log line."""
    lines = [
        "# Timeline ingest", "",
        f"Database: `{summary['db']}`  ", f"Sources: {', '.join(summary['sources'])}", "",
        "| files | seen | added | updated | unchanged | rejected | deleted | events added |",
        "|---|---|---|---|---|---|---|---|",
        f"| {totals.files} | {totals.seen} | {totals.added} | {totals.updated} | "
        f"{totals.unchanged} | {totals.rejected} | {totals.deleted} | {totals.events_added} |",
    ]
    if totals.rejections:
        lines += ["", "## Rejected", "", "| source | reason |", "|---|---|"]
        lines += [f"| {_cell(r.source)} | {_cell(r.reason)} |" for r in totals.rejections]
        if totals.rejected > len(totals.rejections):
            lines.append(f"\n…and {totals.rejected - len(totals.rejections)} more "
                         f"(see the `rejections` table, run_id `{summary['run_id']}`).")
    create_markdown_artifact("\n".join(lines), key="timeline-ingest-summary",
                             description="counts and rejections of this ingest run")
    if totals.new_events:
        rows = [{
            "date_start": str(e.date_start), "date_end": str(e.date_end),
            "expression": e.expression or "(dateline)", "relation": e.relation,
            "certainty": e.certainty, "sentence": _cell(e.sentence), "source": source,
        } for source, e in totals.new_events]
        create_table_artifact(rows, key="timeline-ingest-new-events",
                              description=f"first {len(rows)} of {totals.events_added} new "
                                          "events")
    logger.info(
        "ingest done: %d files, %d seen, %d added, %d updated, %d unchanged, %d rejected, "
        "%d deleted, %d events added", totals.files, totals.seen, totals.added, totals.updated,
        totals.unchanged, totals.rejected, totals.deleted, totals.events_added)
