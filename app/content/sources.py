"""Checked, language-free content as read from the files, before localizing.

tools.yaml and <guide>/guide.yaml hold structure (ids, URLs, platforms);
<lang>.yaml files hold text only. `app.content.parsing` builds these from YAML;
`app.content.snapshot` stores and restores them without YAML at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from app.content.model import InstallerFacts, Link, Review, ToolStatus

if TYPE_CHECKING:
    from app.content.model import ContentIssue
    from app.content.yamlread import YamlDocument

CATALOGUE_FILE = "tools.yaml"
CATALOGUE_TEXTS = "tools"  # folder of tools/<lang>.yaml; also its name in coverage
GUIDE_FILE = "guide.yaml"
# Beside each folder of language files: meta/<lang>.yaml, the name, translators, review and
# translated-from records of <lang>.yaml. A platform's file mask (<guide>/*.yaml) never reaches it.
META_FOLDER = "meta"


class ToolSource(NamedTuple):
    id: str
    name: str
    status: ToolStatus
    homepage: str
    links: tuple[Link, ...]
    domains: tuple[str, ...]
    reviewed: dt.date
    replaced_by: tuple[str, ...]
    open_source: bool | None
    mark: tuple[int, int]
    installer: InstallerFacts = InstallerFacts()


class StepSource(NamedTuple):
    id: str
    revision: int
    platforms: tuple[str, ...]
    tools: tuple[str, ...]
    mark: tuple[int, int]
    tools_mark: tuple[int, int]


class SectionSource(NamedTuple):
    id: str
    steps: list[StepSource]
    mark: tuple[int, int]


DEFAULT_ORDER = 100


class GuideStructure(NamedTuple):
    id: str
    version: int
    reviewed: dt.date
    domains: tuple[str, ...]
    sections: list[SectionSource]
    doc: YamlDocument | None = None  # None when restored from a snapshot
    usable: bool = True  # False: checked for every mistake, but not shown
    links: tuple[str, ...] = ()  # exact addresses the guide's texts may link to, beside the tools' own
    order: int = DEFAULT_ORDER  # place in the list of guides (then by id): the advisory's own guide comes first

    def linked_tools(self, tools: dict[str, ToolSource]) -> tuple[ToolSource, ...]:
        named = dict.fromkeys(t for section in self.sections for step in section.steps for t in step.tools)
        return tuple(tools[t] for t in named if t in tools)

    def link_domains(self, tools: dict[str, ToolSource]) -> tuple[str, ...]:
        """Domains the guide's own `links:` may use: the guide's and those of every tool it names."""
        return tuple(dict.fromkeys((*self.domains, *(d for t in self.linked_tools(tools) for d in t.domains))))

    def declared_links(self, tools: dict[str, ToolSource]) -> frozenset[str]:
        """Every address a text may link to: the guide's `links:` and every link and homepage in the catalogue."""
        catalogue = (address for t in tools.values() for address in (t.homepage, *(link.url for link in t.links)))
        return frozenset(a for a in (*self.links, *catalogue) if a)

    def body_link_domains(self, tools: dict[str, ToolSource]) -> dict[str, tuple[str, ...]]:
        """For each step body key, the domains its links may use: the guide's and its tools'."""
        by_key = {}
        for section in self.sections:
            for step in section.steps:
                extra = [d for t in step.tools if t in tools for d in tools[t].domains]
                by_key[f"step.{step.id}.body"] = tuple(dict.fromkeys((*self.domains, *extra)))
        return by_key

    def text_keys(self) -> dict[str, bool]:
        """Every text key the guide uses, mapped to whether it is required."""
        keys = {"guide.title": True, "guide.summary": True}
        for section in self.sections:
            keys[f"section.{section.id}.title"] = True
            keys[f"section.{section.id}.intro"] = False
            for step in section.steps:
                keys[f"step.{step.id}.title"] = True
                keys[f"step.{step.id}.body"] = True
        return keys


class LanguageMeta(NamedTuple):
    """What meta/<lang>.yaml says about one language file: not texts, so never on a platform."""

    name: str
    review: Review
    translators: tuple[str, ...] = ()
    # key -> fingerprint of the English the text was translated from (app.content.fingerprints)
    translated_from: Mapping[str, str] = MappingProxyType({})


class LanguageFile(NamedTuple):
    """One flat key/value file of texts in one language, with what its metadata file says of it."""

    code: str
    name: str
    review: Review
    translators: tuple[str, ...]
    texts: dict[str, str]
    doc: YamlDocument | None = None  # None when restored from a snapshot
    translated_from: Mapping[str, str] = MappingProxyType({})


class GuideSource(NamedTuple):
    structure: GuideStructure
    languages: dict[str, LanguageFile]


# Everything read from one folder of guides: what the loader returns and a snapshot keeps.
Parts = tuple[list[ToolSource], dict[str, LanguageFile], dict[str, GuideSource], list["ContentIssue"]]
