"""Asking for the passphrase that protects the data when the computer has no system keyring.

Two dialogs: choose a new passphrase (typed twice), or type the one that unlocks the
saved data. A wrong passphrase is refused and nothing changes on disk; the person can
try again or quit. Both can be shown before the main window exists (at start).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.store import Vault
from app.store.vault import MIN_PASSPHRASE_CHARS
from app.ui.i18n import arg, translate
from app.ui.messages import Dialog
from app.ui.text import WrapLabel


class PassphraseDialog(Dialog):
    """`create`: choose one (typed twice). Otherwise: type it; `check` says whether it is right."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        create: bool,
        check: Callable[[str], bool] | None = None,
        start_over: Callable[[], None] | None = None,
    ) -> None:
        if create:
            super().__init__(
                parent, translate("Passphrase", "Protect your data"), translate("Passphrase", "Choose a passphrase")
            )
            self.add_text(
                translate(
                    "Passphrase",
                    "This computer has no system keyring to keep Karpear's key, so your progress will be encrypted "
                    "with a passphrase you choose. You will type it each time Karpear starts. If you forget it, "
                    "your saved progress cannot be recovered.",
                )
            )
        else:
            super().__init__(
                parent, translate("Passphrase", "Unlock your data"), translate("Passphrase", "Type your passphrase")
            )
            self.add_text(translate("Passphrase", "Your progress on this computer is encrypted with your passphrase."))
            self.add_text(
                translate(
                    "Passphrase",
                    "If you forgot it, you can start again: your old progress is kept aside, still encrypted, "
                    "and Karpear starts with an empty checklist.",
                )
            )
        self._create = create
        self._check = check
        self.passphrase: str | None = None
        self.first = self._field(translate("Passphrase", "Passphrase:"))
        self.second = self._field(translate("Passphrase", "Type it again:")) if create else None
        self.error = WrapLabel("", self, name="Error")
        self.error.hide()
        self.add_widget(self.error)
        self.started_over = False
        if start_over is not None:
            self.start_over_button = self.add_button(
                translate("Passphrase", "Forgot it? Start again"), lambda: self._start_over(start_over), leading=True
            )
        cancel = translate("Passphrase", "Cancel") if create else translate("Passphrase", "Quit")
        self.add_button(cancel)
        ok = translate("Passphrase", "Protect my data") if create else translate("Passphrase", "Unlock")
        self.ok_button = self.add_button(ok, self._submit, name="Primary", default=True)

    def _field(self, label_text: str) -> QLineEdit:
        label = QLabel(label_text, self)
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(label_text)
        label.setBuddy(field)
        field.returnPressed.connect(self._submit)
        self.add_widget(label)
        self.add_widget(field)
        return field

    def _refuse(self, text: str) -> None:
        self.error.set_text(text)
        self.error.show()
        self.first.setFocus()
        self.first.selectAll()

    def _start_over(self, start_over: Callable[[], None]) -> None:
        try:
            start_over()
        except OSError:
            return self._refuse(
                translate(
                    "Passphrase", "Your old progress could not be moved aside, so Karpear cannot start again here."
                )
            )
        self.started_over = True
        self.accept()
        return None

    def _submit(self) -> None:
        text = self.first.text()
        if self._create:
            if len(text) < MIN_PASSPHRASE_CHARS:
                return self._refuse(
                    arg(translate("Passphrase", "The passphrase needs at least %1 characters."), MIN_PASSPHRASE_CHARS)
                )
            if text != self.second.text():
                return self._refuse(translate("Passphrase", "The two passphrases are not the same."))
        elif self._check is not None:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QCursor

            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:
                right = self._check(text)  # derives the key: a fraction of a second, on purpose
            finally:
                QApplication.restoreOverrideCursor()
            if not right:
                return self._refuse(
                    translate("Passphrase", "This is not the right passphrase. Nothing was changed; try again.")
                )
        self.passphrase = text
        self.accept()
        return None


def _ensure_application() -> None:
    """Before the main window exists: the application, in the system's language."""
    if QApplication.instance() is not None:
        return  # the window's: it has its language already
    from app.resources import is_frozen
    from app.ui.i18n import Translations, system_language, ui_languages
    from app.ui.main import create_application

    create_application()
    if not is_frozen():
        from app.ui.i18n_build import ensure_compiled

        ensure_compiled()
    Translations.shared().switch(system_language(ui_languages()))


def _run(dialog: PassphraseDialog) -> tuple[bool, str | None]:
    """Show it until it closes: (accepted, the passphrase typed)."""
    result: list[str | None] = []
    dialog.accepted.connect(lambda: result.append(dialog.passphrase))  # read before it deletes itself
    dialog.exec()
    return bool(result), (result[0] if result else None)


def ask_new_passphrase(parent: QWidget | None = None) -> str | None:
    """The passphrase the person chose, or None if they cancelled."""
    _ensure_application()
    return _run(PassphraseDialog(parent or QApplication.activeWindow(), create=True))[1]


def unlock(vault: Vault) -> bool:
    """Ask until the passphrase opens the vault, or the person starts again; False if they quit."""
    _ensure_application()
    dialog = PassphraseDialog(None, create=False, check=vault.unlock, start_over=vault.set_aside_locked)
    return _run(dialog)[0]
