"""A trainer's group sessions: who in the room has done which step, kept in `sessions.json`.

File format (schema 1)::

    {"schema": 1,
     "sessions": {session_id: {"guide": guide_id, "name": "Tuesday group",
                               "created": "2026-12-03T09:00:00+00:00",
                               "people": ["Dara", "Sok"],
                               "done": {"Dara": {step_id: revision}}}}}

People are pseudonyms: the UI asks for them, and nothing here needs a real name.
A tick keeps the step's revision, so a step changed since the session ticked it
is shown as changed (like the main window does), and old ticks are never dropped.
Writes go through the same merge-under-lock path as progress.
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from app.store import document
from app.store.document import InvalidDocument, LoadReport, is_int
from app.store.paths import data_dir
from app.store.storage import PlainFileStorage, Storage

SESSIONS_FILE = "sessions.json"
SCHEMA = 1
MAX_PSEUDONYM = 40


class PseudonymError(ValueError):
    """A pseudonym that cannot be added; `reason` is "empty", "too-long" or "duplicate"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class GroupSession(NamedTuple):
    id: str
    guide: str
    name: str
    created: str
    people: tuple[str, ...]
    done: dict[str, dict[str, int]]  # person -> step id -> revision ticked at

    def is_done(self, person: str, step_id: str) -> bool:
        return step_id in self.done.get(person, {})

    def count(self, step_id: str) -> int:
        """How many people have done the step."""
        return sum(1 for person in self.people if self.is_done(person, step_id))

    def person_count(self, person: str, step_ids: Iterable[str]) -> int:
        return sum(1 for step_id in step_ids if self.is_done(person, step_id))

    def changed_since(self, person: str, step_id: str, current_revision: int) -> bool:
        revision = self.done.get(person, {}).get(step_id)
        return revision is not None and revision < current_revision


def clean_pseudonym(text: str) -> str:
    """The pseudonym as stored: NFC, spaces trimmed and folded."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _validate(doc: dict[str, Any]) -> dict[str, Any]:
    sessions = doc.get("sessions", {})
    if not isinstance(sessions, dict):
        raise InvalidDocument('"sessions" is not an object')
    for session_id, entry in sessions.items():
        where = f"session {session_id!r}"
        if not isinstance(entry, dict):
            raise InvalidDocument(f"{where}: not an object")
        for key in ("guide", "name", "created"):
            if not isinstance(entry.get(key), str):
                raise InvalidDocument(f"{where}: missing or invalid {key}")
        people, done = entry.get("people"), entry.get("done")
        if not isinstance(people, list) or not all(isinstance(p, str) for p in people):
            raise InvalidDocument(f"{where}: people is not a list of names")
        if not isinstance(done, dict):
            raise InvalidDocument(f"{where}: done is not an object")
        for person, steps in done.items():
            if not isinstance(steps, dict) or not all(is_int(r) for r in steps.values()):
                raise InvalidDocument(f"{where}: ticks of {person!r} are not step revisions")
    return doc


class SessionStore:
    """Group sessions, saved at every change (merged into the file as it is on disk)."""

    def __init__(self, backend: Storage, doc: dict[str, Any] | None = None, *, can_save: bool = True) -> None:
        self._backend = backend
        self._doc: dict[str, Any] = doc if doc is not None else {}
        self._normalise(self._doc)
        self._can_save = can_save

    @classmethod
    def open(cls, folder: Path | None = None, backend: Storage | None = None) -> tuple[SessionStore, LoadReport]:
        """Load the sessions; a bad or newer file is moved aside (the report says so) and none are loaded."""
        if backend is None:
            backend = PlainFileStorage(Path(folder if folder is not None else data_dir()) / SESSIONS_FILE)
        doc, report = document.load(backend, SCHEMA, _validate)
        return cls(backend, doc, can_save=report.can_save), report

    @staticmethod
    def _normalise(doc: dict[str, Any]) -> bool:
        doc["schema"] = SCHEMA
        doc.setdefault("sessions", {})
        return True

    # -- reading
    def sessions(self, guide_id: str | None = None) -> list[GroupSession]:
        """Every session (of one guide), newest first."""
        found = [self.get(session_id) for session_id in self._doc["sessions"]]
        found = [s for s in found if s is not None and (guide_id is None or s.guide == guide_id)]
        return sorted(found, key=lambda s: s.created, reverse=True)

    def get(self, session_id: str) -> GroupSession | None:
        entry = self._doc["sessions"].get(session_id)
        if entry is None:
            return None
        done = {person: dict(steps) for person, steps in entry["done"].items()}
        return GroupSession(session_id, entry["guide"], entry["name"], entry["created"], tuple(entry["people"]), done)

    # -- changing
    def create(self, guide_id: str, name: str) -> str:
        session_id = secrets.token_hex(6)
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        entry = {"guide": guide_id, "name": name.strip(), "created": created, "people": [], "done": {}}

        def change(doc: dict[str, Any]) -> bool:
            doc["sessions"][session_id] = entry
            return True

        self._update(change)
        return session_id

    def add_person(self, session_id: str, pseudonym: str) -> str:
        """Add a participant; raises PseudonymError for an empty, too long or already used pseudonym."""
        name = clean_pseudonym(pseudonym)
        if not name:
            raise PseudonymError("empty")
        if len(name) > MAX_PSEUDONYM:
            raise PseudonymError("too-long")
        session = self.get(session_id)
        if session is None:
            raise KeyError(session_id)
        if any(_same(name, other) for other in session.people):
            raise PseudonymError("duplicate")

        def change(doc: dict[str, Any]) -> bool:
            entry = doc["sessions"].get(session_id)
            if entry is None or any(_same(name, other) for other in entry["people"]):
                return False
            entry["people"].append(name)
            return True

        self._update(change)
        return name

    def remove_person(self, session_id: str, person: str) -> None:
        def change(doc: dict[str, Any]) -> bool:
            entry = doc["sessions"].get(session_id)
            if entry is None or person not in entry["people"]:
                return False
            entry["people"].remove(person)
            entry["done"].pop(person, None)
            return True

        self._update(change)

    def set_done(self, session_id: str, person: str, step_id: str, done: bool, revision: int) -> None:
        def change(doc: dict[str, Any]) -> bool:
            entry = doc["sessions"].get(session_id)
            if entry is None or person not in entry["people"]:
                return False
            steps = entry["done"].setdefault(person, {})
            if done:
                if steps.get(step_id) == revision:
                    return False
                steps[step_id] = revision
            elif steps.pop(step_id, None) is None:
                return False
            if not steps:
                del entry["done"][person]
            return True

        self._update(change)

    def delete(self, session_id: str) -> None:
        def change(doc: dict[str, Any]) -> bool:
            return doc["sessions"].pop(session_id, None) is not None

        self._update(change)

    def _update(self, change: Callable[[dict[str, Any]], bool]) -> None:
        """Merge `change` into the file as it is now and save; raises SaveError if that fails."""
        if not self._can_save:
            change(self._doc)
            return
        # A file damaged meanwhile is moved aside by update() and what this window shows is saved.
        self._doc, _report = document.update(
            self._backend, SCHEMA, _validate, lambda doc: self._normalise(doc) and change(doc), known=self._doc
        )


def summary_csv(session: GroupSession, steps: Sequence[tuple[str, str]]) -> str:
    """Counts per step, no names: `step,title,done,of` lines (steps as (id, title) in guide order)."""
    import csv  # noqa: PLC0415 - only for an export
    import io  # noqa: PLC0415

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["step", "title", "done", "participants"])
    for step_id, title in steps:
        writer.writerow([step_id, title, session.count(step_id), len(session.people)])
    return out.getvalue()
