"""One window at a time: a second start brings the first window forward and exits 0; a lock left
by a killed window does not stop the next start. Real processes, real lock file, real socket."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.main import bring_forward
from app.ui.single_instance import LOCK_NAME, SingleInstance, server_name

from .helpers import ROOT, karpear_env, run_karpear_python

START = 120_000  # ms: a cold start on a loaded machine


def start_karpear(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=karpear_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_start_brings_the_first_window_forward(make_window, qtbot, data_dir):
    window = make_window()
    first = SingleInstance(data_dir)
    assert first.claim() and first.listen()
    first.activation_requested.connect(lambda: bring_forward(window))
    try:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        second = start_karpear(data_dir, "--exit-after-paint")
        with qtbot.waitSignal(first.activation_requested, timeout=START):
            pass
        out, err = second.communicate(timeout=START / 1000)
        assert second.returncode == 0, err
        assert "first-paint" not in out  # it never opened a window of its own
        qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
    finally:
        first.release()


def test_a_first_window_that_never_answers_is_said_and_no_second_window_opens(data_dir):
    hung = SingleInstance(data_dir)
    assert hung.claim()  # holds the lock, never listens: a first window that hangs
    try:
        second = run_karpear_python("-m", "app", "--exit-after-paint", data_dir=data_dir)
    finally:
        hung.release()
    assert second.returncode == 1
    assert "first-paint" not in second.stdout
    assert second.stderr.strip() == (
        f"karpear: another Karpear is running with this data folder ({data_dir}) but does not answer"
    )


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_two_real_processes_then_a_killed_first_window(qtbot, data_dir):
    socket = Path(server_name(data_dir))
    # A socket file in a private folder; only a test folder too deep for a socket path (macOS's
    # long temp folders) gets a plain name, and then the lock file says the first window is up.
    listening = socket.exists if socket.is_absolute() else (data_dir / LOCK_NAME).exists
    first = start_karpear(data_dir)  # a person's window, left open
    try:
        qtbot.waitUntil(listening, timeout=START)
        second = run_karpear_python("-m", "app", "--exit-after-paint", data_dir=data_dir)
        assert second.returncode == 0, second.stderr
        assert (second.stdout, second.stderr) == ("", "")  # no window, no noise
        assert first.poll() is None  # the first window is still there
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    assert (data_dir / LOCK_NAME).exists()  # left behind by the killed process

    third = run_karpear_python("-m", "app", "--exit-after-paint", data_dir=data_dir)
    assert third.returncode == 0, third.stderr
    assert third.stdout.startswith("first-paint")  # it took the stale lock and opened its window
    assert not (data_dir / LOCK_NAME).exists()  # and released it on quitting
    assert not (socket.is_absolute() and socket.exists())


def test_another_data_folder_is_another_window(tmp_path, data_dir):
    first = SingleInstance(data_dir)
    other = SingleInstance(tmp_path / "someone-else")
    try:
        assert first.claim()
        assert other.claim()
        assert first.name != other.name
        assert not SingleInstance(data_dir).claim()
    finally:
        first.release()
        other.release()


def test_a_data_folder_that_cannot_hold_a_lock_does_not_keep_the_window_closed(tmp_path):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    assert SingleInstance(not_a_folder).claim()


@pytest.mark.skipif(os.name == "nt", reason="named pipes on Windows")
def test_the_socket_lives_in_a_private_folder_never_in_the_shared_temp_folder(tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name(tmp_path / "d")).parent == runtime
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert Path(server_name(tmp_path / "d")).parent == tmp_path / "d"  # the data folder itself
    deep = tmp_path / ("x" * 120)
    assert "/" not in server_name(deep)  # too long for a socket path: a plain name, still per folder
    assert server_name(deep) != server_name(tmp_path / ("y" * 120))
