"""A small valid guide set that each test copies into tmp_path and breaks as it needs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from app.content.fingerprints import fingerprint, replace_record_block

TOOLS_YAML = """\
schema: 1
tools:
  - id: signal
    name: Signal
    status: recommended
    open_source: true
    homepage: https://signal.org/
    domains: [signal.org, play.google.com]
    reviewed: 2026-11-28
    links:
      - platform: android
        kind: store
        url: https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms
        verify:
          package_id: org.thoughtcrime.securesms
      - platform: android
        kind: apk
        url: https://signal.org/android/apk/
        verify:
          cert_sha256: "4B:E4:F6:CD:5B:E8:44:08:3E:90:02:79:DC:82:2A:F6:5A:54:7F:EC:C2:6A:BA:7F:F1:F5:20:3A:45:51:8C:D8"
      - platform: windows
        kind: vendor
        url: https://signal.org/download/
  - id: chatsecure
    name: ChatSecure
    status: discontinued
    replaced_by: [signal]
    domains: []
    reviewed: 2026-11-28
    links: []
"""

TOOLS_EN = """\
tool.signal.reason: Maintained, end-to-end encrypted by default.
tool.chatsecure.reason: Abandoned since 2020.
"""

GUIDE_YAML = """\
schema: 1
id: wiretap
version: 1
reviewed: 2026-11-28
domains: [accessnow.org]
links: [https://www.accessnow.org/help/]
sections:
  - id: why
    steps:
      - id: operator
        revision: 1
  - id: signal
    steps:
      - id: install-signal
        revision: 2
        platforms: [android, windows]
        tools: [signal]
"""

GUIDE_EN = """\
guide.title: Calls and messages
guide.summary: Keep your calls and messages private.
section.why.title: Why
step.operator.title: Know who can listen
step.operator.body: |
  Your operator can record calls and SMS.
  Get help at [Access Now](https://www.accessnow.org/help/).
section.signal.title: Signal
step.install-signal.title: Install Signal
step.install-signal.body: |
  Get it from [the official site](https://signal.org/download/) for {platform}.
"""

GUIDE_KM = """\
guide.title: ការហៅ​និង​សារ
guide.summary: ការពារ​ការហៅ​និង​សារ​របស់​អ្នក។
section.why.title: ហេតុអ្វី
step.operator.title: ដឹង​ថា​អ្នកណា​អាច​ស្ដាប់
step.operator.body: ប្រតិបត្តិករ​អាច​ថត​ការហៅ​និង SMS ។ ជំនួយ៖ [Access Now](https://www.accessnow.org/help/)
section.signal.title: Signal
step.install-signal.title: ដំឡើង Signal
step.install-signal.body: ទាញយក​ពី [គេហទំព័រ](https://signal.org/download/) សម្រាប់ {platform}។
"""


def meta_yaml(name: str, english: str | None = None, translation: str | None = None) -> str:
    """A draft's meta/<lang>.yaml; given the English and the translated file, it records the English of every text."""
    text = f"name: {name}\nreview: {{status: draft}}\n"
    if english is None or translation is None:
        return text
    source, own = yaml.safe_load(english), yaml.safe_load(translation)
    return replace_record_block(text, {key: fingerprint(source[key]) for key in own if key in source})


BASE_FILES = {
    "tools.yaml": TOOLS_YAML,
    "tools/en.yaml": TOOLS_EN,
    "tools/meta/en.yaml": meta_yaml("English"),
    "wiretap/guide.yaml": GUIDE_YAML,
    "wiretap/en.yaml": GUIDE_EN,
    "wiretap/meta/en.yaml": meta_yaml("English"),
    "wiretap/km.yaml": GUIDE_KM,
    "wiretap/meta/km.yaml": meta_yaml("ខ្មែរ", GUIDE_EN, GUIDE_KM),
}


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture
def guides(tmp_path: Path):
    """Returns a function laying the base guide set, with files replaced or added."""

    def make(overrides: dict[str, str | bytes] | None = None) -> Path:
        return write_tree(tmp_path / "guides", {**BASE_FILES, **(overrides or {})})

    return make
