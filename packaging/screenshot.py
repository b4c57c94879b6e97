"""Screenshot the built bundle in Khmer on a virtual X display, to check that Khmer renders (no tofu boxes).

    python packaging/screenshot.py                              # -> docs/screenshots/bundle-km.png
    python packaging/screenshot.py --language fr --out /tmp/fr.png

Starts Xvfb on a free display (1366x900x24), runs dist/karpear/karpear there on Qt's xcb platform
with a fresh HOME and LANG=km_KH.UTF-8 / LANGUAGE=km (Karpear follows the system's language when no
language was chosen), waits until the window has painted and stopped changing, and saves the screen
with ImageMagick's `import -window root`. Needs: Xvfb, ImageMagick (Debian: xvfb imagemagick).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "karpear" / ("karpear.exe" if sys.platform == "win32" else "karpear")
LOCALES = {"km": "km_KH.UTF-8", "fr": "fr_FR.UTF-8", "en": "en_US.UTF-8"}


def free_display() -> int:
    for number in range(99, 160):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise SystemExit("no free X display number between :99 and :159")


def start_xvfb(number: int, size: str) -> subprocess.Popen[bytes]:
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists():
            return xvfb
        if xvfb.poll() is not None:
            raise SystemExit(f"Xvfb :{number} exited with {xvfb.returncode}")
        time.sleep(0.1)
    xvfb.terminate()
    raise SystemExit(f"Xvfb :{number} did not start")


def grab(display: str) -> bytes:
    return subprocess.run(
        ["import", "-display", display, "-window", "root", "png:-"], check=True, capture_output=True
    ).stdout


def colours(png: bytes) -> int:
    out = subprocess.run(["identify", "-format", "%k", "png:-"], input=png, check=True, capture_output=True)
    return int(out.stdout.strip() or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", type=Path, default=EXE)
    parser.add_argument("--language", default="km", choices=sorted(LOCALES))
    parser.add_argument("--out", type=Path, help="default: docs/screenshots/bundle-<language>.png")
    parser.add_argument("--size", default="1366x900x24")
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args(argv)
    out = args.out or ROOT / "docs" / "screenshots" / f"bundle-{args.language}.png"
    if not args.binary.exists():
        raise SystemExit(f"{args.binary} does not exist: run python packaging/build.py first")

    number = free_display()
    display = f":{number}"
    xvfb = start_xvfb(number, args.size)
    app = None
    try:
        with tempfile.TemporaryDirectory(prefix="karpear-shot-") as tmp:
            home, runtime = Path(tmp, "home"), Path(tmp, "runtime")
            home.mkdir(mode=0o700)
            runtime.mkdir(mode=0o700)
            drop = ("XDG_", "KARPEAR_", "QT_", "LC_", "LANG", "WAYLAND_")
            env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
            env.update(
                HOME=str(home),
                XDG_RUNTIME_DIR=str(runtime),
                DISPLAY=display,
                QT_QPA_PLATFORM="xcb",
                LANG=LOCALES[args.language],
                LANGUAGE=args.language,
            )
            app = subprocess.Popen([str(args.binary)], env=env)
            deadline = time.monotonic() + args.timeout
            previous, shot = b"", b""
            while time.monotonic() < deadline:
                time.sleep(0.5)
                if app.poll() is not None:
                    raise SystemExit(f"karpear exited with {app.returncode} before it could be photographed")
                shot = grab(display)
                if shot == previous and colours(shot) > 64:  # painted, and settled
                    break
                previous = shot
            else:
                raise SystemExit(f"the window did not settle within {args.timeout:.0f} s")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(shot)
            print(f"wrote {out} ({len(shot)} bytes) from {args.binary} on {display}, LANG={env['LANG']}")
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
