"""A bounded Ctrl-C for long-running commands.

Prefect's `serve` shuts down gracefully on Ctrl-C or SIGTERM, but its clean-up waits on
API calls and worker threads, and on a busy machine it has been seen to hang for minutes.
After the first interrupt we allow a grace period, then stop our child processes (the
local Prefect server, a flow run in progress) and exit. That is safe for the data: a run
killed mid-batch leaves whole batches only, and the next run finishes its work.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

EXIT_CODE = 130  # the shell's code for "ended by Ctrl-C"


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (children first), read from /proc; empty where there is
    no /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # the process ended while we looked
        # the command name in brackets may hold spaces: the fields after it are fixed
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(stat.parent.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found += children
        todo += children
    return found


def _alive(pid: int) -> bool:
    """Running, and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _signal_all(pids: list[int], sig: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except (ProcessLookupError, PermissionError):
            pass


def stop_children_and_exit(term_wait: float = 5.0) -> None:
    """SIGTERM to every descendant, SIGKILL to those still there after `term_wait`, then
    leave at once (no clean-up left that could hang)."""
    pids = descendants(os.getpid())
    _signal_all(pids, signal.SIGTERM)
    deadline = time.monotonic() + term_wait
    while time.monotonic() < deadline and any(map(_alive, pids)):
        time.sleep(0.2)
    _signal_all(pids, signal.SIGKILL)
    os._exit(EXIT_CODE)


def exit_within(grace_seconds: float, what: str) -> None:
    """From now on, a SIGINT or SIGTERM raises KeyboardInterrupt as usual and also starts
    a timer: if the process is still alive `grace_seconds` later, it stops its children
    and exits. Call from the main thread."""
    timer_started = threading.Event()

    def force() -> None:
        print(f"{what}: shutdown still not finished after {grace_seconds:g} s; stopping "
              "child processes and exiting (an interrupted run is finished by the next one)",
              file=sys.stderr, flush=True)
        stop_children_and_exit()

    def on_signal(signum: int, frame) -> None:
        if not timer_started.is_set():
            timer_started.set()
            timer = threading.Timer(grace_seconds, force)
            timer.daemon = True  # a shutdown that finishes in time is not held up by it
            timer.start()
        signal.default_int_handler(signum, frame)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)  # Prefect's runner replaces this one with
    # its own graceful SIGTERM handler while it serves; Ctrl-C stays bounded
