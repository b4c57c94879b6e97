"""The bundle is built only from packaging/requirements/bundle.lock: pinned, hashed, and complete."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import lock  # noqa: E402
import make_icons  # noqa: E402

LOCK_TEXT = lock.LOCK.read_text(encoding="utf-8")
LINUX = {"sys_platform": "linux", "platform_system": "Linux"}


def runtime_requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["build"]
    return {lock.canonical(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0]) for r in requirements}


def test_every_dependency_of_the_bundle_is_pinned() -> None:
    """A dependency added to pyproject.toml without `python packaging/lock.py` fails here, not in a release."""
    pinned = {lock.canonical(m[1]) for m in re.finditer(r"^([A-Za-z0-9][\w.-]*)==", LOCK_TEXT, re.M)}
    assert runtime_requirements() - pinned == set()


def test_every_pin_carries_hashes() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK_TEXT.strip())
    pins = [b for b in blocks if "==" in b.splitlines()[0]]
    assert len(pins) >= 20
    for block in pins:
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", block), block.splitlines()[0]


def test_lock_keeps_the_bundle_off_the_pyside6_release_that_crashes_on_311() -> None:
    qt = lock.pins(LOCK_TEXT)["pyside6-essentials"]
    assert tuple(int(part) for part in qt.split(".")[:2]) < (6, 12)


def test_mismatches_name_every_difference() -> None:
    wanted = {"pyside6-essentials": "6.11.3", "pyyaml": "6.0.4", "segno": "1.6.6"}
    have = {"pyside6-essentials": "6.12.0", "pyyaml": "6.0.4", "pytest": "9.0"}
    assert lock.mismatches(wanted, have) == [
        "pyside6-essentials 6.12.0 installed, lock pins 6.11.3",
        "pytest 9.0 installed but not in the lock",
        "segno: not installed (lock: 1.6.6)",
    ]
    assert lock.mismatches(wanted, dict(wanted)) == []


def test_pins_follow_environment_markers() -> None:
    text = "a==1 ; sys_platform == 'win32' \\\n    --hash=sha256:00\nb==2 \\\n    --hash=sha256:11\n"
    assert lock.pins(text) == ({"b": "2"} if sys.platform != "win32" else {"a": "1", "b": "2"})


@pytest.fixture
def icon_png(qapp) -> bytes:
    return (ROOT / "resources" / "icons" / "karpear.png").read_bytes()


def _with_pixel_shifted(png: bytes, amount: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_RGBA8888)
    x, y = image.width() // 2, image.height() // 2
    color = image.pixelColor(x, y)
    color.setRed(max(0, color.red() - amount) if color.red() >= amount else color.red() + amount)
    image.setPixelColor(x, y, QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_icon_check_ignores_rasteriser_noise_but_not_a_changed_picture(icon_png: bytes) -> None:
    assert make_icons.same_picture(icon_png, _with_pixel_shifted(icon_png, 1))
    assert not make_icons.same_picture(icon_png, _with_pixel_shifted(icon_png, 120))


def test_shipped_icons_match_the_svg(qapp) -> None:
    stale = [path.name for path, data in make_icons.generated().items() if not make_icons.up_to_date(path, data)]
    assert stale == []
