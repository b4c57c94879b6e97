"""The Khmer interface: Khmer digits everywhere, ខ្មែរ first in the menu, focus kept across a language switch."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from app.ui.i18n import arg, number

from .helpers import card, progress

LATIN_DIGIT = re.compile(r"[0-9]")
KHMER_DIGIT = re.compile(r"[\u17e0-\u17e9]")


def _switch(window, code: str) -> None:
    next(a for a in window.language_menu.actions() if a.data() == code).trigger()


def _interface_texts(window) -> list[str]:
    """Every label, tag and button text of the window but the guides' own texts (their digits are the content's)."""
    window.guide_view.cards  # noqa: B018 - builds every card
    catalogue = window.session.library.catalogue(window.language)
    content = {tool.reason.value for tool in catalogue.tools} | {c.step.title.value for c in window.guide_view.cards}
    texts = [w.plain_text() if hasattr(w, "plain_text") else w.text() for w in window.findChildren(QLabel)]
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [b.accessibleName() for b in window.findChildren(QAbstractButton)]
    return [t for t in texts if t and t not in content]


def test_khmer_interface_writes_numbers_in_khmer_digits(make_window):
    window = make_window(language="km")
    card(window, "operator").checkbox.click()
    window.platform_combo.setCurrentIndex(window.platform_combo.findData("android"))  # "N other steps hidden"
    assert progress(window) == arg("បានធ្វើ %1 ក្នុងចំណោម %2 ជំហាន", "១", "៥")
    assert KHMER_DIGIT.search(window.guide_list.tiles["testguide"].progress_label.plain_text())
    assert KHMER_DIGIT.search(window.guide_view.filter_note.plain_text())
    reviewed = next(t for t in _interface_texts(window) if "២០២៦" in t)  # the guide's review date
    assert "២៨" in reviewed
    assert KHMER_DIGIT.search(window.banners["content"].text())  # "Problems found: N"
    with_latin_digits = [t for t in _interface_texts(window) if LATIN_DIGIT.search(t)]
    assert not with_latin_digits


def test_other_languages_keep_their_digits(make_window):
    window = make_window(language="km")
    assert number(22) == "២២"
    _switch(window, "fr")
    assert number(22) == "22"
    assert not KHMER_DIGIT.search(progress(window)) and LATIN_DIGIT.search(progress(window))


def test_khmer_comes_first_in_the_language_menu(make_window):
    for language in ("en", "fr", "km"):
        window = make_window(language=language)
        codes = [a.data() for a in window.language_menu.actions()]
        assert codes[0] == "km" and window.language_menu.actions()[0].text() == "ខ្មែរ"
        assert sorted(codes) == ["en", "fr", "km"]


def _focus_on(window, qtbot, widget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_focus_stays_on_the_language_button_after_a_switch(make_window, qtbot):
    window = make_window()
    _focus_on(window, qtbot, window.language_button)
    _switch(window, "km")
    assert QApplication.focusWidget() is window.language_button  # the new, Khmer one
    assert window.language_button.text() == "ខ្មែរ"


def test_focus_stays_on_the_same_step_and_the_same_button(make_window, qtbot):
    window = make_window()
    _focus_on(window, qtbot, card(window, "iphone-only").checkbox)
    _switch(window, "fr")
    assert QApplication.focusWidget() is card(window, "iphone-only").checkbox
    link, button = card(window, "install-signal").tool_cards[0].link_buttons[2]
    _focus_on(window, qtbot, button)
    _switch(window, "km")
    focused = QApplication.focusWidget()
    assert focused is card(window, "install-signal").tool_cards[0].link_buttons[2][1]
    assert focused.toolTip() == link.url


def test_focus_with_nowhere_to_return_goes_to_the_guide_heading(make_window, qtbot):
    window = make_window()
    _focus_on(window, qtbot, window.guide_view.title)  # not a control: the rebuild cannot find it
    window.guide_view.title.clearFocus()
    _switch(window, "fr")
    assert QApplication.focusWidget() is window.guide_view.title
