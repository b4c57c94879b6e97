"""The files of a new language, made from the English: what `karpear translate new` writes."""

from __future__ import annotations

import re

import yaml

from app.content.fingerprints import RECORD_KEY, yaml_key

_TOP_KEY = re.compile(r"^(?P<key>[^\s#'\"][^:]*):(?:\s|$)")

META_HEADER = """\
# What Karpear knows of {code}.yaml: the language's name in its own script, who
# translated and who reviewed it. Kept out of {code}.yaml, which a translation
# platform hosts, so that none of it is offered as a text to translate.
"""

RECORD_HEADER = """\
# The English each text of {code}.yaml was translated from (a fingerprint of it),
# written by `karpear translate confirm`: a text whose English has changed since
# is shown as outdated. See docs/TRANSLATING.md.
"""


def empty_translation(english_source: str, keys: list[str]) -> str:
    """A language file with every key of `keys` and an empty value, laid out as the English file is.

    The English file's comments and blank lines stay (they group the texts for a translator);
    if its layout cannot be followed line by line, the keys are written one after another.
    """
    lines, seen = [], set()
    for line in english_source.splitlines():
        match = _TOP_KEY.match(line)
        if match and match["key"] in keys:
            lines.append(f'{match["key"]}: ""')
            seen.add(match["key"])
        elif line.startswith("#") or (not line.strip() and lines and lines[-1].strip()):
            lines.append(line)  # comments, and one blank line between groups (never two)
    text = "\n".join(lines).strip("\n") + "\n"
    if seen != set(keys) or yaml.safe_load(text) != dict.fromkeys(keys, ""):
        text = "".join(f'{yaml_key(key)}: ""\n' for key in keys)
    return text


def new_meta(code: str, name: str) -> str:
    """meta/<code>.yaml of a new language: a draft by nobody yet, translated from nothing yet."""
    return (
        META_HEADER.format(code=code)
        + f"name: {_yaml_scalar(name)}\ntranslators: []\nreview:\n  status: draft\n  by: null\n  date: null\n\n"
        + RECORD_HEADER.format(code=code)
        + f"{RECORD_KEY}: {{}}\n"
    )


def _yaml_scalar(text: str) -> str:
    return yaml.safe_dump(text, allow_unicode=True, default_style=None, width=1_000).removesuffix("\n...\n").strip()
