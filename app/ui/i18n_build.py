"""Compile the translation sources (resources/i18n/*.ts) to Qt's binary .qm files.

The .qm files are build products and git-ignored; translators edit the .ts
files. A build (CI, PyInstaller) runs `python -m app.ui.i18n_build --force`,
which writes them beside the sources for the bundle; a checkout compiles
missing or stale files into the user cache folder when the app starts
(`app.ui.i18n.qm_dir()`), so a normal start never writes into the source tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.resources import i18n_dir


class TranslationBuildError(RuntimeError):
    pass


def _qm_for(ts: Path, output: Path | None) -> Path:
    return (output or ts.parent) / f"{ts.stem}.qm"


def stale_sources(folder: Path | None = None, output: Path | None = None) -> list[Path]:
    """The .ts files of `folder` whose .qm (in `output`, default beside them) is missing or older."""
    folder = folder or i18n_dir()
    return [
        ts
        for ts in sorted(folder.glob("*.ts"))
        if not _qm_for(ts, output).is_file() or _qm_for(ts, output).stat().st_mtime < ts.stat().st_mtime
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


def compile_translations(folder: Path | None = None, *, force: bool = False, output: Path | None = None) -> list[Path]:
    """Compile stale (or, with `force`, all) .ts files of `folder` into `output` (default: beside
    them); return the .qm files written."""
    folder = folder or i18n_dir()
    sources = sorted(folder.glob("*.ts")) if force else stale_sources(folder, output)
    if not sources:
        return []
    if output is not None:
        output.mkdir(mode=0o700, parents=True, exist_ok=True)
    import subprocess  # noqa: PLC0415 - compiling is rare: keep start-up lean

    command = lrelease_command()
    written = []
    for ts in sources:
        qm = _qm_for(ts, output)
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


def untranslated_source(template: Path, code: str) -> str:
    """A .ts file for `code` with the messages of `template` (another language's .ts) and no translation.

    Every .ts file lists exactly the messages lupdate finds in app/ui (tests/ui/test_i18n.py keeps
    them so), so any of them is the list a new language needs; each translation is left empty and
    unfinished, which Qt Linguist and Weblate show as to be done.
    """
    import xml.etree.ElementTree as ET  # noqa: PLC0415 - only `karpear translate new` needs it

    root = ET.parse(template).getroot()
    root.set("language", code)
    for translation in root.iter("translation"):
        for form in translation.iter("numerusform"):
            form.text = ""
        if not len(translation):
            translation.text = ""  # written <translation ...></translation>, as lupdate does
        translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


def compile_for_checkout() -> list[Path]:
    """From a checkout: compile what is stale into the user cache folder, where the app loads them."""
    from app.ui.i18n import qm_dir  # noqa: PLC0415 - keeps `python -m app.ui.i18n_build` free of Qt

    return compile_translations(output=qm_dir())


def ensure_compiled() -> None:
    """At start from a checkout: compile what is stale; on failure say so and carry on in English."""
    try:
        compile_for_checkout()
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
