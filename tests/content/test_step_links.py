"""Which of a tool's downloads a step offers (Step.offers_links_for): the step's platforms, the filter, the web."""

from __future__ import annotations

import pytest

from app.content.model import LocalizedText, Step


def _step(*platforms: str) -> Step:
    text = LocalizedText("step.s.title", "x", "en")
    return Step("s", 1, text, text, platforms, ("signal",))


@pytest.mark.parametrize(
    ("platforms", "chosen", "offered"),
    [
        ((), None, {"android", "ios", "windows", "macos", "linux", "web"}),
        (("android",), None, {"android", "web"}),
        (("android", "ios"), "ios", {"ios", "web"}),
        ((), "linux", {"linux", "web"}),
        (("android",), "ios", {"web"}),  # such a step is hidden anyway; only the web would fit
    ],
)
def test_offered_download_platforms(platforms, chosen, offered):
    step = _step(*platforms)
    every = ("android", "ios", "windows", "macos", "linux", "web")
    assert {p for p in every if step.offers_links_for(p, chosen)} == offered
