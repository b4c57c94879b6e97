"""`karpear check`: every content problem with file and line, then coverage."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TextIO

from app.content import ContentLibrary, khmer, load_library
from app.content.loader import code_is_khmer
from app.content.safefile import FileRefused, read_bounded
from app.content.yamlread import MAX_FILE_BYTES
from app.resources import guides_dir
from app.store.atomic import write_atomic

EXIT_OK, EXIT_ERRORS = 0, 1


def format_coverage(library: ContentLibrary) -> str:
    rows = library.coverage()
    if not rows:
        return "coverage: no guides"
    name_width = max(len("guide"), *(len(r.name) for r in rows))
    lines = [f"{'guide':<{name_width}}  lang  translated   status"]
    for row in rows:
        counts = f"{row.translated}/{row.total}"
        status = row.review.status.value
        if row.review.is_reviewed:
            status += f" ({row.review.by}, {row.review.date})"
        lines.append(f"{row.name:<{name_width}}  {row.language:<4}  {counts:>7} {row.percent:>3}%  {status}")
    return "\n".join(lines)


def fix_khmer_breaks(root: Path, out: TextIO) -> int:
    """Insert U+200B at Khmer word boundaries in every Khmer file under `root`."""
    try:
        tokenize = khmer.load_segmenter()
    except ImportError:
        out.write("--fix-khmer-breaks needs the Khmer segmenter: pip install 'karpear[khmer]'\n")
        return EXIT_ERRORS
    changed = 0
    for file in sorted(root.rglob("*.yaml")):
        if not code_is_khmer(file.stem):
            continue
        try:
            raw = read_bounded(file, MAX_FILE_BYTES, root)
        except (FileRefused, OSError):
            continue  # left as it is; the check below says why it cannot be read
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # left as it is; the check below reports where it is not UTF-8
        fixed = khmer.insert_word_breaks(text, tokenize)
        if fixed != text:
            # A translator's file: a crash must leave the old or the new text, never half of it.
            mode = file.stat().st_mode
            write_atomic(file, fixed.encode("utf-8"))
            os.chmod(file, stat.S_IMODE(mode))  # keep the file's own permissions
            changed += 1
            out.write(f"{file.relative_to(root).as_posix()}: word breaks inserted\n")
    out.write(f"{changed} file(s) changed\n")
    return EXIT_OK


def run_check(root: Path | None, out: TextIO, fix_breaks: bool = False) -> int:
    if fix_breaks:
        target = root if root is not None else guides_dir()
        if fix_khmer_breaks(target, out) != EXIT_OK:
            return EXIT_ERRORS
    library = load_library(root)
    for issue in library.issues:
        out.write(issue.format() + "\n")
    errors = len(library.errors)
    warnings = len(library.issues) - errors
    out.write(f"{errors} error(s), {warnings} warning(s) in {library.root.name or library.root}\n\n")
    out.write(format_coverage(library) + "\n")
    return EXIT_ERRORS if errors else EXIT_OK
