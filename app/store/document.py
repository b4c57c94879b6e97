"""Loading a versioned JSON document from a `Storage`, moving it aside if it is unusable.

Shared by `ProgressStore` and `Settings`: a corrupt, unreadable or newer-schema
file never raises and is never lost. It is moved aside, the caller gets a
`LoadReport` to tell the person, and the store starts empty.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from app.store.atomic import RefusedFile
from app.store.errors import SaveError
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


def decode(data: bytes, schema: int, validate: Callable[[dict[str, Any]], T]) -> T:
    """Bytes as stored -> a checked document: the one way in, as `encode` is the one way out.

    Also refuses a document that could not be written back (a lone surrogate such as "\\ud800"
    in any text): loading it would make every later save fail.
    """
    value = validate(parse(data, schema))
    try:
        encode(value)  # type: ignore[arg-type]
    except (UnicodeEncodeError, TypeError, ValueError) as exc:
        raise InvalidDocument(f"could not be saved again ({type(exc).__name__})") from None
    return value


def load(storage: Storage, schema: int, validate: Callable[[dict[str, Any]], T]) -> tuple[T | None, LoadReport]:
    """Read, parse and validate; on any problem move the file aside and return (None, report).

    `validate` gets the parsed envelope and raises InvalidDocument if its content is wrong.
    Returns (None, ok report) when nothing is stored yet.
    """
    storage.tidy()
    try:
        data = storage.read()
    except RefusedFile as exc:
        return None, set_aside(storage, LoadStatus.CORRUPT, exc.reason)
    except OSError as exc:
        return None, set_aside(storage, LoadStatus.UNREADABLE, f"could not be read: {exc.strerror or exc}")
    except InvalidDocument as exc:  # an encrypted storage could not open it
        if exc.status is LoadStatus.LOCKED:  # readable later: neither moved nor written over
            return None, LoadReport(exc.status, exc.reason, None, can_save=False)
        return None, set_aside(storage, exc.status, exc.reason)
    if data is None:
        return None, LoadReport()
    try:
        value = decode(data, schema, validate)
    except InvalidDocument as exc:
        return None, set_aside(storage, exc.status, exc.reason)
    return value, LoadReport()


def update(
    storage: Storage,
    schema: int,
    validate: Callable[[dict[str, Any]], dict[str, Any]],
    change: Callable[[dict[str, Any]], bool],
    *,
    known: dict[str, Any],
) -> tuple[dict[str, Any], LoadReport]:
    """Under the storage's lock: read what is on disk now, apply `change`, write it back.

    Returns the document saved and a report: OK, or where a bad file found on disk was moved.

    Merging into the file as it is now (not rewriting it from memory) is what keeps another
    window's ticks. `change` edits the document in place and returns False if nothing changed
    (nothing is then written). No file: `change` applies to an empty document (another window
    erased everything). A bad file is moved aside first and `known` (what this process last saw)
    is the base. Any failure raises SaveError; nothing is then changed on disk.
    """
    try:
        with storage.locked():
            latest, report = _current(storage, schema, validate, known)
            if change(latest) or not report.ok:
                storage.write(encode(latest))
    except Exception as exc:  # whatever went wrong, the caller gets one kind of error to report
        raise SaveError(exc) from exc
    return latest, report


def _current(
    storage: Storage, schema: int, validate: Callable[[dict[str, Any]], dict[str, Any]], known: dict[str, Any]
) -> tuple[dict[str, Any], LoadReport]:
    try:
        data = storage.read()
        if data is None:
            return {"schema": schema}, LoadReport()
        return decode(data, schema, validate), LoadReport()
    except (InvalidDocument, RefusedFile, OSError) as exc:
        status = exc.status if isinstance(exc, InvalidDocument) else LoadStatus.CORRUPT
        if status is LoadStatus.LOCKED:  # its key is out of reach for now: never moved, never written over
            raise OSError(f"the stored file is locked: {exc}") from exc
        report = set_aside(storage, status, str(exc))
        if not report.can_save:
            raise OSError(f"the stored file is unusable and could not be moved aside: {report.reason}") from exc
        return copy.deepcopy(known), report


def set_aside(storage: Storage, status: LoadStatus, reason: str) -> LoadReport:
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
