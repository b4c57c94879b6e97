"""The shipped guides, all of them, as a person finds them in the window."""

from __future__ import annotations

import pytest

from app.content import load_library
from app.content.khmer import has_khmer
from app.resources import guides_dir

from .helpers import click, step_ids


@pytest.mark.parametrize("language", ["km", "fr", "en"])
def test_every_shipped_guide_has_a_tile_and_opens_with_all_its_steps(make_window, qtbot, language):
    library = load_library()
    window = make_window(language=language, guide="wiretap", root=guides_dir())
    assert list(window.guide_list.tiles) == list(library.guide_ids)
    for guide_id in library.guide_ids:
        guide = library.guide(guide_id, language)
        tile = window.guide_list.tiles[guide_id]
        assert tile.title.plain_text() == guide.title.value
        assert not guide.title.fallback  # translated, not English shown in its place
        click(qtbot, tile)
        qtbot.waitUntil(lambda guide=guide: window.guide_view.title.plain_text() == guide.title.value)
        assert step_ids(window) == [step.id for step in guide.steps]
    if language == "km":
        assert all(has_khmer(tile.title.plain_text()) for tile in window.guide_list.tiles.values())
