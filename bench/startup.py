"""Start-up cost of Karpear against a bare PySide6 window, side by side.

    .venv/bin/python bench/startup.py [--runs 7]

Runs `python -m app --exit-after-paint` and three plain PySide6 windows that
also quit right after their first paint: an empty one (the target's baseline),
one with a label, and one shaped like Karpear's first screen without any
Karpear code (see firstpaint.py: what Qt itself costs to show such a screen).
All offscreen, alternating, and prints the median time to first paint (see
firstpaint.py), time to exit and peak memory (RSS of each child, from
os.wait4), with the ratios and the targets. A warm-up run of each comes first
(disk caches, bytecode, compiled translations).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from firstpaint import BARE_WINDOW, BARE_WINDOW_WITH_LABEL, COMPARABLE_WINDOW, Run, measure  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET_TIME, TARGET_MEMORY = 1.3, 1.3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Karpear start-up against a bare PySide6 window")
    parser.add_argument("--runs", type=int, default=7, help="runs of each, alternating (default 7)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="karpear-bench-") as data_dir:
        return compare(args.runs, {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KARPEAR_DATA_DIR": data_dir})


def compare(run_count: int, env: dict[str, str]) -> int:
    # Measure as installed: an install (pip, PyInstaller) ships compiled bytecode, so let the
    # warm-up runs write it even where the environment disables that.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "karpear": [sys.executable, "-m", "app", "--exit-after-paint"],
        "bare window": [sys.executable, "-c", BARE_WINDOW],
        "bare window+label": [sys.executable, "-c", BARE_WINDOW_WITH_LABEL],
        "comparable window": [sys.executable, "-c", COMPARABLE_WINDOW],
    }
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for command in commands.values():  # warm-up: disk caches, compiled translations, .pyc files
        measure(command, env, cwd=str(ROOT))
    for _ in range(run_count):
        for name, command in commands.items():
            runs[name].append(measure(command, env, cwd=str(ROOT)))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(run, field) for run in runs[name])

    print(f"{run_count} runs each, alternating, offscreen; medians; ratio = karpear / baseline")
    print(f"{'':26}{'karpear':>10}" + "".join(f"{name:>20}" for name in commands if name != "karpear"))
    within = True
    for label, field, scale, unit, target in (
        ("time to first paint", "first_paint", 1000, "ms", TARGET_TIME),
        ("time to exit", "exit", 1000, "ms", None),
        ("peak memory (RSS)", "peak_rss", 2**-20, "MiB", TARGET_MEMORY),
    ):
        ours = median("karpear", field)
        cells = []
        for name in commands:
            if name != "karpear":
                ratio = ours / median(name, field)
                cells.append(f"{median(name, field) * scale:>9.1f}{unit:<4}{ratio:>5.2f}x ")
                if target and name == "bare window":
                    within &= ratio <= target
        goal = f"  (target <= {target}x)" if target else ""
        print(f"{label:26}{ours * scale:>7.1f}{unit:<4}" + "".join(cells) + goal)
    print("within target against the bare window" if within else "OVER TARGET against the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
