"""Local data: progress and settings, written atomically under `data_dir()`. Pure Python, never imports Qt."""

from app.store.atomic import quarantine, write_atomic
from app.store.document import LoadReport, LoadStatus
from app.store.encrypted import EncryptedStorage, open_encrypted
from app.store.erase import EraseReport, erase_data
from app.store.errors import SaveError, SaveProblem
from app.store.paths import DATA_DIR_ENV, USER_GUIDES, data_dir
from app.store.progress import PROGRESS_FILE, ProgressStore
from app.store.settings import SETTINGS_FILE, Settings
from app.store.storage import PlainFileStorage, Storage
from app.store.vault import ProtectionUnavailable, Vault

__all__ = [
    "DATA_DIR_ENV",
    "EncryptedStorage",
    "EraseReport",
    "PROGRESS_FILE",
    "SETTINGS_FILE",
    "USER_GUIDES",
    "LoadReport",
    "LoadStatus",
    "PlainFileStorage",
    "ProtectionUnavailable",
    "SaveError",
    "SaveProblem",
    "ProgressStore",
    "Settings",
    "Storage",
    "Vault",
    "data_dir",
    "erase_data",
    "open_encrypted",
    "quarantine",
    "write_atomic",
]
