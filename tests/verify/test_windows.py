"""Windows installers signed in the test with osslsigncode: publisher, trust, tampering, broken tables."""

from __future__ import annotations

import shutil
import struct

import pytest

from app.verify import Kind, Reason, Verdict, check_file
from tests.verify import pebuild
from tests.verify.conftest import make_tool, needs_osslsigncode

pytestmark = needs_osslsigncode
PUBLISHER = "Example Messenger, LLC"


@pytest.fixture(scope="module")
def authority(tmp_path_factory):
    return pebuild.code_signing_pair(tmp_path_factory.mktemp("ca"), PUBLISHER)


@pytest.fixture
def signed(tmp_path, authority):
    ca, certificate, key = authority
    return pebuild.signed_pe(tmp_path / "Setup.exe", certificate, key, ca)


def test_valid_signature_by_the_expected_publisher_is_genuine(signed, authority):
    store = pebuild.trust_store(authority[0])
    report = check_file(signed, [make_tool(publisher=PUBLISHER)], trusted_store=store)
    assert (report.verdict, report.reason, report.kind) == (Verdict.GENUINE, Reason.PUBLISHER_MATCH, Kind.WINDOWS)
    assert report.publisher == PUBLISHER and report.tool_id == "messenger"


def test_right_name_without_a_trusted_authority_is_not_genuine(signed):
    """Anyone can make a certificate with a vendor's name: Microsoft's roots do not know our CA."""
    report = check_file(signed, [make_tool(publisher=PUBLISHER)])
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.UNTRUSTED_SIGNATURE)


def test_another_publisher_is_not_genuine(signed, authority):
    store = pebuild.trust_store(authority[0])
    tools = [make_tool("signal", publisher="Signal Messenger, LLC")]
    report = check_file(signed, tools, tool_id="signal", trusted_store=store)
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.WRONG_PUBLISHER)
    assert (report.publisher, report.expected_publisher) == (PUBLISHER, "Signal Messenger, LLC")
    assert check_file(signed, tools, trusted_store=store).verdict is Verdict.UNKNOWN  # simply not in the list


def test_installer_changed_after_signing_is_not_genuine(signed, authority):
    data = bytearray(signed.read_bytes())
    data[0x400] ^= 0xFF  # a byte of the first section's code
    signed.write_bytes(bytes(data))
    report = check_file(signed, [make_tool(publisher=PUBLISHER)], trusted_store=pebuild.trust_store(authority[0]))
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.BAD_SIGNATURE)


def test_unsigned_installer(tmp_path):
    unsigned = shutil.copy(pebuild.UNSIGNED_PE, tmp_path / "Setup.exe")
    assert check_file(unsigned, [make_tool()]).reason is Reason.NOT_SIGNED
    assert check_file(unsigned, [make_tool()]).verdict is Verdict.UNKNOWN
    report = check_file(unsigned, [make_tool(publisher=PUBLISHER)], tool_id="messenger")
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.NOT_SIGNED)


@pytest.mark.parametrize("size", [0xFFFFFFF0, 7, 0])
def test_broken_certificate_table_is_never_genuine(signed, authority, size):
    """The security directory runs past the end of the file, holds less than a header, or is empty."""
    data = bytearray(signed.read_bytes())
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    magic = struct.unpack_from("<H", data, pe + 24)[0]
    security_entry = pe + 24 + (128 if magic == 0x20B else 112) + 4 * 8
    struct.pack_into("<I", data, security_entry + 4, size)
    signed.write_bytes(bytes(data))
    report = check_file(signed, [make_tool(publisher=PUBLISHER)], trusted_store=pebuild.trust_store(authority[0]))
    assert report.verdict in (Verdict.UNREADABLE, Verdict.NOT_GENUINE), report


@pytest.mark.skipif(pebuild.WIXL is None, reason="needs msitools' wixl (apt-get install wixl)")
def test_windows_installer_package_msi(tmp_path, authority):
    ca, certificate, key = authority
    unsigned = pebuild.unsigned_msi(tmp_path / "unsigned.msi")
    signed = pebuild.signed_pe(tmp_path / "Setup.msi", certificate, key, ca, unsigned)
    store = pebuild.trust_store(ca)
    report = check_file(signed, [make_tool(publisher=PUBLISHER)], trusted_store=store)
    assert (report.verdict, report.reason, report.publisher) == (Verdict.GENUINE, Reason.PUBLISHER_MATCH, PUBLISHER)
    report = check_file(unsigned, [make_tool(publisher=PUBLISHER)], tool_id="messenger")
    assert (report.verdict, report.reason) == (Verdict.NOT_GENUINE, Reason.NOT_SIGNED)
