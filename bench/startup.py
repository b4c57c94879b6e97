"""Start-up cost of Karpear against a bare PySide6 window, side by side.

    .venv/bin/python bench/startup.py [--runs 7]

Runs `python -m app --exit-after-paint` and a bare QWidget app that also quits
right after its first paint, both offscreen, alternating, and prints the median
wall time to first paint (process start to exit) and the median peak memory
(RSS of each child, from os.wait4), with the ratios and the targets. A warm-up
run of each comes first (disk caches, bytecode, compiled translations).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_TIME, TARGET_MEMORY = 1.3, 1.3

BARE_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
window = Window()
space = app.primaryScreen().availableGeometry()  # sized as Karpear sizes its window
window.resize(min(1240, space.width() - 40), min(860, space.height() - 40))
window.show()
sys.exit(app.exec())
"""


def _rss_bytes(rusage) -> int:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return rusage.ru_maxrss if sys.platform == "darwin" else rusage.ru_maxrss * 1024


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds from start to exit, peak RSS in bytes) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, rusage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode(errors='replace')}")
    process.stderr.close()
    return elapsed, _rss_bytes(rusage)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Karpear start-up against a bare PySide6 window")
    parser.add_argument("--runs", type=int, default=7, help="runs of each, alternating (default 7)")
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KARPEAR_DATA_DIR": tempfile.mkdtemp(prefix="karpear-bench-")}
    # Measure as installed: an install (pip, PyInstaller) ships compiled bytecode, so let the
    # warm-up runs write it even where the environment disables that.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "karpear": [sys.executable, "-m", "app", "--exit-after-paint"],
        "bare PySide6": [sys.executable, "-c", BARE_APP],
    }
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for command in commands.values():  # warm-up: disk caches, compiled translations, .pyc files
        measure(command, env)
    for _ in range(args.runs):
        for name, command in commands.items():
            results[name].append(measure(command, env))

    time_ms = {name: statistics.median(t for t, _ in runs) * 1000 for name, runs in results.items()}
    rss_mb = {name: statistics.median(m for _, m in runs) / 2**20 for name, runs in results.items()}
    time_ratio = time_ms["karpear"] / time_ms["bare PySide6"]
    rss_ratio = rss_mb["karpear"] / rss_mb["bare PySide6"]
    print(f"{args.runs} runs each, alternating, offscreen; medians")
    print(f"{'':24}{'karpear':>10}{'bare PySide6':>15}{'ratio':>8}{'target':>9}")
    print(
        f"{'time to first paint':24}{time_ms['karpear']:>8.0f}ms{time_ms['bare PySide6']:>13.0f}ms"
        f"{time_ratio:>7.2f}x{'<= ' + str(TARGET_TIME) + 'x':>9}"
    )
    print(
        f"{'peak memory (RSS)':24}{rss_mb['karpear']:>8.1f}MB{rss_mb['bare PySide6']:>13.1f}MB"
        f"{rss_ratio:>7.2f}x{'<= ' + str(TARGET_MEMORY) + 'x':>9}"
    )
    within = time_ratio <= TARGET_TIME and rss_ratio <= TARGET_MEMORY
    print("within target" if within else "OVER TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
