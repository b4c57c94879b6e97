"""Large text and narrow windows: at every text size the app allows, in every language, nothing is cut off,
and the window still fits a 1280×720 screen; at 700 px wide the guide list takes less than a third."""

from __future__ import annotations

import pytest

from app.store.settings import FONT_SIZE_DEFAULT, FONT_SIZE_MAX, FONT_SIZE_MIN

from .helpers import assert_nothing_cut as _assert_nothing_cut

LANGUAGES = ("km", "en", "fr")
SMALL_SCREEN = (1280, 720)
TITLE_BAR = 40


def _set_size(window, points: int) -> None:
    """Ctrl+= / Ctrl+- until the text is `points` large, as a person would."""
    while window.session.settings.font_size != points:
        window.change_font_size(+1 if window.session.settings.font_size < points else -1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_off_at_any_size_on_a_small_laptop(make_window, qtbot, language):
    window = make_window(language=language)
    window.resize(*SMALL_SCREEN)
    window.guide_view.cards  # noqa: B018 - every card, not only those built so far
    for points in range(FONT_SIZE_MIN, FONT_SIZE_MAX + 1):
        _set_size(window, points)
        _assert_nothing_cut(window, qtbot, f"{language} at {points} pt")
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        # Room left for a title bar: the least size of the window itself, frame aside.
        assert least.width() <= SMALL_SCREEN[0] and least.height() <= SMALL_SCREEN[1] - TITLE_BAR, (points, least)
        assert (window.width(), window.height()) == SMALL_SCREEN, points  # it did not grow off the screen
    _set_size(window, FONT_SIZE_DEFAULT)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_narrow_window_keeps_most_of_its_width_for_the_checklist(make_window, qtbot, language):
    window = make_window(language=language)
    window.resize(700, 720)
    qtbot.waitUntil(lambda: window.guide_list.isVisible() and window.guide_list.width() > 0)
    qtbot.waitUntil(lambda: window.guide_view.x() == window.guide_list.width())
    assert window.guide_list.width() < window.width() / 3
    assert window.guide_list.width() >= window.guide_list.minimumSizeHint().width()  # titles not cut
    window.guide_view.cards  # noqa: B018
    _assert_nothing_cut(window, qtbot, f"{language} at 700 px")


@pytest.mark.parametrize("language", ["km", "fr"])  # the longest words
def test_the_narrowest_window_at_the_largest_size_cuts_nothing(make_window, qtbot, language):
    window = make_window(language=language)
    _set_size(window, FONT_SIZE_MAX)
    window.resize(1, 1)  # a window never gets narrower than its least size
    qtbot.waitUntil(lambda: window.width() > 1)
    window.guide_view.cards  # noqa: B018
    _assert_nothing_cut(window, qtbot, f"{language} at the largest size, {window.width()} px")
    assert window.width() <= SMALL_SCREEN[0]
    # The guide list keeps less than a third, or folds away rather than cut its titles.
    assert window.guide_list.isHidden() or window.guide_list.width() < window.width() / 3
    _set_size(window, FONT_SIZE_DEFAULT)


def test_when_the_guide_list_folds_away_the_go_menu_still_lists_every_guide(make_window, qtbot):
    window = make_window()
    window.resize(1, 1)  # as narrow as the checklist allows: no room left for the list
    qtbot.waitUntil(lambda: window.guide_list.isHidden())
    go = window.menuBar().actions()[2].menu()
    guides = {a.data(): a for a in go.actions() if a.data()}
    assert set(guides) == {"backups", "testguide"} and guides["testguide"].isChecked()
    guides["backups"].trigger()
    assert window.guide_id == "backups" and window.guide_view.title.plain_text() == guides["backups"].text()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.guide_list.isVisible())
    assert window.guide_list.tiles["backups"].isChecked()
