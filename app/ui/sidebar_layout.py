"""The guide list beside the checklist: a fair share of the width, never clipped, folded away when too narrow.

A fixed width would either waste a wide screen or, with large text, cut the
guide titles (and leave a 700 px window a third of sidebar). Here the list
takes a fifth of the width, at least what its longest word needs, and
folds away when even that would take more than 30 % of the window, or leave
the checklist less than its own least width: the guides
stay reachable from the Go menu, and the checklist's header shows its progress.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

SHARE = 0.2  # of the window's width, when the text allows
MOST = 0.30  # beyond this the list folds away
WIDEST_EM = 17  # a wide screen does not need a wider list: in average character widths × 2


class SidebarLayout(QLayout):
    def __init__(self, sidebar: QWidget, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self.sidebar, self.page = sidebar, page
        self._items = [QWidgetItem(sidebar), QWidgetItem(page)]
        for widget in (sidebar, page):
            self.addChildWidget(widget)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        raise TypeError("SidebarLayout holds exactly a sidebar and a page")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return None  # the two widgets stay for the layout's life

    def sidebar_width(self, width: int) -> int:
        """The list's width in a body `width` pixels wide; 0 when it folds away."""
        needed = self.sidebar.minimumSizeHint().width()
        room = width - self.page.minimumSizeHint().width()  # the checklist comes first
        if needed > min(MOST * width, room):
            return 0
        widest = max(needed, self.sidebar.fontMetrics().averageCharWidth() * 2 * WIDEST_EM)
        return min(max(round(SHARE * width), needed), widest, room)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Both scroll: any height will do, so ask for the least (the window's height for a given
        # width, which makes room for the wrapped top bar and notices, counts this one too).
        side, page = self.sidebar.sizeHint(), self.page.sizeHint()
        return QSize(side.width() + page.width(), self.minimumSize().height())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        # The list can fold away: only the checklist sets the least width.
        side, page = self.sidebar.minimumSizeHint(), self.page.minimumSizeHint()
        return QSize(page.width(), max(side.height(), page.height()))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        side = self.sidebar_width(rect.width())
        if self.sidebar.isHidden() != (side == 0):
            self.sidebar.setVisible(side > 0)  # asks for another layout pass, which finds the same answer
        if side:
            self.sidebar.setGeometry(QRect(rect.x(), rect.y(), side, rect.height()))
        self.page.setGeometry(QRect(rect.x() + side, rect.y(), rect.width() - side, rect.height()))
