"""Text from files, made safe to print on a terminal.

Keys, file names and reviewer names come from folders received from strangers. Printed raw, an
ESC sequence can erase earlier error lines or retitle the terminal, a C1 control or NUL can do
the same on some terminals, and a bidi control can make a line read backwards. So every line the
command line prints passes through `printable`: such characters are shown as `\\x1b`, `\\u202e`.
"""

from __future__ import annotations

import re
import unicodedata

# Part of correct Khmer text (STYLE.md, Avoid 7): printed as they are.
_KHMER_JOINERS = frozenset("\u200b\u200c\u200d")
# Controls, lone surrogates (undecodable file names), line and paragraph separators, and
# invisible format characters (bidi controls, BOM, tags).
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp", "Cf"})
_NOT_PLAIN_ASCII = re.compile(r"[^\x20-\x7e]")
MAX_LINE = 1000  # a 1 MB key quoted in a message must not flood the terminal


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _KHMER_JOINERS or unicodedata.category(char) not in _ESCAPED_CATEGORIES:
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str) -> str:
    """`text` cut to MAX_LINE characters, with every character that could drive a terminal made visible."""
    if len(text) > MAX_LINE:
        text = f"{text[:MAX_LINE]}… ({len(text) - MAX_LINE} more characters)"
    return _NOT_PLAIN_ASCII.sub(_escape, text)
