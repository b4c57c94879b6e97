"""Hashing an installer: Karpear's SHA-256 (1 MiB blocks, progress, cancel check) against `sha256sum`.

Writes a 1 GiB file of random bytes (in the temp folder, removed after), reads it once to
bring it into the page cache, then times both on it alternately and prints the medians and
the ratio. Target: <= 1.1x. Shown too: `hashlib.file_digest`, Python's own bare way, and
`openssl dgst -sha256` (coreutils' sha256sum uses its own portable SHA-256 code, OpenSSL the
processor's SHA instructions: against OpenSSL the comparison is of the loop, not the algorithm).

    python bench/hash.py [--size-mib 1024] [--runs 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.verify.hashing import sha256_file  # noqa: E402


def seconds(work) -> tuple[float, str]:
    start = time.perf_counter()
    digest = work()
    return time.perf_counter() - start, digest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("sha256sum") is None:
        print("sha256sum not found (coreutils)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "installer.bin"
        with open(file, "wb") as out:
            for _ in range(args.size_mib):
                out.write(os.urandom(1 << 20))

        def coreutils() -> str:
            return subprocess.run(["sha256sum", str(file)], capture_output=True, text=True, check=True).stdout[:64]

        def file_digest() -> str:
            with open(file, "rb") as f:
                return hashlib.file_digest(f, "sha256").hexdigest()

        def karpear() -> str:
            return sha256_file(file, progress=lambda done, total: None, cancelled=lambda: False)

        def openssl() -> str:
            result = subprocess.run(["openssl", "dgst", "-sha256", "-r", str(file)], capture_output=True, text=True)
            return result.stdout[:64]

        candidates = {"sha256sum": coreutils, "hashlib.file_digest": file_digest, "karpear": karpear}
        if shutil.which("openssl"):
            candidates["openssl dgst"] = openssl
        coreutils()  # into the page cache: every run reads from memory, none from disk
        times: dict[str, list[float]] = {name: [] for name in candidates}
        digests = set()
        for _ in range(args.runs):
            for name, work in candidates.items():
                elapsed, digest = seconds(work)
                times[name].append(elapsed)
                digests.add(digest)
    if len(digests) != 1:
        print(f"the digests differ: {digests}", file=sys.stderr)
        return 1
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:<20} {value * 1000:8.0f} ms  ({args.size_mib / value:6.0f} MiB/s)")
    print(f"karpear / sha256sum: {median['karpear'] / median['sha256sum']:.2f}x (target <= 1.1x)")
    if "openssl dgst" in median:
        print(f"karpear / openssl dgst: {median['karpear'] / median['openssl dgst']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
