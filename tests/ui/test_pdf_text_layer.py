"""The PDF's text layer reads as the characters printed: shaped Khmer, synthetic bold, split rows."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextDocument

from app.pdf_text import TextLayerMismatch, add_actual_text
from app.ui import fonts
from app.ui.handout import write_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")

# A consonant with a subscript (ស្ដ), a vowel drawn before its consonant (េ in ហេតុ), a ligature-heavy word.
KHMER = "ហេតុ​អ្វី​ការហៅទូរស័ព្ទ ស្ដាប់"


def read_back(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert result.stderr == ""  # poppler complains about a broken cross-reference table
    return result.stdout


def khmer_document(paragraphs: int) -> QTextDocument:
    """Numbered paragraphs in one table row, which splits over sheets as the handout's rows do."""
    fonts.register_khmer_font()
    document = QTextDocument()
    document.setDefaultFont(QFont(fonts.KHMER_FAMILY, 12))
    # Bold Khmer is synthesized (Qt paints it twice and hides the copy in a span of its own).
    lines = "".join(f"<p>{index}: <b>{KHMER}</b> {KHMER}</p>" for index in range(paragraphs))
    document.setHtml(f"<table><tr><td>{lines}</td></tr></table>")
    return document


def test_shaped_khmer_reads_back_as_typed(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "khmer.pdf"
    write_pdf(khmer_document(1), pdf)
    assert read_back(pdf).split() == ["0:", *KHMER.split(), *KHMER.split()]


def test_every_page_reads_in_order_once(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    pages = write_pdf(khmer_document(120), pdf)
    assert pages > 2
    text = read_back(pdf)
    numbers = [line.split(":")[0].strip() for line in text.split("\n") if ":" in line]
    assert numbers == [str(n) for n in range(120)]
    assert text.count(KHMER.split()[0]) == 2 * 120  # bold and regular, each read once


def test_texts_that_do_not_line_up_change_nothing(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "khmer.pdf"
    write_pdf(khmer_document(1), pdf)
    written = pdf.read_bytes()
    with pytest.raises(TextLayerMismatch, match="text objects on a page"):
        add_actual_text(written, [["one text too few"]])
    with pytest.raises(TextLayerMismatch, match="pages"):
        add_actual_text(written, [])
    with pytest.raises(TextLayerMismatch):
        add_actual_text(b"%PDF-1.4\nnot really\n", [[]])
