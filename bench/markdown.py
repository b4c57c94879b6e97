"""Worst cases of the Markdown link scan, against a bare parser on ordinary prose.

For each input that made the old regular expressions backtrack (runs of backticks, "[" and a
newline repeated, "](<x " repeated, "![" repeated, links back to back, ...), prints the median
time of `app.content.markdown` scanning it at the longest text it scans (MAX_TEXT_CHARS), the
same at half that length (a linear scan takes half the time: growth ~2x, a quadratic one 4x),
and the ratio against stock markdown-it-py (commonmark preset) parsing the same text once.
Then the whole check of a folder whose French file holds the worst pattern in as many texts
as the per-file bound lets through, against the same check of the shipped folder.

    python bench/markdown.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.content import load_library, markdown  # noqa: E402
from app.resources import guides_dir  # noqa: E402
from bench.timing import median_seconds  # noqa: E402
from tests.content.hostile_texts import PATHOLOGICAL  # noqa: E402

PATTERNS = {**PATHOLOGICAL, "entities": "&amp;"}


def text_of(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def scan(text: str) -> None:
    markdown._scan.cache_clear()
    markdown.find_links(text)
    markdown.find_problems(text)


def hostile_folder(unit: str) -> Path:
    """The shipped guides, with a French file of ~1 MB of `unit`, in texts up to the bounds."""
    root = Path(tempfile.mkdtemp(prefix="karpear-bench-")) / "guides"
    shutil.copytree(guides_dir(), root, ignore=shutil.ignore_patterns(".karpear-snapshot.json"))
    count = markdown.MAX_FILE_CHARS // markdown.MAX_TEXT_CHARS  # as much as is checked; the rest is refused
    keys = [f"step.{step}.body" for step in ("operator-not-private", "use-end-to-end", "install-signal")]
    keys += [f"section.s{n}.intro" for n in range(count - len(keys))]
    # Each text differs (by its first letter), or the memoised scan would do the work once.
    body = "".join(
        f"{key}: {json.dumps(chr(65 + n) + text_of(unit, markdown.MAX_TEXT_CHARS - 2))}\n" for n, key in enumerate(keys)
    )
    fr = root / "wiretap" / "fr.yaml"
    head = fr.read_text(encoding="utf-8").split("\nguide.title:")[0]
    fr.write_text(head + "\n" + body, encoding="utf-8")
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from markdown_it import MarkdownIt

    bare = MarkdownIt("commonmark")
    length = markdown.MAX_TEXT_CHARS
    print(f"one text of {length:,} characters ({args.runs} runs each, median): scan, growth, bare parse, ratio")
    worst = ("", 0.0)
    for name, unit in PATTERNS.items():
        full = median_seconds(lambda u=unit: scan(text_of(u, length)), args.runs)
        half = median_seconds(lambda u=unit: scan(text_of(u, length // 2)), args.runs)
        baseline = median_seconds(lambda u=unit: bare.parse(text_of(u, length)), args.runs)
        print(
            f"  {name:20} {full * 1000:7.1f} ms  x2 length: {full / half:3.1f}x  "
            f"bare {baseline * 1000:7.1f} ms  ratio {full / baseline:4.1f}x"
        )
        worst = max(worst, (name, full), key=lambda item: item[1])
    print(f"worst: {worst[0]!r}, {worst[1] * 1000:.0f} ms for {length:,} characters")
    shipped = median_seconds(lambda: (markdown._scan.cache_clear(), load_library(guides_dir())), args.runs)
    root = hostile_folder(PATTERNS[worst[0]])
    hostile = median_seconds(lambda: (markdown._scan.cache_clear(), load_library(root)), max(1, args.runs // 2))
    shutil.rmtree(root.parent, ignore_errors=True)
    print(f"whole check, shipped guides      {shipped * 1000:8.1f} ms")
    print(f"whole check, French file of {worst[0]!r} up to the bounds: {hostile:.2f} s ({hostile / shipped:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
