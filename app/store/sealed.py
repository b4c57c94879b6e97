"""The encrypted file format: authenticated encryption (AES-256-GCM) of a store's bytes.

A sealed file is::

    MAGIC (4 bytes) | format version (1 byte) | header length (2 bytes, big-endian) | header (JSON)
    | nonce (12 bytes) | ciphertext with its 16-byte tag

The header says which key opens the file (a keyring entry's id, or the passphrase's
scrypt salt and parameters) and carries a key check (an HMAC of a constant under the
key), so a wrong key or passphrase is told apart from a damaged file. Everything
before the nonce is authenticated with the ciphertext: changing any byte is detected.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

# A NUL byte first: no text editor, JSON or YAML file ever starts like this.
MAGIC = b"\x00KPR"
FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
_PREFIX = struct.Struct(">4sBH")
_CHECK_LABEL = b"karpear key check v1"

SOURCE_KEYRING = "keyring"
SOURCE_PASSPHRASE = "passphrase"
SOURCE_MEMORY = "memory"  # a throwaway key (self-test): never written anywhere


class ScryptParams(NamedTuple):
    # 2**17 x 8 x 128 bytes = 128 MiB and ~0.3-0.5 s per derivation: costly for someone trying
    # millions of guesses, once per start for the person.
    n: int = 2**17
    r: int = 8
    p: int = 1


class KeyRef(NamedTuple):
    """Which key opens a sealed file: stored, in clear, in its header (reveals nothing of the data)."""

    source: str
    key_id: str  # keyring: the entry's id; passphrase: the scrypt salt (hex)
    scrypt: ScryptParams | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"source": self.source, "id": self.key_id}
        if self.scrypt is not None:
            doc["scrypt"] = {"n": self.scrypt.n, "r": self.scrypt.r, "p": self.scrypt.p}
        return doc


class DataKey(NamedTuple):
    ref: KeyRef
    secret: bytes

    @property
    def check(self) -> str:
        return key_check(self.secret)


class Header(NamedTuple):
    ref: KeyRef
    check: str


class SealError(Exception):
    """Why sealed bytes cannot be opened; `kind` is one of the constants below."""

    CORRUPT = "corrupt"  # truncated, changed or damaged
    NEWER = "newer"  # written by a newer Karpear
    WRONG_KEY = "wrong-key"  # sealed under another key than the one given
    KEY_MISSING = "key-missing"  # its key was in the keyring and is gone
    LOCKED = "locked"  # its key exists but cannot be had now (passphrase not given, keyring unavailable)

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def new_secret() -> bytes:
    return os.urandom(KEY_BYTES)


def new_id() -> str:
    return os.urandom(16).hex()


def key_check(secret: bytes) -> str:
    return hmac.new(secret, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def derive_passphrase_key(passphrase: str, salt: str, params: ScryptParams) -> DataKey:
    """The key a passphrase gives with this salt and these parameters (scrypt)."""
    kdf = Scrypt(salt=bytes.fromhex(salt), length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    secret = kdf.derive(passphrase.encode("utf-8"))
    return DataKey(KeyRef(SOURCE_PASSPHRASE, salt, params), secret)


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(data: bytes, key: DataKey) -> bytes:
    header = json.dumps({"cipher": "AES-256-GCM", "key": key.ref.to_json(), "check": key.check}, sort_keys=True)
    encoded = header.encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(encoded)) + encoded
    nonce = os.urandom(NONCE_BYTES)
    return prefix + nonce + AESGCM(key.secret).encrypt(nonce, data, prefix)


def _split(blob: bytes) -> tuple[bytes, Header, bytes, bytes]:
    """(authenticated prefix, header, nonce, ciphertext); raises SealError."""
    if len(blob) < _PREFIX.size:
        raise SealError(SealError.CORRUPT, "truncated (no complete header)")
    magic, version, length = _PREFIX.unpack_from(blob)
    if magic != MAGIC:
        raise SealError(SealError.CORRUPT, "not a Karpear encrypted file")
    if version > FORMAT_VERSION:
        raise SealError(SealError.NEWER, f"file format {version} is newer than this Karpear's ({FORMAT_VERSION})")
    if version < 1:
        raise SealError(SealError.CORRUPT, f"invalid format version {version}")
    end = _PREFIX.size + length
    if len(blob) < end + NONCE_BYTES + 16:
        raise SealError(SealError.CORRUPT, "truncated")
    header = _parse_header(blob[_PREFIX.size : end])
    return blob[:end], header, blob[end : end + NONCE_BYTES], blob[end + NONCE_BYTES :]


def _parse_header(raw: bytes) -> Header:
    try:
        doc = json.loads(raw.decode("utf-8"))
        key = doc["key"]
        scrypt = key.get("scrypt")
        params = ScryptParams(int(scrypt["n"]), int(scrypt["r"]), int(scrypt["p"])) if scrypt is not None else None
        ref = KeyRef(str(key["source"]), str(key["id"]), params)
        check = str(doc["check"])
        if doc.get("cipher") != "AES-256-GCM":
            raise ValueError("unknown cipher")
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise SealError(SealError.CORRUPT, "damaged header") from None
    if ref.source not in (SOURCE_KEYRING, SOURCE_PASSPHRASE, SOURCE_MEMORY):
        raise SealError(SealError.CORRUPT, f"unknown key source {ref.source!r}")
    if params is not None and not _sane(params):
        # A planted file must not make the start-up derive a key with terabytes of memory.
        raise SealError(SealError.CORRUPT, f"unacceptable scrypt parameters {tuple(params)}")
    return Header(ref, check)


def _sane(params: ScryptParams) -> bool:
    n, r, p = params
    return 2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and n * r * 128 <= 2**30


HEADER_BYTES_MAX = _PREFIX.size + 0xFFFF + NONCE_BYTES + 16  # enough of a file to read its header


def read_header(blob: bytes) -> Header:
    """The header of sealed bytes (which key they need); raises SealError."""
    return _split(blob)[1]


def unseal(blob: bytes, key: DataKey) -> bytes:
    """The plain bytes; raises SealError if they are damaged, changed, newer, or need another key."""
    prefix, header, nonce, ciphertext = _split(blob)
    if header.ref.key_id != key.ref.key_id or not hmac.compare_digest(header.check, key.check):
        raise SealError(SealError.WRONG_KEY, "encrypted with another key")
    try:
        return AESGCM(key.secret).decrypt(nonce, ciphertext, prefix)
    except InvalidTag:
        raise SealError(SealError.CORRUPT, "failed authentication: the file was changed or damaged") from None
