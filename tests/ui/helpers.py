"""Small look-ups the UI tests share: finding a step's card, a dialog, a link's position."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from app.ui.main import MainWindow
from app.ui.step_card import StepCard


def cut_off(widget: QWidget) -> str | None:
    """Why a shown text widget does not show all of its text, or None."""
    if widget.hasHeightForWidth():  # wrapped text: as tall as its lines need at its width
        if widget.width() < widget.minimumSizeHint().width():
            return f"narrower ({widget.width()}) than its longest word ({widget.minimumSizeHint().width()})"
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"shorter ({widget.height()}) than its lines ({widget.heightForWidth(widget.width())})"
    else:  # one line: its whole text
        hint = widget.sizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            return f"{widget.width()}×{widget.height()} for a text of {hint.width()}×{hint.height()}"
    # Nothing sticks out sideways of what holds it (the pages never scroll sideways).
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        room = QRect(parent.mapTo(widget.window(), parent.rect().topLeft()), parent.size())
        if rect.left() < room.left() or rect.right() > room.right():
            return f"sticks out of {parent.objectName() or type(parent).__name__} ({rect} in {room})"
        parent = parent.parentWidget()
    return None


def cut_texts(window) -> list[str]:
    """Texts cut off in the main window's pages, or in any other window or dialog."""
    root = window.centralWidget() if isinstance(window, MainWindow) else window
    shown = [
        widget
        for kind in (QLabel, QAbstractButton, QComboBox)
        for widget in root.findChildren(kind)
        if widget.isVisible() and not widget.objectName().startswith("qt_")
    ]
    found = []
    for widget in shown:
        why = cut_off(widget)
        if why:
            text = widget.plain_text() if hasattr(widget, "plain_text") else getattr(widget, "text", str)()
            found.append(f"{type(widget).__name__} {widget.objectName()} {text[:40]!r}: {why}")
    return found


def assert_nothing_cut(window, qtbot, context: str) -> None:
    with contextlib.suppress(qtbot.TimeoutError):  # layouts settle over a few turns; then say what is cut
        qtbot.waitUntil(lambda: not cut_texts(window), timeout=3000)
    found = cut_texts(window)
    assert not found, f"{context}: {found}"


def card(window: MainWindow, step_id: str) -> StepCard:
    return next(c for c in window.guide_view.cards if c.step.id == step_id)


def step_ids(window: MainWindow) -> list[str]:
    return [c.step.id for c in window.guide_view.cards]


def progress(window: MainWindow) -> str:
    return window.guide_view.progress_label.plain_text()


def link_point(view, text: str) -> QPoint:
    """Where the words `text` of a rendered link sit inside a text view's viewport."""
    cursor = view.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), f"{text!r} is not shown"
    middle = QTextCursor(view.document())
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    return view.cursorRect(middle).center()


def click(qtbot, button) -> None:
    """Click a button the way a person does: once the layout has given it a place on screen."""
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0 and button.width() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_updated_step(make_window, data_dir) -> tuple[MainWindow, StepCard]:
    """A window whose 'iphone-only' step was ticked at revision 1 (the guide is at 2)."""
    store = stored_progress(data_dir)
    store.set_done("testguide", "iphone-only", True, 1)
    window = make_window()
    step = card(window, "iphone-only")
    assert step.is_done and step.shows_review_notice
    return window, step


ROOT = Path(__file__).resolve().parents[2]
# A child has no keyring (tests/conftest.py): the data it saves is protected with this passphrase.
CHILD_PASSPHRASE = "a passphrase for test children"


def stored_progress(data_dir: Path):
    """The progress as the app stores it: encrypted, its key in the test's keyring."""
    from app.store import PROGRESS_FILE, EncryptedStorage, ProgressStore, Vault

    return ProgressStore.open(backend=EncryptedStorage(data_dir / PROGRESS_FILE, Vault.open(data_dir)))[0]


def stored_settings(data_dir: Path):
    """The settings as the app stores them (see stored_progress)."""
    from app.store import SETTINGS_FILE, EncryptedStorage, Settings, Vault

    return Settings.open(backend=EncryptedStorage(data_dir / SETTINGS_FILE, Vault.open(data_dir)))[0]


def opened(path: Path, data_dir: Path) -> bytes:
    """The plain bytes of an encrypted file Karpear wrote (a moved-aside copy, say)."""
    from app.store import Vault, sealed

    blob = path.read_bytes()
    return sealed.unseal(blob, Vault.open(data_dir).key_for(sealed.read_header(blob)))


def data_files(folder: Path) -> list[str]:
    """The names of the files that hold data (not the stores' lock files, which are empty)."""
    if not folder.exists():
        return []
    files = sorted(folder.iterdir())
    assert all(p.stat().st_size == 0 for p in files if p.name.endswith(".lock"))
    return [p.name for p in files if not p.name.endswith(".lock")]


def karpear_env(data_dir: Path, extra_env: dict[str, str | None] | None = None) -> dict[str, str]:
    """Offscreen, as a person with a fresh home: HOME and the XDG folders point into the test's own
    folder, so neither Karpear nor Qt nor fontconfig leave anything in the real home; the data goes
    to `data_dir`, protected with CHILD_PASSPHRASE. `extra_env` sets more variables, or removes
    those given as None."""
    home = data_dir.parent / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KARPEAR_DATA_DIR": str(data_dir),
        "KARPEAR_PASSPHRASE": CHILD_PASSPHRASE,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        **(extra_env or {}),
    }
    return {name: value for name, value in env.items() if value is not None}


def run_karpear_python(
    *args: str,
    data_dir: Path,
    timeout: int = 120,
    extra_env: dict[str, str | None] | None = None,
    unshare: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run this Python with `args` from the checkout, in `karpear_env`; `unshare`: in a new network
    namespace (no network at all)."""
    return subprocess.run(
        [*(["unshare", "-rn"] if unshare else []), sys.executable, *args],
        cwd=ROOT,
        env=karpear_env(data_dir, extra_env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
