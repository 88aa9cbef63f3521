"""The ingest flow: discover -> read + skip unchanged + extract (batches) -> store -> report.

Few, coarse task runs: one discovery, then per batch of files (DEFAULT_BATCH_SIZE) one
store (and one extract when the batch is tagged in the flow process itself). Reading,
hashing and tagging are CPU-bound Python, so once there is more than one chunk of work they
run in worker processes: the flow process sends each worker chunks of paths with the stored
hashes of their articles (unchanged articles are skipped before any tagging) and gets back
plain rows ready to append (store.ArticleRows); it only discovers, compares and writes.
One writer in the flow process stores what comes back in order, one transaction per batch,
while the workers go on with the next batch (a few batches in flight, so memory stays
flat). The DuckDB file is opened only for each write so readers get in between. A file
lock on `<db>.lock` serializes whole flow runs per database.

Unattended operation: a run killed at any moment leaves whole articles only (one
transaction per batch) and its `ingest_runs` row at 'running'; the next run, once it holds
the lock, marks such rows 'interrupted' and, since unchanged articles are skipped, finishes
the job. Files that fail to read with an I/O error are retried by a Prefect task with
retries; bad files are rejected with a reason, and an unchanged bad file is not recorded
again on every scheduled run (counted as `unchanged_rejected`), nor is an unchanged bad item
of a feed or JSONL file while the rest of the file changes (store.rejection_fingerprint).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext, get_run_context
from prefect.utilities.annotations import quote

from timeline import store
from timeline.feed_fetch import cache_folder, is_url, source_root
from timeline.model import Article, Reference, Rejection
from timeline.pipeline import (
    BatchResult,
    SourceBatch,
    io_failure,
    read_and_extract,
    transient,
    warm_up,
)
from timeline.sources import is_feed

DEFAULT_BATCH_SIZE = 2000  # articles per extract task run and per store transaction
# Files (or streamed articles) a worker process takes at a time: a batch is split into
# such chunks so that the workers share out a batch evenly and finish together.
WORKER_CHUNK = 250
# Extract task runs submitted ahead of the writer: at least this many batches, and enough
# for 2 chunks per worker when batches are small
BATCHES_IN_FLIGHT = 2
DEFAULT_WORKERS = max(1, min(os.cpu_count() or 1, 4))
ARTIFACT_EVENT_ROWS = 200  # new events listed in the run's table artifact
SUMMARY_REJECTIONS = 100  # rejections kept in memory for the summary (all go to the DB)
LOCK_WAIT_SECONDS = 6 * 3600
READ_RETRIES = 2  # more attempts for files that failed with an I/O error
READ_RETRY_DELAYS = [5, 30]
FETCH_RETRIES = 2  # more attempts for feed URLs that failed (a server hiccup)
FETCH_RETRY_DELAYS = [5, 30]
FETCH_THREADS = 8  # feeds downloaded at the same time
# Files up to this size are read by the worker processes; larger ones (a big JSONL feed)
# are streamed by the flow process so that no batch has to hold a whole file.
WORKER_FILE_BYTES = 1 << 20
BATCH_BYTES = 32 << 20  # cap on the bytes of the files of one batch

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
    unchanged_rejected: int = 0  # rejections of unchanged files or items, recorded before
    interrupted: list[str] = field(default_factory=list)  # earlier runs found dead
    run_id: str = ""
    rejections: list[Rejection] = field(default_factory=list)
    new_events: list[tuple[str, tuple]] = field(default_factory=list)  # (source, event row)

    def reject(self, rejections: Iterable[Rejection]) -> None:
        """Count rejections recorded by this run (the summary keeps the first ones)."""
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
def discover_sources(paths: list[str]
                     ) -> tuple[list[tuple[str, str]], list[tuple[Rejection, str | None]]]:
    """Every source file under `paths` as (resolved path, stamp), and the paths that cannot
    be read (with the stamp of the link or file itself when there is one)."""
    from timeline.sources import discover

    files: list[tuple[str, str]] = []
    problems: list[tuple[Rejection, str | None]] = []
    real_folders: dict[str, str] = {}
    for item in discover(paths):
        if isinstance(item, Rejection):
            problems.append((item, _lstamp(item.source)))
        else:
            files.append((_real_path(str(item.path), real_folders),
                          _stamp(item.size, item.mtime_ns)))
    return files, problems


def _real_path(path: str, real_folders: dict[str, str]) -> str:
    """The file's path with every symlink resolved, like Path.resolve(): the folder is
    resolved once for all its files (resolving each file walked its whole path)."""
    if os.path.islink(path):
        return os.path.realpath(path)
    folder, name = os.path.split(path)
    real = real_folders.get(folder)
    if real is None:  # realpath, not abspath: "link/../x" must follow the link first
        real = real_folders[folder] = os.path.realpath(folder or ".")
    return os.path.join(real, name)


def _stamp(size: int, mtime_ns: int) -> str:
    """What identifies one version of a file without reading it."""
    return f"size={size} mtime_ns={mtime_ns}"


def fetch_failure_stamp() -> str:
    """The stamp of a feed URL that failed: a new one each day, so a feed that keeps
    failing is recorded once a day and not on every scheduled run."""
    return f"fetch-failed {date.today()}"


def _lstamp(path: str) -> str | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return _stamp(st.st_size, st.st_mtime_ns)


def _reading_problem(path: str) -> str | None:
    """Read a whole file as ingest does (keeping nothing); the I/O error it fails with, if
    any. Bad content is not a reading problem."""
    from timeline.sources import read_articles

    try:
        for item in read_articles(Path(path)):
            if isinstance(item, Rejection) and _io_failure(path, item):
                return item.reason
    except OSError as err:
        return f"cannot read: {path} ({err})"
    return None


@task(name="fetch-feeds", retries=FETCH_RETRIES, retry_delay_seconds=FETCH_RETRY_DELAYS,
      cache_policy=NO_CACHE, persist_result=False)
def fetch_feeds(urls: list[str], folder: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Download feed URLs into the cache folder (a few at a time): the cached files of
    those fetched, and (url, reason) for those that failed. While some fail and Prefect has
    retries left, the task fails so that Prefect tries again after FETCH_RETRY_DELAYS."""
    from concurrent.futures import ThreadPoolExecutor

    from timeline.feed_fetch import FetchError, fetch_feed

    def fetch(url: str) -> tuple[str, str | None, str | None]:
        try:
            return url, str(fetch_feed(url, Path(folder))), None
        except FetchError as err:
            return url, None, str(err)

    with ThreadPoolExecutor(min(FETCH_THREADS, len(urls))) as pool:
        results = list(pool.map(fetch, dict.fromkeys(urls)))
    fetched = [path for _, path, _ in results if path]
    failed = [(url, reason) for url, _, reason in results if reason]
    attempts = _attempts_or_retry(len(failed), "feed(s) could not be fetched",
                                  failed[0][1] if failed else "")
    return fetched, [(url, f"{reason}; still failing after {attempts}")
                     for url, reason in failed]


def _attempts_or_retry(failing: int, what: str, example: str) -> str:
    """Inside a task with retries: while some items still fail and Prefect has retries
    left, fail the task so that Prefect tries again; on the last attempt, how many
    attempts were made ("3 attempts")."""
    context = TaskRunContext.get()
    attempt = context.task_run.run_count if context else 1
    retries = context.task.retries if context else 0
    if failing and attempt <= retries:
        raise OSError(f"{failing} {what} (attempt {attempt} of {retries + 1}), e.g. {example}")
    return f"{attempt} attempt{'s' if attempt != 1 else ''}"


@task(name="retry-unreadable", retries=READ_RETRIES, retry_delay_seconds=READ_RETRY_DELAYS,
      cache_policy=NO_CACHE, persist_result=False)
def retry_unreadable(files: list[tuple[str, str]]
                     ) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """Files that failed to read with an I/O error (a network share, a disk hiccup), tried
    again: the ones readable now, and (path, stamp, reason) of those that still fail.

    While some still fail and Prefect has retries left, the task fails so Prefect retries
    it (after READ_RETRY_DELAYS); on the last attempt it gives up on those files only."""
    readable: list[tuple[str, str]] = []
    failing: list[tuple[str, str, str]] = []
    for path, stamp in files:
        problem = _reading_problem(path)
        if problem is None:
            readable.append((path, stamp))
        else:
            failing.append((path, stamp, problem))
    attempts = _attempts_or_retry(len(failing), "file(s) still unreadable",
                                  failing[0][2] if failing else "")
    return readable, [(p, st, f"{reason}; still failing after {attempts}")
                      for p, st, reason in failing]


_transient = transient
_io_failure = io_failure


@task(name="extract-events", cache_policy=NO_CACHE, persist_result=False)
def extract_events(chunks: list[SourceBatch], reference: Reference | None,
                   default_lang: str | None) -> list[BatchResult]:
    """Read the chunks' files and tag the articles that changed, in this process (one
    worker, or one chunk of work); a failing article becomes a rejection, not a failed
    task. One result per chunk, in order."""
    return [read_and_extract(chunk, reference, default_lang) for chunk in chunks]


@task(name="store-batch", retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE,
      persist_result=False)
def store_batch(db: str, batch: list[store.ArticleRows], rejections: list[Rejection],
                run_id: str, stamps: dict[Rejection, str] | None = None) -> store.WriteResult:
    """One short writer session: the batch in one transaction, then its rejections (those
    not already recorded for the same unchanged file or item). Safe to retry: a failed
    transaction rolled back and the write is idempotent. Closing checkpoints, so the next
    session (a reader's or ours) does not replay a growing write-ahead log."""
    stamps = dict(stamps or {})
    with store.open_writer(db) as con:
        result = store.write_rows(con, batch, run_id)
        stamp_of_source = {a.source: a.source_stamp for a in batch}
        for duplicate in result.duplicates:
            if stamp_of_source.get(duplicate.source):
                stamps[duplicate] = stamp_of_source[duplicate.source]
        offered = [*rejections, *result.duplicates]
        result.rejections_recorded = store.record_rejections(con, run_id, offered, stamps)
        result.rejections_repeated = len(set(offered)) - len(result.rejections_recorded)
    return result


# --- the flow ----------------------------------------------------------------------------

@flow(name="timeline-ingest", log_prints=False)
def ingest_flow(paths: list[str], db: str = store.DEFAULT_DB,
                default_reference: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                workers: int = DEFAULT_WORKERS, default_lang: str | None = None,
                dask_address: str | None = None) -> dict[str, Any]:
    """Ingest articles from files and folders into the DuckDB timeline at `db`.

    `default_reference` (ISO date, any precision) dates articles that carry none; without
    it they are rejected with a reason. With `dask_address` (e.g. tcp://host:8786) the
    articles are read and tagged on that Dask cluster instead of local worker processes
    (`workers` is then the cluster's worker threads); this process still writes. Returns
    the run's counts and first rejections.
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
        # The cluster is reached (and checked) before the run writes anything: when it
        # cannot be, the run fails with the database as it was.
        with _extraction_cluster(dask_address, paths, logger) as cluster:
            return _ingest_locked(paths, db, reference, default_lang, batch_size, workers,
                                  logger, cluster)
    finally:
        lock.release()


@contextmanager
def _extraction_cluster(address: str | None, paths: list[str], logger) -> Iterator[Any]:
    """The Dask cluster to extract on (flows.dask_cluster.DaskCluster), or None for the
    local worker processes."""
    if not address:
        yield None
        return
    from flows.dask_cluster import connect

    local = [source_root(p) for p in paths if not is_url(p)]
    with connect(address, local) as cluster:
        logger.info("extracting on the Dask cluster at %s (%d worker threads)", address,
                    cluster.threads)
        yield cluster


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # outside a flow run (never in practice)
        return None


def _ingest_locked(paths: list[str], db: str, reference, default_lang: str | None,
                   batch_size: int, workers: int, logger, cluster=None) -> dict[str, Any]:
    run_id = uuid.uuid4().hex
    totals = RunTotals(run_id=run_id)
    urls = [p for p in paths if is_url(p)]
    roots = [source_root(p) for p in paths]  # as shown
    read_roots = [r for r in roots if not is_url(r)]  # what is walked: files, cached feeds
    with store.open_writer(db) as con:
        totals.interrupted = store.mark_interrupted(con)  # we hold the lock: they are dead
        store.start_run(con, run_id, _flow_run_id(), roots)
        known = store.known_versions(con)
        deleted_before = store.deleted_ids(con)
        files_in_db = store.current_files(con)
    if totals.interrupted:
        logger.warning("%d earlier run(s) on %s ended without finishing (killed or crashed): "
                       "%s; marked 'interrupted', this run picks up their work",
                       len(totals.interrupted), db, ", ".join(totals.interrupted))
    _notify("started", totals)
    status = "failed"
    try:
        fetch_problems: list[tuple[Rejection, str | None]] = []
        if urls:
            fetched, failed = fetch_feeds(urls, str(cache_folder(db)))
            # A feed that could not be fetched is left out of this run altogether: its
            # cached copy is not walked, so nothing read from it is deleted or changed.
            read_roots += fetched
            for url, reason in failed:
                logger.warning("%s", reason)
                # Recorded once a day while it keeps failing, not on every scheduled run.
                fetch_problems.append((Rejection(url, reason), fetch_failure_stamp()))
        files, problems = discover_sources(read_roots)
        problems = fetch_problems + problems
        totals.files = len(files)
        _notify("discovered", totals)
        logger.info("found %d source files under %s", len(files), ", ".join(roots))

        # Files that vanished: flag their articles before storing, so that a renamed file's
        # content is not taken for a duplicate of its old name. Paths that could not be
        # listed (a folder without permission, a missing mount) hide files: not vanished.
        listed = {path for path, _ in files}
        blind = [r.source for r, _ in problems]
        vanished = [aid for f, ids in files_in_db.items()
                    if _under(f, read_roots) and f not in listed and not _under(f, blind)
                    for aid in ids]
        if vanished:
            with store.open_writer(db) as con:
                totals.deleted += store.mark_deleted(con, vanished)
        inbox = _Inbox(reference, default_lang, known, deleted_before, totals)
        chunk = min(batch_size, WORKER_CHUNK)
        _extract_and_store(db, run_id,
                           _read_inbox(files, problems, inbox, files_in_db, chunk),
                           workers, inbox, batch_size, logger, cluster)

        # Records gone from files still present (a JSONL line removed), and files back again.
        # Not feeds: a feed lists only its latest items, and one that scrolled out of it is
        # still a published article.
        gone = [aid for f, ids in files_in_db.items()
                if f in listed and f not in inbox.unreadable and not is_feed(f) for aid in ids
                if aid not in inbox.seen_ids]
        _notify("finishing", totals)
        with store.open_writer(db) as con:
            totals.deleted += store.mark_deleted(con, gone)
            store.restore(con, inbox.restore)
        status = "completed"
    finally:
        _finish(db, run_id, totals, status, logger)
    _notify("done", totals)
    summary = _summary(run_id, db, roots, totals)
    _publish(summary, totals, logger)
    return summary


def _finish(db: str, run_id: str, totals: RunTotals, status: str, logger) -> None:
    """Record the run's end and fold the write-ahead log into the file. If even that cannot
    be written, the row stays 'running' and the next run marks it 'interrupted'."""
    try:
        with store.open_writer(db) as con:
            store.finish_run(con, run_id, totals.counts(), status)
            con.execute("CHECKPOINT")  # leave a single file behind, readable by DuckDB 1.x
    except store.StoreError as err:
        if status == "completed":
            raise
        logger.error("could not record the end of the failed run %s: %s", run_id, err)


def _under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


@dataclass
class _Inbox:
    """What the reading pass of one run starts from and learns about the inbox."""

    reference: Any
    default_lang: str | None
    known: dict[str, str]  # article id -> content hash of its current version
    deleted_before: set[str]
    totals: RunTotals
    seen_ids: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)  # files with a rejection
    restore: list[str] = field(default_factory=list)  # deleted articles whose file is back
    stamps: dict[Rejection, str] = field(default_factory=dict)  # rejection -> its file's stamp
    retry_later: list[tuple[str, str]] = field(default_factory=list)  # I/O errors


def _read_inbox(files: list[tuple[str, str]], problems: list[tuple[Rejection, str | None]],
                inbox: _Inbox, files_in_db: dict[str, list[str]], size: int
                ) -> Iterator[SourceBatch]:
    """Bounded chunks of work (`size` files or articles). Files up to WORKER_FILE_BYTES go
    to the workers by path (with the stored hashes of their articles, so unchanged ones are
    skipped before any tagging); larger ones (a big JSONL feed) are streamed here, article
    by article, so no chunk holds a whole large file. Rejections ride along with the chunk
    they came in."""
    batch = SourceBatch()
    batch_bytes = 0
    for rejection, stamp in problems:
        if stamp:
            inbox.stamps[rejection] = stamp
        batch.rejections.append(rejection)
        if len(batch.rejections) >= size:
            yield batch
            batch = SourceBatch()
    queued: set[str] = set()
    for path, stamp in files:
        file_bytes = _stamp_size(stamp)
        if path in queued:  # named twice (a folder and a file in it): read once
            inbox.totals.files_read += 1
            continue
        queued.add(path)
        if file_bytes <= WORKER_FILE_BYTES:
            batch.files.append((path, stamp))
            batch.known.update((aid, inbox.known[aid]) for aid in files_in_db.get(path, ())
                               if aid in inbox.known)
            batch_bytes += file_bytes
        else:
            for item in _read_file(path, stamp, inbox, defer_io_errors=True):
                (batch.rejections if isinstance(item, Rejection) else batch.articles
                 ).append(item)
                if len(batch.articles) >= size or len(batch.rejections) >= size:
                    yield batch
                    batch, batch_bytes = SourceBatch(), 0
            inbox.totals.files_read += 1
        if len(batch.files) + len(batch.articles) >= size or batch_bytes >= BATCH_BYTES:
            yield batch
            batch, batch_bytes = SourceBatch(), 0
    if len(batch):
        yield batch


def _retry_batches(inbox: _Inbox, size: int) -> Iterator[SourceBatch]:
    """Files that failed with an I/O error, tried again by the `retry-unreadable` task
    (with Prefect's retries), then read here; what still fails is rejected."""
    if not inbox.retry_later:
        return
    readable, failing = retry_unreadable(inbox.retry_later)
    inbox.retry_later = []
    batch = SourceBatch()
    for path, stamp, reason in failing:
        inbox.unreadable.add(path)
        inbox.totals.seen += 1
        rejection = Rejection(path, reason)
        inbox.stamps[rejection] = stamp
        batch.rejections.append(rejection)
    for path, stamp in readable:
        for item in _read_file(path, stamp, inbox, defer_io_errors=False):
            (batch.rejections if isinstance(item, Rejection) else batch.articles).append(item)
            if len(batch.articles) >= size or len(batch.rejections) >= size:
                yield batch
                batch = SourceBatch()
        inbox.totals.files_read += 1
    if len(batch):
        yield batch


def _stamp_size(stamp: str) -> int:
    return int(stamp.split(" ", 1)[0].removeprefix("size="))


def _read_file(path: str, stamp: str, inbox: _Inbox,
               defer_io_errors: bool) -> Iterator[Article | Rejection]:
    """Stream one (large) file's articles that need tagging, in the flow process."""
    from timeline.sources import read_articles

    totals = inbox.totals
    try:  # item by item: a large JSONL file is never held in memory
        for item in read_articles(Path(path), default_reference=inbox.reference,
                                  default_lang=inbox.default_lang):
            if isinstance(item, Rejection):
                if defer_io_errors and _io_failure(path, item):
                    inbox.retry_later.append((path, stamp))
                    return
                totals.seen += 1
                inbox.unreadable.add(path)
                inbox.stamps[item] = stamp
                yield item
                continue
            if item.article_id in inbox.seen_ids:  # read before an I/O error cut the file
                continue
            totals.seen += 1
            item.meta["source_file"] = path
            item.meta["source_stamp"] = stamp
            inbox.seen_ids.add(item.article_id)
            if inbox.known.get(item.article_id) == item.content_hash:
                totals.unchanged += 1
                if item.article_id in inbox.deleted_before:
                    inbox.restore.append(item.article_id)
                continue
            yield item
    except OSError as err:  # raised by the reader (JSONL) or a file that vanished mid-run
        if defer_io_errors and _transient(err):
            inbox.retry_later.append((path, stamp))
            return
        inbox.unreadable.add(path)
        totals.seen += 1
        rejection = Rejection(path, f"cannot read: {path} ({err})")
        inbox.stamps[rejection] = stamp
        yield rejection


def _take_outcomes(result: BatchResult, inbox: _Inbox) -> list[Rejection]:
    """Fold what the workers found while reading into the run's state; the rejections of
    the files they read (to record with the batch)."""
    totals = inbox.totals
    rejections: list[Rejection] = []
    for o in result.outcomes:
        if o.retry:
            inbox.retry_later.append((o.path, o.stamp))
            continue
        totals.files_read += 1
        inbox.seen_ids.update(o.seen)
        totals.seen += len(o.seen) + len(o.rejections)
        totals.unchanged += len(o.unchanged)
        inbox.restore.extend(aid for aid in o.unchanged if aid in inbox.deleted_before)
        if o.rejections:
            inbox.unreadable.add(o.path)
            for r in o.rejections:
                inbox.stamps[r] = o.stamp
            rejections.extend(o.rejections)
    return rejections


def _extract_and_store(db: str, run_id: str, chunks: Iterator[SourceBatch], workers: int,
                       inbox: _Inbox, size: int, logger, cluster=None) -> None:
    """Read + extract batches (in worker processes once there is more than one chunk of
    work, or on the Dask `cluster` when there is one) and store each as it comes back, in
    order, while the workers go on with the next ones. A batch is about `size` articles in
    chunks of WORKER_CHUNK: one extract task run and one store transaction, so a run has
    few task runs and the workers share each batch evenly. Only a few batches are
    submitted ahead of the writer (BATCHES_IN_FLIGHT, or 2 chunks per worker), so memory
    stays flat; files that failed to read are retried at the end."""
    totals, stamps = inbox.totals, inbox.stamps

    def stored(parts: list[tuple[BatchResult, SourceBatch]]) -> None:
        done: list[store.ArticleRows] = []
        failed: list[Rejection] = []
        rejections: list[Rejection] = []
        batch_stamps: dict[Rejection, str] = {}
        for result, batch in parts:
            read_rejections = _take_outcomes(result, inbox)
            batch_stamps.update({r: stamps[r] for r in (*batch.rejections, *read_rejections)
                                 if r in stamps})
            batch_stamps.update(result.failed_stamps)
            done.extend(result.done)
            failed.extend(result.failed)
            rejections.extend([*batch.rejections, *read_rejections, *result.failed])
        _notify("read", totals)
        if not done and not rejections:
            return  # nothing changed in these batches: no writer session, no task run
        _notify("storing", totals)
        # quote(): Prefect would otherwise walk every row looking for futures
        written = store_batch(db, quote(done), quote(rejections), run_id, quote(batch_stamps))
        totals.added += written.added
        totals.updated += written.updated
        totals.unchanged += written.unchanged
        totals.events_added += written.events_added
        totals.failed += len(failed)
        totals.reject(written.rejections_recorded)
        totals.unchanged_rejected += written.rejections_repeated
        room = ARTIFACT_EVENT_ROWS - len(totals.new_events)
        if room > 0:
            totals.new_events.extend(written.added_events[:room])
        logger.info("stored a batch: %d added, %d updated, %d events",
                    written.added, written.updated, written.events_added)
        _notify("stored", totals)

    def in_process(batches: Iterator[list[SourceBatch]]) -> None:
        for batch in batches:
            results = extract_events(quote(batch), quote(inbox.reference), inbox.default_lang)
            stored(list(zip(results, batch, strict=True)))

    batches = _batches(chunks, size)
    if cluster is not None:
        # The chunks go to the cluster directly, as to the local pool, and NOT as one
        # Prefect task run each through prefect-dask's DaskTaskRunner: a task run costs
        # ~0.3-0.5 s of Prefect overhead here (and Prefect's local store fails past ~1000
        # task runs), which is why the flow dropped its extract task runs for the pool
        # too. Every chunk goes there, even a single one: the user asked for the cluster.
        # The flow process stays the one writer; in flight: as many chunks as for a pool
        # of the cluster's worker threads.
        def on_cluster(chunk: SourceBatch):
            # pure=False: every chunk is new work, and Dask need not hash its arguments
            return cluster.client.submit(read_and_extract, chunk, inbox.reference,
                                         inbox.default_lang, pure=False)

        with _gc_spared():
            _in_order(on_cluster, batches, cluster.threads, size, stored)
            _in_order(on_cluster, _batches(_retry_batches(inbox, size), size),
                      cluster.threads, size, stored)
        return

    first = next(batches, None)
    second = None
    if workers > 1 and first is not None and len(first) == 1:
        second = next(batches, None)
    if first is None or workers < 2 or (len(first) == 1 and second is None):
        # one chunk of work or one worker: extra processes would cost more than they save
        in_process(_chain([first], batches) if first is not None else iter(()))
        in_process(_batches(_retry_batches(inbox, size), size))
        return

    # Reading and tagging are CPU-bound Python, so the work goes to plain worker processes
    # (they import only the reader and the tagger, once, and start in a fraction of a
    # second). Only paths and known hashes go to the workers, and only rows come back.
    # The chunks go to the pool directly, not through a Prefect task run: such a run
    # would only wait for them, at ~25 ms of the API server's CPU each; a batch's task
    # run is its store (with its retries).
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=warm_up) as pool, _gc_spared():
        def in_pool(chunk: SourceBatch):
            return pool.submit(read_and_extract, chunk, inbox.reference, inbox.default_lang)

        ahead = [first] if second is None else [first, second]
        _in_order(in_pool, _chain(ahead, batches), workers, size, stored)
    in_process(_batches(_retry_batches(inbox, size), size))


def _in_order(submit: Callable[[SourceBatch], Any], batches: Iterator[list[SourceBatch]],
              workers: int, size: int,
              stored: Callable[[list[tuple[BatchResult, SourceBatch]]], None]) -> None:
    """Submit each batch's chunks (`submit(chunk)` -> a future with done() and result():
    a process pool's or a Dask client's) and store the results batch by batch, in order.
    A batch is submitted only while fewer than BATCHES_IN_FLIGHT batches, or fewer than
    2 chunks per worker, wait to be stored: memory stays flat however many there are."""
    pending: deque = deque()

    def submit_batch(batch: list[SourceBatch]) -> None:
        pending.append(([submit(chunk) for chunk in batch], batch))

    def done(futures: list) -> bool:
        return all(future.done() for future in futures)

    def results(futures: list) -> list[BatchResult]:
        return [future.result() for future in futures]

    def drain_one() -> None:
        """Store the oldest batch, together with the next ones if they are done too and
        the oldest is short (unchanged files): one writer session for all of them."""
        futures, batch = pending.popleft()
        parts = list(zip(results(futures), batch, strict=True))
        articles = sum(len(result.done) for result, _ in parts)
        while pending and done(pending[0][0]) and articles < size:
            futures, batch = pending.popleft()
            more = list(zip(results(futures), batch, strict=True))
            parts.extend(more)
            articles += sum(len(result.done) for result, _ in more)
        stored(parts)

    def full() -> bool:
        chunks = sum(len(batch) for _, batch in pending)
        return len(pending) >= BATCHES_IN_FLIGHT and chunks >= 2 * workers

    for batch in batches:
        while full():
            drain_one()
        submit_batch(batch)
    while pending:
        drain_one()


@contextmanager
def _gc_spared() -> Iterator[None]:
    """Keep the objects alive before the block (Prefect's, the modules') out of the
    garbage collector's full passes while it runs: the rows coming back from the workers
    set off such passes, and each walked all of them (~0.2 s each, ~0.4 s of the flow
    process's CPU per 20k benchmark articles). Objects made inside the block are collected
    as usual; after it the frozen ones are handed back."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _batches(chunks: Iterator[SourceBatch], size: int) -> Iterator[list[SourceBatch]]:
    """Consecutive chunks grouped into batches of about `size` files and articles."""
    batch: list[SourceBatch] = []
    n = 0
    for chunk in chunks:
        batch.append(chunk)
        n += len(chunk)
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


def _chain(firsts: list, rest: Iterator) -> Iterator:
    """The items of `firsts` (taken from `rest` already), then the rest."""
    yield from firsts
    yield from rest


# --- reporting ---------------------------------------------------------------------------

def _summary(run_id: str, db: str, roots: list[str], totals: RunTotals) -> dict[str, Any]:
    return {
        "run_id": run_id, "db": db, "sources": roots, "files": totals.files,
        **totals.counts(), "interrupted_runs": list(totals.interrupted),
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
        "| files | seen | added | updated | unchanged | rejected | deleted | events added "
        "| rejected before (unchanged) | tagging failed |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {totals.files} | {totals.seen} | {totals.added} | {totals.updated} | "
        f"{totals.unchanged} | {totals.rejected} | {totals.deleted} | {totals.events_added} "
        f"| {totals.unchanged_rejected} | {totals.failed} |",
    ]
    if totals.interrupted:
        lines += ["", f"Earlier runs that ended without finishing (now marked interrupted): "
                      f"{', '.join(f'`{r}`' for r in totals.interrupted)}"]
    if totals.unchanged_rejected:
        lines += ["", f"{totals.unchanged_rejected} rejections come from files (or items of "
                      "a feed or JSONL file) unchanged since an earlier run recorded them; "
                      "they are not recorded again (see the `rejections` table)."]
    if totals.rejections:
        lines += ["", "## Rejected", "", "| source | reason |", "|---|---|"]
        lines += [f"| {_cell(r.source)} | {_cell(r.reason)} |" for r in totals.rejections]
        if totals.rejected > len(totals.rejections):
            lines.append(f"\n…and {totals.rejected - len(totals.rejections)} more "
                         f"(see the `rejections` table, run_id `{summary['run_id']}`).")
    create_markdown_artifact("\n".join(lines), key="timeline-ingest-summary",
                             description="counts and rejections of this ingest run")
    if totals.new_events:
        events = [(source, store.event_row_dict(row)) for source, row in totals.new_events]
        rows = [{
            "date_start": str(e["date_start"]), "date_end": str(e["date_end"]),
            "expression": e["expression"] or "(dateline)", "relation": e["relation"],
            "certainty": e["certainty"], "sentence": _cell(e["sentence"]), "source": source,
        } for source, e in events]
        create_table_artifact(rows, key="timeline-ingest-new-events",
                              description=f"first {len(rows)} of {totals.events_added} new "
                                          "events")
    logger.info(
        "ingest done: %d files, %d seen, %d added, %d updated, %d unchanged, %d rejected "
        "(+%d rejected before, unchanged), %d deleted, %d events added", totals.files,
        totals.seen, totals.added, totals.updated, totals.unchanged, totals.rejected,
        totals.unchanged_rejected, totals.deleted, totals.events_added)
