"""Fixtures built in the test: throwaway signing keys, APKs signed by apksigner, a small catalogue."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.content.model import InstallerFacts, LocalizedText, Signer, Tool, ToolStatus
from tests.verify import apkbuild

PACKAGE = "org.example.messenger"

needs_apksigner = pytest.mark.skipif(
    apkbuild.APKSIGNER is None or apkbuild.KEYTOOL is None,
    reason="needs Debian's apksigner and a JDK's keytool (apt-get install apksigner)",
)
needs_osslsigncode = pytest.mark.skipif(
    shutil.which("osslsigncode") is None or shutil.which("openssl") is None,
    reason="needs osslsigncode and openssl (apt-get install osslsigncode openssl)",
)


def make_tool(
    tool_id: str = "messenger",
    *,
    package: str | None = PACKAGE,
    signers: dict[str, str] | None = None,
    publisher: str | None = None,
    checksums: tuple[str, ...] = (),
) -> Tool:
    facts = InstallerFacts(
        package, tuple(Signer(fp, note) for fp, note in (signers or {}).items()), publisher, checksums
    )
    reason = LocalizedText(f"tool.{tool_id}.reason", "", "en")
    return Tool(tool_id, tool_id.title(), ToolStatus.RECOMMENDED, reason, "", (), (), dt.date(2026, 12, 1),
                installer=facts)  # fmt: skip


@pytest.fixture(scope="session")
def keys(tmp_path_factory) -> dict[str, Path]:
    """Three throwaway keystores: the vendor's old and new keys, and an impostor's."""
    if apkbuild.KEYTOOL is None:
        pytest.skip("needs keytool")
    folder = tmp_path_factory.mktemp("keys")
    return {name: apkbuild.keystore(folder, name) for name in ("vendor", "vendor2", "impostor")}


@pytest.fixture(scope="session")
def fingerprints(keys) -> dict[str, str]:
    return {name: apkbuild.certificate_fingerprint(store) for name, store in keys.items()}


@pytest.fixture(scope="session")
def _signed_apks(tmp_path_factory) -> tuple[Path, dict[tuple, Path]]:
    """APKs already signed in this session, by recipe: apksigner starts a JVM (~1.5 s) per signing."""
    return tmp_path_factory.mktemp("signed"), {}


@pytest.fixture
def signed_apk(tmp_path, keys, _signed_apks):
    """A fresh copy of an APK signed (v1, v2, v3 unless `schemes` say otherwise) by `key`."""

    def make(
        key: str = "vendor", *schemes: str, package: str = PACKAGE, name: str = "app.apk", code: bytes = b"classes"
    ) -> Path:
        folder, signed = _signed_apks
        recipe = (key, schemes, package, code)
        if recipe not in signed:
            unsigned = apkbuild.unsigned_apk(folder / f"{len(signed)}.apk", package, code)
            signed[recipe] = apkbuild.sign(unsigned, keys[key], *schemes)
        return Path(shutil.copy(signed[recipe], tmp_path / name))

    return make
