"""Checks on the texts of one language file against the English source."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.content import hygiene, khmer, markdown
from app.content.fingerprints import RECORD_KEY, Freshness, outdated_texts
from app.content.issues import IssueSink
from app.content.links import LinkVerdict, email_address
from app.content.sources import LanguageFile

PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*+\}")  # possessive: linear on a hostile 1 MB value
# Texts rendered as Markdown (links clickable, code shown as code); titles and reasons are plain text.
_MARKDOWN_KEY = re.compile(r"^(?:step\.[^.]+\.body|section\.[^.]+\.intro|guide\.summary)$")


def is_markdown_key(key: str) -> bool:
    return bool(_MARKDOWN_KEY.match(key))


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text)) if "{" in text else set()


def value_position(lang: LanguageFile, key: str, offset: int) -> tuple[int, int]:
    """File line/column of character `offset` inside the value of `key`.

    Exact for block scalars (`|`), where each body line is a file line; for a
    one-line value it points at the value's start.
    """
    line, column = lang.doc.mark(key)
    text = lang.texts.get(key, "")
    body_line, body_column = markdown.offset_to_line_col(text, offset)
    source = lang.doc.lines
    if line - 1 < len(source) and source[line - 1].rstrip().endswith(("|", "|-", ">", ">-")):
        content_line = line + 1 + body_line
        # The block's indentation is that of its first non-blank line; a body line may indent further.
        first = next((source[i] for i in range(line, len(source)) if source[i].strip()), "")
        if content_line - 1 < len(source):
            return content_line, len(first) - len(first.lstrip(" ")) + body_column + 1
    return line, column


def check_against_source(
    lang: LanguageFile,
    english: LanguageFile | None,
    expected: dict[str, bool],
    sink: IssueSink,
) -> None:
    """Missing, unknown, empty keys and placeholder drift of one translation."""
    path = lang.doc.path
    for key in lang.texts:
        if key not in expected:
            sink.warning(path, lang.doc.key_mark(key), f"unknown key '{key}' (not used by the guide)")
    for key, required in expected.items():
        value = lang.texts.get(key)
        if value is None:
            if required and lang is not english:
                sink.warning(path, (1, 1), f"missing key '{key}': English is shown instead")
            elif required:
                sink.error(path, (1, 1), f"missing key '{key}' in the English source")
            continue
        if not value.strip():
            sink.warning(path, lang.doc.mark(key), f"'{key}' is empty: English is shown instead")
            continue
        if english is not None and lang is not english and key in english.texts:
            _check_same_as_english(lang, key, value, english.texts[key], sink)


def check_outdated(
    lang: LanguageFile, english: LanguageFile | None, expected: dict[str, bool], sink: IssueSink
) -> None:
    """Translated texts made from another English than today's (or from an unrecorded one)."""
    for key, fresh in outdated_texts(lang, english, expected).items():
        why = (
            "the English changed since it was translated"
            if fresh is Freshness.CHANGED
            else (f"{RECORD_KEY} has no record of the English it translates")
        )
        sink.warning(
            lang.doc.path,
            lang.doc.mark(key),
            f"'{key}' is outdated: {why}; update it, or if it is right run "
            f"`karpear translate confirm {lang.code} {key}`",
        )


def _check_same_as_english(lang: LanguageFile, key: str, value: str, source: str, sink: IssueSink) -> None:
    """What a translation must copy exactly: placeholders; in Markdown, links and code (fingerprints to compare)."""
    where = (lang.doc.path, lang.doc.mark(key))
    ours, theirs = placeholders(value), placeholders(source)
    if ours != theirs:
        sink.error(
            *where,
            f"placeholders differ from English in '{key}': "
            f"has {sorted(ours) or 'none'}, English has {sorted(theirs) or 'none'}",
        )
    if not is_markdown_key(key):
        return
    # find_links is memoised: check_markdown scans the same values again below.
    ours_links = sorted(link.url for link in markdown.find_links(value))
    theirs_links = sorted(link.url for link in markdown.find_links(source))
    if ours_links != theirs_links:
        changed = sorted(set(ours_links) ^ set(theirs_links)) or ours_links
        sink.error(
            *where,
            f"links differ from English in '{key}' ({', '.join(changed)}): "
            "a translation keeps every link exactly, and adds none",
        )
    if sorted(markdown.code_spans(value)) != sorted(markdown.code_spans(source)):
        sink.error(
            *where,
            f"code differs from English in '{key}': text between backticks "
            "(commands, fingerprints) must be copied exactly",
        )


def check_look_alikes(lang: LanguageFile, sink: IssueSink) -> None:
    """Titles (what a person picks a step or a guide by) must not imitate a word with another script's letters."""
    for key, value in lang.texts.items():
        if key.endswith(".title") and (found := hygiene.first_look_alike(value)):
            sink.error(lang.doc.path, value_position(lang, key, found.offset), hygiene.look_alike_message(found, key))


def check_khmer(lang: LanguageFile, sink: IssueSink) -> None:
    for key, value in lang.texts.items():
        if khmer.looks_untranslated(value):
            sink.warning(
                lang.doc.path,
                lang.doc.mark(key),
                f"'{key}' is not Khmer script: untranslated, or typed with a legacy Limon/ABC font",
            )
        for offset, run in khmer.long_unbroken_runs(value):
            sink.warning(
                lang.doc.path,
                value_position(lang, key, offset),
                f"no line-break opportunity in {len(run)} Khmer characters "
                f"(‘{run[:12]}…’): run `karpear check --fix-khmer-breaks`",
            )


def check_markdown(lang: LanguageFile, key: str, judge: Callable[[str], LinkVerdict], sink: IssueSink) -> None:
    """Raw HTML, images and links of one Markdown value; `judge(url)` applies the link policy for `key`."""
    value = lang.texts.get(key, "")
    for finding in markdown.find_problems(value):
        sink.error(lang.doc.path, value_position(lang, key, finding.offset), finding.message)
    for link in markdown.find_links(value):
        if email_address(link.url):
            continue  # the app shows an email address to copy; it opens nothing
        verdict = judge(link.url)
        if not verdict.allowed:
            sink.error(
                lang.doc.path,
                value_position(lang, key, link.offset),
                f"link refused: {verdict.reason}",
            )
