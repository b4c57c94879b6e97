"""Read one YAML file defensively, keeping the line and column of every value.

Content files come from translators and from the internet (pull requests,
Weblate). So: a size limit, strict UTF-8, only the plain YAML types, a bound on
nesting and on alias expansion (billion laughs), duplicate keys refused. Every
problem becomes a ContentIssue; nothing here raises.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from app.content import hygiene
from app.content.issues import IssueSink
from app.content.safefile import MAX_FILE_BYTES, FileRefused, read_bounded

try:  # the libyaml-backed loader is several times faster; keep the pure one as fallback
    from yaml import CSafeLoader as FastSafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as FastSafeLoader

MAX_DEPTH = 32
MAX_NODES = 100_000  # counts every node reached through aliases too

Path_ = tuple[str | int, ...]
Mark = tuple[int, int]  # 1-based line, column

# The usual cause of that YAML error in a translation: "title: Note: ..." with a second ': '.
_COLON_HINT = "; if ': ' is part of the text, put the whole text in quotes (title: \"Note: ...\")"

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_STR_TAG = _TAG + "str"
_MAP_TAG = _TAG + "map"
_MERGE_TAG = _TAG + "merge"
_SEQ_TAG = _TAG + "seq"


@dataclass
class YamlDocument:
    """Plain Python data plus where each value and each key stood in the file."""

    path: str
    data: Any
    # The nodes themselves: a mark is made only when an issue asks for one.
    value_nodes: dict[Path_, yaml.Node] = field(default_factory=dict)
    key_nodes: dict[Path_, yaml.Node] = field(default_factory=dict)
    text: str = ""  # the source, to place errors inside values

    @cached_property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    def mark(self, *path: str | int) -> Mark:
        """Where the value at `path` starts, or its nearest known parent."""
        probe: Path_ = tuple(path)
        while probe not in self.value_nodes and probe:
            probe = probe[:-1]
        node = self.value_nodes.get(probe)
        return _mark_of(node) if node is not None else (1, 1)

    def key_mark(self, *path: str | int) -> Mark:
        node = self.key_nodes.get(tuple(path))
        return _mark_of(node) if node is not None else self.mark(*path)


class _TooLarge(Exception):
    def __init__(self, message: str, mark: Mark):
        super().__init__(message)
        self.mark = mark


def _mark_of(node: yaml.Node) -> Mark:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _place_in_source(text: str, node: yaml.Node, char: str) -> Mark:
    """Where `char` is written inside `node` (its start if written as an escape, like "\\u202e")."""
    start, end = node.start_mark.index, node.end_mark.index
    index = text.find(char, start, end)
    if index < 0:
        return _mark_of(node)
    line_start = text.rfind("\n", start, index)  # searched only inside the node: linear over a whole file
    if line_start < 0:
        return node.start_mark.line + 1, node.start_mark.column + 1 + index - start
    return node.start_mark.line + 1 + text.count("\n", start, index), index - line_start


class _Converter:
    def __init__(self, doc: YamlDocument, sink: IssueSink):
        self.doc = doc
        self.sink = sink
        self.nodes = 0
        self.scalars = SafeConstructor()
        self.bidi_possible = hygiene.may_hold_bidi_control(doc.text)  # almost never: one scan instead of one a value

    def convert(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooLarge(
                f"document expands to more than {MAX_NODES} values (aliases repeated too often?); refusing to load it",
                _mark_of(node),
            )
        if depth > MAX_DEPTH:
            raise _TooLarge(f"nesting deeper than {MAX_DEPTH} levels", _mark_of(node))
        self.doc.value_nodes[path] = node
        if node.tag == _STR_TAG and isinstance(node, yaml.ScalarNode):  # most values: plain text
            self._refuse_bidi(node)
            return node.value
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP_TAG:
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ_TAG:
            return [self.convert(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
            return self._scalar(node)
        short = node.tag.replace(_TAG, "!!")
        self.sink.error(self.doc.path, _mark_of(node), f"YAML tag {short} is not allowed here")
        return None

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                self.sink.error(self.doc.path, _mark_of(key_node), "YAML merge keys (<<) are not allowed")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.sink.error(self.doc.path, _mark_of(key_node), "a key must be plain text")
                continue
            key = key_node.value
            self._refuse_bidi(key_node)
            if key in result:
                self.sink.error(
                    self.doc.path,
                    _mark_of(key_node),
                    f"duplicate key '{key}' (first at line {self.doc.key_mark(*path, key)[0]})",
                )
                continue
            self.doc.key_nodes[(*path, key)] = key_node
            result[key] = self.convert(value_node, (*path, key), depth + 1)
        return result

    def _refuse_bidi(self, node: yaml.ScalarNode) -> None:
        """Every text, key, id and URL of every file: a bidi control is an error where it stands."""
        offset = hygiene.first_bidi_control(node.value) if self.bidi_possible else None
        if offset is not None:
            char = node.value[offset]
            self.sink.error(self.doc.path, _place_in_source(self.doc.text, node, char), hygiene.bidi_message(char))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.scalars.construct_object(node)
        except (ConstructorError, ValueError) as exc:
            self.sink.error(self.doc.path, _mark_of(node), f"cannot read value: {exc}")
            return None


def _decode(raw: bytes, display: str, sink: IssueSink) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        sink.error(
            display,
            (line, column),
            f"file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
        )
        return None


def parse_yaml_text(text: str, display: str, sink: IssueSink) -> YamlDocument | None:
    try:
        root = yaml.compose(text, Loader=FastSafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        hint = _COLON_HINT if problem.startswith("mapping values are not allowed") else ""
        sink.error(display, where, f"YAML syntax error: {problem}{context}{hint}")
        return None
    except yaml.YAMLError as exc:  # e.g. a stray control character in a non-marked error
        sink.error(display, (1, 1), f"YAML error: {exc}")
        return None
    doc = YamlDocument(display, None, text=text)
    if root is None:
        sink.error(display, (1, 1), "file is empty")
        return None
    errors_before = sink.error_count
    try:
        doc.data = _Converter(doc, sink).convert(root, (), 0)
    except _TooLarge as exc:
        sink.error(display, exc.mark, str(exc))
        return None
    except RecursionError:
        sink.error(display, (1, 1), "document is nested too deeply")
        return None
    if sink.error_count > errors_before and doc.data is None:
        return None
    return doc


def read_yaml_file(file: Path, display: str, sink: IssueSink, folder: Path | None = None) -> YamlDocument | None:
    """Parse `file` (a regular file inside `folder`, if given); on any problem record it in `sink`, return None."""
    try:
        raw = read_bounded(file, MAX_FILE_BYTES, folder)
    except FileRefused as exc:
        sink.error(display, (1, 1), f"file {exc}")
        return None
    except OSError as exc:
        sink.error(display, (1, 1), f"cannot read file: {exc.strerror or exc}")
        return None
    text = _decode(raw, display, sink)
    if text is None:
        return None
    return parse_yaml_text(text, display, sink)


def as_date(value: Any) -> dt.date | None:
    """A YAML date (or an ISO date string) as a date; None if it is neither."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
