"""Every test, and every process a test starts, uses a throwaway cache folder and never the real keyring."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from app.resources import CACHE_DIR_ENV
from app.store import keychain as keychains
from app.store.keychain import Keychain

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    # Subprocesses too: even if the shell names a real backend, children get the one that refuses.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ.pop("KARPEAR_PASSPHRASE", None)


@pytest.fixture(scope="session", autouse=True)
def isolated_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    # Session-wide (os.environ, not monkeypatch): child processes inherit it, and the translations
    # compiled into it once serve every test.
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get(CACHE_DIR_ENV)
    os.environ[CACHE_DIR_ENV] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(CACHE_DIR_ENV, None)
    else:
        os.environ[CACHE_DIR_ENV] = previous


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


_SECRET_SERVICE_TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
# A private session bus with its own gnome-keyring, unlocked with a throwaway password; HOME points
# into the test's folder, so the keyring file it keeps is the test's, never the person's.
_UNDER_SECRET_SERVICE = 'echo throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"'


@pytest.fixture
def secret_service(tmp_path: Path):
    """Run Python code in a child that has a real Secret Service keyring (gnome-keyring); skip without one.

    CI needs the Debian packages `dbus` and `gnome-keyring` (dbus-run-session, gnome-keyring-daemon).
    """
    missing = [tool for tool in _SECRET_SERVICE_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"no real Secret Service keyring: {', '.join(missing)} not installed (apt-get install dbus gnome-keyring)"
        )
    home = tmp_path / "keyring-home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING", "XDG_", "KARPEAR_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(home / "run"))
    (home / "run").mkdir(mode=0o700)

    def run(code: str, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        """`prefix` wraps the whole session (e.g. `unshare -rn`: the bus and the keyring work, no network)."""
        command = [*prefix, "dbus-run-session", "--", "sh", "-c", _UNDER_SECRET_SERVICE, "sh"]
        command += [sys.executable, "-c", code, *args]
        return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)

    probe = run("import keyring; keyring.set_password('karpear-probe', 'p', 'x'); print(keyring.get_keyring())")
    if probe.returncode != 0 or "SecretService" not in probe.stdout:
        pytest.skip(f"gnome-keyring did not start a usable Secret Service: {probe.stdout}{probe.stderr[-400:]}")
    return run
