"""What a Markdown body holds: links, images, raw HTML and code, read by a CommonMark parser.

Regular expressions guessed at Markdown's structure and disagreed with the
renderer (Qt's md4c): a reference definition in a quote, `https\\://`, a code
span across paragraphs all slipped past them. This scan reads the token stream
of markdown-it-py with the GitHub bits md4c renders (tables, strikethrough,
bare-URL autolinks), so it sees every construct a CommonMark parser sees.
Where the two parsers could still differ, the app refuses any link whose exact
address the guide's structure does not declare (app.content.links): a
disagreement can show a link that is refused, never open one.

Every target is reported as the text wrote it, in both readings a renderer may
give it: backslash escapes undone (what Qt hands on, entities left as written)
and entities decoded too (what CommonMark says). Each is judged.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

IMAGE_MESSAGE = "images are not allowed in guide texts"
HTML_MESSAGE = "raw HTML is not allowed in guide texts (write Markdown)"
# The parser is linear, but pure Python: ~30 µs a character on its worst input (runs of "[").
# The longest real text is ~1,300 characters; these bounds keep a hostile file's check to seconds.
MAX_TEXT_CHARS = 10_000  # one Markdown text
MAX_FILE_CHARS = 60_000  # all Markdown texts of one language file (the longest real one: ~19,500)
# How far past the previous find a target's text is looked for (keeps the position search linear).
_SEARCH_WINDOW = 4096
_AUTO_MARKUPS = ("linkify", "autolink")  # link text is the address as written
# No link, image, HTML or code can be written without one of these: a text with none is not parsed.
_MARKERS = ("[", "<", "://", "@", "`", "~~~", "\t", "    ")


_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_ADDRESS_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+/?&=#()%")
_LONGEST_ADDRESS = 2048


def _bare_address_starts(text: str) -> list[tuple[int, int]]:
    """(start, end of "scheme://" or "www.") of each place a bare address may begin, in order."""
    starts = []
    at = text.find("://")
    while at != -1:
        begin = at
        while begin > 0 and at - begin < 32 and text[begin - 1] in _SCHEME_CHARS:
            begin -= 1
        if begin < at:
            starts.append((begin, at + 3))
        at = text.find("://", at + 3)
    lowered = text.lower()
    at = lowered.find("www.")
    while at != -1:
        if at == 0 or not text[at - 1].isalnum():
            starts.append((at, at))
        at = lowered.find("www.", at + 4)
    return sorted(starts)


def _bare_addresses(text: str) -> list[str]:
    """Bare addresses in plain text, each as far as md4c's rules let it run.

    md4c (Qt's renderer) takes ASCII letters, digits and -_.~+/?&=#() after "scheme://" or "www.",
    stops at a ")" it did not open, and gives back a trailing "." of a host ("see https://x.org.");
    "%" is taken too (an address md4c does not link then is judged all the same). linkify-it ends
    addresses by rules of its own; both forms are judged.
    """
    found = []
    end = 0
    for start, host in _bare_address_starts(text):
        if start < end:
            continue  # inside the address before it
        end, depth = host, 0
        while end < len(text) and end - start < _LONGEST_ADDRESS and text[end] in _ADDRESS_CHARS:
            if text[end] == "(":
                depth += 1
            elif text[end] == ")":
                if depth == 0:
                    break
                depth -= 1
            end += 1
        address = text[start:end]
        if not any(mark in text[host:end] for mark in "/?#"):
            address = address.rstrip(".-_")
        if address[host - start :]:
            found.append(address)
    return found


class MarkdownFinding(NamedTuple):
    offset: int  # character offset into the body
    message: str


class MarkdownLink(NamedTuple):
    offset: int
    url: str


class _Scan(NamedTuple):
    links: tuple[MarkdownLink, ...]
    problems: tuple[MarkdownFinding, ...]
    code: tuple[str, ...]


def _raw_destination(string: str, pos: int, maximum: int):
    """markdown-it's destination parser, keeping the destination as written (escapes, entities)."""
    from markdown_it.helpers import parseLinkDestination  # noqa: PLC0415 - markdown-it loads on first scan

    result = parseLinkDestination(string, pos, maximum)
    if result.ok:
        raw = string[pos : result.pos]
        result.str = raw[1:-1] if raw.startswith("<") else raw
    return result


def _bare_links():
    """linkify-it finding the bare addresses md4c links: scheme://..., www...., e-mail; not "example.org"."""
    from linkify_it import LinkifyIt  # noqa: PLC0415

    def may_hold_address(text: str) -> bool:
        return "://" in text or "@" in text or "www." in text.lower()

    class BareLinks(LinkifyIt):
        # linkify-it's own tests run large regular expressions; most text has no address at all.
        def pretest(self, text):
            return may_hold_address(text) and super().pretest(text)

        def test(self, text):
            return may_hold_address(text) and super().test(text)

        def match(self, text):
            found = super().match(text) or []
            return [m for m in found if m.schema or m.text.lower().startswith("www.") or "@" in m.text] or None

    return BareLinks()


@lru_cache(maxsize=4)
def _parser(html: bool, references: bool = True, tables: bool = True) -> MarkdownIt:
    from markdown_it import MarkdownIt  # noqa: PLC0415
    from markdown_it import helpers as stock  # noqa: PLC0415

    md = MarkdownIt("commonmark", {"html": html, "linkify": True}).enable(["table", "strikethrough", "linkify"])
    md.linkify = _bare_links()
    # Bare addresses are found in the text left once the inline structure is known (the core rule);
    # found during inline parsing, one would swallow a link written right after it.
    md.inline.ruler.disable("linkify")
    md.inline.ruler.disable("entity")  # text keeps "&amp;" as written, as md4c's bare addresses see it
    if not references:
        md.disable("reference")
    if not tables:
        md.disable(["table", "fence", "code"])  # every line read as text, links in it included
    md.validateLink = lambda _url: True  # javascript:, file:, data: are links to judge, not text to skip
    md.normalizeLink = lambda url: url  # judge what the text wrote, not a percent-encoded copy
    md.normalizeLinkText = lambda text: text
    md.helpers = SimpleNamespace(
        parseLinkLabel=stock.parseLinkLabel,
        parseLinkTitle=stock.parseLinkTitle,
        parseLinkDestination=_raw_destination,
    )
    return md


def _readings(raw: str) -> tuple[str, ...]:
    from markdown_it.common.utils import stripEscape, unescapeAll  # noqa: PLC0415

    return tuple(dict.fromkeys((stripEscape(raw), unescapeAll(raw))))


class _Locator:
    """Turns tokens (which know only their block's lines) into character offsets, in one pass."""

    def __init__(self, body: str):
        self.body = body
        self.line_starts = [0]
        at = body.find("\n")
        while at != -1:
            self.line_starts.append(at + 1)
            at = body.find("\n", at + 1)
        self.cursor = 0
        self.block_start = 0

    def enter_block(self, line_map: list[int] | None) -> None:
        if line_map:
            self.block_start = self.line_start(line_map[0])
            self.cursor = max(self.cursor, self.block_start)

    def find(self, needle: str) -> int:
        """Where `needle` next appears in the current block; near there if it is not written as such."""
        if needle:
            end = min(len(self.body), self.cursor + len(needle) + _SEARCH_WINDOW)
            at = self.body.find(needle, self.cursor, end)
            if at != -1:
                self.cursor = at + len(needle)
                return at
        return self.cursor

    def line_start(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.body)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1


class _Collector:
    def __init__(self, body: str):
        self.where = _Locator(body)
        self.links: dict[str, int] = {}
        self.problems: list[MarkdownFinding] = []
        self.code: list[str] = []
        self.html_lines: set[int] = set()
        self.env: dict = {}  # reference definitions, shared by every reading of the body

    def link(self, raw: str, offset: int) -> None:
        for url in _readings(raw.strip()):
            if url:
                self.links.setdefault(url, offset)

    def html(self, offset: int) -> None:
        line = self.where.line_of(offset)
        if line not in self.html_lines:  # one report per line: <b>x</b> is one mistake
            self.html_lines.add(line)
            self.problems.append(MarkdownFinding(offset, HTML_MESSAGE))

    def bare(self, text: str) -> None:
        """Bare addresses in `text` (entities as written; md4c versions differ on ending at one) and decoded."""
        for reading in _readings(text) if "&" in text else (text,):
            for written in _bare_addresses(reading):
                url = "http://" + written if written[:4].lower() == "www." else written
                self.links.setdefault(url, self.where.find(written))

    def inline(self, children: list[Token]) -> None:
        text: list[str] = []  # plain text outside written links, where md4c finds bare addresses
        in_link = False
        for index, token in enumerate(children):
            kind = token.type
            if kind == "text" and not in_link:
                text.append(token.content)
            elif token.markup != "linkify":  # an address linkify-it found is still plain text to md4c
                self.bare("".join(text))
                text = []
            if kind == "link_open":
                in_link = token.markup != "linkify"
                href = str(token.attrGet("href") or "")
                following = children[index + 1] if index + 1 < len(children) else None
                written = following.content if token.markup in _AUTO_MARKUPS and following is not None else href
                self.link(href, self.where.find(written))
            elif kind == "link_close":
                in_link = False
            elif kind == "image":
                src = str(token.attrGet("src") or "")
                offset = self.where.find(src)
                self.problems.append(MarkdownFinding(max(0, self.where.body.rfind("![", 0, offset + 1)), IMAGE_MESSAGE))
                self.link(src, offset)
                self.inline(token.children or [])  # a link written inside the image's description
            elif kind == "code_inline":
                self.code.append(token.content)
                self.where.find(token.content)
        self.bare("".join(text))

    def references(self, env: dict, first_line: int = 0) -> None:
        definitions = list(env.get("references", {}).values()) + list(env.get("duplicate_refs", []))
        for definition in definitions:
            lines = definition.get("map") or [0, 1]
            start, end = self.where.line_start(first_line + lines[0]), self.where.line_start(first_line + lines[1])
            href = definition.get("href", "")
            at = self.where.body.find(href, start, start + len(href) + _SEARCH_WINDOW) if href else -1
            self.link(href, start if at == -1 else at)
            # md4c may refuse a definition markdown-it takes (unbalanced parentheses, for one): then its
            # lines are a paragraph, whose links are judged too.
            self.where.cursor = start
            self.as_text(self.where.body[start:end])

    def read(self, md: MarkdownIt, *, code: bool = True) -> None:
        """Every link, reference definition and (with `code`) piece of code of the body, as `md` reads it."""
        env = self.env
        for token in md.parse(self.where.body, env):
            self.where.enter_block(token.map)
            if token.type == "inline":
                self.inline(token.children or [])
            elif token.type in ("fence", "code_block") and code:
                self.code.append(token.content)
            if token.type == "code_block":
                # md4c reads some indented lines as a paragraph that markdown-it reads as code (after a
                # reference definition, for one): their links are judged too, rather than missed.
                self.as_text(token.content)
        self.references(env)

    def table_rows(self) -> None:
        """Each line, and each piece between its pipes, read alone: md4c reads a table row's cells one
        by one (a code span or a link never runs from one into the next), and takes lines after a
        table as rows until a blank line."""
        md = _parser(False, references=False, tables=False)
        start = 0
        for line in self.where.body.split("\n"):
            if line.strip():
                for piece in (line, *line.split("|")) if "|" in line else (line,):
                    self.where.cursor = start
                    for token in md.parseInline(piece, self.env):
                        self.inline(token.children or [])
            start += len(line) + 1

    def as_text(self, source: str) -> None:
        """The links of `source` read as plain paragraphs (no reference definitions), where md4c may read it so."""
        for token in _parser(False, references=False).parse(source, {}):
            if token.type == "inline":
                self.inline(token.children or [])


@lru_cache(maxsize=1024)  # English bodies are compared with every translation
def _scan(body: str) -> _Scan:
    if len(body) > MAX_TEXT_CHARS:
        message = f"text too long to check ({len(body):,} characters; a guide text has at most {MAX_TEXT_CHARS:,})"
        return _Scan((), (MarkdownFinding(0, message),), ())
    if not any(marker in body for marker in _MARKERS) and "www." not in body.lower():
        return _Scan((), (), ())
    collector = _Collector(body)
    collector.read(_parser(False))  # links as Qt renders them: HTML is plain text there
    if "|" in body:  # md4c ends a table by rules of its own (a fence may be a row): read it all as text too
        collector.where = _Locator(body)
        collector.read(_parser(False, tables=False), code=False)
        collector.table_rows()
    if "<" in body:  # raw HTML, which a body may not contain (Qt shows it as text; the writer meant markup)
        collector.where = _Locator(body)
        for token in _parser(True).parse(body, {}):
            collector.where.enter_block(token.map)
            if token.type == "html_block":
                collector.html(collector.where.block_start)
            elif token.type == "inline":
                for child in token.children or []:
                    if child.type == "html_inline":
                        collector.html(collector.where.find(child.content))
    links = sorted((offset, url) for url, offset in collector.links.items())
    problems = sorted(set(collector.problems))
    return _Scan(tuple(MarkdownLink(o, u) for o, u in links), tuple(problems), tuple(collector.code))


def find_problems(body: str) -> list[MarkdownFinding]:
    """Raw HTML and images, which a body may not contain."""
    return list(_scan(body).problems) if ("<" in body or "![" in body or len(body) > MAX_TEXT_CHARS) else []


def find_links(body: str) -> tuple[MarkdownLink, ...]:
    """Every target a reader could follow (in each reading of it), in order of appearance, once each."""
    return _scan(body).links


def code_spans(body: str) -> tuple[str, ...]:
    """The text of every code span and code block, in order (fingerprints, commands)."""
    return _scan(body).code


def offset_to_line_col(body: str, offset: int) -> tuple[int, int]:
    """0-based line and column of `offset` inside `body`."""
    line = body.count("\n", 0, offset)
    return line, offset - (body.rfind("\n", 0, offset) + 1)
