"""What a check of an installer file found: a verdict and the facts behind it (no Qt).

The texts a person reads are built from these codes by the interface (app/ui/verify_texts.py),
so the CLI and the window say the same thing, each in the person's language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Verdict(StrEnum):
    GENUINE = "genuine"  # a positive match with the catalogue, nothing else
    NOT_GENUINE = "not-genuine"  # signed by someone else, modified, or a mismatch: do not install
    UNKNOWN = "unknown"  # nothing in the catalogue to compare with: check by hand
    UNREADABLE = "unreadable"  # corrupt, not an installer, or changed while read


class Kind(StrEnum):
    APK = "apk"
    WINDOWS = "windows"  # PE (.exe) or MSI
    OTHER = "other"


class Reason(StrEnum):
    """Why the verdict is what it is; each has one text in the interface."""

    CHECKSUM_MATCH = "checksum-match"
    SIGNERS_MATCH = "signers-match"
    PUBLISHER_MATCH = "publisher-match"
    FOREIGN_SIGNER = "foreign-signer"
    WRONG_PACKAGE = "wrong-package"
    WRONG_PUBLISHER = "wrong-publisher"
    BAD_SIGNATURE = "bad-signature"
    UNTRUSTED_SIGNATURE = "untrusted-signature"
    NOT_SIGNED = "not-signed"
    OLD_SCHEME_ONLY = "old-scheme-only"
    UNSUPPORTED_SIGNATURE = "unsupported-signature"
    NOT_IN_CATALOGUE = "not-in-catalogue"
    NOTHING_TO_COMPARE = "nothing-to-compare"
    CORRUPT = "corrupt"
    TOO_LARGE = "too-large"
    CHANGED_WHILE_READ = "changed-while-read"
    CANNOT_OPEN = "cannot-open"


class SignerFinding(NamedTuple):
    """One signing certificate found in the file, and what the catalogue says of it."""

    scheme: str  # "v1", "v2", "v3", "v3.1" or "authenticode"
    sha256: str  # AB:CD:... fingerprint of the certificate
    subject: str
    catalogue_note: str | None  # the catalogue's note when it lists this certificate, else None


class Report(NamedTuple):
    verdict: Verdict
    reason: Reason
    kind: Kind
    file_name: str
    size: int
    sha256: str | None = None  # hex digest of the whole file (None if it could not be read)
    tool_id: str | None = None
    tool_name: str | None = None
    package: str | None = None
    publisher: str | None = None
    expected_publisher: str | None = None  # the catalogue's, when a Windows installer is compared
    signers: tuple[SignerFinding, ...] = ()
    detail: str = ""  # technical detail (for the CLI and a "details" line), never the main message


def reading_groups(hex_digest: str, size: int = 4) -> str:
    """A digest in groups of `size` characters, easy to read aloud and compare by eye."""
    return " ".join(hex_digest[i : i + size] for i in range(0, len(hex_digest), size))


def colon_hex(digest: bytes) -> str:
    """AB:CD:... as apksigner, keytool and vendors' pages write certificate fingerprints."""
    return ":".join(f"{byte:02X}" for byte in digest)
