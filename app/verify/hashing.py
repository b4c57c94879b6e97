"""SHA-256 of a file in large blocks, with progress, cancellation and a check that it did not change."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

# 1 MiB blocks: per-block Python overhead becomes negligible next to OpenSSL's hashing
# (bench/hash.py compares with sha256sum), and memory stays flat whatever the file size.
BLOCK = 1 << 20

Progress = Callable[[int, int], None]  # (bytes done, total)


class Cancelled(Exception):
    """The person cancelled the check."""


class FileChanged(Exception):
    """The file's size or modification time changed while it was read (a download still running?)."""


def file_state(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_size, info.st_mtime_ns


def sha256_file(
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    keep: bytearray | None = None,
) -> str:
    """Hex SHA-256 of `path`; `keep` (if given) receives the bytes read, so the file is read only once."""
    before = file_state(path)
    digest = hashlib.sha256()
    buffer = bytearray(BLOCK)
    view = memoryview(buffer)
    done, size = 0, before[0]
    with open(path, "rb", buffering=0) as file:
        # Read no further than the size at the start: a file still growing would never end.
        while done < size and (count := file.readinto(view[: min(BLOCK, size - done)])):
            digest.update(view[:count])
            if keep is not None:
                keep += view[:count]
            done += count
            if cancelled is not None and cancelled():
                raise Cancelled
            if progress is not None:
                progress(done, size)
    if file_state(path) != before or done != size:
        raise FileChanged
    return digest.hexdigest()
