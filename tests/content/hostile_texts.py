"""Texts that made `karpear check` backtrack for minutes, each grown to the file size limit.

Shared by tests/content/test_linear_checks.py (the whole check must end) and bench/check_worst.py
(how far each is from reading the file with the bare YAML loader).
"""

from __future__ import annotations

from typing import NamedTuple

from app.content.yamlread import MAX_FILE_BYTES

_ROOM = MAX_FILE_BYTES - 4096  # the file's other lines and YAML syntax


def _repeat(unit: str) -> str:
    return unit * (_ROOM // len(unit.encode("utf-8")))


def _language_file(key: str, value: str) -> str:
    # A literal block: the value reaches the checks exactly as written, backticks and braces included.
    return f"{key}: |\n  {value}\n"


def _tool(field: str, value: str) -> str:
    tool = {"id": "signal", "name": "Signal", "domains": "[signal.org]", "homepage": "https://signal.org/"}
    tool[field] = value
    return (
        "schema: 1\ntools:\n"
        f"  - id: {tool['id']}\n    name: {tool['name']}\n    status: recommended\n"
        f"    homepage: {tool['homepage']}\n    domains: {tool['domains']}\n    reviewed: 2026-11-28\n    links: []\n"
    )


class Case(NamedTuple):
    file: str  # inside the guides folder
    text: str  # the whole file
    shows: str = ""  # a line of the check's output that proves the text was checked


def _km_title(unit: str, shows: str = "") -> Case:
    """The Khmer guide title made of `unit` repeated up to the size limit."""
    return Case("wiretap/km.yaml", _language_file("guide.title", _repeat(unit)), shows)


NOT_KHMER = "wiretap/km.yaml:1:14: warning: 'guide.title' is not Khmer script"

CASES: dict[str, Case] = {
    "Latin word in km.yaml": _km_title("a", NOT_KHMER),
    "'www.' repeated": _km_title("www.", NOT_KHMER),
    "e-mail-like run, no @": _km_title("a.b+", NOT_KHMER),
    "'](' repeated": _km_title("]("),
    "capitalised words joined by '-'": Case("wiretap/km.yaml", _language_file("guide.title", _repeat("A-") + "_")),
    "'{a' repeated (placeholders)": Case("wiretap/fr.yaml", _language_file("guide.title", _repeat("{a"))),
    "backticks in a title": _km_title("`"),
    "Khmer letters, no break": _km_title(
        "ក", "wiretap/km.yaml:2:3: warning: no line-break opportunity in 348160 Khmer characters"
    ),
    "Khmer runs one letter short": _km_title("ក" * 30 + " "),
    "bidi control repeated": _km_title("\u202e", "wiretap/km.yaml:2:3: error: invisible bidi control U+202E"),
    "mixed-script word": Case(
        "wiretap/km.yaml",
        _language_file("step.operator.title", _repeat("\u0405a")),
        "wiretap/km.yaml:2:3: error: 'ЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅaЅa…' in step.operator.title mixes scripts",
    ),
    "words of two scripts, all different": Case(
        "wiretap/km.yaml",
        _language_file("step.operator.title", " ".join(f"ፈ{chr(0x400 + n % 200)}{n}" for n in range(90_000))),
    ),
    "long key": Case(
        "wiretap/fr.yaml",
        "? step." + _repeat("a.") + "x\n: texte\n",
        "wiretap/fr.yaml:1:3: warning: unknown key 'step.a.a.a.a",
    ),
    "long tool id": Case("tools.yaml", _tool("id", _repeat("a") + "-"), "tools.yaml:3:9: error: 'aaaaaaaaaa"),
    "long tool name": Case(
        "tools.yaml",
        _tool("name", _repeat("Ѕignal ")),
        "tools.yaml:4:11: error: 'Ѕignal' in the tool name mixes scripts",
    ),
    "long domain": Case(
        "tools.yaml", _tool("domains", "[" + _repeat("a-") + "]"), "tools.yaml:7:15: error: 'a-a-a-a-a-a"
    ),
    "long homepage": Case(
        "tools.yaml",
        _tool("homepage", "https://" + _repeat("www.")),
        "tools.yaml:6:15: error: homepage refused: host ends with a dot",
    ),
}


# Inputs that made the old regular expressions (or a naive parser) backtrack or go quadratic.
PATHOLOGICAL = {
    "runs of backticks": "`" * 7 + " ",
    "[ and newline": "[\n",
    "](<x ": "](<x ",
    "![": "![",
    "links": "[a](https://www.accessnow.org/help/) ",
    "www.": "www.",
    "brackets": "[",
    "<": "<",
    "emphasis": "*a_",
    "quoted references": "> [a\n",
}
