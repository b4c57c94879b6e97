"""Khmer script rules: word boundaries for Qt's line breaker, and script checks.

Qt finds no line-break opportunity inside Khmer words, so Khmer text carries
U+200B (zero-width space) between words. These helpers never remove U+200B,
ZWJ or ZWNJ: they are part of correct Khmer text (STYLE.md, Avoid 7).
"""

from __future__ import annotations

import re
from collections.abc import Callable

ZWSP = "\u200b"
MAX_UNBROKEN_RUN = 30

_KHMER_LETTERS = "\u1780-\u17dd\u17e0-\u17e9\u19e0-\u19ff"
# Punctuation that must stay glued to the word before it.
_KHMER_TRAILING_PUNCT = "\u17d4\u17d5\u17d6\u17d7"
_RUN = re.compile(f"[{_KHMER_LETTERS}\u200c\u200d]+")
_KHMER = re.compile(f"[{_KHMER_LETTERS}]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# What may stay in Latin letters inside a Khmer text: links, code, placeholders,
# and proper names (a capitalised word or an acronym: Signal, WhatsApp, PIN, SMS).
_NOT_PROSE = re.compile(
    r"\]\([^)]*\)|https?://\S+|`[^`]*`|\{[a-z_][a-z0-9_]*\}|[\w.+-]+@[\w.-]+"
    r"|\b[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*)*\b"
)


def has_khmer(text: str) -> bool:
    return bool(_KHMER.search(text))


def looks_untranslated(text: str) -> bool:
    """Latin prose with no Khmer at all: untranslated, or typed in a legacy font.

    Limon/ABC fonts draw Khmer shapes on Latin code points, so such text is
    Latin letters to every other program and unreadable without that font.
    """
    if has_khmer(text):
        return False
    return bool(_LATIN.search(_NOT_PROSE.sub(" ", text)))


def long_unbroken_runs(text: str, limit: int = MAX_UNBROKEN_RUN) -> list[tuple[int, str]]:
    """(offset, run) of Khmer runs longer than `limit` with no space or U+200B."""
    return [(m.start(), m.group(0)) for m in _RUN.finditer(text) if len(m.group(0)) > limit]


def insert_word_breaks(text: str, tokenize: Callable[[str], list[str]]) -> str:
    """Put U+200B between the words of every Khmer run in `text`.

    Works on raw lines of a YAML file too: keys and syntax are ASCII, so only
    values change. Runs are split only where there was no break already, and
    never before Khmer punctuation, so the result is stable when run again.
    """

    def split_run(match: re.Match[str]) -> str:
        words = [w for w in tokenize(match.group(0)) if w]
        if "".join(words) != match.group(0):  # a segmenter must only cut, never change
            return match.group(0)
        out = words[0]
        for word in words[1:]:
            out += word if word[0] in _KHMER_TRAILING_PUNCT else ZWSP + word
        return out

    return _RUN.sub(split_run, text)


def load_segmenter() -> Callable[[str], list[str]]:
    """khmercut's tokenizer: an optional dependency (`pip install karpear[khmer]`)."""
    import khmercut  # noqa: PLC0415 - optional and heavy: import only when fixing

    return khmercut.tokenize
