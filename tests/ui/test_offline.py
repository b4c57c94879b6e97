"""Offline, proven: Karpear's self-test and a window session (ticks, link dialogs, QR codes, quick
exit) pass with every socket creation failing, and again in a network namespace with no network.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import run_karpear_python

NO_SOCKETS = str(Path(__file__).with_name("offline"))  # its sitecustomize.py breaks socket creation

# A person's session in the real window, then Esc three times: the app must quit at once, exit 0.
_WINDOW_SESSION = """
import os
import socket
import sys

try:
    socket.socket()
except OSError:
    print("sockets refused", flush=True)

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from app.ui.main import MainWindow, create_application
from app.ui.session import Session

if len(sys.argv) > 1:  # run by the secret_service fixture, which keeps KARPEAR_ variables out
    os.environ["KARPEAR_DATA_DIR"] = sys.argv[1]
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
opened = []
QDesktopServices.openUrl = lambda url: opened.append(url.toString()) or True  # never a real browser
app = create_application(sys.argv[:1])
window = MainWindow(Session.open())


def session():
    from PySide6.QtCore import Qt

    for card in window.guide_view.cards[:3]:
        card.checkbox.click()
    ticked = sum(card.is_done for card in window.guide_view.cards)
    tool = next(t for t in window.session.library.catalogue("en").tools if t.links)
    dialog = window.gate.offer_tool_link(tool, tool.links[0])
    qr = not dialog.qr_label.pixmap().isNull()
    dialog.open_button.click()
    print(f"ticked {ticked}, QR code drawn {qr}, handed to the browser {len(opened)}", flush=True)
    print("key from:", window.session.vault.source, flush=True)
    print("network modules:", sorted(m for m in ("ssl", "http.client", "urllib.request") if m in sys.modules))
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)


from PySide6.QtWidgets import QApplication

# After the work the window does right after its first paint (menus, quick exit), as a person would.
window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, session)))
window.show()
print("exit", app.exec(), flush=True)
"""


def _offline(*args: str, data_dir: Path, unshare: bool = False) -> subprocess.CompletedProcess[str]:
    return run_karpear_python(
        *args, data_dir=data_dir, extra_env={"PYTHONPATH": NO_SOCKETS}, unshare=unshare, timeout=60
    )


def _unshare_or_skip() -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace here: {probe.stderr.strip()}")


@pytest.mark.parametrize("unshare", [False, True], ids=["sockets-refused", "unshare-n"])
def test_self_test_passes_offline(data_dir: Path, unshare: bool) -> None:
    if unshare:
        _unshare_or_skip()
    result = _offline("-m", "app", "--self-test", data_dir=data_dir, unshare=unshare)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok:"), result.stdout


@pytest.mark.parametrize("unshare", [False, True], ids=["sockets-refused", "unshare-n"])
def test_window_session_works_offline_and_quick_exit_quits(data_dir: Path, unshare: bool) -> None:
    if unshare:
        _unshare_or_skip()
    result = _offline("-c", _WINDOW_SESSION, data_dir=data_dir, unshare=unshare)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "sockets refused"
    assert lines[1] == "ticked 3, QR code drawn True, handed to the browser 1"
    # segno's PNG writer imports xml.sax.saxutils, which imports urllib.request (and with it
    # http.client and ssl): only once a link dialog opens, and importing makes no connection.
    assert lines[-1] == "exit 0", result.stdout + result.stderr


def test_window_session_with_the_key_in_a_real_keyring_works_without_network(secret_service, tmp_path: Path) -> None:
    """keyring imports urllib.request (through jaraco.context): it must still never need the network."""
    _unshare_or_skip()
    result = secret_service(_WINDOW_SESSION, str(tmp_path / "data"), prefix=("unshare", "-rn"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "key from: keyring" in result.stdout.splitlines() and result.stdout.splitlines()[-1] == "exit 0"
