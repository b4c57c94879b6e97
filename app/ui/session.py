"""What the window works on: the content, loaded once, and the person's progress and settings.

The only module of app/ui that talks to app/store, so a change in the store's
API touches one file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from app.content import ContentLibrary, Guide, load_library
from app.content.model import DEVICE_PLATFORMS
from app.store import (
    USER_GUIDES,
    EncryptedStorage,
    EraseReport,
    LoadReport,
    ProgressStore,
    Settings,
    Vault,
    data_dir,
    erase_data,
    open_encrypted,
)


class Session(NamedTuple):
    library: ContentLibrary
    progress: ProgressStore
    settings: Settings
    progress_report: LoadReport
    settings_report: LoadReport
    data_folder: Path  # where progress and settings live (named in save-error advice)
    vault: Vault  # the key that encrypts them

    @classmethod
    def open(
        cls,
        guides: Path | None = None,
        data_folder: Path | None = None,
        vault: Vault | None = None,
        *,
        local_guides: Sequence[Path] = (),
        pseudo: bool = False,
    ) -> Session:
        """Load every guide and the stored data, encrypted with `vault` (default: the folder's own).

        `local_guides`: folders of guides from outside Karpear (`karpear --guides`), read before the
        data folder's own `guides` folder; `pseudo`: add the pseudo language (app/content/pseudo.py).
        Never raises for bad content or bad files. A passphrase-protected folder must be
        unlocked first (see app/ui/passphrase.py), else its files stay locked and nothing is saved.
        """
        folder = Path(data_folder) if data_folder is not None else data_dir()
        library = load_library(guides, use_snapshot=True)
        folders = [*local_guides, *([folder / USER_GUIDES] if (folder / USER_GUIDES).is_dir() else [])]
        if folders:
            from app.content.local_guides import with_local_guides  # noqa: PLC0415 - only with local guides

            library = with_local_guides(library, folders)
        if pseudo:
            from app.content.pseudo import PSEUDO, PSEUDO_NAME, pseudo_of  # noqa: PLC0415 - developers only

            library = library.with_language(PSEUDO, PSEUDO_NAME, pseudo_of)
        vault = vault if vault is not None else Vault.open(folder)
        (progress, progress_report), (settings, settings_report) = open_encrypted(folder, vault)
        return cls(library, progress, settings, progress_report, settings_report, folder, vault)

    def storage(self, name: str) -> EncryptedStorage:
        """A file of the data folder, encrypted with this session's key: for a store opened later
        (e.g. `SessionStore.open(backend=session.storage(SESSIONS_FILE))`)."""
        return EncryptedStorage(self.data_folder / name, self.vault)

    def erase_all(self) -> EraseReport:
        """Remove every file of the data folder and the keyring entry; the stores start empty."""
        report = erase_data(self.data_folder, self.vault)
        for reset in (self.progress.erase_all, self.settings.erase):
            try:
                reset()
            except OSError as exc:
                report.errors.append(str(exc))
        return report

    # -- progress under the platform filter ------------------------------------
    @property
    def platform(self) -> str | None:
        value = self.settings.platform_filter
        return value if value in DEVICE_PLATFORMS else None

    def counts(self, guide: Guide) -> tuple[int, int]:
        """(done, shown) steps of `guide`: hidden steps do not count."""
        ids = [step.id for step in guide.visible_steps(self.platform)]
        return self.progress.count_done(guide.id, ids), len(ids)

    def save_settings(self) -> Exception | None:
        """Save; the error if it failed, whatever it was (the window says so and carries on)."""
        try:
            self.settings.save()
        except Exception as exc:  # noqa: BLE001 - any failure is reported, never a silent crash of the slot
            return exc
        return None
