"""The selected guide's checklist: a header with progress, then sections of step cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from app.content import ENGLISH, Catalogue, Guide
from app.ui.i18n import arg, translate
from app.ui.labels import platform_name
from app.ui.link_dialog import LinkGate
from app.ui.messages import Banner
from app.ui.session import Session
from app.ui.step_card import StepCard
from app.ui.text import MarkdownView, WrapLabel, untranslated_tag


def progress_text(done: int, total: int) -> str:
    return arg(translate("GuideView", "%1 of %2 steps done"), done, total)


class GuideView(QScrollArea):
    progress_changed = Signal(str)  # guide id
    store_failed = Signal(str)  # the OS error's text: progress could not be saved

    def __init__(self, session: Session, gate: LinkGate, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("GuideView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # untranslated menu
        self._session = session
        self._gate = gate
        self.guide: Guide | None = None
        self.cards: list[StepCard] = []
        self.draft_notice: Banner | None = None

    # -- building ----------------------------------------------------------------
    def show_guide(self, guide: Guide | None, catalogue: Catalogue) -> None:
        self.guide = guide
        self.cards = []
        self.draft_notice = None
        contents = QWidget()
        contents.setObjectName("GuideScrollContents")
        layout = QVBoxLayout(contents)
        layout.setContentsMargins(24, 20, 24, 32)
        layout.setSpacing(14)
        if guide is None:
            layout.addWidget(
                WrapLabel(translate("GuideView", "No guide could be loaded."), contents, name="SectionTitle")
            )
        else:
            layout.addWidget(self._header(guide, contents))
            self._add_sections(guide, catalogue, contents, layout)
        layout.addStretch(1)
        self.setWidget(contents)
        self.refresh_progress()

    def _header(self, guide: Guide, parent: QWidget) -> QFrame:
        header = QFrame(parent)
        header.setObjectName("GuideHeader")
        layout = QVBoxLayout(header)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(10)
        self.title = WrapLabel(guide.title.value, header, name="GuideTitle")
        self.title.setAccessibleName(guide.title.value)
        layout.addWidget(self.title)
        if guide.title.fallback or guide.summary.fallback:
            layout.addWidget(untranslated_tag(header), 0, Qt.AlignmentFlag.AlignLeft)
        if guide.language != ENGLISH and not guide.review.is_reviewed:
            self.draft_notice = Banner(
                "warning",
                translate(
                    "GuideView",
                    "Draft translation: no native speaker has reviewed this language yet. "
                    "If something is unclear, compare with the English version.",
                ),
                header,
                closable=False,
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

    def _add_sections(self, guide: Guide, catalogue: Catalogue, parent: QWidget, layout: QVBoxLayout) -> None:
        platform = self._session.platform
        progress = self._session.progress
        for section in guide.sections:
            steps = [step for step in section.steps if step.applies_to(platform)]
            if not steps:
                continue
            layout.addSpacing(10)
            title = WrapLabel(section.title.value, parent, name="SectionTitle")
            title.setAccessibleName(section.title.value)
            layout.addWidget(title)
            if section.title.fallback:
                layout.addWidget(untranslated_tag(parent), 0, Qt.AlignmentFlag.AlignLeft)
            if section.intro is not None and section.intro.value.strip():
                intro = MarkdownView(section.intro.value, parent)
                intro.link_requested.connect(lambda href: self._gate.offer_step_link(guide.id, None, href))
                layout.addWidget(intro)
            for step in steps:
                card = StepCard(
                    guide,
                    step,
                    catalogue,
                    platform,
                    self._gate,
                    done=progress.is_done(guide.id, step.id),
                    needs_review=progress.needs_review(guide.id, step.id, step.revision),
                    parent=parent,
                )
                card.done_toggled.connect(self._on_done_toggled)
                card.seen.connect(self._on_seen)
                layout.addWidget(card)
                self.cards.append(card)
        if not self.cards:
            layout.addWidget(
                WrapLabel(translate("GuideView", "No steps in this guide for this device."), parent, name="Muted")
            )

    # -- state -------------------------------------------------------------------
    def refresh_progress(self) -> None:
        if self.guide is None:
            return
        done, total = self._session.counts(self.guide)
        self.progress_label.set_text(progress_text(done, total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setAccessibleDescription(progress_text(done, total))

    def _card(self, step_id: str) -> StepCard:
        return next(card for card in self.cards if card.step.id == step_id)

    def _on_done_toggled(self, step_id: str, done: bool) -> None:
        card = self._card(step_id)
        try:
            self._session.progress.set_done(self.guide.id, step_id, done, card.step.revision)
        except OSError as exc:
            card.set_state(done=not done, needs_review=False)  # the box shows what is really saved
            self.store_failed.emit(str(exc))
            return
        self.refresh_progress()
        self.progress_changed.emit(self.guide.id)

    def _on_seen(self, step_id: str) -> None:
        card = self._card(step_id)
        try:
            self._session.progress.mark_seen(self.guide.id, step_id, card.step.revision)
        except OSError as exc:
            self.store_failed.emit(str(exc))
            return
        card.set_state(done=card.is_done, needs_review=False)
        card.checkbox.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard navigation -----------------------------------------------------
    def current_index(self) -> int:
        focus = self.focusWidget() or self.window().focusWidget()
        for index, card in enumerate(self.cards):
            if focus is not None and (focus is card or card.isAncestorOf(focus)):
                return index
        return -1

    def focus_step(self, delta: int) -> StepCard | None:
        """Move the keyboard focus to the next (+1) or previous (-1) step's checkbox."""
        if not self.cards:
            return None
        current = self.current_index()
        index = 0 if current < 0 and delta > 0 else len(self.cards) - 1 if current < 0 else current + delta
        index = max(0, min(len(self.cards) - 1, index))
        card = self.cards[index]
        card.checkbox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ensureWidgetVisible(card, 0, 40)
        return card
