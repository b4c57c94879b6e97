"""Print a handout from the window: choose the guide, one language or two side by side, the paper.

The same PDF as `karpear export`. Writing takes well under a second for our
guides, so it runs on the spot; a file that cannot be written keeps the dialog
open with the reason, and nothing the trainer chose is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QWidget

from app.content import ContentLibrary
from app.ui.handout import PAGE_SIZES, export_handout
from app.ui.i18n import arg, number, translate
from app.ui.messages import Dialog


class HandoutDialog(Dialog):
    saved = Signal(str, int)  # the file, its number of pages

    def __init__(
        self,
        library: ContentLibrary,
        guide_id: str,
        language: str,
        language_name: Callable[[str], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent, translate("Handout", "Print a handout"), translate("Handout", "Print a handout"))
        self.library = library
        self._language_name = language_name
        self.add_text(
            translate(
                "Handout",
                "A PDF to print for a group: every step with a box to tick with a pen, "
                "and the official links as text and as QR codes.",
            )
        )
        self.guide_combo = QComboBox(self)
        for guide in library.guides(language):
            self.guide_combo.addItem(guide.title.value, guide.id)
        self.guide_combo.setCurrentIndex(max(0, self.guide_combo.findData(guide_id)))
        self.language_combo = QComboBox(self)
        for code in library.languages:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.second_combo = QComboBox(self)
        self._fill_second_languages()
        self.language_combo.currentIndexChanged.connect(self._fill_second_languages)
        self.paper_combo = QComboBox(self)
        for page in PAGE_SIZES:
            self.paper_combo.addItem(page.upper() if page == "a4" else translate("Handout", "Letter"), page)
        form = QFormLayout()
        form.addRow(translate("Handout", "Guide"), self.guide_combo)
        form.addRow(translate("Handout", "Language"), self.language_combo)
        form.addRow(translate("Handout", "Side by side with"), self.second_combo)
        form.addRow(translate("Handout", "Paper"), self.paper_combo)
        self.body.addLayout(form)
        self.problem = self.add_text("", name="Muted")
        self.problem.hide()
        self.add_button(translate("Dialog", "Cancel"))
        self.add_button(translate("Handout", "Save as PDF…"), self.ask_path, name="Primary", default=True)

    def _fill_second_languages(self) -> None:
        chosen = self.second_combo.currentData()
        self.second_combo.clear()
        self.second_combo.addItem(translate("Handout", "Nothing (one language)"), None)
        for code in self.library.languages:
            if code != self.language_combo.currentData():
                self.second_combo.addItem(self._language_name(code), code)
        self.second_combo.setCurrentIndex(max(0, self.second_combo.findData(chosen)))

    @property
    def languages(self) -> list[str]:
        second = self.second_combo.currentData()
        return [self.language_combo.currentData(), *([second] if second else [])]

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"karpear-{self.guide_combo.currentData()}-{'-'.join(self.languages)}.pdf"
        return Path(folder or Path.home()) / name

    def ask_path(self) -> QFileDialog:
        dialog = QFileDialog(self, translate("Handout", "Save the handout"), str(self.suggested_path()), "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen)))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def save_to(self, path: Path) -> bool:
        """Write the handout; on failure say why here and stay open."""
        try:
            pages = export_handout(
                self.library, self.guide_combo.currentData(), self.languages, path, self.paper_combo.currentData()
            )
        except OSError as error:
            reason = error.strerror or str(error)
            self.problem.set_text(
                arg(translate("Handout", "The handout could not be saved to %1: %2"), str(path), reason)
            )
            self.problem.show()
            self.fit_to_content()
            return False
        self.saved.emit(str(path), pages)
        self.accept()
        return True


def saved_message(path: str, pages: int) -> str:
    return arg(translate("Handout", "Handout saved: %1 (%2 pages)."), path, number(pages))
