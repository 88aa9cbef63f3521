"""A hung shutdown after Ctrl-C still ends: children stopped, exit code 130."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from timeline.commands.shutdown import EXIT_CODE, descendants

# A process whose clean-up after Ctrl-C never finishes, with a grandchild of its own.
HANGING = textwrap.dedent("""
    import subprocess, sys, time
    from timeline.commands.shutdown import exit_within
    exit_within(1, "test")
    child = subprocess.Popen(["sleep", "300"])
    try:
        print(child.pid, flush=True)  # inside the try: the parent's Ctrl-C may come at once
        while True:
            time.sleep(0.1)
    except KeyboardInterrupt:
        while True:  # a clean-up that hangs
            try:
                time.sleep(0.1)
            except KeyboardInterrupt:
                pass
""")


def test_descendants_lists_children_and_grandchildren():
    outer = subprocess.Popen([sys.executable, "-c",
                              "import subprocess, sys; p = subprocess.Popen(['sleep', '300']);"
                              "print(p.pid, flush=True); p.wait()"],
                             stdout=subprocess.PIPE, text=True)
    try:
        grandchild = int(outer.stdout.readline())
        assert descendants(os.getpid()).count(outer.pid) == 1
        assert grandchild in descendants(os.getpid())
        assert descendants(outer.pid) == [grandchild]
    finally:
        outer.kill()
        os.kill(grandchild, signal.SIGKILL)
        outer.wait()


def test_interrupt_with_hanging_cleanup_stops_children_and_exits():
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-c", HANGING], stdout=subprocess.PIPE,
                            text=True, cwd=root, stderr=subprocess.PIPE)
    grandchild = int(proc.stdout.readline())
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(120)
    finally:
        proc.kill()
    assert code == EXIT_CODE
    assert "stopping child processes" in proc.stderr.read()
    # the grandchild was stopped too (a zombie until reaped counts as gone)
    state = Path(f"/proc/{grandchild}/stat")
    assert not state.exists() or state.read_text().rsplit(")", 1)[1].split()[0] == "Z"
