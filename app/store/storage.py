"""Where a store's bytes live: one small interface, so encryption can slot in later.

`ProgressStore` and `Settings` only ever call `read()`, `write()`, `erase()`,
`quarantine()`, `locked()` and `tidy()` on a `Storage`. Today that is `PlainFileStorage`, a plain file
written atomically. Encryption at rest (a later issue) will be another `Storage`
that wraps a `PlainFileStorage`: it encrypts in `write()`, decrypts in `read()`,
and in `erase()` also deletes the key from the keyring. The stores and the UI
do not change when it arrives.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol, runtime_checkable

from app.store import atomic, filelock


@runtime_checkable
class Storage(Protocol):
    def read(self) -> bytes | None:
        """The stored bytes, or None if nothing is stored yet.

        Raises OSError if they cannot be read, `atomic.RefusedFile` if what is stored is not a
        regular file or is larger than any file Karpear writes.
        """
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

    def locked(self) -> AbstractContextManager[None]:
        """Exclusive access between processes for a read-merge-write. Raises OSError if it cannot be had."""
        ...

    def tidy(self) -> None:
        """At open: tighten the folder's mode and remove leftovers of a killed process. Never raises."""
        ...


class PlainFileStorage:
    """Unencrypted bytes in one file, written with `write_atomic`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"PlainFileStorage({str(self.path)!r})"

    def read(self) -> bytes | None:
        try:
            return atomic.read_limited(self.path)
        except FileNotFoundError:
            return None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        atomic.make_dirs(self.path.parent)
        with filelock.exclusive(filelock.lock_path(self.path)):
            yield

    def tidy(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            return  # first run: nothing to tidy, and nothing is created before the first save
        atomic.enforce_dir_mode(folder)
        try:
            # Under the lock: another window's temp file may be a write in progress, not a leftover.
            with filelock.exclusive(filelock.lock_path(self.path), wait=False):
                atomic.remove_leftover_temps(self.path)
        except OSError:
            pass  # read-only folder or busy: the leftovers wait for the next start

    def write(self, data: bytes) -> None:
        atomic.write_atomic(self.path, data)

    def quarantine(self) -> Path:
        return atomic.quarantine(self.path)

    def erase(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            return
        lock = filelock.lock_path(self.path)
        with filelock.exclusive(lock):  # not while another window is half-way through a save
            self._remove_files(folder)
        with contextlib.suppress(OSError):  # after unlocking: Windows cannot delete an open file
            os.unlink(lock)
        atomic.fsync_dir(folder)

    def _remove_files(self, folder: Path) -> None:
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
