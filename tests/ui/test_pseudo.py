"""Pseudo-localisation: every interface text longer and accented, so a clipped or hard-coded text shows.

The window starts in the pseudo language at a normal size and at its least size; every
shown label, button, check box, list and menu must show all of its text and carry the
pseudo language's brackets (a plain English text was never passed through translation).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenu

from app.content.pseudo import PSEUDO, PSEUDO_NAME, is_pseudo, pseudo_markdown, pseudo_text
from app.resources import guides_dir
from app.ui.text import MarkdownView

from .helpers import assert_nothing_cut
from .sample_guides import write_local_guide

# Deliberately the same in every language, so never pseudo-localised:
KEPT = {
    "Karpear",  # the app's name
    "A−",  # the text size buttons: a symbol; their accessible names and tooltips are translated
    "A+",
    "ខ្មែរ",  # language names are written in their own script, so a lost reader finds theirs
    "English",
    "Français",
    PSEUDO_NAME,
    "A4",  # a paper size's name is the same in every language (Letter is translated: it is a word)
}


def _text(widget) -> str:
    if hasattr(widget, "plain_text"):
        return widget.plain_text()
    if isinstance(widget, QComboBox):
        return "\n".join(widget.itemText(i) for i in range(widget.count()))
    return widget.text()


# What a text may show untranslated beside its translated words: a checksum's groups, a host name.
DATA = re.compile(r"\b[0-9a-f]{4}(?: [0-9a-f]{4})+\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b")


def _translated(text: str, proper_names: set[str]) -> bool:
    """Every word of `text` went through the pseudo language, but for tools' names and data."""
    for name in proper_names:
        text = text.replace(name, "")
    return is_pseudo(DATA.sub("", text))


def _not_pseudo(window, within=None) -> list[str]:
    """Every shown text of the window (or of a dialog `within` it) that did not go through the pseudo language."""
    tools = {tool.name for tool in window.session.library.catalogue(PSEUDO).tools}  # proper names
    found = []
    for kind in (QLabel, QAbstractButton, QComboBox):
        for widget in (within or window.centralWidget()).findChildren(kind):
            if not widget.isVisible() or widget.objectName().startswith("qt_"):
                continue
            for text in _text(widget).split("\n") if isinstance(widget, QComboBox) else [_text(widget)]:
                if text not in KEPT and not _translated(text, tools):
                    found.append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
    for view in window.centralWidget().findChildren(MarkdownView):
        if view.isVisible() and "~" not in view.toPlainText():
            found.append(f"MarkdownView: {view.toPlainText()[:60]!r}")
    if within is not None:
        return found
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in (m for m in menus if m is not window._screens_menu):  # screens are named by the system
        for action in menu.actions():
            # The language menu is also named in English, so a person lost in a foreign interface finds it.
            text = action.text().removesuffix(" · Language")
            if text and action.isVisible() and text not in KEPT and not is_pseudo(text):
                found.append(f"menu {getattr(menu, 'title', str)()!r}: {text!r}")
    return found


def _check_every_guide(window, qtbot, size: str) -> None:
    for guide_id in window.session.library.guide_ids:
        window.select_guide(guide_id)
        window.guide_view.cards  # noqa: B018 - every card, not only those built so far
        assert_nothing_cut(window, qtbot, f"pseudo, {guide_id}, {size}")
        assert _not_pseudo(window) == [], (guide_id, size)


@pytest.mark.parametrize("root", ["sample", "shipped"])
def test_in_the_pseudo_language_no_text_is_cut_off_or_left_in_english(make_window, qtbot, tmp_path, root):
    # The sample guides also bring local guides, one broken: their mark, warning and notice are checked too.
    local = write_local_guide(tmp_path / "local", "training").parent
    write_local_guide(local, "broken", body="[x](https://evil.example/)")
    window = make_window(
        pseudo=True, root=guides_dir() if root == "shipped" else None, local_guides=(local,) if root == "sample" else ()
    )
    assert window.language == PSEUDO
    assert ("local" in window.banners) == (root == "sample")
    _check_every_guide(window, qtbot, "normal size")
    window.resize(1, 1)  # a window never gets narrower than its least size
    qtbot.waitUntil(lambda: window.width() > 1)
    _check_every_guide(window, qtbot, f"least size {window.width()}×{window.height()}")


def test_pseudo_texts_keep_what_the_app_reads():
    assert pseudo_text("&Language") == "[&Ļåñĝûåĝé ~]"
    assert pseudo_text("%1 of %2 steps done").startswith("[%1 öƒ %2 šţéþš ðöñé ")
    assert pseudo_text(", ") == ", "  # a joiner has nothing to pseudo-localise
    long = pseudo_text("Erase all your data from this computer?")
    assert len(long) >= 1.4 * len("Erase all your data from this computer?")
    body = pseudo_markdown(
        "Install **Signal** from [the site](https://signal.org/download/), run `apksigner verify`.\n\n"
        "- one {n}  \n- see <https://ssd.eff.org/>\n\n```\ncode stays\n```"
    )
    for kept in ("**", "](https://signal.org/download/)", "`apksigner verify`", "{n}", "<https://ssd.eff.org/>"):
        assert kept in body
    assert "code stays" in body and "Install" not in body and "one" not in body
    assert body.split("\n")[2].endswith("  ")  # the hard line break is still there


def test_the_pseudo_language_is_left_when_asked_and_never_saved(make_window, qtbot, data_dir):
    from .helpers import stored_settings

    window = make_window(pseudo=True, language="fr")
    window.set_language("km")
    assert _not_pseudo(window)  # the check sees a real language's texts
    window.set_language(PSEUDO)
    assert stored_settings(data_dir).language == "km"
    qtbot.waitUntil(lambda: _not_pseudo(window) == [])  # the Khmer menus are deleted on the next turn


def test_dialogs_are_pseudo_localised_too(make_window, qtbot):
    window = make_window(pseudo=True)
    for dialog in (window.show_about(), window.ask_erase(), window.print_handout()):
        qtbot.waitUntil(dialog.isVisible)
        assert _not_pseudo(window, dialog) == [], dialog.windowTitle()
        dialog.reject()


@pytest.mark.parametrize(("value", "asked"), [("1", True), ("yes", True), ("0", False), ("", False)])
def test_the_environment_switches_the_pseudo_language_on(monkeypatch, value, asked):
    from app.content.pseudo import PSEUDO_ENV, pseudo_requested

    monkeypatch.setenv(PSEUDO_ENV, value)
    assert pseudo_requested() is asked


def test_the_trainers_windows_and_the_installer_check_are_pseudo_localised_too(make_window, qtbot, tmp_path):
    window = make_window(pseudo=True)
    not_an_installer = tmp_path / "signal.apk"
    not_an_installer.write_bytes(b"not a zip")
    panel = window.check_installer(not_an_installer)
    qtbot.waitUntil(lambda: panel.report is not None)  # the verdict, what to do and the facts
    qtbot.waitUntil(panel.close_button.isVisible)
    for shown in (window.present(), window.open_group(), panel):
        qtbot.waitExposed(shown)
        assert _not_pseudo(window, shown) == [], shown.windowTitle()
        assert_nothing_cut(shown, qtbot, shown.windowTitle())
        shown.close()
