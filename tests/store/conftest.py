"""Store tests run without Qt and never touch the real user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import DATA_DIR_ENV


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Even a call that forgets `folder=` lands in tmp_path, never in the person's real data.
    default = tmp_path / "default-data-dir"
    monkeypatch.setenv(DATA_DIR_ENV, str(default))
    return default


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    # Not created yet: the store must create it (mode 0o700) on the first write.
    return tmp_path / "data" / "karpear"
