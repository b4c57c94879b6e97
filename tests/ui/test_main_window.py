"""The main window, driven as a person would: mouse, keyboard, menus."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.content.khmer import has_khmer
from app.ui.guide_view import progress_text

from .helpers import card, progress, step_ids
from .sample_guides import KHMER_INSTALL_TITLE

ALL_STEPS = ["install-signal", "operator", "android-only", "iphone-only", "suspicious-links", "old-apps"]


def test_window_shows_guides_and_steps(make_window):
    window = make_window()
    assert set(window.guide_list.tiles) == {"backups", "testguide"}
    assert step_ids(window) == ALL_STEPS
    assert progress(window) == progress_text(0, 6)
    assert window.guide_list.tiles["testguide"].progress_label.plain_text() == progress_text(0, 6)


def test_check_a_step_with_the_mouse(make_window, qtbot):
    window = make_window()
    box = card(window, "operator").checkbox
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert progress(window) == progress_text(1, 6)
    assert window.guide_list.tiles["testguide"].progress_label.plain_text() == progress_text(1, 6)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert progress(window) == progress_text(0, 6)


def test_check_a_step_with_the_space_bar(make_window, qtbot):
    window = make_window()
    box = card(window, "install-signal").checkbox
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert progress(window) == progress_text(1, 6)
    assert window.session.progress.is_done("testguide", "install-signal")


def test_clicking_the_title_ticks_the_step(make_window, qtbot):
    window = make_window()
    step = card(window, "operator")
    qtbot.mouseClick(step.title, Qt.MouseButton.LeftButton)
    assert step.checkbox.isChecked()


def test_switch_to_khmer_shows_khmer_titles_and_buttons(make_window, qtbot):
    window = make_window()
    khmer = next(a for a in window.language_menu.actions() if a.data() == "km")
    khmer.trigger()
    assert card(window, "install-signal").title.plain_text() == KHMER_INSTALL_TITLE
    buttons = [button for _link, button in card(window, "install-signal").tool_cards[0].link_buttons]
    assert buttons and all(has_khmer(b.text()) for b in buttons)
    assert has_khmer(progress(window))
    assert window.session.settings.language == "km"
