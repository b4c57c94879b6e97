"""Typed access to one YAML mapping, reporting missing, unknown and mistyped keys."""

from __future__ import annotations

import re
from typing import Any

from app.content.issues import IssueSink
from app.content.yamlread import YamlDocument

ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")

_TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "a mapping"}


def type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)


def value_type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class Fields:
    """A mapping at `path` in `doc`, checked against the keys it may hold."""

    def __init__(
        self,
        doc: YamlDocument,
        sink: IssueSink,
        path: tuple[str | int, ...],
        what: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ):
        self.doc, self.sink, self.path, self.what = doc, sink, path, what
        value = doc.data
        for part in path:
            value = value[part]
        self.ok = isinstance(value, dict)
        self.data: dict[str, Any] = value if self.ok else {}
        if not self.ok:
            sink.error(doc.path, doc.mark(*path), f"{what} must be a mapping, not {value_type_name(value)}")
            return
        for key in required:
            if key not in self.data:
                sink.error(doc.path, doc.mark(*path), f"{what} has no '{key}'")
        for key in self.data:
            if key not in required and key not in optional:
                sink.warning(doc.path, doc.key_mark(*path, key), f"unknown key '{key}' in {what}")

    def mark(self, key: str) -> tuple[int, int]:
        return self.doc.mark(*self.path, key)

    def error(self, key: str, message: str) -> None:
        self.sink.error(self.doc.path, self.mark(key), message)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        """The value of `key` if present and of type `kind`; else `default` (reported)."""
        if key not in self.data:
            return default
        value = self.data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a YAML `yes` must not pass as a revision number.
        value_ok = False if isinstance(value, bool) and bool not in kinds else isinstance(value, kinds)
        if not value_ok:
            self.error(key, f"'{key}' in {self.what} must be {type_name(kind)}, not {value_type_name(value)}")
            return default
        return value

    def get_id(self, key: str = "id") -> str | None:
        value = self.get(key, str)
        if value is not None and not ID_PATTERN.match(value):
            self.error(key, f"'{value}' is not a valid id (use a-z, 0-9 and '-')")
            return None
        return value

    def get_str_list(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        result = []
        for index, item in enumerate(values):
            if isinstance(item, str):
                result.append(item)
            else:
                self.sink.error(
                    self.doc.path,
                    self.doc.mark(*self.path, key, index),
                    f"'{key}' in {self.what} must list texts, not {value_type_name(item)}",
                )
        return tuple(result)

    def sub(
        self,
        key: str | tuple[str | int, ...],
        what: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> Fields:
        """The mapping under `key` (or under a tuple of keys) of this one."""
        keys = key if isinstance(key, tuple) else (key,)
        return Fields(self.doc, self.sink, (*self.path, *keys), what, required, optional)

    def items(self, key: str) -> list[tuple[int, Any]]:
        return list(enumerate(self.get(key, list, [])))
