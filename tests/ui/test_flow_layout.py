"""FlowLayout keeps its answers between changes: they must change when its items do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.flow_layout import FlowLayout
from app.ui.text import Tag


def _row(qtbot, *texts: str) -> tuple[QWidget, FlowLayout, list[Tag]]:
    page = QWidget()
    qtbot.addWidget(page)
    row = FlowLayout(page, spacing=6)
    tags = [Tag(text, "info", page) for text in texts]
    for tag in tags:
        row.addWidget(tag)
    page.show()
    qtbot.waitExposed(page)
    return page, row, tags


def test_height_follows_hidden_shown_and_longer_items(qtbot):
    page, row, (first, second, third) = _row(qtbot, "Only Android", "Done", "Not yet translated")
    width = first.sizeHint().width() + second.sizeHint().width() + 6 + 4  # room for two tags a row
    two_rows = row.heightForWidth(width)
    assert two_rows > first.sizeHint().height() * 1.5

    third.hide()  # what a hidden "Done" tag does: the row needs one line only
    one_row = row.heightForWidth(width)
    assert one_row < two_rows

    third.show()
    assert row.heightForWidth(width) == two_rows

    second.setText("A much longer tag than the room on its row")  # a translation can be longer
    qtbot.waitUntil(lambda: row.heightForWidth(width) > two_rows)


def test_items_are_placed_again_after_a_change(qtbot):
    page, row, (first, second) = _row(qtbot, "Only Android", "Done")
    page.resize(first.sizeHint().width() + second.sizeHint().width() + 40, 200)
    qtbot.waitUntil(lambda: second.y() == first.y())  # side by side
    first.setText("A label long enough to push the other one down")
    qtbot.waitUntil(lambda: second.y() > first.y())
