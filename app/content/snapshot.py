"""A JSON snapshot of a fully checked content folder, for a fast start-up.

Importing PyYAML and running every text check costs ~40 ms at each start,
for files that rarely change. The snapshot keeps what the full check produced
(sources and issues), keyed by a checksum of every YAML file; if any file
changed, it is ignored and the app does the full check again.

It is a cache, not user data: plain JSON (nothing executable), and a torn or
tampered file only means a full check. The bundle ships one made at build
time (`python -m app.content.snapshot`, beside the guides); a checkout keeps its
own in the user cache folder, one per guides folder, never in the source tree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any

from app.content.model import (
    ContentIssue,
    InstallerFacts,
    Link,
    Review,
    ReviewStatus,
    Severity,
    Signer,
    ToolStatus,
    Verification,
)
from app.content.safefile import MAX_FILE_BYTES, FileRefused, read_bounded
from app.content.sources import (
    GuideSource,
    GuideStructure,
    LanguageFile,
    Parts,
    SectionSource,
    StepSource,
    ToolSource,
)

FILE_NAME = ".karpear-snapshot.json"
FORMAT = 6  # bump whenever what the snapshot holds, or a check, changes


def build_file(root: Path) -> Path:
    """The snapshot a build ships beside the guides."""
    return root / FILE_NAME


def cache_file(root: Path) -> Path:
    """A checkout's own snapshot of `root`, in the user cache (keyed by the folder's path)."""
    from app.resources import cache_dir  # noqa: PLC0415

    key = hashlib.sha256(os.fsencode(Path(root).absolute())).hexdigest()[:20]
    return cache_dir() / "snapshots" / f"{key}.json"


def fingerprint(root: Path) -> str:
    """Checksum of the names and bytes of every YAML file under `root`."""
    crc = zlib.crc32(str(FORMAT).encode())
    for file in sorted(root.rglob("*.yaml")):
        crc = zlib.crc32(file.relative_to(root).as_posix().encode(), crc)
        try:  # a FIFO or a link to /dev/zero must not hang the start: read as the check reads
            crc = zlib.crc32(read_bounded(file, MAX_FILE_BYTES, root), crc)
        except (FileRefused, OSError):
            crc = zlib.crc32(b"\0unreadable", crc)  # the full check says why
    return f"{crc:08x}"


def _code_is_newer(snapshot_file: Path) -> bool:
    """From a checkout: a content module edited after the snapshot was made."""
    if getattr(sys, "frozen", False):
        return False
    made = snapshot_file.stat().st_mtime
    return any(p.stat().st_mtime > made for p in Path(__file__).parent.glob("*.py"))


# -- to JSON -------------------------------------------------------------------
def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _language(lang: LanguageFile) -> dict[str, Any]:
    review = {"status": lang.review.status.value, "by": lang.review.by, "date": _date(lang.review.date)}
    return {
        "name": lang.name, "review": review, "translators": list(lang.translators), "texts": lang.texts,
        "translated_from": dict(lang.translated_from),
    }  # fmt: skip


def _tool(tool: ToolSource) -> dict[str, Any]:
    links = [
        {"platform": link.platform, "url": link.url, "kind": link.kind, "verify": link.verify._asdict()}
        for link in tool.links
    ]
    return {
        "id": tool.id, "name": tool.name, "status": tool.status.value, "homepage": tool.homepage, "links": links,
        "domains": tool.domains, "reviewed": _date(tool.reviewed), "replaced_by": tool.replaced_by,
        "open_source": tool.open_source, "mark": tool.mark, "installer": tool.installer._asdict(),
    }  # fmt: skip


def _structure(structure: GuideStructure) -> dict[str, Any]:
    return {
        "id": structure.id, "version": structure.version, "reviewed": _date(structure.reviewed),
        "domains": structure.domains, "usable": structure.usable, "links": structure.links,
        "order": structure.order,
        "sections": [
            {"id": section.id, "mark": section.mark, "steps": [step._asdict() for step in section.steps]}
            for section in structure.sections
        ],
    }  # fmt: skip


def write(root: Path, parts: Parts, target: Path | None = None) -> None:
    """Store `parts` of `root` in `target` (default: the cache file); silently skip if that cannot be written."""
    tools, tool_texts, guides, issues = parts
    data = {
        "format": FORMAT,
        "fingerprint": fingerprint(root),
        "tools": [_tool(tool) for tool in tools],
        "tool_texts": {code: _language(lang) for code, lang in tool_texts.items()},
        "guides": {
            gid: {"structure": _structure(g.structure), "languages": {c: _language(f) for c, f in g.languages.items()}}
            for gid, g in guides.items()
        },
        "issues": [[i.path, i.line, i.column, i.severity.value, i.message] for i in issues],
    }
    target = target if target is not None else cache_file(root)
    temp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)  # readers see the old snapshot or the new one, never half of one
    except OSError:
        temp.unlink(missing_ok=True)


# -- from JSON -----------------------------------------------------------------
def _read_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _read_language(code: str, data: dict[str, Any]) -> LanguageFile:
    review = data["review"]
    return LanguageFile(
        code, data["name"], Review(ReviewStatus(review["status"]), review["by"], _read_date(review["date"])),
        tuple(data["translators"]), dict(data["texts"]), None, dict(data["translated_from"]),
    )  # fmt: skip


def _read_tool(data: dict[str, Any]) -> ToolSource:
    links = tuple(
        Link(link["platform"], link["url"], link["kind"], Verification(**link["verify"])) for link in data["links"]
    )
    return ToolSource(
        data["id"], data["name"], ToolStatus(data["status"]), data["homepage"], links, tuple(data["domains"]),
        _read_date(data["reviewed"]), tuple(data["replaced_by"]), data["open_source"], tuple(data["mark"]),
        _read_installer(data["installer"]),
    )  # fmt: skip


def _read_installer(data: dict[str, Any]) -> InstallerFacts:
    signers = tuple(Signer(*signer) for signer in data["android_signers"])
    return InstallerFacts(data["package"], signers, data["windows_publisher"], tuple(data["sha256"]))


def _read_structure(data: dict[str, Any]) -> GuideStructure:
    sections = [
        SectionSource(
            s["id"],
            [
                StepSource(
                    t["id"],
                    t["revision"],
                    tuple(t["platforms"]),
                    tuple(t["tools"]),
                    tuple(t["mark"]),
                    tuple(t["tools_mark"]),
                )
                for t in s["steps"]
            ],
            tuple(s["mark"]),
        )  # fmt: skip
        for s in data["sections"]
    ]
    return GuideStructure(
        data["id"], data["version"], _read_date(data["reviewed"]), tuple(data["domains"]), sections,
        usable=data["usable"], links=tuple(data["links"]), order=data["order"],
    )  # fmt: skip


def read(root: Path) -> Parts | None:
    """The parts of the build's snapshot, else of the cache's, if one matches the files exactly; else None."""
    for file in (build_file(root), cache_file(root)):
        parts = _read_file(root, file)
        if parts is not None:
            return parts
    return None


def _read_file(root: Path, file: Path) -> Parts | None:
    try:
        data = json.loads(file.read_bytes())
        if data.get("format") != FORMAT or _code_is_newer(file) or data.get("fingerprint") != fingerprint(root):
            return None
        tools = [_read_tool(tool) for tool in data["tools"]]
        tool_texts = {code: _read_language(code, lang) for code, lang in data["tool_texts"].items()}
        guides = {
            gid: GuideSource(
                _read_structure(g["structure"]), {c: _read_language(c, f) for c, f in g["languages"].items()}
            )
            for gid, g in data["guides"].items()
        }
        issues = [ContentIssue(p, line, col, Severity(sev), msg) for p, line, col, sev, msg in data["issues"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing, torn or foreign: the caller does the full check
    return tools, tool_texts, guides, issues


def main() -> int:
    """Write a fresh snapshot of the bundled guides (the build runs this)."""
    from app.content.loader import read_folder  # noqa: PLC0415
    from app.resources import guides_dir  # noqa: PLC0415

    root = guides_dir()
    write(root, read_folder(root), build_file(root))
    if _read_file(root, build_file(root)) is None:
        print(f"could not write a snapshot in {root}", file=sys.stderr)
        return 1
    print(f"snapshot written: {build_file(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
