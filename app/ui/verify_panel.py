""" "Check an installer": the file is checked in a worker thread, then the verdict and what to do next.

The window stays responsive however large the file: hashing runs in a `QThread`, reports
its progress by queued signals, and stops within one block when the person cancels.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from app.content import Tool
from app.ui.i18n import arg, translate
from app.ui.messages import Dialog
from app.ui.properties import set_properties
from app.ui.verify_texts import describe
from app.verify import Cancelled, Report, Verdict, check_file

_PROGRESS_STEPS = 1000
TONES = {
    Verdict.GENUINE: "success",
    Verdict.NOT_GENUINE: "danger",
    Verdict.UNKNOWN: "warning",
    Verdict.UNREADABLE: "warning",
}


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file a drag carries, else None (several files, a web link, text)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class VerifyWorker(QThread):
    """Runs `check_file` off the interface thread."""

    progressed = Signal(int)  # 0.._PROGRESS_STEPS
    checked = Signal(object)  # the Report
    cancelled = Signal()

    def __init__(self, path: Path, tools: Sequence[Tool], tool_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._path, self._tools, self._tool_id = path, tuple(tools), tool_id
        self._stop = threading.Event()
        self._last_step = -1

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            report = check_file(
                self._path, self._tools, tool_id=self._tool_id, progress=self._progress, cancelled=self._stop.is_set
            )
        except Cancelled:
            self.cancelled.emit()
            return
        self.checked.emit(report)

    def _progress(self, done: int, total: int) -> None:
        step = done * _PROGRESS_STEPS // total if total else _PROGRESS_STEPS
        if step != self._last_step:  # a signal per visible step, not per block
            self._last_step = step
            self.progressed.emit(step)


class VerifyPanel(Dialog):
    """Progress while checking, then the verdict in the person's language and the facts behind it."""

    def __init__(self, parent: QWidget, path: Path, tools: Sequence[Tool], tool_id: str | None = None):
        title = translate("VerifyPanel", "Check an installer")
        super().__init__(parent, title, arg(translate("VerifyPanel", "Checking %1…"), path.name))
        self.report: Report | None = None
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, _PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(arg(translate("VerifyPanel", "Checking %1…"), path.name))
        self.add_widget(self.progress_bar)
        self.cancel_button = self.add_button(translate("Dialog", "Cancel"), self.reject)
        self.worker = VerifyWorker(path, tools, tool_id, self)
        self.worker.progressed.connect(self._show_progress)
        self.worker.checked.connect(self._show_report)
        self.worker.cancelled.connect(self.reject)
        self.worker.start()
        self.check_another_button = None

    def done(self, result: int) -> None:
        # However the panel closes (Cancel, Escape, Close), the worker stops and is joined first.
        self.worker.cancel()
        self.worker.wait()
        super().done(result)

    def _show_progress(self, step: int) -> None:
        self.progress_bar.setValue(step)
        if step == _PROGRESS_STEPS:
            self.progress_bar.setRange(0, 0)  # read; signatures are being checked: busy, no fraction

    def _show_report(self, report: Report) -> None:
        self.report = report
        text = describe(report)
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.heading.set_text(text.heading)
        self.heading.setProperty("tone", TONES[report.verdict])  # for the style sheet; the words say it too
        self.explanation = self.add_text(text.explanation)
        self.next_step = self.add_text(text.next_step)
        self.fact_labels = []
        for label, value in text.facts:
            fact = self.add_text(f"{label}\n{value}", name="Muted")
            # Selectable, to copy the checksum; Qt's own context menu is not translated.
            set_properties(fact, textInteractionFlags="TextSelectableByMouse|TextSelectableByKeyboard")
            self.fact_labels.append(fact)
        self.check_another_button = self.add_button(
            translate("VerifyPanel", "Check another file…"), self._check_another, leading=True
        )
        self.close_button = self.add_button(translate("MainWindow", "Close"), self.accept, name="Primary", default=True)
        self.close_button.setFocus()
        self.setMinimumHeight(0)  # the verdict may need less height than the progress view, or more
        self.fit_to_content()

    def _check_another(self) -> None:
        window = self.parent()
        self.accept()
        window.check_installer()
