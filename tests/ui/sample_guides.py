"""Small guides written into a temp folder for the UI tests.

They carry what the real guides may not: a long Khmer paragraph with U+200B
between words, a step text with a look-alike and a javascript: link, an
untranslated text, a draft translation, a discontinued tool and steps for one
platform only.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from app.content.fingerprints import fingerprint, replace_record_block

Z = "\u200b"
KHMER_PARAGRAPH = Z.join(
    [
        "ប្រតិបត្តិករ",
        "ទូរស័ព្ទ",
        "អាច",
        "ស្តាប់",
        "ការហៅ",
        "ទូរស័ព្ទ",
        " និង",
        "អាន",
        "សារ",
        " SMS ",
        "របស់",
        "អ្នក",
        "បាន។ ",
        "ប្រើ",
        "កម្មវិធី",
        "ដែល",
        "មាន",
        "ការអ៊ិនគ្រីប",
        "ពី",
        "ចុង",
        "ដល់",
        "ចុង",
        " ដូចជា Signal ",
        "ដើម្បី",
        "ការពារ",
        "សារ",
        "សម្ងាត់",
        "របស់",
        "អ្នក។ ",
        "កុំ",
        "ផ្ញើ",
        "ព័ត៌មាន",
        "សំខាន់",
        "តាមរយៈ",
        " SMS ",
        "គ្មាន",
        "សុវត្ថិភាព",
        " ហើយ",
        "ត្រូវ",
        "ធ្វើ",
        "បច្ចុប្បន្នភាព",
        "កម្មវិធី",
        "ជានិច្ច។",
    ]
)
KHMER_INSTALL_TITLE = f"ដំឡើង{Z} Signal"
KHMER_GUIDE_TITLE = f"មគ្គុទ្ទេសក៍{Z}សាកល្បង"
EVIL_URLS = ("https://signal.org.evil.example/", "javascript:alert(1)")
GOOD_BODY_URL = "https://ssd.eff.org/module/communicating-others"
APK_URL = "https://signal.org/android/apk/"
PLAY_URL = "https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms"
CERT = "4B:E4:F6:CD:5B:E8:44:08:3E:90:02:79:DC:82:2A:F6:5A:54:7F:EC:C2:6A:BA:7F:F1:F5:20:3A:45:51:8C:D8"

TOOLS = f"""\
schema: 1
tools:
  - id: signal
    name: Signal
    status: recommended
    open_source: true
    homepage: https://signal.org/
    domains: [signal.org, play.google.com, apps.apple.com]
    reviewed: 2026-11-28
    links:
      - platform: android
        kind: store
        url: {PLAY_URL}
        verify:
          package_id: org.thoughtcrime.securesms
      - platform: android
        kind: apk
        url: {APK_URL}
        verify:
          cert_sha256: "{CERT}"
      - platform: ios
        kind: store
        url: https://apps.apple.com/app/id874139669
      - platform: windows
        kind: vendor
        url: https://signal.org/download/
      - platform: macos
        kind: vendor
        url: https://signal.org/download/
      - platform: linux
        kind: vendor
        url: https://signal.org/download/
  - id: chatsecure
    name: ChatSecure
    status: discontinued
    domains: []
    replaced_by: [signal]
    reviewed: 2026-11-28
    links: []
"""


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _write_language(folder: Path, code: str, language: tuple[str, bool, dict[str, str]], english: dict[str, str]):
    """<code>.yaml with the texts, and meta/<code>.yaml: name, review, and the English each text translates."""
    name, reviewed, texts = language
    (folder / f"{code}.yaml").write_text(
        "".join(f"{key}: {_yaml_text(value)}\n" for key, value in texts.items()), encoding="utf-8"
    )
    review = "{status: reviewed, by: Test Reviewer, date: 2026-11-28}" if reviewed else "{status: draft}"
    meta = f"name: {name}\nreview: {review}\n"
    if code != "en":
        meta = replace_record_block(meta, {key: fingerprint(english[key]) for key in texts if key in english})
    (folder / "meta").mkdir(exist_ok=True)
    (folder / "meta" / f"{code}.yaml").write_text(meta, encoding="utf-8")


TOOL_TEXTS = {
    "en": (
        "English",
        True,
        {
            "tool.signal.reason": "Messages and calls are end-to-end encrypted.",
            "tool.chatsecure.reason": "No longer maintained since 2020.",
        },
    ),
    "fr": (
        "Français",
        True,
        {
            "tool.signal.reason": "Messages et appels chiffrés de bout en bout.",
            "tool.chatsecure.reason": "Plus maintenu depuis 2020.",
        },
    ),
    # ChatSecure's reason is left out: shown in English, marked untranslated.
    "km": ("ខ្មែរ", False, {"tool.signal.reason": f"សារ{Z}និង{Z}ការហៅ{Z}ត្រូវ{Z}បាន{Z}អ៊ិនគ្រីប។"}),
}


GUIDE_STRUCTURE = f"""\
schema: 1
id: testguide
version: 1
reviewed: 2026-11-28
domains: [ssd.eff.org]
links: [{GOOD_BODY_URL}]
sections:
  - id: basics
    steps:
      - id: install-signal
        revision: 1
        tools: [signal]
      - id: operator
        revision: 1
      - id: android-only
        revision: 1
        platforms: [android]
        tools: [signal]
      - id: iphone-only
        revision: 2
        platforms: [ios]
        tools: [signal]
  - id: links
    steps:
{{evil}}      - id: old-apps
        revision: 1
        tools: [chatsecure]
"""
EVIL_STEP = "      - id: suspicious-links\n        revision: 1\n"


GUIDE_TEXTS = {
    "en": (
        "English",
        True,
        {
            "guide.title": "Test guide",
            "guide.summary": "A guide for **tests**. Read more at [EFF]({good}).",
            "section.basics.title": "Basics",
            "section.links.title": "Links",
            "step.install-signal.title": "Install Signal",
            "step.install-signal.body": "Install Signal from an official source.\n\n- one\n- two",
            "step.operator.title": "Know what the operator sees",
            "step.operator.body": "The phone operator can listen to calls and read SMS.",
            "step.android-only.title": "Lock the Android screen",
            "step.android-only.body": "Use a long PIN.",
            "step.iphone-only.title": "Turn off iCloud backup",
            "step.iphone-only.body": "Backups are not end-to-end encrypted.",
            "step.suspicious-links.title": "Do not trust these links",
            "step.suspicious-links.body": (
                "A fake: [fake Signal]({evil0}). A script: [click]({evil1}). Real: [EFF]({good})."
            ),
            "step.old-apps.title": "Stop using old apps",
            "step.old-apps.body": "Remove apps nobody maintains.",
        },
    ),
    "fr": (
        "Français",
        True,
        {
            "guide.title": "Guide de test",
            "guide.summary": "Un guide pour les **tests**. En savoir plus : [EFF]({good}).",
            "section.basics.title": "Les bases",
            "section.links.title": "Liens",
            "step.install-signal.title": "Installer Signal",
            "step.install-signal.body": "Installez Signal depuis une source officielle.",
            "step.operator.title": "Ce que voit l'opérateur",
            "step.operator.body": "L'opérateur peut écouter les appels et lire les SMS.",
            "step.android-only.title": "Verrouiller l'écran Android",
            "step.android-only.body": "Utilisez un long code PIN.",
            "step.iphone-only.title": "Couper la sauvegarde iCloud",
            "step.iphone-only.body": "Les sauvegardes ne sont pas chiffrées de bout en bout.",
            "step.suspicious-links.title": "Ne faites pas confiance à ces liens",
            "step.suspicious-links.body": (
                "Faux : [faux Signal]({evil0}). Script : [clic]({evil1}). Vrai : [EFF]({good})."
            ),
            "step.old-apps.title": "Abandonner les vieilles applications",
            "step.old-apps.body": "Supprimez les applications que personne ne maintient.",
        },
    ),
    # Draft; the Android step's title is left out (shown in English, marked).
    "km": (
        "ខ្មែរ",
        False,
        {
            "guide.title": KHMER_GUIDE_TITLE,
            "guide.summary": f"មគ្គុទ្ទេសក៍{Z}សម្រាប់{Z}ការ{Z}សាកល្បង។ [EFF]({{good}})",
            "section.basics.title": f"មូលដ្ឋាន{Z}គ្រឹះ",
            "section.links.title": "តំណ",
            "step.install-signal.title": KHMER_INSTALL_TITLE,
            "step.install-signal.body": f"ទាញយក{Z}កម្មវិធី{Z}ពី{Z}គេហទំព័រ{Z}ផ្លូវការ{Z}តែ{Z}ប៉ុណ្ណោះ។",
            "step.operator.title": f"ប្រតិបត្តិករ{Z}ទូរស័ព្ទ",
            "step.operator.body": KHMER_PARAGRAPH,
            "step.android-only.body": f"ប្រើ{Z}លេខ{Z}កូដ PIN {Z}វែង។",
            "step.iphone-only.title": f"បិទ{Z}ការបម្រុងទុក iCloud",
            "step.iphone-only.body": f"ការបម្រុងទុក{Z}មិន{Z}ត្រូវ{Z}បាន{Z}អ៊ិនគ្រីប។",
            "step.suspicious-links.title": f"កុំ{Z}ទុកចិត្ត{Z}តំណ{Z}ទាំងនេះ",
            "step.suspicious-links.body": "[Signal]({evil0}) [x]({evil1}) [EFF]({good})",
            "step.old-apps.title": f"ឈប់{Z}ប្រើ{Z}កម្មវិធី{Z}ចាស់",
            "step.old-apps.body": f"លុប{Z}កម្មវិធី{Z}ចាស់។",
        },
    ),
}

SECOND_GUIDE = dedent(
    """\
    schema: 1
    id: backups
    version: 1
    reviewed: 2026-11-28
    sections:
      - id: main
        steps:
          - id: one
            revision: 1
          - id: two
            revision: 1
    """
)
SECOND_TEXTS = {
    "en": (
        "English",
        True,
        {
            "guide.title": "Second guide",
            "guide.summary": "Another guide.",
            "section.main.title": "Main",
            "step.one.title": "First thing",
            "step.one.body": "Do the first thing.",
            "step.two.title": "Second thing",
            "step.two.body": "Do the second thing.",
        },
    ),
}


def write_guides(root: Path, *, evil: bool = True, second: bool = True) -> Path:
    """Write the sample guides under `root`; return `root`."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "tools.yaml").write_text(TOOLS, encoding="utf-8")
    (root / "tools").mkdir(exist_ok=True)
    for code, language in TOOL_TEXTS.items():
        _write_language(root / "tools", code, language, TOOL_TEXTS["en"][2])
    guide = root / "testguide"
    guide.mkdir(exist_ok=True)
    (guide / "guide.yaml").write_text(GUIDE_STRUCTURE.format(evil=EVIL_STEP if evil else ""), encoding="utf-8")
    links = {"evil0": EVIL_URLS[0], "evil1": EVIL_URLS[1], "good": GOOD_BODY_URL}

    def linked(texts: dict[str, str]) -> dict[str, str]:
        return {k: v.format(**links) for k, v in texts.items() if evil or "suspicious" not in k}

    for code, (name, reviewed, texts) in GUIDE_TEXTS.items():
        _write_language(guide, code, (name, reviewed, linked(texts)), linked(GUIDE_TEXTS["en"][2]))
    if second:
        folder = root / "backups"
        folder.mkdir(exist_ok=True)
        (folder / "guide.yaml").write_text(SECOND_GUIDE, encoding="utf-8")
        for code, language in SECOND_TEXTS.items():
            _write_language(folder, code, language, SECOND_TEXTS["en"][2])
    return root


def write_local_guide(
    root: Path,
    guide_id: str,
    *,
    title: str = "Our training checklist",
    body: str = "Install Signal before the training.",
    links: tuple[str, ...] = (),
    domains: tuple[str, ...] = (),
) -> Path:
    """A trainer's own guide under `root` (a folder of local guides, no tools.yaml): one step naming
    Signal, English only; `body` is the step's text. Returns the guide's folder."""
    folder = root / guide_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "guide.yaml").write_text(
        f"schema: 1\nid: {guide_id}\nversion: 1\nreviewed: 2026-11-30\n"
        f"domains: [{', '.join(domains)}]\nlinks: [{', '.join(links)}]\n"
        "sections:\n  - id: before\n    steps:\n      - id: install\n        revision: 1\n        tools: [signal]\n",
        encoding="utf-8",
    )
    texts = {
        "guide.title": title,
        "guide.summary": "Checklist for our workshop.",
        "section.before.title": "Before the workshop",
        "step.install.title": "Install Signal",
        "step.install.body": body,
    }
    _write_language(folder, "en", ("English", False, texts), texts)
    return folder
