"""Characters that make a text read differently from what it says: bidi controls and look-alike letters.

A tool name `Ѕignal ‮KPA.exe‬` (Cyrillic Ѕ, then RIGHT-TO-LEFT OVERRIDE) reads as "Signal exe.APK".
Bidi controls are refused in every text, key and URL. U+200B, ZWJ and ZWNJ are not bidi controls:
they are part of correct Khmer text (STYLE.md, Avoid 7) and stay allowed.

Look-alikes use Unicode's confusables and script data as shipped by `confusable_homoglyphs`
(pure Python, no dependencies, ~1 MB of JSON made from confusables.txt and Scripts.txt):
a word that mixes scripts, with a letter of one script that looks like a letter of another
script in the same word, is an error. Khmer next to Latin (ដំឡើងSignal) is mixed but has no
look-alike, so it passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

# Explicit embeddings, overrides and isolates, the implicit marks (LRM, RLM, ALM).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_WORD = re.compile(r"[^\s\u200b]++")  # U+200B separates Khmer words
# Words that cannot mix two scripts, skipped without a look-up: Latin letters with ASCII signs, or Khmer with them.
_ONE_SCRIPT = re.compile("[\x00-\u024f]++|[\x00-\x40\x5b-\x60\x7b-\x7f\u1780-\u17ff\u19e0-\u19ff\u200c\u200d]++")
_NO_SCRIPT = frozenset({"COMMON", "INHERITED"})  # digits, punctuation, combining marks


def char_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"


def may_hold_bidi_control(source: str) -> bool:
    """Whether a YAML source can hold a bidi control: written as is, or as a \\u / \\U escape in quotes."""
    return "\\u" in source or "\\U" in source or BIDI_CONTROLS.search(source) is not None


def first_bidi_control(text: str) -> int | None:
    """Offset of the first bidi control in `text`, or None."""
    match = BIDI_CONTROLS.search(text)
    return match.start() if match else None


def bidi_message(char: str) -> str:
    return f"invisible bidi control {char_name(char)}: it makes the text read in another order than written; remove it"


class LookAlike(NamedTuple):
    offset: int  # of the word in the text
    word: str
    letter: str
    script: str  # the letter's own script
    imitated: str  # the other script of the word, whose letter it looks like


def first_look_alike(text: str) -> LookAlike | None:
    """The first word of `text` mixing scripts where a letter looks like one of the word's other script."""
    for match in _WORD.finditer(text):
        word = match.group(0)
        if _ONE_SCRIPT.fullmatch(word):
            continue
        found = _look_alike_in(word)
        if found:
            return LookAlike(match.start(), word, *found)
    return None


@lru_cache(maxsize=65536)
def _script(char: str) -> str:
    from confusable_homoglyphs import categories  # noqa: PLC0415 - 40 ms of data: only when checking

    return categories.alias(char)


@lru_cache(maxsize=65536)
def _scripts_looking_like(char: str) -> frozenset[str]:
    """The scripts that have a letter which looks like `char` (Unicode's confusables)."""
    from confusable_homoglyphs import confusables  # noqa: PLC0415

    return frozenset(_script(glyph) for entry in confusables.confusables_data.get(char, ()) for glyph in entry["c"])


def _look_alike_in(word: str) -> tuple[str, str, str] | None:
    # Scripts and look-alikes depend only on which letters occur, each looked up once: linear in the word.
    weight: Counter[str] = Counter()
    for char, count in Counter(word).items():
        weight[_script(char)] += count
    scripts = set(weight) - _NO_SCRIPT
    if len(scripts) < 2:
        return None
    # The word's main script first, so the odd letter out is the one named (Ѕ in Ѕignal, not i).
    for imitated in sorted(scripts, key=lambda script: (-weight[script], script)):
        for char in dict.fromkeys(word):
            own = _script(char)
            if own in scripts and own != imitated and imitated in _scripts_looking_like(char):
                return char, own.title(), imitated.title()
    return None


def _shortened(word: str, limit: int = 40) -> str:
    return word if len(word) <= limit else word[:limit] + "…"


def look_alike_message(found: LookAlike, what: str) -> str:
    letter = f"{found.letter} ({char_name(found.letter)}, {found.script})"
    return (
        f"'{_shortened(found.word)}' in {what} mixes scripts: {letter} looks like a {found.imitated} letter; "
        "write each word in one script"
    )
