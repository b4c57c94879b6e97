"""The list of guides at the side: each tile shows a guide's title and its progress."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.content import Guide
from app.ui.guide_view import progress_text
from app.ui.i18n import arg, translate
from app.ui.local_guides import local_guide_tag
from app.ui.properties import set_properties
from app.ui.scroll_page import ScrollPage
from app.ui.text import WrapLabel, tag_row


class GuideTile(QPushButton):
    """A checkable button laid out like a card: title, "7 of 12 steps done", a bar."""

    def __init__(self, guide: Guide, parent: QWidget | None = None, *, local: bool = False):
        """`local`: a guide from outside Karpear, marked so nobody takes it for reviewed content."""
        super().__init__(parent)
        self.setObjectName("GuideTile")
        self.guide_id = guide.id
        self.setCheckable(True)
        # A button will not shrink below its size hint: a tile may, down to its longest word.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        set_properties(self, focusPolicy="StrongFocus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        self.title = WrapLabel(guide.title.value, self, name="ToolName")
        self.local_tag = local_guide_tag(self) if local else None
        self.progress_label = WrapLabel("", self, name="Muted")
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        layout.addWidget(self.title)  # they ignore clicks, which reach the tile
        if self.local_tag is not None:
            layout.addLayout(tag_row(self.local_tag))
        layout.addWidget(self.progress_label)
        layout.addWidget(self.bar)
        self._title = guide.title.value
        if local:  # said to a screen reader too
            self._title = arg(translate("GuideList", "%1, %2"), self._title, self.local_tag.text())

    def set_progress(self, done: int, total: int) -> None:
        text = progress_text(done, total)
        self.progress_label.set_text(text)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.setAccessibleName(arg(translate("GuideList", "%1, %2"), self._title, text))

    # A button sizes itself by its own text (none here): size by the card's layout instead.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.layout().totalHeightForWidth(width)


class GuideList(ScrollPage):
    guide_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Sidebar", parent)
        self.tiles: dict[str, GuideTile] = {}
        self._group: QButtonGroup | None = None

    def set_guides(self, guides: list[Guide], selected: str | None, local: frozenset[str] = frozenset()) -> None:
        """`local`: the ids of guides from outside Karpear."""
        contents, layout = self.new_page("SidebarContents")
        layout.setContentsMargins(12, 16, 8, 16)
        layout.setSpacing(10)
        heading = WrapLabel(translate("GuideList", "Guides"), contents, name="SidebarHeading")
        layout.addWidget(heading)
        self.tiles = {}
        self._group = QButtonGroup(contents)
        for guide in guides:
            tile = GuideTile(guide, contents, local=guide.id in local)
            tile.setChecked(guide.id == selected)
            tile.clicked.connect(lambda _checked=False, gid=guide.id: self.guide_selected.emit(gid))
            self._group.addButton(tile)
            layout.addWidget(tile)
            self.tiles[guide.id] = tile
        layout.addStretch(1)
        self.setWidget(contents)

    def set_progress(self, guide_id: str, done: int, total: int) -> None:
        if guide_id in self.tiles:
            self.tiles[guide_id].set_progress(done, total)
