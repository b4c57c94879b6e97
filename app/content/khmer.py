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
# A run this short is one word or two: cutting it gains little, and a segmenter
# without context cuts single words wrongly (អ៊ិនគ្រីប -> អ៊ិន|គ្រីប).
SHORT_RUN = 10

# Khmer letters, signs and digits, without the punctuation U+17D4..U+17DA (។ ៕ ៖ ៗ ...):
# punctuation ends a word run, so a segmenter never sees it and never cuts
# the word before it (it would split សុវត្ថិភាព៖ inside the word).
_KHMER_WORD_CHARS = "\u1780-\u17d3\u17db-\u17dd\u17e0-\u17e9\u19e0-\u19ff"
_RUN = re.compile(f"[{_KHMER_WORD_CHARS}\u200c\u200d]++")
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# What may stay in Latin letters inside a Khmer text: links, code, placeholders, e-mail addresses
# and proper names (a capitalised word or an acronym: Signal, WhatsApp, PIN, SMS).
# Every branch is linear in the text (a hostile file may hold a 1 MB word): each either starts only
# where a run of its characters starts (the look-behind) or stops at the next character that could
# start it again, and possessive quantifiers never give back what they took.
_NOT_PROSE = re.compile(
    r"\]\([^)\]]*+\)"  # a Markdown link target
    r"|https?://\S++"
    r"|`[^`]*+`"
    r"|\{[a-z_][a-z0-9_]*+\}"
    r"|(?<![\w.+-])[\w.+-]++@[\w.-]++"
    r"|\b[A-Z][A-Za-z0-9]*+\b"
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


# Tried only where a run starts (look-behind): a run just too short is not rescanned from each letter.
_LONG_RUN = re.compile(
    f"(?<![{_KHMER_WORD_CHARS}\u200c\u200d])[{_KHMER_WORD_CHARS}\u200c\u200d]{{{MAX_UNBROKEN_RUN + 1},}}+"
)


def long_unbroken_runs(text: str) -> list[tuple[int, str]]:
    """(offset, run) of Khmer runs longer than MAX_UNBROKEN_RUN with no space or U+200B."""
    return [(m.start(), m.group(0)) for m in _LONG_RUN.finditer(text)]


def insert_word_breaks(text: str, tokenize: Callable[[str], list[str]]) -> str:
    """Put U+200B between the words of every unsegmented Khmer run in `text`.

    Works on raw lines of a YAML file too: keys and syntax are ASCII, so only
    values change. Short runs are left whole, and a run next to an existing U+200B was segmented already (by
    a person or an earlier run) and is left alone unless it is still too long:
    a segmenter given one word out of context may split it again, so fixing
    twice would change the text twice.
    """

    def split_run(match: re.Match[str]) -> str:
        run = match.group(0)
        start, end = match.span()
        touches_break = text[start - 1 : start] == ZWSP or text[end : end + 1] == ZWSP
        if len(run) <= SHORT_RUN or (touches_break and len(run) <= MAX_UNBROKEN_RUN):
            return run
        words = [w for w in tokenize(run) if w]
        if "".join(words) != run:  # a segmenter must only cut, never change letters
            return run
        return ZWSP.join(words)

    return _RUN.sub(split_run, text)


def load_segmenter() -> Callable[[str], list[str]]:
    """khmercut's tokenizer: an optional dependency (`pip install karpear[khmer]`)."""
    import khmercut  # noqa: PLC0415 - optional and heavy: import only when fixing

    return khmercut.tokenize
