"""Links leave the app only through the link dialog, and only after the person confirms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat

from app.content.khmer import has_khmer
from app.ui.link_dialog import EmailDialog, LinkDialog, RefusedLinkDialog

from .helpers import card, click, link_point
from .sample_guides import APK_URL, CERT, EVIL_URLS, GOOD_BODY_URL, PLAY_URL


def scanned(image) -> list[str]:
    """The texts a QR reader finds in an image (zxing-cpp, the decoder many phone apps use)."""
    import zxingcpp
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)  # a format the reader takes as is
    return [code.text for code in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_every_catalogue_link_scans_back_exactly(qapp):
    # Whatever a phone reads from a QR code is what it opens: it must be the official address,
    # byte for byte, for every link of the shipped catalogue (long store addresses included).
    from app.content import load_library
    from app.ui.qr import qr_pixmap

    urls = {link.url for tool in load_library().catalogue("en").tools for link in tool.links}
    assert len(urls) > 10
    for url in sorted(urls):
        assert scanned(qr_pixmap(url).toImage()) == [url]


def _get_it_button(window, url: str):
    signal = card(window, "install-signal").tool_cards[0]
    return next(button for link, button in signal.link_buttons if link.url == url)


def _dialog(window, qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(window.gate.current_dialog, kind) and window.gate.current_dialog.isVisible())
    return window.gate.current_dialog


def test_get_it_shows_the_exact_address_and_opens_it_on_confirmation(make_window, qtbot, opened_urls):
    window = make_window()
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    assert dialog.url_view.plain_text() == APK_URL
    assert dialog.host_label.plain_text() == "signal.org"
    assert scanned(dialog.qr_label.grab().toImage()) == [APK_URL]  # what a phone reads off the screen
    assert [v.plain_text().replace("\n", ":") for v in dialog.verification_views] == [CERT]
    assert opened_urls == []  # nothing opens before the person confirms
    click(qtbot, dialog.open_button)
    assert opened_urls == [APK_URL]


def test_copy_address_copies_exactly_the_shown_address(make_window, qtbot, opened_urls):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QAbstractButton

    window = make_window()
    QGuiApplication.clipboard().setText("something else")
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    copy = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "Copy address")
    click(qtbot, copy)
    assert QGuiApplication.clipboard().text() == APK_URL
    assert opened_urls == []  # copying is not opening
    assert dialog.isVisible()


def test_official_website_goes_through_the_dialog(make_window, qtbot, opened_urls):
    window = make_window()
    signal = card(window, "install-signal").tool_cards[0]
    click(qtbot, signal.homepage_button)
    dialog = _dialog(window, qtbot, LinkDialog)
    assert dialog.url_view.plain_text() == "https://signal.org/"
    assert opened_urls == []
    click(qtbot, dialog.open_button)
    assert opened_urls == ["https://signal.org/"]


def test_store_link_shows_the_package_id(make_window, qtbot, opened_urls):
    window = make_window()
    click(qtbot, _get_it_button(window, PLAY_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    assert [v.plain_text() for v in dialog.verification_views] == ["org.thoughtcrime.securesms"]
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.open_button)
    assert opened_urls == [PLAY_URL]


def test_cancel_opens_nothing(make_window, qtbot, opened_urls):
    window = make_window()
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.cancel_button)
    assert opened_urls == []


def test_escape_opens_nothing(make_window, qtbot, opened_urls):
    window = make_window()
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert opened_urls == []


def _click_link_text(qtbot, view, text: str) -> None:
    qtbot.waitUntil(lambda: view.isVisible() and view.height() > 0)
    point = link_point(view, text)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize(
    ("link_text", "url", "reason_names"),
    [("fake Signal", EVIL_URLS[0], "signal.org.evil.example"), ("click", EVIL_URLS[1], "")],
    ids=["look-alike", "javascript"],
)
def test_bad_link_in_a_step_is_refused(make_window, qtbot, opened_urls, link_text, url, reason_names):
    window = make_window()
    _click_link_text(qtbot, card(window, "suspicious-links").body, link_text)
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    assert dialog.url_view.plain_text() == url
    assert reason_names in dialog.reason_label.plain_text()
    click(qtbot, dialog.close_button)
    assert opened_urls == []


def test_allowed_link_in_a_step_opens_through_the_same_dialog(make_window, qtbot, opened_urls):
    window = make_window()
    _click_link_text(qtbot, card(window, "suspicious-links").body, "EFF")
    dialog = _dialog(window, qtbot, LinkDialog)
    assert dialog.url_view.plain_text() == GOOD_BODY_URL
    click(qtbot, dialog.open_button)
    assert opened_urls == [GOOD_BODY_URL]


def test_link_refused_by_the_policy_even_if_the_widget_hands_it_on(make_window, qtbot, opened_urls):
    window = make_window()
    body = card(window, "operator").body  # its text has no link at all
    body.link_requested.emit("https://user@signal.org/")
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    click(qtbot, dialog.close_button)
    assert opened_urls == []


def test_link_the_browser_would_read_differently_is_refused(make_window, qtbot, opened_urls):
    # The policy allows the text as written, but it is no valid address (a bad %-escape):
    # what the browser would be handed must pass the check too.
    window = make_window()
    card(window, "suspicious-links").body.link_requested.emit(GOOD_BODY_URL + "%zz")
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    click(qtbot, dialog.close_button)
    assert opened_urls == []


def test_email_address_is_shown_not_opened(make_window, qtbot, opened_urls):
    window = make_window()
    card(window, "operator").body.link_requested.emit("mailto:help@example.org")
    dialog = _dialog(window, qtbot, EmailDialog)
    assert dialog.url_view.plain_text() == "help@example.org"
    click(qtbot, dialog.close_button)
    assert opened_urls == []


def test_link_dialog_is_translated(make_window, qtbot, opened_urls):
    window = make_window(language="km")
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    assert has_khmer(dialog.open_button.text()) and has_khmer(dialog.cancel_button.text())
    assert has_khmer(dialog.windowTitle())
    dialog.reject()


def test_no_resource_is_ever_loaded_by_a_text_view(make_window):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    window = make_window()
    body = card(window, "operator").body
    for url in ("https://example.org/tracker.png", "file:///etc/passwd", "data:image/png;base64,AAAA"):
        assert body.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None


def test_an_undeclared_address_on_an_official_site_is_refused(make_window, qtbot, opened_urls):
    # ssd.eff.org is the guide's own domain, but guide.yaml does not list this exact address.
    window = make_window()
    card(window, "suspicious-links").body.link_requested.emit("https://ssd.eff.org/module/other")
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    assert dialog.url_view.plain_text() == "https://ssd.eff.org/module/other"
    assert "ssd.eff.org" not in dialog.reason_label.plain_text()  # not called a fake site: an unlisted address
    click(qtbot, dialog.close_button)
    assert opened_urls == []


def test_a_reference_link_hidden_in_a_quote_is_refused_in_the_window(make_window, guides, qtbot, opened_urls):
    # The audit's bypass: a reference defined inside a quote, its scheme written with a Markdown escape.
    lookalike = "https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms.update"
    en = guides / "testguide" / "en.yaml"
    text = en.read_text(encoding="utf-8").replace(
        '"Use a long PIN."', '"Get [Google Play][gp].\\n\\n> [gp]: https\\\\://' + lookalike[8:] + '"'
    )
    en.write_text(text, encoding="utf-8")
    window = make_window()
    body = card(window, "android-only").body
    assert body.hrefs() == [lookalike]  # Qt renders it as a link
    _click_link_text(qtbot, body, "Google Play")
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    assert dialog.url_view.plain_text() == lookalike
    click(qtbot, dialog.close_button)
    assert opened_urls == []


def _marked_runs(view) -> list[str]:
    """The runs of a text view drawn on a background of their own (the marked ones)."""
    runs = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().hasProperty(QTextFormat.Property.BackgroundBrush):
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return runs


def test_invisible_and_bidi_characters_in_an_address_are_named_and_marked(make_window, qtbot, opened_urls):
    window = make_window()
    url = "https://signal.org/download/\u202egpj.exe\u200b/\u00a0x"
    card(window, "operator").body.link_requested.emit(url)
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    shown = dialog.url_view.plain_text()
    assert shown == "https://signal.org/download/⟨U+202E⟩gpj.exe⟨U+200B⟩/⟨U+00A0⟩x"
    assert _marked_runs(dialog.url_view) == ["⟨U+202E⟩", "⟨U+200B⟩", "⟨U+00A0⟩"]
    click(qtbot, dialog.close_button)


def test_khmer_text_in_an_address_is_not_marked(make_window, qtbot, opened_urls):
    # Khmer needs its zero-width space between words in texts, but an address has no business with one;
    # Khmer letters themselves are visible and stay as they are.
    window = make_window()
    card(window, "operator").body.link_requested.emit("https://signal.org/ការពារ")
    dialog = _dialog(window, qtbot, RefusedLinkDialog)
    assert dialog.url_view.plain_text() == "https://signal.org/ការពារ"
    assert _marked_runs(dialog.url_view) == []
    click(qtbot, dialog.close_button)


def test_copy_address_says_it_copied_then_offers_to_copy_again(make_window, qtbot, opened_urls):
    from PySide6.QtGui import QGuiApplication

    from app.ui.link_dialog import COPIED_SHOWN_MS

    window = make_window()
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    offer = dialog.copy_button.text()
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == APK_URL
    assert dialog.copy_button.text() not in ("", offer)  # a visible confirmation, in place of the offer
    qtbot.waitUntil(lambda: dialog.copy_button.text() == offer, timeout=COPIED_SHOWN_MS + 3000)
    dialog.reject()


def test_copy_confirmation_is_translated(make_window, qtbot, opened_urls):
    window = make_window(language="km")
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    click(qtbot, dialog.copy_button)
    assert has_khmer(dialog.copy_button.text())
    dialog.reject()


def test_no_browser_the_person_is_told_and_given_the_address(make_window, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    from app.ui.link_dialog import NoBrowserDialog

    tried: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: tried.append(url.toString()) and False)
    window = make_window()
    click(qtbot, _get_it_button(window, APK_URL))
    click(qtbot, _dialog(window, qtbot, LinkDialog).open_button)
    assert tried == [APK_URL]
    dialog = _dialog(window, qtbot, NoBrowserDialog)
    assert dialog.url_view.plain_text() == APK_URL
    assert dialog.advice_label.plain_text()
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == APK_URL
    click(qtbot, dialog.close_button)
    assert tried == [APK_URL]  # tried once, when the person confirmed; not again


def test_when_the_browser_opens_no_second_dialog_appears(make_window, qtbot, opened_urls):
    window = make_window()
    click(qtbot, _get_it_button(window, APK_URL))
    dialog = _dialog(window, qtbot, LinkDialog)
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.open_button)
    assert opened_urls == [APK_URL]
    assert window.gate.current_dialog is None
