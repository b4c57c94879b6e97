"""Make a PDF written by Qt read back as the characters it shows (PDF "ActualText").

Qt embeds a subset of each font and tells readers which character each glyph
stands for through the font's own character map. Shaped Khmer uses glyphs that
stand for no single character (subscript consonants, ligatures) and draws a
vowel sign before the consonant it follows, so copying, searching or reading
aloud a Khmer handout gave broken text. PDF lets the writer say what a run of
glyphs means: a marked-content span with /ActualText around the text object
(PDF 1.5, section 14.9.4), which poppler, pdf.js and Acrobat read.

Qt writes one text object (BT … ET) per text item its painter is given. The
handout records the text of every item it paints, page by page, in the same
order; this module wraps the n-th text object of each page in a span holding the
n-th text, and writes the file again with a fresh cross-reference table.
Pure bytes, no Qt: it only understands the simple files QPdfWriter writes.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])\s")
_TEXT_OBJECT = re.compile(rb"(?<=\n)BT\n.*?\nET\n", re.DOTALL)
# Qt paints synthetic bold twice and hides the second copy from readers in a span of its own:
# ours must end where that one begins (poppler, like the standard, does not nest them).
_QT_HIDDEN_COPY = re.compile(rb"/Span\s*<<\s*/ActualText\s*<>\s*>>\s*BDC")


class TextLayerMismatch(ValueError):
    """The file's text objects and the recorded texts do not line up: nothing was changed."""


def add_actual_text(pdf: bytes, page_texts: Sequence[Sequence[str]]) -> bytes:
    """`pdf` with the n-th text object of page k spanned by `page_texts[k][n]`."""
    try:
        return _add_actual_text(pdf, page_texts)
    except (IndexError, KeyError, AttributeError, zlib.error) as error:
        raise TextLayerMismatch(f"not a file as QPdfWriter writes them ({error!r})") from error


def _add_actual_text(pdf: bytes, page_texts: Sequence[Sequence[str]]) -> bytes:
    header, objects, trailer = _read(pdf)
    pages = _page_numbers(objects, trailer)
    if len(pages) != len(page_texts):
        raise TextLayerMismatch(f"{len(pages)} pages in the file, texts recorded for {len(page_texts)}")
    for page, texts in zip(pages, page_texts, strict=True):
        number = _reference(objects[page], rb"/Contents")
        content = _stream(objects, number)
        objects[number] = _stream_object(number, _span_text_objects(content, texts))
    return _write(header, objects, trailer)


def _span_text_objects(content: bytes, texts: Sequence[str]) -> bytes:
    found = list(_TEXT_OBJECT.finditer(content))
    if len(found) != len(texts):
        raise TextLayerMismatch(f"{len(found)} text objects on a page, {len(texts)} texts recorded for it")
    parts, done = [], 0
    for match, text in zip(found, texts, strict=True):
        parts += [content[done : match.start()], _span(text, match.group(0))]
        done = match.end()
    return b"".join([*parts, content[done:]])


def _span(text: str, text_object: bytes) -> bytes:
    """The text object with its glyphs in a span that reads as `text` (an empty one: read as nothing)."""
    # A hex string in UTF-16BE with its byte order mark: no escaping to get wrong.
    actual = b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">" if text else b"<>"
    body = text_object[len(b"BT\n") : -len(b"ET\n")]
    hidden = _QT_HIDDEN_COPY.search(body)
    end = hidden.start() if hidden else len(body)
    return b"BT\n/Span <</ActualText " + actual + b">> BDC\n" + body[:end] + b"EMC\n" + body[end:] + b"ET\n"


# -- reading and writing the file -----------------------------------------------------------


def _read(pdf: bytes) -> tuple[bytes, dict[int, bytes], bytes]:
    """The bytes before the first object, every object's bytes by number, and the trailer."""
    start = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    table_end = pdf.index(b"trailer", start)
    table_head = re.match(rb"xref\s+0\s+(\d+)\s+", pdf[start:table_end])
    if table_head is None:
        raise TextLayerMismatch("no cross-reference table where the file says it is")
    entries = _XREF_ENTRY.findall(pdf, start + table_head.end(), table_end)
    offsets = sorted((int(offset), number) for number, (offset, _gen, kind) in enumerate(entries) if kind == b"n")
    ends = [offset for offset, _number in offsets[1:]] + [start]
    objects = {number: pdf[offset:end] for (offset, number), end in zip(offsets, ends, strict=True)}
    trailer = pdf[table_end : pdf.index(b"startxref", table_end)]
    return pdf[: offsets[0][0]], objects, trailer


def _reference(body: bytes, key: bytes) -> int:
    match = re.search(re.escape(key) + rb"\s+(\d+)\s+0\s+R", body)
    if match is None:
        raise TextLayerMismatch(f"no {key.decode()} reference where one is expected")
    return int(match.group(1))


def _page_numbers(objects: dict[int, bytes], trailer: bytes) -> list[int]:
    catalog = objects[_reference(trailer, b"/Root")]
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", objects[_reference(catalog, b"/Pages")])
    if kids is None:
        raise TextLayerMismatch("the page tree lists no pages")
    return [int(number) for number in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]


def _stream(objects: dict[int, bytes], number: int) -> bytes:
    body = objects[number]
    start = re.search(rb">>\s*stream\r?\n", body)
    length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", body)
    if start is None or length is None:
        raise TextLayerMismatch(f"object {number} is not a stream")
    size = int(length.group(1))
    if length.group(2):  # Qt writes the length as an object of its own, after the stream
        size = int(re.search(rb"obj\s+(\d+)", objects[size]).group(1))
    raw = body[start.end() : start.end() + size]
    return zlib.decompress(raw) if b"/FlateDecode" in body[: start.start()] else raw


def _stream_object(number: int, content: bytes) -> bytes:
    packed = zlib.compress(content)
    head = b"%d 0 obj\n<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n" % (number, len(packed))
    return head + packed + b"\nendstream\nendobj\n"


def _write(header: bytes, objects: dict[int, bytes], trailer: bytes) -> bytes:
    out = bytearray(header)
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += objects[number]
    size = max(objects) + 1
    table = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
    table += [b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n" for n in range(1, size)]
    start = len(out)
    out += b"".join(table) + re.sub(rb"/Size\s+\d+", b"/Size %d" % size, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)
