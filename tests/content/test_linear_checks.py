"""Every scan of `karpear check` is linear: inputs that once backtracked for minutes end quickly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.content.yamlread import MAX_FILE_BYTES
from tests.content.hostile_texts import CASES

# Generous: the whole check of such a folder takes about a second; the old patterns took 2 to 60+ minutes.
BOUND_SECONDS = 60


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_whole_check_ends_on_a_hostile_text_at_the_size_limit(guides, name):
    case = CASES[name]
    assert MAX_FILE_BYTES // 2 < len(case.text.encode("utf-8")) <= MAX_FILE_BYTES
    root = guides({case.file: case.text})
    result = subprocess.run(
        [sys.executable, "-m", "app", "check", str(root)], capture_output=True, text=True, timeout=BOUND_SECONDS
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert " error(s), " in result.stdout
    assert case.shows in result.stdout
