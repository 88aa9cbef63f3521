"""The ingest flow on a schedule: a Prefect deployment served from this process.

Prefect's temporary server cannot schedule runs, so without PREFECT_API_URL we start a
local `prefect server start` on a free localhost port, point this process at it, and stop
it on exit (the served runner first, then the server). Runs never write one database at
the same time: the deployment allows one active run (later ones wait in the queue), the
runner runs one at a time, and the flow itself holds a file lock on `<db>.lock`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

DEPLOYMENT_NAME = "timeline-ingest"
SERVER_START_SECONDS = 180


def build_deployment(sources: list[str], db: str, cron: str | None = None,
                     interval: float | None = None, default_reference: str | None = None,
                     name: str = DEPLOYMENT_NAME, batch_size: int | None = None,
                     workers: int | None = None, dask_address: str | None = None):
    """The ingest flow as a RunnerDeployment with one schedule (cron or interval seconds)."""
    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of cron and interval")
    if interval is not None and interval <= 0:
        raise ValueError(f"interval must be positive, got {interval}")
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType

    from flows.ingest import ingest_flow
    from timeline.feed_fetch import source_root

    parameters: dict = {"paths": [source_root(s) for s in sources],
                        "db": str(Path(db).resolve())}
    if default_reference:
        parameters["default_reference"] = default_reference
    if batch_size:
        parameters["batch_size"] = batch_size
    if workers:
        parameters["workers"] = workers
    if dask_address:
        parameters["dask_address"] = dask_address
    return ingest_flow.to_deployment(
        name=name, cron=cron, interval=interval, parameters=parameters,
        concurrency_limit=ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        description=f"ingest {', '.join(parameters['paths'])} into {parameters['db']}",
        # the runner imports the flow by module, wherever the command was started
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def local_server(port: int | None = None, wait_seconds: float = SERVER_START_SECONDS,
                 log=None) -> Iterator[str]:
    """A `prefect server start` subprocess on localhost; yields its API URL and stops the
    server (and only it: its own process group) on exit."""
    port = port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
         "--port", str(port), "--analytics-off"],
        env=env, stdin=subprocess.DEVNULL, stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log else subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + wait_seconds
        while not _healthy(api_url):
            if server.poll() is not None:
                raise RuntimeError(f"the local Prefect server exited with code "
                                   f"{server.returncode} before it was ready")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not answer at {api_url} "
                                   f"within {wait_seconds:g} s")
            time.sleep(0.5)
        yield api_url
    finally:
        _stop(server)


def _stop(process: subprocess.Popen, grace_seconds: float = 20) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace_seconds)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def serve_deployment(deployment) -> None:
    """Serve until interrupted: one flow run at a time."""
    from prefect import serve

    serve(deployment, limit=1, print_starting_message=True)
