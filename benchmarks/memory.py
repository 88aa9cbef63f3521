"""Peak memory (and CPU time) of a process tree, sampled from a background thread.

Summing RSS over processes counts pages shared between them (forked workers, shared
libraries) more than once, so it is an upper bound; PSS (proportional set size) splits
shared pages between their users and sums to what the tree really holds. Both are kept.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil


@dataclass
class MemoryPeak:
    rss_sum_mb: float = 0.0  # peak of the summed RSS of the tree (upper bound)
    pss_sum_mb: float = 0.0  # peak of the summed PSS of the tree
    largest_rss_mb: float = 0.0  # peak RSS of any one process
    processes: int = 0  # most processes seen at once
    samples: int = 0
    # (seconds since start, RSS sum of the tree, RSS of the root process) in MB: shows
    # whether memory plateaus or grows with the number of articles
    series: list[tuple[float, float, float]] = field(default_factory=list)
    # CPU seconds (user + system) of every process of the tree, and the same sum when the
    # mark file first appeared: what the tree spent after the mark (e.g. the flow run alone)
    cpu_seconds: float = 0.0
    cpu_seconds_at_mark: float | None = None
    # the same split by role of the process: "flow" (the root), "server" (Prefect's
    # temporary server), "workers" (multiprocessing children), "other"
    cpu_by_role: dict[str, float] = field(default_factory=dict)
    cpu_by_role_at_mark: dict[str, float] | None = None


class TreeSampler:
    """Samples the tree rooted at `pid` every `interval` seconds until stopped."""

    def __init__(self, pid: int, interval: float = 0.25, pss: bool = True,
                 mark_file: Path | None = None):
        self.root = psutil.Process(pid)
        self.mark_file = mark_file
        self._cpu: dict[int, float] = {}  # pid -> latest CPU seconds (kept after it exits)
        self._role: dict[int, str] = {}  # pid -> role (see MemoryPeak.cpu_by_role)
        self.interval = interval
        self.pss = pss
        self.peak = MemoryPeak()
        self._started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak.cpu_seconds = sum(self._cpu.values())
        self.peak.cpu_by_role = self._cpu_by_role()

    def _cpu_by_role(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for pid, seconds in self._cpu.items():
            role = self._role.get(pid, "other")
            out[role] = round(out.get(role, 0.0) + seconds, 2)
        return out

    def _role_of(self, p: psutil.Process) -> str:
        if p.pid == self.root.pid:
            return "flow"
        try:
            cmd = " ".join(p.cmdline())
        except psutil.Error:
            return "other"
        if "uvicorn" in cmd or "prefect server" in cmd:
            return "server"
        if "resource_tracker" in cmd:
            return "other"
        if "multiprocessing" in cmd:
            return "workers"
        return "other"

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        rss = pss = largest = root_rss = 0
        alive = 0
        for p in procs:
            try:
                if self.pss:
                    info = p.memory_full_info()
                    pss += info.pss
                else:
                    info = p.memory_info()
                times = p.cpu_times()
                self._cpu[p.pid] = times.user + times.system
                if p.pid not in self._role:
                    self._role[p.pid] = self._role_of(p)
                rss += info.rss
                largest = max(largest, info.rss)
                if p is self.root:
                    root_rss = info.rss
                alive += 1
            except psutil.Error:  # gone between listing and reading
                continue
        mb = 1024 * 1024
        peak = self.peak
        peak.rss_sum_mb = max(peak.rss_sum_mb, rss / mb)
        peak.pss_sum_mb = max(peak.pss_sum_mb, pss / mb)
        peak.largest_rss_mb = max(peak.largest_rss_mb, largest / mb)
        peak.processes = max(peak.processes, alive)
        peak.samples += 1
        if (self.mark_file is not None and peak.cpu_seconds_at_mark is None
                and self.mark_file.exists()):
            peak.cpu_seconds_at_mark = sum(self._cpu.values())
            peak.cpu_by_role_at_mark = self._cpu_by_role()
        if len(peak.series) >= 2000:  # keep it small: every other sample from now on
            peak.series[:] = peak.series[::2]
        peak.series.append((round(time.monotonic() - self._started, 1), round(rss / mb),
                            round(root_rss / mb)))
