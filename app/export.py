"""`karpear export`: a guide as a PDF handout, from the command line (no display needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE = 0, 2
MAX_LANGUAGES = 2


def _usage(message: str) -> int:
    print(f"karpear export: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_export(guide_id: str, languages_arg: str, pdf: Path, page: str) -> int:
    from app.content import load_library

    library = load_library()
    languages = [code.strip() for code in languages_arg.split(",") if code.strip()]
    if guide_id not in library.guide_ids:
        return _usage(f"no guide {guide_id!r}; guides: {', '.join(library.guide_ids)}")
    unknown = [code for code in languages if code not in library.languages]
    if not languages or unknown or len(languages) > MAX_LANGUAGES or len(set(languages)) != len(languages):
        return _usage(
            f"--lang takes one language or two different ones separated by a comma, from: "
            f"{', '.join(library.languages)}"
        )
    target = pdf.expanduser()
    if target.is_dir() or not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        return _usage(f"cannot write {target}: the folder does not exist or is not writable")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.handout import export_handout

    _app = QApplication.instance() or QApplication([])
    pages = export_handout(library, guide_id, languages, target, page)
    if not target.is_file() or target.stat().st_size == 0:
        return _usage(f"could not write {target}")
    print(f"{target}: {pages} page(s), {guide_id}, {'+'.join(languages)}, {page.upper()}")
    return EXIT_OK
