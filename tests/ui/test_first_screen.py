"""The first screen is built without PySide6's `Qt` namespace (see app/ui/properties.py),
and the garbage collector, paused for start-up (app/cli.py), runs again once it has painted.

Touching any `Qt.*` enum builds all of that namespace's enums at once, ~12 ms
of start-up. Each case starts the real app in a fresh interpreter (the test
process has built the namespace long ago) and reports, at its first paint,
whether the namespace exists yet. The cases put every kind of widget the
first screen can show on it: both languages' scripts, the platform filter,
notices with buttons, untranslated tags, tool cards, an updated step.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.store import ProgressStore, Settings

from .helpers import run_karpear_python

_REPORT_AT_FIRST_PAINT = """
import gc
import sys
from pathlib import Path

import PySide6.QtCore as QtCore

from app import cli
from app.ui import main, session

def report():
    print("Qt namespace built:", "Qt" in vars(QtCore), flush=True)
    print("garbage collector running:", gc.isenabled(), flush=True)
    main.QApplication.quit()

main.MainWindow._report_paint_and_quit = staticmethod(report)
if len(sys.argv) > 1:  # other guides than the shipped ones, every card of them built before the paint
    open_session = session.Session.open
    session.Session.open = lambda **kwargs: open_session(Path(sys.argv[1]), **kwargs)
    main.GuideView.FIRST_CARDS = 1000
sys.exit(cli.main(["--exit-after-paint"]))
"""


def _first_paint(data_dir: Path, guides: Path | None = None) -> str:
    result = run_karpear_python("-c", _REPORT_AT_FIRST_PAINT, *([str(guides)] if guides else []), data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    qt_line, gc_line = result.stdout.strip().splitlines()
    # Paused for start-up only (app/cli.py): the first paint turns it back on.
    assert gc_line == "garbage collector running: True"
    return qt_line


def _settings(data_dir: Path, language: str, platform: str | None = None) -> None:
    settings, _report = Settings.open(data_dir)
    settings.language, settings.platform_filter = language, platform
    settings.save()


@pytest.mark.parametrize(("language", "platform"), [("en", None), ("km", "android"), ("fr", "ios")])
def test_shipped_guides_first_screen(data_dir, language, platform):
    _settings(data_dir, language, platform)
    assert _first_paint(data_dir) == "Qt namespace built: False"


def test_first_screen_with_notices_untranslated_texts_and_an_updated_step(data_dir, guides):
    # The sample guides carry content errors (a notice with a Dismiss button), untranslated
    # French texts, a draft banner, badges, a discontinued tool, and a step ticked before its
    # advice changed; every card is built before this first paint.
    _settings(data_dir, "fr")
    store, _report = ProgressStore.open(data_dir)
    store.set_done("testguide", "iphone-only", True, 1)
    assert _first_paint(data_dir, guides) == "Qt namespace built: False"


def test_the_check_can_fail(data_dir, guides, monkeypatch):
    # The probe itself works: a first screen that touches `Qt` is reported.
    monkeypatch.setenv("PYTHONSTARTUP", "")
    sitecustomize = data_dir.parent / "touch-qt"
    sitecustomize.mkdir()
    (sitecustomize / "sitecustomize.py").write_text("import PySide6.QtCore\nPySide6.QtCore.Qt\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(sitecustomize), os.environ.get("PYTHONPATH", "")]))
    assert _first_paint(data_dir) == "Qt namespace built: True"
