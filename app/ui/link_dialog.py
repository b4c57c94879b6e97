"""The dialogs a link goes through (see link_gate.py, which decides which one shows).

`LinkDialog` shows an allowed address exactly, its host large, a QR code of it
and how to verify the download; `RefusedLinkDialog` says why a link was not
opened; `NoBrowserDialog` gives the address to copy when no browser could be
started. Every address is shown with each invisible or bidi character named
(⟨U+202E⟩) in a marked style. Imported on the first link click, not at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.content import LinkVerdict, Verification
from app.content.invisible import reveal
from app.ui.i18n import arg, translate
from app.ui.messages import Dialog
from app.ui.qr import qr_pixmap
from app.ui.text import FittedTextView, WrapLabel

COPIED_SHOWN_MS = 4000  # how long "Copy address" says it copied


class CodeView(FittedTextView):
    """An address or fingerprint in monospace, wrapped anywhere, selectable with mouse and keyboard."""

    def __init__(
        self, text: str, parent: QWidget | None = None, *, emphasise: str = "", name: str = "Url", rows: bool = False
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        # Selectable with the mouse, but no keyboard caret: it must not look editable.
        # Keyboard users have the "Copy address" button; screen readers the accessible name.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        start = text.find(emphasise) if emphasise else -1
        if start < 0:
            pieces = [(text, QTextCharFormat())]
        else:
            bold = QTextCharFormat()
            bold.setFontWeight(700)
            bold.setFontUnderline(True)
            end = start + len(emphasise)
            pieces = [(text[:start], QTextCharFormat()), (emphasise, bold), (text[end:], QTextCharFormat())]
        cursor = QTextCursor(self.document())
        for piece, char_format in pieces:
            # With `rows`, line breaks are ours (a fingerprint in rows); any other is named like the rest.
            for index, line in enumerate(piece.split("\n") if rows else [piece]):
                if index:
                    cursor.insertText("\n", char_format)
                for run, hidden in reveal(line):
                    # An invisible or bidi character is named where it stands, marked apart from the text.
                    cursor.insertText(f"⟨{run}⟩" if hidden else run, self._hidden_format() if hidden else char_format)
        self.setAccessibleName(self.plain_text())

    def _hidden_format(self) -> QTextCharFormat:
        marked = QTextCharFormat()
        marked.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        marked.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        marked.setFontWeight(700)
        return marked

    def plain_text(self) -> str:
        return self.document().toPlainText()


def add_copy_button(dialog: Dialog, address: str) -> QPushButton:
    """A "Copy address" button that says, for a few seconds, that it copied."""
    label = translate("LinkDialog", "Copy address")

    def copy() -> None:
        QGuiApplication.clipboard().setText(address)
        button.setText(translate("LinkDialog", "Address copied"))
        restore.start()

    button = dialog.add_button(label, copy, leading=True)
    restore = QTimer(button)
    restore.setSingleShot(True)
    restore.setInterval(COPIED_SHOWN_MS)
    restore.timeout.connect(lambda: button.setText(label))
    return button


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
        self.copy_button = add_copy_button(self, url)
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
            view = CodeView(_in_rows(value), self, name="Fingerprint", rows=True)
            view.setAccessibleName(f"{label_text} {value}")
            grid.addWidget(view, index, 1)
            self.verification_views.append(view)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)


class RefusedLinkDialog(Dialog):
    """Says that a link was not opened, and shows it without making it clickable."""

    def __init__(self, parent: QWidget, verdict: LinkVerdict):
        super().__init__(
            parent, translate("LinkDialog", "Link blocked"), translate("LinkDialog", "This link was not opened")
        )
        if not verdict.declared:
            reason = translate(
                "LinkDialog",
                "This exact address is not one that the guide lists, so Karpear does not open it. "
                "The text may have been changed.",
            )
        elif verdict.host:
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


class AddressDialog(Dialog):
    """An address shown to copy, with what to do with it, and nothing opened."""

    def __init__(self, parent: QWidget, title: str, address: str, advice: str):
        super().__init__(parent, title, title)
        self.address = address
        self.url_view = self.add_widget(CodeView(address, self))
        self.advice_label = self.add_text(advice)
        self.copy_button = add_copy_button(self, address)
        self.close_button = self.add_button(translate("LinkDialog", "Close"), self.reject, name="Primary", default=True)


class EmailDialog(AddressDialog):
    """An email address in a guide: shown to copy, never handed to a mail program."""

    def __init__(self, parent: QWidget, address: str):
        advice = translate(
            "LinkDialog",
            "Karpear does not open your email program. Copy the address and write from an account you trust.",
        )
        super().__init__(parent, translate("LinkDialog", "Email address"), address, advice)


class NoBrowserDialog(AddressDialog):
    """The system could not start a web browser: the confirmed address, to copy and open by hand."""

    def __init__(self, parent: QWidget, url: str):
        advice = translate(
            "LinkDialog",
            "No web browser could be started on this computer. Copy the address and paste it into a web "
            "browser yourself, or type it on your phone.",
        )
        super().__init__(parent, translate("LinkDialog", "The browser did not open"), url, advice)
