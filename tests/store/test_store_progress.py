from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from app.store import PROGRESS_FILE, LoadStatus, PlainFileStorage, ProgressStore, Storage, progress


def karpear_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def read_json(folder: Path) -> dict:
    return json.loads((folder / PROGRESS_FILE).read_text("utf-8"))


def test_empty_folder_opens_ok_and_writes_nothing(folder: Path) -> None:
    store, report = ProgressStore.open(folder)
    assert report.ok and report.status is LoadStatus.OK and report.quarantined_to is None
    assert not store.is_done("g", "s")
    assert store.done_at("g", "s") is None
    assert store.done_steps("g") == set()
    assert not folder.exists()


def test_round_trip(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    when = dt.datetime(2025, 1, 31, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(progress, "_now", lambda: when)
    store, _ = ProgressStore.open(folder)
    store.set_done("signal", "install", True, 2)
    store.set_done("signal", "pin", True, 1)
    store.set_done("jitsi", "ខ្មែរ-step", True, 1)

    again, report = ProgressStore.open(folder)
    assert report.ok
    assert again.is_done("signal", "install") and again.is_done("signal", "pin")
    assert again.done_steps("signal") == {"install", "pin"}
    assert again.done_steps("jitsi") == {"ខ្មែរ-step"}
    assert again.done_at("signal", "install") == when
    assert again.done_at("signal", "install").tzinfo is not None
    assert read_json(folder) == {
        "schema": 1,
        "guides": {
            "jitsi": {"ខ្មែរ-step": {"done_at": "2025-01-31T09:00:00+00:00", "revision": 1, "seen_revision": 1}},
            "signal": {
                "install": {"done_at": "2025-01-31T09:00:00+00:00", "revision": 2, "seen_revision": 2},
                "pin": {"done_at": "2025-01-31T09:00:00+00:00", "revision": 1, "seen_revision": 1},
            },
        },
    }


def test_untick_removes_entry_and_empty_guide(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "s", True, 1)
    store.set_done("g", "s", False, 1)
    store.set_done("g", "never-done", False, 1)  # no-op, no error
    assert not store.is_done("g", "s")
    assert read_json(folder) == {"schema": 1, "guides": {}}
    assert not ProgressStore.open(folder)[0].is_done("g", "s")


def test_ticking_again_at_same_revision_keeps_the_date(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    later = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    monkeypatch.setattr(progress, "_now", lambda: first)
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "s", True, 1)
    monkeypatch.setattr(progress, "_now", lambda: later)
    store.set_done("g", "s", True, 1)
    assert store.done_at("g", "s") == first
    store.set_done("g", "s", True, 2)  # redone for a newer revision: recorded again
    assert store.done_at("g", "s") == later


def test_revision_bump_needs_review_until_mark_seen(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "s", True, 1)
    assert not store.needs_review("g", "s", 1)
    assert store.needs_review("g", "s", 2)
    assert not store.needs_review("g", "not-done", 5)
    assert not store.needs_review("g", "s", 0)  # an older guide is not "updated"

    store.mark_seen("g", "s", 2)
    assert not store.needs_review("g", "s", 2)
    assert store.needs_review("g", "s", 3)  # a later bump shows up again
    reopened, _ = ProgressStore.open(folder)
    assert not reopened.needs_review("g", "s", 2)
    assert reopened.needs_review("g", "s", 3)
    entry = read_json(folder)["guides"]["g"]["s"]
    assert entry["revision"] == 1 and entry["seen_revision"] == 2  # the tick's revision stays

    store.mark_seen("g", "not-done", 4)  # nothing to mark: no entry appears
    assert not store.is_done("g", "not-done")


def test_count_done_counts_only_given_ids(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    for step in ("a", "b", "hidden-on-this-platform", "dropped-by-new-guide"):
        store.set_done("g", step, True, 1)
    store.set_done("other", "c", True, 1)
    assert store.count_done("g", ["a", "b", "c", "not-done"]) == 2
    assert store.count_done("g", iter(["a", "a"])) == 1  # generators and duplicates
    assert store.count_done("g", []) == 0
    assert store.count_done("missing-guide", ["a"]) == 0


def test_dropped_step_ids_survive_saves(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "old-step", True, 1)
    store.set_done("g", "kept", True, 1)
    # a newer guide no longer has "old-step"; the UI only ever touches current steps
    newer, _ = ProgressStore.open(folder)
    newer.set_done("g", "new-step", True, 1)
    newer.mark_seen("g", "kept", 2)
    newer.set_done("g", "kept", False, 2)
    final, _ = ProgressStore.open(folder)
    assert final.done_steps("g") == {"old-step", "new-step"}
    assert final.count_done("g", ["kept", "new-step"]) == 1


def test_unknown_keys_are_preserved(folder: Path) -> None:
    folder.mkdir(parents=True)
    doc = {
        "schema": 1,
        "future_top": {"x": 1},
        "guides": {"g": {"s": {"done_at": "2025-01-01T00:00:00+00:00", "revision": 1, "seen_revision": 1, "n": 2}}},
    }
    (folder / PROGRESS_FILE).write_text(json.dumps(doc), "utf-8")
    store, report = ProgressStore.open(folder)
    assert report.ok
    store.set_done("g", "t", True, 1)
    saved = read_json(folder)
    assert saved["future_top"] == {"x": 1}
    assert saved["guides"]["g"]["s"]["n"] == 2


def test_done_at_with_other_offset_is_returned_in_utc(folder: Path) -> None:
    folder.mkdir(parents=True)
    entry = {"done_at": "2025-01-01T07:00:00+07:00", "revision": 1, "seen_revision": 1}
    (folder / PROGRESS_FILE).write_text(json.dumps({"schema": 1, "guides": {"g": {"s": entry}}}), "utf-8")
    store, report = ProgressStore.open(folder)
    assert report.ok
    assert store.done_at("g", "s") == dt.datetime(2025, 1, 1, 0, 0, tzinfo=dt.UTC)
    assert store.done_at("g", "s").utcoffset() == dt.timedelta(0)


def test_failed_write_keeps_old_file_no_temp_and_rolls_back(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "a", True, 1)
    before = (folder / PROGRESS_FILE).read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("simulated crash during rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated crash"):
        store.set_done("g", "b", True, 1)
    with pytest.raises(OSError):
        store.set_done("g", "a", False, 1)
    with pytest.raises(OSError):
        store.mark_seen("g", "a", 2)

    assert (folder / PROGRESS_FILE).read_bytes() == before
    assert karpear_files(folder) == [".progress.json.lock", PROGRESS_FILE]  # no temp file left
    # memory matches the disk, so the UI can show that the tick did not stick
    assert not store.is_done("g", "b")
    assert store.is_done("g", "a")
    assert store.needs_review("g", "a", 2)

    monkeypatch.undo()
    store.set_done("g", "b", True, 1)
    assert ProgressStore.open(folder)[0].done_steps("g") == {"a", "b"}


def test_erase_all_leaves_no_karpear_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder.mkdir(parents=True)
    (folder / PROGRESS_FILE).write_bytes(b"{broken")
    ProgressStore.open(folder)  # moved aside: a .corrupt- copy now exists
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "s", True, 1)
    # a temp file a killed process left behind also holds progress
    (folder / ".progress.json.abc123.tmp").write_bytes(b"{}")
    (folder / "unrelated.txt").write_bytes(b"not ours")  # e.g. KARPEAR_DATA_DIR points at a shared folder
    assert len(karpear_files(folder)) == 5  # with the lock file

    store.erase_all()
    assert karpear_files(folder) == ["unrelated.txt"]
    assert store.done_steps("g") == set()
    assert ProgressStore.open(folder)[0].done_steps("g") == set()


def test_erase_all_on_missing_folder(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    store.erase_all()
    assert not folder.exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_file_permissions(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    store.set_done("g", "s", True, 1)
    assert stat.S_IMODE((folder / PROGRESS_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700


class MemoryStorage:
    """Stand-in for a future encrypting Storage: the store must work through the interface alone."""

    def __init__(self, data: bytes | None = None) -> None:
        self.data = data
        self.erased = False
        self.quarantined: list[bytes] = []

    def read(self) -> bytes | None:
        return self.data

    def write(self, data: bytes) -> None:
        self.data = data

    def erase(self) -> None:
        self.data = None
        self.erased = True

    def quarantine(self) -> Path:
        assert self.data is not None
        self.quarantined.append(self.data)
        self.data = None
        return Path("memory.corrupt")

    def locked(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()  # one process only

    def tidy(self) -> None:
        pass


def test_custom_backend(tmp_path: Path) -> None:
    backend = MemoryStorage()
    assert isinstance(backend, Storage) and isinstance(PlainFileStorage(tmp_path / "x"), Storage)
    store, report = ProgressStore.open(backend=backend)
    assert report.ok
    store.set_done("g", "s", True, 3)
    assert json.loads(backend.data)["guides"]["g"]["s"]["revision"] == 3
    again, _ = ProgressStore.open(backend=backend)
    assert again.is_done("g", "s")
    again.erase_all()
    assert backend.erased and not again.is_done("g", "s")
    assert list(tmp_path.iterdir()) == []

    bad = MemoryStorage(b"\xff\xfe")
    store, report = ProgressStore.open(backend=bad)
    assert report.status is LoadStatus.CORRUPT and bad.quarantined == [b"\xff\xfe"]


def test_wrong_argument_types_are_programming_errors(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    with pytest.raises(TypeError):
        store.set_done("g", "s", True, "2")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.set_done("g", "s", True, True)
    with pytest.raises(TypeError):
        store.set_done("g", 3, True, 1)  # type: ignore[arg-type]
    assert not folder.exists()
