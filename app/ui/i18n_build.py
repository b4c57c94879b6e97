"""Compile the translation sources (resources/i18n/*.ts) to Qt's binary .qm files.

The .qm files are build products and git-ignored; translators edit the .ts
files. A build (CI, PyInstaller) runs `python -m app.ui.i18n_build --force`;
a checkout compiles missing or stale files when the app starts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.resources import i18n_dir


class TranslationBuildError(RuntimeError):
    pass


def _qm_for(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def stale_sources(folder: Path | None = None) -> list[Path]:
    """The .ts files whose .qm is missing or older than the source."""
    folder = folder or i18n_dir()
    return [
        ts
        for ts in sorted(folder.glob("*.ts"))
        if not _qm_for(ts).is_file() or _qm_for(ts).stat().st_mtime < ts.stat().st_mtime
    ]


def lrelease_command() -> list[str]:
    """Qt's lrelease: the one shipped inside the PySide6 wheel, else one on PATH."""
    import shutil  # noqa: PLC0415 - compiling is rare: keep start-up lean

    import PySide6  # noqa: PLC0415

    package = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (package / name).is_file():
            return [str(package / name)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise TranslationBuildError("Qt's lrelease was not found (install PySide6, or Qt's linguist tools)")


def compile_translations(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile stale (or, with `force`, all) .ts files; return the .qm files written."""
    folder = folder or i18n_dir()
    sources = sorted(folder.glob("*.ts")) if force else stale_sources(folder)
    if not sources:
        return []
    import subprocess  # noqa: PLC0415 - compiling is rare: keep start-up lean

    command = lrelease_command()
    written = []
    for ts in sources:
        qm = _qm_for(ts)
        result = subprocess.run(
            [*command, "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise TranslationBuildError(f"lrelease failed for {ts.name}: {(result.stderr or result.stdout).strip()}")
        written.append(qm)
    return written


def ensure_compiled() -> None:
    """At start from a checkout: compile what is stale; on failure say so and carry on in English."""
    try:
        compile_translations()
    except (OSError, TranslationBuildError) as exc:
        print(f"karpear: translations not compiled, the interface stays in English: {exc}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    import argparse  # noqa: PLC0415

    parser = argparse.ArgumentParser(description="Compile resources/i18n/*.ts to .qm")
    parser.add_argument("--force", action="store_true", help="compile every file, not only stale ones")
    parser.add_argument("folder", nargs="?", type=Path, help="folder of .ts files (default: resources/i18n)")
    args = parser.parse_args(argv)
    try:
        for qm in compile_translations(args.folder, force=args.force):
            print(f"wrote {qm}")
    except TranslationBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
