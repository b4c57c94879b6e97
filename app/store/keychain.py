"""The OS keyring, through `keyring`, and whether it really is the system's own.

Only a keyring the operating system protects with the person's login (Secret Service
on Linux, macOS Keychain, Windows Credential Manager, KWallet) may hold Karpear's key.
The `fail` and `null` backends, `keyrings.alt`'s plaintext and "encrypted" files, and
a chainer that could write to one of them are not: Karpear then asks for a passphrase
instead (Vorta's `is_system` pattern).
"""

from __future__ import annotations

import base64
import binascii
import sys

SERVICE = "karpear"
_ACCOUNT_PREFIX = "data-key-"

# Module prefixes of backends that store secrets with the operating system's protection.
SYSTEM_BACKEND_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


class KeychainError(OSError):
    """The keyring refused or failed (locked, no service, denied)."""


def backend_is_system(backend: object) -> bool:
    """True only for the operating system's own keyring; a chainer only if every backend in it is one."""
    inner = getattr(backend, "backends", None)
    if type(backend).__module__ == "keyring.backends.chainer":
        return bool(inner) and all(backend_is_system(each) for each in inner)
    return type(backend).__module__.startswith(SYSTEM_BACKEND_MODULES)


class Keychain:
    """Karpear's data keys in the keyring, one entry per key id (service "karpear")."""

    def __init__(self, backend: object | None = None, *, system: bool | None = None) -> None:
        self._backend = backend
        self._system = system

    @property
    def backend(self) -> object:
        if self._backend is None:
            self._backend = find_backend()
        return self._backend

    @property
    def name(self) -> str:
        backend = self.backend
        return str(getattr(backend, "name", type(backend).__name__))

    @property
    def is_system(self) -> bool:
        return self._system if self._system is not None else backend_is_system(self.backend)

    @property
    def warning(self) -> str | None:
        """Why this keyring may not hold the key (English, for logs and `karpear erase`); None if it may."""
        if self.is_system:
            return None
        return f"{self.name} is not a system keyring: Karpear will not keep its key there"

    def get(self, key_id: str) -> bytes | None:
        """The key stored under `key_id`, or None if there is none. Raises KeychainError."""
        value = self._call("get_password", key_id)
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None  # not a key of ours: as good as missing

    def put(self, key_id: str, secret: bytes) -> None:
        self._call("set_password", key_id, base64.b64encode(secret).decode("ascii"))

    def delete(self, key_id: str) -> bool:
        """Remove the entry; False if there was none. Raises KeychainError."""
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415

        try:
            self._call("delete_password", key_id)
        except KeychainError as exc:
            if isinstance(exc.__cause__, PasswordDeleteError):
                return False
            raise
        return True

    def _call(self, method: str, key_id: str, *value: str):
        if not self.is_system:
            raise KeychainError(self.warning)
        try:
            return getattr(self.backend, method)(SERVICE, _ACCOUNT_PREFIX + key_id, *value)
        except Exception as exc:  # noqa: BLE001 - every backend raises its own errors (dbus, locked, denied)
            raise KeychainError(f"the keyring failed: {type(exc).__name__}: {exc}") from exc


# The operating system's own keyring, tried first: keyring's discovery imports every backend and
# reads entry points (bench/encryption.py: a large part of the start-up cost of a key in the keyring).
_NATIVE_BACKENDS = {
    "linux": ("keyring.backends.SecretService", "Keyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
}


def find_backend() -> object:
    """The backend the person configured (PYTHON_KEYRING_BACKEND, keyringrc.cfg), else the system's
    own if it works here, else whatever keyring's discovery finds."""
    import importlib  # noqa: PLC0415

    import keyring.core  # noqa: PLC0415 - only when a key is needed

    configured = keyring.core.load_env() or keyring.core.load_config()
    if configured is not None:
        return configured
    module_name, class_name = _NATIVE_BACKENDS.get(sys.platform, (None, None))
    if module_name is not None:
        try:
            native = getattr(importlib.import_module(module_name), class_name)
            if native.viable:
                return native()
        except Exception:  # noqa: BLE001, S110 - a missing or broken backend: keyring's discovery decides
            pass
    return keyring.get_keyring()


def system_keychain() -> Keychain:
    """The keychain the app uses (tests replace this function so they never touch the real keyring)."""
    return Keychain()
