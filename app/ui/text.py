"""Text widgets that wrap Khmer at word boundaries and give it room to breathe.

Qt breaks Khmer lines only at U+200B, which the content carries between words.
`WrapLabel` renders plain text as rich text only to add line height (Khmer
stacks marks above and below); `MarkdownView` renders a guide's Markdown
without raw HTML, loads no resource at all, and hands links to the caller
instead of opening them.

No resource at all: QTextBrowser.loadResource is only asked first. A plain
QTextDocument then reads `file:` and relative paths itself, and Qt's image
handler opens the image's name as a file when nothing was loaded: an image of
a FIFO blocks for ever, one of /dev/zero reads until memory runs out. So every
text view uses a document that loads nothing, and a Markdown text is rendered
into a document without a layout (nothing is measured, so nothing is loaded),
its images removed, before any view lays it out.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextBrowser, QWidget

from app.content.model import LocalizedText
from app.ui.flow_layout import FlowLayout
from app.ui.i18n import translate
from app.ui.properties import set_properties

MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownNoHTML | QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_line_height = 115


def set_line_height(percent: int) -> None:
    """Line height for text widgets created or re-texted from now on (per UI language)."""
    global _line_height
    _line_height = percent


def _escape(text: str) -> str:
    # The html module would cost start-up time for three replacements.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WrapLabel(QLabel):
    """A word-wrapped, non-interactive label whose plain text is shown as written."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str | None = None):
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        # No context menu: Qt's menu is not translated.
        set_properties(
            self, textFormat="RichText", textInteractionFlags="NoTextInteraction", contextMenuPolicy="NoContextMenu"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._plain = ""
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._plain = text
        body = _escape(text).replace("\n", "<br>")
        self.setText(f'<div style="line-height:{_line_height}%">{body}</div>')

    def plain_text(self) -> str:
        return self._plain


class ResourcelessDocument(QTextDocument):
    """A text document that never loads an image or any other resource, from anywhere."""

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        return None


def _remove_images(doc: QTextDocument) -> None:
    """Take every image out of a document (a copy laid out for measuring would try to load it)."""
    spans = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                spans.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    cursor = QTextCursor(doc)
    for position, length in reversed(spans):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


class FittedTextView(QTextBrowser):
    """Read-only rich text exactly as tall as its content at any width (no scroll bars, menu, resources)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._heights: dict[tuple[int, str], int] = {}
        self._copy: QTextDocument | None = None  # laid out at the widths asked about; see _layout_copy
        self._adopt(ResourcelessDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_properties(
            self,
            horizontalScrollBarPolicy="ScrollBarAlwaysOff",
            verticalScrollBarPolicy="ScrollBarAlwaysOff",
            contextMenuPolicy="NoContextMenu",
            focusPolicy="NoFocus",
            textInteractionFlags="NoTextInteraction",
        )
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _adopt(self, doc: ResourcelessDocument) -> None:
        """Show `doc` (filled before: it is laid out from now on) in place of the current document."""
        old = self.document()
        replaced = old if isinstance(old, ResourcelessDocument) and old is not doc else None  # Qt deletes its own
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font())
        self.setDocument(doc)
        if replaced is not None:
            replaced.deleteLater()
        doc.contentsChanged.connect(self._forget_heights)
        # The shown layout changed (a font arrived with the style, the width changed): let the
        # page ask again, or it keeps a height measured before and clips the text.
        doc.documentLayout().documentSizeChanged.connect(self._on_size_changed)
        self._forget_heights()

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        return None  # nothing is bundled for guide texts: no image, remote or local, ever loads

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # Cached per width and font (the size setting changes the font).
        key = (width, self.document().defaultFont().key())
        if key not in self._heights:
            # Lay out a copy at that width: the shown document keeps its own layout.
            chrome = self._chrome()
            copy = self._layout_copy()
            copy.setTextWidth(max(1, width - chrome.width()))
            self._heights[key] = math.ceil(copy.size().height()) + chrome.height()
        return self._heights[key]

    def _layout_copy(self) -> QTextDocument:
        """One copy of the document per text and font, owned by this view.

        A parentless `clone()` is never freed by PySide: the soak test saw ~1.7 MiB lost per
        guide shown, and ~1 MiB per text size change. (The copy holds no image: see _remove_images.)
        """
        font = self.document().defaultFont()
        if self._copy is None or self._copy.defaultFont() != font:
            self._drop_copy()
            self._copy = self.document().clone(self)
        return self._copy

    def _drop_copy(self) -> None:
        if self._copy is not None:
            self._copy.deleteLater()
            self._copy = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = super().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.fontMetrics().height())

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()  # never scrolls itself: let the page scroll

    def _chrome(self) -> QSize:
        """Width and height of the frame and margins around the document."""
        margins, viewport = self.contentsMargins(), self.viewportMargins()
        return QSize(
            margins.left() + margins.right() + viewport.left() + viewport.right(),
            margins.top() + margins.bottom() + viewport.top() + viewport.bottom(),
        )

    def _on_size_changed(self, size) -> None:
        if math.ceil(size.height()) + self._chrome().height() != self.height():
            self._forget_heights()

    def _forget_heights(self) -> None:
        self._heights.clear()
        self._drop_copy()
        self.updateGeometry()


class MarkdownView(FittedTextView):
    """A guide text in Markdown, links routed to `link_requested` instead of being opened."""

    link_requested = Signal(str)  # the link's target exactly as the text wrote it

    def __init__(self, markdown: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MarkdownView")
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(lambda url: self.setToolTip(url.toString()))
        self._hrefs: list[str] = []
        self.set_markdown(markdown)

    def set_markdown(self, markdown: str) -> None:
        doc = ResourcelessDocument(self)  # no layout yet: nothing is measured, so nothing is loaded
        doc.setMarkdown(markdown, MARKDOWN_FEATURES)
        _remove_images(doc)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(_line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block_format)
        self._hrefs = _anchor_hrefs(doc)
        self._adopt(doc)
        # Only texts with links take keyboard focus (Tab then walks from link to link).
        links = "LinksAccessibleByMouse|LinksAccessibleByKeyboard"
        set_properties(
            self,
            focusPolicy="StrongFocus" if self._hrefs else "NoFocus",
            textInteractionFlags=links if self._hrefs else "NoTextInteraction",
        )

    def hrefs(self) -> list[str]:
        return list(self._hrefs)

    def _on_anchor(self, url: QUrl) -> None:
        # Hand on what the text wrote, not Qt's re-encoding of it: that is what the person was shown.
        href = next((h for h in self._hrefs if QUrl(h) == url), url.toString())
        self.link_requested.emit(href)


def _anchor_hrefs(doc: QTextDocument) -> list[str]:
    hrefs: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref() and fmt.anchorHref() not in hrefs:
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return hrefs


class Tag(QLabel):
    """A short coloured label (a status, a platform); its words carry the meaning, not its colour."""

    def __init__(self, text: str, tone: str = "neutral", parent: QWidget | None = None, *, name: str = "Tag"):
        super().__init__(text, parent)
        self.setObjectName(name)
        set_properties(self, textFormat="PlainText", contextMenuPolicy="NoContextMenu")
        self.setProperty("tone", tone)  # selected on by the style sheet
        # Never wider than its words: a tag sits at the start of its row instead of filling it.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


def untranslated_tag(parent: QWidget) -> Tag:
    """Marks a text shown in English because this language has no translation of it yet."""
    tag = Tag(translate("Text", "Not yet translated: shown in English"), "warning", parent)
    tag.setToolTip(translate("Text", "Translators have not translated this text yet."))
    return tag


def outdated_tag(parent: QWidget) -> Tag:
    """Marks a translation made from an English text that has changed since."""
    tag = Tag(translate("Text", "Outdated translation"), "warning", parent)
    tag.setToolTip(translate("Text", "The English text has changed since this was translated: it may say less."))
    return tag


def translation_tags(parent: QWidget, *texts: LocalizedText | None) -> list[Tag]:
    """The tags that say a reader of `texts` sees some in English, or translated from an older English."""
    present = [text for text in texts if text is not None]
    tags = [untranslated_tag(parent)] if any(text.fallback for text in present) else []
    if any(text.outdated for text in present):
        tags.append(outdated_tag(parent))
    return tags


def tag_row(*tags: Tag) -> FlowLayout:
    """Tags side by side from the start of the line, wrapping when the line is full."""
    row = FlowLayout(spacing=6)
    for tag in tags:
        row.addWidget(tag)
    return row
