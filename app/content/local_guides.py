"""Guides from outside Karpear: a trainer's local checklist.

Found in the folders given with `karpear --guides DIR` (repeatable), then in the
`guides` folder of the user data folder. Each is a folder of guides laid out
like resources/guides (`<id>/guide.yaml`, `<id>/en.yaml`, `<id>/km.yaml`...),
read by the same loader, validator and link policy as Karpear's own, with
stricter rules because nobody at Karpear reviewed them:

- They use Karpear's tool catalogue, never one of their own: the catalogue says
  which installers are genuine and which addresses are official. A tools.yaml
  in the folder is not read (a warning says so).
- An error anywhere in a guide's files leaves that guide out (a Karpear guide
  with a broken translation falls back to English instead).
- A guide whose id is already taken is refused: a folder can never replace the
  official wiretapping guide, its texts or its links. Karpear's guides come
  first, then the folders in the order given.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from app.content.issues import IssueSink
from app.content.library import ContentLibrary, LocalGuides
from app.content.model import ContentIssue
from app.content.sources import CATALOGUE_FILE, GUIDE_FILE, GuideSource


def has_own_catalogue(folder: Path) -> bool:
    """A complete guides folder (tools.yaml included) rather than a folder of local guides."""
    return os.path.lexists(folder / CATALOGUE_FILE)


def read_local_guides(folders: Sequence[Path], library: ContentLibrary, *, relative: bool = False) -> LocalGuides:
    """The guides of `folders`, checked against `library`'s catalogue and refused if an id is taken.

    Problems name their files by the folder given (`relative`: from inside it, for one folder).
    """
    guides: dict[str, GuideSource] = {}
    where: dict[str, Path] = {}
    issues: list[ContentIssue] = []
    clashes: list[tuple[str, Path]] = []
    for folder in folders:
        sink = IssueSink()
        found = _read_one(folder, library, sink)
        for guide_id, source in found.items():
            mark = (source.structure.doc.path, source.structure.doc.mark("id"))
            if guide_id in library.guide_ids or guide_id in guides:
                owner = "Karpear's own" if guide_id in library.guide_ids else f"the one in {where[guide_id]}"
                sink.error(*mark, f"a guide with the id '{guide_id}' is already loaded: {owner} is shown, not this one")
                clashes.append((guide_id, folder))
            else:
                guides[guide_id], where[guide_id] = source, folder
        issues += [issue._replace(path=_shown_path(folder, issue.path, relative)) for issue in sink.sorted()]
    return LocalGuides(guides, where, issues, clashes)


def _read_one(folder: Path, library: ContentLibrary, sink: IssueSink) -> dict[str, GuideSource]:
    """The guides of one folder with no error in their files; every problem goes to `sink`."""
    if (folder / GUIDE_FILE).is_file():
        sink.error(GUIDE_FILE, (1, 1), "this is the folder of one guide: give the folder that holds it")
        return {}
    if not folder.is_dir():
        sink.error("", (1, 1), "no such folder")
        return {}
    if has_own_catalogue(folder):
        sink.warning(CATALOGUE_FILE, (1, 1), "not read: local guides use Karpear's own tool catalogue")
    from app.content.loader import read_folder  # noqa: PLC0415 - YAML and checks: only when there are local guides

    _tools, _texts, found, issues = read_folder(folder, list(library.tool_sources))
    sink.issues += issues
    broken = {_guide_folder(issue.path) for issue in issues if issue.is_error}
    return {gid: source for gid, source in found.items() if _guide_folder(source.structure.doc.path) not in broken}


def _shown_path(folder: Path, path: str, relative: bool) -> str:
    """A file named by the folder given, or from inside it; "" stands for the folder itself."""
    if relative:
        return path or "."
    return (folder / path).as_posix() if path else folder.as_posix()


def _guide_folder(path: str) -> str:
    return path.split("/", 1)[0]


def with_local_guides(library: ContentLibrary, folders: Sequence[Path]) -> ContentLibrary:
    """`library` and the guides of `folders` after its own (the window's content)."""
    return library.with_local_guides(read_local_guides(folders, library)) if folders else library
