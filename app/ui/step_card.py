"""One step of a checklist: a checkbox, its title and text, devices, and recommended tools."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see properties.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.content import Catalogue, Guide, Step
from app.ui.flow_layout import FlowLayout
from app.ui.i18n import arg, translate
from app.ui.labels import platform_name
from app.ui.link_gate import LinkGate
from app.ui.messages import Banner
from app.ui.properties import set_properties
from app.ui.text import MarkdownView, Tag, WrapLabel, translation_tags
from app.ui.theme import set_style_property
from app.ui.tool_card import ToolCard

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent  # loading the type costs ~1.5 ms at start-up; Qt hands it in later


class StepCard(QFrame):
    done_toggled = Signal(str, bool)  # step id, done
    seen = Signal(str)  # step id: the person looked at an updated step again

    def __init__(
        self,
        guide: Guide,
        step: Step,
        catalogue: Catalogue,
        platform: str | None,
        gate: LinkGate,
        *,
        done: bool,
        needs_review: bool,
        tools_described: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        """`tools_described`: tool id -> title of the step above that shows it in full; this card adds its own."""
        super().__init__(parent)
        self.setObjectName("StepCard")
        self.setProperty("done", "true" if done else "false")  # before the first polish: see set_style_property
        self.step = step
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 16, 16)
        outer.setSpacing(12)

        self.checkbox = QCheckBox(self)
        self.checkbox.setObjectName("StepCheck")
        self.checkbox.setAccessibleName(step.title.value)
        set_properties(self.checkbox, focusPolicy="StrongFocus")
        self.checkbox.toggled.connect(self._on_toggled)
        beside = QVBoxLayout()  # the box stays level with the title's first line
        beside.addWidget(self.checkbox)
        beside.addStretch(1)
        outer.addLayout(beside)

        column = QVBoxLayout()
        column.setSpacing(8)
        outer.addLayout(column, 1)

        self.title = _TitleLabel(step.title.value, self, name="StepTitle")
        self.title.clicked.connect(self._on_title_clicked)  # clicking the title ticks the box too
        column.addWidget(self.title)

        tags = FlowLayout(spacing=6)
        self.done_tag = Tag(translate("StepCard", "Done"), "good", self)
        tags.addWidget(self.done_tag)
        for code in step.platforms:
            tags.addWidget(Tag(arg(translate("StepCard", "Only %1"), platform_name(code)), "info", self))
        for tag in translation_tags(self, step.title, step.body):
            tags.addWidget(tag)
        column.addLayout(tags)

        self._column = column
        self._review_index = column.count()  # where the "updated" notice goes when needed
        self.review_banner: Banner | None = None

        self.body = MarkdownView(step.body.value, self)
        self.body.link_requested.connect(lambda href: gate.offer_step_link(guide.id, step.id, href))
        column.addWidget(self.body)

        self.tool_cards: list[ToolCard] = []
        tools = [tool for tool_id in step.tools if (tool := catalogue.get(tool_id))]
        if tools:
            column.addWidget(WrapLabel(translate("StepCard", "Tools for this step"), self, name="Muted"))
            described = tools_described if tools_described is not None else {}
            for tool in tools:
                shown_above = described.get(tool.id)
                described.setdefault(tool.id, step.title.value)
                card = ToolCard(tool, catalogue, step, platform, gate, self, described_under=shown_above)
                column.addWidget(card)
                self.tool_cards.append(card)

        self.set_state(done=done, needs_review=needs_review)

    def set_state(self, *, done: bool, needs_review: bool) -> None:
        """Show stored state without emitting `done_toggled`."""
        self.checkbox.blockSignals(True)
        self.checkbox.setChecked(done)
        self.checkbox.blockSignals(False)
        self._show_done(done)
        self._show_review(done and needs_review)

    def _show_review(self, show: bool) -> None:
        if show and self.review_banner is None:
            text = translate("StepCard", "Updated since you checked it: please read it again.")
            self.review_banner = Banner("warning", text, self)
            got_it = self.review_banner.add_button(
                translate("StepCard", "Got it"), lambda: self.seen.emit(self.step.id)
            )
            self._column.insertWidget(self._review_index, self.review_banner)
            QWidget.setTabOrder(self.checkbox, got_it)  # created late: keep it next to its step
        if self.review_banner is not None:
            self.review_banner.setVisible(show)

    @property
    def shows_review_notice(self) -> bool:
        return self.review_banner is not None and not self.review_banner.isHidden()

    @property
    def is_done(self) -> bool:
        return self.checkbox.isChecked()

    def _show_done(self, done: bool) -> None:
        set_style_property(self, "done", "true" if done else "false")
        self.done_tag.setVisible(done)
        self.checkbox.setAccessibleDescription(
            translate("StepCard", "Done") if done else translate("StepCard", "Not done yet")
        )

    def _on_toggled(self, done: bool) -> None:
        self._show_done(done)
        if not done:
            self._show_review(False)
        self.done_toggled.emit(self.step.id, done)

    def _on_title_clicked(self) -> None:
        self.checkbox.click()
        self.checkbox.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)


class _TitleLabel(WrapLabel):
    """A title that ticks its step when clicked, showing a hand cursor when the mouse is over it."""

    clicked = Signal()

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Set on first hover rather than at creation, to keep the `Qt` namespace off the first screen.
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == QtCore.Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)
