"""Crash-safe file writes and moving corrupt files aside.

A write either lands completely or not at all: the data goes to a temp file in
the same folder (so `os.replace` is a rename on one filesystem, atomic on POSIX
and Windows), is flushed and fsynced, replaces the target, and then the folder
itself is fsynced so the rename survives a power cut.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700

# Temp files are hidden and carry the target's name, so `erase` can find the
# ones a killed process left behind: ".progress.json.<random>.tmp".
TEMP_SUFFIX = ".tmp"
CORRUPT_MARKER = ".corrupt-"


def temp_prefix(name: str) -> str:
    return f".{name}."


# Progress for every guide fits in a few kilobytes; anything near this is not ours, and reading
# it whole (a 194 MB file took 1.4 GB of memory) would hurt more than refusing it.
MAX_READ_BYTES = 4 * 1024 * 1024


class RefusedFile(Exception):
    """The stored path is not something Karpear wrote: not a regular file, or too large to be one."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_limited(path: Path, limit: int = MAX_READ_BYTES) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them.

    Checked on the open file descriptor, not by name, so nothing can be swapped in between:
    a FIFO, device or socket is refused without blocking (O_NONBLOCK), a symlink is refused
    (O_NOFOLLOW), and a larger file is refused after reading at most `limit` + 1 bytes.
    Raises FileNotFoundError if there is no file, RefusedFile, or another OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a symlink
            raise RefusedFile("a symbolic link, not a file Karpear wrote") from None
        raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise RefusedFile("not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise RefusedFile(f"larger than {limit // (1024 * 1024)} MB, far more than Karpear ever writes")
    return data


def enforce_dir_mode(folder: Path) -> None:
    """Tighten an existing data folder to 0o700 (an older version, or a person, may have left 0o755)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # not ours to change (shared folder): reading still works
        if stat.S_IMODE(os.stat(folder).st_mode) != DIR_MODE:
            os.chmod(folder, DIR_MODE)


def make_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents with mode 0o700.

    `os.makedirs(mode=...)` only applies the mode to the last folder (Python 3.7+),
    so each missing level is created here; existing folders are left alone.
    """
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=DIR_MODE)
        except FileExistsError:  # created by someone else in between: fine
            continue
        if os.name != "nt":
            os.chmod(level, DIR_MODE)  # an unusual umask may have removed owner bits


def _fsync_file(fd: int) -> None:
    # On macOS fsync() only reaches the drive's cache; F_FULLFSYNC asks the drive to flush it.
    if sys.platform == "darwin":
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
    os.fsync(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable (POSIX only; Windows has no folder fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some filesystems (certain network and FUSE mounts) cannot fsync a folder;
        # the data is already in place, only the durability guarantee is weaker there.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, never a mix.

    Parent folders are created with mode 0o700; the file ends up with mode 0o600
    (mkstemp creates the temp file that way, and the rename keeps it).
    Raises OSError if the write fails; the old file is then untouched and no temp file is left.
    """
    path = Path(path)
    folder = path.parent
    make_dirs(folder)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name != "nt":
                os.fchmod(handle.fileno(), FILE_MODE)  # mkstemp already does this; be explicit
            handle.write(data)
            handle.flush()
            _fsync_file(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        # Also on KeyboardInterrupt: a stray temp file would keep sensitive data on disk.
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(folder)


def rewrite_keeping_mode(path: Path, data: bytes) -> None:
    """Replace a person's own file (a translation, its metadata) atomically, keeping its permissions.

    A crash leaves the old text or the new one, never half of it; write_atomic alone would make
    the file private (0o600), which a file in a shared checkout must not become.
    """
    mode = path.stat().st_mode
    write_atomic(path, data)
    os.chmod(path, stat.S_IMODE(mode))


def _utc_stamp() -> str:
    # No ":" in the name: Windows forbids it in file names.
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def quarantine(path: Path) -> Path:
    """Move a corrupt file aside to `<name>.corrupt-<UTC timestamp>` and return the new path.

    Never overwrites an existing file: if the name is taken, `-1`, `-2`, ... is appended.
    Raises OSError if the file cannot be moved (the caller must then not write over it).
    """
    path = Path(path)
    base = f"{path.name}{CORRUPT_MARKER}{_utc_stamp()}"
    for attempt in range(1000):
        target = path.with_name(base if attempt == 0 else f"{base}-{attempt}")
        if _move_no_overwrite(path, target):
            _private(target)
            fsync_dir(path.parent)
            return target
    raise FileExistsError(errno.EEXIST, "no free name to move the corrupt file to", str(path))


def _private(path: Path) -> None:
    """A moved-aside copy holds the same data as the original: owner only (a symlink is left as it is)."""
    if os.name == "nt" or path.is_symlink():
        return
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE if path.is_dir() else FILE_MODE)


def remove_leftover_temps(path: Path) -> None:
    """Delete temp files of `path` that a killed process left behind (call under the store's lock)."""
    prefix = temp_prefix(path.name)
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX) and not entry.is_dir():
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry)


def _move_no_overwrite(source: Path, target: Path) -> bool:
    """Rename `source` to `target` unless `target` exists; False if it does."""
    if os.name == "nt":
        # Windows' rename refuses to replace an existing file, atomically.
        try:
            os.rename(source, target)
        except FileExistsError:
            return False
        return True
    # POSIX rename silently overwrites; a hard link fails if the target exists, atomically.
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        return False
    except (OSError, NotImplementedError):
        # No hard links here (FAT/exFAT USB sticks, some network mounts, or `source`
        # is a folder): check, then rename. Only a race with another writer could bite.
        if target.exists() or target.is_symlink():
            return False
        os.rename(source, target)
        return True
    os.unlink(source)
    return True
