"""Time to export each guide to a PDF handout in each language, against printing its bare text.

For every guide and language (and one two-language pair) prints the median time of
`export_handout` (layout, Khmer shaping, Markdown, QR codes, PDF writing, the text layer
that makes Khmer copy as printed) and of Qt printing the same texts as one plain-text
document with `QTextDocument.print_` on a `QPdfWriter` (the tool's own speed), and the ratio.

    python bench/export.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPdfWriter, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.content import load_library  # noqa: E402
from app.ui import fonts, qr  # noqa: E402
from app.ui.handout import export_handout  # noqa: E402
from bench.timing import median_seconds  # noqa: E402


def bare_print(library, guide_id: str, languages: list[str], path: Path) -> None:
    texts = []
    for code in languages:
        guide = library.guide(guide_id, code)
        texts += [str(guide.title), str(guide.summary)]
        texts += [f"{step.title}\n{step.body}" for step in guide.steps]
    document = QTextDocument()
    document.setDefaultFont(fonts.ui_font(languages[0], 10.5))
    document.setPlainText("\n\n".join(texts))
    document.print_(QPdfWriter(str(path)))


def cold_export(library, guide_id: str, languages: list[str], path: Path) -> None:
    """As `karpear export` does it: no QR code encoded yet in this process (the app keeps them)."""
    qr._modules.cache_clear()
    export_handout(library, guide_id, languages, path, "a4")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    _app = QApplication([])
    fonts.register_khmer_font()
    library = load_library()
    cases = [(g, [code]) for g in library.guide_ids for code in library.languages]
    cases += [(g, ["km", "fr"]) for g in library.guide_ids if {"km", "fr"} <= set(library.languages)]
    print(f"{'guide':<10} {'language':<8} {'pages':>5} {'handout':>10} {'bare text':>10} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.pdf"
        for guide_id, languages in cases:
            pages = export_handout(library, guide_id, languages, out, "a4")  # warm-up: fonts, QR module
            handout = 1000 * median_seconds(
                lambda g=guide_id, ls=languages: cold_export(library, g, ls, out), args.runs
            )
            bare = 1000 * median_seconds(lambda g=guide_id, ls=languages: bare_print(library, g, ls, out), args.runs)
            label = "+".join(languages)
            print(f"{guide_id:<10} {label:<8} {pages:>5} {handout:>8.0f} ms {bare:>7.0f} ms {handout / bare:>5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
