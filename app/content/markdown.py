"""What a Markdown body may contain: text and links, no raw HTML, no images.

Qt's Markdown renderer would otherwise show raw HTML, and QTextBrowser would ask
for remote images (DESIGN.md). This scanner finds every link-like target so the
link policy can judge it; code spans and code blocks are skipped, because
their content is shown as text, never followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_FENCE = re.compile(r"^[ ]{0,3}(```|~~~).*?(?:^[ ]{0,3}\1[^\n]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_EMAIL_AUTOLINK = re.compile(r"<[^\s<>@]+@[^\s<>@]+>")
_RAW_HTML = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*|/[A-Za-z]|!|\?)")
_IMAGE = re.compile(r"!\[[^\]]*\]\s*[\[(]")
_INLINE_LINK = re.compile(r"\]\(\s*(<[^>]*>|[^)\s]*)")
_REFERENCE_DEF = re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)", re.M)
# Anchored on "://" and "www." (found by plain search), not tried at every word start.
_BARE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}://[^\s<>()\]]+|www\.[^\s<>()\]]+")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")


@dataclass(frozen=True)
class MarkdownFinding:
    offset: int  # character offset into the body
    message: str


@dataclass(frozen=True)
class MarkdownLink:
    offset: int
    url: str


def _blank(match: re.Match[str]) -> str:
    # Keep offsets (and line numbers) intact while hiding the code's content.
    return "".join("\n" if ch == "\n" else " " for ch in match.group(0))


def _without_code(body: str) -> str:
    if "`" not in body and "~~~" not in body:
        return body
    return _CODE_SPAN.sub(_blank, _FENCE.sub(_blank, body))


def _bare_link_starts(text: str) -> list[int]:
    """Where a bare URL Qt would make clickable (scheme://, www.) may start.

    A bare `javascript:x` is not linked by Qt's Markdown, so it is plain text;
    written as a link, [x](javascript:...) or <javascript:...>, it is caught above.
    """
    starts = []
    for marker in ("://", "www."):
        at = text.find(marker)
        while at != -1:
            begin = at
            if marker == "://":
                while begin > 0 and text[begin - 1] in _SCHEME_CHARS:
                    begin -= 1
            starts.append(begin)
            at = text.find(marker, at + len(marker))
    return sorted(set(starts))


def find_problems(body: str) -> list[MarkdownFinding]:
    """Raw HTML and images, which a body may not contain."""
    if "<" not in body and "![" not in body:  # neither can occur without these
        return []
    text = _without_code(body)
    findings = [MarkdownFinding(m.start(), "images are not allowed in guide texts") for m in _IMAGE.finditer(text)]
    text = _EMAIL_AUTOLINK.sub(_blank, _AUTOLINK.sub(_blank, text))
    html_lines: set[int] = set()
    for m in _RAW_HTML.finditer(text):
        line = text.count("\n", 0, m.start())
        if line not in html_lines:  # one report per line: <b>x</b> is one mistake
            html_lines.add(line)
            findings.append(MarkdownFinding(m.start(), "raw HTML is not allowed in guide texts (write Markdown)"))
    return sorted(findings, key=lambda f: f.offset)


@lru_cache(maxsize=1024)  # English bodies are compared with every translation
def find_links(body: str) -> tuple[MarkdownLink, ...]:
    """Every target a reader could follow, in order of appearance, once each."""
    text = _without_code(body)
    found: dict[int, str] = {}
    # Cheap substring tests first: most bodies have few links, and scanning
    # every word boundary of a long Khmer text with a regex is what costs.
    explicit = [p for p, hint in ((_INLINE_LINK, "]("), (_REFERENCE_DEF, "]:"), (_AUTOLINK, "<")) if hint in text]
    for pattern in explicit:
        for m in pattern.finditer(text):
            target = m.group(1).strip("<>")
            if target:
                found.setdefault(m.start(1), target)
    # Spans already claimed by explicit links, so a bare-URL scan does not count them twice.
    taken = [(start, start + len(target) + 2) for start, target in found.items()]
    for start in _bare_link_starts(text):
        m = _BARE_URL.match(text, start)
        if m and not any(begin <= start < end for begin, end in taken):
            target = m.group(0).rstrip(".,;:!?'\"")
            # Qt links a bare www. address as http://, so judge it as that.
            found.setdefault(start, "http://" + target if target.startswith("www.") else target)
            taken.append((start, m.end()))
    return tuple(MarkdownLink(offset, url) for offset, url in sorted(found.items()))


@lru_cache(maxsize=1024)
def code_spans(body: str) -> tuple[str, ...]:
    """The text of every code span and code block, in order (fingerprints, commands)."""
    if "`" not in body and "~~~" not in body:
        return ()
    spans = [m.group(0) for m in _FENCE.finditer(body)]
    spans += [m.group(0).strip("`").strip() for m in _CODE_SPAN.finditer(_FENCE.sub("", body))]
    return tuple(spans)


def offset_to_line_col(body: str, offset: int) -> tuple[int, int]:
    """0-based line and column of `offset` inside `body`."""
    before = body[:offset]
    line = before.count("\n")
    return line, offset - (before.rfind("\n") + 1)
