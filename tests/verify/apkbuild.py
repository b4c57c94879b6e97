"""Real APKs for the tests: a minimal binary manifest, zipped, signed by Debian's apksigner with a throwaway key."""

from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

from app.verify.report import colon_hex

APKSIGNER = shutil.which("apksigner")
KEYTOOL = shutil.which("keytool")


def _chunk(kind: int, header: bytes, body: bytes = b"") -> bytes:
    header_size = 8 + len(header)
    return struct.pack("<HHI", kind, header_size, header_size + len(body)) + header + body


def binary_manifest(package: str) -> bytes:
    """AndroidManifest.xml in Android's binary XML: <manifest package="..."/>."""
    strings = ["manifest", "package", package]
    offsets, data = [], b""
    for text in strings:
        offsets.append(len(data))
        data += struct.pack("<H", len(text)) + text.encode("utf-16-le") + b"\0\0"
    data += b"\0" * (-len(data) % 4)
    starts = 20 + 4 * len(strings)
    pool_header = struct.pack("<IIIII", len(strings), 0, 0, 8 + starts, 0)
    pool = _chunk(0x0001, pool_header, struct.pack(f"<{len(strings)}I", *offsets) + data)
    none = 0xFFFFFFFF
    attribute = struct.pack("<IIIHBBI", none, 1, 2, 8, 0, 0x03, 2)
    element = struct.pack("<IIHHHHHH", none, 0, 20, 20, 1, 0, 0, 0)  # ns, name, attribute layout, 1 attribute
    start = _chunk(0x0102, struct.pack("<II", 1, none), element + attribute)
    end = _chunk(0x0103, struct.pack("<II", 1, none), struct.pack("<II", none, 0))
    return _chunk(0x0003, b"", pool + start + end)


def unsigned_apk(path: Path, package: str, payload: bytes = b"classes") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("AndroidManifest.xml", binary_manifest(package))
        archive.writestr("classes.dex", payload)
    return path


def keystore(folder: Path, name: str) -> Path:
    """A throwaway RSA key and self-signed certificate in a PKCS#12 keystore (password 'secret')."""
    store = folder / f"{name}.p12"
    subprocess.run(
        [KEYTOOL, "-genkeypair", "-keystore", str(store), "-storetype", "PKCS12", "-storepass", "secret",
         "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "3", "-dname", f"CN={name}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return store


def certificate_fingerprint(store: Path) -> str:
    der = subprocess.run(
        [KEYTOOL, "-exportcert", "-keystore", str(store), "-storepass", "secret", "-alias", store.stem],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    return colon_hex(hashlib.sha256(der).digest())


def sign(apk: Path, store: Path, *schemes: str) -> Path:
    """Sign in place with apksigner; `schemes` such as "--v1-signing-enabled=false"."""
    subprocess.run(
        [APKSIGNER, "sign", "--ks", str(store), "--ks-pass", "pass:secret", "--ks-key-alias", store.stem,
         "--min-sdk-version", "24", *schemes, str(apk)],
        check=True, capture_output=True,
    )  # fmt: skip
    return apk
