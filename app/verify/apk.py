"""Who signed an Android APK, in every signature scheme it carries, and whether the signatures hold.

Library: androguard (`androguard.core.apk`). Of the two maintained Python APK readers,
apkInspector is the lighter but reads only the ZIP structure and the binary manifest: it
has no reader for the APK Signing Block. androguard parses the v2, v3 and v3.1 signer
records (certificates, signed data, signatures, SDK ranges), so it is the one that fits; it
is imported only when an APK is checked (~0.2 s), never at start-up.

androguard does not verify v2/v3 signatures, so this module does, as Android does:
each signer's signature over its signed data, with the key of its own certificate, and
the signed digest of the APK's contents (ZIP entries, central directory, end record,
in 1 MiB chunks). A certificate only counts once both hold: a signing block copied from
a genuine APK into a modified one is reported as tampered, never as a match.

Hostile files: the ZIP end record, the signing block's size and every entry read here are
bounded before anything is allocated or decompressed, and a file whose end record is
ambiguous (one inside the ZIP comment) is refused, so androguard, zipfile and Android
cannot disagree about which signing block counts.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from typing import NamedTuple

from app.verify.report import colon_hex

MAX_ENTRY_BYTES = 8 << 20  # AndroidManifest.xml and META-INF signatures are kilobytes
MAX_SIGNING_BLOCK = 16 << 20  # real blocks are a few KiB; more is a hostile file
MAX_V1_SIGNATURES = 8  # JAR signature files (each read up to MAX_ENTRY_BYTES): real APKs have one
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_CENTRAL_DIR = b"PK\x01\x02"
_SIGNING_BLOCK_MAGIC = b"APK Sig Block 42"
_CHUNK = 1 << 20

# Signature algorithm ids of the APK Signature Scheme (v2/v3) that Android accepts.
_SHA256_ALGORITHMS = {0x0101, 0x0103, 0x0201, 0x0301}
_SHA512_ALGORITHMS = {0x0102, 0x0104, 0x0202}
_STRIPPING_PROTECTION = 0xBEEFF00D
# What the check of one signer found.
OK, BAD, UNSUPPORTED, UNCHECKED = "ok", "bad", "unsupported", "unchecked"


class ApkCorrupt(Exception):
    """Not a readable APK (not a ZIP, broken structure, hostile sizes)."""


class ApkSigner(NamedTuple):
    scheme: str  # "v1", "v2", "v3" or "v3.1"
    certificate: bytes  # DER
    check: str  # OK, BAD, UNSUPPORTED (v2+: signature and content digest), or UNCHECKED (v1)

    @property
    def sha256(self) -> str:
        return colon_hex(hashlib.sha256(self.certificate).digest())

    @property
    def subject(self) -> str:
        from asn1crypto import x509  # noqa: PLC0415 - androguard's own dependency

        try:
            return x509.Certificate.load(self.certificate).subject.human_friendly
        except Exception:  # noqa: BLE001 - asn1crypto parses lazily; a broken certificate has no name
            return "?"


class ApkFacts(NamedTuple):
    package: str | None
    signers: tuple[ApkSigner, ...]

    @property
    def has_modern_signature(self) -> bool:
        return any(signer.scheme != "v1" for signer in self.signers)

    @property
    def tampered(self) -> bool:
        return any(signer.check == BAD for signer in self.signers)

    @property
    def unsupported(self) -> bool:
        return any(signer.check == UNSUPPORTED for signer in self.signers)


class _Layout(NamedTuple):
    """Offsets of the parts of the ZIP that the v2+ content digest covers."""

    signing_block_start: int | None  # None: no APK Signing Block
    central_dir_start: int
    eocd_start: int


def looks_like_apk(data: bytes | bytearray) -> bool:
    """True for a ZIP holding AndroidManifest.xml; raises ApkCorrupt for a ZIP with an ambiguous end."""
    _layout(memoryview(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "AndroidManifest.xml" in archive.NameToInfo
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def read_apk(data: bytes | bytearray) -> ApkFacts:
    """Package name and signers of the APK in `data`; raises ApkCorrupt."""
    view = memoryview(data)
    layout = _layout(view)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ApkCorrupt(f"not a ZIP archive: {exc}") from exc
    with archive:
        names = archive.namelist()
        if len(names) != len(set(names)):
            raise ApkCorrupt("two entries share a name (Android refuses such an APK)")
        package = _package(_bounded_read(archive, "AndroidManifest.xml"))
        signers = [*_v1_signers(archive)]
    if layout.signing_block_start is not None:
        signers += _block_signers(data, view, layout)
    return ApkFacts(package, tuple(signers))


def _layout(view: memoryview) -> _Layout:
    size = len(view)
    tail_start = max(0, size - _EOCD_SIZE - 0xFFFF)
    tail = bytes(view[tail_start:])
    position = tail.rfind(_EOCD, 0, len(tail) - _EOCD_SIZE + 4)
    while position >= 0:
        (comment_length,) = struct.unpack_from("<H", tail, position + 20)
        if position + _EOCD_SIZE + comment_length == len(tail):
            break
        position = tail.rfind(_EOCD, 0, position)
    if position < 0:
        raise ApkCorrupt("no ZIP end record")
    if tail.rfind(_EOCD, position + 1, len(tail) - _EOCD_SIZE + 4) >= 0:
        raise ApkCorrupt("a second ZIP end record hides in the archive comment")
    eocd_start = tail_start + position
    disk, cd_disk, _, _, cd_size, cd_start = struct.unpack_from("<HHHHII", tail, position + 4)
    if disk or cd_disk or cd_start + cd_size != eocd_start or bytes(view[cd_start : cd_start + 4]) != _CENTRAL_DIR:
        raise ApkCorrupt("the central directory is not where the end record says")
    if cd_start < 32 or bytes(view[cd_start - 16 : cd_start]) != _SIGNING_BLOCK_MAGIC:
        return _Layout(None, cd_start, eocd_start)
    (block_size,) = struct.unpack_from("<Q", view, cd_start - 24)
    block_start = cd_start - block_size - 8
    if block_size > MAX_SIGNING_BLOCK or block_start < 0:
        raise ApkCorrupt(f"APK Signing Block of {block_size} bytes")
    (size_at_start,) = struct.unpack_from("<Q", view, block_start)
    if size_at_start != block_size:
        raise ApkCorrupt("the APK Signing Block's two sizes differ")
    return _Layout(block_start, cd_start, eocd_start)


def _bounded_read(archive: zipfile.ZipFile, name: str) -> bytes:
    """One entry, decompressed at most MAX_ENTRY_BYTES: a zip bomb stops here, whatever it declares."""
    try:
        with archive.open(name) as entry:
            content = entry.read(MAX_ENTRY_BYTES + 1)
    except KeyError as exc:
        raise ApkCorrupt(f"no {name}") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ApkCorrupt(f"{name} cannot be read: {exc}") from exc
    if len(content) > MAX_ENTRY_BYTES:
        raise ApkCorrupt(f"{name} is larger than {MAX_ENTRY_BYTES} bytes")
    return content


def _package(manifest: bytes) -> str | None:
    from androguard.core.axml import AXMLPrinter  # noqa: PLC0415 - slow import, APKs only

    _quiet_androguard()
    try:
        root = AXMLPrinter(manifest).get_xml_obj()
    except Exception as exc:  # noqa: BLE001 - any failure of the binary XML reader means a broken file
        raise ApkCorrupt(f"AndroidManifest.xml cannot be read: {type(exc).__name__}") from exc
    package = root.get("package") if root is not None else None
    if not package:
        raise ApkCorrupt("AndroidManifest.xml names no package")
    return package


def _v1_signers(archive: zipfile.ZipFile) -> list[ApkSigner]:
    """Certificates of the JAR signature (META-INF/*.RSA, .DSA, .EC); not verified here."""
    from asn1crypto import cms  # noqa: PLC0415

    names = [
        name
        for name in archive.namelist()
        if name.rpartition("/")[0] == "META-INF" and name.upper().endswith((".RSA", ".DSA", ".EC"))
    ]
    if len(names) > MAX_V1_SIGNATURES:
        raise ApkCorrupt(f"{len(names)} JAR signature files")
    signers = []
    for name in names:
        try:
            signed = cms.ContentInfo.load(_bounded_read(archive, name))["content"]
            certificates = {
                (cert.chosen.issuer.dump(), cert.chosen.serial_number): cert.chosen.dump()
                for cert in signed["certificates"]
            }
            for info in signed["signer_infos"]:
                sid = info["sid"].chosen
                certificate = certificates[(sid["issuer"].dump(), sid["serial_number"].native)]
                signers.append(ApkSigner("v1", certificate, UNCHECKED))
        except ApkCorrupt:
            raise
        except Exception as exc:  # noqa: BLE001 - asn1crypto parses lazily: any error is a broken file
            raise ApkCorrupt(f"{name} is not a readable signature: {type(exc).__name__}") from exc
    return signers


def _block_signers(data: bytes | bytearray, view: memoryview, layout: _Layout) -> list[ApkSigner]:
    from androguard.core.apk import APK  # noqa: PLC0415 - slow import, APKs only

    _quiet_androguard()
    try:
        apk = APK(bytes(data), raw=True, skip_analysis=True)
        apk.parse_v2_signing_block()
        apk.parse_v3_signing_block()
        apk.parse_v3_signing_block(v31=True)
        # androguard keeps the parsed signer records in these attributes; its public getters
        # return certificates only, without the signed data and signatures to verify.
        schemes = (("v2", apk._v2_signing_data), ("v3", apk._v3_signing_data), ("v3.1", apk._v31_signing_data))
        records = [(scheme, signer) for scheme, signers in schemes for signer in signers or ()]
    except Exception as exc:  # noqa: BLE001 - a malformed block can fail anywhere inside the parser
        raise ApkCorrupt(f"the APK Signing Block cannot be read: {type(exc).__name__}") from exc
    stripped = not apk._v3_signing_data and any(_declares_v3(record) for scheme, record in records if scheme == "v2")
    digests: dict[str, bytes] = {}
    result = []
    for scheme, record in records:
        certificates = record.signed_data.certificates
        if not certificates:
            raise ApkCorrupt(f"a {scheme} signer has no certificate")
        result.append(
            ApkSigner(scheme, certificates[0], BAD if stripped else _check_signer(record, view, layout, digests))
        )
    return result


def _declares_v3(record) -> bool:
    """v2 stripping protection: the signed v2 data says a v3 signature was made (Android 9+ checks it)."""
    attributes = bytes(record.signed_data.additional_attributes or b"")
    position = 0
    while position + 8 <= len(attributes):
        length, attribute_id = struct.unpack_from("<II", attributes, position)
        if attribute_id == _STRIPPING_PROTECTION and length >= 8:
            (scheme,) = struct.unpack_from("<I", attributes, position + 8)
            return scheme == 3
        position += 4 + length
    return False


def _check_signer(record, view: memoryview, layout: _Layout, digests: dict[str, bytes]) -> str:
    """Signature over the signed data by the certificate's key, and the signed content digest.

    UNSUPPORTED when the signer uses only algorithms checked here by no code (the verity
    digests of APK Signature Scheme v4 builds): Karpear then says it cannot tell, never "genuine".
    """
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.x509 import load_der_x509_certificate  # noqa: PLC0415

    if getattr(record, "minSDK", None) is not None and (record.minSDK, record.maxSDK) != (
        record.signed_data.minSDK,
        record.signed_data.maxSDK,
    ):
        return BAD  # v3: the unsigned SDK range must repeat the signed one, as Android requires
    signatures = {algorithm: signature for algorithm, signature in record.signatures or ()}
    signed_digests = dict(record.signed_data.digests or ())
    usable = [a for a in signatures if a in _SHA256_ALGORITHMS | _SHA512_ALGORITHMS]
    if not signatures or set(signatures) != set(signed_digests):
        return BAD
    if not usable:
        return UNSUPPORTED
    try:
        certificate = load_der_x509_certificate(record.signed_data.certificates[0])
        key = certificate.public_key()
        spki = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        if spki != bytes(record.public_key):
            return BAD  # the key that signed is not the certificate's: the certificate proves nothing
        for algorithm in usable:
            _verify(key, algorithm, signatures[algorithm], bytes(record.signed_data._bytes))
            name = "sha256" if algorithm in _SHA256_ALGORITHMS else "sha512"
            if name not in digests:
                digests[name] = _content_digest(view, layout, name)
            if signed_digests[algorithm] != digests[name]:
                return BAD
    except (InvalidSignature, ValueError, TypeError):
        return BAD
    return OK


def _verify(key, algorithm: int, signature: bytes, message: bytes) -> None:
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa  # noqa: PLC0415

    digest = hashes.SHA256() if algorithm in _SHA256_ALGORITHMS else hashes.SHA512()
    if algorithm in (0x0101, 0x0102) and isinstance(key, rsa.RSAPublicKey):
        salt = 32 if algorithm == 0x0101 else 64
        key.verify(signature, message, padding.PSS(padding.MGF1(digest), salt), digest)
    elif algorithm in (0x0103, 0x0104) and isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, message, padding.PKCS1v15(), digest)
    elif algorithm in (0x0201, 0x0202) and isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, message, ec.ECDSA(digest))
    elif algorithm == 0x0301 and isinstance(key, dsa.DSAPublicKey):
        key.verify(signature, message, digest)
    else:
        raise ValueError("signature algorithm does not match the key")


def _content_digest(view: memoryview, layout: _Layout, name: str) -> bytes:
    """The v2/v3 digest: everything but the signing block, the end record pointing at the block."""
    end_record = bytearray(view[layout.eocd_start :])
    struct.pack_into("<I", end_record, 16, layout.signing_block_start)
    sections = (view[: layout.signing_block_start], view[layout.central_dir_start : layout.eocd_start], end_record)
    chunk_digests = []
    for section in sections:
        for start in range(0, len(section), _CHUNK):
            chunk = section[start : start + _CHUNK]
            chunk_digest = hashlib.new(name, b"\xa5" + struct.pack("<I", len(chunk)))
            chunk_digest.update(chunk)
            chunk_digests.append(chunk_digest.digest())
    top = hashlib.new(name, b"\x5a" + struct.pack("<I", len(chunk_digests)))
    for chunk_digest in chunk_digests:
        top.update(chunk_digest)
    return top.digest()


def _quiet_androguard() -> None:
    """androguard logs every parsing step to stderr through loguru: silence it once."""
    from loguru import logger  # noqa: PLC0415

    logger.disable("androguard")
