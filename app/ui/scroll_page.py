"""A vertical scroll area holding one page of wrapped text (the checklist, the guide list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.ui.properties import set_properties


class ScrollPage(QScrollArea):
    """The page follows the area's width and is as tall as its text needs at that width.

    It never scrolls sideways, so the area is never narrower than the page's least width (its
    longest word, its widest button): the window's layout then never cuts a text off at the right.
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No focus for the area itself: Tab goes to the page's widgets; Page Down still scrolls.
        set_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff", focusPolicy="NoFocus")

    def new_page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        """A fresh page; `setWidget` with it deletes the previous one."""
        page = QWidget()
        page.setObjectName(name)
        return page, QVBoxLayout(page)

    def setWidget(self, page: QWidget) -> None:  # noqa: N802 - Qt override
        super().setWidget(page)
        page.installEventFilter(self)  # its least width changes as cards arrive and text grows
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()  # the viewport has no layout to pass it on: tell ours
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(page.minimumSizeHint().width() + chrome, hint.height())
