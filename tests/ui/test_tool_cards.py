"""Each step offers only the downloads that fit it, and a tool is described in full once per guide."""

from __future__ import annotations

from app.ui import theme

from .helpers import card, step_ids

EVERY_SIGNAL_PLATFORM = {"android", "ios", "windows", "macos", "linux"}


def _offered(window, step_id: str) -> list[tuple[str, str]]:
    """(platform, button text) of every download button the step's Signal card shows."""
    signal = card(window, step_id).tool_cards[0]
    return [(link.platform, button.text()) for link, button in signal.link_buttons]


def shown(tool_card) -> list[str]:
    from app.ui.text import WrapLabel

    return [label.plain_text() for label in tool_card.findChildren(WrapLabel)]


def test_a_step_for_one_platform_offers_only_its_downloads(make_window):
    window = make_window()
    assert {platform for platform, _text in _offered(window, "install-signal")} == EVERY_SIGNAL_PLATFORM
    assert _offered(window, "android-only") == [
        ("android", "Get it for Android (Google Play)"),
        ("android", "Get it for Android (APK file)"),
    ]
    assert _offered(window, "iphone-only") == [("ios", "Get it for iPhone")]


def test_the_platform_filter_narrows_the_downloads_too(make_window):
    window = make_window()
    window.platform_combo.setCurrentIndex(window.platform_combo.findData("ios"))
    assert step_ids(window) == ["install-signal", "operator", "iphone-only", "suspicious-links", "old-apps"]
    assert _offered(window, "install-signal") == [("ios", "Get it for iPhone")]
    window.platform_combo.setCurrentIndex(window.platform_combo.findData("linux"))
    assert _offered(window, "install-signal") == [("linux", "Get it for Linux")]


def test_a_tool_named_again_is_a_short_reference_to_its_full_card(make_window, qtbot):
    window = make_window()
    full, again = card(window, "install-signal").tool_cards[0], card(window, "android-only").tool_cards[0]
    assert not full.compact and full.homepage_button is not None
    reason = "Messages and calls are end-to-end encrypted."
    assert reason in shown(full)
    assert again.compact and again.homepage_button is None and reason not in shown(again)
    assert "Described above, under “Install Signal”." in shown(again)
    assert again.status_badge.text() == full.status_badge.text() == "Recommended"  # a status is never one scroll away
    # Cards built on demand get their sizes on the layout pass that follows, as on screen.
    qtbot.waitUntil(lambda: 0 < again.height() < full.height())


def test_one_clear_primary_action_per_tool(make_window, qtbot):
    window = make_window()
    for step_id in ("install-signal", "android-only", "iphone-only"):
        buttons = [button for _link, button in card(window, step_id).tool_cards[0].link_buttons]
        qtbot.waitUntil(lambda buttons=buttons: all(b.isVisible() and b.width() > 0 for b in buttons))
        # What a person sees: one filled accent button, the others quiet (card coloured).
        fills = [b.grab().toImage().pixelColor(5, b.height() // 2).name() for b in buttons]
        assert fills == [theme.LIGHT.accent] + [theme.LIGHT.card] * (len(buttons) - 1), step_id
