"""Store files that are not what Karpear writes: refused at load (moved aside), never a hang or a crash.

Also the modes the data folder and moved-aside copies get, and temp files a killed process left.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from app.store import PROGRESS_FILE, SETTINGS_FILE, LoadStatus, ProgressStore, SaveError, SaveProblem, Settings, atomic

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file types and modes")


def moved_aside(folder: Path, name: str = PROGRESS_FILE) -> list[Path]:
    return sorted(folder.glob(f"{name}.corrupt-*"))


@pytest.mark.parametrize(
    "content",
    [
        b'{"schema":1,"note":"\\ud800","guides":{}}',  # the audit's file: passes the shape check
        b'{"schema":1,"guides":{"g\\udfff":{}}}',  # a lone surrogate in a key
        b'{"schema":1,"guides":{"g":{"s\\ud800x":{"done_at":"2025-01-01T00:00:00+00:00","revision":1,'
        b'"seen_revision":1}}}}',
    ],
    ids=["note", "guide key", "step key"],
)
def test_a_file_that_could_never_be_saved_again_is_moved_aside_at_load(tmp_path: Path, content: bytes) -> None:
    (tmp_path / PROGRESS_FILE).write_bytes(content)
    store, report = ProgressStore.open(tmp_path)
    assert report.status is LoadStatus.CORRUPT and "could not be saved again" in report.reason
    assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == content
    store.set_done("g", "s", True, 1)  # and ticks are saved again
    assert ProgressStore.open(tmp_path)[0].is_done("g", "s")


def test_settings_that_could_never_be_saved_again_are_moved_aside(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(b'{"schema":1,"language":"\\udc80"}')
    settings, report = Settings.open(tmp_path)
    assert report.status is LoadStatus.CORRUPT and report.quarantined_to is not None
    settings.save()
    assert json.loads((tmp_path / SETTINGS_FILE).read_bytes())["language"] is None


def test_a_file_larger_than_the_limit_is_moved_aside_after_reading_only_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = b'{"schema":1,"guides":{},"padding":"' + b"x" * (atomic.MAX_READ_BYTES) + b'"}'
    (tmp_path / PROGRESS_FILE).write_bytes(big)
    asked: list[int] = []
    real_open = os.fdopen

    def watching_fdopen(fd, *args, **kwargs):
        handle = real_open(fd, *args, **kwargs)
        real_read = handle.read
        handle.read = lambda size=-1: asked.append(size) or real_read(size)
        return handle

    monkeypatch.setattr(os, "fdopen", watching_fdopen)
    store, report = ProgressStore.open(tmp_path)
    monkeypatch.undo()
    assert asked == [atomic.MAX_READ_BYTES + 1]  # never the whole file
    assert report.status is LoadStatus.CORRUPT and "larger than" in report.reason
    assert report.quarantined_to is not None and report.quarantined_to.stat().st_size == len(big)
    assert store.done_steps("g") == set()


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    head = b'{"schema":1,"guides":{},"padding":"'
    exact = head + b"x" * (atomic.MAX_READ_BYTES - len(head) - 2) + b'"}'
    assert len(exact) == atomic.MAX_READ_BYTES
    (tmp_path / PROGRESS_FILE).write_bytes(exact)
    assert ProgressStore.open(tmp_path)[1].ok


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / PROGRESS_FILE)  # no writer: opening it normally would block for ever
    store, report = ProgressStore.open(tmp_path)
    assert report.status is LoadStatus.CORRUPT and "not a regular file" in report.reason
    assert report.quarantined_to is not None and stat.S_ISFIFO(report.quarantined_to.lstat().st_mode)
    store.set_done("g", "s", True, 1)
    assert ProgressStore.open(tmp_path)[0].is_done("g", "s")


@posix_only
def test_a_symlink_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(b'{"schema":1,"guides":{}}')
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / PROGRESS_FILE).symlink_to(elsewhere)
    store, report = ProgressStore.open(folder)
    assert report.status is LoadStatus.CORRUPT and "symbolic link" in report.reason
    store.set_done("g", "s", True, 1)
    assert elsewhere.read_bytes() == b'{"schema":1,"guides":{}}'
    assert not (folder / PROGRESS_FILE).is_symlink()


@posix_only
def test_a_device_is_refused_on_the_open_file_not_by_name() -> None:
    # /dev/zero never ends: read whole, it would fill memory; the open fd's type says no at once.
    with pytest.raises(atomic.RefusedFile, match="not a regular file"):
        atomic.read_limited(Path("/dev/zero"))


# -- every save failure is one SaveError that says why --------------------------------------------------------
@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (OSError(errno.EROFS, "Read-only file system"), SaveProblem.READ_ONLY),
        (OSError(errno.ENOSPC, "No space left on device"), SaveProblem.DISK_FULL),
        (PermissionError(errno.EACCES, "Permission denied"), SaveProblem.NO_PERMISSION),
        (OSError(errno.EIO, "Input/output error"), SaveProblem.OTHER),
        (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), SaveProblem.OTHER),
        (RuntimeError("anything else"), SaveProblem.OTHER),
    ],
    ids=["read-only", "disk full", "permission", "io", "unicode", "other"],
)
def test_any_save_failure_is_a_save_error_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, problem: SaveProblem
) -> None:
    store, _ = ProgressStore.open(tmp_path)
    store.set_done("g", "a", True, 1)
    settings, _ = Settings.open(tmp_path)
    before = (tmp_path / PROGRESS_FILE).read_bytes()

    def fail(*_args: object) -> None:
        raise error

    monkeypatch.setattr(atomic, "write_atomic", fail)
    with pytest.raises(SaveError) as caught:
        store.set_done("g", "b", True, 1)
    assert caught.value.problem is problem and caught.value.__cause__ is error
    assert not store.is_done("g", "b")  # memory is what is on disk
    with pytest.raises(SaveError) as caught:
        settings.save()
    assert caught.value.problem is problem
    assert (tmp_path / PROGRESS_FILE).read_bytes() == before


# -- modes and leftovers -----------------------------------------------------------------------------------
@posix_only
def test_an_existing_data_folder_is_made_private_at_open(tmp_path: Path) -> None:
    folder = tmp_path / "karpear"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    ProgressStore.open(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@posix_only
def test_moved_aside_copies_are_private(tmp_path: Path) -> None:
    bad = tmp_path / PROGRESS_FILE
    bad.write_bytes(b"{broken")
    bad.chmod(0o644)
    _store, report = ProgressStore.open(tmp_path)
    assert stat.S_IMODE(report.quarantined_to.stat().st_mode) == 0o600


def test_temp_files_left_by_a_killed_process_are_removed_at_open(tmp_path: Path) -> None:
    store, _ = ProgressStore.open(tmp_path)
    store.set_done("g", "s", True, 1)
    leftovers = [tmp_path / ".progress.json.k1ll3d.tmp", tmp_path / ".settings.json.x.tmp"]
    for leftover in leftovers:
        leftover.write_bytes(b'{"schema":1}')
    (tmp_path / "notes.tmp").write_bytes(b"not ours")
    ProgressStore.open(tmp_path)
    Settings.open(tmp_path)
    assert not any(leftover.exists() for leftover in leftovers)
    assert (tmp_path / "notes.tmp").exists() and (tmp_path / PROGRESS_FILE).exists()


def test_a_temp_file_being_written_by_another_window_is_left_alone(tmp_path: Path) -> None:
    from app.store import filelock

    writing = tmp_path / ".progress.json.busy.tmp"
    writing.write_bytes(b"half")
    with filelock.exclusive(filelock.lock_path(tmp_path / PROGRESS_FILE)):  # another window mid-write
        ProgressStore.open(tmp_path)
    assert writing.exists()
