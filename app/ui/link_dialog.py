"""The dialogs a link goes through (see link_gate.py, which decides which one shows).

`LinkDialog` shows an allowed address exactly, its host large, a QR code of it
and how to verify the download; `RefusedLinkDialog` says why a link was not
opened. Imported on the first link click, not at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.content import LinkVerdict, Verification
from app.ui.i18n import arg, translate
from app.ui.messages import Dialog
from app.ui.qr import qr_pixmap
from app.ui.text import FittedTextView, WrapLabel


class CodeView(FittedTextView):
    """An address or fingerprint in monospace, wrapped anywhere, selectable with mouse and keyboard."""

    def __init__(self, text: str, parent: QWidget | None = None, *, emphasise: str = "", name: str = "Url"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        # Selectable with the mouse, but no keyboard caret: it must not look editable.
        # Keyboard users have the "Copy address" button; screen readers the accessible name.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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


def _in_rows(fingerprint: str, per_row: int = 8) -> str:
    """A colon-separated fingerprint in rows of `per_row` bytes, easier to compare by eye."""
    parts = fingerprint.split(":")
    if len(parts) <= per_row:
        return fingerprint
    return "\n".join(":".join(parts[i : i + per_row]) for i in range(0, len(parts), per_row))


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
            view = CodeView(_in_rows(value), self, name="Fingerprint")
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


class EmailDialog(Dialog):
    """An email address in a guide: shown to copy, never handed to a mail program."""

    def __init__(self, parent: QWidget, address: str):
        super().__init__(parent, translate("LinkDialog", "Email address"), translate("LinkDialog", "Email address"))
        self.address = address
        self.url_view = self.add_widget(CodeView(address, self))
        self.add_text(
            translate(
                "LinkDialog",
                "Karpear does not open your email program. Copy the address and write from an account you trust.",
            )
        )
        self.add_button(translate("LinkDialog", "Copy address"), self._copy, leading=True)
        self.close_button = self.add_button(translate("LinkDialog", "Close"), self.reject, name="Primary", default=True)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address)
