"""Presentation mode, driven with the keys a presenter clicker sends, read as the room sees it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .helpers import ROOT, card
from .sample_guides import PLAY_URL
from .test_links import scanned


def present(window, qtbot, **kwargs):
    presentation = window.present(**kwargs)
    qtbot.addWidget(presentation)
    qtbot.waitExposed(presentation)
    return presentation


def shown_title(presentation, language_index: int = 0) -> str:
    return presentation.titles[language_index].plain_text()


def counter(presentation) -> str:
    return presentation.counter.text()


def read_codes(presentation) -> set[str]:
    return {text for label in presentation.qr_labels for text in scanned(label.pixmap().toImage())}


def test_f5_opens_full_screen_on_the_first_step(make_window, qtbot):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presentation is not None and window.presentation.isVisible())
    presentation = window.presentation
    qtbot.addWidget(presentation)
    assert presentation.isFullScreen()
    guide = window.session.library.guide("testguide", "en")
    assert shown_title(presentation) == guide.steps[0].title.value
    assert counter(presentation) == f"Step 1 of {len(guide.steps)}"


@pytest.mark.parametrize(
    ("forward", "back"),
    [
        (Qt.Key.Key_Right, Qt.Key.Key_Left),
        (Qt.Key.Key_Down, Qt.Key.Key_Up),
        (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp),
        (Qt.Key.Key_Space, Qt.Key.Key_Backspace),
    ],
)
def test_clicker_keys_move_between_steps(make_window, qtbot, forward, back):
    window = make_window()
    presentation = present(window, qtbot)
    steps = [s.title.value for s in window.session.library.guide("testguide", "en").steps]
    for expected in steps[1:]:
        qtbot.keyClick(presentation, forward)
        assert shown_title(presentation) == expected
    qtbot.keyClick(presentation, forward)  # past the last step: stays there
    assert counter(presentation) == f"Step {len(steps)} of {len(steps)}"
    qtbot.keyClick(presentation, back)
    assert shown_title(presentation) == steps[-2]
    qtbot.keyClick(presentation, Qt.Key.Key_Home)
    assert shown_title(presentation) == steps[0]


def test_qr_codes_are_the_steps_official_links_and_read_back(make_window, qtbot):
    window = make_window()
    presentation = present(window, qtbot)
    assert shown_title(presentation) == "Install Signal"
    expected = {link.url for link in presentation.links_shown()}
    assert PLAY_URL in expected and "https://apps.apple.com/app/id874139669" in expected
    assert read_codes(presentation) == expected


def test_platform_filter_keeps_only_that_platforms_codes(make_window, qtbot):
    window = make_window()
    window.set_platform("android")
    presentation = present(window, qtbot)
    codes = read_codes(presentation)
    assert PLAY_URL in codes
    assert not any("apple.com" in url or "download" in url for url in codes)
    titles = []
    for _ in presentation.steps:
        titles.append(shown_title(presentation))
        qtbot.keyClick(presentation, Qt.Key.Key_Right)
    assert "iphone-only" not in [s.id for s in presentation.steps]


def test_two_languages_show_both_texts(make_window, qtbot):
    window = make_window(language="km")
    presentation = present(window, qtbot, second="fr")
    library = window.session.library
    step = library.guide("testguide", "km").steps[0]
    assert shown_title(presentation, 0) == step.title.value
    assert shown_title(presentation, 1) == library.guide("testguide", "fr").steps[0].title.value
    assert counter(presentation).startswith("") and "១" in counter(presentation)  # Khmer digits


def test_escape_returns_to_the_same_step_in_the_window(make_window, qtbot):
    window = make_window()
    presentation = present(window, qtbot)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    step_id = presentation.steps[2].id
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation is None)
    assert window.focusWidget() is card(window, step_id).checkbox


def test_starts_at_the_step_that_has_focus(make_window, qtbot):
    window = make_window()
    window.guide_view.focus_step_id("android-only")
    presentation = present(window, qtbot)
    assert presentation.steps[presentation.index].id == "android-only"


SCREENS_SCRIPT = """
import json, sys
from pathlib import Path
from app.ui.main import MainWindow, create_application
from app.ui.session import Session
create_application()
window = MainWindow(Session.open(Path(sys.argv[1]), Path(sys.argv[2])))
window.show()
window._choose_screen(sys.argv[3]) if len(sys.argv) > 3 else None
presentation = window.present()
print(json.dumps({"window": window.screen().name(), "presentation": presentation.screen().name(),
                  "geometry": presentation.geometry().getRect(),
                  "text_px": presentation.bodies[0].font().pixelSize(),
                  "title_px": presentation.titles[0].font().pixelSize()}))
"""


@pytest.mark.parametrize("chosen", [None, "first"])
def test_presentation_goes_to_the_chosen_or_the_other_screen(tmp_path: Path, guides: Path, chosen):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "first", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
                    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
                ]
            }
        ),
        encoding="utf-8",
    )
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    args = [sys.executable, "-c", SCREENS_SCRIPT, str(guides), str(tmp_path / "data"), *([chosen] if chosen else [])]
    out = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["window"] == "first"
    assert result["presentation"] == (chosen or "projector")
    # Type follows the screen it is on: 1/30 of its height (36 px on a 1080p projector).
    height = 1080 if chosen is None else 768
    assert result["geometry"][3] == height
    assert result["text_px"] == round(height / 30) and result["title_px"] > result["text_px"]


def test_codes_of_the_step_left_are_gone_at_once(make_window, qtbot, qapp):
    window = make_window()
    presentation = present(window, qtbot)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    qtbot.keyClick(presentation, Qt.Key.Key_Left)
    qapp.processEvents()  # shows the new codes; the old ones wait for the event loop to delete them
    shown = [label for label in presentation.findChildren(QLabel, "PresentationQr") if label.isVisible()]
    assert len(shown) == len(presentation.qr_labels) > 0


def test_a_step_too_long_for_the_screen_gets_smaller_type(make_window, qtbot):
    window = make_window(language="km", guide="wiretap", root=ROOT / "resources" / "guides")
    presentation = present(window, qtbot, second="fr")  # the first step, in Khmer and French
    presentation.showNormal()
    presentation.resize(1280, 720)
    qtbot.waitUntil(lambda: presentation.height() == 720)
    assert presentation.bodies[0].font().pixelSize() < round(720 / 30)
