"""Cost of encryption at rest: a tick (save), opening the stores, and start-up, with against without.

    .venv/bin/python bench/encryption.py [--ticks 200] [--runs 7]

- tick: `ProgressStore.set_done` written through `EncryptedStorage` (AES-256-GCM, key in
  memory) against the same store on a `PlainFileStorage`; both write atomically with fsync.
- open: loading a progress file of 22 ticks, decrypting against reading plain JSON.
- start-up: time to first paint of `python -m app --exit-after-paint` on a data folder with
  progress and settings encrypted, key in a real Secret Service keyring (gnome-keyring on a
  private D-Bus), against the same app patched to keep them as plain JSON (the app before
  encryption). Both run under the same dbus-run-session, offscreen. Skipped without
  dbus-run-session and gnome-keyring-daemon.
- the passphrase's scrypt derivation (once per start on computers without a keyring).
- importing `cryptography` and `keyring` at all, each in a fresh interpreter against a bare one
  (the start-up comparison above imports cryptography on both sides; keyring only on the encrypted
  side, where the key is fetched).

Alternating runs, medians, ratios = encrypted / plain. Nothing is asserted: CI prints the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.store import PROGRESS_FILE, EncryptedStorage, PlainFileStorage, ProgressStore, Vault  # noqa: E402
from app.store.sealed import ScryptParams, derive_passphrase_key, new_id  # noqa: E402
from bench.timing import median_seconds as _median_seconds  # noqa: E402

STEPS = 22  # the shipped guide's steps

_UNDER_KEYRING = 'echo bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"'

# The app as it was before encryption: the same window, its stores on plain JSON files.
_PLAIN_APP = """
from pathlib import Path
from app import cli
from app.store import PROGRESS_FILE, SETTINGS_FILE, PlainFileStorage, ProgressStore, Settings, data_dir
from app.ui import session

def plain_stores(folder, vault):
    return (ProgressStore.open(backend=PlainFileStorage(folder / PROGRESS_FILE)),
            Settings.open(backend=PlainFileStorage(folder / SETTINGS_FILE)))

session.open_encrypted = plain_stores
raise SystemExit(cli.main(["--exit-after-paint"]))
"""

# Fills a data folder as the app would (encrypted, key in the keyring it finds), then exits.
_FILL_ENCRYPTED = """
import sys
from pathlib import Path
from app.store import Vault, open_encrypted
folder = Path(sys.argv[1])
(progress, _), (settings, _) = open_encrypted(folder, Vault.open(folder))
for i in range(22):
    progress.set_done("wiretap", f"step-{i}", True, 1)
settings.language = "km"
settings.save()
print(Vault.open(folder).source)
"""


def _fill(store: ProgressStore) -> None:
    for i in range(STEPS):
        store.set_done("wiretap", f"step-{i}", True, 1)


def bench_stores(folder: Path, ticks: int) -> None:
    vault = Vault.throwaway(folder)
    plain = ProgressStore.open(backend=PlainFileStorage(folder / "plain.json"))[0]
    sealed = ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, vault))[0]
    tick = {"plain": [], "encrypted": []}
    for i in range(ticks):  # alternating, so both see the same disk
        for name, store in (("plain", plain), ("encrypted", sealed)):
            start = time.perf_counter()
            store.set_done("wiretap", f"step-{i % STEPS}", i // STEPS % 2 == 0, 1)
            tick[name].append(time.perf_counter() - start)
    _fill(plain)
    _fill(sealed)
    opened = {
        "plain": _median_seconds(lambda: ProgressStore.open(backend=PlainFileStorage(folder / "plain.json")), ticks),
        "encrypted": _median_seconds(
            lambda: ProgressStore.open(backend=EncryptedStorage(folder / PROGRESS_FILE, vault)), ticks
        ),
    }
    _report("tick (save, with fsync)", statistics.median(tick["encrypted"]), statistics.median(tick["plain"]))
    _report(f"open progress ({STEPS} ticks)", opened["encrypted"], opened["plain"])


def bench_scrypt() -> None:
    salt = new_id()
    seconds = _median_seconds(lambda: derive_passphrase_key("a passphrase", salt, ScryptParams()), 3)
    print(f"{'passphrase (scrypt 2^17, 8, 1)':34}{seconds * 1000:>9.1f} ms once per start, no keyring")


def bench_import(runs: int) -> None:
    """What loading `cryptography` (AES-GCM, scrypt) and `keyring` add to a start, in fresh interpreters."""
    import subprocess  # noqa: PLC0415

    def start(module: str) -> float:
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, check=True)
        return time.perf_counter() - begin

    modules = {
        "bare interpreter": "sys",
        "cryptography (AES-GCM, scrypt)": "cryptography.hazmat.primitives.ciphers.aead, "
        "cryptography.hazmat.primitives.kdf.scrypt",
        "keyring": "keyring",
    }
    times: dict[str, list[float]] = {name: [] for name in modules}
    for _ in range(runs + 1):  # the first round warms up
        for name, module in modules.items():
            times[name].append(start(module))
    bare = statistics.median(times["bare interpreter"][1:])
    for name in list(modules)[1:]:
        _report(f"import {name}", statistics.median(times[name][1:]), bare)


def bench_startup(runs: int) -> None:
    if not all(shutil.which(tool) for tool in ("dbus-run-session", "gnome-keyring-daemon")):
        print("start-up: skipped (needs dbus-run-session and gnome-keyring-daemon)")
        return
    with tempfile.TemporaryDirectory(prefix="karpear-bench-") as tmp:
        home = Path(tmp) / "home"
        (home / "run").mkdir(parents=True, mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING", "KARPEAR_"))}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(home / "run"))
        env.update(QT_QPA_PLATFORM="offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        encrypted, plain = Path(tmp) / "encrypted", Path(tmp) / "plain"
        store = ProgressStore.open(backend=PlainFileStorage(plain / PROGRESS_FILE))[0]
        _fill(store)

        def under_keyring(*command: str) -> list[str]:
            return ["dbus-run-session", "--", "sh", "-c", _UNDER_KEYRING, "sh", *command]

        # One D-Bus session for the fill and every run: the keyring must keep the key between them.
        script = Path(tmp) / "runs.py"
        script.write_text(_RUNS.format(runs=runs, root=str(ROOT), plain_app=_PLAIN_APP), encoding="utf-8")
        fill = Path(tmp) / "fill.py"
        fill.write_text(_FILL_ENCRYPTED, encoding="utf-8")
        result = measure_all(under_keyring(sys.executable, str(script), str(fill), str(encrypted), str(plain)), env)
        print(result)


_RUNS = """
import os, statistics, subprocess, sys
sys.path.insert(0, {root!r} + "/bench")
from firstpaint import measure
fill, encrypted, plain = sys.argv[1:4]
source = subprocess.run([sys.executable, fill, encrypted], cwd={root!r}, capture_output=True, text=True, check=True)
app = [sys.executable, "-m", "app", "--exit-after-paint"]
plain_app = [sys.executable, "-c", {plain_app!r}]
runs = {{"encrypted": [], "plain": []}}
for i in range({runs} + 1):  # the first round warms up
    for name, command, folder in (("encrypted", app, encrypted), ("plain", plain_app, plain)):
        run = measure(command, dict(os.environ, KARPEAR_DATA_DIR=folder), cwd={root!r})
        if i:
            runs[name].append(run.first_paint)
enc, pla = statistics.median(runs["encrypted"]), statistics.median(runs["plain"])
print(f"{{'start-up to first paint':34}}{{enc * 1000:>9.1f}} ms  vs plain {{pla * 1000:>7.1f}} ms  "
      f"ratio {{enc / pla:.2f}}x  (key from: {{source.stdout.strip()}}, {runs} runs each)")
"""


def measure_all(command: list[str], env: dict[str, str]) -> str:
    import subprocess  # noqa: PLC0415

    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return f"start-up: failed\n{out.stdout}{out.stderr[-2000:]}"
    return out.stdout.strip()


def _report(label: str, encrypted: float, plain: float) -> None:
    print(f"{label:34}{encrypted * 1e3:>9.3f} ms  vs plain {plain * 1e3:>7.3f} ms  ratio {encrypted / plain:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="cost of encryption at rest, as ratios against plain files")
    parser.add_argument("--ticks", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="karpear-bench-") as folder:
        bench_stores(Path(folder), args.ticks)
    bench_scrypt()
    bench_import(args.runs)
    bench_startup(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
