"""A vertical scroll area holding one page of wrapped text (the checklist, the guide list)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.ui.properties import set_properties


class ScrollPage(QScrollArea):
    """The page follows the area's width and is as tall as its text needs at that width."""

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
