"""A trainer prints a handout from the window: guide, one or two languages, paper, where to save."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.content import load_library

from .test_handout import pdf_text, words

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils (pdfinfo, pdftotext)")

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "guides"
LIBRARY = load_library(SHIPPED)


def open_dialog(make_window, language: str = "km"):
    window = make_window(language=language, guide="accounts", root=SHIPPED)
    next(a for a in window.menuBar().actions()[0].menu().actions() if a.shortcut().toString() == "Ctrl+P").trigger()
    dialog = window.handout_dialog
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def test_ctrl_p_prints_the_current_guide_in_two_languages_on_letter(make_window, qtbot, tmp_path: Path) -> None:
    window, dialog = open_dialog(make_window)
    # It starts from what the window shows: this guide, in this language, alone.
    assert (dialog.guide_combo.currentData(), dialog.languages) == ("accounts", ["km"])
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("fr"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    assert dialog.suggested_path().name == "karpear-accounts-km-fr.pdf"
    pdf = tmp_path / "handout.pdf"
    with qtbot.waitSignal(dialog.finished):  # the dialog closes (and goes) once the file is written
        assert dialog.save_to(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)[1]
    # Letter is 612 points wide: read each column on its own.
    for code, left in (("km", "0"), ("fr", "306")):
        column = words(pdf_text(pdf, "-x", left, "-y", "0", "-W", "306", "-H", "792"))
        assert words(str(LIBRARY.guide("accounts", code).title)) in column
    # The window says where it went, in the person's language and digits.
    shown = window.banners["handout"].text()
    assert str(pdf) in shown and pages.translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")) in shown


def test_the_second_language_is_never_the_first(make_window) -> None:
    _window, dialog = open_dialog(make_window, language="en")
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("km"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("km"))
    offered = [dialog.second_combo.itemData(i) for i in range(dialog.second_combo.count())]
    assert offered == [None, "en", "fr"] and dialog.languages == ["km"]


def test_a_folder_that_cannot_be_written_keeps_the_dialog_open_with_the_reason(make_window, tmp_path: Path) -> None:
    window, dialog = open_dialog(make_window, language="en")
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("fr"))
    target = tmp_path / "no such folder" / "handout.pdf"
    assert not dialog.save_to(target)
    assert dialog.isVisible() and dialog.languages == ["en", "fr"]  # nothing chosen is lost
    assert dialog.problem.isVisible()
    assert f"The handout could not be saved to {target}: No such file or directory" == dialog.problem.plain_text()
    assert "handout" not in window.banners
