"""The key that protects one data folder: found in the keyring, derived from a passphrase, or made.

`Vault.open(folder)` reads the headers of the sealed files already there. A key kept
in the system keyring is fetched at once. A passphrase-protected folder waits for
`unlock(passphrase)` (the UI asks before the window opens). A folder with nothing
sealed yet gets its key at the first write: a new random key in the system keyring
if there is one, else a passphrase the person chooses (`ask_new_passphrase`). There
is never a fallback to plain text: without a key nothing is written.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from app.store import atomic, sealed
from app.store import keychain as keychains
from app.store.keychain import Keychain, KeychainError
from app.store.sealed import DataKey, Header, KeyRef, ScryptParams, SealError

# For scripts and tests that run Karpear without anyone to type a passphrase (as borg's
# BORG_PASSPHRASE): whoever can read this process's environment can read the passphrase.
PASSPHRASE_ENV = "KARPEAR_PASSPHRASE"
MIN_PASSPHRASE_CHARS = 8


class ProtectionUnavailable(OSError):
    """No key to write with (no passphrase chosen, keyring locked): nothing was written."""


class Vault:
    def __init__(
        self,
        folder: Path,
        keychain: Keychain | None = None,
        *,
        scrypt: ScryptParams = ScryptParams(),  # noqa: B008 - an immutable NamedTuple
    ) -> None:
        self.folder = Path(folder)
        self.keychain = keychain if keychain is not None else keychains.system_keychain()
        self.scrypt = scrypt
        # Called (without arguments) when a new passphrase is needed; returns it or None (refused).
        self.ask_new_passphrase: Callable[[], str | None] | None = None
        self._key: DataKey | None = None  # the key new writes use
        self._known: dict[str, DataKey] = {}  # every key met, by id, for reading
        self.locked: Header | None = None  # a passphrase header not unlocked yet
        self.keyring_problem: str | None = None  # the keyring failed when a sealed file needed it

    @classmethod
    def open(cls, folder: Path, keychain: Keychain | None = None, **kwargs) -> Vault:
        vault = cls(folder, keychain, **kwargs)
        for header in sealed_headers(vault.folder, live_only=True):
            vault._meet(header)
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if vault.locked is not None and passphrase:
            vault.unlock(passphrase)
        return vault

    @classmethod
    def with_key(cls, folder: Path, key: DataKey) -> Vault:
        """A vault that only ever uses `key` (self-test's throwaway key; tests)."""
        vault = cls(folder, Keychain(object(), system=False))
        vault._use(key)
        return vault

    @classmethod
    def throwaway(cls, folder: Path) -> Vault:
        return cls.with_key(folder, DataKey(KeyRef(sealed.SOURCE_MEMORY, sealed.new_id()), sealed.new_secret()))

    # -- state --------------------------------------------------------------------------
    @property
    def needs_passphrase(self) -> bool:
        """True while sealed files wait for their passphrase."""
        return self.locked is not None

    @property
    def source(self) -> str | None:
        """Where the key in use comes from (sealed.SOURCE_*), or None if none is in use yet."""
        return self._key.ref.source if self._key is not None else None

    @property
    def planned_source(self) -> str:
        """Where a key will come from: the current one's, else the keyring if it is a system one."""
        if self.source is not None:
            return self.source
        if self.locked is not None:
            return sealed.SOURCE_PASSPHRASE
        return sealed.SOURCE_KEYRING if self.keychain.is_system else sealed.SOURCE_PASSPHRASE

    def key_ids(self) -> set[str]:
        return set(self._known)

    def _use(self, key: DataKey) -> None:
        self._known[key.ref.key_id] = key
        if self._key is None:
            self._key = key

    def _meet(self, header: Header) -> None:
        """Take note of a sealed file found at start: fetch its keyring key, or remember it is locked."""
        ref = header.ref
        if ref.key_id in self._known:
            return
        if ref.source == sealed.SOURCE_KEYRING:
            with contextlib.suppress(SealError):  # that file will say why when it is read
                self._use(self._keyring_key(header))
        elif ref.source == sealed.SOURCE_PASSPHRASE and self.locked is None and self._key is None:
            self.locked = header

    def _keyring_key(self, header: Header) -> DataKey:
        try:
            secret = self.keychain.get(header.ref.key_id)
        except KeychainError as exc:
            self.keyring_problem = str(exc)
            raise SealError(SealError.LOCKED, f"the keyring is not available ({exc})") from None
        if secret is None:
            raise SealError(SealError.KEY_MISSING, "its key is no longer in the keyring")
        if sealed.key_check(secret) != header.check:
            raise SealError(SealError.WRONG_KEY, "the keyring holds another key under its name")
        return DataKey(header.ref, secret)

    # -- passphrases --------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bool:
        """Try the passphrase on the locked files; False (and still locked) if it is wrong."""
        header = self.locked
        if header is None:
            return True
        key = sealed.derive_passphrase_key(passphrase, header.ref.key_id, header.ref.scrypt or ScryptParams())
        if key.check != header.check:
            return False
        self.locked = None
        self._use(key)
        return True

    def set_aside_locked(self) -> list[Path]:
        """The person forgot the passphrase: move the files it locks aside (still encrypted, kept in
        case it comes back to mind) and start over; where they went. Raises OSError if one cannot
        be moved: the vault then stays locked, so nothing is ever written over it."""
        header = self.locked
        if header is None:
            return []
        moved = [
            atomic.quarantine(path)
            for path, found in sealed_files(self.folder, live_only=True)
            if found.ref.key_id == header.ref.key_id
        ]
        self.locked = None
        return moved

    def set_passphrase(self, passphrase: str) -> DataKey:
        """Protect what is written from now on with a new passphrase (new salt)."""
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            raise ValueError(f"a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")
        key = sealed.derive_passphrase_key(passphrase, sealed.new_id(), self.scrypt)
        self._key = None
        self._use(key)
        return key

    # -- keys for reading and writing ---------------------------------------------------
    def key_for(self, header: Header) -> DataKey:
        """The key that opens a file with this header; raises SealError saying why there is none."""
        known = self._known.get(header.ref.key_id)
        if known is not None:
            return known
        if header.ref.source == sealed.SOURCE_KEYRING:
            key = self._keyring_key(header)
            self._use(key)
            return key
        if self.locked is not None and self.locked.ref.key_id == header.ref.key_id:
            raise SealError(SealError.LOCKED, "the passphrase was not given")
        raise SealError(SealError.WRONG_KEY, "encrypted with another key or passphrase")

    def key_for_writing(self) -> DataKey:
        """The key new data is sealed with, made on first use. Raises ProtectionUnavailable."""
        if self._key is not None:
            return self._key
        if self.locked is not None or self.keyring_problem is not None:
            # Writing under a new key would make the locked files look like someone else's.
            raise ProtectionUnavailable("the saved data is locked (passphrase not given or keyring unavailable)")
        if self.keychain.is_system:
            key = DataKey(KeyRef(sealed.SOURCE_KEYRING, sealed.new_id()), sealed.new_secret())
            try:
                self.keychain.put(key.ref.key_id, key.secret)
                stored = self.keychain.get(key.ref.key_id)
            except KeychainError:
                stored = None  # a keyring that refuses: the person chooses a passphrase instead
            if stored == key.secret:
                self._use(key)
                return key
        passphrase = os.environ.get(PASSPHRASE_ENV) or (self.ask_new_passphrase() if self.ask_new_passphrase else None)
        if not passphrase:
            raise ProtectionUnavailable("no passphrase was chosen to protect the data, so nothing was saved")
        return self.set_passphrase(passphrase)

    def forget(self) -> tuple[list[str], list[str]]:
        """Delete every key of this folder from the keyring and start over; (removed key ids, errors)."""
        in_keyring = {key_id for key_id, key in self._known.items() if key.ref.source == sealed.SOURCE_KEYRING}
        in_keyring |= {h.ref.key_id for h in sealed_headers(self.folder) if h.ref.source == sealed.SOURCE_KEYRING}
        removed, errors = [], []
        for key_id in sorted(in_keyring):
            try:
                if self.keychain.delete(key_id):
                    removed.append(key_id)
            except KeychainError as exc:  # e.g. the keyring is unavailable now: say so, never "all erased"
                errors.append(f"the key {key_id} could not be removed from the keyring: {exc}")
        self._key, self._known, self.locked, self.keyring_problem = None, {}, None, None
        return removed, errors


def sealed_files(folder: Path, *, live_only: bool = False) -> Iterator[tuple[Path, Header]]:
    """The sealed files in `folder` and their headers: every one (moved-aside copies and leftover
    temp files included), or with `live_only` the stores' own files only (a copy moved aside because
    it needs another passphrase must not decide which passphrase to ask for)."""
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink() or not entry.is_file():
            continue
        if live_only and (entry.name.startswith(".") or atomic.CORRUPT_MARKER in entry.name):
            continue
        try:
            with entry.open("rb") as handle:  # the header only: a moved-aside file may be large
                data = handle.read(sealed.HEADER_BYTES_MAX)
            if sealed.is_sealed(data):
                yield entry, sealed.read_header(data)
        except (OSError, SealError):
            continue


def sealed_headers(folder: Path, *, live_only: bool = False) -> Iterator[Header]:
    return (header for _path, header in sealed_files(folder, live_only=live_only))
