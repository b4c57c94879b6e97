"""Kill a process in the middle of ticking steps: the file on disk must always parse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.store import PROGRESS_FILE, ProgressStore

# Bounded, so a child whose parent died cannot run forever.
CHILD = """
import sys
from pathlib import Path
from app.store import ProgressStore

store, report = ProgressStore.open(Path(sys.argv[1]))
assert report.ok, report
start = int(sys.argv[2])
for i in range(start, start + 20000):
    # a long step id makes each write take a little longer, widening the window for a kill mid-write
    store.set_done("guide", f"step-{i:06d}-" + "x" * 200, True, 1)
    print(i, flush=True)  # printed only after the write (and its fsyncs) returned
"""


@pytest.mark.parametrize("kill_after", [1, 7, 40, 150])
def test_sigkill_while_writing_leaves_a_valid_file(tmp_path: Path, kill_after: int) -> None:
    start = 0
    confirmed: set[str] = set()
    for round_ in range(3):  # kill several times into the same file
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            last = None
            for _ in range(kill_after + round_):
                line = child.stdout.readline()
                assert line, f"child stopped early: {child.stderr.read()}"
                last = int(line)
            child.kill()  # SIGKILL on POSIX: no cleanup handlers run
        finally:
            child.kill()
            child.wait(timeout=30)
            child.stdout.close()
            child.stderr.close()

        store, report = ProgressStore.open(tmp_path)
        assert report.ok, report  # never corrupt, so never moved aside
        confirmed |= {f"step-{i:06d}-" + "x" * 200 for i in range(start, last + 1)}
        # every write any child confirmed is on disk, this round's and earlier rounds'
        assert confirmed <= store.done_steps("guide")
        start = last + 1_000_000  # fresh ids next round
    assert list(tmp_path.glob(f"{PROGRESS_FILE}.corrupt-*")) == []
    # a kill mid-write may leave a temp file behind; "erase all" must remove it too
    store.erase_all()
    assert list(tmp_path.iterdir()) == []


# Kill at an exact point of a write instead of a random one: the child blocks (on stdin, no sleep)
# right after the temp file is fsynced, or right after the rename, and is killed there.
CHILD_AT_POINT = """
import os, stat, sys
from pathlib import Path
from app.store import ProgressStore

store, report = ProgressStore.open(Path(sys.argv[1]))
assert report.ok, report
for i in range(3):
    store.set_done("guide", f"confirmed-{i}", True, 1)
real_fsync, real_replace = os.fsync, os.replace

def block(point):
    print(point, flush=True)
    sys.stdin.readline()  # the parent kills us while we wait here

def fsync(fd):
    real_fsync(fd)
    if not stat.S_ISDIR(os.fstat(fd).st_mode) and sys.argv[2] == "after-temp-fsync":
        block("after-temp-fsync")

def replace(src, dst):
    real_replace(src, dst)
    if sys.argv[2] == "after-rename":
        block("after-rename")

os.fsync, os.replace = fsync, replace
store.set_done("guide", "in-flight", True, 1)
print("not killed", flush=True)
"""


@pytest.mark.parametrize("point", ["after-temp-fsync", "after-rename"])
def test_sigkill_at_exact_points_of_a_write(tmp_path: Path, point: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_AT_POINT, str(tmp_path), point],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline().strip()
        assert line == point, f"child did not reach {point}: {line!r} {child.stderr.read()}"
        child.kill()
    finally:
        child.kill()
        child.communicate(timeout=30)

    store, report = ProgressStore.open(tmp_path)
    assert report.ok, report
    confirmed = {f"confirmed-{i}" for i in range(3)}
    if point == "after-temp-fsync":
        # the tick in flight is lost, nothing else; its temp file is left behind
        assert store.done_steps("guide") == confirmed
        assert any(p.name.startswith(f".{PROGRESS_FILE}.") for p in tmp_path.iterdir())
    else:
        assert store.done_steps("guide") == confirmed | {"in-flight"}
    store.erase_all()
    assert list(tmp_path.iterdir()) == []
