"""When this process started, asked of the OS: `--exit-after-paint` reports the time to first paint from it."""

from __future__ import annotations

import os
import time

# The fallback where the OS does not say (not Linux): when Karpear's own code began to load.
_LOADED = time.monotonic()


def process_started() -> tuple[float, bool]:
    """(time.monotonic() at the process start, True), or (when Karpear began to load, False) where unknown.

    Linux gives the start in clock ticks since boot (10 ms steps) in /proc/self/stat.
    """
    try:
        with open("/proc/self/stat", "rb") as stat:
            # Field 22 (starttime); the fields after the command name, which may hold spaces, start at field 3.
            ticks = int(stat.read().rsplit(b")", 1)[1].split()[19])
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return _LOADED, False
    return time.monotonic() - age, True


def first_paint_report(painted: float) -> str:
    """One line for a person, ending with the monotonic stamp that bench/firstpaint.py reads."""
    started, from_os = process_started()
    since = "process start" if from_os else "Karpear began to load"
    return f"first paint: {(painted - started) * 1000:.0f} ms after {since} (monotonic {painted:.6f})"
