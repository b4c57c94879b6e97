"""Presentation mode: one step per screen, for a trainer and a projector.

Full screen on the screen the trainer picks, type that grows with the screen so
the back of the room can read it, "step 4 of 12", and a large QR code of each
official link the step needs on the platforms it applies to, so people scan
them with their phones. Optionally a second language under the first, for a
mixed room. The keys are those presenter clickers send (arrows, Page Up/Down,
Space); Esc leaves and the main window shows the step the room stopped at.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.content import ContentLibrary, OfferedLink, Step
from app.ui import fonts
from app.ui.i18n import arg, number, translate
from app.ui.labels import platform_name
from app.ui.link_gate import LinkGate
from app.ui.local_guides import local_guide_tag
from app.ui.qr import qr_pixmap
from app.ui.text import MarkdownView, WrapLabel

Qt = QtCore.Qt
NEXT_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace})
# Body text height as a share of the screen's height: ~30 lines of text fill a screen, which a
# projected 1080p image shows at about 36 px, readable from the back of a classroom.
TEXT_SHARE = 1 / 30
MAX_QR_CODES = 4  # more would make each too small to scan from a seat
# A step too long for the screen (two languages, mostly) gets smaller type, down to 70 %, then scrolls.
FIT_SCALES = (1.0, 0.9, 0.8, 0.7)


class PresentationWindow(QWidget):
    """A guide's visible steps, one per screen, in one or two languages."""

    closed = Signal(str)  # the id of the step shown when the trainer left

    def __init__(
        self,
        library: ContentLibrary,
        guide_id: str,
        languages: list[str],
        platform: str | None,
        ui_language: str,
        start_step: str | None = None,
        gate: LinkGate | None = None,
    ):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("Presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.library = library
        self.guides = [library.guide(guide_id, code) for code in languages]
        self.platform = platform
        self.ui_language = ui_language
        self.steps: tuple[Step, ...] = self.guides[0].visible_steps(platform)
        ids = [step.id for step in self.steps]
        self.index = ids.index(start_step) if start_step in ids else 0
        self._gate = gate
        self.setWindowTitle(str(self.guides[0].title))
        self._build()
        self.show_step(self.index)

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.guide_label = QLabel(str(self.guides[0].title), self)
        self.guide_label.setObjectName("PresentationGuide")
        self.counter = QLabel(self)
        self.counter.setObjectName("PresentationCounter")
        top.addWidget(self.guide_label, 1)
        # The room must see that a local guide is not Karpear's reviewed advice.
        self.local_tag = local_guide_tag(self) if self.library.is_local(self.guides[0].id) else None
        if self.local_tag is not None:
            top.addWidget(self.local_tag)
        top.addWidget(self.counter)
        outer.addLayout(top)

        middle = QHBoxLayout()
        texts = QWidget(self)
        self._texts_layout = QVBoxLayout(texts)
        self.titles: list[WrapLabel] = []
        self.bodies: list[MarkdownView] = []
        for position, guide in enumerate(self.guides):
            if position:
                line = QFrame(texts)
                line.setFrameShape(QFrame.Shape.HLine)
                self._texts_layout.addWidget(line)
            title = WrapLabel("", texts, name="PresentationTitle")
            body = MarkdownView("", texts)
            body.link_requested.connect(lambda href, g=guide: self._open_link(g.id, href))
            self._texts_layout.addWidget(title)
            self._texts_layout.addWidget(body)
            self.titles.append(title)
            self.bodies.append(body)
        self._texts_layout.addStretch(1)
        self._texts = texts
        scroll = QScrollArea(self)  # a long step scrolls (the arrow keys still move between steps)
        scroll.setWidget(texts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll = scroll
        middle.addWidget(scroll, 3)
        self.codes_column = QVBoxLayout()
        self.codes_grid = QGridLayout()  # one column of codes, two when there are more than two
        self.codes_column.addLayout(self.codes_grid)
        self.codes_column.addStretch(1)
        middle.addLayout(self.codes_column, 1)
        outer.addLayout(middle, 1)
        self.qr_labels: list[QLabel] = []
        self.qr_captions: list[WrapLabel] = []

    # -- showing a step -------------------------------------------------------------
    def show_step(self, index: int) -> None:
        self.index = max(0, min(len(self.steps) - 1, index))
        if not self.steps:
            self.counter.setText(translate("Presentation", "No steps for this device."))
            return
        step_id = self.steps[self.index].id
        for guide, title, body in zip(self.guides, self.titles, self.bodies, strict=True):
            step = next(s for s in guide.steps if s.id == step_id)
            title.set_text(str(step.title))
            body.set_markdown(str(step.body))
        self.counter.setText(
            arg(
                translate("Presentation", "Step %1 of %2"),
                number(self.index + 1),
                number(len(self.steps)),
            )
        )
        self._show_codes(self.links_shown())
        self._apply_sizes()

    def links_shown(self) -> list[OfferedLink]:
        """The official addresses of this step's tools, for the step's platforms and the filter."""
        return self.library.offered_links(self.guides[0], self.steps[self.index], self.platform)[:MAX_QR_CODES]

    def _show_codes(self, links: list[OfferedLink]) -> None:
        while self.codes_grid.count():
            item = self.codes_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: the deletion waits for the event loop
                item.widget().deleteLater()
        self.qr_labels = []
        self.qr_captions = []
        columns = 2 if len(links) > 2 else 1
        for position, link in enumerate(links):
            code = QLabel(self)
            code.setObjectName("PresentationQr")
            code.setProperty("url", link.url)
            code.setAlignment(Qt.AlignmentFlag.AlignCenter)
            where = ", ".join(platform_name(p) for p in link.platforms)
            host = QUrl(link.url).host().removeprefix("www.")  # tells two codes for one platform apart
            caption = WrapLabel(f"{link.tool}: {where}\n{host}", self, name="PresentationQrCaption")
            row, column = divmod(position, columns)
            self.codes_grid.addWidget(code, 2 * row, column)
            self.codes_grid.addWidget(caption, 2 * row + 1, column, Qt.AlignmentFlag.AlignTop)
            self.qr_labels.append(code)
            self.qr_captions.append(caption)

    def _apply_sizes(self) -> None:
        """Type and QR codes sized from the screen height, not from the desktop's font setting."""
        pixels = max(16, round(self.height() * TEXT_SHARE))
        for fit in FIT_SCALES:
            self._set_text_sizes(pixels * fit)
            self._texts_layout.invalidate()
            if self._texts.heightForWidth(self._scroll.width()) <= self._scroll.height():
                break
        small = QFont(fonts.ui_font(self.ui_language, 12))
        small.setPixelSize(round(pixels * 0.8))
        for label in (self.counter, self.guide_label, *self.qr_captions, *filter(None, [self.local_tag])):
            label.setFont(small)
        if self.qr_labels:
            columns = 2 if len(self.qr_labels) > 2 else 1
            rows = -(-len(self.qr_labels) // columns)
            width = self.width() // 4 // columns - pixels  # the codes' share of the width (see _build)
            side = max(120, min(width, (self.height() - 4 * pixels) // rows - 3 * pixels))
            self.codes_grid.setHorizontalSpacing(pixels // 2)  # two captions side by side stay apart
            for label in self.qr_labels:
                label.setPixmap(qr_pixmap(label.property("url"), side))

    def _set_text_sizes(self, pixels: float) -> None:
        for position, (title, body) in enumerate(zip(self.titles, self.bodies, strict=True)):
            language = self.guides[position].language
            scale = 1.0 if position == 0 else 0.8  # the second language reads as the translation
            body_font = QFont(fonts.ui_font(language, 12))
            body_font.setPixelSize(round(pixels * scale))
            title_font = QFont(body_font)
            title_font.setPixelSize(round(pixels * 1.5 * scale))
            title_font.setBold(True)
            title.setFont(title_font)
            body.setFont(body_font)
            body.document().setDefaultFont(body_font)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_sizes()

    # -- keys -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in NEXT_KEYS:
            self.show_step(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_step(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_step(0)
        elif key == Qt.Key.Key_End:
            self.show_step(len(self.steps) - 1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.closed.emit(self.steps[self.index].id if self.steps else "")
        super().closeEvent(event)

    def _open_link(self, guide_id: str, href: str) -> None:
        if self._gate is not None:
            self._gate.offer_step_link(guide_id, self.steps[self.index].id, href)

    # -- where ------------------------------------------------------------------------
    def present_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()


def presentation_screen(window: QWidget, chosen: QScreen | None = None) -> QScreen:
    """The screen to present on: the trainer's choice, else another screen than the window's
    (the projector, when one is plugged in), else the window's own."""
    screens = QGuiApplication.screens()
    if chosen is not None and chosen in screens:
        return chosen
    own = window.screen()
    return next((screen for screen in screens if screen is not own), own)
