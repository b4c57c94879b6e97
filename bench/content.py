"""Cost of loading and validating all shipped content, against bare parsing.

Prints the median time of `load_library()` (read, parse with marks, validate,
localize every guide in every language) and of parsing the same files with
PyYAML's C safe loader alone, side by side, and the ratio. Target: <= 2x.

    python bench/content.py [--runs 30] [FOLDER]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.content import load_library  # noqa: E402
from app.resources import guides_dir  # noqa: E402


def bare_parse(files: list[Path]) -> None:
    for file in files:
        yaml.load(file.read_bytes(), Loader=yaml.CSafeLoader)


def clear_content_caches() -> None:
    """Forget what earlier runs memoised (links, Markdown scans): each run pays like a fresh start."""
    for name, module in list(sys.modules.items()):
        if name.startswith("app.content"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def full_load(root: Path) -> None:
    clear_content_caches()
    library = load_library(root)
    for language in library.languages:
        library.catalogue(language)
        for guide_id in library.guide_ids:
            library.guide(guide_id, language)


def seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=guides_dir())
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    files = sorted(args.folder.rglob("*.yaml"))
    size = sum(f.stat().st_size for f in files)
    full_load(args.folder)  # warm the imports and the OS cache for both sides
    bare_parse(files)
    bare, full = [], []
    for _ in range(args.runs):  # alternate so drift in machine load hits both alike
        bare.append(seconds(lambda: bare_parse(files)))
        full.append(seconds(lambda: full_load(args.folder)))
    bare_ms, full_ms = statistics.median(bare) * 1000, statistics.median(full) * 1000
    print(f"content: {len(files)} files, {size / 1024:.0f} KiB, {args.runs} runs each (median)")
    print(f"  C safe loader only      {bare_ms:8.2f} ms")
    print(f"  load_library + validate {full_ms:8.2f} ms")
    print(f"  ratio                   {full_ms / bare_ms:8.2f}x  (target <= 2.00x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
