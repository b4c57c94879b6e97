"""Hostile files: a verdict of unreadable or not genuine, no traceback, bounded memory and time."""

from __future__ import annotations

import random
import tracemalloc
import warnings
import zipfile

import pytest

from app.verify import Cancelled, Reason, Verdict, check_file
from app.verify.hashing import BLOCK
from tests.verify.apkbuild import binary_manifest
from tests.verify.conftest import PACKAGE, make_tool, needs_apksigner

PEAK_LIMIT = 64 << 20  # far below what any of these files would take if they were trusted


def _peak_of(function):
    tracemalloc.start()
    try:
        result = function()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_zip_bomb_manifest_is_unreadable_in_bounded_memory(tmp_path):
    """A manifest that inflates to 1 GiB from ~1 MiB: read up to the limit, then refused."""
    bomb = tmp_path / "bomb.apk"
    zeros = bytes(BLOCK)
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("AndroidManifest.xml", "w", force_zip64=True) as entry,
    ):
        for _ in range(1024):
            entry.write(zeros)
    assert bomb.stat().st_size < 8 << 20
    report, peak = _peak_of(lambda: check_file(bomb, [make_tool()]))
    assert (report.verdict, report.reason) == (Verdict.UNREADABLE, Reason.CORRUPT)
    assert peak < PEAK_LIMIT


def test_huge_signing_block_size_is_unreadable(tmp_path):
    apk = tmp_path / "huge.apk"
    with zipfile.ZipFile(apk, "w") as archive:
        archive.writestr("AndroidManifest.xml", binary_manifest(PACKAGE))
    data = apk.read_bytes()
    cd_offset = int.from_bytes(data[data.rindex(b"PK\x05\x06") + 16 :][:4], "little")
    # An "APK Sig Block 42" whose size says one terabyte, right before the central directory.
    block = (1 << 40).to_bytes(8, "little") + b"APK Sig Block 42"
    forged = data[:cd_offset] + block + data[cd_offset:]
    eocd = forged.rindex(b"PK\x05\x06")
    forged = forged[: eocd + 16] + (cd_offset + len(block)).to_bytes(4, "little") + forged[eocd + 20 :]
    apk.write_bytes(forged)
    report, peak = _peak_of(lambda: check_file(apk, [make_tool()]))
    assert (report.verdict, report.reason) == (Verdict.UNREADABLE, Reason.CORRUPT)
    assert "Signing Block" in report.detail
    assert peak < PEAK_LIMIT


def _signer_regions(data: bytes) -> list[range]:
    """Where the v2 and v3 signer records lie inside the APK Signing Block (not its padding)."""
    eocd = data.rindex(b"PK\x05\x06")
    cd_offset = int.from_bytes(data[eocd + 16 : eocd + 20], "little")
    size = int.from_bytes(data[cd_offset - 24 : cd_offset - 16], "little")
    position, regions = cd_offset - size, []
    while position < cd_offset - 24:
        length = int.from_bytes(data[position : position + 8], "little")
        pair_id = int.from_bytes(data[position + 8 : position + 12], "little")
        if pair_id in (0x7109871A, 0xF05368C0):
            regions.append(range(position, position + 8 + length))
        position += 8 + length
    return regions


@needs_apksigner
def test_damaged_signer_records_are_never_genuine(signed_apk, fingerprints):
    """Bits flipped inside real v2/v3 signer records, 80 ways: unreadable or not genuine, every time."""
    original = signed_apk("vendor", "--v1-signing-enabled=false").read_bytes()
    offsets = [offset for region in _signer_regions(original) for offset in region]
    assert len(offsets) > 1000
    tools = [make_tool(signers={fingerprints["vendor"]: "release key"})]
    target = signed_apk("vendor", name="damaged.apk")
    rng = random.Random(15)
    for _ in range(80):
        damaged = bytearray(original)
        for offset in rng.sample(offsets, rng.choice((1, 3))):
            damaged[offset] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(damaged))
        report = check_file(target, tools)
        assert report.verdict in (Verdict.UNREADABLE, Verdict.NOT_GENUINE), report


def test_end_record_hidden_in_the_comment_is_unreadable(tmp_path):
    """Two end records: parsers could disagree on which signing block counts, so neither is trusted."""
    apk = tmp_path / "twice.apk"
    with zipfile.ZipFile(apk, "w") as archive:
        archive.writestr("AndroidManifest.xml", binary_manifest(PACKAGE))
        archive.comment = b"PK\x05\x06" + bytes(18)
    report = check_file(apk, [make_tool()])
    assert (report.verdict, report.reason) == (Verdict.UNREADABLE, Reason.CORRUPT)


def test_file_that_changes_while_read_is_unreadable(tmp_path):
    growing = tmp_path / "download.apk.part"
    growing.write_bytes(bytes(3 * BLOCK))

    def still_downloading(done: int, total: int) -> None:
        with open(growing, "ab") as file:
            file.write(b"more")

    report = check_file(growing, [make_tool()], progress=still_downloading)
    assert (report.verdict, report.reason, report.sha256) == (Verdict.UNREADABLE, Reason.CHANGED_WHILE_READ, None)


def test_cancelled_check_stops(tmp_path):
    large = tmp_path / "large.bin"
    large.write_bytes(bytes(4 * BLOCK))
    seen = []
    with pytest.raises(Cancelled):
        check_file(large, [make_tool()], progress=lambda done, total: seen.append(done), cancelled=lambda: bool(seen))
    assert seen == [BLOCK]  # stopped after the first block


def test_folder_and_missing_file_are_unreadable(tmp_path):
    for path in (tmp_path, tmp_path / "missing.apk"):
        report = check_file(path, [make_tool()])
        assert (report.verdict, report.reason) == (Verdict.UNREADABLE, Reason.CANNOT_OPEN)


def test_duplicate_entries_and_a_flood_of_signature_files_are_unreadable(tmp_path):
    twice = tmp_path / "twice-manifest.apk"
    with warnings.catch_warnings(), zipfile.ZipFile(twice, "w") as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name we write on purpose
        archive.writestr("AndroidManifest.xml", binary_manifest(PACKAGE))
        archive.writestr("AndroidManifest.xml", binary_manifest("com.example.evil"))
    flood = tmp_path / "flood.apk"
    with zipfile.ZipFile(flood, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("AndroidManifest.xml", binary_manifest(PACKAGE))
        for index in range(100):  # each could inflate to the per-entry limit
            archive.writestr(f"META-INF/S{index}.RSA", bytes(1 << 20))
    for apk in (twice, flood):
        report = check_file(apk, [make_tool()])
        assert (report.verdict, report.reason) == (Verdict.UNREADABLE, Reason.CORRUPT), report


def test_zip_too_large_to_open_is_only_hashed(tmp_path, monkeypatch):
    from app.verify import check

    monkeypatch.setattr(check, "MAX_APK_BYTES", 1 << 20)  # a 2 MiB "APK" stands for a 600 MiB one
    apk = tmp_path / "huge.apk"
    with zipfile.ZipFile(apk, "w") as archive:
        archive.writestr("AndroidManifest.xml", binary_manifest(PACKAGE))
        archive.writestr("assets/video.bin", bytes(2 << 20))
    report = check_file(apk, [make_tool()])
    assert (report.verdict, report.reason, report.sha256 is not None) == (Verdict.UNKNOWN, Reason.TOO_LARGE, True)
