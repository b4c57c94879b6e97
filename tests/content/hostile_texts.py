"""Texts that made `karpear check` backtrack for minutes, each grown to the file size limit.

Shared by tests/content/test_linear_checks.py (the whole check must end) and bench/check_worst.py
(how far each is from reading the file with the bare YAML loader).
"""

from __future__ import annotations

from app.content.yamlread import MAX_FILE_BYTES

_ROOM = MAX_FILE_BYTES - 4096  # the file's other lines and YAML syntax
_META = "meta:\n  language: {code}\n  review: {{status: draft}}\n"


def _repeat(unit: str) -> str:
    return unit * (_ROOM // len(unit.encode("utf-8")))


def _language_file(code: str, key: str, value: str) -> str:
    # A literal block: the value reaches the checks exactly as written, backticks and braces included.
    return _META.format(code=code) + f"{key}: |\n  {value}\n"


def _tool(field: str, value: str) -> str:
    tool = {"id": "signal", "name": "Signal", "domains": "[signal.org]", "homepage": "https://signal.org/"}
    tool[field] = value
    return (
        "schema: 1\ntools:\n"
        f"  - id: {tool['id']}\n    name: {tool['name']}\n    status: recommended\n"
        f"    homepage: {tool['homepage']}\n    domains: {tool['domains']}\n    reviewed: 2026-11-28\n    links: []\n"
    )


# name -> (file inside the guides folder, its whole text)
CASES: dict[str, tuple[str, str]] = {
    "Latin word in km.yaml": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("a"))),
    "'www.' repeated": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("www."))),
    "e-mail-like run, no @": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("a.b+"))),
    "'](' repeated": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("]("))),
    "capitalised words joined by '-'": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("A-") + "_")),
    "'{a' repeated (placeholders)": ("wiretap/fr.yaml", _language_file("fr", "guide.title", _repeat("{a"))),
    "backticks in a title": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("`"))),
    "Khmer letters, no break": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("ក"))),
    "Khmer runs one letter short": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("ក" * 30 + " "))),
    "bidi control repeated": ("wiretap/km.yaml", _language_file("km", "guide.title", _repeat("\u202e"))),
    "mixed-script word": ("wiretap/km.yaml", _language_file("km", "step.operator.title", _repeat("\u0405a"))),
    "words of two scripts, all different": (
        "wiretap/km.yaml",
        _language_file("km", "step.operator.title", " ".join(f"ፈ{chr(0x400 + n % 200)}{n}" for n in range(90_000))),
    ),
    "long key": ("wiretap/fr.yaml", _META.format(code="fr") + "? step." + _repeat("a.") + "x\n: texte\n"),
    "long tool id": ("tools.yaml", _tool("id", _repeat("a") + "-")),
    "long tool name": ("tools.yaml", _tool("name", _repeat("Ѕignal "))),
    "long domain": ("tools.yaml", _tool("domains", "[" + _repeat("a-") + "]")),
    "long homepage": ("tools.yaml", _tool("homepage", "https://" + _repeat("www."))),
}
