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

from .helpers import card, click, data_files, stored_progress

FAST = ScryptParams(n=2**10, r=8, p=1)  # milliseconds per derivation; the default is checked in tests/store
PASSPHRASE = "ten words of our own"


def window_on(qtbot, session: Session, language: str = "en") -> MainWindow:
    """The window on `session`, its language and guide set in memory only (nothing saved yet)."""
    session.settings.language, session.settings.last_guide_id = language, "testguide"
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.language_menu.actions()))  # as make_window: after the first paint
    return window


def no_keyring_window(qtbot, guides: Path, data_dir: Path) -> tuple[MainWindow, Vault]:
    """The window on a computer without a system keyring; a first save asks for a passphrase."""
    vault = Vault.open(data_dir, Keychain(fail.Keyring()), scrypt=FAST)
    window = window_on(qtbot, Session.open(guides, data_dir, vault))
    vault.ask_new_passphrase = lambda: ask_new_passphrase(window)
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
    assert "save" in window.banners and data_files(data_dir) == []  # and never in plain text


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


def test_closing_dialogs_one_after_another_with_esc_does_not_quit(quick_exits, qtbot):
    # Open a dialog with a click, close it with Esc, three times: each click starts the count again.
    window, fired = quick_exits
    for _ in range(3):
        qtbot.mouseClick(window.guide_view.viewport(), Qt.MouseButton.LeftButton)
        dialog = window.show_about()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda dialog=dialog: dialog.isAncestorOf(QApplication.focusWidget()))
        with qtbot.waitSignal(dialog.rejected):
            press(qtbot, window, Qt.Key.Key_Escape)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
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


# -- at start --------------------------------------------------------------------------------


def test_start_asks_for_the_passphrase_until_it_is_right_or_the_person_quits(qtbot, guides, data_dir):
    from app.ui.passphrase import unlock

    window, _vault = no_keyring_window(qtbot, guides, data_dir)
    answer_next_dialog(PASSPHRASE, PASSPHRASE)
    card(window, "operator").checkbox.click()

    vault = Vault.open(data_dir, Keychain(fail.Keyring()))
    refused: list[str] = []

    def wrong_then_right() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, wrong_then_right)
            return
        dialog.first.setText("not it at all")
        dialog.ok_button.click()
        refused.append(dialog.error.plain_text())
        dialog.first.setText(PASSPHRASE)
        dialog.ok_button.click()

    QTimer.singleShot(0, wrong_then_right)
    assert unlock(vault) and refused and refused[0] and not vault.needs_passphrase

    locked = Vault.open(data_dir, Keychain(fail.Keyring()))
    answer_next_dialog(ok=False)  # "Quit"
    assert not unlock(locked) and locked.needs_passphrase


@pytest.mark.parametrize(
    ("problem", "moved_aside"), [("key wiped from the keyring", True), ("keyring unavailable", False)]
)
def test_a_key_problem_is_explained_in_the_persons_language(
    make_window, qtbot, guides, data_dir, memory_keychain, problem, moved_aside
):
    from app.content.khmer import has_khmer

    card(make_window(), "operator").checkbox.click()
    before = (data_dir / PROGRESS_FILE).read_bytes()
    if moved_aside:
        memory_keychain.backend.entries.clear()
    else:
        memory_keychain._system = False  # as if the keyring service were gone

    window = window_on(qtbot, Session.open(guides, data_dir), language="km")
    report = window.session.progress_report
    banner = window.banners["progress"]
    assert has_khmer(banner.text()) and not card(window, "operator").is_done
    if moved_aside:  # the key is gone for good: the file is kept aside, a new key takes over
        assert report.status.value == "key-missing" and report.quarantined_to.read_bytes() == before
        assert str(report.quarantined_to) in banner.text()
    else:  # it may come back: the file stays where it is, untouched, and nothing is saved
        assert report.status.value == "locked" and not report.can_save
        card(window, "install-signal").checkbox.click()
        assert (data_dir / PROGRESS_FILE).read_bytes() == before


def test_a_store_opened_later_is_encrypted_with_the_same_key(make_window, data_dir):
    from app.store import ProgressStore

    window = make_window()
    later, report = ProgressStore.open(backend=window.session.storage("later.json"))
    later.set_done("testguide", "operator", True, 1)
    blob = (data_dir / "later.json").read_bytes()
    assert report.ok and b"operator" not in blob
    assert sealed.read_header(blob).ref.key_id in window.session.vault.key_ids()


def test_a_forgotten_passphrase_can_start_again_keeping_the_old_progress_aside(qtbot, guides, data_dir):
    from app.ui.passphrase import unlock

    window, _vault = no_keyring_window(qtbot, guides, data_dir)
    answer_next_dialog(PASSPHRASE, PASSPHRASE)
    card(window, "operator").checkbox.click()
    window.close()
    before = (data_dir / PROGRESS_FILE).read_bytes()

    vault = Vault.open(data_dir, Keychain(fail.Keyring()), scrypt=FAST)

    def start_again() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, start_again)
            return
        dialog.start_over_button.click()

    QTimer.singleShot(0, start_again)
    assert unlock(vault) and not vault.needs_passphrase
    kept = [p for p in data_dir.iterdir() if p.name.startswith("progress.json.corrupt-")]
    assert [p.read_bytes() for p in kept] == [before]  # still encrypted, in case it comes back to mind
    again = window_on(qtbot, Session.open(guides, data_dir, vault))
    vault.ask_new_passphrase = lambda: "a brand new passphrase"
    assert not card(again, "operator").is_done
    card(again, "install-signal").checkbox.click()
    assert card(again, "install-signal").is_done and (data_dir / PROGRESS_FILE).read_bytes() != before
