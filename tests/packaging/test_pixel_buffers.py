"""No pixel buffer is read from a temporary image.

`image.convertToFormat(f).constBits()` returns a view into an image nobody holds: Qt frees it at
once and the view reads freed memory. That made the icon check compare garbage and fail CI at
random. The image must be kept in a name while its pixels are read.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIXEL_VIEWS = {"bits", "constBits", "scanLine", "constScanLine"}
SOURCES = ("app", "packaging", "bench", "tests", "docs")


def views_of_temporaries(source: str) -> list[int]:
    """Line numbers where a pixel view is taken of a call's result rather than of a held object."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        method = node.func if isinstance(node, ast.Call) else None
        if isinstance(method, ast.Attribute) and method.attr in PIXEL_VIEWS and isinstance(method.value, ast.Call):
            lines.append(node.lineno)
    return lines


def test_the_scan_finds_a_view_of_a_temporary() -> None:
    assert views_of_temporaries("data = image.convertToFormat(fmt).constBits().tobytes()\n") == [1]
    assert views_of_temporaries("held = image.convertToFormat(fmt)\ndata = bytes(held.constBits())\n") == []


def test_no_pixel_view_of_a_temporary_image() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for folder in SOURCES
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line in views_of_temporaries(path.read_text(encoding="utf-8"))
    ]
    assert found == []
