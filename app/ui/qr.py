"""QR codes of links, so a phone can scan the exact address from a screen or a printed page.

segno is imported here only, on first use, to keep start-up lean. The image is built from
segno's module matrix directly (no PNG written and decoded again), and each address is
encoded once per process: a presentation re-draws its codes on every resize.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QImage, QPixmap

QUIET_ZONE = 4  # modules of white around the code: scanners need it
_DARK, _LIGHT = 0x00, 0xFF
_GREY_OF_MODULE = bytes([_LIGHT, _DARK]) + bytes(254)  # segno's matrix holds 0 (light) and 1 (dark)


@lru_cache(maxsize=256)
def _modules(text: str) -> tuple[bytes, ...]:
    """The code's rows of modules as grey levels, quiet zone included."""
    import segno  # noqa: PLC0415 - heavy-ish and rarely needed: load on first use

    matrix = segno.make(text, error="m", micro=False).matrix
    width = len(matrix[0]) + 2 * QUIET_ZONE
    blank = bytes([_LIGHT]) * width
    margin = bytes([_LIGHT]) * QUIET_ZONE
    rows = [margin + bytes(row).translate(_GREY_OF_MODULE) + margin for row in matrix]
    return (blank,) * QUIET_ZONE + tuple(rows) + (blank,) * QUIET_ZONE


def modules_across(text: str) -> int:
    """The code's width in modules, quiet zone included."""
    return len(_modules(text))


def qr_image(text: str, scale: int) -> QImage:
    """A black-on-white QR code of `text`, `scale` pixels per module."""
    rows = _modules(text)
    size = len(rows) * scale
    stride = (size + 3) // 4 * 4  # Qt wants each scanline 32-bit aligned
    padding = bytes(stride - size)
    runs = {grey: bytes([grey]) * scale for grey in (_DARK, _LIGHT)}  # one module, `scale` pixels wide
    lines = [b"".join(runs[grey] for grey in row) + padding for row in rows]
    pixels = b"".join(line for line in lines for _ in range(scale))
    # QImage only points into `pixels`: copy() gives the image memory of its own before `pixels` goes.
    return QImage(pixels, size, size, stride, QImage.Format.Format_Grayscale8).copy()


def qr_pixmap(text: str, target_pixels: int = 220) -> QPixmap:
    """A QR code of `text`, scaled by whole modules to about `target_pixels`."""
    return QPixmap.fromImage(qr_image(text, max(2, target_pixels // modules_across(text))))
