"""Why a save failed, in terms a person can act on.

The UI picks its translated advice from `SaveProblem`; the raw error (with temp
file names) stays for logs only.
"""

from __future__ import annotations

import errno
from enum import StrEnum

from app.store.vault import ProtectionUnavailable


class SaveProblem(StrEnum):
    READ_ONLY = "read-only"  # the disk or folder cannot be written at all
    DISK_FULL = "disk-full"  # no space (or quota) left
    NO_PERMISSION = "no-permission"  # the system refused access
    NOT_PROTECTED = "not-protected"  # no key to encrypt with: no passphrase chosen, or the data is locked
    OTHER = "other"


_BY_ERRNO = {
    errno.EROFS: SaveProblem.READ_ONLY,
    errno.ENOSPC: SaveProblem.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): SaveProblem.DISK_FULL,
    errno.EACCES: SaveProblem.NO_PERMISSION,
    errno.EPERM: SaveProblem.NO_PERMISSION,
}


class SaveError(OSError):
    """A store could not save; nothing changed on disk or in memory. `problem` says why, `__cause__` how."""

    def __init__(self, cause: BaseException) -> None:
        self.problem = classify(cause)
        code = cause.errno if isinstance(cause, OSError) else None
        super().__init__(code, f"could not save ({self.problem}): {type(cause).__name__}: {cause}")


def classify(error: BaseException) -> SaveProblem:
    """The kind of failure behind `error` (any exception; a SaveError keeps its own)."""
    if isinstance(error, SaveError):
        return error.problem
    if isinstance(error, ProtectionUnavailable):
        return SaveProblem.NOT_PROTECTED
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno, SaveProblem.OTHER)
    return SaveProblem.OTHER
