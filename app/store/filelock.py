"""An exclusive lock between processes, held on a small lock file beside the data it protects.

Two windows (or a window and `karpear erase`) may write the same store: every
write re-reads the file and merges under this lock, so neither loses the other's
ticks. POSIX uses `flock` (per open file, so it also excludes threads and two
stores of one process); Windows uses `msvcrt.locking` on the file's first byte.
The lock file holds no data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_SUFFIX = ".lock"
# A write holds the lock for milliseconds; a process that holds it this long is hung,
# and the person is told the save failed rather than facing a frozen window.
TIMEOUT_SECONDS = 10.0


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{LOCK_SUFFIX}")


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt  # noqa: PLC0415 - Windows only

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt  # noqa: PLC0415

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    # POSIX: closing the file releases the flock.


@contextlib.contextmanager
def exclusive(path: Path, timeout: float = TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the lock on `path` (created, mode 0o600, if missing) for the `with` block.

    Raises TimeoutError (an OSError) if another process keeps it longer than `timeout` seconds,
    and OSError if the lock file cannot be opened (missing or read-only folder).
    """
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.001
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise TimeoutError(errno.ETIMEDOUT, "another Karpear process holds the lock", str(path))
            time.sleep(delay)  # polling: flock has no timeout of its own
            delay = min(delay * 2, 0.05)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
