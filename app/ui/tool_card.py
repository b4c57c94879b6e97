"""A tool a step recommends: its status in words and colour, and its official downloads.

A guide names some tools under several steps: the first step shows the tool in
full, later ones a compact reference (name, status, the downloads that step
needs) that points back to it. Status stays on every reference: a warning must
never be one scroll away.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from app.content import Catalogue, Link, Step, Tool, ToolStatus
from app.ui.flow_layout import FlowLayout
from app.ui.i18n import arg, translate
from app.ui.labels import get_it_text, platform_name, status_name, status_tone
from app.ui.link_gate import LinkGate
from app.ui.text import Tag, WrapLabel, tag_row, translation_tags


class ToolCard(QFrame):
    def __init__(
        self,
        tool: Tool,
        catalogue: Catalogue,
        step: Step,
        platform: str | None,
        gate: LinkGate,
        parent: QWidget | None = None,
        *,
        described_under: str | None = None,
    ):
        """`described_under`: the title of the step above that shows this tool in full (None: this one does)."""
        super().__init__(parent)
        self.setObjectName("ToolCard")
        self.compact = described_under is not None
        self.setProperty("compact", "true" if self.compact else "false")  # selected on by the style sheet
        self.tool = tool
        self.link_buttons: list[tuple[Link, QPushButton]] = []
        self.homepage_button: QPushButton | None = None
        status = status_name(tool.status)
        self.setAccessibleName(arg(translate("ToolCard", "%1, %2"), tool.name, status))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*((0, 10, 0, 0) if self.compact else (14, 12, 14, 14)))
        layout.setSpacing(8)

        # The name, then its badges; a long translated badge wraps onto the next line.
        header = FlowLayout(spacing=8)
        header.addWidget(WrapLabel(tool.name, self, name="ToolName"))
        self.status_badge = Tag(status, status_tone(tool.status), self, name="Badge")
        header.addWidget(self.status_badge)
        if tool.open_source and not self.compact:
            header.addWidget(Tag(translate("ToolCard", "Open source"), "neutral", self))
        layout.addLayout(header)

        if self.compact:
            note = arg(translate("ToolCard", "Described above, under “%1”."), described_under)
            layout.addWidget(WrapLabel(note, self, name="Muted"))
        elif tool.reason.value.strip():
            if tags := translation_tags(self, tool.reason):
                layout.addLayout(tag_row(*tags))
            layout.addWidget(WrapLabel(tool.reason.value, self))
        if tool.status is ToolStatus.DISCONTINUED or tool.replaced_by:
            names = [other.name for other_id in tool.replaced_by if (other := catalogue.get(other_id))]
            if names:
                template = (
                    translate("ToolCard", "Use instead: %1")
                    if tool.status is ToolStatus.DISCONTINUED
                    else translate("ToolCard", "Safer choice: %1")
                )
                layout.addWidget(WrapLabel(arg(template, translate("ToolCard", ", ").join(names)), self, name="Muted"))
        if tool.status is not ToolStatus.DISCONTINUED:
            self._add_downloads(layout, tool, step, platform, gate)

    def _add_downloads(self, layout: QVBoxLayout, tool: Tool, step: Step, platform: str | None, gate: LinkGate) -> None:
        shown = [p for p in tool.platforms if step.offers_links_for(p, platform)]
        buttons = FlowLayout(spacing=8)
        for link_platform in shown:
            links = tool.links_for(link_platform)
            for link in links:
                text = get_it_text(link.platform, link.kind, several=len(links) > 1)
                button = QPushButton(text, self)
                button.setObjectName("GetIt")
                # One clear primary action per tool: the first download this step offers.
                button.setProperty("primary", "false" if self.link_buttons else "true")
                button.setAccessibleName(arg(translate("ToolCard", "%1: %2"), tool.name, text))
                button.setToolTip(link.url)
                button.clicked.connect(lambda _checked=False, link=link: gate.offer_tool_link(tool, link))
                buttons.addWidget(button)
                self.link_buttons.append((link, button))
        if tool.homepage and not self.compact:
            button = QPushButton(translate("ToolCard", "Official website"), self)
            button.setObjectName("Quiet")
            button.setAccessibleName(arg(translate("ToolCard", "Official website of %1"), tool.name))
            button.setToolTip(tool.homepage)
            button.clicked.connect(lambda: gate.offer_homepage(tool))
            buttons.addWidget(button)
            self.homepage_button = button
        if any(link.platform not in ("ios", "web") for link in tool.links):  # there is a file to download
            button = QPushButton(translate("ToolCard", "Check an installer…"), self)
            button.setAccessibleName(arg(translate("ToolCard", "Check an installer of %1"), tool.name))
            button.clicked.connect(lambda: gate.check_installer(tool))
            buttons.addWidget(button)
            self.check_installer_button = button
        if buttons.count():
            layout.addLayout(buttons)
        if not tool.links:
            layout.addWidget(
                WrapLabel(translate("ToolCard", "No official download is known: beware of look-alike apps."), self)
            )
        elif not self.link_buttons:
            wanted = (platform,) if platform else step.platforms
            names = translate("ToolCard", ", ").join(platform_name(code) for code in wanted)
            layout.addWidget(WrapLabel(arg(translate("ToolCard", "Not available for %1."), names), self))
