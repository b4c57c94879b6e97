"""A layout that places widgets left to right and wraps them onto new rows.

Translated button labels vary a lot in length ("Get it for Android" is
half as long as its French), so rows of buttons and tags must wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8, *, toolbar: bool = False):
        """`toolbar`: prefer one row, and place each row at the right, its items centred on the row."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._toolbar = toolbar
        # Qt asks again and again while a page lays out (thousands of times for one guide):
        # answers are kept until something in the layout changes.
        self._heights: dict[int, int] = {}
        self._minimum: QSize | None = None
        self._arranged_in = QRect()  # where the items were last placed
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def invalidate(self) -> None:
        # Called by Qt whenever an item's size, visibility or the margins change.
        self._heights.clear()
        self._minimum = None
        self._arranged_in = QRect()
        super().invalidate()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        if rect != self._arranged_in:
            self._arrange(rect, apply=True)
            self._arranged_in = QRect(rect)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if not self._toolbar:
            return self.minimumSize()
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        margins = self.contentsMargins()
        width = sum(hint.width() for hint in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((hint.height() for hint in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            self._minimum = size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(self._minimum)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            size = QSize(min(hint.width(), area.width()) if area.width() > 0 else hint.width(), hint.height())
            if rows[-1] and x + size.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, size))
            x += size.width() + self._spacing
        y = area.y()
        for row in rows:
            row_height = max((size.height() for _item, size in row), default=0)
            if apply:
                used = sum(size.width() for _item, size in row) + self._spacing * (len(row) - 1)
                x = area.right() + 1 - used if self._toolbar else area.x()
                for item, size in row:
                    top = y + (row_height - size.height()) // 2 if self._toolbar else y
                    item.setGeometry(QRect(QPoint(x, top), size))
                    x += size.width() + self._spacing
            y += row_height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom() if rows[0] else margins.top() + margins.bottom()
