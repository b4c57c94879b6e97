"""QR images built from the module matrix: the right size, pure black on white, a quiet zone, and they scan."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.ui import qr

from .test_links import scanned

ADDRESSES = [
    "https://signal.org/android/apk/",
    "https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms",
    "https://example.org/" + "x" * 300,  # a long address: a large symbol, a stride Qt must not misread
]


@pytest.mark.parametrize("scale", [2, 3, 4, 7])
@pytest.mark.parametrize("address", ADDRESSES)
def test_a_code_scans_back_at_every_scale(qapp, address: str, scale: int) -> None:
    image = qr.qr_image(address, scale)
    side = qr.modules_across(address) * scale
    assert (image.width(), image.height()) == (side, side)
    assert scanned(image) == [address]
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    levels = {grey.pixelColor(x, y).value() for x in range(0, side, max(1, scale - 1)) for y in range(side)}
    assert levels == {0, 255}  # nothing grey: printers and projectors get crisp modules
    quiet = qr.QUIET_ZONE * scale
    border = [(x, y) for x in range(side) for y in (0, quiet - 1, side - quiet, side - 1)]
    assert all(grey.pixelColor(x, y).value() == 255 for x, y in border)
    assert grey.pixelColor(quiet, quiet).value() == 0  # the finder pattern's corner


def test_a_pixmap_is_scaled_by_whole_modules_to_about_the_size_asked(qapp) -> None:
    address = ADDRESSES[1]
    for target in (120, 220, 500):
        pixmap = qr.qr_pixmap(address, target)
        modules = qr.modules_across(address)
        assert pixmap.width() == pixmap.height() == max(2, target // modules) * modules
        assert scanned(pixmap.toImage()) == [address]
