"""Render resources/icons/karpear.svg into the PNG, ICO and ICNS the bundle needs.

    python packaging/make_icons.py          # rewrite the generated icons
    python packaging/make_icons.py --check  # exit 1 if they are out of date with the SVG

--check compares what a person sees, not bytes: each image is decoded and compared pixel by
pixel with a small tolerance, since another Qt release or platform rasterises the same SVG with
one-bit differences in anti-aliased edges (which made a fresh clone fail to build).

Uses QtSvg at build time only: the app itself loads the PNG (built into QtGui),
so the bundle needs neither QtSvg nor an image-format plugin. The ICO and ICNS
containers are written here by hand (PNG-compressed entries), so no Pillow or
ImageMagick is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "karpear.svg"
PNG_SIZE = 256
# Largest difference in one colour channel (0-255) still taken as the same picture.
TOLERANCE = 8
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_pngs(sizes: set[int]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data)
    return pngs


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(ICO_SIZES)
    for size in ICO_SIZES:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def ico_entries(data: bytes) -> list[bytes]:
    count = struct.unpack_from("<HHH", data)[2]
    entries = []
    for i in range(count):
        size, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        entries.append(data[offset : offset + size])
    return entries


def icns_entries(data: bytes) -> list[bytes]:
    entries, offset = [], 8
    while offset + 8 <= len(data):
        length = struct.unpack_from(">I", data, offset + 4)[0]
        if length < 8:
            break
        entries.append(data[offset + 8 : offset + length])
        offset += length
    return entries


def same_picture(a: bytes, b: bytes) -> bool:
    """Two PNGs show the same picture: same size, no pixel channel more than TOLERANCE apart."""
    from PySide6.QtGui import QImage

    fmt = QImage.Format.Format_RGBA8888
    first, second = QImage.fromData(a).convertToFormat(fmt), QImage.fromData(b).convertToFormat(fmt)
    if first.isNull() or second.isNull() or first.size() != second.size():
        return False
    # Copy the pixels while each image is held in a name: constBits() of a temporary points
    # into memory Qt frees at once, which made this check compare garbage on some runs.
    pixels_a, pixels_b = bytes(first.constBits()), bytes(second.constBits())
    return max((abs(x - y) for x, y in zip(pixels_a, pixels_b, strict=True)), default=0) <= TOLERANCE


def up_to_date(path: Path, data: bytes) -> bool:
    if not path.exists():
        return False
    on_disk = path.read_bytes()
    if on_disk == data:
        return True
    split = {".ico": ico_entries, ".icns": icns_entries}.get(path.suffix, lambda blob: [blob])
    try:
        old, new = split(on_disk), split(data)
    except struct.error:
        return False
    return len(old) == len(new) and all(same_picture(a, b) for a, b in zip(old, new, strict=True))


def generated() -> dict[Path, bytes]:
    pngs = render_pngs({PNG_SIZE, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    return {
        ICONS / "karpear.png": pngs[PNG_SIZE],
        ICONS / "karpear.ico": ico(pngs),
        ICONS / "karpear.icns": icns(pngs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that the generated icons are up to date")
    args = parser.parse_args(argv)
    stale = []
    for path, data in generated().items():
        if (args.check and up_to_date(path, data)) or (path.exists() and path.read_bytes() == data):
            continue
        stale.append(path)
        if not args.check:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ICONS.parent.parent)} ({len(data)} bytes)")
    if args.check and stale:
        print("out of date (run python packaging/make_icons.py): " + ", ".join(p.name for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
