"""The real thing: Karpear's key in a real Secret Service keyring (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

from pathlib import Path

# Runs in the child, with keyring's own choice of backend (no test double).
_ROUND_TRIP = """
import sys
from pathlib import Path

import keyring
from app.store import PROGRESS_FILE, EncryptedStorage, ProgressStore, Vault, erase_data
from app.store.keychain import SERVICE, Keychain

folder = Path(sys.argv[1])
keychain = Keychain()
print("system:", keychain.is_system, keychain.name)
vault = Vault.open(folder)
store, _ = ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, vault))
store.set_done("wiretap", "install-signal", True, 1)
print("source:", vault.source)
(key_id,) = vault.key_ids()
print("entry in keyring:", keyring.get_password(SERVICE, "data-key-" + key_id) is not None)
print("in clear:", b"install-signal" in (folder / PROGRESS_FILE).read_bytes())

again = Vault.open(folder)
reopened, report = ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, again))
print("reopened:", report.status.value, reopened.is_done("wiretap", "install-signal"))

report = erase_data(folder, again)
print("erased:", [p.name for p in report.removed_files], report.removed_keys == [key_id], report.errors)
print("entry after erase:", keyring.get_password(SERVICE, "data-key-" + key_id))
print("folder after erase:", folder.exists())

import os
from app.store.keychain import find_backend

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # the person's own choice wins
print("configured backend wins:", type(find_backend()).__module__)
"""


def test_round_trip_and_erase_with_a_real_secret_service(secret_service, tmp_path: Path) -> None:
    result = secret_service(_ROUND_TRIP, str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "system: True SecretService Keyring",
        "source: keyring",
        "entry in keyring: True",
        "in clear: False",
        "reopened: ok True",
        "erased: ['progress.json', '.progress.json.lock'] True []",
        "entry after erase: None",
        "folder after erase: False",
        "configured backend wins: keyring.backends.fail",
    ]
