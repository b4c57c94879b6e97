"""Characters a person cannot see, found so that an address can be shown with each one named.

A URL may hide a right-to-left override (U+202E turns "gpj.exe" around), a
zero-width space or a look-alike space; shown as written, the person checks an
address that is not the one that opens. The link dialogs show each of these as
its code point instead (see app/ui/link_dialog.py).
"""

from __future__ import annotations

import unicodedata

# Controls, format characters (bidi controls, zero-width characters, soft hyphen), line and
# paragraph separators, private-use, surrogate and unassigned code points.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
# Unicode's other default-ignorable code points (drawn as nothing), and blanks that are letters.
_HIDDEN_RANGES = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels, drawn as nothing
    (0x180B, 0x180F),  # Mongolian variation selectors
    (0x2800, 0x2800),  # braille blank
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0x1D173, 0x1D17A),  # musical formatting
    (0xE0000, 0xE0FFF),  # tags, variation selectors supplement
)


def is_hidden(char: str) -> bool:
    """True for a character that shows as nothing, or as an ordinary space, where it stands."""
    category = unicodedata.category(char)
    if category in _HIDDEN_CATEGORIES or (category == "Zs" and char != " "):
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _HIDDEN_RANGES)


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def reveal(text: str) -> list[tuple[str, bool]]:
    """`text` as runs: (visible text, False), or (a hidden character's code point "U+202E", True)."""
    runs: list[tuple[str, bool]] = []
    start = 0
    for index, char in enumerate(text):
        if is_hidden(char):
            if start < index:
                runs.append((text[start:index], False))
            runs.append((code_point(char), True))
            start = index + 1
    if start < len(text):
        runs.append((text[start:], False))
    return runs
