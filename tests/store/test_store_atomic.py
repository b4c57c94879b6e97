from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.store import atomic, quarantine, write_atomic

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def test_write_creates_folders_and_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.json"
    write_atomic(target, b"hello")
    assert target.read_bytes() == b"hello"
    write_atomic(target, b"again")
    assert target.read_bytes() == b"again"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.json"]


@posix_only
def test_modes_file_0600_new_folders_0700(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        target = tmp_path / "a" / "b" / "file.json"
        write_atomic(target, b"x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # every folder we created, not only the last one (os.makedirs would get that wrong)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700


@posix_only
def test_rewrite_tightens_a_world_readable_file(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failed_replace_keeps_old_file_and_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    write_atomic(target, b"old")

    def crash(src: object, dst: object) -> None:
        raise OSError("simulated crash")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated crash"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_quarantine_moves_aside_with_utc_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_utc_stamp", lambda: "20250131T090000Z")
    target = tmp_path / "progress.json"
    target.write_bytes(b"bad")
    moved = quarantine(target)
    assert moved == tmp_path / "progress.json.corrupt-20250131T090000Z"
    assert moved.read_bytes() == b"bad"
    assert not target.exists()


def test_quarantine_never_overwrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_utc_stamp", lambda: "20250131T090000Z")
    target = tmp_path / "progress.json"
    target.write_bytes(b"first")
    first = quarantine(target)
    target.write_bytes(b"second")
    second = quarantine(target)
    target.write_bytes(b"third")
    third = quarantine(target)
    assert len({first, second, third}) == 3
    assert [first.read_bytes(), second.read_bytes(), third.read_bytes()] == [b"first", b"second", b"third"]


def test_quarantine_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # FAT/exFAT USB sticks have no hard links: the fallback must still never overwrite.
    monkeypatch.setattr(atomic, "_utc_stamp", lambda: "20250131T090000Z")

    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError("no hard links here")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "settings.json"
    target.write_bytes(b"one")
    first = quarantine(target)
    target.write_bytes(b"two")
    second = quarantine(target)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")


def test_quarantine_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        quarantine(tmp_path / "nothing.json")
