"""What a received guide folder adds to a reference one: each domain and address a reviewer must look at.

The allow-list of a folder comes from that folder's own tools.yaml and guide.yaml, so a received
folder can widen it. Compared tool by tool and guide by guide: a domain moved from one tool to
another is an addition too (a button named Signal that may now open another app's site).
"""

from __future__ import annotations

from typing import NamedTuple

from app.content.library import ContentLibrary
from app.content.model import ContentIssue, Severity
from app.content.sources import CATALOGUE_FILE, GuideStructure, ToolSource


class _Declared(NamedTuple):
    domains: frozenset[str]
    addresses: frozenset[str]


_NOTHING = _Declared(frozenset(), frozenset())


def _of_tool(tool: ToolSource) -> _Declared:
    addresses = {link.url for link in tool.links} | ({tool.homepage} if tool.homepage else set())
    return _Declared(frozenset(tool.domains), frozenset(addresses))


def _listed(structure: GuideStructure, key: str) -> list[tuple[int, str]]:
    """(index, text) of a top-level list of guide.yaml as written (`links:`: the exact addresses texts may open)."""
    data = structure.doc.data if structure.doc is not None else None
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, str)]


def _of_guide(structure: GuideStructure) -> _Declared:
    return _Declared(frozenset(structure.domains), frozenset(url for _, url in _listed(structure, "links")))


def additions(received: ContentLibrary, reference: ContentLibrary, reference_name: str) -> list[ContentIssue]:
    """A warning, where it is declared, for each domain and address of `received` that `reference` lacks."""
    found: list[ContentIssue] = []

    def add(path: str, mark: tuple[int, int], owner: str, kind: str, value: str) -> None:
        message = f"{owner} adds the {kind} {value}, which the reference ({reference_name}) does not have"
        found.append(ContentIssue(path, mark[0], mark[1], Severity.WARNING, message))

    known_tools = {tool.id: _of_tool(tool) for tool in reference.tool_sources}
    for tool in received.tool_sources:
        known, ours = known_tools.get(tool.id, _NOTHING), _of_tool(tool)
        for domain in sorted(ours.domains - known.domains):
            add(CATALOGUE_FILE, tool.mark, f"tool '{tool.id}'", "domain", domain)
        for address in sorted(ours.addresses - known.addresses):
            add(CATALOGUE_FILE, tool.mark, f"tool '{tool.id}'", "address", address)

    known_guides = {guide_id: _of_guide(structure) for guide_id, structure in reference.guide_structures.items()}
    for guide_id, structure in received.guide_structures.items():
        known, doc, owner = known_guides.get(guide_id, _NOTHING), structure.doc, f"guide '{guide_id}'"
        for index, domain in _listed(structure, "domains"):
            if domain in structure.domains and domain not in known.domains:  # a refused one is an error already
                add(doc.path, doc.mark("domains", index), owner, "domain", domain)
        for index, address in _listed(structure, "links"):
            if address not in known.addresses:
                add(doc.path, doc.mark("links", index), owner, "address", address)
    return found
