"""Where a store's bytes live: one small interface, so encryption can slot in later.

`ProgressStore` and `Settings` only ever call `read()`, `write()`, `erase()` and
`quarantine()` on a `Storage`. Today that is `PlainFileStorage`, a plain file
written atomically. Encryption at rest (a later issue) will be another `Storage`
that wraps a `PlainFileStorage`: it encrypts in `write()`, decrypts in `read()`,
and in `erase()` also deletes the key from the keyring. The stores and the UI
do not change when it arrives.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Protocol, runtime_checkable

from app.store import atomic


@runtime_checkable
class Storage(Protocol):
    def read(self) -> bytes | None:
        """The stored bytes, or None if nothing is stored yet. Raises OSError if they cannot be read."""
        ...

    def write(self, data: bytes) -> None:
        """Replace the stored bytes atomically. Raises OSError on failure (the old bytes then stay)."""
        ...

    def erase(self) -> None:
        """Remove everything this storage ever wrote (file, leftover temp files, moved-aside copies, key)."""
        ...

    def quarantine(self) -> Path:
        """Move the stored (corrupt) data aside without losing it; return where it went. Raises OSError."""
        ...


class PlainFileStorage:
    """Unencrypted bytes in one file, written with `write_atomic`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"PlainFileStorage({str(self.path)!r})"

    def read(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def write(self, data: bytes) -> None:
        atomic.write_atomic(self.path, data)

    def quarantine(self) -> Path:
        return atomic.quarantine(self.path)

    def erase(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            return
        name = self.path.name
        prefix = atomic.temp_prefix(name)
        corrupt = name + atomic.CORRUPT_MARKER
        for entry in folder.iterdir():
            ours = (
                entry.name == name
                or entry.name.startswith(corrupt)
                # temp files a killed process left behind hold the same sensitive data
                or (entry.name.startswith(prefix) and entry.name.endswith(atomic.TEMP_SUFFIX))
            )
            if ours and (entry.is_symlink() or not entry.is_dir()):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry)
        atomic.fsync_dir(folder)
