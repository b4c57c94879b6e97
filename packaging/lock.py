"""Write packaging/requirements/bundle.lock: every package the bundle is built from, pinned and hashed.

    python packaging/lock.py            # after changing dependencies in pyproject.toml
    python packaging/lock.py --upgrade  # take the newest releases the constraints allow

Needs `uv` (pip install uv). The lock is universal (Linux, Windows, macOS) for Python 3.12+,
the Pythons the bundle is built with; packaging/build.py refuses any environment that does
not match it, and `.ci/run` installs it with `pip install --require-hashes`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "packaging" / "requirements"
LOCK = REQUIREMENTS / "bundle.lock"
BUNDLE_PYTHON = "3.12"


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
