"""An exclusive lock between processes, held on a small lock file beside the data it protects.

Two windows (or a window and `karpear erase`) may write the same store: every
write re-reads the file and merges under this lock, so neither loses the other's
ticks. POSIX uses `flock` (per open file, so it also excludes threads and two
stores of one process); Windows uses `msvcrt.locking` on the file's first byte.
The lock file holds no data.

Waiting is the kernel's blocking wait, not polling: under heavy contention a
polling process can lose every race for seconds. A write holds the lock for
milliseconds, so the wait is short; on Windows `LK_LOCK` gives up after ~10 s.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

LOCK_SUFFIX = ".lock"


class Busy(OSError):
    """Another process holds the lock and the caller chose not to wait."""


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{LOCK_SUFFIX}")


def _lock(fd: int, wait: bool) -> None:
    if os.name == "nt":
        import msvcrt  # noqa: PLC0415 - Windows only

        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise Busy(errno.EBUSY, "another Karpear process holds the lock") from exc
        return
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        raise Busy(errno.EBUSY, "another Karpear process holds the lock") from exc


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt  # noqa: PLC0415

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    # POSIX: closing the file releases the flock.


@contextlib.contextmanager
def exclusive(path: Path, *, wait: bool = True) -> Iterator[None]:
    """Hold the lock on `path` (created, mode 0o600, if missing) for the `with` block.

    Raises Busy (an OSError) if `wait` is False and another process holds it, and OSError if
    the lock file cannot be opened (missing or read-only folder).
    """
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        _lock(fd, wait)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
