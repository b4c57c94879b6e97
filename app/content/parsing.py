"""Parse the three kinds of content file into checked sources (app.content.sources).

A problem in one entry is reported and that entry skipped; the rest of the
file still loads.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

from app.content import hygiene
from app.content.fields import Fields
from app.content.fingerprints import FINGERPRINT, RECORD_KEY
from app.content.issues import IssueSink
from app.content.links import check_link, is_public_suffix, is_valid_domain
from app.content.model import (
    DEVICE_PLATFORMS,
    ENGLISH,
    LINK_PLATFORMS,
    InstallerFacts,
    Link,
    Review,
    ReviewStatus,
    Signer,
    ToolStatus,
    Verification,
)
from app.content.sources import (
    DEFAULT_ORDER,
    META_FOLDER,
    GuideStructure,
    LanguageFile,
    LanguageMeta,
    SectionSource,
    StepSource,
    ToolSource,
)
from app.content.yamlread import YamlDocument, as_date

SCHEMA_VERSION = 1
LINK_KINDS = ("vendor", "store", "fdroid", "apk", "web")
_SHA256_HEX = 64


def _date_field(fields: Fields, key: str) -> dt.date | None:
    if key not in fields.data:
        return None
    value = as_date(fields.data[key])
    if value is None:
        fields.error(key, f"'{key}' must be a date written YYYY-MM-DD")
    return value


def _check_schema(fields: Fields) -> None:
    schema = fields.get("schema", int)
    if schema is not None and schema != SCHEMA_VERSION:
        fields.error("schema", f"schema {schema} is not supported (this Karpear reads schema {SCHEMA_VERSION})")


def _domains(fields: Fields) -> tuple[str, ...]:
    domains = fields.get_str_list("domains")
    allowed = []
    for index, domain in enumerate(domains):
        problem = _domain_problem(domain)
        if problem:
            fields.sink.error(fields.doc.path, fields.doc.mark(*fields.path, "domains", index), problem)
        else:
            allowed.append(domain)
    return tuple(allowed)


def _domain_problem(domain: str) -> str | None:
    if not is_valid_domain(domain):
        return f"'{domain}' is not a domain name (write it like signal.org: lowercase, no https://)"
    if is_public_suffix(domain):
        return (
            f"'{domain}' is a public suffix: anyone can register a site under it; "
            "list the project's own domain (e.g. signalapp.github.io, not github.io)"
        )
    return None


def _platforms(fields: Fields, allowed: tuple[str, ...]) -> tuple[str, ...]:
    platforms = fields.get_str_list("platforms")
    for index, platform in enumerate(platforms):
        if platform not in allowed:
            fields.sink.error(
                fields.doc.path,
                fields.doc.mark(*fields.path, "platforms", index),
                f"unknown platform '{platform}' (use {', '.join(allowed)})",
            )
    return tuple(p for p in platforms if p in allowed)


def _is_sha256(text: str, separator: str = "") -> bool:
    digits = text.replace(separator, "") if separator else text
    return len(digits) == _SHA256_HEX and all(c in "0123456789abcdefABCDEF" for c in digits)


def _installer(fields: Fields) -> InstallerFacts:
    """The optional `installer:` block: what `karpear verify` compares a downloaded file with."""
    if "installer" not in fields.data:
        return InstallerFacts()
    block = fields.sub("installer", "installer", (), ("package", "android_signers", "windows_publisher", "sha256"))
    if not block.ok:
        return InstallerFacts()
    signers = []
    for index, _ in block.items("android_signers"):
        signer = block.sub(("android_signers", index), "android signer", ("sha256",), ("note",))
        sha256 = signer.get("sha256", str) if signer.ok else None
        if sha256 is not None and not _is_sha256(sha256, ":"):
            signer.error("sha256", "sha256 must be 32 bytes written in hex (AB:CD:...)")
        elif sha256 is not None:
            signers.append(Signer(sha256.upper(), signer.get("note", str, "")))
    checksums = []
    for index, checksum in enumerate(block.get_str_list("sha256")):
        if _is_sha256(checksum):
            checksums.append(checksum.lower())
        else:
            fields.sink.error(
                fields.doc.path,
                fields.doc.mark(*block.path, "sha256", index),
                "an installer checksum must be 64 hex digits",
            )
    return InstallerFacts(
        block.get("package", str), tuple(signers), block.get("windows_publisher", str), tuple(checksums)
    )


def _verification(fields: Fields) -> Verification:
    if "verify" not in fields.data:
        return Verification()
    verify = fields.sub("verify", "verify", (), ("package_id", "cert_sha256", "pgp_fingerprint"))
    if not verify.ok:
        return Verification()
    cert = verify.get("cert_sha256", str)
    if cert is not None and len(cert.replace(":", "")) != _SHA256_HEX:
        verify.error("cert_sha256", "cert_sha256 must be 32 bytes written in hex (AB:CD:...)")
    pgp = verify.get("pgp_fingerprint", str)
    if pgp is not None and len(pgp.replace(" ", "")) != 40:
        verify.error("pgp_fingerprint", "pgp_fingerprint must be 40 hex digits (spaces allowed)")
    return Verification(verify.get("package_id", str), cert, pgp)


def _store_package(url: str) -> str | None:
    """The application id a Play or F-Droid URL names, if any."""
    parts = urlsplit(url)
    if parts.hostname == "play.google.com":
        return (parse_qs(parts.query).get("id") or [None])[0]
    if parts.hostname == "f-droid.org":
        segments = [s for s in parts.path.split("/") if s]
        if "packages" in segments and segments.index("packages") + 1 < len(segments):
            return segments[segments.index("packages") + 1]
    return None


def _link(fields: Fields, domains: tuple[str, ...]) -> Link | None:
    platform = fields.get("platform", str)
    kind = fields.get("kind", str)
    url = fields.get("url", str)
    if platform is not None and platform not in LINK_PLATFORMS:
        fields.error("platform", f"unknown platform '{platform}' (use {', '.join(LINK_PLATFORMS)})")
        platform = None
    if kind is not None and kind not in LINK_KINDS:
        fields.error("kind", f"unknown link kind '{kind}' (use {', '.join(LINK_KINDS)})")
        kind = None
    verify = _verification(fields)
    if url is None:
        return None
    verdict = check_link(url, domains)
    if not verdict.allowed:
        fields.error("url", f"link refused: {verdict.reason}")
        return None
    package = _store_package(url)
    if package and verify.package_id and package != verify.package_id:
        fields.error("url", f"store link is for '{package}' but verify.package_id says '{verify.package_id}'")
    if platform is None or kind is None:
        return None
    return Link(platform, url, kind, verify)


def parse_catalogue(doc: YamlDocument, sink: IssueSink) -> list[ToolSource]:
    top = Fields(doc, sink, (), "tools.yaml", ("schema", "tools"))
    if not top.ok:
        return []
    _check_schema(top)
    tools: list[ToolSource] = []
    seen: dict[str, int] = {}
    for index, _ in top.items("tools"):
        entry = Fields(
            doc,
            sink,
            ("tools", index),
            "tool",
            ("id", "name", "status", "domains", "links", "reviewed"),
            ("homepage", "replaced_by", "open_source", "installer"),
        )
        if not entry.ok:
            continue
        tool_id = entry.get_id()
        if tool_id in seen:
            entry.error("id", f"duplicate tool id '{tool_id}' (first at line {seen[tool_id]})")
            continue
        if tool_id:
            seen[tool_id] = entry.mark("id")[0]
        status_text = entry.get("status", str)
        status = None
        if status_text is not None:
            try:
                status = ToolStatus(status_text)
            except ValueError:
                entry.error("status", f"unknown status '{status_text}' (use recommended, caution or discontinued)")
        domains = _domains(entry)
        homepage = entry.get("homepage", str, "")
        verdict = check_link(homepage, domains) if homepage else None
        if verdict is not None and not verdict.allowed:
            entry.error("homepage", f"homepage refused: {verdict.reason}")
            homepage = ""
        links = []
        for link_index, _ in entry.items("links"):
            link_fields = entry.sub(("links", link_index), "link", ("platform", "kind", "url"), ("verify",))
            if link_fields.ok and (link := _link(link_fields, domains)):
                links.append(link)
        replaced_by = entry.get_str_list("replaced_by")
        if status is ToolStatus.DISCONTINUED and not replaced_by:
            entry.error("status", "a discontinued tool must name what replaces it in 'replaced_by'")
        reviewed = _date_field(entry, "reviewed")
        name = entry.get("name", str)
        if name and (look_alike := hygiene.first_look_alike(name)):
            entry.error("name", hygiene.look_alike_message(look_alike, "the tool name"))
        if tool_id and name and status and reviewed:
            tools.append(
                ToolSource(
                    tool_id,
                    name,
                    status,
                    homepage,
                    tuple(links),
                    domains,
                    reviewed,
                    replaced_by,
                    entry.get("open_source", bool),
                    entry.mark("id"),
                    _installer(entry),
                )
            )
    return tools


def parse_guide_structure(doc: YamlDocument, sink: IssueSink) -> GuideStructure | None:
    top = Fields(
        doc, sink, (), "guide.yaml", ("schema", "id", "version", "reviewed", "sections"), ("domains", "links", "order")
    )
    if not top.ok:
        return None
    _check_schema(top)
    guide_id = top.get_id()
    version = top.get("version", int)
    reviewed = _date_field(top, "reviewed")
    domains = _domains(top)
    links = top.get_str_list("links")
    order = top.get("order", int, DEFAULT_ORDER)
    if order < 1:
        top.error("order", "order is a whole number from 1 (first in the list of guides)")
        order = DEFAULT_ORDER
    sections: list[SectionSource] = []
    seen: dict[str, tuple[str, int]] = {}

    def first_use(kind: str, item_id: str, fields: Fields) -> bool:
        if item_id in seen:
            other_kind, line = seen[item_id]
            fields.error("id", f"duplicate id '{item_id}' (a {other_kind} at line {line} has it)")
            return False
        seen[item_id] = (kind, fields.mark("id")[0])
        return True

    for s_index, _ in top.items("sections"):
        section = Fields(doc, sink, ("sections", s_index), "section", ("id", "steps"))
        if not section.ok:
            continue
        section_id = section.get_id()
        if not section_id or not first_use("section", section_id, section):
            continue
        steps: list[StepSource] = []
        for t_index, _ in section.items("steps"):
            step = Fields(
                doc,
                sink,
                ("sections", s_index, "steps", t_index),
                "step",
                ("id", "revision"),
                ("platforms", "tools"),
            )
            if not step.ok:
                continue
            step_id = step.get_id()
            revision = step.get("revision", int)
            if revision is not None and revision < 1:
                step.error("revision", "revision starts at 1 and only goes up")
                revision = None
            platforms = _platforms(step, DEVICE_PLATFORMS)
            if step_id and revision and first_use("step", step_id, step):
                tools = step.get_str_list("tools")
                steps.append(StepSource(step_id, revision, platforms, tools, step.mark("id"), step.mark("tools")))
        if not steps:
            section.error("steps", f"section '{section_id}' has no steps")
        sections.append(SectionSource(section_id, steps, section.mark("id")))
    if not guide_id:
        return None
    usable = bool(version and reviewed)
    return GuideStructure(guide_id, version or 0, reviewed or dt.date.min, domains, sections, doc, usable, links, order)


def parse_language_file(doc: YamlDocument, sink: IssueSink, code: str, meta: LanguageMeta) -> LanguageFile | None:
    """The texts of one language file (every key a text), with what its metadata file says."""
    if not isinstance(doc.data, dict):
        sink.error(doc.path, (1, 1), "a language file must be a mapping of keys to texts")
        return None
    texts: dict[str, str] = {}
    for key, value in doc.data.items():
        if key == "meta":
            sink.error(
                doc.path,
                doc.key_mark(key),
                f"'meta' is not a text to translate: the language's name, translators and review go in "
                f"{META_FOLDER}/{code}.yaml (a translation platform would offer them for translation)",
            )
        elif isinstance(value, str):
            texts[key] = value
        elif value is None:
            texts[key] = ""
        else:
            sink.error(doc.path, doc.mark(key), f"'{key}' must be text, not {type(value).__name__}")
    return LanguageFile(code, meta.name, meta.review, meta.translators, texts, doc, meta.translated_from)


def parse_language_meta(doc: YamlDocument | None, sink: IssueSink, code: str) -> LanguageMeta:
    """meta/<code>.yaml: name, translators, review and translated-from records; a draft when absent or broken."""
    draft = LanguageMeta(code, Review(ReviewStatus.DRAFT))
    if doc is None:
        return draft
    meta = Fields(doc, sink, (), f"{META_FOLDER}/{code}.yaml", ("review",), ("name", "translators", RECORD_KEY))
    if not meta.ok:
        return draft
    return LanguageMeta(
        meta.get("name", str, code), _review(meta), meta.get_str_list("translators"), _records(meta, code)
    )


def _records(meta: Fields, code: str) -> dict[str, str]:
    """The translated-from block: text key -> fingerprint of its English. Each bad entry is reported and left out."""
    if RECORD_KEY not in meta.data:
        return {}
    if code == ENGLISH:
        meta.error(RECORD_KEY, f"English is the source: its metadata has no '{RECORD_KEY}'")
        return {}
    block = meta.get(RECORD_KEY, dict, {})
    records = {}
    for key, value in block.items():
        if isinstance(value, str) and FINGERPRINT.match(value):
            records[key] = value
        else:
            meta.sink.error(
                meta.doc.path,
                meta.doc.mark(RECORD_KEY, key),
                f"'{key}' in {RECORD_KEY} is not a fingerprint: let `karpear translate confirm` write it",
            )
    return records


def _review(meta: Fields) -> Review:
    if "review" not in meta.data:
        return Review(ReviewStatus.DRAFT)
    review = meta.sub("review", "review", ("status",), ("by", "date"))
    if not review.ok:
        return Review(ReviewStatus.DRAFT)
    status_text = review.get("status", str, "draft")
    try:
        status = ReviewStatus(status_text)
    except ValueError:
        review.error("status", f"unknown review status '{status_text}' (use draft or reviewed)")
        status = ReviewStatus.DRAFT
    by = review.get("by", (str, type(None)))
    date = _date_field(review, "date") if review.data.get("date") is not None else None
    if status is ReviewStatus.REVIEWED and not (by and date):
        review.error("status", "a reviewed file must say who reviewed it ('by') and when ('date')")
        status = ReviewStatus.DRAFT
    return Review(status, by, date)
