"""Which steps a person has done, per guide, kept in `progress.json`.

File format (schema 1)::

    {"schema": 1,
     "guides": {guide_id: {step_id: {"done_at": "2025-01-31T09:00:00+00:00",
                                      "revision": 2, "seen_revision": 3}}}}

`revision` is the step's revision when it was ticked; `seen_revision` the latest
revision the person has looked at since. A step whose current revision is newer
than both was "updated since you checked it".

Step ids a newer guide dropped stay in the file: the store never deletes what it
does not know, only what the person unticks or erases. Unknown keys (from a
newer schema-1 writer) are kept as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.store import document
from app.store.document import InvalidDocument, LoadReport, is_int
from app.store.paths import data_dir
from app.store.storage import PlainFileStorage, Storage

PROGRESS_FILE = "progress.json"
SCHEMA = 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _parse_time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
        if parsed.utcoffset() is None:
            return None  # we always write UTC with an offset; a naive time is not ours
        return parsed.astimezone(dt.UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 shifted out of range
        return None


def _validate(doc: dict[str, Any]) -> dict[str, Any]:
    guides = doc.get("guides", {})
    if not isinstance(guides, dict):
        raise InvalidDocument('"guides" is not an object')
    for guide_id, steps in guides.items():
        if not isinstance(steps, dict):
            raise InvalidDocument(f"guide {guide_id!r}: steps are not an object")
        for step_id, entry in steps.items():
            where = f"guide {guide_id!r}, step {step_id!r}"
            if not isinstance(entry, dict):
                raise InvalidDocument(f"{where}: not an object")
            if _parse_time(entry.get("done_at")) is None:
                raise InvalidDocument(f"{where}: missing or invalid done_at")
            for key in ("revision", "seen_revision"):
                if not is_int(entry.get(key)):
                    raise InvalidDocument(f"{where}: missing or invalid {key}")
    return doc


def _check_ids(guide_id: str, step_id: str) -> None:
    if not isinstance(guide_id, str) or not isinstance(step_id, str):
        raise TypeError("guide_id and step_id must be str")


def _check_revision(revision: int) -> None:
    if not is_int(revision):
        raise TypeError(f"revision must be an int, not {type(revision).__name__}")


class ProgressStore:
    """Done steps per guide. Every change is written atomically at once.

    Open with `ProgressStore.open()`. Every change re-reads the file and merges into it under a
    lock, so two windows never lose each other's ticks. Changing methods raise SaveError (an
    OSError, whatever the cause) if the write fails; memory then still matches the disk.
    """

    def __init__(self, backend: Storage, doc: dict[str, Any] | None = None, *, can_save: bool = True) -> None:
        self._backend = backend
        self._doc: dict[str, Any] = doc if doc is not None else {}
        self._doc["schema"] = SCHEMA
        self._doc.setdefault("guides", {})
        self._can_save = can_save
        self._set_aside: LoadReport | None = None

    @classmethod
    def open(cls, folder: Path | None = None, backend: Storage | None = None) -> tuple[ProgressStore, LoadReport]:
        """Load progress from `backend`, else from `folder/progress.json` (default folder: `data_dir()`).

        Never raises for a bad file: it is moved aside, the report says why, and the store starts empty.
        """
        if backend is None:
            backend = PlainFileStorage(Path(folder if folder is not None else data_dir()) / PROGRESS_FILE)
        doc, report = document.load(backend, SCHEMA, _validate)
        return cls(backend, doc, can_save=report.can_save), report

    # -- reading

    @property
    def _guides(self) -> dict[str, dict[str, dict[str, Any]]]:
        return self._doc["guides"]

    def _entry(self, guide_id: str, step_id: str) -> dict[str, Any] | None:
        return self._guides.get(guide_id, {}).get(step_id)

    def is_done(self, guide_id: str, step_id: str) -> bool:
        return self._entry(guide_id, step_id) is not None

    def done_at(self, guide_id: str, step_id: str) -> dt.datetime | None:
        """When the step was ticked (timezone-aware, UTC), or None if it is not done."""
        entry = self._entry(guide_id, step_id)
        return None if entry is None else _parse_time(entry["done_at"])

    def done_steps(self, guide_id: str) -> set[str]:
        """Every done step id of the guide, including ids the current guide no longer has."""
        return set(self._guides.get(guide_id, {}))

    def count_done(self, guide_id: str, step_ids: Iterable[str]) -> int:
        """How many of `step_ids` are done: hidden or dropped steps, not passed in, do not count."""
        done = self._guides.get(guide_id, {})
        return sum(1 for step_id in set(step_ids) if step_id in done)

    def needs_review(self, guide_id: str, step_id: str, current_revision: int) -> bool:
        """True if the step is done but changed since the person ticked it or last looked at it."""
        entry = self._entry(guide_id, step_id)
        if entry is None:
            return False
        return max(entry["revision"], entry["seen_revision"]) < current_revision

    # -- changing

    def set_done(self, guide_id: str, step_id: str, done: bool, revision: int) -> None:
        """Tick or untick a step and save at once, merged into what is on disk now.

        Ticking an already-done step at the same revision changes nothing (its first date is kept,
        whichever window ticked it first); at another revision it is recorded again with the
        current date. Between two windows, the change saved last decides a step's state.
        """
        _check_ids(guide_id, step_id)
        _check_revision(revision)

        def change(doc: dict[str, Any]) -> bool:
            steps = doc["guides"].get(guide_id, {})
            entry = steps.get(step_id)
            if done:
                if entry is not None and entry["revision"] == revision:
                    return False  # already recorded: keep the original date, write nothing
                new = {"done_at": _now().isoformat(), "revision": revision, "seen_revision": revision}
                doc["guides"].setdefault(guide_id, {})[step_id] = new
                return True
            if entry is None:
                return False
            del steps[step_id]
            if not steps:
                del doc["guides"][guide_id]
            return True

        self._update(change)

    def mark_seen(self, guide_id: str, step_id: str, current_revision: int) -> None:
        """Record that the person looked at the step again at `current_revision` (clears `needs_review`)."""
        _check_ids(guide_id, step_id)
        _check_revision(current_revision)

        def change(doc: dict[str, Any]) -> bool:
            entry = doc["guides"].get(guide_id, {}).get(step_id)
            if entry is None or entry["seen_revision"] >= current_revision:
                return False
            entry["seen_revision"] = current_revision
            return True

        self._update(change)

    def erase_all(self) -> None:
        """Remove every file this store wrote (and, with encryption, its key); the store is then empty.

        Raises OSError if a file could not be removed; the store is empty in memory either way.
        """
        self._doc = {"schema": SCHEMA, "guides": {}}
        self._backend.erase()
        # A bad file the store refused to write over is gone now, so saving is safe again.
        self._can_save = True

    def _update(self, change: Callable[[dict[str, Any]], bool]) -> None:
        """Apply `change` to the file as it is on disk now and save; memory then equals the disk.

        Raises SaveError (an OSError) whatever the cause; memory and disk are then unchanged.
        """
        if not self._can_save:
            change(self._doc)  # memory only: a bad file that could not be moved aside must not be written over
            return

        def change_normalised(doc: dict[str, Any]) -> bool:
            doc["schema"] = SCHEMA
            doc.setdefault("guides", {})
            return change(doc)

        self._doc, report = document.update(self._backend, SCHEMA, _validate, change_normalised, known=self._doc)
        if not report.ok:
            self._set_aside = report

    def take_set_aside_report(self) -> LoadReport | None:
        """Once: where a save moved a bad file it found on disk (changed by another program since
        the store was opened) before saving what this window knows; None if that did not happen."""
        report, self._set_aside = self._set_aside, None
        return report
