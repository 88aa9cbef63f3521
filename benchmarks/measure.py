"""The measurements: the naive dateparser approach, our tagger on one core and on several
processes, and the start-up time of light CLI commands.

Each function returns a plain dict (it goes to the results JSON as it is).
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from benchmarks.corpus import CorpusArticle, iter_article_paths, read_article


def _to_article(ca: CorpusArticle):
    from timeline.model import Article

    return Article(article_id=str(ca.path), source=str(ca.path), body=ca.body,
                   content_hash="", reference=ca.reference, lang=ca.lang)


# --- (a) the naive approach --------------------------------------------------------------

def naive_search_dates(root: Path, sample: int) -> dict:
    """What a user writes first: dateparser's search_dates over each whole body, relative
    to the dateline. Measured on the first `sample` articles (it is slow), after one
    warm-up call on another article (so loading dateparser's language data is not counted).
    """
    from dateparser.search import search_dates

    paths = list(itertools.islice(iter_article_paths(root), sample + 1))
    warm = read_article(paths[-1])
    search_dates(warm.body, languages=[warm.lang], settings={"RELATIVE_BASE": warm.reference.dct})
    articles = [read_article(p) for p in paths[:-1]]
    found = 0
    chars = 0
    per_article = []
    for a in articles:
        t = time.perf_counter()
        result = search_dates(a.body, languages=[a.lang],
                              settings={"RELATIVE_BASE": a.reference.dct})
        per_article.append(time.perf_counter() - t)
        found += len(result or ())
        chars += len(a.body.encode("utf-8"))
    total = sum(per_article)
    return {
        "articles": len(articles), "seconds": total,
        "articles_per_s": len(articles) / total, "mb_per_s": chars / 1e6 / total,
        "ms_per_article": 1000 * total / len(articles),
        "p99_ms": 1000 * _quantile(per_article, 0.99),
        "dates_per_article": found / len(articles),
    }


# --- (b) our tagger alone ----------------------------------------------------------------

def tagger_one_core(root: Path, count: int) -> dict:
    """tag + build_events per article in this process. Reading files is timed apart, so
    `articles_per_s` is the extraction alone and `end_to_end_per_s` includes reading."""
    from timeline.events import build_events
    from timeline.temporal import tag

    read_s = extract_s = 0.0
    n = chars = mentions = events = 0
    per_article: list[float] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    for path in itertools.islice(iter_article_paths(root), count):
        t0 = time.perf_counter()
        ca = read_article(path)
        t1 = time.perf_counter()
        found = tag(ca.body, ca.lang, ca.reference)
        evs = build_events(_to_article(ca), found)
        t2 = time.perf_counter()
        read_s += t1 - t0
        extract_s += t2 - t1
        per_article.append(t2 - t1)
        n += 1
        chars += len(ca.body.encode("utf-8"))
        mentions += len(found)
        events += len(evs)
    wall = time.perf_counter() - started
    return {
        "articles": n, "extract_seconds": extract_s, "read_seconds": read_s,
        "cpu_seconds": time.process_time() - cpu_started,
        "wall_seconds": wall, "articles_per_s": n / extract_s,
        "end_to_end_per_s": n / wall, "mb_per_s": chars / 1e6 / extract_s,
        "ms_per_article": 1000 * extract_s / n,
        "p50_ms": 1000 * _quantile(per_article, 0.5),
        "p99_ms": 1000 * _quantile(per_article, 0.99),
        "mentions_per_article": mentions / n, "events_per_article": events / n,
        "body_mb": chars / 1e6,
    }


def sources_read_cost(root: Path, count: int) -> dict:
    """What the flow's reader (timeline.sources.read_articles: decoding, dateline,
    language detection, hashing) costs per article, in one process: part of the flow's
    work outside extraction that is neither Prefect nor DuckDB."""
    from timeline.sources import read_articles

    paths = list(itertools.islice(iter_article_paths(root), count))
    started, cpu = time.perf_counter(), time.process_time()
    rejected = 0
    for p in paths:
        for item in read_articles(p):
            rejected += not hasattr(item, "body")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"articles": len(paths), "ms_per_article": 1000 * wall / len(paths),
            "cpu_ms_per_article": 1000 * cpu / len(paths), "rejected": rejected}


def _tag_chunk(paths: list[str]) -> tuple[int, int, int, int, float]:
    from timeline.events import build_events
    from timeline.temporal import tag

    n = chars = mentions = events = 0
    extract_s = 0.0
    for p in paths:
        ca = read_article(Path(p))
        t = time.perf_counter()
        found = tag(ca.body, ca.lang, ca.reference)
        evs = build_events(_to_article(ca), found)
        extract_s += time.perf_counter() - t
        n += 1
        chars += len(ca.body.encode("utf-8"))
        mentions += len(found)
        events += len(evs)
    return n, chars, mentions, events, extract_s


def _chunked(items: Iterable[Path], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := [str(p) for p in itertools.islice(it, size)]:
        yield chunk


def tagger_processes(root: Path, count: int, processes: int, chunk: int = 200) -> dict:
    """Read + tag + build_events over `processes` worker processes (wall time, pool start
    included; workers are spawned, as Prefect's process pool does)."""
    ctx = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    n = chars = mentions = events = 0
    extract_s = 0.0
    with ctx.Pool(processes) as pool:
        paths = itertools.islice(iter_article_paths(root), count)
        for cn, cc, cm, ce, cs in pool.imap_unordered(_tag_chunk, _chunked(paths, chunk)):
            n += cn
            chars += cc
            mentions += cm
            events += ce
            extract_s += cs
    wall = time.perf_counter() - started
    return {
        "articles": n, "processes": processes, "wall_seconds": wall,
        "articles_per_s": n / wall, "mb_per_s": chars / 1e6 / wall,
        "extract_cpu_seconds": extract_s, "events": events,
        "mentions_per_article": mentions / n,
    }


def _pipeline_chunk(files: list[tuple[str, str]]):
    """One chunk of the flow's per-article work in a worker; the rows go back to the
    parent as the flow's workers send them (pickled and unpickled), with the CPU spent."""
    from timeline.pipeline import SourceBatch, read_and_extract

    cpu = time.process_time()
    result = read_and_extract(SourceBatch(files=files), None, None)
    return result, time.process_time() - cpu


def pipeline_processes(root: Path, count: int, processes: int, chunk: int = 250) -> dict:
    """The flow's own work per article (timeline.pipeline.read_and_extract: reading with
    timeline.sources, dateline, language, hashing, narrative check, tag, build_events, rows)
    over `processes` spawned worker processes, rows sent back, without Prefect and DuckDB:
    the flow's wall and CPU beyond this are what Prefect and DuckDB cost."""
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    paths = [str(p) for p in itertools.islice(iter_article_paths(root), count)]
    chunks = [[(p, "") for p in paths[i:i + chunk]] for i in range(0, len(paths), chunk)]
    ctx = multiprocessing.get_context("spawn")
    started, cpu, cpu_children = time.perf_counter(), time.process_time(), children_cpu()
    n = events = 0
    extract_cpu = 0.0
    with ctx.Pool(processes) as pool:
        for result, cs in pool.imap(_pipeline_chunk, chunks):
            n += len(result.done)
            events += sum(len(a.events) for a in result.done)
            extract_cpu += cs
        pool.close()
        pool.join()
    wall = time.perf_counter() - started
    total_cpu = (time.process_time() - cpu) + (children_cpu() - cpu_children)
    return {"articles": n, "processes": processes, "wall_seconds": wall,
            "articles_per_s": n / wall, "cpu_seconds": total_cpu,
            "worker_cpu_seconds": extract_cpu, "events": events}


# --- start-up of light commands ----------------------------------------------------------

def command_startup(repeats: int = 5) -> dict:
    """Wall time of `timeline parse` and `timeline tag` on one document, in a fresh
    process each time (median of `repeats`)."""
    exe = str(Path(sys.executable).with_name("timeline"))
    doc = {"id": "bench-1", "lang": "de", "dct": "2016-05-04",
           "text": "Am Dienstag war ein Soldat getötet worden. Die Gespräche sollen am "
                   "kommenden Freitag beginnen. Seit September 2014 liefert Deutschland Waffen."}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        doc_path = f.name
    commands = {
        "parse": [exe, "parse", "am Dienstag war er getötet worden", "--ref", "2016-05-04",
                  "--lang", "de"],
        "tag": [exe, "tag", doc_path],
    }
    out: dict = {}
    for name, cmd in commands.items():
        times = []
        error = None
        for _ in range(repeats):
            t = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            times.append(time.perf_counter() - t)
            if proc.returncode != 0:
                error = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
                break
        out[name] = {"median_s": statistics.median(times), "runs": len(times),
                     "command": " ".join(cmd[1:]), "error": error}
    Path(doc_path).unlink()
    return out


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
