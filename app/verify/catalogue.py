"""What the catalogue says a genuine installer of each tool looks like (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from app.content.model import Tool


def android_packages(tool: Tool) -> set[str]:
    """The tool's application id: its installer facts, and the ids its store links declare."""
    ids = {link.verify.package_id for link in tool.links if link.verify.package_id}
    return ids | ({tool.installer.package} if tool.installer.package else set())


def android_signers(tool: Tool) -> dict[str, str]:
    """Fingerprint (AB:CD:..., upper case) -> the catalogue's note on it."""
    signers = {link.verify.cert_sha256.upper(): "" for link in tool.links if link.verify.cert_sha256}
    signers.update({signer.sha256.upper(): signer.note for signer in tool.installer.android_signers})
    return signers


def tool_for_package(tools: Iterable[Tool], package: str | None) -> Tool | None:
    return next((tool for tool in tools if package and package in android_packages(tool)), None)


def tool_for_publisher(tools: Iterable[Tool], publisher: str | None) -> Tool | None:
    return next((tool for tool in tools if same_publisher(tool.installer.windows_publisher, publisher)), None)


def tool_for_checksum(tools: Iterable[Tool], sha256: str) -> Tool | None:
    return next((tool for tool in tools if sha256.lower() in tool.installer.sha256), None)


def same_publisher(expected: str | None, found: str | None) -> bool:
    return bool(expected and found) and expected.strip().casefold() == found.strip().casefold()
