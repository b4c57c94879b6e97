"""Worst cases of `karpear check`: each hostile text of tests/content/hostile_texts.py at the size limit.

For each, a copy of the shipped guides with that one file replaced is checked in full
(`load_library`, every rule), against reading the same files with PyYAML's C loader alone.
Prints the median of each and the ratio; a super-linear scan shows as a ratio in the
hundreds or thousands (the patterns fixed in #10 took minutes where the loader takes ms).

    python bench/check_worst.py [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.content import load_library  # noqa: E402
from app.resources import guides_dir  # noqa: E402
from bench.content import clear_content_caches  # noqa: E402
from bench.timing import median_seconds  # noqa: E402
from tests.content.hostile_texts import CASES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'hostile text':<34} {'bare YAML':>10} {'full check':>11} {'ratio':>7}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for name, (relative, text, _) in CASES.items():
            root = Path(scratch) / "guides"
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(guides_dir(), root, ignore=shutil.ignore_patterns(".*"))
            file = root / relative
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")
            files = [path.read_bytes() for path in sorted(root.rglob("*.yaml"))]
            bare = median_seconds(
                lambda files=files: [yaml.load(raw, Loader=yaml.CSafeLoader) for raw in files], args.runs
            )

            def check(root=root) -> None:
                clear_content_caches()
                load_library(root)

            full = median_seconds(check, args.runs)
            worst = max(worst, full / bare)
            print(f"{name:<34} {bare * 1000:>8.1f}ms {full * 1000:>9.1f}ms {full / bare:>6.1f}x")
    print(f"worst ratio: {worst:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
