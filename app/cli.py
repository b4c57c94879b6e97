"""Command line: `karpear` starts the app; `karpear check` checks content; `karpear verify` an installer."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from app import version

# Arguments that only start the window: handled without building the parser (~3 ms), since
# starting the window is what almost every run does.
WINDOW_FLAGS = frozenset({"--exit-after-paint"})


class _VersionAction(argparse.Action):
    """--version that looks the version up only when asked (it is slow to import)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"karpear {version()}")  # stdout, as argparse's own version action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="karpear",
        description="Digital-security checklists against phone and SMS wiretapping.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--self-test", action="store_true", help="build the window offscreen, render every guide, print one line, exit"
    )
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="show the window and exit right after its first paint (benchmarks)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="check guide files and print every problem with file and line")
    check.add_argument("folder", nargs="?", type=Path, help="folder of guides (default: the bundled guides)")
    check.add_argument(
        "--fix-khmer-breaks", action="store_true", help="insert U+200B between Khmer words first (needs karpear[khmer])"
    )
    verify = commands.add_parser(
        "verify", help="say whether an installer file is genuine (exit 0 genuine, 1 not, 3 unknown, 2 unreadable)"
    )
    verify.add_argument("file", type=Path, help="the downloaded installer (.apk, .exe, .msi, ...)")
    verify.add_argument("--tool", metavar="ID", help="compare only with this tool of the catalogue (e.g. signal)")
    verify.add_argument("--guides", type=Path, metavar="FOLDER", help="folder of guides (default: the bundled guides)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if set(argv) <= WINDOW_FLAGS:
        return start_window(exit_after_paint="--exit-after-paint" in argv)
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from app.check import run_check

        return run_check(args.folder, sys.stdout, fix_breaks=args.fix_khmer_breaks)
    if args.command == "verify":
        from app.verify_cli import run_verify

        return run_verify(args.file, args.tool, sys.stdout, args.guides)
    if args.self_test:
        from app.ui.selftest import run_self_test

        return run_self_test()
    return start_window(exit_after_paint=args.exit_after_paint)


def start_window(*, exit_after_paint: bool = False) -> int:
    # Start-up makes hundreds of thousands of objects and almost no garbage, yet the cycle
    # collector would walk the growing heap again and again (~2-3 ms): paused until the window
    # has painted.
    gc.disable()
    # The guides and the person's data load before Qt is imported: PySide6 hooks every import
    # made after it (it reads each new module's source), which makes pure Python slower to load.
    from app.ui.session import Session  # noqa: PLC0415

    session = Session.open()
    from app.ui.main import run_app  # noqa: PLC0415

    return run_app(session, exit_after_paint=exit_after_paint, on_first_paint=_resume_garbage_collection)


def _resume_garbage_collection() -> None:
    gc.freeze()  # what start-up made lives as long as the app: later collections skip it
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
