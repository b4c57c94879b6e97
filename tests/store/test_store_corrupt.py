"""A bad file never raises and is never lost: it is moved aside, reported, and the store opens empty."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import PROGRESS_FILE, SETTINGS_FILE, LoadStatus, ProgressStore, Settings

GOOD_ENTRY = {"done_at": "2025-01-01T00:00:00+00:00", "revision": 1, "seen_revision": 1}


def with_entry(**changes: object) -> bytes:
    """A progress file whose only entry is GOOD_ENTRY with `changes` (None removes a key)."""
    entry = {k: v for k, v in {**GOOD_ENTRY, **changes}.items() if v is not None}
    return json.dumps({"schema": 1, "guides": {"g": {"s": entry}}}).encode()


CORRUPT_PROGRESS = {
    "bad json": b"{not json",
    "truncated": with_entry()[:-7],
    "empty file": b"",
    "not utf-8": b'{"schema": 1, "guides": {"\xff\xfe": {}}}',
    "utf-16": json.dumps({"schema": 1, "guides": {}}).encode("utf-16"),
    "nul bytes": b"\x00" * 64,
    "top level list": b"[1, 2, 3]",
    "top level null": b"null",
    "no schema": b'{"guides": {}}',
    "schema is text": b'{"schema": "1", "guides": {}}',
    "schema is bool": b'{"schema": true, "guides": {}}',
    "schema zero": b'{"schema": 0, "guides": {}}',
    "guides is list": b'{"schema": 1, "guides": []}',
    "steps is list": b'{"schema": 1, "guides": {"g": ["s"]}}',
    "entry is true": b'{"schema": 1, "guides": {"g": {"s": true}}}',
    "revision is text": with_entry(revision="1"),
    "revision is float": with_entry(revision=1.5),
    "revision is bool": with_entry(revision=True),
    "seen missing": with_entry(seen_revision=None),
    "date missing": with_entry(done_at=None),
    "date is nonsense": with_entry(done_at="yesterday"),
    "date is naive": with_entry(done_at="2025-01-01T00:00:00"),
    "date overflows": with_entry(done_at="0001-01-01T00:00:00+05:00"),
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "huge integer": b'{"schema": 1' + b"0" * 10_000 + b"}",
}


def corrupt_copies(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.corrupt-*"))


@pytest.mark.parametrize("content", CORRUPT_PROGRESS.values(), ids=CORRUPT_PROGRESS.keys())
def test_corrupt_progress_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    (tmp_path / PROGRESS_FILE).write_bytes(content)
    store, report = ProgressStore.open(tmp_path)
    assert not report.ok
    assert report.status is LoadStatus.CORRUPT
    assert report.reason
    assert report.can_save
    assert report.quarantined_to is not None
    assert corrupt_copies(tmp_path, PROGRESS_FILE) == [report.quarantined_to]
    assert report.quarantined_to.read_bytes() == content  # the bad file is never lost
    assert not (tmp_path / PROGRESS_FILE).exists()
    assert store.done_steps("g") == set()
    # and the store is usable at once
    store.set_done("g", "s", True, 1)
    again, report2 = ProgressStore.open(tmp_path)
    assert report2.ok and again.is_done("g", "s")
    assert report.quarantined_to.read_bytes() == content


def test_bom_is_tolerated(tmp_path: Path) -> None:
    data = json.dumps({"schema": 1, "guides": {"g": {"s": GOOD_ENTRY}}}).encode("utf-8-sig")
    (tmp_path / PROGRESS_FILE).write_bytes(data)
    store, report = ProgressStore.open(tmp_path)
    assert report.ok and store.is_done("g", "s")


def test_future_schema_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    future = json.dumps({"schema": 2, "guides": {"g": {"s": {"whatever": "new format"}}}}).encode()
    (tmp_path / PROGRESS_FILE).write_bytes(future)
    store, report = ProgressStore.open(tmp_path)
    assert report.status is LoadStatus.NEWER_SCHEMA
    assert "2" in report.reason
    assert report.quarantined_to is not None
    store.set_done("g", "other", True, 1)
    assert report.quarantined_to.read_bytes() == future
    assert json.loads((tmp_path / PROGRESS_FILE).read_bytes())["schema"] == 1


def test_two_corrupt_opens_keep_both_copies(tmp_path: Path) -> None:
    (tmp_path / PROGRESS_FILE).write_bytes(b"first")
    _, first = ProgressStore.open(tmp_path)
    (tmp_path / PROGRESS_FILE).write_bytes(b"second")
    _, second = ProgressStore.open(tmp_path)
    assert first.quarantined_to != second.quarantined_to
    assert {p.read_bytes() for p in corrupt_copies(tmp_path, PROGRESS_FILE)} == {b"first", b"second"}


def test_unreadable_path_is_moved_aside(tmp_path: Path) -> None:
    # A folder where the file should be: reading fails with an OSError on every platform.
    (tmp_path / PROGRESS_FILE).mkdir()
    (tmp_path / PROGRESS_FILE / "inside").write_bytes(b"keep me")
    store, report = ProgressStore.open(tmp_path)
    assert report.status is LoadStatus.UNREADABLE
    assert report.quarantined_to is not None
    assert (report.quarantined_to / "inside").read_bytes() == b"keep me"
    store.set_done("g", "s", True, 1)
    assert ProgressStore.open(tmp_path)[0].is_done("g", "s")


@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0), reason="needs POSIX, not root")
def test_unreadable_file_that_cannot_be_moved_is_never_written_over(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / PROGRESS_FILE).write_bytes(b"{}")
    (folder / PROGRESS_FILE).chmod(0o000)
    folder.chmod(0o500)  # no renames, no new files
    try:
        store, report = ProgressStore.open(folder)
        assert report.status is LoadStatus.UNREADABLE
        assert report.quarantined_to is None and not report.can_save
        store.set_done("g", "s", True, 1)  # memory only, no exception
        assert store.is_done("g", "s")
    finally:
        folder.chmod(0o700)
        (folder / PROGRESS_FILE).chmod(0o600)
    assert (folder / PROGRESS_FILE).read_bytes() == b"{}"


def test_cannot_move_aside_means_memory_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / PROGRESS_FILE).write_bytes(b"garbage")
    (tmp_path / SETTINGS_FILE).write_bytes(b"garbage")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "link", refuse)
    monkeypatch.setattr(os, "rename", refuse)
    store, report = ProgressStore.open(tmp_path)
    settings_, settings_report = Settings.open(tmp_path)
    monkeypatch.undo()
    for rep in (report, settings_report):
        assert rep.status is LoadStatus.CORRUPT and rep.quarantined_to is None and not rep.can_save
    store.set_done("g", "s", True, 1)
    settings_.font_size = 20
    settings_.save()
    assert (tmp_path / PROGRESS_FILE).read_bytes() == b"garbage"
    assert (tmp_path / SETTINGS_FILE).read_bytes() == b"garbage"
    # "erase all my data" removes it, after which saving is safe again
    store.erase_all()
    store.set_done("g", "s", True, 1)
    assert ProgressStore.open(tmp_path)[0].is_done("g", "s")


# -- property tests: whatever is on disk, opening yields a usable store and never raises

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
entries = st.fixed_dictionaries(
    {},
    optional={
        "done_at": st.one_of(
            st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
            st.datetimes().map(lambda d: d.isoformat()),
            json_values,
        ),
        "revision": st.integers() | json_values,
        "seen_revision": st.integers() | json_values,
    },
)
progress_docs = st.fixed_dictionaries(
    {},
    optional={
        "schema": st.sampled_from([1, 1, 1, 0, 2, -1, "1", True, None]),
        "guides": st.dictionaries(st.text(max_size=8), st.dictionaries(st.text(max_size=8), entries | json_values))
        | json_values,
    },
)
progress_bytes = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    progress_docs.map(lambda v: json.dumps(v, ensure_ascii=False).encode()),
    progress_docs.flatmap(
        lambda v: st.integers(0, len(json.dumps(v))).map(lambda cut: json.dumps(v).encode()[:cut])
    ),  # truncated
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=progress_bytes)
def test_any_bytes_give_a_usable_store(tmp_path: Path, data: bytes) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / PROGRESS_FILE).write_bytes(data)
    store, report = ProgressStore.open(folder)
    if report.ok:
        assert (folder / PROGRESS_FILE).read_bytes() == data
    else:
        assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == data
        assert store.done_steps("g") == set()
    # every read works on whatever was loaded
    for guide in ("g", ""):
        for step in store.done_steps(guide):
            assert store.is_done(guide, step)
            assert store.done_at(guide, step) is not None
            store.needs_review(guide, step, 10)
        store.count_done(guide, ["a", "b"])
    store.set_done("g", "s", True, 1)
    store.mark_seen("g", "s", 2)
    again, report2 = ProgressStore.open(folder)
    assert report2.ok and again.is_done("g", "s") and not again.needs_review("g", "s", 2)


settings_docs = st.fixed_dictionaries(
    {},
    optional={
        "schema": st.sampled_from([1, 1, 2, "1"]),
        "language": st.none() | st.sampled_from(["km", "en", "fr"]) | json_values,
        "platform_filter": st.none() | st.text(max_size=8) | json_values,
        "font_size": st.integers() | json_values,
        "last_guide_id": st.none() | st.text(max_size=8) | json_values,
        "unknown": json_values,
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200) | settings_docs.map(lambda v: json.dumps(v).encode()))
def test_any_settings_bytes_give_usable_settings(tmp_path: Path, data: bytes) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / SETTINGS_FILE).write_bytes(data)
    loaded, report = Settings.open(folder)
    if not report.ok:
        assert report.quarantined_to is not None and report.quarantined_to.read_bytes() == data
    assert 8 <= loaded.font_size <= 32
    assert loaded.language is None or isinstance(loaded.language, str)
    loaded.save()
    assert Settings.open(folder)[1].ok
