"""`karpear --self-test` and `karpear --exit-after-paint`, run as a person or a build would."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import run_karpear_python

TIMEOUT = 120


def _run(*args: str, data_dir: Path, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    return run_karpear_python(*args, data_dir=data_dir, timeout=TIMEOUT, extra_env=env_changes)


def _self_test(guides: Path | None, data_dir: Path) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys; from pathlib import Path; from app.ui.selftest import run_self_test; "
        f"sys.exit(run_self_test({str(guides)!r} and Path({str(guides)!r})))"
    )
    return _run("-c", code, data_dir=data_dir)


def test_self_test_passes_on_clean_guides(clean_guides, data_dir):
    result = _self_test(clean_guides, data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().startswith("self-test ok: 2 guides, 3 languages, 7 steps, ")
    assert not data_dir.exists()  # it used a throwaway folder, not the person's data


def test_self_test_fails_with_the_reason_on_broken_content(guides, data_dir):
    result = _self_test(guides, data_dir)
    assert result.returncode == 1
    assert result.stdout.startswith("self-test FAILED:") and "content error" in result.stdout


def test_self_test_of_the_bundled_guides(data_dir):
    result = _run("-m", "app", "--self-test", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok: ")
    assert len(result.stdout.strip().splitlines()) == 1
    assert result.stderr == ""


def test_exit_after_paint_says_how_long_the_first_paint_took(data_dir):
    started = time.monotonic()
    result = _run("-m", "app", "--exit-after-paint", data_dir=data_dir)
    ended = time.monotonic()
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    match = re.fullmatch(r"first paint: (\d+) ms after process start \(monotonic (\d+\.\d+)\)", line)
    assert match, line
    # The figure lies within the run as this test saw it (the OS counts the start in 10 ms steps).
    milliseconds, painted = int(match.group(1)), float(match.group(2))
    assert started <= painted <= ended
    assert 0 < milliseconds <= (painted - started) * 1000 + 10


NO_DISPLAY = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Windows and macOS always have a display")
def test_no_display_is_one_clear_line_not_a_core_dump(data_dir):
    english = _run("-m", "app", data_dir=data_dir, LANGUAGE="en", LANG="C.UTF-8", **NO_DISPLAY)
    french = _run("-m", "app", data_dir=data_dir, LANGUAGE="fr", LANG="fr_FR.UTF-8", **NO_DISPLAY)
    for result in (english, french):
        assert result.returncode == 1, result.stderr  # not 134 (Qt's abort) nor -6
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("karpear: "), result.stderr
        assert "DISPLAY" in lines[0] and "WAYLAND_DISPLAY" in lines[0]
    assert "display" in english.stderr.lower()
    assert french.stderr != english.stderr, "not said in the person's language"
    assert not data_dir.exists(), "nothing is written when the app cannot start"
