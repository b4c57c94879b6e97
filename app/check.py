"""`karpear check`: every content problem with file and line, then coverage."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from app.content import ContentLibrary, khmer, load_library
from app.content.compare import additions
from app.content.loader import code_is_khmer
from app.content.local_guides import has_own_catalogue, read_local_guides
from app.content.safefile import MAX_FILE_BYTES, FileRefused, read_bounded
from app.content.sources import CATALOGUE_FILE, META_FOLDER
from app.resources import guides_dir
from app.store.atomic import rewrite_keeping_mode
from app.terminal import printable

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
KHMER_INSTALL = "pip install -e '.[khmer]'"  # as the README says


def say(out: TextIO, line: str = "") -> None:
    """Print one line that may hold names and texts from files: the only way this command prints.

    A newline inside it is escaped too, so a key cannot forge a line of its own.
    """
    out.write(printable(line) + "\n")


def usage_problem(folder: Path | None) -> str | None:
    """Why `folder` cannot be checked at all (a mistake in the command, not in the guides), or None."""
    if folder is None or folder.is_dir():
        return None
    return f"{folder}: {'not a folder' if folder.exists() else 'no such folder'}"


def format_coverage(library: ContentLibrary) -> str:
    rows = library.coverage()
    if not rows:
        return "coverage: no guides"
    names = [printable(row.name) for row in rows]  # escaped first, so the columns stay aligned
    name_width = max(len("guide"), *(len(name) for name in names))
    lines = [f"{'guide':<{name_width}}  lang  translated   untranslated  outdated  status"]
    for name, row in zip(names, rows, strict=True):
        counts = f"{row.translated}/{row.total}"
        status = row.review.status.value
        if row.review.is_reviewed:
            status += f" ({printable(str(row.review.by))}, {row.review.date})"
        lines.append(
            f"{name:<{name_width}}  {printable(row.language):<4}  {counts:>7} {row.percent:>3}%"
            f"  {len(row.untranslated_keys):>12}  {len(row.outdated_keys):>8}  {status}"
        )
    return "\n".join(lines)


def fix_khmer_breaks(root: Path, out: TextIO) -> int:
    """Insert U+200B at Khmer word boundaries in every Khmer file under `root`."""
    try:
        tokenize = khmer.load_segmenter()
    except ImportError:
        say(out, f"--fix-khmer-breaks needs the Khmer segmenter: {KHMER_INSTALL}")
        return EXIT_ERRORS
    changed = 0
    for file in sorted(root.rglob("*.yaml")):
        if not code_is_khmer(file.stem) or file.parent.name == META_FOLDER:  # metadata holds no prose
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
            rewrite_keeping_mode(file, fixed.encode("utf-8"))
            changed += 1
            say(out, f"{file.relative_to(root).as_posix()}: word breaks inserted")
    say(out, f"{changed} file(s) changed")
    return EXIT_OK


def library_to_check(root: Path | None, out: TextIO) -> ContentLibrary:
    """`root`'s guides as the app would load them: a folder without its own tools.yaml is one of local
    guides (`karpear --guides`), checked against the bundled catalogue and guides."""
    if root is None or has_own_catalogue(root):
        return load_library(root)
    say(out, f"{root.as_posix()} has no {CATALOGUE_FILE}: checked as local guides, with Karpear's own tool catalogue")
    bundled = load_library()
    return bundled.with_local_guides(read_local_guides([root], bundled, relative=True), alone=True)


def run_check(
    root: Path | None,
    out: TextIO,
    fix_breaks: bool = False,
    err: TextIO | None = None,
    against: Path | None = None,
) -> int:
    """Check `root` (default: the bundled guides); with `against`, also list what it adds to that folder."""
    problem = usage_problem(root) or usage_problem(against)
    if problem:
        say(err or out, f"karpear check: {problem}")
        return EXIT_USAGE
    if fix_breaks:
        target = root if root is not None else guides_dir()
        if fix_khmer_breaks(target, out) != EXIT_OK:
            return EXIT_ERRORS
    library = library_to_check(root, out)
    added = additions(library, load_library(against), against.as_posix()) if against is not None else []
    issues = sorted([*library.issues, *added], key=lambda i: (i.path, i.line, i.column, i.message))
    for issue in issues:
        say(out, issue.format())
    errors = len(library.errors)
    checked = root if root is not None else library.root
    say(out, f"{errors} error(s), {len(issues) - errors} warning(s) in {checked.name or checked}")
    if against is not None:
        say(out, f"{len(added)} domain(s) and address(es) that {against.as_posix()} does not have")
    say(out)
    for line in format_coverage(library).split("\n"):  # its names and reviewers are escaped already
        say(out, line)
    return EXIT_ERRORS if errors else EXIT_OK
