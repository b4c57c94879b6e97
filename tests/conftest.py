"""Every test runs with an in-memory keyring: none may ever touch the person's real keyring."""

from __future__ import annotations

import os

import pytest
from keyring.backend import KeyringBackend

from app.store import keychain as keychains
from app.store.keychain import Keychain


def pytest_configure(config: pytest.Config) -> None:
    # Subprocesses too: even if the shell names a real backend, children get the one that refuses.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ.pop("KARPEAR_PASSPHRASE", None)


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, standing in for the system one in tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


@pytest.fixture(autouse=True)
def memory_keychain(monkeypatch: pytest.MonkeyPatch) -> Keychain:
    """The keychain the app finds by default in this test: in memory, trusted as a system one."""
    keychain = Keychain(MemoryKeyring(), system=True)
    monkeypatch.setattr(keychains, "system_keychain", lambda: keychain)
    return keychain
