"""Read a folder of guide files, checking everything: the slow, thorough path.

Used by `karpear check` always, and by the app when no fresh snapshot exists.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.content import markdown, textchecks
from app.content.issues import IssueSink
from app.content.links import check_declared_link, check_link
from app.content.model import ENGLISH, ContentIssue
from app.content.parsing import parse_catalogue, parse_guide_structure, parse_language_file, parse_language_meta
from app.content.safefile import is_within
from app.content.sources import (
    CATALOGUE_FILE,
    CATALOGUE_TEXTS,
    GUIDE_FILE,
    META_FOLDER,
    GuideSource,
    GuideStructure,
    LanguageFile,
    LanguageMeta,
    ToolSource,
)
from app.content.yamlread import read_yaml_file

KHMER = "km"
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")


def code_is_khmer(code: str) -> bool:
    return code == KHMER or code.startswith(KHMER + "-") or code.startswith(KHMER + "_")


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.sink = IssueSink()
        # A tools.yaml that cannot be read is one error; what other files say about its tools is not checked.
        self.catalogue_unread = False

    def display(self, file: Path) -> str:
        try:
            return file.relative_to(self.root).as_posix()
        except ValueError:
            return file.as_posix()

    def read(self, file: Path):
        return read_yaml_file(file, self.display(file), self.sink, self.root)

    def missing(self, file: Path, message: str) -> None:
        """`message` about a missing file, unless the file is there but could not be read (said already)."""
        if not os.path.lexists(file):
            self.sink.error(self.display(file), (1, 1), message)

    def language_files(
        self, folder: Path, expected: dict[str, bool], check_keys: bool = True
    ) -> dict[str, LanguageFile]:
        files: dict[str, LanguageFile] = {}
        for file in sorted(folder.glob("*.yaml")):
            if file.name == GUIDE_FILE:
                continue
            code = file.stem
            if not LANGUAGE_CODE.match(code):
                self.sink.warning(
                    self.display(file), (1, 1), f"'{file.name}' is not named <language-code>.yaml; ignored"
                )
                continue
            doc = self.read(file)
            lang = parse_language_file(doc, self.sink, code, self.language_meta(folder, code)) if doc else None
            if lang is not None and self.markdown_within_bounds(lang):
                files[code] = lang
        self.unmatched_meta(folder)
        english = files.get(ENGLISH)
        for lang in files.values():
            if check_keys:
                textchecks.check_against_source(lang, english, expected, self.sink)
                textchecks.check_outdated(lang, english, expected, self.sink)
            textchecks.check_look_alikes(lang, self.sink)
            if code_is_khmer(lang.code):
                textchecks.check_khmer(lang, self.sink)
        return files

    def language_meta(self, folder: Path, code: str) -> LanguageMeta:
        """What meta/<code>.yaml says of <code>.yaml; a draft, with a warning, if it is missing."""
        file = folder / META_FOLDER / f"{code}.yaml"
        if not os.path.lexists(file):
            self.sink.warning(
                self.display(folder / f"{code}.yaml"),
                (1, 1),
                f"no {META_FOLDER}/{code}.yaml beside it (name, translators, review): counted as a draft "
                f"(`karpear translate new` writes one; see docs/TRANSLATING.md)",
            )
        return parse_language_meta(self.read(file) if os.path.lexists(file) else None, self.sink, code)

    def unmatched_meta(self, folder: Path) -> None:
        for file in sorted((folder / META_FOLDER).glob("*.yaml")):
            if not (folder / file.name).is_file():
                self.sink.warning(self.display(file), (1, 1), f"there is no {file.name} for this metadata; ignored")

    def markdown_within_bounds(self, lang: LanguageFile) -> bool:
        """False, with an error, for a file with more Markdown than any guide needs (its check would be slow)."""
        total = sum(len(value) for key, value in lang.texts.items() if textchecks.is_markdown_key(key))
        if total <= markdown.MAX_FILE_CHARS:
            return True
        self.sink.error(
            lang.doc.path,
            (1, 1),
            f"the Markdown texts of this file total {total:,} characters (at most {markdown.MAX_FILE_CHARS:,}): "
            "the file is not used",
        )
        return False

    def catalogue(self) -> tuple[list[ToolSource], dict[str, LanguageFile]]:
        file = self.root / CATALOGUE_FILE
        if not os.path.lexists(file):  # anything else that stands there is read, and refused if not a file
            self.sink.error(CATALOGUE_FILE, (1, 1), "no tool catalogue (tools.yaml) in this folder")
            self.catalogue_unread = True
            return [], {}
        doc = self.read(file)
        self.catalogue_unread = doc is None
        tools = parse_catalogue(doc, self.sink) if doc else []
        folder = self.root / CATALOGUE_TEXTS
        expected = {f"tool.{tool.id}.reason": True for tool in tools}
        texts = self.language_files(folder, expected, check_keys=not self.catalogue_unread) if folder.is_dir() else {}
        if ENGLISH not in texts and tools:
            self.missing(folder / "en.yaml", "the tool catalogue has no English texts")
        return tools, texts

    def guide(self, folder: Path, tools: dict[str, ToolSource]) -> GuideSource | None:
        doc = self.read(folder / GUIDE_FILE)
        structure = parse_guide_structure(doc, self.sink) if doc else None
        if structure is None:
            return None
        if structure.id != folder.name:
            self.sink.error(
                doc.path, doc.mark("id"), f"guide id '{structure.id}' differs from its folder '{folder.name}'"
            )
        for section in structure.sections if not self.catalogue_unread else ():
            for step in section.steps:
                for tool_id in step.tools:
                    if tool_id not in tools:
                        self.sink.error(doc.path, step.tools_mark, f"step '{step.id}' names unknown tool '{tool_id}'")
        structure = structure._replace(links=self.declared_links(structure, tools))
        files = self.language_files(folder, structure.text_keys())
        if ENGLISH not in files:
            self.missing(folder / "en.yaml", f"guide '{structure.id}' has no English file (en.yaml)")
            return None
        body_domains = structure.body_link_domains(tools)
        declared = structure.declared_links(tools)
        # Without the catalogue every tool's link would be refused: one error in tools.yaml says enough.
        for lang in files.values() if not self.catalogue_unread else ():
            for key in lang.texts:
                if textchecks.is_markdown_key(key):
                    domains = body_domains.get(key, structure.domains)
                    judge = lambda url, d=domains: check_declared_link(url, d, declared)  # noqa: E731
                    textchecks.check_markdown(lang, key, judge, self.sink)
        self.unused_links(structure, files)
        return GuideSource(structure, files) if structure.usable else None

    def unused_links(self, structure: GuideStructure, files: dict[str, LanguageFile]) -> None:
        """A listed address no text links to: a reviewer sees what a received guide.yaml lets through."""
        used = {
            link.url
            for lang in files.values()
            for key, value in lang.texts.items()
            if textchecks.is_markdown_key(key)
            for link in markdown.find_links(value)  # memoised: scanned once above
        }
        kept = set(structure.links)  # sets: a received guide.yaml may list tens of thousands
        for where, url in self.listed_links(structure):
            if url not in used and url in kept:
                self.sink.warning(*where, f"'{url}' is listed in 'links' but no text links to it")

    @staticmethod
    def listed_links(structure: GuideStructure) -> list[tuple[tuple[str, tuple[int, int]], str]]:
        """Each text of the guide's `links:` with where it is written (an entry not text was reported)."""
        written = structure.doc.data.get("links")
        return [
            ((structure.doc.path, structure.doc.mark("links", index)), url)
            for index, url in enumerate(written if isinstance(written, list) else [])
            if isinstance(url, str)
        ]

    def declared_links(self, structure: GuideStructure, tools: dict[str, ToolSource]) -> tuple[str, ...]:
        """The guide's `links:` that pass the link policy (each refused one reported at its line)."""
        domains = structure.link_domains(tools)
        kept: dict[str, None] = {}  # in written order; a dict, so a long list stays linear
        for where, url in self.listed_links(structure):
            verdict = check_link(url, domains)
            if not verdict.allowed:
                self.sink.error(*where, f"link refused: {verdict.reason}")
            elif url in kept:
                self.sink.warning(*where, f"'{url}' is listed twice")
            else:
                kept[url] = None
        return tuple(kept)


def read_folder(
    root: Path, catalogue: list[ToolSource] | None = None
) -> tuple[list[ToolSource], dict[str, LanguageFile], dict[str, GuideSource], list[ContentIssue]]:
    """Every source under `root`, and every issue found on the way.

    `catalogue`: the tools to check the guides against instead of `root`'s own tools.yaml (local
    guides use Karpear's catalogue: see app/content/local_guides.py).
    """
    loader = _Loader(root)
    tools, tool_texts = loader.catalogue() if catalogue is None else (list(catalogue), {})
    tools_by_id = {tool.id: tool for tool in tools}
    guides: dict[str, GuideSource] = {}
    if not root.is_dir():
        loader.sink.error(root.as_posix(), (1, 1), "no such folder")
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        if folder.name == CATALOGUE_TEXTS or folder.name.startswith("."):
            continue
        if not is_within(folder, root):
            loader.sink.error(
                loader.display(folder),
                (1, 1),
                "folder is a symbolic link to a place outside the checked folder; not read",
            )
            continue
        if not (folder / GUIDE_FILE).is_file():
            loader.sink.warning(loader.display(folder), (1, 1), f"folder '{folder.name}' has no {GUIDE_FILE}; ignored")
            continue
        source = loader.guide(folder, tools_by_id)
        if source is None:
            continue
        if source.structure.id in guides:
            loader.sink.error(source.structure.doc.path, (1, 1), f"two guides have the id '{source.structure.id}'")
            continue
        guides[source.structure.id] = source
    in_order = dict(sorted(guides.items(), key=lambda item: (item[1].structure.order, item[0])))
    return tools, tool_texts, in_order, loader.sink.sorted()
