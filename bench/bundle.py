"""Compare Karpear's bundle with a minimal PySide6 bundle built with PyInstaller's defaults.

    python bench/bundle.py                 # size + median time to first paint, 7 alternating runs each
    python bench/bundle.py --runs 11       # more runs
    python bench/bundle.py --build         # build dist/karpear first (packaging/build.py) if it is missing
    python bench/bundle.py --check         # exit 1 if a target is missed (size <= 0.75x, start <= 1.2x)

The minimal bundle is a QtWidgets window that quits right after its first paint,
built with `pyinstaller <script>` and nothing else (one-folder, every default),
by the same PyInstaller and PySide6 as Karpear. It is cached in bench/.cache/
and rebuilt when PyInstaller, PySide6, Python or the script change.

Time to first paint is from starting the process to the end of its first
paint, as the binary itself reports it (bench/firstpaint.py; Karpear:
`--exit-after-paint`), offscreen, with a fresh HOME. One warm-up run each is discarded; then the
binaries alternate so that a noisy moment hurts all. The same app run from the
checkout (`python -m app --exit-after-paint`) is timed too: karpear/source shows
what the bundle itself costs, karpear/minimal what the app's start-up work costs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from firstpaint import BARE_WINDOW_WITH_LABEL, measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache" / "minimal"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""

SIZE_TARGET = 0.75
START_TARGET = 1.2

HELLO = BARE_WINDOW_WITH_LABEL  # the same baseline window as bench/startup.py


def _stamp() -> dict[str, str]:
    return {
        "pyinstaller": metadata.version("pyinstaller"),
        "pyside6": metadata.version("PySide6-Essentials"),
        "python": platform.python_version(),
        "script": hashlib.sha256(HELLO.encode()).hexdigest(),
    }


def minimal_bundle(rebuild: bool = False) -> Path:
    """Build (or reuse) the default-settings minimal bundle; return its folder."""
    folder = CACHE / "dist" / "hello"
    exe = folder / f"hello{EXE_SUFFIX}"
    stamp_file = CACHE / "stamp.json"
    stamp = _stamp()
    if not rebuild and exe.exists() and stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp:
        return folder
    if CACHE.exists():
        shutil.rmtree(CACHE)
    CACHE.mkdir(parents=True)
    script = CACHE / "hello.py"
    script.write_text(HELLO, encoding="utf-8")
    print(f"building the minimal bundle with PyInstaller {stamp['pyinstaller']} defaults ...", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(CACHE / "dist"),
            "--workpath",
            str(CACHE / "build"),
            "--specpath",
            str(CACHE),
            str(script),
        ],
        check=True,
        cwd=CACHE,
    )
    stamp_file.write_text(json.dumps(stamp, indent=2), encoding="utf-8")
    return folder


def karpear_bundle(build: bool) -> Path:
    folder = ROOT / "dist" / "karpear"
    if not (folder / f"karpear{EXE_SUFFIX}").exists():
        if not build:
            sys.exit(f"{folder} has no karpear binary: run `python packaging/build.py` (or pass --build)")
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    return folder


def disk_usage(folder: Path) -> tuple[int, int, int]:
    """(bytes on disk like `du`, apparent bytes, number of files) of a folder tree."""
    on_disk = apparent = files = 0
    seen: set[tuple[int, int]] = set()
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            files += 1
            apparent += st.st_size
            on_disk += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return on_disk, apparent, files


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds to the end of the first paint, with a fresh HOME (see firstpaint.py)."""
    with tempfile.TemporaryDirectory(prefix="karpear-bench-") as home:
        return measure(cmd, dict(env, HOME=home, USERPROFILE=home)).first_paint


def bench_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KARPEAR_", "QT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def mib(n: float) -> str:
    return f"{n / 2**20:7.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per binary (default 7)")
    parser.add_argument("--build", action="store_true", help="build dist/karpear if it is missing")
    parser.add_argument("--rebuild-minimal", action="store_true", help="ignore the cached minimal bundle")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--no-source", action="store_true", help="do not also time `python -m app` from the checkout")
    args = parser.parse_args(argv)

    minimal = minimal_bundle(args.rebuild_minimal)
    karpear = karpear_bundle(args.build)
    binaries = {
        "karpear": [str(karpear / f"karpear{EXE_SUFFIX}"), "--exit-after-paint"],
        "minimal": [str(minimal / f"hello{EXE_SUFFIX}")],
    }
    if not args.no_source:  # the same app unfrozen: separates the bundle's own cost from the app's start-up work
        binaries["source"] = [sys.executable, "-m", "app", "--exit-after-paint"]
    sizes = {"karpear": disk_usage(karpear), "minimal": disk_usage(minimal)}

    env = bench_env()
    times: dict[str, list[float]] = {name: [] for name in binaries}
    for cmd in binaries.values():  # warm-up: page cache, font cache
        run_once(cmd, env)
    for _ in range(args.runs):
        for name, cmd in binaries.items():
            times[name].append(run_once(cmd, env))
    medians = {name: statistics.median(values) for name, values in times.items()}

    size_ratio = sizes["karpear"][0] / sizes["minimal"][0]
    start_ratio = medians["karpear"] / medians["minimal"]
    print(
        f"PyInstaller {metadata.version('pyinstaller')}, PySide6 {metadata.version('PySide6-Essentials')}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {args.runs} runs each"
    )
    print(f"{'':28}{'karpear':>14}{'minimal':>14}{'ratio':>9}{'target':>9}")
    print(
        f"{'bundle size (du)':28}{mib(sizes['karpear'][0]):>14}{mib(sizes['minimal'][0]):>14}"
        f"{size_ratio:9.2f}{'<= ' + str(SIZE_TARGET):>9}"
    )
    print(
        f"{'bundle size (apparent)':28}{mib(sizes['karpear'][1]):>14}{mib(sizes['minimal'][1]):>14}"
        f"{sizes['karpear'][1] / sizes['minimal'][1]:9.2f}"
    )
    print(f"{'files':28}{sizes['karpear'][2]:>14}{sizes['minimal'][2]:>14}")
    print(
        f"{'median time to first paint':28}{medians['karpear'] * 1000:11.0f} ms{medians['minimal'] * 1000:11.0f} ms"
        f"{start_ratio:9.2f}{'<= ' + str(START_TARGET):>9}"
    )
    if "source" in medians:
        print(
            f"{'  same app from source':28}{medians['source'] * 1000:11.0f} ms"
            f"{'':14}{medians['karpear'] / medians['source']:9.2f}  (bundle / source: the bundle's own cost)"
        )
    for name in binaries:
        print(f"  {name} runs (ms): " + " ".join(f"{t * 1000:.0f}" for t in times[name]))
    missed = [
        label
        for label, ok in (("size", size_ratio <= SIZE_TARGET), ("start-up", start_ratio <= START_TARGET))
        if not ok
    ]
    if missed:
        print("MISSED target: " + ", ".join(missed))
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
