"""`karpear --self-test` and `karpear --exit-after-paint`, run as a person or a build would."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .helpers import run_karpear_python

TIMEOUT = 120


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return run_karpear_python(*args, data_dir=data_dir, timeout=TIMEOUT)


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


def test_exit_after_paint(data_dir):
    result = _run("-m", "app", "--exit-after-paint", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
