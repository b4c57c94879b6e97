"""QR codes of links, so a phone can scan the exact address from the screen.

segno is imported here only, when a link dialog opens, to keep start-up lean.
"""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap

QUIET_ZONE = 4  # modules of white around the code: scanners need it


def qr_pixmap(text: str, target_pixels: int = 220) -> QPixmap:
    """A black-on-white QR code of `text`, scaled by whole modules to about `target_pixels`."""
    import segno  # noqa: PLC0415 - heavy-ish and rarely needed: load on first use

    code = segno.make(text, error="m", micro=False)
    width, _height = code.symbol_size(border=QUIET_ZONE)
    scale = max(2, target_pixels // width)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE, dark="#000000", light="#ffffff")
    pixmap = QPixmap()
    if not pixmap.loadFromData(buffer.getvalue(), "PNG"):
        raise ValueError("could not decode the QR code image")
    return pixmap
