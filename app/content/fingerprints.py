"""Which English a translation was made from, so a change in the English flags it "outdated".

Each language's metadata file (`<guide>/meta/<lang>.yaml`, which no translation platform
hosts) records, under `translated-from:`, a short fingerprint of the English text each
translated text was made from. A translated text is outdated when that record is missing or
no longer matches the English: the translator updates or confirms it, and
`karpear translate confirm` records the current English again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.content.sources import LanguageFile

RECORD_KEY = "translated-from"  # the block of a metadata file that holds the fingerprints
FINGERPRINT_LENGTH = 10  # hex digits: 40 bits tell apart every text a guide will ever have
FINGERPRINT = re.compile(rf"^[0-9a-f]{{{FINGERPRINT_LENGTH}}}$")


class Freshness(StrEnum):
    CURRENT = "current"
    CHANGED = "changed"  # the English changed since the translation was made or confirmed
    UNRECORDED = "unrecorded"  # nothing says which English it translates


def fingerprint(english: str) -> str:
    """A short fingerprint of an English text. Leading and trailing blanks are left out: how YAML ends a
    block (`|` or `|-`) is no change of the text."""
    return hashlib.sha256(english.strip().encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def freshness(recorded: Mapping[str, str], key: str, english: str) -> Freshness:
    """How the translation of `key` stands against the current `english` text."""
    if key not in recorded:
        return Freshness.UNRECORDED
    return Freshness.CURRENT if recorded[key] == fingerprint(english) else Freshness.CHANGED


def outdated_texts(lang: LanguageFile, english: LanguageFile | None, keys: Iterable[str]) -> dict[str, Freshness]:
    """The keys among `keys` that `lang` translates and whose English is not the one recorded, and why."""
    if english is None or lang is english or lang.code == english.code:
        return {}
    found = {}
    for key in keys:
        source, own = english.texts.get(key, ""), lang.texts.get(key, "")
        if source.strip() and own.strip():
            fresh = freshness(lang.translated_from, key, source)
            if fresh is not Freshness.CURRENT:
                found[key] = fresh
    return found


def replace_record_block(text: str, records: Mapping[str, str]) -> str:
    """`text` of a metadata file with its `translated-from:` block replaced by `records` (sorted by key).

    Everything else in the file (comments, the review the translators wrote) is kept as written:
    the block is the `translated-from:` line and the indented or blank lines after it.
    """
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(RECORD_KEY + ":")), len(lines))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" ")):
        end += 1
    block = [f"{RECORD_KEY}:" + ("" if records else " {}")]
    # Quoted: a fingerprint of digits only would read back as a number.
    block += [f'  {yaml_key(key)}: "{records[key]}"' for key in sorted(records)]
    return "\n".join([*lines[:start], *block, *lines[end:]]) + "\n"


def yaml_key(key: str) -> str:
    """A key as YAML reads it back unchanged: plain when it is a simple id, else double-quoted."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", key):
        return key
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
