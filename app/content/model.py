"""The one shape content has after loading: immutable records, no Qt.

Records are NamedTuples rather than frozen dataclasses: a dataclass costs ~0.4 ms
to define (it compiles its methods at import), a NamedTuple a sixth of that, and
these load at every start. Compare and hash them as values; never iterate one.

Widgets and the CLI only ever see these objects, never raw YAML dicts.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import NamedTuple

ENGLISH = "en"
PSEUDO = "en-XA"  # the pseudo language for developers (app/content/pseudo.py), as Android names its own

# Platforms a step or a link can be tagged with. "web" is only for links
# (a service used in a browser); steps use the five device platforms.
DEVICE_PLATFORMS: tuple[str, ...] = ("android", "ios", "windows", "macos", "linux")
LINK_PLATFORMS: tuple[str, ...] = (*DEVICE_PLATFORMS, "web")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ContentIssue(NamedTuple):
    """One problem in a content file, pointing at a 1-based line and column."""

    path: str
    line: int
    column: int
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity.value}: {self.message}"


class ToolStatus(StrEnum):
    RECOMMENDED = "recommended"
    CAUTION = "caution"
    DISCONTINUED = "discontinued"


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"


class LocalizedText(NamedTuple):
    """A text in the requested language, or its English fallback.

    `fallback` is True when the requested language had no (non-empty) value and
    the English source is shown instead; `outdated` when the translation was made
    from an English text that has changed since. The UI marks both.
    """

    key: str
    value: str
    language: str
    fallback: bool = False
    outdated: bool = False

    def __str__(self) -> str:
        return self.value


class Verification(NamedTuple):
    """How a person can check that what they downloaded is the real thing."""

    package_id: str | None = None  # store / F-Droid application id
    cert_sha256: str | None = None  # Android APK signing-certificate SHA-256
    pgp_fingerprint: str | None = None  # key that signs the installers

    def is_empty(self) -> bool:
        return not (self.package_id or self.cert_sha256 or self.pgp_fingerprint)


class Signer(NamedTuple):
    """An APK signing certificate the vendor publishes, and what it is (e.g. "legacy key")."""

    sha256: str  # AB:CD:... as the vendor writes it
    note: str = ""


class InstallerFacts(NamedTuple):
    """What a genuine installer of a tool looks like, for `karpear verify` (all optional)."""

    package: str | None = None  # Android application id
    android_signers: tuple[Signer, ...] = ()
    windows_publisher: str | None = None  # Authenticode signer's name (subject CN)
    sha256: tuple[str, ...] = ()  # checksums of installer files the vendor publishes

    def is_empty(self) -> bool:
        return not (self.package or self.android_signers or self.windows_publisher or self.sha256)


class Link(NamedTuple):
    """An official download or information link of one tool."""

    platform: str  # one of LINK_PLATFORMS
    url: str
    kind: str  # "vendor", "store", "fdroid", "apk", "web"
    verify: Verification = Verification()


class Tool(NamedTuple):
    id: str
    name: str
    status: ToolStatus
    reason: LocalizedText
    homepage: str
    links: tuple[Link, ...]
    domains: tuple[str, ...]
    reviewed: dt.date
    replaced_by: tuple[str, ...] = ()
    open_source: bool | None = None
    installer: InstallerFacts = InstallerFacts()

    def links_for(self, platform: str) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.platform == platform)

    @property
    def platforms(self) -> tuple[str, ...]:
        seen = dict.fromkeys(link.platform for link in self.links)
        return tuple(p for p in LINK_PLATFORMS if p in seen)


class Catalogue(NamedTuple):
    language: str
    tools: tuple[Tool, ...]

    def get(self, tool_id: str) -> Tool | None:
        return next((tool for tool in self.tools if tool.id == tool_id), None)

    def __contains__(self, tool_id: object) -> bool:
        return any(tool.id == tool_id for tool in self.tools)


class Step(NamedTuple):
    id: str
    revision: int
    title: LocalizedText
    body: LocalizedText
    platforms: tuple[str, ...]  # empty: applies everywhere
    tools: tuple[str, ...]

    def applies_to(self, platform: str | None) -> bool:
        """True if the step is shown under the platform filter `platform` (None: all)."""
        return platform is None or not self.platforms or platform in self.platforms

    def offers_links_for(self, link_platform: str, platform: str | None) -> bool:
        """True if this step offers a tool's downloads for `link_platform` under the filter `platform`.

        An Android-only step offers no iPhone or computer downloads, and the filter narrows further;
        a web service ("web") works on every device, so it is always offered.
        """
        if link_platform == "web":
            return True
        return (not self.platforms or link_platform in self.platforms) and platform in (None, link_platform)


class OfferedLink(NamedTuple):
    """An official download address a step offers, for handouts and QR codes."""

    tool: str  # the tool's name
    platforms: tuple[str, ...]  # every platform this address serves, in catalogue order
    url: str


class Section(NamedTuple):
    id: str
    title: LocalizedText
    intro: LocalizedText | None
    steps: tuple[Step, ...]


class Review(NamedTuple):
    status: ReviewStatus
    by: str | None = None
    date: dt.date | None = None

    @property
    def is_reviewed(self) -> bool:
        return self.status is ReviewStatus.REVIEWED


class Guide(NamedTuple):
    id: str
    version: int
    reviewed: dt.date
    language: str
    title: LocalizedText
    summary: LocalizedText
    sections: tuple[Section, ...]
    review: Review
    domains: tuple[str, ...] = ()

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for section in self.sections for step in section.steps)

    def visible_steps(self, platform: str | None) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.applies_to(platform))

    @property
    def texts(self) -> tuple[LocalizedText, ...]:
        texts: list[LocalizedText | None] = [self.title, self.summary]
        for section in self.sections:
            texts += [section.title, section.intro]
            for step in section.steps:
                texts += [step.title, step.body]
        return tuple(t for t in texts if t is not None)

    @property
    def fallback_keys(self) -> tuple[str, ...]:
        """Keys of texts shown in English because this language lacks them."""
        return tuple(t.key for t in self.texts if t.fallback)

    @property
    def outdated_keys(self) -> tuple[str, ...]:
        """Keys of texts translated from an English text that has changed since."""
        return tuple(t.key for t in self.texts if t.outdated)
