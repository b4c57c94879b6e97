"""A vertical scroll area holding one page of wrapped text (the checklist, the guide list)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.ui.properties import set_properties


class ScrollPage(QScrollArea):
    """The page follows the area's width and is as tall as its text needs at that width.

    It never scrolls sideways, so the area is never narrower than the page's least width (its
    longest word, its widest button): the window's layout then never cuts a text off at the right.
    Font and style changes reach the area by themselves; a subclass that adds to a shown page calls
    `updateGeometry()`. (Not an event filter on the page: a Python `eventFilter` would wrap every
    event of the page, ~1 MB more at start-up.)
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No focus for the area itself: Tab goes to the page's widgets; Page Down still scrolls.
        set_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff", focusPolicy="NoFocus")
        self._page_width: int | None = None  # the page's least width when last shown

    def new_page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        """A fresh page; `setWidget` with it deletes the previous one."""
        page = QWidget()
        page.setObjectName(name)
        return page, QVBoxLayout(page)

    def setWidget(self, page: QWidget) -> None:  # noqa: N802 - Qt override
        super().setWidget(page)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is not None and page.isVisible():
            self._page_width = page.minimumSizeHint().width()
        if self._page_width is None:
            # Measured once it is shown and styled: measuring earlier would lay its texts out twice.
            return hint
        # Folded away (the guide list in a narrow window), the page keeps the width it last needed:
        # the small width of an unmeasured page would unfold it into too little room, clipped.
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(self._page_width + chrome, hint.height())
