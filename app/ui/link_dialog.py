"""Every link leaves the app through here: checked, shown in full, opened only on confirmation.

`LinkGate` asks app/content's link policy (it holds no rule of its own), then
shows either `LinkDialog` (the exact address, its host large, a QR code, and
how to verify the download) or `RefusedLinkDialog`. Only a confirmed dialog
calls `QDesktopServices.openUrl`: the system browser opens the link, the app
itself never connects to anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.content import ContentLibrary, Link, LinkVerdict, Tool, Verification
from app.ui.i18n import arg, translate
from app.ui.labels import get_it_text
from app.ui.messages import Dialog
from app.ui.qr import qr_pixmap
from app.ui.text import FittedTextView, WrapLabel


class CodeView(FittedTextView):
    """An address or fingerprint in monospace, wrapped anywhere, selectable with mouse and keyboard."""

    def __init__(self, text: str, parent: QWidget | None = None, *, emphasise: str = "", name: str = "Url"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        cursor = QTextCursor(self.document())
        start = text.find(emphasise) if emphasise else -1
        if start < 0:
            cursor.insertText(text)
        else:
            bold = QTextCharFormat()
            bold.setFontWeight(700)
            bold.setFontUnderline(True)
            cursor.insertText(text[:start], QTextCharFormat())
            cursor.insertText(emphasise, bold)
            cursor.insertText(text[start + len(emphasise) :], QTextCharFormat())
        self.setAccessibleName(text)

    def plain_text(self) -> str:
        return self.document().toPlainText()


def _host_of(url: str) -> str:
    return QUrl(url).host()


class LinkDialog(Dialog):
    """Shows one allowed address before the browser opens it."""

    def __init__(self, parent: QWidget, url: str, host: str, heading: str, verification: Verification | None = None):
        super().__init__(parent, translate("LinkDialog", "Open a link"), heading)
        self.url = url
        self.add_text(
            translate(
                "LinkDialog", "Karpear never goes online itself. If you continue, your web browser opens this address."
            )
        )
        row = QHBoxLayout()
        row.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(WrapLabel(translate("LinkDialog", "Website:"), self, name="Muted"))
        self.host_label = WrapLabel(host, self, name="Host")
        self.host_label.setAccessibleName(arg(translate("LinkDialog", "Website: %1"), host))
        column.addWidget(self.host_label)
        column.addSpacing(6)
        column.addWidget(
            WrapLabel(translate("LinkDialog", "Full address (check that it is exactly this):"), self, name="Muted")
        )
        self.url_view = CodeView(url, self, emphasise=host)
        column.addWidget(self.url_view)
        column.addStretch(1)
        row.addLayout(column, 1)
        row.addLayout(self._qr_column(url))
        self.body.addLayout(row)
        if verification is not None and not verification.is_empty():
            self._add_verification(verification)
        self.add_button(translate("LinkDialog", "Copy address"), self._copy, leading=True)
        self.cancel_button = self.add_button(translate("LinkDialog", "Cancel"))
        self.open_button = self.add_button(
            translate("LinkDialog", "Open in browser"), self.accept, name="Primary", default=True
        )

    def _qr_column(self, url: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.qr_label = QLabel(self)
        self.qr_label.setPixmap(qr_pixmap(url))
        self.qr_label.setAccessibleName(translate("LinkDialog", "QR code of the address"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        caption = WrapLabel(
            translate("LinkDialog", "Scan with your phone's camera to open the same address on the phone."), self
        )
        caption.setObjectName("Muted")
        caption.setMaximumWidth(self.qr_label.pixmap().width() + 20)
        column.addWidget(caption)
        column.addStretch(1)
        return column

    def _add_verification(self, verification: Verification) -> None:
        self.add_text(translate("LinkDialog", "Check that you have the real app"), name="ToolName")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        rows = (
            (translate("LinkDialog", "App ID (package name):"), verification.package_id),
            (translate("LinkDialog", "APK signing certificate (SHA-256):"), verification.cert_sha256),
            (translate("LinkDialog", "PGP key fingerprint:"), verification.pgp_fingerprint),
        )
        self.verification_views: list[CodeView] = []
        for label_text, value in rows:
            if not value:
                continue
            index = len(self.verification_views)
            grid.addWidget(WrapLabel(label_text, self), index, 0, Qt.AlignmentFlag.AlignTop)
            view = CodeView(value, self, name="Fingerprint")
            view.setAccessibleName(f"{label_text} {value}")
            grid.addWidget(view, index, 1)
            self.verification_views.append(view)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url)


class RefusedLinkDialog(Dialog):
    """Says that a link was not opened, and shows it without making it clickable."""

    def __init__(self, parent: QWidget, verdict: LinkVerdict):
        super().__init__(
            parent, translate("LinkDialog", "Link blocked"), translate("LinkDialog", "This link was not opened")
        )
        if verdict.host:
            reason = arg(
                translate(
                    "LinkDialog", "%1 is not one of the official websites listed for this. It may be a fake site."
                ),
                verdict.host,
            )
        else:
            reason = translate(
                "LinkDialog", "Karpear only opens secure (https) addresses of official websites. This one is not."
            )
        self.reason_label = self.add_text(reason)
        self.add_text(translate("LinkDialog", "The link was:"), name="Muted")
        self.url_view = self.add_widget(CodeView(verdict.url, self))
        self.add_text(
            translate(
                "LinkDialog", "If someone sent you this guide with this link, be careful: it may have been changed."
            )
        )
        self.close_button = self.add_button(translate("LinkDialog", "Close"), self.reject, name="Primary", default=True)


class LinkGate(QObject):
    """Checks a link with the content library's policy and asks the person before opening it."""

    def __init__(self, library: ContentLibrary, parent: QWidget):
        super().__init__(parent)
        self._library = library
        self._window = parent
        self.current_dialog: Dialog | None = None

    def offer_tool_link(self, tool: Tool, link: Link) -> Dialog:
        heading = arg(
            translate("LinkDialog", "%1: %2"), tool.name, get_it_text(link.platform, link.kind, several=False)
        )
        return self._offer(lambda url: self._library.check_tool_link(tool.id, url), link.url, heading, link.verify)

    def offer_homepage(self, tool: Tool) -> Dialog:
        heading = arg(translate("LinkDialog", "Official website of %1"), tool.name)
        return self._offer(lambda url: self._library.check_tool_link(tool.id, url), tool.homepage, heading)

    def offer_step_link(self, guide_id: str, step_id: str | None, href: str) -> Dialog:
        check = lambda url: self._library.check_step_link(guide_id, step_id, url)  # noqa: E731
        return self._offer(check, href, translate("LinkDialog", "Open this link?"))

    def _offer(
        self,
        check: Callable[[str], LinkVerdict],
        url: str,
        heading: str,
        verification: Verification | None = None,
    ) -> Dialog:
        verdict = check(url)
        target = QUrl(url, QUrl.ParsingMode.StrictMode)
        if verdict.allowed:
            # What the browser receives must pass the same policy as what the text said.
            encoded = target.toString(QUrl.ComponentFormattingOption.FullyEncoded)
            second = check(encoded)
            if not target.isValid() or not second.allowed:
                verdict = second if not second.allowed else LinkVerdict(url, False, "not a valid address")
        if verdict.allowed:
            dialog: Dialog = LinkDialog(self._window, url, verdict.host or _host_of(url), heading, verification)
            dialog.accepted.connect(lambda: QDesktopServices.openUrl(target))
        else:
            dialog = RefusedLinkDialog(self._window, verdict)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: Dialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
