"""The catalogue's optional `installer:` block: what `karpear verify` compares a downloaded file with."""

from app.content import load_library, snapshot
from app.content.model import InstallerFacts, Signer

from .conftest import TOOLS_YAML

OLD_KEY = "29:F3:4E:5F:27:F2:11:B4:24:BC:5B:F9:D6:71:62:C0:EA:FB:A2:DA:35:AF:35:C1:64:16:FC:44:62:76:BA:26"
CHECKSUM = "ab" * 32

INSTALLER = f"""\
    installer:
      package: org.thoughtcrime.securesms
      android_signers:
        - sha256: "{OLD_KEY.lower()}"
          note: legacy key
      windows_publisher: Signal Messenger, LLC
      sha256: ["{CHECKSUM.upper()}"]
"""


def _with_installer(block: str) -> str:
    anchor = "    reviewed: 2026-11-28\n    links:\n"
    return TOOLS_YAML.replace(anchor, f"    reviewed: 2026-11-28\n{block}    links:\n", 1)


def test_installer_facts_are_read_and_survive_the_snapshot(guides):
    root = guides({"tools.yaml": _with_installer(INSTALLER)})
    library = load_library(root, use_snapshot=True)
    assert library.issues == []
    expected = InstallerFacts(
        "org.thoughtcrime.securesms", (Signer(OLD_KEY, "legacy key"),), "Signal Messenger, LLC", (CHECKSUM,)
    )
    assert library.catalogue("en").get("signal").installer == expected
    assert snapshot.read(root) is not None
    assert load_library(root, use_snapshot=True).catalogue("en").get("signal").installer == expected
    assert library.catalogue("en").get("chatsecure").installer == InstallerFacts()


def test_malformed_fingerprints_and_checksums_point_at_their_line(guides):
    block = """\
    installer:
      android_signers:
        - sha256: "29:F3:4E"
        - note: no fingerprint
      sha256: [not-a-checksum]
      colour: blue
"""
    root = guides({"tools.yaml": _with_installer(block)})
    issues = {(i.line, i.severity.value, i.message) for i in load_library(root).issues if i.path == "tools.yaml"}
    assert (12, "error", "sha256 must be 32 bytes written in hex (AB:CD:...)") in issues
    assert (13, "error", "android signer has no 'sha256'") in issues
    assert (14, "error", "an installer checksum must be 64 hex digits") in issues
    assert (15, "warning", "unknown key 'colour' in installer") in issues
    assert load_library(root).catalogue("en").get("signal").installer == InstallerFacts()
