"""Read one file of a folder someone sent: a regular file inside that folder, never more than a limit.

A hostile folder can hold a FIFO (opening or reading it blocks for ever), a symlink to /dev/zero
(endless) or a symlink to a file outside the folder (whose keys would then be printed in errors).
The kind of file is decided on the open file descriptor, so it cannot be swapped after the check.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
# O_NOFOLLOW: the path is resolved first, so a link appearing at the last step is refused, not followed.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 64 * 1024
MAX_FILE_BYTES = 1024 * 1024  # of one content file: far above any guide, far below trouble

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


LEADS_OUTSIDE = "is a symbolic link to a place outside the checked folder; not read"


class FileRefused(Exception):
    """The file is not read, for the reason given (a message for the person)."""


def is_within(path: Path, folder: Path) -> bool:
    """Whether `path`, with every symlink resolved, lies inside `folder` (resolved too)."""
    real = os.path.realpath(path)
    base = os.path.realpath(folder)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def read_bounded(file: Path, limit: int, folder: Path | None = None) -> bytes:
    """The bytes of `file`, a regular file of at most `limit` bytes (inside `folder`, if given).

    Raises FileRefused for anything else, OSError when the file cannot be opened or read.
    """
    if folder is not None and not is_within(file, folder):
        raise FileRefused(LEADS_OUTSIDE)
    descriptor = os.open(os.path.realpath(file), _OPEN_FLAGS)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise FileRefused(f"is {kind}, not a regular file; not read")
        return _read_at_most(descriptor, limit)
    finally:
        os.close(descriptor)


def _read_at_most(descriptor: int, limit: int) -> bytes:
    # One byte past the limit tells "too large" without reading the rest (a file may still be growing).
    chunks: list[bytes] = []
    wanted = limit + 1
    while wanted > 0:
        chunk = os.read(descriptor, min(wanted, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        wanted -= len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileRefused(f"is larger than the limit of {limit} bytes; not read")
    return data
