"""Extraction on an existing Dask cluster: connect to its scheduler, check that its workers
can do the work, and tell how much work to keep in flight.

`distributed` is an optional dependency (`pip install 'timeline[dask]'`); it is imported
only here, and only when a run asks for a cluster, so the CLI starts without it.

The workers run `timeline.pipeline.read_and_extract` on chunks of paths: they need the
`timeline` package installed and the same view of the input files as the flow process
(a shared filesystem, mounted at the same paths). Both are checked before the run writes
anything, so a misconfigured cluster fails the run with a reason instead of rejecting
every file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

CONNECT_TIMEOUT_SECONDS = 10
# A scheduler may be up before its workers: wait this long for the first one to join.
WORKER_WAIT_SECONDS = 60


class DaskClusterError(RuntimeError):
    """The cluster at the given address cannot run the extraction (says why)."""


@dataclass
class DaskCluster:
    address: str
    client: Any  # distributed.Client
    threads: int  # worker threads of the whole cluster when the run started


@contextmanager
def connect(address: str, input_paths: list[str]) -> Iterator[DaskCluster]:
    """A client of the scheduler at `address`, closed on exit. Raises DaskClusterError
    when the scheduler cannot be reached within CONNECT_TIMEOUT_SECONDS, when no worker
    joins, or when a worker cannot import `timeline` or see one of `input_paths`."""
    try:
        from distributed import Client
    except ImportError:
        raise DaskClusterError(
            f"cannot use the Dask cluster at {address}: the 'distributed' package is not "
            "installed (pip install 'timeline[dask]')") from None
    problem = None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_SECONDS, set_as_default=False)
    except Exception as err:  # OSError (timed out, refused), ValueError (malformed address)
        problem = f"{type(err).__name__}: {err}"
    if problem is not None:
        # Raised outside the `except`: the half-made client in the original traceback
        # would otherwise live on and block the process's exit while it tries to close.
        raise DaskClusterError(f"cannot reach the Dask scheduler at {address} "
                               f"(connect timeout {CONNECT_TIMEOUT_SECONDS} s): {problem}")
    try:
        threads = _worker_threads(client, address)
        _check_workers(client, address, input_paths)
        yield DaskCluster(address, client, threads)
    finally:
        client.close()


def _worker_threads(client: Any, address: str) -> int:
    threads = sum(client.nthreads().values())
    if threads:
        return threads
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
    except Exception:  # TimeoutError, or the scheduler went away while we waited
        problem = f"no worker joined within {WORKER_WAIT_SECONDS} s"
    else:
        return max(1, sum(client.nthreads().values()))
    raise DaskClusterError(f"the Dask scheduler at {address} has no workers: {problem} "
                           f"(start some with: dask worker {address})")


def _check_workers(client: Any, address: str, input_paths: list[str]) -> None:
    """Every worker imports the tagger now (once, as a pool's initializer does) and sees
    every input path; else a DaskClusterError naming the worker and what it lacks."""
    from timeline.pipeline import warm_up

    problem = None
    try:
        client.run(warm_up)
    except Exception as err:  # unpickling the function fails where timeline is missing
        problem = (f"the Dask workers of {address} cannot load the timeline package "
                   f"({type(err).__name__}: {err}); install it on every worker "
                   "(pip install 'timeline[dask]')")
    if problem is not None:
        raise DaskClusterError(problem)
    for path in input_paths:
        seen = client.run(os.path.exists, path)
        blind = sorted(worker for worker, exists in seen.items() if not exists)
        if blind:
            raise DaskClusterError(
                f"the Dask worker {blind[0]} of {address} cannot see {path}"
                f"{f' (nor can {len(blind) - 1} more)' if len(blind) > 1 else ''}: the "
                "workers read the input files themselves and need the same view of them "
                "as this machine (a shared filesystem mounted at the same path)")
