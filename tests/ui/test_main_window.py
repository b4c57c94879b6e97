"""The main window, driven as a person would: mouse, keyboard, menus."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

from app.content.khmer import has_khmer
from app.ui.guide_view import progress_text

from .helpers import card, click, open_updated_step, progress, step_ids, stored_progress, stored_settings
from .sample_guides import KHMER_INSTALL_TITLE

ALL_STEPS = ["install-signal", "operator", "android-only", "iphone-only", "suspicious-links", "old-apps"]


def test_window_shows_guides_and_steps(make_window):
    window = make_window()
    assert set(window.guide_list.tiles) == {"backups", "testguide"}
    assert step_ids(window) == ALL_STEPS
    assert progress(window) == "0 of 6 steps done"  # the words a person reads, not only the same helper's output
    assert window.guide_list.tiles["testguide"].progress_label.plain_text() == progress_text(0, 6)


def test_check_a_step_with_the_mouse(make_window, qtbot):
    window = make_window()
    box = card(window, "operator").checkbox
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert progress(window) == "1 of 6 steps done"
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
    assert step.title.cursor().shape() == Qt.CursorShape.ArrowCursor
    # The pointer comes over the title (the offscreen platform has no pointer to move): a hand
    # says the title can be clicked.
    inside = QPointF(step.title.rect().center())
    QApplication.sendEvent(step.title, QEnterEvent(inside, inside, QPointF(step.title.mapToGlobal(inside))))
    assert step.title.cursor().shape() == Qt.CursorShape.PointingHandCursor
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


def test_switching_language_switches_the_font_of_what_is_shown(make_window):
    # A switch keeps the style sheet (re-setting it would restyle the whole old window, ~200 ms):
    # the fonts must follow anyway, Khmer first in Khmer and the system's font first otherwise.
    from app.ui.fonts import KHMER_FAMILY

    window = make_window()
    for language, khmer_first in (("km", True), ("en", False), ("km", True)):
        next(a for a in window.language_menu.actions() if a.data() == language).trigger()
        shown = (card(window, "install-signal").title, window.guide_view.title, window.language_button)
        assert all((w.font().families()[0] == KHMER_FAMILY) is khmer_first for w in shown), language


def _texts_a_person_reads(window) -> list[str]:
    """Button, menu and label texts of the window's own chrome (not guide content)."""
    from PySide6.QtWidgets import QComboBox

    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
    texts += [menu.title() for menu in window.menuBar().findChildren(type(window.language_menu))]
    texts += [a.text() for a in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(type(window.language_menu)):
        texts += [a.text() for a in menu.actions() if a.text() and a.data() is None]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def test_nothing_stays_english_in_khmer(make_window):
    from app.content.khmer import looks_untranslated

    window = make_window(language="km")
    english_left = [t for t in _texts_a_person_reads(window) if looks_untranslated(t.replace("&", ""))]
    # Names that are the same in every language: the app, brands, and language names in their own script.
    assert set(english_left) <= {"Karpear", "iPhone", "macOS", "English", "Français"}, english_left


def test_platform_filter_changes_steps_and_progress(make_window, qtbot):
    window = make_window()
    card(window, "iphone-only").checkbox.click()
    assert progress(window) == progress_text(1, 6)
    combo = window.platform_combo
    combo.setCurrentIndex(combo.findData("android"))
    assert step_ids(window) == ["install-signal", "operator", "android-only", "suspicious-links", "old-apps"]
    assert progress(window) == progress_text(0, 5)  # the ticked iPhone step is hidden: it does not count
    assert window.guide_view.filter_note is not None
    combo.setCurrentIndex(combo.findData("ios"))
    assert "android-only" not in step_ids(window)
    assert progress(window) == progress_text(1, 5)
    combo.setCurrentIndex(combo.findData(None))
    assert step_ids(window) == ALL_STEPS
    assert window.session.settings.platform_filter is None


def test_filter_from_the_view_menu(make_window):
    window = make_window()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    platforms = next(a.menu() for a in view_menu.actions() if a.text() == "Show steps for")
    android = next(a for a in platforms.actions() if a.text() == "Android")
    android.trigger()
    assert window.session.platform == "android"
    assert window.platform_combo.currentData() == "android"


def test_sidebar_selects_another_guide(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.guide_list.tiles["backups"], Qt.MouseButton.LeftButton)
    assert step_ids(window) == ["one", "two"]
    assert window.guide_list.tiles["backups"].isChecked()
    assert window.session.settings.last_guide_id == "backups"


def test_keyboard_only_ticks_steps_in_order(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    first = card(window, "install-signal").checkbox
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    second = card(window, "operator").checkbox
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert progress(window) == progress_text(2, 6)
    qtbot.keyClick(second, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert first.hasFocus()


def test_tab_order_follows_the_page(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    cards = window.guide_view.cards
    cards[0].checkbox.setFocus()
    seen = []
    for _ in range(60):
        seen.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    checkboxes = [c.checkbox for c in cards]
    order = [checkboxes.index(w) for w in seen if w in checkboxes]
    assert order[:4] == [0, 1, 2, 3]
    first_get_it = cards[0].tool_cards[0].link_buttons[0][1]
    assert seen.index(checkboxes[0]) < seen.index(first_get_it) < seen.index(checkboxes[1])


def test_widgets_carry_accessible_names(make_window):
    from PySide6.QtWidgets import QComboBox, QProgressBar

    window = make_window()
    window.guide_view.cards  # noqa: B018 - builds every card
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QComboBox):
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own (the menu bar's overflow button)
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget
    for bar in window.findChildren(QProgressBar):
        assert bar.accessibleName() or bar.parent().accessibleName(), bar
    for step in window.guide_view.cards:
        assert step.checkbox.accessibleName() == step.step.title.value


def test_font_size_shortcuts(make_window, qtbot, data_dir):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    size = window.session.settings.font_size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.session.settings.font_size == size + 1
    assert QApplication.font().pointSizeF() == size + 1
    assert stored_settings(data_dir).font_size == size + 1  # kept for the next start
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.session.settings.font_size == size - 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.session.settings.font_size == size


def test_draft_notice_and_untranslated_marks(make_window):
    from app.ui.text import Tag

    window = make_window(language="km")
    assert window.guide_view.draft_notice is not None and not window.guide_view.draft_notice.isHidden()
    untranslated = card(window, "android-only")
    assert untranslated.title.plain_text() == "Lock the Android screen"  # English fallback...
    tags = [t.text() for t in untranslated.findChildren(Tag)]
    assert any(has_khmer(t) for t in tags if t != untranslated.done_tag.text())  # ...visibly marked, in Khmer
    window.set_language("fr")
    assert window.guide_view.draft_notice is None  # French is reviewed
    window.set_language("en")
    assert window.guide_view.draft_notice is None


def test_updated_step_shows_notice_until_got_it(make_window, data_dir, qtbot):
    window, step = open_updated_step(make_window, data_dir)
    click(qtbot, step.review_banner.findChildren(QAbstractButton)[0])
    assert not step.shows_review_notice
    assert step.is_done
    assert not stored_progress(data_dir).needs_review("testguide", "iphone-only", 2)


def test_erase_all_my_data(make_window, data_dir, qtbot):
    window = make_window()
    card(window, "operator").checkbox.click()
    dialog = window.ask_erase()
    qtbot.waitExposed(dialog)
    buttons = {b.objectName(): b for b in dialog.findChildren(QAbstractButton)}
    click(qtbot, buttons["Danger"])
    assert not card(window, "operator").is_done
    assert progress(window) == progress_text(0, 6)
    assert not (data_dir / "progress.json").exists()
    assert not (data_dir / "settings.json").exists()  # "progress and settings", as the dialog says
    assert "erase" in window.banners and "could not" not in window.banners["erase"].text()


def test_cancelling_erase_keeps_everything(make_window, data_dir, qtbot):
    window = make_window()
    card(window, "operator").checkbox.click()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    dialog = window.ask_erase()
    qtbot.waitExposed(dialog)
    cancel = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "Cancel")
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, cancel)
    assert card(window, "operator").is_done
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
    assert "erase" not in window.banners


def test_erase_that_fails_says_so(make_window, monkeypatch, qtbot):
    window = make_window()
    card(window, "operator").checkbox.click()

    def busy(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(window.session.progress, "erase_all", busy)
    window.erase_all()
    banner = window.banners["erase"]
    assert "Permission denied" in banner.text()  # never a false "all erased"
    qtbot.waitUntil(banner.isVisible)


def test_settings_that_cannot_be_saved_are_said(make_window, monkeypatch, qtbot):
    window = make_window()

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.session.settings, "save", disk_full)
    window.platform_combo.setCurrentIndex(window.platform_combo.findData("android"))
    said = window.banners["save"]
    assert "the disk is full" in said.text()
    qtbot.waitUntil(said.isVisible)
    assert "iphone-only" not in step_ids(window)  # the choice still applies for this session


def test_next_and_previous_guide_shortcuts(make_window, qtbot, guides):
    # A third guide, so that "next" and "previous" lead to different guides.
    third = shutil.copytree(guides / "backups", guides / "passwords")  # its texts and their meta/ files
    for file in third.glob("*.yaml"):
        text = file.read_text(encoding="utf-8").replace("id: backups", "id: passwords")
        file.write_text(text.replace("Second guide", "Third guide"), encoding="utf-8")
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order = list(window.session.library.guide_ids)
    assert len(order) == 3
    here = order.index("testguide")
    after, before = order[(here + 1) % 3], order[(here - 1) % 3]

    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.guide_id == after and window.guide_list.tiles[after].isChecked()
    assert window.guide_list.tiles[after].hasFocus()
    assert step_ids(window) == (["one", "two"] if after != "testguide" else ALL_STEPS)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.guide_id == "testguide" and step_ids(window) == ALL_STEPS
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.guide_id == before and window.guide_list.tiles[before].isChecked()


def test_about_dialog_is_translated(make_window, qtbot):
    window = make_window(language="km")
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    assert has_khmer(dialog.windowTitle())
    assert all(has_khmer(b.text()) for b in dialog.findChildren(QAbstractButton))
    dialog.accept()
