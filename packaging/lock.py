"""Write packaging/requirements/bundle.lock: every package the bundle is built from, pinned and hashed.

    python packaging/lock.py            # after changing dependencies in pyproject.toml
    python packaging/lock.py --upgrade  # take the newest releases the constraints allow

Needs `uv` (pip install uv). The lock is universal (Linux, Windows, macOS) for Python 3.12+,
the Pythons the bundle is built with; packaging/build.py refuses any environment that does
not match it, and `.ci/run` installs it with `pip install --require-hashes`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "packaging" / "requirements"
LOCK = REQUIREMENTS / "bundle.lock"
BUNDLE_PYTHON = "3.12"
BUNDLE_PYTHON_MIN = (3, 12)
# What may be installed beside the locked packages: the project itself and the installer.
NOT_LOCKED = frozenset({"karpear", "pip"})
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> dict[str, str]:
    """name -> version for every line of the lock whose environment marker holds here."""
    from packaging.markers import Marker  # in the lock itself (PyInstaller needs it)

    found = {}
    for line in text.splitlines():
        match = _PIN.match(line.strip())
        if match and (match[3] is None or Marker(match[3]).evaluate()):
            found[canonical(match[1])] = match[2]
    return found


def installed() -> dict[str, str]:
    found = {canonical(d.metadata["Name"]): d.version for d in metadata.distributions()}
    return {name: version for name, version in found.items() if name not in NOT_LOCKED}


def mismatches(wanted: dict[str, str], have: dict[str, str]) -> list[str]:
    """Every way the installed packages differ from the lock, one line each."""
    problems = [f"{name}: not installed (lock: {version})" for name, version in wanted.items() if name not in have]
    problems += [
        f"{name} {have[name]} installed, lock pins {version}"
        for name, version in wanted.items()
        if name in have and have[name] != version
    ]
    extra = [name for name in have if name not in wanted]
    problems += [f"{name} {have[name]} installed but not in the lock" for name in extra]
    return sorted(problems)


def main(argv: list[str]) -> int:
    uv = shutil.which("uv")
    if uv is None:
        print("packaging/lock.py needs uv: pip install uv", file=sys.stderr)
        return 2
    command = [
        uv, "pip", "compile", "pyproject.toml",
        "--extra", "build",
        "--constraint", "packaging/requirements/constraints.txt",
        "--universal", "--python-version", BUNDLE_PYTHON, "--no-python-downloads",
        "--generate-hashes", "--no-header",
        "--output-file", str(LOCK.relative_to(ROOT)),
    ]  # fmt: skip
    if "--upgrade" in argv:
        command.append("--upgrade")
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
