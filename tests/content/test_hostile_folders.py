"""`karpear check` on folders received from strangers: it always ends, with one clear line per problem."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.content.yamlread import MAX_FILE_BYTES

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")


def check(root, *args) -> subprocess.CompletedProcess:
    """The real command in its own process; the timeout only stops a hang from stalling the suite."""
    return subprocess.run(
        [sys.executable, "-m", "app", "check", str(root), *args], capture_output=True, text=True, timeout=120
    )


def assert_refused(result: subprocess.CompletedProcess, line_start: str, reason: str) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(line_start)]
    assert lines, result.stdout
    assert reason in lines[0], lines
    return result.stdout


def test_a_fifo_as_language_file_is_refused_without_waiting(guides):
    root = guides()
    os.mkfifo(root / "wiretap/fr.yaml")
    out = assert_refused(check(root), "wiretap/fr.yaml:1:1: error: ", "named pipe (FIFO), not a regular file")
    assert "1 error(s)" in out


def test_a_symlink_to_dev_zero_is_refused(guides):
    root = guides()
    (root / "wiretap/fr.yaml").symlink_to("/dev/zero")
    assert_refused(check(root), "wiretap/fr.yaml:1:1: error: ", "outside the checked folder")


def test_a_folder_named_like_a_file_is_refused_on_the_open_descriptor(guides):
    # Inside the folder, so only the open descriptor's type tells it is no file.
    root = guides()
    (root / "wiretap/fr.yaml").mkdir()
    assert_refused(check(root), "wiretap/fr.yaml:1:1: error: ", "is a folder, not a regular file")


def test_a_symlink_out_of_the_folder_never_prints_the_target_keys(guides, tmp_path):
    secret = tmp_path / "elsewhere" / "secrets.yaml"
    secret.parent.mkdir()
    secret.write_text("secret-key-name-1: x\n", encoding="utf-8")
    root = guides()
    (root / "wiretap/fr.yaml").symlink_to(secret)
    (root / "tools/km.yaml").symlink_to(secret)
    out = assert_refused(check(root), "tools/km.yaml:1:1: error: ", "outside the checked folder")
    assert "wiretap/fr.yaml:1:1: error: file is a symbolic link to a place outside the checked folder" in out
    assert "secret-key-name" not in out


def test_a_guide_folder_linked_out_of_the_folder_is_refused(guides, tmp_path):
    outside = guides().parent / "outside-guide"
    root = guides()
    (root / "wiretap").rename(outside)
    (root / "wiretap").symlink_to(outside, target_is_directory=True)
    assert_refused(check(root), "wiretap:1:1: error: ", "folder is a symbolic link to a place outside")


def test_a_symlink_inside_the_folder_is_read(guides):
    root = guides()
    (root / "wiretap/km.yaml").rename(root / "km-original.yaml")
    (root / "wiretap/km.yaml").symlink_to(root / "km-original.yaml")
    result = check(root)
    assert result.returncode == 0, result.stdout
    assert "wiretap  km        8/8 100%" in result.stdout


def test_a_file_over_the_limit_is_refused_after_reading_just_past_it(guides):
    root = guides()
    (root / "wiretap/fr.yaml").write_bytes(b"a: " + b"x" * MAX_FILE_BYTES)
    assert_refused(check(root), "wiretap/fr.yaml:1:1: error: ", f"larger than the limit of {MAX_FILE_BYTES} bytes")


def test_fix_khmer_breaks_skips_what_it_may_not_read(guides):
    root = guides()
    os.mkfifo(root / "tools/km.yaml")
    result = check(root, "--fix-khmer-breaks")
    if "needs the Khmer segmenter" in result.stdout:
        pytest.skip("khmercut not installed")
    assert_refused(result, "tools/km.yaml:1:1: error: ", "named pipe (FIFO)")


def test_the_app_s_snapshot_check_does_not_wait_on_a_fifo(guides):
    root = guides()
    os.mkfifo(root / "wiretap/fr.yaml")
    load = f"from app.content import load_library; print(len(load_library({str(root)!r}, use_snapshot=True).errors))"
    for _ in range(2):  # the first start writes the snapshot, the second reads it
        result = subprocess.run([sys.executable, "-c", load], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "1\n"
