"""Quick exit: Ctrl+Shift+Q, or Esc three times in a row, closes Karpear at once.

For a person who must hide what is on screen now (someone walks in, a checkpoint):
no question, no dialog. Nothing is lost, since every tick and setting is saved when made.
Watched by an application-wide event filter, so it works in dialogs too.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

ESC_PRESSES = 3
ESC_WITHIN_SECONDS = 2.0  # three presses spread wider than this are ordinary uses of Esc


class QuickExit(QObject):
    triggered = Signal()

    @classmethod
    def install(cls, app: QCoreApplication) -> QuickExit:
        """The application's one quick exit (made on first call)."""
        return app.findChild(cls) or cls(app)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._esc_times: list[float] = []
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonPress:
            # "In a row": a click between two presses (opening the next dialog, say) starts over,
            # so closing three dialogs one after another with Esc is not a quick exit.
            self._esc_times.clear()
            return False
        if event.type() != QEvent.Type.KeyPress or not _first_receiver(watched):
            return False
        from PySide6.QtCore import Qt  # noqa: PLC0415 - only once a key is pressed (see properties.py)

        key, mods = event.key(), event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Q and (mods & ~Qt.KeyboardModifier.KeypadModifier) == ctrl_shift:
            self.leave_now()
            return True
        if key != Qt.Key.Key_Escape or event.isAutoRepeat():
            self._esc_times.clear()
            return False
        now = time.monotonic()
        self._esc_times = [t for t in self._esc_times if now - t <= ESC_WITHIN_SECONDS] + [now]
        if len(self._esc_times) >= ESC_PRESSES:
            self.leave_now()
            return True
        return False

    def leave_now(self) -> None:
        self._esc_times.clear()
        for window in QApplication.topLevelWidgets():
            window.hide()  # off the screen first, before anything else runs
        self.triggered.emit()
        QCoreApplication.exit(0)  # leaves every event loop, dialogs' included


def _first_receiver(watched: QObject) -> bool:
    # A key event not taken by a widget is sent again to its parent: count it once, where it starts.
    focus = QApplication.focusWidget()
    if focus is not None:
        return watched is focus
    return isinstance(watched, QWidget) and watched.isWindow()  # no focus anywhere: the window gets it
