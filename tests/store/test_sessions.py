"""Group sessions: pseudonyms, ticks per person, totals, restart, export without names, bad files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.store import LoadStatus
from app.store.sessions import SESSIONS_FILE, PseudonymError, SessionStore, summary_csv

STEPS = [("install-signal", "Install Signal"), ("registration-lock", "Turn on registration lock"), ("pin", "PIN")]


def session_with_three(folder: Path) -> tuple[SessionStore, str]:
    store, report = SessionStore.open(folder)
    assert report.ok
    sid = store.create("wiretap", "Tuesday group")
    for name in ("Dara", "Sok", "Mealea"):
        store.add_person(sid, name)
    return store, sid


def test_ticks_totals_and_a_restart(folder: Path) -> None:
    store, sid = session_with_three(folder)
    store.set_done(sid, "Dara", "install-signal", True, 1)
    store.set_done(sid, "Sok", "install-signal", True, 1)
    store.set_done(sid, "Sok", "pin", True, 1)
    store.set_done(sid, "Sok", "pin", False, 1)

    again, report = SessionStore.open(folder)
    assert report.ok
    session = again.get(sid)
    assert session.name == "Tuesday group" and session.guide == "wiretap"
    assert session.people == ("Dara", "Sok", "Mealea")
    assert [session.count(step) for step, _title in STEPS] == [2, 0, 0]
    assert session.person_count("Sok", [s for s, _ in STEPS]) == 1
    assert again.sessions("wiretap") == [session] and again.sessions("phone") == []


@pytest.mark.parametrize(
    ("pseudonym", "reason"),
    [("", "empty"), ("   ", "empty"), ("dara", "duplicate"), (" Dara ", "duplicate"), ("x" * 41, "too-long")],
)
def test_bad_pseudonyms_are_refused_and_nothing_changes(folder: Path, pseudonym: str, reason: str) -> None:
    store, sid = session_with_three(folder)
    before = (folder / SESSIONS_FILE).read_bytes()
    with pytest.raises(PseudonymError) as refused:
        store.add_person(sid, pseudonym)
    assert refused.value.reason == reason
    assert (folder / SESSIONS_FILE).read_bytes() == before


def test_summary_has_counts_per_step_and_no_pseudonym(folder: Path) -> None:
    store, sid = session_with_three(folder)
    store.set_done(sid, "Mealea", "registration-lock", True, 2)
    text = summary_csv(store.get(sid), STEPS)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["step", "title", "done", "participants"]
    assert rows[1:] == [
        ["install-signal", "Install Signal", "0", "3"],
        ["registration-lock", "Turn on registration lock", "1", "3"],
        ["pin", "PIN", "0", "3"],
    ]
    assert not any(name in text for name in ("Dara", "Sok", "Mealea"))


def test_a_step_changed_since_it_was_ticked_keeps_the_tick_and_says_so(folder: Path) -> None:
    store, sid = session_with_three(folder)
    store.set_done(sid, "Dara", "install-signal", True, 1)
    session = SessionStore.open(folder)[0].get(sid)
    assert session.is_done("Dara", "install-signal")
    assert session.changed_since("Dara", "install-signal", 2)
    assert not session.changed_since("Dara", "install-signal", 1)


def test_delete_removes_the_session_only(folder: Path) -> None:
    store, sid = session_with_three(folder)
    other = store.create("phone", "Wednesday")
    store.delete(sid)
    reopened = SessionStore.open(folder)[0]
    assert reopened.get(sid) is None and reopened.get(other) is not None
    assert "Dara" not in (folder / SESSIONS_FILE).read_text(encoding="utf-8")


def test_two_windows_keep_each_others_changes(folder: Path) -> None:
    first, sid = session_with_three(folder)
    second = SessionStore.open(folder)[0]
    first.set_done(sid, "Dara", "pin", True, 1)
    second.set_done(sid, "Sok", "pin", True, 1)
    assert SessionStore.open(folder)[0].get(sid).count("pin") == 2


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (json.dumps({"schema": 2, "sessions": {}}).encode(), LoadStatus.NEWER_SCHEMA),
        (b'{"schema": 1, "sessions": {"a": {"guide": 3}}}', LoadStatus.CORRUPT),
        (b"\x00\xff not json", LoadStatus.CORRUPT),
    ],
)
def test_bad_or_newer_file_is_moved_aside_and_kept(folder: Path, content: bytes, status: LoadStatus) -> None:
    folder.mkdir(parents=True)
    (folder / SESSIONS_FILE).write_bytes(content)
    store, report = SessionStore.open(folder)
    assert report.status is status
    assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == content
    assert store.sessions() == []
    store.create("wiretap", "fresh")  # and the store works again
    assert len(SessionStore.open(folder)[0].sessions()) == 1
