"""Small look-ups the UI tests share: finding a step's card, a dialog, a link's position."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor, QTextDocument

from app.ui.main import MainWindow
from app.ui.step_card import StepCard


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
    from app.store import ProgressStore

    store, _report = ProgressStore.open(data_dir)
    store.set_done("testguide", "iphone-only", True, 1)
    window = make_window()
    step = card(window, "iphone-only")
    assert step.is_done and step.shows_review_notice
    return window, step


ROOT = Path(__file__).resolve().parents[2]


def karpear_env(data_dir: Path, **env_changes: str | None) -> dict[str, str]:
    """Offscreen, as a person with a fresh home: HOME and the XDG folders point into the test's own
    folder, so neither Karpear nor Qt nor fontconfig leave anything in the real home; the data goes
    to `data_dir`. `env_changes` sets more variables, or removes those given as None."""
    home = data_dir.parent / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KARPEAR_DATA_DIR": str(data_dir),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    env.update((name, value) for name, value in env_changes.items() if value is not None)
    return {name: value for name, value in env.items() if env_changes.get(name, value) is not None}


def run_karpear_python(
    *args: str, data_dir: Path, timeout: int = 120, **env_changes: str | None
) -> subprocess.CompletedProcess[str]:
    """Run this Python with `args` from the checkout, in `karpear_env`."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=karpear_env(data_dir, **env_changes),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
