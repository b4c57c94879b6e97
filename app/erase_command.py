"""`karpear erase`: remove every file of the data folder and Karpear's key from the keyring."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from app.store import Vault, data_dir, erase_data
from app.store.erase import data_files

EXIT_OK, EXIT_FAILED = 0, 1


def run_erase(out: TextIO, *, yes: bool, ask: Callable[[str], str] = input) -> int:
    """List what would go, ask unless `yes`, erase, and print what was removed."""
    folder = data_dir()
    vault = Vault.open(folder)
    files = data_files(folder)
    if not files:
        print(f"Nothing to erase: {folder} holds no Karpear data.", file=out)
        return EXIT_OK
    print(f"Karpear's data folder {folder} holds:", file=out)
    for path in files:
        print(f"  {path}", file=out)
    if not yes:
        answer = ask("Erase these files and Karpear's key from the system keyring? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was erased.", file=out)
            return EXIT_OK
    report = erase_data(folder, vault)
    for path in report.removed_files:
        print(f"removed {path}", file=out)
    for key_id in report.removed_keys:
        print(f"removed the key {key_id} from the system keyring ({vault.keychain.name})", file=out)
    for error in report.errors:
        print(f"error: could not remove {error}", file=out)
    return EXIT_FAILED if report.errors else EXIT_OK
