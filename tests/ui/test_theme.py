"""The look: light and dark palettes that follow the system, every text readable (WCAG AA), an app icon."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import theme

SCHEMES = [theme.LIGHT, theme.DARK]


def test_contrast_ratio_matches_the_wcag_examples():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_text_colour_meets_aa_on_every_surface_it_meets(scheme):
    pairs = [(fg, bg, 4.5) for fg, backgrounds in theme.TEXT_ON.items() for bg in backgrounds]
    pairs += [(fg, bg, 3.0) for fg, backgrounds in theme.EDGES_ON.items() for bg in backgrounds]
    failing = [
        (fg, bg, round(ratio, 2))
        for fg, bg, least in pairs
        if (ratio := theme.contrast_ratio(getattr(scheme, fg), getattr(scheme, bg))) < least
    ]
    assert not failing


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_tags_banners_and_badges_are_readable(scheme):
    for kind, (background, text, edge) in scheme.tones.items():
        assert theme.contrast_ratio(text, background) >= 4.5, kind  # the tag's own words
        assert theme.contrast_ratio(scheme.text, background) >= 4.5, kind  # a banner's label, in body text colour
        assert theme.contrast_ratio(edge, background) >= 3, kind  # a banner's coloured edge


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_rule_of_the_style_sheet_that_paints_text_on_a_colour_is_readable(scheme):
    sheet = theme.style_sheet(11, scheme=scheme)
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", sheet)
    checked = 0
    for selector, body in rules:
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", body)
        background = re.search(r"background:\s*(#[0-9a-f]{6})", body)
        if colour and background:
            checked += 1
            ratio = theme.contrast_ratio(colour.group(1), background.group(1))
            assert ratio >= 4.5, (selector.strip(), ratio)
    assert checked >= 15  # tones, menus, buttons: the parser did find them
    # Every text colour the sheet uses is one the pair lists above cover.
    used = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", sheet))
    covered = {getattr(scheme, fg) for fg in theme.TEXT_ON} | {fg for _bg, fg, _edge in scheme.tones.values()}
    assert used <= covered, used - covered


def _pixel(window, widget, x: int, y: int) -> str:
    image = window.grab().toImage()
    return image.pixelColor(widget.mapTo(window, widget.rect().topLeft()) + type(widget.pos())(x, y)).name()


def test_the_window_follows_the_system_light_and_dark(make_window, qtbot):
    window = make_window()
    hints = QGuiApplication.styleHints()
    page = window.guide_view.widget()
    try:
        for system, expected in (
            (Qt.ColorScheme.Dark, theme.DARK),
            (Qt.ColorScheme.Unknown, theme.DARK),  # the system said nothing new: keep what is shown
            (Qt.ColorScheme.Light, theme.LIGHT),
            (Qt.ColorScheme.Dark, theme.DARK),
        ):
            hints.colorSchemeChanged.emit(system)
            assert window.scheme == expected
            assert QApplication.palette().color(QPalette.ColorRole.Window).name() == expected.window
            qtbot.waitUntil(lambda expected=expected: _pixel(window, page, 4, 4) == expected.window)
            title = window.guide_view.title
            assert title.palette().color(title.foregroundRole()).name() == expected.text
    finally:
        window.set_scheme(theme.LIGHT)  # the palette is the application's: leave it as other tests expect


def test_language_switches_do_not_pile_up_scheme_listeners(make_window):
    window = make_window()
    hints = QGuiApplication.styleHints()
    signal = "2colorSchemeChanged(Qt::ColorScheme)"
    listening = hints.receivers(signal)
    for language in ("km", "fr", "en", "km"):
        window.set_language(language)
    assert hints.receivers(signal) == listening


def test_the_window_has_the_app_icon(make_window):
    from PySide6.QtGui import QImage

    from app.resources import resource_path

    window = make_window()
    icon = window.windowIcon()
    assert not icon.isNull()
    original = QImage(str(resource_path("icons", "karpear.png")))
    assert icon.availableSizes() == [original.size()]  # the icon is that file, not Qt's default
    shown = icon.pixmap(original.size()).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    original = original.convertToFormat(QImage.Format.Format_ARGB32)
    for x, y in ((128, 128), (64, 200), (200, 64), (128, 40)):  # a rasteriser may round a channel by one
        a, b = shown.pixelColor(x, y), original.pixelColor(x, y)
        assert max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 2
