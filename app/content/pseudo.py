"""Pseudo-localisation: English made longer and accented, so a clipped or hard-coded text shows at once.

As Qt's and Android's pseudo locales do: every Latin letter becomes an accented
look-alike (`Settings` -> `Šéţţîñĝš`), the text grows by about 40% (French runs
~30% longer than English) and a plain text is wrapped in brackets, so its ends
show: `[Šéţţîñĝš ~~~~]`. A text still in plain English was never translated
(hard-coded); a missing bracket means it was cut.

What the app reads stays intact: Qt's `%1` placeholders and `&` mnemonics,
guides' `{placeholders}`, and in Markdown its syntax, code spans, link targets
and addresses. Pure Python: the UI's translator and the content both use it.
"""

from __future__ import annotations

import math
import os
import re
from functools import cache

from app.content.model import PSEUDO

__all__ = ["PSEUDO", "PSEUDO_ENV", "PSEUDO_NAME", "is_pseudo", "pseudo_markdown", "pseudo_of", "pseudo_text"]

PSEUDO_NAME = "[Ƥšéûðö]"  # as a language names itself in the language menu
PSEUDO_ENV = "KARPEAR_PSEUDO"  # KARPEAR_PSEUDO=1 starts the window in the pseudo language

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
GROWTH = 0.4
_PAD_GROUP = 5  # tildes per group: groups are separate words, so padding wraps like text


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(kept in plain texts, kept in Markdown, a code fence): compiled on first use, not at every start."""
    # Kept as written: Qt placeholders (%1), an escaped ampersand (&&), guide placeholders ({n}).
    ui_keep = r"%\d|&&|\{[a-z_][a-z0-9_]*\}"
    # In Markdown also (fenced code is skipped whole): code spans, link targets and reference labels,
    # autolinks, bare addresses, character references, and reference definitions.
    markdown_keep = (
        r"(?P<ticks>`+).+?(?<!`)(?P=ticks)(?!`)"
        r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\]"
        r"|<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>"
        r"|https?://[^\s<>()\]]+|www\.[^\s<>()\]]+|[\w.+-]+@[\w-]+\.[\w.-]+"
        r"|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
        r"|^ {0,3}\[[^\]]+\]:.*$|"
    ) + ui_keep
    return re.compile(ui_keep), re.compile(markdown_keep, re.MULTILINE), re.compile(r" {0,3}(?:```|~~~)")


def _accent(text: str, keep: re.Pattern[str]) -> str:
    """Every Latin letter accented, except inside what `keep` matches."""
    parts, last = [], 0
    for match in keep.finditer(text):
        parts += [text[last : match.start()].translate(_ACCENTED), match.group(0)]
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    return "".join(parts)


def pseudo_requested() -> bool:
    """True when the environment asks for the pseudo language (KARPEAR_PSEUDO=1)."""
    return os.environ.get(PSEUDO_ENV, "").strip() not in ("", "0")


def padding(length: int) -> str:
    """Tildes for a text of `length` characters to grow by about 40% (brackets included)."""
    tildes = max(1, math.ceil(length * GROWTH) - 3)
    groups = [_PAD_GROUP] * (tildes // _PAD_GROUP) + ([tildes % _PAD_GROUP] if tildes % _PAD_GROUP else [])
    return " ".join("~" * n for n in groups)


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in _patterns()[0].sub("", text))


def pseudo_text(text: str) -> str:
    """A plain text (an interface string, a title) pseudo-localised: `[Ŝéţţîñĝš ~~]`.

    A text without letters (", ", "%1 (%2)") is a joiner or a pattern: kept as it is.
    """
    if not has_letters(text):
        return text
    return f"[{_accent(text, _patterns()[0])} {padding(len(text))}]"


def pseudo_markdown(text: str) -> str:
    """A Markdown text pseudo-localised, its syntax, code and addresses kept.

    No brackets around it (they would make link syntax); each line with words ends
    in its own padding, which a bracket-less renderer still shows as the line's end.
    Tildes stand apart from words by spaces, so they never make strikethrough.
    """
    lines, fenced = [], False
    for line in text.split("\n"):
        fence = _patterns()[2].match(line) is not None
        fenced = fenced != fence
        if fenced or fence:
            lines.append(line)  # code shown to be typed or compared: as written
            continue
        body = line.rstrip(" ")
        if line.lstrip().startswith("|") or not has_letters(body):
            lines.append(_accent(line, _patterns()[1]))  # a table row or a rule: no padding to break it
        else:  # a hard break (two trailing spaces) stays after the padding
            lines.append(f"{_accent(body, _patterns()[1])} {padding(len(body))}{line[len(body) :]}")
    return "\n".join(lines)


def is_pseudo(text: str) -> bool:
    """True if every letter of a plain text stands inside the brackets of a pseudo-localised text.

    Texts are built of others ("%1 (%2)" around "[Ĝéţ îţ ~]" and "[Ĝööĝļé Þļåý ~]"): what is
    left once every bracketed part is taken out must have no letters.
    """
    left, previous = text, None
    while left != previous:
        previous, left = left, re.sub(r"\[[^\[\]]*\]", "", left)
    return not has_letters(left)


def pseudo_of(key: str, text: str) -> str:
    """A guide's text pseudo-localised as it is shown: Markdown bodies as Markdown, titles as plain text."""
    from app.content.textchecks import is_markdown_key  # noqa: PLC0415 - only in pseudo mode

    return pseudo_markdown(text) if is_markdown_key(key) else pseudo_text(text)
