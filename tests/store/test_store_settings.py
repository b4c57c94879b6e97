from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app.store import SETTINGS_FILE, LoadStatus, Settings


def test_defaults_on_first_run(folder: Path) -> None:
    settings, report = Settings.open(folder)
    assert report.ok
    assert settings.language is None  # follow the system locale
    assert settings.platform_filter is None  # all platforms
    assert settings.font_size == 11
    assert settings.last_guide_id is None
    assert not folder.exists()


def test_round_trip(folder: Path) -> None:
    settings, _ = Settings.open(folder)
    settings.language = "km"
    settings.platform_filter = "android"
    settings.font_size = 14
    settings.last_guide_id = "signal"
    settings.save()
    again, report = Settings.open(folder)
    assert report.ok
    assert (again.language, again.platform_filter, again.font_size, again.last_guide_id) == (
        "km",
        "android",
        14,
        "signal",
    )
    again.language = None
    again.save()
    assert Settings.open(folder)[0].language is None


@pytest.mark.parametrize(("given", "expected"), [(2, 8), (8, 8), (32, 32), (100, 32), (12.6, 13), (-5, 8)])
def test_font_size_is_clamped(folder: Path, given: float, expected: int) -> None:
    settings, _ = Settings.open(folder)
    settings.font_size = given
    assert settings.font_size == expected
    settings.save()
    assert Settings.open(folder)[0].font_size == expected


def test_out_of_range_font_size_in_file_is_clamped_not_corrupt(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / SETTINGS_FILE).write_text('{"schema": 1, "font_size": 400}', "utf-8")
    settings, report = Settings.open(folder)
    assert report.ok and settings.font_size == 32


def test_unknown_keys_from_newer_version_are_preserved(folder: Path) -> None:
    folder.mkdir(parents=True)
    doc = {"schema": 1, "language": "fr", "theme": "dark", "window": {"w": 800, "h": 600}}
    (folder / SETTINGS_FILE).write_text(json.dumps(doc), "utf-8")
    settings, report = Settings.open(folder)
    assert report.ok
    settings.font_size = 16
    settings.save()
    saved = json.loads((folder / SETTINGS_FILE).read_text("utf-8"))
    assert saved["theme"] == "dark" and saved["window"] == {"w": 800, "h": 600}
    assert saved["language"] == "fr" and saved["font_size"] == 16 and saved["schema"] == 1


@pytest.mark.parametrize(
    "content",
    [
        b"{",
        b"\xff\xfe\xfd",
        b"[]",
        b'{"schema": 1, "language": 5}',
        b'{"schema": 1, "font_size": "big"}',
        b'{"schema": 1, "font_size": 11.5}',
        b'{"schema": 1, "font_size": true}',
        b'{"language": "km"}',
    ],
)
def test_corrupt_settings_are_moved_aside(tmp_path: Path, content: bytes) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(content)
    settings, report = Settings.open(tmp_path)
    assert report.status is LoadStatus.CORRUPT
    assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == content
    assert settings.font_size == 11 and settings.language is None
    settings.save()
    assert Settings.open(tmp_path)[1].ok
    assert report.quarantined_to.read_bytes() == content


def test_future_schema_settings_are_moved_aside(tmp_path: Path) -> None:
    content = b'{"schema": 7, "language": "km"}'
    (tmp_path / SETTINGS_FILE).write_bytes(content)
    settings, report = Settings.open(tmp_path)
    assert report.status is LoadStatus.NEWER_SCHEMA
    settings.save()
    assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == content


def test_failed_save_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings, _ = Settings.open(tmp_path)
    settings.language = "en"
    settings.save()
    before = (tmp_path / SETTINGS_FILE).read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("simulated crash")

    monkeypatch.setattr(os, "replace", crash)
    settings.language = "km"
    with pytest.raises(OSError):
        settings.save()
    assert (tmp_path / SETTINGS_FILE).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".settings.json.lock", SETTINGS_FILE]  # no temp file


def test_erase(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(b"bad")
    Settings.open(tmp_path)
    settings, _ = Settings.open(tmp_path)
    settings.language = "km"
    settings.save()
    settings.erase()
    assert list(tmp_path.iterdir()) == []
    assert settings.language is None and settings.font_size == 11


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_file_permissions(folder: Path) -> None:
    settings, _ = Settings.open(folder)
    settings.save()
    assert stat.S_IMODE((folder / SETTINGS_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
