"""Dialogs and in-window banners whose every word comes from our translations.

Qt ships no Khmer translation, so QMessageBox's stock buttons would stay in
English: these build their own buttons from translated texts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see properties.py
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.i18n import translate
from app.ui.text import WrapLabel

W = TypeVar("W", bound=QWidget)


class Dialog(QDialog):
    """A heading, a body, and a row of buttons; it deletes itself when closed."""

    def __init__(self, parent: QWidget | None, title: str, heading: str | None = None):
        super().__init__(parent)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setWindowFlag(QtCore.Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        outer = QVBoxLayout(self)
        # Qt would derive the minimum height from the narrowest width, far too tall with
        # wrapped text: showEvent sizes the dialog to its content instead.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(16)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(10)
        self._buttons.addStretch(1)
        outer.addLayout(self._buttons)
        if heading:
            self.heading = self.add_text(heading, name="DialogTitle")
        self._sized = False
        self._default_button: QPushButton | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._default_button is not None:
            self._default_button.setFocus()  # Enter and Space both act on what is highlighted
        if not self._sized:
            self._sized = True
            self.fit_to_content()

    def fit_to_content(self) -> None:
        """A readable width, then exactly the height the content needs at it (again after content changed)."""
        screen = self.screen().availableGeometry()
        width = min(max(self.minimumWidth(), self.fontMetrics().averageCharWidth() * 78), screen.width() - 40)
        height = min(self.layout().totalHeightForWidth(width), screen.height() - 40)
        self.setMinimumHeight(height)
        self.resize(width, height)

    def add_text(self, text: str, *, name: str | None = None) -> WrapLabel:
        return self.add_widget(WrapLabel(text, self, name=name))

    def add_widget(self, widget: W) -> W:
        self.body.addWidget(widget)
        return self._shown_now(widget)

    def _shown_now(self, widget: W) -> W:
        """Added to a dialog already open, a widget shows at once: Qt would show it on the next turn,
        after fit_to_content had measured the dialog without it (a verdict squeezed into the progress
        view's height)."""
        if self.isVisible():
            widget.show()
        return widget

    def add_button(
        self,
        text: str,
        on_click: Callable[[], None] | None = None,
        *,
        name: str | None = None,
        default: bool = False,
        leading: bool = False,
    ) -> QPushButton:
        """A button; `on_click` defaults to closing the dialog as rejected (a "Cancel")."""
        button = QPushButton(text, self)
        if name:
            button.setObjectName(name)
        button.setAutoDefault(default)
        button.setDefault(default)
        if default:
            self._default_button = button
        action = on_click or self.reject
        button.clicked.connect(lambda _checked=False: action())
        if leading:  # actions that do not close the dialog sit apart, on the left
            self._buttons.insertWidget(0, button)
        else:
            self._buttons.addWidget(button)
        return self._shown_now(button)


def confirm(
    parent: QWidget,
    *,
    title: str,
    heading: str,
    text: str,
    confirm_text: str,
    on_confirm: Callable[[], None],
    dangerous: bool = False,
) -> Dialog:
    """Ask before doing something; the safe choice (Cancel) is the default when `dangerous`."""
    dialog = Dialog(parent, title, heading)
    dialog.add_text(text)
    dialog.add_button(translate("Dialog", "Cancel"), default=dangerous)
    dialog.add_button(confirm_text, dialog.accept, name="Danger" if dangerous else "Primary", default=not dangerous)
    dialog.accepted.connect(on_confirm)
    dialog.open()
    return dialog


class Banner(QFrame):
    """A coloured message strip inside the window; the tone is also said in words by the text."""

    def __init__(self, tone: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("tone", tone)  # selected on by the style sheet
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(10)
        self.label = WrapLabel(text, self)
        layout.addWidget(self.label, 1)
        self._layout = layout
        self.setAccessibleName(text)

    def add_button(self, text: str, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: on_click())
        self._layout.addWidget(button)  # a button keeps its height: centred beside the text
        return button

    def text(self) -> str:
        return self.label.plain_text()
