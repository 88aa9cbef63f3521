"""Crash test of unattended ingest: SIGKILL the ingest flow at random moments, check the
database after every kill, and check that a final run ends with exactly the rows of an
uninterrupted run.

    python scripts/crash_test.py WORKDIR [--articles 2000] [--kills 20] [--seed 1]

Each ingest runs in its own process group (`--child` mode of this script: the real Prefect
flow, extraction in worker processes), and a kill takes the whole group, as a power cut or
the OOM killer would. Kills are planned at random: at a random time in the run, during a
batch write (after the n-th "storing" stage), during the run's final writes, or just after
the run started. After each kill the database must open and hold only whole articles (an
article's events are exactly those of an uninterrupted run, or the article is absent), no
event twice, the killed run's `ingest_runs` row still 'running', no rejection recorded
twice. The next run resumes on the same database; when one completes, its rows are compared
with the reference and the database starts over empty, so later kills land in busy runs too.

The children talk to the Prefect API at PREFECT_API_URL (the test suite passes its test
server); without one, this script starts a local Prefect server once for all children.
tests/test_crash.py runs this with 20 kills.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD_TIMEOUT = 600  # seconds for one uninterrupted ingest of the corpus (a hung child)

# --- the inbox ---------------------------------------------------------------------------

_DE = [
    "Am {weekday_de} hatte die Stadt {org} neue Pläne vorgestellt.",
    "Seit {month_de} {year} wird über das Projekt {n} verhandelt.",
    "Die Arbeiten sollen bis Ende {year2} abgeschlossen sein.",
    "Bereits am {day}. {month_de} {year} war ein erster Entwurf bekannt geworden.",
    "In den nächsten Wochen will der Rat über Vorlage {n} entscheiden.",
    "Vor drei Jahren hatte es einen ähnlichen Streit gegeben.",
]
_EN = [
    "On {weekday_en} the city of {org} presented new plans.",
    "Talks about project {n} have been going on since {month_en} {year}.",
    "The work is due to be finished by the end of {year2}.",
    "A first draft had become known on {month_en} {day}, {year}.",
    "The council will decide on proposal {n} in the coming weeks.",
    "Three years ago there had been a similar dispute.",
]
_MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_PLACES = ["Berlin", "Stuttgart", "Hamburg", "München", "Köln", "Leipzig"]
_ORGS = ["Nordhafen", "Westend", "Altstadt", "Südufer", "Neumarkt"]


def article_text(index: int, seed: int = 0) -> str:
    """A small article (about 400 characters) with a dateline and five or six temporal
    expressions; German or English. Deterministic in (index, seed), unique per index."""
    rng = random.Random(f"crash:{seed}:{index}")
    day = date(2010, 1, 1) + timedelta(days=rng.randrange(5000))
    lang = "de" if index % 2 == 0 else "en"
    precision = rng.choice(["day", "day", "day", "month"])
    iso = day.isoformat() if precision == "day" else day.strftime("%Y-%m")
    values = {
        "weekday_de": rng.choice(_WEEKDAYS_DE), "weekday_en": rng.choice(_WEEKDAYS_EN),
        "month_de": _MONTHS_DE[rng.randrange(12)], "month_en": _MONTHS_EN[rng.randrange(12)],
        "year": day.year - rng.randrange(1, 6), "year2": day.year + rng.randrange(0, 3),
        "day": rng.randrange(1, 29), "org": rng.choice(_ORGS), "n": index,
    }
    lines = rng.sample(_DE if lang == "de" else _EN, 5)
    lead = (f"Der Rat von {values['org']} hat über Vorlage {index} beraten." if lang == "de"
            else f"The council of {values['org']} debated proposal {index}.")
    body = " ".join(line.format(**values) for line in lines)
    return f"date {iso} {rng.choice(_PLACES)} (dpa) - {lead}\n\n{body}\n"


def write_inbox(folder: Path, count: int, seed: int = 0, per_folder: int = 500) -> int:
    """`count` articles in sub-folders of `per_folder`, plus a few bad files (they must be
    rejected identically by every run). Returns the number of good articles."""
    for i in range(count):
        sub = folder / f"part-{i // per_folder:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(article_text(i, seed), encoding="utf-8")
    bad = folder / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "undated.txt").write_text("Am Dienstag wurde gestreikt.\n", encoding="utf-8")
    (bad / "copy-of-00000.txt").write_text(article_text(0, seed), encoding="utf-8")
    records = [json.dumps({"id": f"r{i}", "date": "2016-05-04", "lang": "en",
                           "text": f"London (Reuters) - Record {i} was filed on Tuesday."})
               for i in range(5)]
    (bad / "feed.jsonl").write_text("\n".join(records[:3]) + "\n" + records[3][:25] + "\n"
                                    + records[4] + "\n", encoding="utf-8")
    return count + 4  # the JSONL file holds four whole records


# --- the child: one ingest run that reports its stages -----------------------------------

def child_main(inbox: str, db: str, batch_size: int, workers: int,
               break_atomicity: bool = False) -> int:
    from timeline.commands.ingest import quiet_prefect

    quiet_prefect(verbose=False)
    import flows  # noqa: F401  (Prefect defaults, before Prefect is imported)
    from flows.ingest import add_progress_listener, ingest_flow

    if break_atomicity:
        _break_atomicity()

    def report(stage: str, totals) -> None:
        if stage != "read":  # one line per file would only be noise
            print(f"STAGE {stage} {totals.run_id or '-'}", flush=True)

    add_progress_listener(report)
    print("STAGE begin -", flush=True)
    summary = ingest_flow(paths=[inbox], db=db, batch_size=batch_size, workers=workers)
    print("DONE " + json.dumps({k: v for k, v in summary.items() if k != "rejections"}),
          flush=True)
    return 0


def _break_atomicity() -> None:
    """A deliberately broken writer (articles and their events in two transactions, a
    second apart), so that a test can show the checks catch a torn write."""
    from timeline import store

    whole_batch = store.write_rows

    def torn(con, batch, run_id):
        result = whole_batch(con, [article._replace(events=[]) for article in batch], run_id)
        time.sleep(1.0)
        con.execute("BEGIN TRANSACTION")
        store._append(con, "timeline", [row for article in batch for row in article.events])
        con.execute("COMMIT")
        return result

    store.write_rows = torn


class Child:
    """An ingest child in its own process group, its stdout lines timestamped."""

    def __init__(self, inbox: Path, db: Path, batch_size: int, workers: int, log: Path,
                 break_atomicity: bool = False):
        self.started = time.monotonic()
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.stages: list[tuple[float, str, str]] = []  # (seconds since start, stage, run)
        self.eof = False
        self.summary: dict | None = None  # the run's summary, once it printed it
        self._log = open(log, "ab")  # noqa: SIM115 (closed in wait())
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(inbox), str(db),
             "--batch-size", str(batch_size), "--workers", str(workers)]
            + (["--break-atomicity"] if break_atomicity else []),
            stdout=subprocess.PIPE, stderr=self._log, stdin=subprocess.DEVNULL, text=True,
            cwd=ROOT, start_new_session=True)
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put((time.monotonic() - self.started, line.rstrip("\n")))
        self.lines.put((time.monotonic() - self.started, "EOF"))

    def next_line(self, deadline: float) -> str | None:
        """The next stdout line (stages are recorded), None at the deadline; 'EOF' once the
        pipe closed (and on every call after that)."""
        if self.eof:
            return "EOF"
        try:
            at, line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None
        self.eof = line == "EOF"
        if line.startswith("DONE "):
            self.summary = json.loads(line[5:])
        if line.startswith("STAGE "):
            _, stage, run = line.split(" ", 2)
            self.stages.append((at, stage, run))
        return line

    def wait_for(self, stage: str, occurrence: int, deadline: float) -> bool:
        """Until the `occurrence`-th `stage` line; False when the child ended or time ran out."""
        while sum(1 for _, s, _ in self.stages if s == stage) < occurrence:
            line = self.next_line(deadline)
            if line is None or line == "EOF":
                return False
        return True

    def drain(self, seconds: float = 10) -> None:
        """Take the lines still in the pipe, until it closes."""
        deadline = time.monotonic() + seconds
        while (line := self.next_line(deadline)) is not None and line != "EOF":
            pass

    def run_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (line := self.next_line(deadline)) is not None and line != "EOF":
            pass

    @property
    def completed(self) -> bool:
        """The run reported its end (its row says 'completed') or the process is gone."""
        return any(s == "done" for _, s, _ in self.stages) or self.proc.poll() is not None

    def kill(self) -> None:
        """SIGKILL the child and every process it started (they share its process group)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.wait()

    def wait(self, timeout: float | None = None) -> int:
        try:
            return self.proc.wait(timeout)
        finally:
            if self.proc.returncode is not None:
                self._log.close()

    @property
    def last_stage(self) -> str:
        return self.stages[-1][1] if self.stages else "importing"

    @property
    def run_id(self) -> str | None:
        runs = [r for _, s, r in self.stages if r != "-"]
        return runs[-1] if runs else None

    def finished(self, deadline: float) -> dict | None:
        """Let the child run to its end; its summary, or None if it failed."""
        while True:
            line = self.next_line(deadline)
            if line is None:
                self.kill()
                return None
            if line == "EOF":
                break
        return self.summary if self.wait(60) == 0 else None


# --- what the database holds -------------------------------------------------------------

@dataclass
class Snapshot:
    """The rows that must be the same after an uninterrupted run and after crashes."""

    versions: dict[str, str]  # current article id -> content hash
    events: dict[str, set[str]]  # article id -> event ids
    article_rows: list[tuple]
    event_rows: list[tuple]
    rejections: list[tuple[str, str]]


def snapshot(db: Path) -> Snapshot:
    from timeline import store

    with store.open_read_only(str(db), wait_seconds=60) as con:
        versions = dict(con.execute(
            "SELECT article_id, content_hash FROM articles WHERE is_current").fetchall())
        events: dict[str, set[str]] = {}
        for article_id, event_id in con.execute(
                "SELECT article_id, event_id FROM timeline").fetchall():
            events.setdefault(article_id, set()).add(event_id)
        article_rows = con.execute(
            "SELECT * EXCLUDE (ingested_at, run_id) FROM articles ORDER BY ALL").fetchall()
        event_rows = con.execute("SELECT * FROM timeline ORDER BY ALL").fetchall()
        rejections = con.execute(
            "SELECT DISTINCT source, reason FROM rejections ORDER BY ALL").fetchall()
    return Snapshot(versions, events, article_rows, event_rows, rejections)


def has_tables(db: Path) -> bool:
    """Whether the file exists and holds our schema."""
    import duckdb

    from timeline import store

    if not db.exists():
        return False
    with duckdb.connect(str(db), read_only=True) as con:
        return store.has_schema(con)


def check_after_kill(db: Path, reference: Snapshot, killed_run: str | None,
                     last_stage: str, had_tables: bool) -> tuple[list[str], str | None]:
    """What is wrong with the database a killed run left behind (empty list: nothing), and
    the status of the killed run's row. `had_tables`: whether the schema was there before."""
    from timeline import store

    if not has_tables(db):
        # Killed before it created the file, or before the schema's transaction committed:
        # fine for a new database, a loss for one that held a timeline.
        return ([] if not had_tables else ["the tables of an existing database vanished"]), None
    problems: list[str] = []
    status = None
    try:
        con = store.open_read_only(str(db), wait_seconds=60)
    except Exception as err:  # noqa: BLE001 - any failure to open is the finding
        return [f"the database does not open: {type(err).__name__}: {err}"], None
    with con:
        currents = con.execute("SELECT article_id, count(*) FILTER (WHERE is_current), "
                               "count(*) FROM articles GROUP BY article_id").fetchall()
        for article_id, current, versions in currents:
            if current != 1 or versions != 1:
                problems.append(f"{article_id}: {versions} versions, {current} current")
        stored = dict(con.execute(
            "SELECT article_id, content_hash FROM articles WHERE is_current").fetchall())
        for article_id, content_hash in stored.items():
            if reference.versions.get(article_id) != content_hash:
                problems.append(f"{article_id}: content {content_hash[:12]} is not the "
                                f"reference's")
        events: dict[str, list[str]] = {}
        for article_id, event_id in con.execute(
                "SELECT article_id, event_id FROM timeline").fetchall():
            events.setdefault(article_id, []).append(event_id)
        for article_id, ids in events.items():
            if article_id not in stored:
                problems.append(f"{article_id}: {len(ids)} events without their article")
            elif len(ids) != len(set(ids)):
                problems.append(f"{article_id}: duplicated events")
        for article_id in stored:
            got = set(events.get(article_id, []))
            want = reference.events.get(article_id, set())
            if got != want:
                problems.append(f"{article_id}: {len(got)} of {len(want)} events "
                                f"({len(got - want)} unexpected): not whole")
        twice = con.execute("SELECT source, reason, fingerprint, count(*) FROM rejections "
                            "GROUP BY ALL HAVING count(*) > 1").fetchall()
        problems += [f"rejection recorded {n} times: {s}: {r}" for s, r, _, n in twice]
        if killed_run:
            row = con.execute("SELECT status FROM ingest_runs WHERE run_id = ?",
                              [killed_run]).fetchone()
            status = row and row[0]
            # 'completed' only if it died after writing its end (its last stage: finishing,
            # or done when it ended between the check for its end and the kill)
            expected = ("running", "completed") if last_stage in ("finishing", "done") \
                else ("running",)
            if status not in expected:
                problems.append(f"killed run {killed_run}: status {status!r}, "
                                f"expected {' or '.join(expected)}")
    return problems, status


def compare_with_reference(db: Path, reference: Snapshot, killed_runs: list[str]) -> list[str]:
    """After a run that completed: the same rows as the reference, runs marked."""
    from timeline import store

    got = snapshot(db)
    problems = []
    if got.article_rows != reference.article_rows:
        problems.append(f"articles differ: {len(got.article_rows)} rows, reference "
                        f"{len(reference.article_rows)}")
    if got.event_rows != reference.event_rows:
        problems.append(f"events differ: {len(got.event_rows)} rows, reference "
                        f"{len(reference.event_rows)}")
    if got.rejections != reference.rejections:
        problems.append(f"rejections differ: {got.rejections} vs {reference.rejections}")
    with store.open_read_only(str(db), wait_seconds=60) as con:
        runs = dict(con.execute("SELECT run_id, status FROM ingest_runs").fetchall())
    if "completed" not in runs.values() or "running" in runs.values():
        problems.append(f"run statuses: {Counter(runs.values())}")
    for run_id in killed_runs:
        if runs.get(run_id) != "interrupted":
            problems.append(f"killed run {run_id} is {runs.get(run_id)!r}, not 'interrupted'")
    return problems


# --- the driver --------------------------------------------------------------------------

@dataclass
class Kill:
    plan: str  # what the kill aimed at: timer, store, finishing, startup
    stage: str  # the last stage the child reported before it died
    seconds: float  # after the child started
    batches_stored_before: int  # by the killed run
    problems: list[str] = field(default_factory=list)
    run_status: str | None = None  # of the killed run's row after the kill (None: no row)


@dataclass
class CrashReport:
    articles: int
    reference_seconds: float
    kills: list[Kill] = field(default_factory=list)
    completed_runs: int = 0  # runs that completed and were compared with the reference
    problems: list[str] = field(default_factory=list)  # from comparisons after completion
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems and not any(k.problems for k in self.kills)

    def stages(self) -> dict[str, int]:
        return dict(Counter(k.stage for k in self.kills))


def _remove_db(db: Path) -> None:
    for path in (db, Path(f"{db}.wal")):
        path.unlink(missing_ok=True)


PLANS = {"timer": 4, "store": 4, "finishing": 1.5, "startup": 1}  # how often each kill plan


def run_crash_test(workdir: Path, articles: int = 2000, kills: int = 20, seed: int = 1,
                   batch_size: int = 200, workers: int = 2, log=print,
                   plans: dict[str, float] | None = None, break_atomicity: bool = False,
                   store_delay: tuple[float, float] | None = None) -> CrashReport:
    """Kill ingest runs `kills` times and check the database after each kill. `plans`
    weighs the kinds of kill (PLANS); `store_delay` is the range of seconds after a
    "storing" stage at which a store kill strikes (default: up to 1.5 x a batch write of
    the reference run); `break_atomicity` runs the crashing children with a torn writer (a
    self-test of the checks: they must then find problems)."""
    plans = plans or PLANS
    started = time.monotonic()
    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    inbox, ref_db, db = workdir / "inbox", workdir / "reference.duckdb", workdir / "crash.duckdb"
    if not inbox.exists():
        write_inbox(inbox, articles, seed)
    _remove_db(ref_db)
    _remove_db(db)
    logs = workdir / "children.log"

    def spawn(target: Path, torn: bool = False) -> Child:
        return Child(inbox, target, batch_size, workers, logs, torn)

    ref_child = spawn(ref_db)
    if ref_child.finished(time.monotonic() + CHILD_TIMEOUT) is None:
        raise RuntimeError(f"the uninterrupted reference run failed; see {logs}")
    reference = snapshot(ref_db)
    stages = ref_child.stages
    total = stages[-1][0]
    store_times = [b - a for (a, s, _), (b, t, _) in zip(stages, stages[1:], strict=False)
                   if s == "storing" and t == "stored"]
    store_window = statistics.median(store_times) if store_times else 0.5
    finish_at = next(at for at, s, _ in stages if s == "finishing")
    finish_window = max(total - finish_at, 0.05)
    report = CrashReport(articles=len(reference.versions), reference_seconds=total)
    log(f"reference: {len(reference.versions)} articles, {len(reference.event_rows)} events "
        f"in {total:.1f} s (a batch write ~{store_window:.2f} s, final writes "
        f"~{finish_window:.2f} s)")

    killed_runs: list[str] = []  # killed since the database was last compared and reset
    rounds = 0
    while len(report.kills) < kills and rounds < 4 * kills:
        rounds += 1
        plan = rng.choices(list(plans), list(plans.values()))[0]
        had_tables = has_tables(db)
        child = spawn(db, break_atomicity)
        deadline = time.monotonic() + CHILD_TIMEOUT
        if plan == "timer":
            child.run_for(rng.uniform(0.5, total))
        elif plan == "store":
            child.wait_for("storing", rng.randint(1, 3), deadline)
            child.run_for(rng.uniform(*(store_delay or (0, store_window * 1.5))))
        elif plan == "finishing":
            child.wait_for("finishing", 1, deadline)
            child.run_for(rng.uniform(0, finish_window))
        else:
            child.wait_for("started", 1, deadline)
            child.run_for(rng.uniform(0, 0.3))
        if child.completed:
            # The run ended before the kill: it must have completed, with the reference rows.
            summary = child.finished(deadline)
            problems = compare_with_reference(db, reference, killed_runs) if summary else \
                [f"a run ended without completing (see {logs})"]
            report.completed_runs += 1
            report.problems += problems
            log(f"round {rounds}: the run completed before the {plan} kill; "
                f"{'same rows as the reference' if not problems else problems}; starting over")
            _remove_db(db)
            killed_runs = []
            continue
        seconds = time.monotonic() - child.started
        child.kill()
        child.drain()
        run_id = child.run_id
        problems, status = check_after_kill(db, reference, run_id, child.last_stage, had_tables)
        if status == "running":
            killed_runs.append(run_id)
        stored = sum(1 for _, s, _ in child.stages if s == "stored")
        kill = Kill(plan, child.last_stage, round(seconds, 2), stored, problems, status)
        report.kills.append(kill)
        log(f"kill {len(report.kills)}: {plan} at {seconds:.1f} s, stage {kill.stage}, "
            f"{stored} batches stored by that run: "
            f"{'whole articles only' if not kill.problems else kill.problems[:5]}")

    final = spawn(db)
    summary = final.finished(time.monotonic() + CHILD_TIMEOUT)
    problems = compare_with_reference(db, reference, killed_runs) if summary else \
        [f"the final run failed (see {logs})"]
    report.completed_runs += 1
    report.problems += problems
    log(f"final run: {'same rows as the reference' if not problems else problems}")
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--break-atomicity", action="store_true",
                        help="self-test: crash children that write articles and events in "
                             "separate transactions (the checks must report problems)")
    parser.add_argument("db", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(str(args.workdir), args.db, args.batch_size, args.workers,
                          args.break_atomicity)

    import flows  # noqa: F401  (Prefect defaults)

    def go() -> CrashReport:
        return run_crash_test(args.workdir, args.articles, args.kills, args.seed,
                              args.batch_size, args.workers,
                              break_atomicity=args.break_atomicity)

    if os.environ.get("PREFECT_API_URL"):
        report = go()
    else:
        from flows.serve import local_server

        with local_server() as api_url:
            os.environ["PREFECT_API_URL"] = api_url
            report = go()
    out = args.workdir / "crash-report.json"
    out.write_text(json.dumps({**asdict(report), "stages": report.stages(), "ok": report.ok},
                              indent=1))
    print(f"{len(report.kills)} kills at stages {report.stages()}, {report.completed_runs} "
          f"completed runs compared, {report.seconds:.0f} s: "
          f"{'OK' if report.ok else 'PROBLEMS'} (report: {out})")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
