"""The selected guide's checklist: a header with progress, then sections of step cards.

Only the guide's header and its first card are built before the window
paints (each card costs ~8 ms to build and lay out); the rest follow in
batches on the next turns of the event loop. Measured here: the second card is
on screen ~37 ms after the first paint, all 22 of the wiretap guide ~235 ms
after it; on a laptop screen the first card alone fills the view.
Anything that needs every card (`cards`, keyboard navigation) builds the rest
at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import partial

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see properties.py
from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLayout, QProgressBar, QVBoxLayout, QWidget

from app.content import ENGLISH, Catalogue, Guide, Section, Step
from app.ui.i18n import arg, localize_digits, translate
from app.ui.labels import platform_name
from app.ui.link_gate import LinkGate
from app.ui.local_guides import local_guide_warning
from app.ui.messages import Banner
from app.ui.scroll_page import ScrollPage
from app.ui.session import Session
from app.ui.step_card import StepCard
from app.ui.text import MarkdownView, WrapLabel, tag_row, translation_tags


def progress_text(done: int, total: int) -> str:
    return arg(translate("GuideView", "%1 of %2 steps done"), done, total)


class GuideView(ScrollPage):
    progress_changed = Signal(str)  # guide id
    store_failed = Signal(object)  # the exception, whatever it is: progress could not be saved

    def __init__(self, session: Session, gate: LinkGate, parent: QWidget | None = None):
        super().__init__("GuideView", parent)
        self._session = session
        self._gate = gate
        self.guide: Guide | None = None
        self.draft_notice: Banner | None = None
        self._cards: list[StepCard] = []
        self._pending: deque[tuple[bool, Callable[[], None]]] = deque()  # (is a card, builder)
        self._background = False  # build the remaining cards in the background (after the first paint)
        # One timer owned by the view for the batches: a QTimer.singleShot with a Python callable
        # outlived a view deleted before it fired, and kept that whole guide alive (~0.5-1 MiB per
        # language switch, found by the soak test).
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.timeout.connect(self._build_batch)

    # -- building ----------------------------------------------------------------
    FIRST_CARDS = 1  # before the first paint: measuring what else would fit costs more than it saves
    BATCH_CARDS = 3  # built per turn of the event loop after the first paint

    def show_guide(self, guide: Guide | None, catalogue: Catalogue) -> None:
        self.guide = guide
        self.draft_notice = None
        self._cards = []
        self._tools_described: dict[str, str] = {}  # tool id -> the step that shows it in full
        self._pending.clear()
        contents, layout = self.new_page("GuideScrollContents")
        layout.setContentsMargins(24, 20, 24, 32)
        layout.setSpacing(14)
        layout.addStretch(1)
        self._layout, self._contents = layout, contents
        if guide is None:
            self._add(WrapLabel(translate("GuideView", "No guide could be loaded."), contents, name="SectionTitle"))
        else:
            self._add(self._header(guide, contents))
            self._queue_sections(guide, catalogue)
        self.setWidget(contents)
        self._build(self.FIRST_CARDS)
        self.refresh_progress()

    @property
    def cards(self) -> list[StepCard]:
        """Every step card of the guide (building those not built yet)."""
        self._build(None)
        return self._cards

    def _add(self, item: QWidget | QLayout) -> None:
        index = self._layout.count() - 1  # before the closing stretch
        if isinstance(item, QWidget):
            self._layout.insertWidget(index, item)
        else:
            self._layout.insertLayout(index, item)

    def _build(self, cards: int | None) -> None:
        """Run queued builders until `cards` more cards exist (None: all of them)."""
        built = 0
        while self._pending and (cards is None or built < cards):
            is_card, builder = self._pending.popleft()
            builder()
            built += is_card
        if built and (self._background or cards is None):
            self._settle_new_widgets()
        if built:
            self.updateGeometry()  # a new card may be wider than the page was: see ScrollPage
        if self._pending and cards is not None and self._background:
            self._batch_timer.start(0)  # the queue is always the shown guide's

    def _build_batch(self) -> None:
        self._build(self.BATCH_CARDS)

    def _settle_new_widgets(self) -> None:
        # A layout shows the new widgets of a visible page only on a later turn of the event
        # loop: show them now, so the keyboard can reach them at once.
        if self._contents.isVisible():
            for widget in self._contents.children():
                if isinstance(widget, QWidget) and not widget.testAttribute(
                    QtCore.Qt.WidgetAttribute.WA_WState_ExplicitShowHide
                ):
                    widget.show()
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab walks the page top to bottom, cards built late included (Qt would append them last)."""
        focusable = [
            widget
            for widget in self._contents.findChildren(QWidget)
            if widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus and not widget.isHidden()
        ]
        for first, second in zip(focusable, focusable[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def build_in_background(self) -> None:
        """From now on, build the cards not built yet a few at a time between events."""
        self._background = True
        self._build(0)

    def _header(self, guide: Guide, parent: QWidget) -> QFrame:
        header = QFrame(parent)
        header.setObjectName("GuideHeader")
        layout = QVBoxLayout(header)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(10)
        self.title = WrapLabel(guide.title.value, header, name="GuideTitle")
        self.title.setAccessibleName(guide.title.value)
        layout.addWidget(self.title)
        # Advice goes stale: say when it was last checked against its sources.
        reviewed = localize_digits(QLocale(guide.language).toString(QDate(guide.reviewed), "d MMMM yyyy"))
        layout.addWidget(WrapLabel(arg(translate("GuideView", "Last reviewed: %1"), reviewed), header, name="Muted"))
        if tags := translation_tags(header, guide.title, guide.summary):
            layout.addLayout(tag_row(*tags))
        self.local_notice = None
        if self._session.library.is_local(guide.id):  # before anything else of it is read
            self.local_notice = Banner("warning", local_guide_warning(), header)
            layout.addWidget(self.local_notice)
        if guide.language != ENGLISH and not guide.review.is_reviewed:
            self.draft_notice = Banner(
                "warning",
                translate(
                    "GuideView",
                    "Draft translation: no native speaker has reviewed this language yet. "
                    "If something is unclear, compare with the English version.",
                ),
                header,
            )
            layout.addWidget(self.draft_notice)
        summary = MarkdownView(guide.summary.value, header)
        summary.link_requested.connect(lambda href: self._gate.offer_step_link(guide.id, None, href))
        layout.addWidget(summary)
        self.progress_label = WrapLabel("", header, name="ProgressText")
        layout.addWidget(self.progress_label)
        self.progress_bar = QProgressBar(header)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(translate("GuideView", "Progress"))
        layout.addWidget(self.progress_bar)
        platform = self._session.platform
        self.filter_note = None
        if platform is not None:
            hidden = len(guide.steps) - len(guide.visible_steps(platform))
            note = arg(
                translate("GuideView", "Showing the steps for %1 (%2 other steps hidden)."),
                platform_name(platform),
                hidden,
            )
            self.filter_note = WrapLabel(note, header, name="Muted")
            layout.addWidget(self.filter_note)
        return header

    def _queue_sections(self, guide: Guide, catalogue: Catalogue) -> None:
        platform = self._session.platform
        queue = self._pending
        for section in guide.sections:
            steps = [step for step in section.steps if step.applies_to(platform)]
            if steps:
                queue.append((False, partial(self._add_section_title, guide, section)))
                queue.extend((True, partial(self._add_card, guide, step, catalogue)) for step in steps)
        if not queue:
            message = translate("GuideView", "No steps in this guide for this device.")
            self._add(WrapLabel(message, self._contents, name="Muted"))

    def _add_section_title(self, guide: Guide, section: Section) -> None:
        parent = self._contents
        title = WrapLabel(section.title.value, parent, name="SectionTitle")
        title.setAccessibleName(section.title.value)
        title.setContentsMargins(0, 10, 0, 0)
        self._add(title)
        if tags := translation_tags(parent, section.title, section.intro):
            self._add(tag_row(*tags))
        if section.intro is not None and section.intro.value.strip():
            intro = MarkdownView(section.intro.value, parent)
            intro.link_requested.connect(lambda href: self._gate.offer_step_link(guide.id, None, href))
            self._add(intro)

    def _add_card(self, guide: Guide, step: Step, catalogue: Catalogue) -> None:
        card = StepCard(
            guide,
            step,
            catalogue,
            self._session.platform,
            self._gate,
            **self._stored(step),
            tools_described=self._tools_described,
            parent=self._contents,
        )
        card.done_toggled.connect(self._on_done_toggled)
        card.seen.connect(self._on_seen)
        self._add(card)
        self._cards.append(card)

    # -- state -------------------------------------------------------------------
    def refresh_progress(self) -> None:
        if self.guide is None:
            return
        done, total = self._session.counts(self.guide)
        self.progress_label.set_text(progress_text(done, total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setAccessibleDescription(progress_text(done, total))

    def _stored(self, step: Step) -> dict[str, bool]:
        """A step's state as saved (a failed save leaves the store as it was before)."""
        progress, guide_id = self._session.progress, self.guide.id
        return {
            "done": progress.is_done(guide_id, step.id),
            "needs_review": progress.needs_review(guide_id, step.id, step.revision),
        }

    def _card(self, step_id: str) -> StepCard:
        return next(card for card in self._cards if card.step.id == step_id)

    def _on_done_toggled(self, step_id: str, done: bool) -> None:
        card = self._card(step_id)
        try:
            self._session.progress.set_done(self.guide.id, step_id, done, card.step.revision)
        except Exception as exc:  # noqa: BLE001 - any failure: the box shows what is saved, the window says why
            card.set_state(**self._stored(card.step))  # the card shows what is really saved
            self.store_failed.emit(exc)
            return
        self.refresh_progress()
        self.progress_changed.emit(self.guide.id)

    def _on_seen(self, step_id: str) -> None:
        card = self._card(step_id)
        try:
            self._session.progress.mark_seen(self.guide.id, step_id, card.step.revision)
        except Exception as exc:  # noqa: BLE001
            self.store_failed.emit(exc)
            return
        card.set_state(done=card.is_done, needs_review=False)
        card.checkbox.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    # -- keyboard navigation -----------------------------------------------------
    def current_index(self) -> int:
        focus = self.window().focusWidget()
        for index, card in enumerate(self.cards):
            if focus is not None and (focus is card or card.isAncestorOf(focus)):
                return index
        return -1

    def focus_step_id(self, step_id: str) -> StepCard | None:
        """Put the keyboard focus on that step's checkbox and scroll it into view."""
        card = next((card for card in self.cards if card.step.id == step_id), None)
        if card is not None:
            card.checkbox.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(card, 0, 40)
        return card

    def focus_step(self, delta: int) -> StepCard | None:
        """Move the keyboard focus to the next (+1) or previous (-1) step's checkbox."""
        if not self.cards:
            return None
        current = self.current_index()
        index = 0 if current < 0 and delta > 0 else len(self.cards) - 1 if current < 0 else current + delta
        index = max(0, min(len(self.cards) - 1, index))
        card = self.cards[index]
        card.checkbox.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.ensureWidgetVisible(card, 0, 40)
        return card
