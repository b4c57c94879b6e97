"""APKs signed in the test by apksigner, checked against a catalogue entry with and without their key."""

from __future__ import annotations

import hashlib
import subprocess
import zipfile

import pytest

from app.verify import Kind, Reason, Verdict, check_file, reading_groups
from tests.verify import apkbuild
from tests.verify.conftest import PACKAGE, make_tool, needs_apksigner

pytestmark = needs_apksigner


def test_apk_signed_with_the_catalogued_key_is_genuine(signed_apk, fingerprints):
    apk = signed_apk("vendor")
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert (report.verdict, report.reason, report.kind) == (Verdict.GENUINE, Reason.SIGNERS_MATCH, Kind.APK)
    assert report.package == PACKAGE
    assert report.tool_name == "Messenger"
    assert [s.scheme for s in report.signers] == ["v1", "v2", "v3"]
    assert {s.catalogue_note for s in report.signers} == {"release key"}
    assert report.sha256 == hashlib.sha256(apk.read_bytes()).hexdigest()


def test_apk_signed_with_another_key_is_not_genuine(signed_apk, fingerprints):
    apk = signed_apk("impostor")
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.FOREIGN_SIGNER)
    assert {s.sha256 for s in report.signers} == {fingerprints["impostor"]}
    assert {s.catalogue_note for s in report.signers} == {None}


def test_key_rotation_names_which_key_signs_for_which_scheme(tmp_path, keys, fingerprints):
    """Old key for v1/v2 (older Android), new key in v3 with a proof of rotation, as Signal does."""
    lineage = tmp_path / "lineage"
    subprocess.run(
        [apkbuild.APKSIGNER, "rotate", "--out", str(lineage),
         "--old-signer", "--ks", str(keys["vendor"]), "--ks-pass", "pass:secret", "--ks-key-alias", "vendor",
         "--new-signer", "--ks", str(keys["vendor2"]), "--ks-pass", "pass:secret", "--ks-key-alias", "vendor2"],
        check=True, capture_output=True,
    )  # fmt: skip
    apk = apkbuild.unsigned_apk(tmp_path / "rotated.apk", PACKAGE)
    subprocess.run(
        [apkbuild.APKSIGNER, "sign", "--ks", str(keys["vendor"]), "--ks-pass", "pass:secret",
         "--ks-key-alias", "vendor", "--next-signer", "--ks", str(keys["vendor2"]), "--ks-pass", "pass:secret",
         "--ks-key-alias", "vendor2", "--lineage", str(lineage), "--min-sdk-version", "24", str(apk)],
        check=True, capture_output=True,
    )  # fmt: skip
    both = {fingerprints["vendor"]: "legacy key", fingerprints["vendor2"]: "current key"}
    report = check_file(apk, [make_tool(signers=both)])
    assert report.verdict is Verdict.GENUINE
    notes = {s.scheme: s.catalogue_note for s in report.signers}
    assert notes["v2"] == "legacy key" and notes["v3"] == "current key"
    # A catalogue that knows only the old key cannot vouch for the new one.
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "legacy key"})])
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.FOREIGN_SIGNER)


def test_apk_changed_after_signing_is_not_genuine(signed_apk, fingerprints):
    apk = signed_apk("vendor")
    data = bytearray(apk.read_bytes())
    with zipfile.ZipFile(apk) as archive:
        info = archive.getinfo("classes.dex")
    data[info.header_offset + 30 + len(info.filename) + 2] ^= 0xFF  # a byte of the compressed code
    apk.write_bytes(bytes(data))
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.BAD_SIGNATURE)


def test_signing_block_copied_onto_another_apk_is_not_genuine(signed_apk, fingerprints):
    """The genuine certificate and signatures, moved onto different contents: the digest gives it away."""
    genuine = signed_apk("vendor", "--v1-signing-enabled=false", name="genuine.apk").read_bytes()
    other = signed_apk("impostor", "--v1-signing-enabled=false", name="other.apk", code=b"malware")
    genuine_block, other_block = _signing_block(genuine), _signing_block(other.read_bytes())
    data = other.read_bytes()
    start = data.index(other_block)
    forged = data[:start] + genuine_block + data[start + len(other_block) :]
    # the end record points at the central directory, which moved by the difference in block sizes
    shift = len(genuine_block) - len(other_block)
    eocd = forged.rindex(b"PK\x05\x06")
    cd_offset = int.from_bytes(forged[eocd + 16 : eocd + 20], "little") + shift
    forged = forged[: eocd + 16] + cd_offset.to_bytes(4, "little") + forged[eocd + 20 :]
    other.write_bytes(forged)
    report = check_file(other, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert report.verdict is Verdict.NOT_GENUINE
    assert report.reason is Reason.BAD_SIGNATURE
    assert {s.sha256 for s in report.signers} == {fingerprints["vendor"]}


def _signing_block(data: bytes) -> bytes:
    eocd = data.rindex(b"PK\x05\x06")
    cd_offset = int.from_bytes(data[eocd + 16 : eocd + 20], "little")
    size = int.from_bytes(data[cd_offset - 24 : cd_offset - 16], "little")
    return data[cd_offset - size - 8 : cd_offset]


def test_the_chosen_tool_must_be_the_app_in_the_file(signed_apk, fingerprints):
    apk = signed_apk("vendor", package="com.example.other")
    tools = [make_tool(signers={fingerprints["vendor"]: "release key"})]
    report = check_file(apk, tools, tool_id="messenger")
    assert (report.verdict, report.reason, report.package) == (
        Verdict.NOT_GENUINE,
        Reason.WRONG_PACKAGE,
        "com.example.other",
    )
    assert check_file(apk, tools).verdict is Verdict.UNKNOWN  # not chosen: just not in the list


def test_apk_with_only_the_oldest_scheme_is_not_called_genuine(signed_apk, fingerprints):
    apk = signed_apk("vendor", "--v2-signing-enabled=false", "--v3-signing-enabled=false")
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert (report.verdict, report.reason) == (Verdict.UNKNOWN, Reason.OLD_SCHEME_ONLY)


def test_unsigned_apk_of_a_catalogued_app_is_not_genuine(tmp_path, fingerprints):
    apk = apkbuild.unsigned_apk(tmp_path / "unsigned.apk", PACKAGE)
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.NOT_SIGNED)


def test_catalogued_app_without_published_keys_is_unknown(signed_apk):
    report = check_file(signed_apk("vendor"), [make_tool(signers={})])
    assert (report.verdict, report.reason, report.tool_name) == (
        Verdict.UNKNOWN,
        Reason.NOTHING_TO_COMPARE,
        "Messenger",
    )


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_truncated_apk_is_unreadable(signed_apk, fingerprints, keep):
    apk = signed_apk("vendor")
    data = apk.read_bytes()
    apk.write_bytes(data[: int(len(data) * keep)])
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert report.verdict in (Verdict.UNREADABLE, Verdict.UNKNOWN)
    assert report.verdict is not Verdict.GENUINE
    assert report.sha256 == hashlib.sha256(apk.read_bytes()).hexdigest()


def test_random_file_is_unknown_with_its_checksum_in_groups(tmp_path):
    file = tmp_path / "download.bin"
    file.write_bytes(bytes(range(256)) * 1000)
    report = check_file(file, [make_tool()])
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    assert (report.verdict, report.reason, report.kind, report.sha256) == (
        Verdict.UNKNOWN,
        Reason.NOTHING_TO_COMPARE,
        Kind.OTHER,
        digest,
    )
    assert reading_groups(digest).split() == [digest[i : i + 4] for i in range(0, 64, 4)]


def test_a_published_checksum_makes_any_file_genuine(tmp_path):
    file = tmp_path / "Setup.exe.zip"
    file.write_bytes(b"the vendor's exact file")
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    report = check_file(file, [make_tool(checksums=(digest,))])
    assert (report.verdict, report.reason, report.tool_id) == (Verdict.GENUINE, Reason.CHECKSUM_MATCH, "messenger")


def test_signature_algorithm_karpear_cannot_check_is_unknown(signed_apk, fingerprints):
    """A signer using only the verity digest (0x0421): "cannot tell", neither genuine nor a false alarm."""
    apk = signed_apk("vendor", "--v1-signing-enabled=false", "--v3-signing-enabled=false")
    data = apk.read_bytes()
    block = _signing_block(data)
    rsa_sha256, verity = (0x0103).to_bytes(4, "little"), (0x0421).to_bytes(4, "little")
    assert block.count(rsa_sha256) == 2  # once among the signed digests, once among the signatures
    apk.write_bytes(data.replace(block, block.replace(rsa_sha256, verity)))
    report = check_file(apk, [make_tool(signers={fingerprints["vendor"]: "release key"})])
    assert (report.verdict, report.reason) == (Verdict.UNKNOWN, Reason.UNSUPPORTED_SIGNATURE)


def _pairs(block: bytes) -> list[tuple[int, bytes]]:
    """The (id, value) pairs of an APK Signing Block (as _signing_block returns it)."""
    pairs, position = [], 8
    while position < len(block) - 24:
        length = int.from_bytes(block[position : position + 8], "little")
        pairs.append(
            (
                int.from_bytes(block[position + 8 : position + 12], "little"),
                block[position + 12 : position + 8 + length],
            )
        )
        position += 8 + length
    return pairs


def _block_of(pairs: list[tuple[int, bytes]]) -> bytes:
    body = b"".join(
        (len(value) + 4).to_bytes(8, "little") + pair_id.to_bytes(4, "little") + value for pair_id, value in pairs
    )
    size = (len(body) + 24).to_bytes(8, "little")
    return size + body + size + b"APK Sig Block 42"


def test_v31_signer_for_new_android_and_v3_for_older_as_signal_does(tmp_path, keys, fingerprints):
    """Signal's layout: legacy key in v2 and v3, the new key in a v3.1 block (Android 13+).

    Debian's apksigner (31) cannot write v3.1, so the test builds it: the same unsigned APK is
    signed once with each key, and the new key's v3 record goes into the first as a v3.1 block
    (same format, id 0x1b93ad61); the content digests cover the same bytes, so it verifies.
    """
    unsigned = apkbuild.unsigned_apk(tmp_path / "unsigned.apk", PACKAGE)
    legacy, current = tmp_path / "legacy.apk", tmp_path / "current.apk"
    for target, key in ((legacy, "vendor"), (current, "vendor2")):
        target.write_bytes(unsigned.read_bytes())
        apkbuild.sign(target, keys[key], "--v1-signing-enabled=false")
    data = legacy.read_bytes()
    old_block = _signing_block(data)
    v3_of_current = dict(_pairs(_signing_block(current.read_bytes())))[0xF05368C0]
    new_block = _block_of([*_pairs(old_block), (0x1B93AD61, v3_of_current)])
    combined = data.replace(old_block, new_block)
    eocd = combined.rindex(b"PK\x05\x06")
    cd_offset = int.from_bytes(combined[eocd + 16 : eocd + 20], "little") + len(new_block) - len(old_block)
    legacy.write_bytes(combined[: eocd + 16] + cd_offset.to_bytes(4, "little") + combined[eocd + 20 :])

    both = {fingerprints["vendor"]: "legacy key (older Android)", fingerprints["vendor2"]: "current key (Android 13+)"}
    report = check_file(legacy, [make_tool(signers=both)])
    assert (report.verdict, report.reason) == (Verdict.GENUINE, Reason.SIGNERS_MATCH)
    assert [(s.scheme, s.catalogue_note) for s in report.signers] == [
        ("v2", "legacy key (older Android)"),
        ("v3", "legacy key (older Android)"),
        ("v3.1", "current key (Android 13+)"),
    ]
    only_legacy = {fingerprints["vendor"]: "legacy key (older Android)"}
    assert check_file(legacy, [make_tool(signers=only_legacy)]).reason is Reason.FOREIGN_SIGNER
