"""Everything the packaging derives from pyproject.toml, in one place.

Used by build.spec, packaging/build.py and tests/packaging. Loaded by file path
(`load()` below, or importlib), never as `import packaging...`: the folder name
`packaging` would shadow the PyPI `packaging` library that PyInstaller uses,
so this folder deliberately has no `__init__.py`.

The version number lives only in pyproject.toml; the Windows version resource
and the macOS Info.plist are generated from it at build time.
"""

from __future__ import annotations

import platform
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PYPROJECT = ROOT / "pyproject.toml"

APP_NAME = "karpear"  # executable and folder name: dist/karpear/karpear
DISPLAY_NAME = "Karpear"  # window title, macOS bundle name, Windows ProductName
# Reverse-DNS id for macOS (and keychain/notarization records). Change it only with care:
# macOS ties the person's permissions and keychain items to it.
BUNDLE_IDENTIFIER = "org.karpear.Karpear"
COPYRIGHT = "Copyright © Karpear contributors. GPL-3.0-or-later."
LANGUAGES = ("en", "km", "fr")  # CFBundleLocalizations: lets macOS show its own UI bits in these
MACOS_MINIMUM_FALLBACK = "13.0"


def project() -> dict:
    with PYPROJECT.open("rb") as f:
        return tomllib.load(f)["project"]


def version() -> str:
    return project()["version"]


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); '1.2rc1' -> (1, 2, 0, 0). Windows wants four 16-bit numbers."""
    text = text or version()
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", text)
    if not match:
        raise ValueError(f"pyproject.toml version {text!r} does not start with a number")
    parts = tuple(int(p or 0) for p in match.groups())
    if any(p > 65535 for p in parts):
        raise ValueError(f"version {text!r}: Windows version numbers must be at most 65535")
    return parts  # type: ignore[return-value]


def windows_version_file(out_dir: Path) -> Path:
    """Fill packaging/version_info.txt.in; PyInstaller's EXE(version=...) reads the result."""
    numbers = version_tuple()
    fields = {
        "version": version(),
        "name": DISPLAY_NAME,
        "company": f"{DISPLAY_NAME} contributors",
        "file_description": f"{DISPLAY_NAME}: {project()['description']}",
        "exe": f"{APP_NAME}.exe",
        "internal": APP_NAME,
        "copyright": COPYRIGHT,
    }
    template = Template((PACKAGING / "version_info.txt.in").read_text(encoding="utf-8"))
    text = template.substitute({k: repr(v) for k, v in fields.items()}, version_tuple=repr(numbers))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "version_info.txt"
    out.write_text(text, encoding="utf-8")
    return out


def macos_minimum() -> str:
    """The oldest macOS the bundled Qt runs on, read from the PySide6 wheel tag (e.g. macosx_13_0_universal2)."""
    try:
        wheel = metadata.distribution("PySide6-Essentials").read_text("WHEEL") or ""
    except metadata.PackageNotFoundError:
        return MACOS_MINIMUM_FALLBACK
    found = re.findall(r"macosx_(\d+)_(\d+)_", wheel)
    if not found:
        return MACOS_MINIMUM_FALLBACK
    major, minor = max((int(a), int(b)) for a, b in found)
    return f"{major}.{minor}"


def info_plist() -> dict:
    """Info.plist keys for BUNDLE(info_plist=...); PyInstaller adds the executable, icon and identifier."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": ".".join(str(n) for n in version_tuple()[:3]),
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(LANGUAGES),
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSMinimumSystemVersion": macos_minimum(),
        "LSApplicationCategoryType": "public.app-category.utilities",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSPrincipalClass": "NSApplication",
    }


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"
