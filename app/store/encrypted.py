"""`EncryptedStorage`: a `Storage` that seals every write and opens every read with the folder's `Vault`.

Plain JSON left by an earlier Karpear is sealed and written back the first time it
is read, which replaces the plain file (migration, once). Bytes that cannot be opened
reach `document.load` as an `InvalidDocument` with a status saying why, so the file is
moved aside (still sealed) and the person told, or, when its key is only locked away,
kept untouched and nothing saved.
"""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from pathlib import Path

from app.store import sealed
from app.store.document import InvalidDocument, LoadReport, LoadStatus
from app.store.progress import PROGRESS_FILE, ProgressStore
from app.store.settings import SETTINGS_FILE, Settings
from app.store.storage import PlainFileStorage
from app.store.vault import ProtectionUnavailable, Vault

_STATUS = {
    sealed.SealError.CORRUPT: LoadStatus.CORRUPT,
    sealed.SealError.NEWER: LoadStatus.NEWER_SCHEMA,
    sealed.SealError.WRONG_KEY: LoadStatus.WRONG_KEY,
    sealed.SealError.KEY_MISSING: LoadStatus.KEY_MISSING,
    sealed.SealError.LOCKED: LoadStatus.LOCKED,
}


def looks_like_plain_json(data: bytes) -> bool:
    return data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


class EncryptedStorage:
    def __init__(self, path: Path, vault: Vault) -> None:
        self._file = PlainFileStorage(path)
        self.vault = vault

    @property
    def path(self) -> Path:
        return self._file.path

    def __repr__(self) -> str:
        return f"EncryptedStorage({str(self.path)!r})"

    def read(self) -> bytes | None:
        data = self._file.read()
        if data is None:
            return None
        if sealed.is_sealed(data):
            try:
                return sealed.unseal(data, self.vault.key_for(sealed.read_header(data)))
            except sealed.SealError as exc:
                raise InvalidDocument(exc.reason, _STATUS[exc.kind]) from None
        if not looks_like_plain_json(data):
            raise InvalidDocument("neither an encrypted Karpear file nor an earlier plain one")
        # An earlier version's plain file: from now on only sealed (even if damaged). Without a key
        # yet (no passphrase chosen) it is left as it was and read as it is.
        with contextlib.suppress(ProtectionUnavailable):
            self.write(data)
        return data

    def write(self, data: bytes) -> None:
        self._file.write(sealed.seal(data, self.vault.key_for_writing()))

    def quarantine(self) -> Path:
        return self._file.quarantine()

    def locked(self) -> AbstractContextManager[None]:
        return self._file.locked()

    def tidy(self) -> None:
        self._file.tidy()

    def erase(self) -> None:
        # The key is the folder's, shared with the other store: `erase_data` removes it.
        self._file.erase()


def open_encrypted(folder: Path, vault: Vault) -> tuple[tuple[ProgressStore, LoadReport], tuple[Settings, LoadReport]]:
    """Progress and settings of `folder`, both encrypted with `vault`: how the app opens them."""
    progress = ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, vault))
    settings = Settings.open(backend=EncryptedStorage(folder / SETTINGS_FILE, vault))
    return progress, settings
