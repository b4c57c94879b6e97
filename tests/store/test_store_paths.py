from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from app.store import DATA_DIR_ENV, ProgressStore, Settings, data_dir


def test_env_var_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "x"))
    assert data_dir() == tmp_path / "x"


def test_default_is_platform_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV)
    # only computed, never created or written to
    assert data_dir() == Path(platformdirs.user_data_dir("karpear", appauthor=False))


def test_empty_env_var_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, "")
    assert data_dir() == Path(platformdirs.user_data_dir("karpear", appauthor=False))


def test_stores_without_folder_write_only_under_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "env-dir"
    monkeypatch.setenv(DATA_DIR_ENV, str(home))
    store, _ = ProgressStore.open()
    store.set_done("g", "s", True, 1)
    settings, _ = Settings.open()
    settings.save()
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    # The data and the (empty) lock files that let two windows merge their writes.
    assert written == [
        str(Path("env-dir", name))
        for name in (".progress.json.lock", ".settings.json.lock", "progress.json", "settings.json")
    ]


def test_store_never_imports_qt() -> None:
    code = (
        "import sys, app.store, app.store.progress, app.store.settings, app.store.atomic\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt6', 'PyQt5'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
