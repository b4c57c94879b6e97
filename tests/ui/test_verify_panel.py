"""Checking an installer in the window: drop a file, see the verdict; a long check can be cancelled."""

from __future__ import annotations

import hashlib
import os

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.ui.tool_card import ToolCard
from app.ui.verify_panel import VerifyPanel
from app.verify import Verdict, reading_groups

from .helpers import assert_nothing_cut, click

COPY, LEFT, NO_KEYS = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _drop(window, path) -> None:
    """What Qt delivers when a file manager's file is dragged onto the window and released."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)


def _panel(window, qtbot) -> VerifyPanel:
    qtbot.waitUntil(lambda: window.verify_panel is not None and window.verify_panel.isVisible())
    return window.verify_panel


def test_dropped_file_shows_the_verdict_and_its_checksum(make_window, qtbot, tmp_path):
    window = make_window()
    file = tmp_path / "Signal-Android.apk"
    file.write_bytes(os.urandom(3 << 20))
    _drop(window, file)
    panel = _panel(window, qtbot)
    qtbot.waitUntil(lambda: panel.report is not None)
    assert panel.report.verdict is Verdict.UNKNOWN
    assert panel.heading.plain_text() == "Karpear cannot tell whether this file is genuine"
    assert panel.next_step.plain_text().startswith("Compare the SHA-256 below")
    groups = reading_groups(hashlib.sha256(file.read_bytes()).hexdigest())
    assert any(groups in label.plain_text() for label in panel.fact_labels)
    assert panel.close_button.isVisible() and not panel.progress_bar.isVisible()
    assert_nothing_cut(panel, qtbot, "the verdict")  # the panel grew from the progress view to the verdict
    with qtbot.waitSignal(panel.finished):
        click(qtbot, panel.close_button)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Ce fichier ne peut pas être vérifié"),
        ("km", "មិន\u200bអាច\u200bពិនិត្យ\u200bឯកសារ\u200bនេះ\u200bបាន\u200bទេ"),
    ],
)
def test_verdict_is_in_the_persons_language(make_window, qtbot, tmp_path, language, heading):
    window = make_window(language=language)
    file = tmp_path / "broken.apk"
    file.write_bytes(b"PK\x03\x04" + bytes(64))
    _drop(window, file)
    panel = _panel(window, qtbot)
    qtbot.waitUntil(lambda: panel.report is not None)
    assert panel.report.verdict is Verdict.UNREADABLE
    assert panel.heading.plain_text() == heading
    assert_nothing_cut(panel, qtbot, language)


def test_a_web_link_or_several_files_are_not_taken(make_window):
    window = make_window()
    for urls in ([QUrl("https://example.org/app.apk")], [QUrl.fromLocalFile("/a"), QUrl.fromLocalFile("/b")]):
        mime = QMimeData()
        mime.setUrls(urls)
        enter = QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(window, enter)
        assert not enter.isAccepted()


def test_long_check_shows_progress_and_can_be_cancelled(make_window, qtbot, tmp_path):
    window = make_window()
    large = tmp_path / "huge-installer.exe"
    with open(large, "wb") as file:
        file.truncate(64 << 30)  # 64 GiB of sparse zeros: minutes to hash, no disk used
    panel = window.check_installer(large)
    steps: list[int] = []
    panel.worker.progressed.connect(steps.append)
    qtbot.waitUntil(lambda: panel.progress_bar.value() > 0)  # the interface thread is free to repaint it
    with qtbot.waitSignal(panel.worker.finished, timeout=10_000), qtbot.waitSignal(panel.rejected):
        click(qtbot, panel.cancel_button)
    assert 0 < steps[-1] < 1000  # stopped part way: no verdict, nothing left running
    qtbot.waitUntil(
        lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, VerifyPanel))
    )


def test_tool_card_button_checks_against_that_tool(make_window, qtbot, tmp_path):
    window = make_window()
    card = next(c for c in window.guide_view.findChildren(ToolCard) if c.tool.id == "signal")
    file = tmp_path / "signal.apk"
    file.write_bytes(b"not an app at all")
    click(qtbot, card.check_installer_button)
    qtbot.waitUntil(lambda: getattr(window, "file_dialog", None) is not None and window.file_dialog.isVisible())
    window.file_dialog.selectFile(str(file))
    window.file_dialog.accept()
    panel = _panel(window, qtbot)
    qtbot.waitUntil(lambda: panel.report is not None)
    assert (panel.report.tool_id, panel.report.verdict) == ("signal", Verdict.UNKNOWN)


def test_karpear_menu_offers_the_check(make_window, qtbot, tmp_path):
    window = make_window()
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Check an installer…")
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "file_dialog", None) is not None and window.file_dialog.isVisible())
    with qtbot.waitSignal(window.file_dialog.rejected):
        window.file_dialog.reject()  # the person changes their mind: nothing is checked
    assert window.verify_panel is None
