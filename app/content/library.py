"""Load a folder of guides into the model, collecting every content issue.

    library = load_library()            # resources/guides, or a folder given
    library.issues                      # every problem, with file and line
    library.guide("wiretap", "km")      # a localized Guide, English fallback marked
    library.catalogue("fr")             # the tool catalogue in French
    library.check_step_link(guide, step, url)   # the link policy, for the UI

A broken guide is left out; the others load. A broken translation falls back
to English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from app.content import textchecks
from app.content.issues import IssueSink
from app.content.links import LinkVerdict, check_link
from app.content.model import (
    ENGLISH,
    Catalogue,
    ContentIssue,
    Guide,
    LocalizedText,
    Review,
    ReviewStatus,
    Section,
    Step,
    Tool,
)
from app.content.sources import (
    GuideStructure,
    LanguageFile,
    ToolSource,
    parse_catalogue,
    parse_guide_structure,
    parse_language_file,
)
from app.content.yamlread import read_yaml_file
from app.resources import guides_dir

CATALOGUE_FILE = "tools.yaml"
CATALOGUE_TEXTS = "tools"  # folder of tools/<lang>.yaml
GUIDE_FILE = "guide.yaml"
KHMER = "km"
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
MARKDOWN_KEY = re.compile(r"^(?:step\.[^.]+\.body|section\.[^.]+\.intro|guide\.summary)$")


@dataclass(frozen=True)
class CoverageRow:
    name: str  # a guide id, or "tools" for the catalogue texts
    language: str
    translated: int
    total: int
    review: Review

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else (100 * self.translated) // self.total


@dataclass
class _GuideSource:
    structure: GuideStructure
    languages: dict[str, LanguageFile]


def _texts_in(files: dict[str, LanguageFile], language: str, key: str) -> LocalizedText:
    own = files.get(language)
    if own is not None and own.texts.get(key, "").strip():
        return LocalizedText(key, own.texts[key], language)
    english = files.get(ENGLISH)
    value = english.texts.get(key, "") if english else ""
    return LocalizedText(key, value or key, ENGLISH, fallback=language != ENGLISH)


def _translated_count(files: dict[str, LanguageFile], language: str, keys: dict[str, bool]) -> int:
    own = files.get(language)
    if own is None:
        return 0
    return sum(1 for key, required in keys.items() if required and own.texts.get(key, "").strip())


class ContentLibrary:
    def __init__(
        self,
        root: Path,
        tools: list[ToolSource],
        tool_texts: dict[str, LanguageFile],
        guides: dict[str, _GuideSource],
        issues: list[ContentIssue],
    ):
        self.root = root
        self.issues = issues
        self._tools = {tool.id: tool for tool in tools}
        self._tool_texts = tool_texts
        self._guides = guides
        self._cache: dict[tuple[str, str], Guide | Catalogue] = {}

    # -- what there is -------------------------------------------------------
    @property
    def errors(self) -> list[ContentIssue]:
        return [issue for issue in self.issues if issue.is_error]

    @cached_property
    def languages(self) -> tuple[str, ...]:
        codes = set(self._tool_texts)
        for source in self._guides.values():
            codes.update(source.languages)
        codes.discard(ENGLISH)
        return (ENGLISH, *sorted(codes))

    def language_name(self, code: str) -> str:
        """The language's name in its own script, as its files declare it."""
        for files in (self._tool_texts, *(g.languages for g in self._guides.values())):
            if code in files and files[code].name != code:
                return files[code].name
        return code

    @property
    def guide_ids(self) -> tuple[str, ...]:
        return tuple(self._guides)

    # -- localized model -----------------------------------------------------
    def catalogue(self, language: str) -> Catalogue:
        key = ("tools", language)
        if key not in self._cache:
            tools = tuple(
                Tool(
                    id=src.id,
                    name=src.name,
                    status=src.status,
                    reason=_texts_in(self._tool_texts, language, f"tool.{src.id}.reason"),
                    homepage=src.homepage,
                    links=src.links,
                    domains=src.domains,
                    reviewed=src.reviewed,
                    replaced_by=src.replaced_by,
                    open_source=src.open_source,
                )
                for src in self._tools.values()
            )
            self._cache[key] = Catalogue(language, tools)
        return self._cache[key]  # type: ignore[return-value]

    def guide(self, guide_id: str, language: str) -> Guide:
        key = (guide_id, language)
        if key not in self._cache:
            self._cache[key] = self._localize(self._guides[guide_id], language)
        return self._cache[key]  # type: ignore[return-value]

    def guides(self, language: str) -> list[Guide]:
        return [self.guide(guide_id, language) for guide_id in self._guides]

    def review_of(self, guide_id: str, language: str) -> Review:
        files = self._guides[guide_id].languages
        return files[language].review if language in files else Review(ReviewStatus.DRAFT)

    def _localize(self, source: _GuideSource, language: str) -> Guide:
        files = source.languages
        structure = source.structure
        sections = []
        for section in structure.sections:
            intro_key = f"section.{section.id}.intro"
            has_intro = any(intro_key in f.texts for f in files.values())
            steps = tuple(
                Step(
                    id=step.id,
                    revision=step.revision,
                    title=_texts_in(files, language, f"step.{step.id}.title"),
                    body=_texts_in(files, language, f"step.{step.id}.body"),
                    platforms=step.platforms,
                    tools=tuple(t for t in step.tools if t in self._tools),
                )
                for step in section.steps
            )
            sections.append(
                Section(
                    id=section.id,
                    title=_texts_in(files, language, f"section.{section.id}.title"),
                    intro=_texts_in(files, language, intro_key) if has_intro else None,
                    steps=steps,
                )
            )
        return Guide(
            id=structure.id,
            version=structure.version,
            reviewed=structure.reviewed,
            language=language,
            title=_texts_in(files, language, "guide.title"),
            summary=_texts_in(files, language, "guide.summary"),
            sections=tuple(sections),
            review=self.review_of(structure.id, language),
            domains=structure.domains,
        )

    # -- link policy for the UI ---------------------------------------------
    def step_link_domains(self, guide_id: str, step_id: str | None) -> tuple[str, ...]:
        """Domains that links in a step's body (or elsewhere in a guide) may use."""
        domains_for_key = _step_domains(self._guides[guide_id].structure, self._tools)
        return domains_for_key(f"step.{step_id}.body")

    def check_step_link(self, guide_id: str, step_id: str | None, url: str) -> LinkVerdict:
        return check_link(url, self.step_link_domains(guide_id, step_id))

    def check_tool_link(self, tool_id: str, url: str) -> LinkVerdict:
        tool = self._tools.get(tool_id)
        return check_link(url, tool.domains if tool else ())

    # -- coverage -------------------------------------------------------------
    def coverage(self) -> list[CoverageRow]:
        rows = []
        tool_keys = {f"tool.{tool_id}.reason": True for tool_id in self._tools}
        sets = [(CATALOGUE_TEXTS, self._tool_texts, tool_keys)]
        sets += [(gid, g.languages, g.structure.text_keys()) for gid, g in self._guides.items()]
        for name, files, keys in sets:
            total = sum(1 for required in keys.values() if required)
            for language in self.languages:
                review = files[language].review if language in files else Review(ReviewStatus.DRAFT)
                rows.append(CoverageRow(name, language, _translated_count(files, language, keys), total, review))
        return rows


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.sink = IssueSink()

    def display(self, file: Path) -> str:
        try:
            return file.relative_to(self.root).as_posix()
        except ValueError:
            return file.as_posix()

    def read(self, file: Path):
        return read_yaml_file(file, self.display(file), self.sink)

    def language_files(self, folder: Path, expected: dict[str, bool]) -> dict[str, LanguageFile]:
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
            lang = parse_language_file(doc, self.sink, code) if doc else None
            if lang is not None:
                files[code] = lang
        english = files.get(ENGLISH)
        for lang in files.values():
            textchecks.check_against_source(lang, english, expected, self.sink)
            if code_is_khmer(lang.code):
                textchecks.check_khmer(lang, self.sink)
        return files

    def catalogue(self) -> tuple[list[ToolSource], dict[str, LanguageFile]]:
        file = self.root / CATALOGUE_FILE
        if not file.is_file():
            self.sink.error(CATALOGUE_FILE, (1, 1), "no tool catalogue (tools.yaml) in this folder")
            return [], {}
        doc = self.read(file)
        tools = parse_catalogue(doc, self.sink) if doc else []
        folder = self.root / CATALOGUE_TEXTS
        expected = {f"tool.{tool.id}.reason": True for tool in tools}
        texts = self.language_files(folder, expected) if folder.is_dir() else {}
        if ENGLISH not in texts and tools:
            self.sink.error(f"{CATALOGUE_TEXTS}/en.yaml", (1, 1), "the tool catalogue has no English texts")
        return tools, texts

    def guide(self, folder: Path, tools: dict[str, ToolSource]) -> _GuideSource | None:
        doc = self.read(folder / GUIDE_FILE)
        structure = parse_guide_structure(doc, self.sink) if doc else None
        if structure is None:
            return None
        if structure.id != folder.name:
            self.sink.error(
                doc.path, doc.mark("id"), f"guide id '{structure.id}' differs from its folder '{folder.name}'"
            )
        for section in structure.sections:
            for step in section.steps:
                for tool_id in step.tools:
                    if tool_id not in tools:
                        self.sink.error(doc.path, step.tools_mark, f"step '{step.id}' names unknown tool '{tool_id}'")
        files = self.language_files(folder, structure.text_keys())
        if ENGLISH not in files:
            self.sink.error(
                self.display(folder / "en.yaml"), (1, 1), f"guide '{structure.id}' has no English file (en.yaml)"
            )
            return None
        step_domains = _step_domains(structure, tools)
        for lang in files.values():
            for key in lang.texts:
                if MARKDOWN_KEY.match(key):
                    textchecks.check_markdown(lang, key, step_domains, self.sink)
        return _GuideSource(structure, files) if structure.usable else None


def code_is_khmer(code: str) -> bool:
    return code == KHMER or code.startswith(KHMER + "-") or code.startswith(KHMER + "_")


def _step_domains(structure: GuideStructure, tools: dict[str, ToolSource]):
    by_key: dict[str, tuple[str, ...]] = {}
    for section in structure.sections:
        for step in section.steps:
            extra = [d for t in step.tools if t in tools for d in tools[t].domains]
            by_key[f"step.{step.id}.body"] = tuple(dict.fromkeys((*structure.domains, *extra)))
    return lambda key: by_key.get(key, structure.domains)


def load_library(root: Path | None = None) -> ContentLibrary:
    """Load and check every guide under `root` (default: the bundled guides)."""
    root = Path(root) if root is not None else guides_dir()
    loader = _Loader(root)
    tools, tool_texts = loader.catalogue()
    tools_by_id = {tool.id: tool for tool in tools}
    guides: dict[str, _GuideSource] = {}
    if not root.is_dir():
        loader.sink.error(root.as_posix(), (1, 1), "no such folder")
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        if folder.name == CATALOGUE_TEXTS or folder.name.startswith("."):
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
    return ContentLibrary(root, tools, tool_texts, guides, loader.sink.sorted())
