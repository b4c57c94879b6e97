"""`karpear verify FILE` as a person or a script runs it: the same words as the window, exit codes."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

import pytest

from app.verify import reading_groups
from tests.verify.conftest import needs_apksigner


def karpear(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "verify", *map(str, args)], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def catalogue(tmp_path):
    """A guides folder whose catalogue knows one tool by a checksum and a signing key."""

    def make(checksum: str = "0" * 64, signer: str = "AA:" * 31 + "AA") -> str:
        folder = tmp_path / "guides"
        (folder / "tools").mkdir(parents=True, exist_ok=True)
        (folder / "tools.yaml").write_text(
            textwrap.dedent(f"""\
                schema: 1
                tools:
                  - id: messenger
                    name: Messenger
                    status: recommended
                    domains: [example.org]
                    reviewed: 2026-12-01
                    links: []
                    installer:
                      package: org.example.messenger
                      android_signers: [{{sha256: "{signer}", note: release key}}]
                      sha256: ["{checksum}"]
                """)
        )
        (folder / "tools" / "en.yaml").write_text("tool.messenger.reason: A test tool.\n")
        return folder

    return make


def test_published_checksum_exits_0(tmp_path, catalogue):
    file = tmp_path / "Setup.exe"
    file.write_bytes(b"exactly the vendor's file")
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    result = karpear(file, "--guides", catalogue(checksum=digest))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Setup.exe: Genuine installer of Messenger" in result.stdout
    assert reading_groups(digest) in result.stdout


@needs_apksigner
def test_foreign_signer_exits_1(signed_apk, catalogue):
    result = karpear(signed_apk("impostor"), "--guides", catalogue())
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Not genuine: do not install this file" in result.stdout
    assert "(not in Karpear's list)" in result.stdout
    assert "Traceback" not in result.stderr


def test_random_file_exits_3_with_its_checksum(tmp_path):
    file = tmp_path / "unknown.bin"
    file.write_bytes(bytes(range(256)))
    result = karpear(file)
    assert result.returncode == 3
    assert "Karpear cannot tell whether this file is genuine" in result.stdout
    assert reading_groups(hashlib.sha256(file.read_bytes()).hexdigest()) in result.stdout


def test_unreadable_and_usage_errors_exit_2(tmp_path):
    broken = tmp_path / "broken.apk"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    result = karpear(broken)
    assert (result.returncode, "This file cannot be checked" in result.stdout) == (2, True)
    assert karpear(tmp_path / "missing.apk").returncode == 2
    assert karpear().returncode == 2  # no file given
    result = karpear(broken, "--tool", "no-such-tool")
    assert result.returncode == 2 and "unknown tool 'no-such-tool'" in result.stdout


def test_names_from_the_file_cannot_drive_the_terminal(tmp_path):
    file = tmp_path / "evil\x1b[2J.bin"
    file.write_bytes(b"x")
    result = karpear(file)
    assert "\x1b" not in result.stdout and "evil\\u001b[2J.bin" in result.stdout


@needs_apksigner
def test_a_fake_signal_is_refused_by_the_shipped_catalogue(signed_apk):
    """Signal's package name, an impostor's key: what a repackaged APK sent over chat looks like."""
    result = karpear(signed_apk("impostor", package="org.thoughtcrime.securesms"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "It is signed with a key that Signal does not use" in result.stdout
