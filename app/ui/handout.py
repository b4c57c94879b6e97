"""Printed handouts: a guide as a PDF, in one language or two side by side.

Qt lays the text out (HarfBuzz shapes Khmer, the bundled Noto Sans Khmer is
embedded as a subset) and `QPdfWriter` writes it; app/pdf_text.py then adds
what each shaped run of glyphs means, so the text copies and searches as printed.
Each step gets an empty box to tick with a pen, its body, and the official links
of its tools for the platforms the step applies to, as text and as QR codes.
A handout's labels are in the handout's language, whatever the window shows.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextOption,
    QTextTable,
    QTextTableFormat,
)

from app.content import ContentLibrary, Guide, OfferedLink, Step
from app.pdf_text import TextLayerMismatch, add_actual_text
from app.ui import fonts
from app.ui.i18n import ENGLISH, arg, digits_of, qm_path
from app.ui.qr import qr_image
from app.ui.text import MARKDOWN_FEATURES
from app.ui.text_recorder import TextRecorder

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
BODY_POINTS = 10.5
PDF_RESOLUTION = 300
MARGIN_MM = 15  # most office printers cannot print the outer 5 mm
QR_POINTS = 64  # printed about 2.3 cm wide: big enough for a phone camera at arm's length
QR_PIXELS_PER_MODULE = 4  # the image is scaled to QR_POINTS when printed: enough for a sharp print
QR_COLUMNS = 3
GREY = "#555555"  # secondary text: still 7:1 on white paper
BOX = "\u2610"  # ☐, an empty box to tick with a pen
KEEP_WHOLE = QTextFormat.Property.UserProperty + 1  # marks tables a page break should not cut
MAX_MOVES = 40  # tables moved past a page break per handout (the longest shipped handout moves 6)

Tr = Callable[[str, str], str]

# Marked for lupdate, translated into the handout's language (not the window's) when written.
REVIEWED_ON = QT_TRANSLATE_NOOP("Handout", "Advice reviewed on %1.")
REVIEWED_BY = QT_TRANSLATE_NOOP("Handout", "Translation reviewed by %1.")
DRAFT = QT_TRANSLATE_NOOP("Handout", "Draft translation, not yet reviewed by a native speaker.")
GIVEN_EARLIER = QT_TRANSLATE_NOOP("Handout", "Official links of %1: given earlier.")
LOCAL_GUIDE = QT_TRANSLATE_NOOP(
    "Handout",
    "Not from Karpear: this guide was added on the computer that printed it, "
    "and nobody at Karpear has reviewed its advice.",
)


def translator_for(language: str) -> Tr:
    """`localize(context, text)` in `language`, independent of the language the window shows."""
    if language == ENGLISH:
        return lambda _context, text: text
    translator = QTranslator()
    loaded = translator.load(str(qm_path(language)))
    return lambda context, text: (translator.translate(context, text) or text) if loaded else text


_FINGERPRINT = re.compile(r"(?:[0-9A-Fa-f]{2}:){8,}[0-9A-Fa-f]{2}")


def breakable_fingerprints(text: str) -> str:
    """A colon-separated fingerprint may break after each colon (U+200B, invisible on paper).

    Qt breaks a word too long for its line "anywhere" but measures that line without the list's
    indent, so a fingerprint in a list ran off the page edge: the one text that must be read whole.
    """
    return _FINGERPRINT.sub(lambda match: match.group(0).replace(":", ":\u200b"), text)


class _Writer:
    """Writes one language's column (or the whole page) of a handout through a text cursor."""

    def __init__(self, document: QTextDocument, library: ContentLibrary, guide: Guide, qr_codes: dict[str, str]):
        self.document = document
        self.library = library
        self.guide = guide
        self.localize = translator_for(guide.language)
        self._qr_codes = qr_codes  # address -> image name, shared by every column
        self._shown: set[str] = set()  # addresses this column has shown
        self.families = fonts.ui_font(guide.language, BODY_POINTS).families()

    def _format(self, points: float, *, bold: bool = False, grey: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(self.families)
        fmt.setFontPointSize(points)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if grey:
            fmt.setForeground(QColor(GREY))
        return fmt

    def line(self, cursor: QTextCursor, text: str, points: float = BODY_POINTS, space: float = 2, **style) -> None:
        """A paragraph of plain text, `space` points below the one before."""
        self._block(cursor, space)
        cursor.insertText(text, self._format(points, **style))

    def markdown(self, cursor: QTextCursor, text: str) -> None:
        self._block(cursor, 2)
        cursor.setCharFormat(self._format(BODY_POINTS))
        cursor.insertMarkdown(breakable_fingerprints(text), MARKDOWN_FEATURES)

    @staticmethod
    def _block(cursor: QTextCursor, space: float) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(space)
        if cursor.block().length() > 1 or cursor.block().previous().isValid():
            cursor.insertBlock(block)
        else:  # the first paragraph of the document or of a table cell: no empty line above it
            cursor.setBlockFormat(block)

    def heading(self, cursor: QTextCursor) -> None:
        guide, localize = self.guide, self.localize
        self.line(cursor, str(guide.title), 18, bold=True)
        self.line(cursor, str(guide.summary), space=6)
        date = QDate(guide.reviewed.year, guide.reviewed.month, guide.reviewed.day)
        reviewed = arg(
            localize("Handout", REVIEWED_ON),
            digits_of(guide.language, QLocale(guide.language).toString(date, "d MMMM yyyy")),
        )
        review = guide.review
        if review.is_reviewed and review.by:
            status = arg(localize("Handout", REVIEWED_BY), review.by)
        elif guide.language == ENGLISH:
            status = ""
        else:
            status = localize("Handout", DRAFT)
        self.line(cursor, f"{reviewed} {status}".strip(), 9, grey=True)
        if self.library.is_local(guide.id):  # on paper it looks like Karpear's own: say it is not
            self.line(cursor, localize("Handout", LOCAL_GUIDE), BODY_POINTS, space=4, bold=True)

    def section_title(self, cursor: QTextCursor, title: str) -> None:
        self.line(cursor, title, 14, space=14, bold=True)

    def step(self, cursor: QTextCursor, step: Step) -> None:
        self.step_text(cursor, step)
        self.step_links(cursor, step)

    def step_text(self, cursor: QTextCursor, step: Step) -> None:
        self.line(cursor, f"{BOX}  {step.title}", 12, space=10, bold=True)
        self.markdown(cursor, str(step.body))

    def step_links(self, cursor: QTextCursor, step: Step) -> None:
        """The step's official links not given yet, as QR codes; those given earlier, by name."""
        links = self.library.offered_links(self.guide, step)
        new = [link for link in links if link.url not in self._shown]
        self._shown.update(link.url for link in new)
        if new:
            self._link_grid(cursor, new)
        named_before = sorted({link.tool for link in links if link not in new})
        if named_before:
            text = arg(self.localize("Handout", GIVEN_EARLIER), ", ".join(named_before))
            self.line(cursor, text, 9, grey=True)

    def _link_grid(self, cursor: QTextCursor, links: list[OfferedLink]) -> None:
        """Each address once: its QR code, the tool and platforms, the address as text."""
        from app.ui.labels import platform_name  # noqa: PLC0415

        columns = min(QR_COLUMNS, len(links))
        grid = invisible_table(columns, share=100 / QR_COLUMNS, padding=3)
        grid.setTopMargin(4)
        grid.setProperty(KEEP_WHOLE, True)
        table = cursor.insertTable(-(-len(links) // columns), columns, grid)
        for index, link in enumerate(links):
            cell = table.cellAt(index // columns, index % columns).firstCursorPosition()
            image = QTextImageFormat()
            image.setName(self._qr_name(link.url))
            image.setWidth(QR_POINTS)
            image.setHeight(QR_POINTS)
            cell.insertImage(image)
            where = ", ".join(platform_name(code, localize=self.localize) for code in link.platforms)
            self.line(cell, f"{link.tool}: {where}", 8.5, bold=True)
            self.line(cell, link.url, 8, space=0)
        cursor.setPosition(table.lastPosition() + 1)  # on past the table, also inside a cell

    def _qr_name(self, url: str) -> str:
        if url not in self._qr_codes:
            name = f"karpear-qr:{len(self._qr_codes)}"
            self.document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), qr_image(url, QR_PIXELS_PER_MODULE)
            )
            self._qr_codes[url] = name
        return self._qr_codes[url]


def build_document(library: ContentLibrary, guide_id: str, languages: Sequence[str]) -> QTextDocument:
    """The handout as a text document: one language flowing, or two in a table side by side."""
    fonts.register_khmer_font()
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)  # laid out as printed, not with the screen's hinted widths
    wrapping = document.defaultTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a fingerprint has no spaces
    document.setDefaultTextOption(wrapping)
    qr_codes: dict[str, str] = {}
    writers = [_Writer(document, library, library.guide(guide_id, code), qr_codes) for code in languages]
    cursor = QTextCursor(document)
    if len(writers) == 1:
        _write_flowing(cursor, writers[0])
    else:
        _write_side_by_side(cursor, writers)
    # Khmer stacks marks above and below the line: without the room, a page break cuts a line's
    # subscripts off onto the next sheet.
    spacing = QTextBlockFormat()
    spacing.setLineHeight(
        max(fonts.line_height_percent(code) for code in languages),
        QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
    )
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(spacing)
    return document


def invisible_table(columns: int, *, share: float, padding: float) -> QTextTableFormat:
    """A borderless table as wide as the page, each column `share` percent of it."""
    table = QTextTableFormat()
    table.setBorder(0)
    table.setCellPadding(padding)
    table.setCellSpacing(0)
    table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, share)] * columns)
    return table


def _write_flowing(cursor: QTextCursor, writer: _Writer) -> None:
    writer.heading(cursor)
    for section in writer.guide.sections:
        writer.section_title(cursor, str(section.title))
        if section.intro is not None:
            writer.markdown(cursor, str(section.intro))
        for step in section.steps:
            writer.step(cursor, step)


def _write_side_by_side(cursor: QTextCursor, writers: list[_Writer]) -> None:
    """One row per step (and per section title), one column per language.

    Each row is a table of its own, and a step's QR codes are a row apart from its text: a step
    may be taller than a sheet, its codes never are, so they are kept on one sheet with their
    addresses (keep_whole).
    """
    first = writers[0]
    # (what each column writes, kept whole) per row; a writer finds the section or step by position.
    rows: list[tuple[Callable[[_Writer, QTextCursor], None], bool]] = [(_Writer.heading, False)]
    for i, section in enumerate(first.guide.sections):
        rows.append((lambda w, c, i=i: w.section_title(c, str(w.guide.sections[i].title)), False))
        for s, step in enumerate(section.steps):
            rows.append((lambda w, c, i=i, s=s: w.step_text(c, w.guide.sections[i].steps[s]), False))
            if first.library.offered_links(first.guide, step):  # the same tools in every language
                rows.append((lambda w, c, i=i, s=s: w.step_links(c, w.guide.sections[i].steps[s]), True))
    for write, whole in rows:
        row = invisible_table(len(writers), share=100 / len(writers), padding=4)
        row.setProperty(KEEP_WHOLE, whole)
        table = cursor.insertTable(1, len(writers), row)
        for column, writer in enumerate(writers):
            write(writer, table.cellAt(0, column).firstCursorPosition())
        cursor.setPosition(table.lastPosition() + 1)


def keep_whole(document: QTextDocument) -> int:
    """A table marked KEEP_WHOLE that a page break would cut starts on the next page instead.

    These are the grids of QR codes (cut, a code lands on one sheet and its address on the
    next) and, in two languages, the rows that hold them. A table taller than a page is cut anyway.
    Only tables at the top level: inside a table cell Qt honours no page break. Returns how many
    moved: each move has Qt lay out everything after it again, so after MAX_MOVES the rest is
    left where it falls, and a handout of hundreds of pages still takes time in proportion.
    """
    layout, page_height = document.documentLayout(), document.pageSize().height()
    moved = 0
    for frame in document.rootFrame().childFrames():  # in document order: moving one moves the rest
        if moved == MAX_MOVES:
            break
        if not (isinstance(frame, QTextTable) and frame.format().property(KEEP_WHOLE)):
            continue
        box = layout.frameBoundingRect(frame)  # laid out again up to here after a table before it moved
        cut = int(box.top() // page_height) != int((box.bottom() - 1) // page_height)
        if cut and box.height() < page_height:
            table = frame.format()
            table.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(table)
            moved += 1
    return moved


def write_pdf(document: QTextDocument, path: Path, page: str = "a4", title: str = "") -> int:
    """Print `document` to a PDF at `path`; the number of pages written."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Karpear")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*[MARGIN_MM] * 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(PDF_RESOLUTION)
    page_size = writer.pageLayout().paintRectPoints().size().toSizeF()
    document.setPageSize(page_size)  # paginates: one document page per sheet, as print_() would
    keep_whole(document)
    scale = writer.width() / page_size.width()
    recorder = TextRecorder(writer)
    _paint_pages(document, QPainter(writer), scale, lambda index: index and writer.newPage())
    _paint_pages(document, QPainter(recorder), scale, lambda _index: recorder.new_page())
    buffer.close()
    path.write_bytes(_with_text_layer(bytes(buffer.data()), recorder.pages))
    return document.pageCount()


def _with_text_layer(pdf: bytes, page_texts: list[list[str]]) -> bytes:
    """Say what each shaped run means, so Khmer copies, searches and reads aloud as printed."""
    try:
        return add_actual_text(pdf, page_texts)
    except TextLayerMismatch as error:
        # A Qt that writes text differently: the handout still prints right; only copying suffers.
        print(f"karpear: the PDF's text layer is left as Qt wrote it ({error})", file=sys.stderr)
        return pdf


def _paint_pages(document: QTextDocument, painter: QPainter, scale: float, start_page: Callable[[int], object]) -> None:
    # Our own painter rather than QTextDocument.print_(): only a painter we hold can ask for
    # lossless images, so the QR codes go into the PDF sharp instead of as JPEG.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    painter.scale(scale, scale)
    page_size = document.pageSize()
    for index in range(document.pageCount()):
        start_page(index)
        painter.save()
        painter.setClipRect(QRectF(QPointF(0, 0), page_size))  # a row split over two sheets is drawn on both
        painter.translate(0, -index * page_size.height())
        document.drawContents(painter, QRectF(QPointF(0, index * page_size.height()), page_size))
        painter.restore()
    painter.end()


def export_handout(library: ContentLibrary, guide_id: str, languages: Sequence[str], path: Path, page: str) -> int:
    document = build_document(library, guide_id, languages)
    title = " / ".join(str(library.guide(guide_id, code).title) for code in languages)
    return write_pdf(document, path, page, title)
