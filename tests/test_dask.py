"""The ingest flow extracting on a Dask cluster (a real LocalCluster with worker
processes) while the flow process writes: the same database as with the local pool, and
a scheduler that cannot be reached fails the run before anything is written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from flows.serve import free_port
from timeline.cli import main
from timeline.store import open_read_only

pytestmark = pytest.mark.usefixtures("prefect_server")

ARTICLES = 36  # German and English, written by the benchmark corpus generator
CHUNK = 4  # files per chunk sent to a worker: several chunks per batch
BATCH = 10  # articles per batch (store transaction): several batches in flight

ARTICLE_COLUMNS = ("article_id, content_hash, source, title, lang, dct, dct_precision, place, "
                   "agency, body, is_current, deleted_at, source_file")


@pytest.fixture(scope="module")
def dask_cluster():
    """Two worker processes, one thread each, started once for this module."""
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    info = write_corpus(tmp_path_factory.mktemp("dask") / "corpus", ARTICLES, seed=17,
                        per_folder=20, workers=1)
    return info.root


@pytest.fixture
def quick_connect(monkeypatch):
    """An unreachable scheduler is given up on after 1 s instead of 10."""
    import flows.dask_cluster

    monkeypatch.setattr(flows.dask_cluster, "CONNECT_TIMEOUT_SECONDS", 1)


def ingest(paths, db: str, **kwargs) -> dict:
    from flows.ingest import ingest_flow

    return ingest_flow(paths=[str(p) for p in paths], db=db, **kwargs)


def rows(db: str, sql: str) -> list[tuple]:
    with open_read_only(db) as con:
        return con.execute(sql).fetchall()


def contents(db: str) -> dict[str, list[tuple]]:
    """What a run stored, without what differs from run to run (ids, times)."""
    return {
        "articles": rows(db, f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY article_id, "
                             f"content_hash"),
        "timeline": rows(db, "SELECT * FROM timeline ORDER BY event_id"),
        "rejections": rows(db, "SELECT source, reason, fingerprint FROM rejections "
                               "ORDER BY source, reason"),
    }


def everything(db: str) -> dict[str, list[tuple]]:
    tables = ("articles", "timeline", "ingest_runs", "rejections")
    return {t: sorted(rows(db, f"SELECT * FROM {t}"), key=repr) for t in tables}


def unreachable_address() -> str:
    return f"tcp://127.0.0.1:{free_port()}"  # a port nothing listens on


def test_dask_run_stores_what_the_local_pool_stores(dask_cluster, corpus, tmp_path,
                                                    monkeypatch):
    from distributed import Client, get_task_stream

    import flows.ingest

    monkeypatch.setattr(flows.ingest, "WORKER_CHUNK", CHUNK)
    pool_db, dask_db = str(tmp_path / "pool.duckdb"), str(tmp_path / "dask.duckdb")
    by_pool = ingest([corpus], pool_db, batch_size=BATCH, workers=2)
    assert (by_pool["added"], by_pool["rejected"]) == (ARTICLES, 0)

    # From here on nothing may be extracted in the flow process or a local pool.
    def no_local_extraction(*args, **kwargs):
        raise AssertionError("extracted locally although a Dask cluster was given")

    monkeypatch.setattr(flows.ingest, "ProcessPoolExecutor", no_local_extraction)
    monkeypatch.setattr(flows.ingest, "extract_events", no_local_extraction)
    with Client(dask_cluster.scheduler_address, set_as_default=False) as client, \
            get_task_stream(client) as stream:
        by_dask = ingest([corpus], dask_db, batch_size=BATCH,
                         dask_address=dask_cluster.scheduler_address)
    extracted = [t for t in stream.data if t["key"].startswith("read_and_extract")]
    assert len(extracted) == -(-ARTICLES // CHUNK)  # one cluster task per chunk of files

    counts = ("files", "seen", "added", "updated", "unchanged", "rejected", "events_added")
    assert {k: by_dask[k] for k in counts} == {k: by_pool[k] for k in counts}
    assert by_dask["events_added"] > ARTICLES
    assert {lang for (lang,) in rows(dask_db, "SELECT DISTINCT lang FROM articles")} \
        == {"de", "en"}
    assert contents(dask_db) == contents(pool_db)

    again = ingest([corpus], dask_db, batch_size=BATCH,
                   dask_address=dask_cluster.scheduler_address)
    assert (again["unchanged"], again["added"], again["events_added"]) == (ARTICLES, 0, 0)
    assert contents(dask_db) == contents(pool_db)


def test_unreachable_scheduler_fails_the_run_and_writes_nothing(inbox, db_path, tmp_path,
                                                                quick_connect):
    from flows.dask_cluster import DaskClusterError

    ingest([inbox], db_path)
    before = everything(db_path)
    address = unreachable_address()
    with pytest.raises(DaskClusterError, match=re.escape(address)):
        ingest([inbox], db_path, dask_address=address)
    assert everything(db_path) == before

    fresh = tmp_path / "fresh.duckdb"
    with pytest.raises(DaskClusterError, match="cannot reach the Dask scheduler"):
        ingest([inbox], str(fresh), dask_address=address)
    assert not fresh.exists()


def test_ingest_command_takes_the_cluster_from_option_or_environment(inbox, db_path, capsys,
                                                                     monkeypatch,
                                                                     quick_connect):
    address = unreachable_address()
    assert main(["ingest", str(inbox), "--db", db_path, "--dask", address]) == 1
    assert f"cannot reach the Dask scheduler at {address}" in capsys.readouterr().err

    other = unreachable_address()
    monkeypatch.setenv("TIMELINE_DASK_ADDRESS", other)
    assert main(["ingest", str(inbox), "--db", db_path]) == 1
    assert f"cannot reach the Dask scheduler at {other}" in capsys.readouterr().err
    assert not Path(db_path).exists()


def test_served_deployment_passes_the_cluster_to_each_run(tmp_path):
    from flows.serve import build_deployment

    d = build_deployment([str(tmp_path)], str(tmp_path / "t.duckdb"), interval=300,
                         dask_address="tcp://10.0.0.5:8786")
    assert d.parameters["dask_address"] == "tcp://10.0.0.5:8786"
    assert "dask_address" not in build_deployment([str(tmp_path)], "t.duckdb",
                                                  interval=300).parameters
