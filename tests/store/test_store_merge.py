"""Several processes writing one progress file: every write merges under a lock, so no tick is lost."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from app.store import PROGRESS_FILE, ProgressStore

WORKERS = 4
TICKS = 200

# One "window" per process: it opens the store once, then ticks its own steps, and now and
# then the step every window shares. Each process has its own clock (day = worker + 1), so the
# date on the shared step says which tick won.
WORKER = """
import datetime as dt, sys
from pathlib import Path
from app.store import ProgressStore, progress
folder, worker, ticks = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
progress._now = lambda: dt.datetime(2025, 1, worker + 1, tzinfo=dt.UTC)
store, report = ProgressStore.open(folder)
assert report.ok, report
for i in range(ticks):
    store.set_done("g", f"w{worker}-s{i}", True, 1)
    if i % 50 == 25:
        store.set_done("g", "shared", True, 1)
        print(store.done_at("g", "shared").isoformat(), flush=True)
"""


def test_four_processes_lose_no_tick(tmp_path: Path) -> None:
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(tmp_path), str(worker), str(TICKS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(WORKERS)
    ]
    outputs = [worker.communicate(timeout=300) for worker in workers]
    assert [worker.returncode for worker in workers] == [0] * WORKERS, [err for _out, err in outputs]

    saved = json.loads((tmp_path / PROGRESS_FILE).read_text("utf-8"))["guides"]["g"]
    expected = {f"w{worker}-s{i}" for worker in range(WORKERS) for i in range(TICKS)}
    assert expected <= set(saved), f"{len(expected - set(saved))} of {len(expected)} ticks lost"
    assert set(saved) == expected | {"shared"}

    # The shared step keeps the date of whichever window ticked it first, and every window saw
    # that same date after its own tick (it merged into the file instead of writing its own).
    seen = {line for out, _err in outputs for line in out.split()}
    assert len(seen) == 1
    assert seen == {saved["shared"]["done_at"]}
    assert dt.datetime.fromisoformat(saved["shared"]["done_at"]).day in range(1, WORKERS + 1)


def test_an_untick_in_one_window_removes_a_tick_made_in_another(tmp_path: Path) -> None:
    first, _ = ProgressStore.open(tmp_path)
    second, _ = ProgressStore.open(tmp_path)  # opened before the tick: it has never seen it
    first.set_done("g", "a", True, 1)
    second.set_done("g", "a", False, 1)  # the change saved last decides
    second.set_done("g", "b", True, 1)
    first.set_done("g", "c", True, 1)
    assert ProgressStore.open(tmp_path)[0].done_steps("g") == {"b", "c"}
    assert first.done_steps("g") == {"b", "c"}  # after a save, memory is what is on disk


def test_a_window_sees_the_other_windows_erase(tmp_path: Path) -> None:
    first, _ = ProgressStore.open(tmp_path)
    first.set_done("g", "a", True, 1)
    second, _ = ProgressStore.open(tmp_path)
    second.erase_all()
    first.set_done("g", "b", True, 1)  # does not bring the erased tick back
    assert ProgressStore.open(tmp_path)[0].done_steps("g") == {"b"}


def test_a_file_damaged_between_two_saves_is_moved_aside_and_nothing_known_is_lost(tmp_path: Path) -> None:
    store, _ = ProgressStore.open(tmp_path)
    store.set_done("g", "a", True, 1)
    (tmp_path / PROGRESS_FILE).write_bytes(b"{damaged")
    store.set_done("g", "b", True, 1)
    assert ProgressStore.open(tmp_path)[0].done_steps("g") == {"a", "b"}
    moved = list(tmp_path.glob(f"{PROGRESS_FILE}.corrupt-*"))
    assert [p.read_bytes() for p in moved] == [b"{damaged"]
    report = store.take_set_aside_report()  # for the window to say where it went, once
    assert report is not None and report.quarantined_to == moved[0]
    assert store.take_set_aside_report() is None
