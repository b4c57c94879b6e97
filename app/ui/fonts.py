"""Fonts: Noto Sans Khmer registered at start, one UI font size for the whole window.

Khmer needs a font most systems lack, is hard to read small (hence the size
setting and Ctrl+= / Ctrl+-), and stacks vowels and subscripts above and below
the line, so it gets more line height than Latin text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

KHMER_FAMILY = "Noto Sans Khmer"
_LINE_HEIGHT_PERCENT = {"km": 140}
_FALLBACK_LINE_HEIGHT_PERCENT = 115

_system_family: str | None = None


def _font_files() -> list[Path]:
    # A bundle may carry the font under resources/fonts; a checkout uses the package.
    bundled = sorted(resource_path("fonts").glob("NotoSansKhmer*.ttf"))
    if bundled:
        return bundled
    try:
        import fontpkg_noto_sans_khmer as package  # noqa: PLC0415 - only its data folder is needed
    except ImportError:
        return []
    return sorted((Path(package.ROOT) / "files").glob("*.ttf"))


_registered = False


def register_khmer_font() -> bool:
    """Make Noto Sans Khmer available to Qt (once per process); False if it could not be loaded."""
    global _registered
    if not _registered:
        for file in _font_files():
            font_id = QFontDatabase.addApplicationFont(str(file))
            _registered = _registered or (
                font_id >= 0 and KHMER_FAMILY in QFontDatabase.applicationFontFamilies(font_id)
            )
    return _registered


def is_khmer(language: str) -> bool:
    return language.split("-")[0].split("_")[0] == "km"


def line_height_percent(language: str) -> int:
    return _LINE_HEIGHT_PERCENT.get(language[:2], _FALLBACK_LINE_HEIGHT_PERCENT)


def ui_font(language: str, point_size: float) -> QFont:
    """The application font: Khmer first in Khmer (it has Latin too), else a Khmer fallback."""
    global _system_family
    if _system_family is None:
        _system_family = QApplication.font().family()
    font = QFont(QApplication.font())
    families = [_system_family, KHMER_FAMILY]
    font.setFamilies(families[::-1] if is_khmer(language) else families)
    font.setPointSizeF(point_size)
    return font
