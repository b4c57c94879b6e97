"""Build the Karpear bundle, archive it, and write dist/SHA256SUMS.

    python packaging/build.py                 # translations -> PyInstaller -> smoke test -> archive -> SHA256SUMS
    python packaging/build.py --no-archive    # only the folder; SHA256SUMS then lists every file in it
    python packaging/build.py --package-only  # archive + SHA256SUMS again, e.g. after signing (docs/BUILDING.md)
    python packaging/build.py --clean         # also empty PyInstaller's cache (build/) first

Steps:
0. refuse to build unless this is Python 3.12+ and every installed package is exactly what
   packaging/requirements/bundle.lock pins (install it with `pip install --require-hashes`,
   see docs/BUILDING.md); print the Python and Qt versions that will be bundled;
1. compile every resources/i18n/*.ts whose .qm is missing or older (pyside6's lrelease, via
   `python -m app.ui.i18n_build`, the compiler the app itself uses from a checkout), and write
   the content snapshot the bundle starts from (`python -m app.content.snapshot`);
2. check that the generated icons match resources/icons/karpear.svg and that the installed
   karpear metadata has pyproject.toml's version;
3. `pyinstaller --noconfirm build.spec` -> dist/karpear/ (and dist/Karpear.app on macOS);
4. run `dist/karpear/karpear --version` and compare it with pyproject.toml;
5. archive: dist/karpear-<version>-<os>-<arch>.tar.gz (Linux), .zip (Windows; macOS: Karpear.app via ditto);
6. dist/SHA256SUMS in the format `sha256sum -c` / `shasum -a 256 -c` read.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # packaging/ itself: meta.py, make_icons.py

import lock  # noqa: E402
import meta  # noqa: E402

ROOT = meta.ROOT
DIST = ROOT / "dist"
BUNDLE = DIST / meta.APP_NAME
EXE = BUNDLE / (f"{meta.APP_NAME}.exe" if sys.platform == "win32" else meta.APP_NAME)
MAC_APP = DIST / f"{meta.DISPLAY_NAME}.app"
LOCK = lock.LOCK


def step(text: str) -> None:
    print(f"\n=== {text}", flush=True)


def locked_environment() -> None:
    """Build only from the pinned, hashed dependencies: a bad upstream release must never slip in."""
    step("locked dependencies")
    problems = lock.mismatches(lock.pins(LOCK.read_text(encoding="utf-8")), lock.installed())
    if sys.version_info < lock.BUNDLE_PYTHON_MIN:
        problems.insert(0, f"Python {sys.version.split()[0]}: the bundle is built with Python 3.12 or newer")
    if problems:
        print("refusing to build from this environment:", *problems, sep="\n  ", file=sys.stderr)
        raise SystemExit(
            "make a fresh venv with Python 3.12+ and run\n"
            f"  pip install --require-hashes -r {LOCK.relative_to(ROOT)}\n"
            "  pip install --no-deps --no-build-isolation -e .\n(docs/BUILDING.md)"
        )
    import PySide6
    from PySide6.QtCore import qVersion

    print(f"bundling Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, Qt {qVersion()}")
    print(f"{len(lock.installed())} packages, each as {LOCK.relative_to(ROOT)} pins it")


def compile_translations() -> None:
    """Compile missing or stale .qm with the app's own compiler (app/ui/i18n_build.py: pyside6's lrelease,
    the same flags the app uses when it starts from a checkout)."""
    step("translations")
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not sources:
        print("warning: no resources/i18n/*.ts: the bundle will carry no translations")
        return
    subprocess.run([sys.executable, "-m", "app.ui.i18n_build"], check=True, cwd=ROOT)
    print(f"{len(sources)} translation source(s), every .qm up to date")


def content_snapshot() -> None:
    """A checked snapshot of the guides, so the bundle starts without parsing YAML (app/content/snapshot.py)."""
    step("content snapshot")
    subprocess.run([sys.executable, "-m", "app.content.snapshot"], check=True, cwd=ROOT)


def preflight() -> None:
    step("preflight")
    import make_icons

    if make_icons.main(["--check"]) != 0:
        raise SystemExit("icons are stale: run `python packaging/make_icons.py` and commit them")
    from importlib import metadata

    installed, wanted = metadata.version("karpear"), meta.version()
    if installed != wanted:
        raise SystemExit(f"installed karpear metadata is {installed}, pyproject.toml says {wanted}: pip install -e .")
    print(f"karpear {wanted}, icons up to date")


def pyinstaller(clean: bool) -> None:
    step("pyinstaller build.spec")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    subprocess.run([*cmd, str(ROOT / "build.spec")], check=True, cwd=ROOT)


def smoke() -> None:
    step("smoke test: --version")
    if sys.platform == "win32":
        # A windowed (no console) exe has no stdout to print to; the CI self-test checks its exit code.
        print("skipped on Windows (windowed exe); run `karpear.exe --self-test` and check %ERRORLEVEL%")
        return
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KARPEAR_", "QT_"))}
    out = subprocess.run([str(EXE), "--version"], check=True, capture_output=True, text=True, env=env, timeout=60)
    expected = f"{meta.APP_NAME} {meta.version()}"
    if out.stdout.strip() != expected:
        raise SystemExit(f"{EXE} --version printed {out.stdout.strip()!r}, expected {expected!r}")
    print(out.stdout.strip())


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        info.mtime = int(epoch)
    return info


def _sorted_tree(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder.parent).as_posix())


def archive() -> list[Path]:
    step("archive")
    base = DIST / f"{meta.APP_NAME}-{meta.version()}-{meta.platform_tag()}"
    for old in DIST.glob(f"{meta.APP_NAME}-*-{meta.platform_tag()}.*"):
        old.unlink()
    if sys.platform == "darwin":
        out = base.with_suffix(".zip")
        # ditto keeps the frameworks' symlinks, extended attributes and the stapled ticket.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(MAC_APP), str(out)], check=True)
    elif sys.platform == "win32":
        out = base.with_suffix(".zip")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in _sorted_tree(BUNDLE):
                zf.write(path, path.relative_to(DIST).as_posix())
    else:
        out = Path(f"{base}.tar.gz")
        with (
            open(out, "wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            tar.add(BUNDLE, arcname=BUNDLE.name, recursive=False, filter=_tar_filter)
            for path in _sorted_tree(BUNDLE):  # symlinks stay symlinks (PyInstaller links Qt libraries)
                tar.add(path, arcname=path.relative_to(DIST).as_posix(), recursive=False, filter=_tar_filter)
    print(f"{out.relative_to(ROOT)}  {out.stat().st_size / 2**20:.1f} MiB")
    return [out]


def bundle_files() -> list[Path]:
    return [p for p in _sorted_tree(BUNDLE) if p.is_file() and not p.is_symlink()]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sums(files: list[Path]) -> Path:
    step("SHA256SUMS")
    sums = DIST / "SHA256SUMS"
    lines = [f"{sha256(f)}  {f.relative_to(DIST).as_posix()}\n" for f in files]
    sums.write_text("".join(lines), encoding="utf-8", newline="\n")
    print(f"{sums.relative_to(ROOT)}: {len(lines)} file(s)")
    if len(lines) <= 5:
        print("".join(lines), end="")
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-archive", action="store_true", help="skip the archive; hash every file of the bundle")
    parser.add_argument("--package-only", action="store_true", help="only archive and hash an existing bundle")
    parser.add_argument("--clean", action="store_true", help="pass --clean to PyInstaller")
    args = parser.parse_args(argv)

    if not args.package_only:
        locked_environment()
        compile_translations()
        content_snapshot()
        preflight()
        pyinstaller(args.clean)
        smoke()
    elif not EXE.exists():
        raise SystemExit(f"{EXE} does not exist: build first")
    write_sums(bundle_files() if args.no_archive else archive())
    return 0


if __name__ == "__main__":
    sys.exit(main())
