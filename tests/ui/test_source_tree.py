"""A normal start from a checkout writes nothing into the source tree: the content snapshot and the
compiled translations go to the user cache folder, the person's data to the data folder."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from app.content import snapshot
from app.store import Settings

from .helpers import ROOT, karpear_env


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def make_read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test_a_start_from_a_read_only_checkout_writes_only_to_the_cache_and_data_folders(tmp_path, data_dir, monkeypatch):
    checkout = tmp_path / "checkout"
    fresh = shutil.ignore_patterns("__pycache__", "*.qm", snapshot.FILE_NAME)
    for part in ("app", "resources"):
        shutil.copytree(ROOT / part, checkout / part, ignore=fresh)
    settings, _ = Settings.open(data_dir)
    settings.language = "km"  # so the Khmer translation must be compiled and loaded
    settings.save()
    make_read_only(checkout)
    before = tree(checkout)
    cache = tmp_path / "cache"
    env = {**karpear_env(data_dir), "KARPEAR_CACHE_DIR": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app", "--exit-after-paint"],
            cwd=checkout,  # `-m app` runs the copy's code, which finds the copy's resources
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    finally:
        for path in [checkout, *checkout.rglob("*")]:
            path.chmod(stat.S_IMODE(path.lstat().st_mode) | stat.S_IWUSR)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint")
    assert "translations not compiled" not in result.stderr
    assert tree(checkout) == before  # not one new file in the source tree
    # What it made instead, where it belongs:
    assert (cache / "i18n" / "karpear_km.qm").is_file()
    monkeypatch.setenv("KARPEAR_CACHE_DIR", str(cache))
    assert snapshot.cache_file(checkout / "resources" / "guides").is_file()
    assert sorted(os.listdir(cache)) == ["i18n", "snapshots"]
