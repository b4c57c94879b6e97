"""Where Karpear keeps its local data. Nothing is ever written outside `data_dir()`."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "karpear"
# Tests and `karpear --self-test` point this at a throwaway folder so they never touch real data.
DATA_DIR_ENV = "KARPEAR_DATA_DIR"
# A folder of local guides (a trainer's own checklists) inside the data folder: app/content/local_guides.py.
USER_GUIDES = "guides"


def data_dir() -> Path:
    """The folder for progress and settings: `$KARPEAR_DATA_DIR` if set, else the platform's user data folder.

    Only computes the path; the folder is created (mode 0o700) on the first write.
    On Windows this is the local (not roaming) AppData, so nothing is synced to a domain server.
    """
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
