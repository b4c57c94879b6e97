"""Every test, and every process a test starts, uses a throwaway cache folder, never the person's."""

from __future__ import annotations

import os

import pytest

from app.resources import CACHE_DIR_ENV


@pytest.fixture(scope="session", autouse=True)
def isolated_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    # Session-wide (os.environ, not monkeypatch): child processes inherit it, and the translations
    # compiled into it once serve every test.
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get(CACHE_DIR_ENV)
    os.environ[CACHE_DIR_ENV] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(CACHE_DIR_ENV, None)
    else:
        os.environ[CACHE_DIR_ENV] = previous
