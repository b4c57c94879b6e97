"""The protection of the data as a person meets it: passphrase dialogs, erase, quick exit, About."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from app.store import PROGRESS_FILE, Vault, sealed
from app.store.keychain import Keychain
from app.store.sealed import ScryptParams
from app.ui.main import MainWindow, protection_message
from app.ui.passphrase import PassphraseDialog, ask_new_passphrase
from app.ui.session import Session

from .helpers import card, click, stored_progress

FAST = ScryptParams(n=2**10, r=8, p=1)  # milliseconds per derivation; the default is checked in tests/store
PASSPHRASE = "ten words of our own"


def no_keyring_window(qtbot, guides: Path, data_dir: Path) -> tuple[MainWindow, Vault]:
    """The window on a computer without a system keyring; a first save asks for a passphrase."""
    vault = Vault.open(data_dir, Keychain(fail.Keyring()), scrypt=FAST)
    session = Session.open(guides, data_dir, vault)
    session.settings.language, session.settings.last_guide_id = "en", "testguide"  # in memory: nothing saved yet
    window = MainWindow(session)
    vault.ask_new_passphrase = lambda: ask_new_passphrase(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.language_menu.actions()))  # as make_window: after the first paint
    return window, vault


def answer_next_dialog(*texts: str, ok: bool = True) -> list[str]:
    """When the next modal passphrase dialog opens, type `texts` into its fields and press OK (or Cancel)."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, answer)  # not open yet: exec() has not started its loop
            return
        seen.append(dialog.windowTitle())
        for field, text in zip((dialog.first, dialog.second), texts, strict=False):
            field.setText(text)
        if ok:
            dialog.ok_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


# -- passphrases ---------------------------------------------------------------------------


def test_first_tick_without_a_keyring_asks_for_a_passphrase_and_saves_encrypted(qtbot, guides, data_dir):
    window, vault = no_keyring_window(qtbot, guides, data_dir)
    seen = answer_next_dialog(PASSPHRASE, PASSPHRASE)
    card(window, "operator").checkbox.click()
    assert seen and card(window, "operator").is_done
    blob = (data_dir / PROGRESS_FILE).read_bytes()
    assert sealed.read_header(blob).ref.source == "passphrase" and b"operator" not in blob

    again = Vault.open(data_dir, Keychain(fail.Keyring()))
    assert again.needs_passphrase and again.unlock(PASSPHRASE)
    assert Session.open(guides, data_dir, again).progress.is_done("testguide", "operator")


def test_declining_the_passphrase_saves_nothing_and_says_so(qtbot, guides, data_dir):
    window, _vault = no_keyring_window(qtbot, guides, data_dir)
    answer_next_dialog(ok=False)
    card(window, "operator").checkbox.click()
    assert not card(window, "operator").is_done  # the tick is undone: it was not saved
    assert "save" in window.banners and not data_dir.exists()  # and never in plain text


@pytest.mark.parametrize(
    ("first", "second", "refused"),
    [("short", "short", "at least"), (PASSPHRASE, PASSPHRASE + "!", "not the same")],
)
def test_a_new_passphrase_too_short_or_mistyped_is_refused(qtbot, first, second, refused):
    dialog = PassphraseDialog(None, create=True)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.first.setText(first)
    dialog.second.setText(second)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.passphrase is None
    assert refused in dialog.error.plain_text() and dialog.error.isVisible()
    dialog.second.setText(first)
    if len(first) >= 8:
        with qtbot.waitSignal(dialog.accepted):
            dialog.ok_button.click()
        assert dialog.passphrase == first


def test_a_wrong_passphrase_is_refused_without_touching_the_data(qtbot, guides, data_dir):
    window, _vault = no_keyring_window(qtbot, guides, data_dir)
    answer_next_dialog(PASSPHRASE, PASSPHRASE)
    card(window, "operator").checkbox.click()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}

    vault = Vault.open(data_dir, Keychain(fail.Keyring()))
    dialog = PassphraseDialog(None, create=False, check=vault.unlock)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.first.setText("not " + PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible() and vault.needs_passphrase and dialog.error.isVisible()
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
    dialog.first.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert not vault.needs_passphrase


# -- erase ------------------------------------------------------------------------------------


def test_erase_removes_every_file_and_the_key_and_says_what(make_window, data_dir, qtbot, memory_keychain):
    window = make_window()
    card(window, "operator").checkbox.click()
    (data_dir / ".progress.json.x1.tmp").write_bytes(b"left by a crash")
    assert len(memory_keychain.backend.entries) == 1
    dialog = window.ask_erase()
    qtbot.waitExposed(dialog)
    click(qtbot, next(b for b in dialog.findChildren(QAbstractButton) if b.objectName() == "Danger"))

    assert not data_dir.exists() and memory_keychain.backend.entries == {}
    said = window.banners["erase"].text()
    for removed in ("progress.json", "settings.json", ".progress.json.x1.tmp", "the key in the system keyring"):
        assert removed in said
    card(window, "operator").checkbox.click()  # carries on, under a new key
    assert len(memory_keychain.backend.entries) == 1 and stored_progress(data_dir).is_done("testguide", "operator")


# -- quick exit -------------------------------------------------------------------------------


@pytest.fixture
def quick_exits(make_window, qtbot, monkeypatch):
    """A window whose quick exit is recorded: a real exit would end every later test's event loops.

    That it really ends the process, with exit status 0, is shown by test_offline.py.
    """
    from PySide6.QtCore import QCoreApplication

    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    window = make_window()
    qtbot.waitUntil(lambda: window.quick_exit is not None)
    fired: list[bool] = []
    window.quick_exit.triggered.connect(lambda: fired.append(exits == []))  # hidden before the exit is asked
    return window, fired


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press, delivered where the keyboard sends it: to the widget that has the focus."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_ctrl_shift_q_hides_everything_at_once(quick_exits, qtbot):
    window, fired = quick_exits
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert fired == [True] and not window.isVisible() and not dialog.isVisible()


def test_three_escapes_in_a_row_quit_even_from_a_dialog(quick_exits, qtbot):
    window, fired = quick_exits
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, window, Qt.Key.Key_Escape)  # the first one closes the dialog, as Esc does
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not fired and window.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert fired == [True] and not window.isVisible()


def test_escapes_with_another_key_between_do_not_quit(quick_exits, qtbot):
    window, fired = quick_exits
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
        press(qtbot, window, key)
    assert not fired and window.isVisible()


# -- About ------------------------------------------------------------------------------------


def test_about_says_which_protection_is_active(make_window, qtbot, guides, data_dir):
    window = make_window()
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    texts = [label.plain_text() for label in dialog.findChildren(type(dialog.heading))]
    assert "system keyring" in protection_message(window.session.vault) and "MemoryKeyring" in texts[-1]
    dialog.accept()

    plain, _vault = no_keyring_window(qtbot, guides, data_dir / "elsewhere")
    answer_next_dialog(PASSPHRASE, PASSPHRASE)
    card(plain, "operator").checkbox.click()
    assert protection_message(plain.session.vault) != texts[-1]
    assert "passphrase" in protection_message(plain.session.vault)
