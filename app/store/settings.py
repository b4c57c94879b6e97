"""The person's preferences, kept in `settings.json` (schema 1).

The app keeps it encrypted like progress (`EncryptedStorage`): the last guide
chosen says what a person was working on. Keys written by a newer
Karpear are kept untouched on save, so going back and forth between versions
loses nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.store import document
from app.store.document import InvalidDocument, LoadReport, is_int
from app.store.paths import data_dir
from app.store.storage import PlainFileStorage, Storage

SETTINGS_FILE = "settings.json"
SCHEMA = 1

FONT_SIZE_DEFAULT = 11
FONT_SIZE_MIN = 8
FONT_SIZE_MAX = 32

_OPTIONAL_TEXT_KEYS = ("language", "platform_filter", "last_guide_id")
_KNOWN_KEYS = ("schema", "font_size", *_OPTIONAL_TEXT_KEYS)


def clamp_font_size(points: int | float) -> int:
    return max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, round(points)))


def _validate(doc: dict[str, Any]) -> dict[str, Any]:
    for key in _OPTIONAL_TEXT_KEYS:
        value = doc.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidDocument(f"{key} is not text")
    size = doc.get("font_size", FONT_SIZE_DEFAULT)
    if not is_int(size):
        raise InvalidDocument("font_size is not a whole number")
    return doc


class Settings:
    """Preferences; change the attributes, then call `save()`.

    - `language`: a language code, or None on first run (follow the system locale).
    - `platform_filter`: a platform id, or None for all platforms.
    - `font_size`: points, clamped to 8..32 whenever it is set.
    - `last_guide_id`: the guide selected last, or None.
    """

    def __init__(self, backend: Storage, doc: dict[str, Any] | None = None, *, can_save: bool = True) -> None:
        doc = doc or {}
        self._backend = backend
        self._can_save = can_save
        # Keys this version does not know, kept for the newer version that wrote them.
        self._extra: dict[str, Any] = {k: v for k, v in doc.items() if k not in _KNOWN_KEYS}
        self.language: str | None = doc.get("language")
        self.platform_filter: str | None = doc.get("platform_filter")
        self.last_guide_id: str | None = doc.get("last_guide_id")
        self.font_size = doc.get("font_size", FONT_SIZE_DEFAULT)

    @property
    def font_size(self) -> int:
        return self._font_size

    @font_size.setter
    def font_size(self, points: int | float) -> None:
        self._font_size = clamp_font_size(points)

    @classmethod
    def open(cls, folder: Path | None = None, backend: Storage | None = None) -> tuple[Settings, LoadReport]:
        """Load from `backend`, else `folder/settings.json` (default folder: `data_dir()`).

        A bad file is moved aside and the defaults used.
        """
        if backend is None:
            backend = PlainFileStorage(Path(folder if folder is not None else data_dir()) / SETTINGS_FILE)
        doc, report = document.load(backend, SCHEMA, _validate)
        return cls(backend, doc, can_save=report.can_save), report

    def to_dict(self) -> dict[str, Any]:
        return {
            **self._extra,
            "schema": SCHEMA,
            "language": self.language,
            "platform_filter": self.platform_filter,
            "font_size": self.font_size,
            "last_guide_id": self.last_guide_id,
        }

    def save(self) -> None:
        """Write atomically, under the store's lock. Raises SaveError (an OSError) on any failure;
        the previous file then stays as it was."""
        if not self._can_save:
            return  # memory only: a bad file that could not be moved aside must not be written over

        def change(doc: dict[str, Any]) -> bool:
            doc.update(self.to_dict())  # keys a newer version added on disk since are kept
            return True

        document.update(self._backend, SCHEMA, _validate, change, known=self.to_dict())  # a bad file: moved aside

    def erase(self) -> None:
        """Remove settings.json (and any moved-aside or temp copies) and go back to the defaults."""
        self._extra = {}
        self.language = self.platform_filter = self.last_guide_id = None
        self.font_size = FONT_SIZE_DEFAULT
        self._backend.erase()
        self._can_save = True
