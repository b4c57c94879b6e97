"""Khmer text wraps at word boundaries (U+200B) in narrow cards, with extra line height."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QTextBlockFormat
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.content import load_library
from app.ui import fonts
from app.ui.link_gate import LinkGate
from app.ui.main import create_application
from app.ui.step_card import StepCard
from app.ui.text import WrapLabel, set_line_height

from .sample_guides import KHMER_PARAGRAPH, Z

NARROW, WIDE = 320, 1400


@pytest.fixture
def khmer_card(qtbot, guides):
    """The step whose body is a long Khmer paragraph, alone in a narrow window."""
    app = create_application()
    app.setFont(fonts.ui_font("km", 12))
    set_line_height(fonts.line_height_percent("km"))
    library = load_library(guides)
    guide = library.guide("testguide", "km")
    step = next(s for s in guide.steps if s.id == "operator")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    card = StepCard(
        guide,
        step,
        library.catalogue("km"),
        None,
        LinkGate(library, window),
        done=False,
        needs_review=False,
        parent=window,
    )
    layout.addWidget(card)
    layout.addStretch(1)  # the card keeps the height its content needs; the rest is empty
    window.resize(NARROW, 1600)
    window.show()
    qtbot.waitExposed(window)
    yield window, card
    set_line_height(fonts.line_height_percent("en"))


def _settled(qtbot, window, card, width: int) -> int:
    window.resize(width, 1600)
    qtbot.waitUntil(lambda: window.width() == width and card.body.width() > 0)
    qtbot.waitUntil(lambda: card.body.height() == card.body.heightForWidth(card.body.width()))
    return card.body.height()


def test_long_khmer_paragraph_wraps_in_a_narrow_card(qtbot, khmer_card):
    window, card = khmer_card
    body = card.body
    assert body.document().toPlainText().startswith(KHMER_PARAGRAPH[:20])
    wide = _settled(qtbot, window, card, WIDE)
    narrow = _settled(qtbot, window, card, NARROW)
    assert narrow > 2 * wide  # it wrapped onto more lines: the card grew
    doc = body.document()
    lines = sum(doc.findBlockByNumber(i).layout().lineCount() for i in range(doc.blockCount()))
    assert lines >= 4
    # Nothing clipped: the text is no wider than the view, and the view is as tall as the text.
    assert doc.idealWidth() <= body.viewport().width()
    assert body.height() >= doc.size().height()
    assert body.geometry().right() <= card.contentsRect().right()


def test_khmer_text_gets_extra_line_height(khmer_card):
    _window, card = khmer_card
    block = card.body.document().begin().blockFormat()
    assert block.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert block.lineHeight() == fonts.line_height_percent("km") > fonts.line_height_percent("en")


def test_label_wraps_khmer_only_at_word_boundaries(qtbot):
    create_application()
    segmented = WrapLabel(KHMER_PARAGRAPH)
    unbroken = WrapLabel(KHMER_PARAGRAPH.replace(Z, ""))
    qtbot.addWidget(segmented)
    qtbot.addWidget(unbroken)
    # With U+200B the longest unbreakable piece is one word: it fits a narrow card...
    assert segmented.minimumSizeHint().width() < NARROW
    assert segmented.heightForWidth(NARROW) > 3 * QFontMetrics(segmented.font()).height()
    # ...without it Qt finds few break points, and the label would need a much wider card.
    assert unbroken.minimumSizeHint().width() > segmented.minimumSizeHint().width()


def test_step_title_wraps_in_a_narrow_card(qtbot, khmer_card):
    window, card = khmer_card
    card.title.set_text(KHMER_PARAGRAPH)
    _settled(qtbot, window, card, NARROW)
    assert card.title.heightForWidth(card.title.width()) > card.title.heightForWidth(WIDE)
    assert card.title.minimumSizeHint().width() <= card.title.width()


def test_khmer_font_is_registered():
    create_application()
    assert fonts.register_khmer_font()
    from PySide6.QtGui import QFontDatabase

    assert fonts.KHMER_FAMILY in QFontDatabase.families()
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Khmer)
