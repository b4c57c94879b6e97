"""Erase all my data: every file of the data folder, and the keys in the keyring."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from app.store import atomic
from app.store.vault import Vault


class EraseReport(NamedTuple):
    removed_files: list[Path]
    removed_keys: list[str]  # keyring entries' ids
    errors: list[str]  # what could not be removed, and why

    @property
    def ok(self) -> bool:
        return not self.errors


def data_files(folder: Path) -> list[Path]:
    """Every file (and link) under `folder`, deepest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.rglob("*") if p.is_symlink() or not p.is_dir()), reverse=True)


def erase_data(folder: Path, vault: Vault) -> EraseReport:
    """Delete the keys first (what is left of a file is then unreadable), then every file, then the folder."""
    folder = Path(folder)
    removed_keys, errors = vault.forget()
    removed: list[Path] = []
    for path in data_files(folder):
        try:
            os.unlink(path)
            removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            errors.append(f"{path}: {exc.strerror or exc}")
    if folder.is_dir():
        for sub in sorted((p for p in folder.rglob("*") if p.is_dir() and not p.is_symlink()), reverse=True):
            try:
                sub.rmdir()
            except OSError as exc:
                errors.append(f"{sub}: {exc.strerror or exc}")
        try:
            folder.rmdir()
            atomic.fsync_dir(folder.parent)
        except OSError as exc:
            errors.append(f"{folder}: {exc.strerror or exc}")
    return EraseReport(removed, removed_keys, errors)
