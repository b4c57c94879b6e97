"""UI translations: Qt .qm files from resources/i18n, switched at runtime.

Every user-visible string goes through `translate(context, text)` (an alias of
QCoreApplication.translate, which pyside6-lupdate extracts). Placeholders are
Qt-style %1, %2, filled by `arg()`, so translators see the familiar form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import cache_dir, i18n_dir, is_frozen

translate = QCoreApplication.translate

ENGLISH = "en"
FILE_PREFIX = "karpear_"
# Language names in their own script, for when no content file names them.
NATIVE_NAMES = {"en": "English", "fr": "Français", "km": "ខ្មែរ"}

_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill Qt-style %1..%9 in one pass (a value containing "%2" stays as it is)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def ui_languages(folder: Path | None = None) -> tuple[str, ...]:
    """English plus every language with a translation source (.ts) or compiled file (.qm)."""
    folder = folder or i18n_dir()
    codes = {
        path.stem.removeprefix(FILE_PREFIX)
        for pattern in (f"{FILE_PREFIX}*.ts", f"{FILE_PREFIX}*.qm")
        for path in folder.glob(pattern)
    }
    codes.discard(ENGLISH)
    return (ENGLISH, *sorted(codes))


def system_language(available: Iterable[str], locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that Karpear has, else English."""
    available = set(available)
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return ENGLISH


def qm_dir() -> Path:
    """Where compiled translations are loaded from: the bundle's own (made by the build), or, from
    a checkout, the user cache folder, where start-up compiles them: never into the source tree."""
    return i18n_dir() if is_frozen() else cache_dir() / "i18n"


def qm_path(code: str, folder: Path | None = None) -> Path:
    return (folder or qm_dir()) / f"{FILE_PREFIX}{code}.qm"


class Translations:
    """Keeps exactly one language's translators installed in the application.

    Use `shared()`: translators are installed application-wide, so a second
    instance would leave the first one's language behind.
    """

    _shared: Translations | None = None

    @classmethod
    def shared(cls) -> Translations:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def __init__(self, folder: Path | None = None):
        self._folder = folder  # None: qm_dir(), looked up at each switch
        self._installed: list[QTranslator] = []

    def switch(self, code: str) -> bool:
        """Install `code`'s translations; False (and English shown) if its .qm is missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if code == ENGLISH:
            return True
        ours = QTranslator(app)
        if not ours.load(str(qm_path(code, self._folder))):
            return False
        self._installed.append(ours)
        # Qt's own strings (key names in shortcuts, for instance) where Qt ships them.
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        return True
