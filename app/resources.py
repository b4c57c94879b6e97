"""One place that knows where Karpear's bundled files are.

From a checkout (or an editable install) they sit beside the `app` package;
inside a PyInstaller bundle they sit under `sys._MEIPASS`. Everything else asks
this module, so the source tree and the frozen build cannot drift apart.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Tests point this at a throwaway folder so they never touch the person's cache.
CACHE_DIR_ENV = "KARPEAR_CACHE_DIR"


def base_dir() -> Path:
    """The folder that holds `resources/` (the checkout root, or the bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def guides_dir() -> Path:
    return resource_path("guides")


def i18n_dir() -> Path:
    return resource_path("i18n")


def cache_dir() -> Path:
    """The user cache folder: what a checkout makes at start (content snapshot, compiled
    translations) goes here, never into the source tree. Safe to delete at any time."""
    override = os.environ.get(CACHE_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    import platformdirs  # noqa: PLC0415 - only a checkout's start needs it

    return Path(platformdirs.user_cache_dir("karpear", appauthor=False))


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
