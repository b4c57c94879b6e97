"""Loading a versioned JSON document from a `Storage`, moving it aside if it is unusable.

Shared by `ProgressStore` and `Settings`: a corrupt, unreadable or newer-schema
file never raises and is never lost. It is moved aside, the caller gets a
`LoadReport` to tell the person, and the store starts empty.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from app.store.storage import Storage

T = TypeVar("T")


class LoadStatus(StrEnum):
    OK = "ok"  # loaded, or no file yet (first run)
    CORRUPT = "corrupt"  # not UTF-8, not JSON, truncated, or wrong shape/types
    UNREADABLE = "unreadable"  # the operating system refused to read it
    NEWER_SCHEMA = "newer-schema"  # written by a newer Karpear; kept for it, not overwritten
    WRONG_KEY = "wrong-key"  # encrypted with another key or passphrase than this folder's
    KEY_MISSING = "key-missing"  # its key is gone from the keyring: it cannot be read any more
    LOCKED = "locked"  # its key cannot be had now (keyring unavailable): kept untouched, nothing saved


class LoadReport(NamedTuple):
    """What happened when a store was opened.

    `reason` is a short English technical detail (for logs and "details");
    the UI should pick its translated message from `status`.
    `quarantined_to` is where the bad file was moved. If it could not be moved,
    it is None and `can_save` is False: the store then works in memory only, so
    the bad file is never written over.
    """

    status: LoadStatus = LoadStatus.OK
    reason: str = ""
    quarantined_to: Path | None = None
    can_save: bool = True

    @property
    def ok(self) -> bool:
        return self.status is LoadStatus.OK


class InvalidDocument(Exception):
    def __init__(self, reason: str, status: LoadStatus = LoadStatus.CORRUPT) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def is_int(value: Any) -> bool:
    # bool is a subclass of int in Python; `true` is not a revision number.
    return isinstance(value, int) and not isinstance(value, bool)


def parse(data: bytes, schema: int) -> dict[str, Any]:
    """Decode and check the envelope `{"schema": <int>, ...}`; raise InvalidDocument otherwise."""
    try:
        text = data.decode("utf-8-sig")  # tolerate a BOM added by a Windows text editor
    except UnicodeDecodeError as exc:
        raise InvalidDocument(f"not UTF-8 text (byte {exc.start})") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidDocument(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:  # absurd nesting, or an integer with thousands of digits
        raise InvalidDocument(f"not valid JSON ({type(exc).__name__})") from None
    if not isinstance(doc, dict):
        raise InvalidDocument(f"expected a JSON object, found {type(doc).__name__}")
    version = doc.get("schema")
    if not is_int(version):
        raise InvalidDocument("missing or invalid schema version")
    if version > schema:
        raise InvalidDocument(
            f"schema {version} is newer than this version of Karpear understands ({schema})",
            LoadStatus.NEWER_SCHEMA,
        )
    if version < 1:
        raise InvalidDocument(f"invalid schema version {version}")
    return doc


def encode(doc: dict[str, Any]) -> bytes:
    # Sorted keys and a trailing newline: stable bytes, readable diffs when someone inspects a file.
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def load(storage: Storage, schema: int, validate: Callable[[dict[str, Any]], T]) -> tuple[T | None, LoadReport]:
    """Read, parse and validate; on any problem move the file aside and return (None, report).

    `validate` gets the parsed envelope and raises InvalidDocument if its content is wrong.
    Returns (None, ok report) when nothing is stored yet.
    """
    try:
        data = storage.read()
    except OSError as exc:
        return None, _set_aside(storage, LoadStatus.UNREADABLE, f"could not be read: {exc.strerror or exc}")
    except InvalidDocument as exc:  # an encrypted storage could not open it
        if exc.status is LoadStatus.LOCKED:  # readable later: neither moved nor written over
            return None, LoadReport(exc.status, exc.reason, None, can_save=False)
        return None, _set_aside(storage, exc.status, exc.reason)
    if data is None:
        return None, LoadReport()
    try:
        value = validate(parse(data, schema))
    except InvalidDocument as exc:
        return None, _set_aside(storage, exc.status, exc.reason)
    return value, LoadReport()


def _set_aside(storage: Storage, status: LoadStatus, reason: str) -> LoadReport:
    try:
        moved = storage.quarantine()
    except FileNotFoundError:  # gone in the meantime: nothing left to protect
        return LoadReport(status, f"{reason}; the file has since disappeared", None)
    except OSError as exc:
        return LoadReport(
            status,
            f"{reason}; could not be moved aside ({exc.strerror or exc}), so nothing will be saved",
            None,
            can_save=False,
        )
    return LoadReport(status, reason, moved)
