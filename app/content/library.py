"""The loaded content, localized on demand; and `load_library`, which loads it.

    library = load_library()            # resources/guides, or a folder given
    library.issues                      # every problem, with file and line
    library.guide("wiretap", "km")      # a localized Guide, English fallback marked
    library.catalogue("fr")             # the tool catalogue in French
    library.check_step_link(guide, step, url)   # the link policy, for the UI: a declared address only

A broken guide is left out; the others load. A broken translation falls back
to English.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from app.content.fingerprints import fingerprint, outdated_texts
from app.content.links import LinkVerdict, check_declared_link, check_link
from app.content.model import (
    ENGLISH,
    Catalogue,
    ContentIssue,
    Guide,
    LocalizedText,
    OfferedLink,
    Review,
    ReviewStatus,
    Section,
    Step,
    Tool,
)
from app.content.sources import CATALOGUE_TEXTS, GuideSource, GuideStructure, LanguageFile, ToolSource
from app.resources import guides_dir, is_frozen


class CoverageRow(NamedTuple):
    name: str  # a guide id, or "tools" for the catalogue texts
    language: str
    translated: int
    total: int
    review: Review
    untranslated_keys: tuple[str, ...] = ()  # required texts shown in English
    outdated_keys: tuple[str, ...] = ()  # translated texts whose English changed (intros included)

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else (100 * self.translated) // self.total


def _text_of(file: LanguageFile | None, key: str) -> str:
    """The file's text for `key`, or "" if it has none worth showing (absent or blank)."""
    text = file.texts.get(key, "") if file is not None else ""
    return text if text.strip() else ""


def _texts_in(files: dict[str, LanguageFile], language: str, key: str) -> LocalizedText:
    own = _text_of(files.get(language), key)
    if own:
        outdated = key in outdated_texts(files[language], files.get(ENGLISH), (key,))
        return LocalizedText(key, own, language, outdated=outdated)
    english = _text_of(files.get(ENGLISH), key)
    return LocalizedText(key, english or key, ENGLISH, fallback=language != ENGLISH)


class LocalGuides(NamedTuple):
    """Guides from outside Karpear, as app/content/local_guides.py found them."""

    guides: dict[str, GuideSource]  # the usable ones, none with an id Karpear's guides have
    folders: dict[str, Path]  # guide id -> the folder, as given, that holds it
    issues: list[ContentIssue]  # every problem found in those folders, kept apart from Karpear's own
    clashes: list[tuple[str, Path]]  # (id, folder given): refused because a guide already has that id

    @property
    def errors(self) -> list[ContentIssue]:
        return [issue for issue in self.issues if issue.is_error]


class ContentLibrary:
    def __init__(
        self,
        root: Path,
        tools: list[ToolSource],
        tool_texts: dict[str, LanguageFile],
        guides: dict[str, GuideSource],
        issues: list[ContentIssue],
        *,
        local: LocalGuides | None = None,
    ):
        """`local`: what came from outside Karpear (app/content/local_guides.py); its guides are in `guides`."""
        self.root = root
        self.issues = issues
        self._tools = {tool.id: tool for tool in tools}
        self._tool_texts = tool_texts
        self._guides = guides
        self.local = local or LocalGuides({}, {}, [], [])
        self._guide_cache: dict[tuple[str, str], Guide] = {}
        self._catalogue_cache: dict[str, Catalogue] = {}

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

    @property
    def tool_sources(self) -> tuple[ToolSource, ...]:
        """The catalogue as declared (domains and links): what `karpear check --against` compares."""
        return tuple(self._tools.values())

    @property
    def guide_structures(self) -> dict[str, GuideStructure]:
        return {guide_id: source.structure for guide_id, source in self._guides.items()}

    def is_local(self, guide_id: str) -> bool:
        """True for a guide that does not come from Karpear (nobody at Karpear reviewed it)."""
        return guide_id in self.local.folders

    # -- derived libraries ------------------------------------------------------
    def with_local_guides(self, local: LocalGuides, *, alone: bool = False) -> ContentLibrary:
        """This library and, after its own guides, the guides from outside (their ids checked not to clash);
        `alone`: the guides from outside only, their problems as its own (`karpear check` of such a folder)."""
        guides, issues = (local.guides, local.issues) if alone else ({**self._guides, **local.guides}, self.issues)
        return ContentLibrary(self.root, list(self._tools.values()), self._tool_texts, guides, issues, local=local)

    def with_language(self, code: str, name: str, transform: Callable[[str, str], str]) -> ContentLibrary:
        """This library with one more language made from English: `transform(key, text)` of each text
        (the pseudo language)."""

        def derived(files: dict[str, LanguageFile]) -> dict[str, LanguageFile]:
            english = files.get(ENGLISH)
            if english is None:
                return files
            texts = {key: transform(key, text) for key, text in english.texts.items()}
            made_from = {key: fingerprint(text) for key, text in english.texts.items()}  # never outdated
            return {**files, code: english._replace(code=code, name=name, texts=texts, translated_from=made_from)}

        guides = {gid: source._replace(languages=derived(source.languages)) for gid, source in self._guides.items()}
        return ContentLibrary(
            self.root,
            list(self._tools.values()),
            derived(self._tool_texts),
            guides,
            self.issues,
            local=self.local,
        )

    # -- localized model -----------------------------------------------------
    def catalogue(self, language: str) -> Catalogue:
        if language not in self._catalogue_cache:
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
                    installer=src.installer,
                )
                for src in self._tools.values()
            )
            self._catalogue_cache[language] = Catalogue(language, tools)
        return self._catalogue_cache[language]

    def guide(self, guide_id: str, language: str) -> Guide:
        key = (guide_id, language)
        if key not in self._guide_cache:
            self._guide_cache[key] = self._localize(self._guides[guide_id], language)
        return self._guide_cache[key]

    def guides(self, language: str) -> list[Guide]:
        return [self.guide(guide_id, language) for guide_id in self._guides]

    def review_of(self, guide_id: str, language: str) -> Review:
        files = self._guides[guide_id].languages
        return files[language].review if language in files else Review(ReviewStatus.DRAFT)

    def _localize(self, source: GuideSource, language: str) -> Guide:
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
        structure = self._guides[guide_id].structure
        return structure.body_link_domains(self._tools).get(f"step.{step_id}.body", structure.domains)

    def check_step_link(self, guide_id: str, step_id: str | None, url: str) -> LinkVerdict:
        """A link written in a guide's text: the policy, and that exact address declared in structure."""
        declared = self._guides[guide_id].structure.declared_links(self._tools)
        return check_declared_link(url, self.step_link_domains(guide_id, step_id), declared)

    def step_link_policy(self, guide_id: str, step_id: str | None, url: str) -> LinkVerdict:
        """The domain policy alone, for the form of a checked address that the browser receives."""
        return check_link(url, self.step_link_domains(guide_id, step_id))

    def check_tool_link(self, tool_id: str, url: str) -> LinkVerdict:
        tool = self._tools.get(tool_id)
        return check_link(url, tool.domains if tool else ())

    def offered_links(self, guide: Guide, step: Step, platform: str | None = None) -> list[OfferedLink]:
        """The official addresses a step offers (its platforms, narrowed by `platform`), one entry per address.

        Which links a step offers is `Step.offers_links_for`, the rule the tool cards follow too.
        """
        catalogue = self.catalogue(guide.language)
        found: dict[tuple[str, str], list[str]] = {}
        for tool_id in step.tools:
            tool = catalogue.get(tool_id)
            for link in tool.links if tool is not None else ():
                if step.offers_links_for(link.platform, platform):
                    found.setdefault((tool.name, link.url), []).append(link.platform)
        return [OfferedLink(name, tuple(platforms), url) for (name, url), platforms in found.items()]

    # -- coverage -------------------------------------------------------------
    def coverage(self) -> list[CoverageRow]:
        rows = []
        tool_keys = {f"tool.{tool_id}.reason": True for tool_id in self._tools}
        sets = [(CATALOGUE_TEXTS, self._tool_texts, tool_keys)]
        sets += [(gid, g.languages, g.structure.text_keys()) for gid, g in self._guides.items()]
        for name, files, keys in sets:
            required = [key for key, needed in keys.items() if needed]
            for language in self.languages:
                own = files.get(language)
                review = own.review if own is not None else Review(ReviewStatus.DRAFT)
                untranslated = tuple(key for key in required if not _text_of(own, key))
                outdated = tuple(outdated_texts(own, files.get(ENGLISH), keys)) if own is not None else ()
                translated = len(required) - len(untranslated)
                rows.append(CoverageRow(name, language, translated, len(required), review, untranslated, outdated))
        return rows


def load_library(root: Path | None = None, *, use_snapshot: bool = False) -> ContentLibrary:
    """Load and check every guide under `root` (default: the bundled guides).

    With `use_snapshot` (the app's start-up), a snapshot of an earlier full
    check is used when the files have not changed since, which skips YAML
    parsing and every text check; from a checkout a stale snapshot is
    rewritten in the user cache folder (never in the source tree). `karpear
    check` always reads and checks everything.
    """
    from app.content import snapshot  # noqa: PLC0415 - kept off the checking path

    root = Path(root) if root is not None else guides_dir()
    if use_snapshot:
        parts = snapshot.read(root)
        if parts is not None:
            return ContentLibrary(root, *parts)
    from app.content.loader import read_folder  # noqa: PLC0415 - YAML and checks: only when needed

    parts = read_folder(root)
    if use_snapshot and not is_frozen():  # a bundle is read-only: its snapshot is made at build time
        snapshot.write(root, parts)
    return ContentLibrary(root, *parts)
