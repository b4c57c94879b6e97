"""The start-up snapshot: the same library as a full check, or no snapshot at all."""

import json

from app.content import library as library_module
from app.content import load_library, snapshot


def assert_same(a, b):
    assert a.languages == b.languages and a.guide_ids == b.guide_ids
    assert a.issues == b.issues and a.coverage() == b.coverage()
    for language in a.languages:
        assert a.catalogue(language) == b.catalogue(language)
        for guide_id in a.guide_ids:
            assert a.guide(guide_id, language) == b.guide(guide_id, language)


def files_under(root):
    return sorted(p.relative_to(root) for p in root.rglob("*"))


def test_snapshot_gives_the_same_library_as_a_full_check(guides):
    root = guides({"wiretap/fr.yaml": "guide.title: Appels\n", "wiretap/meta/fr.yaml": "review: {status: draft}\n"})
    before = files_under(root)
    first = load_library(root, use_snapshot=True)  # full check, then snapshot written
    assert snapshot.cache_file(root).is_file()
    assert files_under(root) == before  # in the user cache folder, never beside the guides
    assert snapshot.read(root) is not None
    assert_same(load_library(root, use_snapshot=True), first)
    assert_same(first, load_library(root))
    assert first.issues  # the fr file's warnings travel with the snapshot


def test_a_changed_file_makes_the_snapshot_stale(guides):
    root = guides()
    load_library(root, use_snapshot=True)
    en = root / "wiretap/en.yaml"
    en.write_text(en.read_text().replace("Calls and messages", "Calls, messages"))
    assert snapshot.read(root) is None
    assert load_library(root, use_snapshot=True).guide("wiretap", "en").title.value == "Calls, messages"


def test_a_damaged_snapshot_falls_back_to_the_full_check(guides):
    root = guides()
    load_library(root, use_snapshot=True)
    data = json.loads(snapshot.cache_file(root).read_text())
    data["tools"][0]["status"] = "superb"
    snapshot.cache_file(root).write_text(json.dumps(data))
    assert snapshot.read(root) is None
    snapshot.cache_file(root).write_bytes(b"\x00not json")
    assert_same(load_library(root, use_snapshot=True), load_library(root))


def test_check_never_trusts_a_snapshot(guides):
    root = guides()
    load_library(root, use_snapshot=True)
    data = json.loads(snapshot.cache_file(root).read_text())
    data["issues"] = [["x.yaml", 1, 1, "error", "only in the snapshot"]]
    snapshot.cache_file(root).write_text(json.dumps(data))
    assert [i.message for i in load_library(root, use_snapshot=True).issues] == ["only in the snapshot"]
    assert load_library(root).issues == []


def test_a_bundle_never_writes_a_snapshot(guides, monkeypatch):
    root = guides()
    monkeypatch.setattr(library_module, "is_frozen", lambda: True)
    load_library(root, use_snapshot=True)
    assert not snapshot.cache_file(root).exists() and not snapshot.build_file(root).exists()


def test_the_snapshot_a_build_ships_beside_the_guides_is_used(guides, monkeypatch):
    from app.content.loader import read_folder

    root = guides()
    snapshot.write(root, read_folder(root), snapshot.build_file(root))
    data = json.loads(snapshot.build_file(root).read_text())
    data["issues"] = [["x.yaml", 1, 1, "warning", "from the build's snapshot"]]
    snapshot.build_file(root).write_text(json.dumps(data))
    monkeypatch.setattr(library_module, "is_frozen", lambda: True)
    assert [i.message for i in load_library(root, use_snapshot=True).issues] == ["from the build's snapshot"]


def test_two_guide_folders_keep_two_snapshots(guides, tmp_path):
    import shutil

    root = guides()
    other = shutil.copytree(root, tmp_path / "other")
    assert snapshot.cache_file(root) != snapshot.cache_file(other)


def test_a_read_only_folder_is_no_error(guides, monkeypatch):
    root = guides()

    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(snapshot.os, "replace", refuse)
    assert load_library(root, use_snapshot=True).guide_ids == ("wiretap",)
    assert list(root.glob("*.tmp")) == []
