"""Shared by the start-up benchmarks: bare baseline apps, and timing one run.

Every app measured (Karpear with --exit-after-paint, and the baselines below)
prints `first-paint <time.monotonic()>` when its first paint has ended, then
quits. Time to first paint is that moment minus the moment the benchmark
started the process, on the same system-wide monotonic clock, so the
interpreter's teardown at exit is not counted for either side.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass

_BASELINE = '''\
"""A bare PySide6 window that quits right after its first paint."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def report_and_quit():
    print(f"first-paint {{time.monotonic():.6f}}", flush=True)
    QApplication.quit()


class Window(QWidget):
    painted = False

    def __init__(self):
        super().__init__()
        self.setWindowTitle("Hello")
        if {with_label}:
            QVBoxLayout(self).addWidget(QLabel("Hello, world"))

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, report_and_quit)


app = QApplication(sys.argv)
window = Window()
window.resize(1240, 860)  # the size Karpear opens at
window.show()
sys.exit(app.exec())
'''

BARE_WINDOW = _BASELINE.format(with_label=False)
BARE_WINDOW_WITH_LABEL = _BASELINE.format(with_label=True)


@dataclass(frozen=True)
class Run:
    first_paint: float  # seconds from starting the process to the end of its first paint
    exit: float  # seconds from starting the process to its exit
    peak_rss: int  # bytes


def _rss_bytes(rusage) -> int:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return rusage.ru_maxrss if sys.platform == "darwin" else rusage.ru_maxrss * 1024


def measure(command: list[str], env: dict[str, str], cwd: str | None = None) -> Run:
    """Start `command`, wait for it, and read its first-paint line."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode(errors="replace")
    _pid, status, rusage = os.wait4(process.pid, 0)
    ended = time.monotonic()
    process.stdout.close()
    code = os.waitstatus_to_exitcode(status)
    stamps = [line.split()[1] for line in output.splitlines() if line.startswith("first-paint ")]
    if code != 0 or not stamps:
        raise SystemExit(f"{' '.join(command)} exited {code} without a first paint:\n{output[-2000:]}")
    return Run(float(stamps[0]) - start, ended - start, _rss_bytes(rusage))
