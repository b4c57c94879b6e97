"""Every link leaves the app through here: checked, shown in full, opened only on confirmation.

`LinkGate` asks app/content's link policy (app/ui holds no rule of its own),
then shows the address in a `LinkDialog`, or a `RefusedLinkDialog`. Only a
confirmed dialog calls `QDesktopServices.openUrl`: the system browser opens the
link; the app itself never connects to anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from app.content import ContentLibrary, Link, LinkVerdict, Tool, Verification
from app.content.links import email_address
from app.ui.i18n import arg, translate
from app.ui.labels import get_it_text
from app.ui.local_guides import local_link_heading

Check = Callable[[str], LinkVerdict]


class LinkGate(QObject):
    """Checks a link with the content library's policy and asks the person before opening it."""

    installer_check_requested = Signal(str)  # a tool card's "Check an installer" (tool id): the window acts

    def __init__(self, library: ContentLibrary, parent: QWidget):
        super().__init__(parent)
        self._library = library
        self._window = parent
        self.current_dialog: QDialog | None = None

    def offer_tool_link(self, tool: Tool, link: Link) -> QDialog:
        heading = arg(
            translate("LinkDialog", "%1: %2"), tool.name, get_it_text(link.platform, link.kind, several=False)
        )
        return self._offer(lambda url: self._library.check_tool_link(tool.id, url), link.url, heading, link.verify)

    def check_installer(self, tool: Tool) -> None:
        self.installer_check_requested.emit(tool.id)

    def offer_homepage(self, tool: Tool) -> QDialog:
        heading = arg(translate("LinkDialog", "Official website of %1"), tool.name)
        return self._offer(lambda url: self._library.check_tool_link(tool.id, url), tool.homepage, heading)

    def offer_step_link(self, guide_id: str, step_id: str | None, href: str) -> QDialog:
        address = email_address(href)
        if address:
            # Qt's Markdown turns a written email address into a mailto: link. Nothing opens
            # (the policy allows https only): the person is shown the address to copy instead.
            from app.ui.link_dialog import EmailDialog  # noqa: PLC0415 - on first use only

            return self._show(EmailDialog(self._window, address))
        # The address must be declared exactly as the text wrote it; Qt's encoding of it passes the policy.
        local = self._library.is_local(guide_id)  # its addresses were chosen by whoever wrote it
        return self._offer(
            lambda url: self._library.check_step_link(guide_id, step_id, url),
            href,
            local_link_heading() if local else translate("LinkDialog", "Open this link?"),
            recheck=lambda url: self._library.step_link_policy(guide_id, step_id, url),
        )

    def _offer(
        self,
        check: Check,
        url: str,
        heading: str,
        verification: Verification | None = None,
        recheck: Check | None = None,
    ) -> QDialog:
        verdict = check(url)
        target = QUrl(url, QUrl.ParsingMode.StrictMode)
        if verdict.allowed:
            # What the browser receives must pass the same policy as what the text said.
            encoded = target.toString(QUrl.ComponentFormattingOption.FullyEncoded)
            second = (recheck or check)(encoded)
            if not target.isValid() or not second.allowed:
                verdict = second if not second.allowed else LinkVerdict(url, False, "not a valid address")
        from app.ui.link_dialog import LinkDialog, RefusedLinkDialog  # noqa: PLC0415 - on first use only

        if verdict.allowed:
            dialog: QDialog = LinkDialog(self._window, url, verdict.host or QUrl(url).host(), heading, verification)
            dialog.accepted.connect(lambda: self._open(target, url))
        else:
            dialog = RefusedLinkDialog(self._window, verdict)
        return self._show(dialog)

    def _open(self, target: QUrl, url: str) -> None:
        if not QDesktopServices.openUrl(target):
            from app.ui.link_dialog import NoBrowserDialog  # noqa: PLC0415 - on first use only

            self._show(NoBrowserDialog(self._window, url))

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
