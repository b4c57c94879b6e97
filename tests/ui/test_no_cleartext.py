"""After a session, no byte Karpear wrote anywhere says which guide or steps a person worked on.

A fresh HOME and data folder; an earlier version's plain files (one of them damaged, so a copy
is moved aside); then the real window: ticks, unticks, language, platform filter, text size.
Every file under the test's folder is then read, HOME's caches included (but the content
snapshot a checkout caches: the shipped guides, the same for everyone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.content import load_library

from .helpers import data_files, run_karpear_python

_SESSION = """
import os
import sys

PSEUDONYM = "Sopheap-Blue-Heron"
os.environ["KARPEAR_DATA_DIR"] = sys.argv[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from app.ui.main import MainWindow, create_application
from app.ui.session import Session

app = create_application(sys.argv[:1])
session = Session.open()
window = MainWindow(session)


def work():
    cards = window.guide_view.cards
    for card in cards:
        card.checkbox.click()
    cards[0].checkbox.click()  # and one untick
    window.set_platform("android")
    window.change_font_size(+2)
    window.set_language("fr")
    group = window.open_group()  # a trainer's roster, by pseudonym
    group.new_name.setText("Tuesday group")
    group.create_session()
    group.pseudonym.setText(PSEUDONYM)
    group.add_person()
    group.tick(PSEUDONYM, cards[1].step.id)
    done = session.progress.count_done(window.guide_id, [c.step.id for c in cards])
    print("protection:", session.vault.source, "done:", done)
    app.quit()


window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, work)))
window.show()
sys.exit(app.exec())
"""


def _ids() -> dict[str, bytes]:
    """What must not be found: each guide and step id, quoted as JSON would write it, and bare if long;
    the participant's pseudonym and the group session's name."""
    library = load_library(None)
    found: dict[str, bytes] = {"pseudonym": b"Sopheap-Blue-Heron", "session name": b"Tuesday group"}
    for guide_id in library.guide_ids:
        ids = [guide_id, *(step.id for step in library.guide(guide_id, "en").steps)]
        for each in ids:
            found[each] = json.dumps(each).encode()
            if len(each) >= 6:
                found[each + " (bare)"] = each.encode()
    return found


def _earlier_versions_files(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    guide_id = load_library(None).guide_ids[0]
    (data_dir / "settings.json").write_text(json.dumps({"schema": 1, "last_guide_id": guide_id}), encoding="utf-8")
    steps = [s.id for s in load_library(None).guide(guide_id, "en").steps]
    damaged = json.dumps({"schema": 1, "guides": {guide_id: {steps[0]: {}}}})[:-4]  # cut short
    (data_dir / "progress.json").write_text(damaged, encoding="utf-8")


def _clear_ids_in(root: Path) -> list[str]:
    ids = _ids()
    # A checkout caches its content snapshot (the shipped guides themselves, the same for everyone;
    # the packaged app carries it in the bundle): it says nothing of what a person did.
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and p.parent.name != "snapshots"]
    assert files, "nothing was written at all"
    return [f"{name} in {path}" for path in files for name, needle in ids.items() if needle in path.read_bytes()]


@pytest.mark.parametrize("protection", ["passphrase", "secret-service"])
def test_no_guide_or_step_id_in_clear_anywhere_after_a_session(protection, tmp_path, request):
    data_dir = tmp_path / "data"
    _earlier_versions_files(data_dir)
    if protection == "passphrase":
        result = run_karpear_python("-c", _SESSION, str(data_dir), data_dir=data_dir)
    else:
        result = request.getfixturevalue("secret_service")(_SESSION, str(data_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    source = "passphrase" if protection == "passphrase" else "keyring"
    assert result.stdout.startswith(f"protection: {source}"), result.stdout
    names = data_files(data_dir)
    assert names[0] == "progress.json" and names[1].startswith("progress.json.corrupt-")  # moved aside
    assert "sessions.json" in names
    assert _clear_ids_in(tmp_path) == []
