"""The trainer's group grid, used as a trainer would: a session, three pseudonyms, ticks, totals,
a restart, a CSV without names, a changed step, bad input, and deleting it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from app.store.sessions import SESSIONS_FILE


def open_group(window, qtbot):
    group = window.open_group()
    qtbot.addWidget(group)
    qtbot.waitExposed(group)
    return group


def add(group, name: str) -> bool:
    group.pseudonym.setText(name)
    return group.add_person()


def test_session_with_three_people_totals_restart_and_export(make_window, qtbot, data_dir: Path, tmp_path: Path):
    window = make_window()
    group = open_group(window, qtbot)
    group.new_name.setText("Tuesday")
    group.create_session()
    for name in ("Dara", "Sok", "Mealea"):
        assert add(group, name)
    group.tick("Dara", "install-signal")
    group.tick("Sok", "install-signal")
    group.tick("Sok", "operator")
    assert group.total_text("install-signal") == "2 of 3"
    assert group.total_text("operator") == "1 of 3"
    assert group.person_total_text("Sok") == f"2 of {len(group.guide.steps)}"

    restarted = open_group(make_window(), qtbot)  # as after a restart: read from disk
    assert restarted.session_combo.currentText() == "Tuesday (3 participants)"
    assert restarted.total_text("install-signal") == "2 of 3"

    out = tmp_path / "summary.csv"
    assert restarted.export_to(out)
    text = out.read_text(encoding="utf-8")
    rows = {row["step"]: row for row in csv.DictReader(text.splitlines())}
    assert rows["install-signal"]["done"] == "2" and rows["install-signal"]["participants"] == "3"
    assert not any(name in text for name in ("Dara", "Sok", "Mealea"))


def test_empty_and_duplicate_pseudonyms_are_explained(make_window, qtbot):
    group = open_group(make_window(), qtbot)
    assert not add(group, "Dara")  # no session yet
    assert "Create a session first" in group.message.plain_text()
    group.create_session()
    assert add(group, "Dara")
    assert not add(group, "  ")
    assert "Type a pseudonym" in group.message.plain_text()
    assert not add(group, "dara")
    assert "already has that pseudonym" in group.message.plain_text()
    assert group.current.people == ("Dara",)


def test_a_step_changed_since_the_tick_keeps_it_and_is_marked(make_window, qtbot, data_dir: Path):
    window = make_window()
    group = open_group(window, qtbot)
    session_id = group.create_session()
    add(group, "Dara")
    # The session ticked 'iphone-only' when it was at revision 1; the guide is at revision 2 now.
    group.store.set_done(session_id, "Dara", "iphone-only", True, 1)
    group._fill_grid()
    row = [s.id for s in group.guide.steps].index("iphone-only")
    item = group.grid.item(row, 0)
    assert item.checkState().name == "Checked"
    assert item.text() == "\u26a0" and "updated" in item.toolTip()


def test_delete_asks_once_and_removes_it(make_window, qtbot, data_dir: Path):
    group = open_group(make_window(), qtbot)
    group.create_session()
    add(group, "Dara")
    dialog = group.ask_delete()
    dialog.accept()
    assert group.current is None and group.store.sessions() == []
    assert open_group(make_window(), qtbot).store.sessions() == []  # gone from disk too


def test_newer_sessions_file_is_moved_aside_and_said(make_window, qtbot, data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / SESSIONS_FILE).write_text(json.dumps({"schema": 9, "sessions": {}}), encoding="utf-8")
    group = open_group(make_window(), qtbot)
    assert "moved aside" in group.message.plain_text()
    assert any(p.name.startswith(SESSIONS_FILE) and p.name != SESSIONS_FILE for p in data_dir.iterdir())


def test_unwritable_export_path_is_said_and_loses_nothing(make_window, qtbot, tmp_path: Path):
    group = open_group(make_window(), qtbot)
    group.create_session()
    assert not group.export_to(tmp_path / "no" / "such" / "folder.csv")
    assert "could not be written" in group.message.plain_text()
    assert group.current is not None


def test_erase_all_my_data_removes_the_sessions(make_window, qtbot, data_dir: Path):
    window = make_window()
    group = open_group(window, qtbot)
    group.create_session()
    add(group, "Dara")
    assert (data_dir / SESSIONS_FILE).exists()
    assert b"Dara" not in (data_dir / SESSIONS_FILE).read_bytes()  # encrypted like progress
    window.erase_all()
    assert not (data_dir / SESSIONS_FILE).exists()
