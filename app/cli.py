"""Command line: `karpear` starts the app; `karpear check` checks content; `karpear translate` helps
translators; `karpear export` a handout; `karpear verify` an installer; `karpear erase` erases the data."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import app.startclock  # noqa: F401 - imported first: its fallback clock starts when Karpear starts loading
from app import version

if TYPE_CHECKING:
    from app.store import Vault
    from app.ui.main import MainWindow

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
    parser.add_argument(
        "--translate",
        metavar="LANG",
        help="translator's live preview: every text of LANG beside its English source, reloaded on save "
        "(with --guides FOLDER: the folder being translated)",
    )
    parser.add_argument(
        "--guides",
        action="append",
        type=Path,
        default=[],
        metavar="FOLDER",
        help="also load the guides of FOLDER (a trainer's own checklists), shown as local guides; repeatable",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="start in the pseudo language, to find clipped or untranslated texts (developers; also KARPEAR_PSEUDO=1)",
    )
    # Hidden: the soak test's driver (app/ui/soak.py), here so that it runs inside the bundle too.
    parser.add_argument("--soak", type=int, metavar="ROUNDS", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="check guide files and print every problem with file and line")
    check.add_argument("folder", nargs="?", type=Path, help="folder of guides (default: the bundled guides)")
    check.add_argument(
        "--fix-khmer-breaks",
        action="store_true",
        help="insert U+200B between Khmer words first (needs: pip install -e '.[khmer]')",
    )
    check.add_argument(
        "--against",
        nargs="?",
        const=True,
        type=Path,
        metavar="REFERENCE",
        help="also list every domain and download address that REFERENCE (default: the bundled guides) lacks",
    )
    _add_translate_parser(commands)
    export = commands.add_parser("export", help="write a guide as a printable PDF handout")
    export.add_argument("--guide", required=True, help="guide id, e.g. wiretap")
    export.add_argument("--lang", default="en", help="language code, or two separated by a comma (km,fr)")
    export.add_argument("--pdf", required=True, type=Path, help="the PDF file to write")
    export.add_argument("--page", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    erase = commands.add_parser("erase", help="remove all your Karpear data and its key from this computer")
    erase.add_argument("--yes", action="store_true", help="do not ask first")
    verify = commands.add_parser(
        "verify", help="say whether an installer file is genuine (exit 0 genuine, 1 not, 3 unknown, 2 unreadable)"
    )
    verify.add_argument("file", type=Path, help="the downloaded installer (.apk, .exe, .msi, ...)")
    verify.add_argument("--tool", metavar="ID", help="compare only with this tool of the catalogue (e.g. signal)")
    verify.add_argument("--guides", type=Path, metavar="FOLDER", help="folder of guides (default: the bundled guides)")
    return parser


def _add_translate_parser(commands) -> None:
    translate = commands.add_parser("translate", help="start a language, confirm updated texts, see what is left")
    actions = translate.add_subparsers(dest="action", metavar="ACTION", required=True)
    guides = {"type": Path, "metavar": "FOLDER", "help": "folder of guides (default: the bundled guides)"}
    new = actions.add_parser("new", help="add a language: empty files from English for every guide and the UI")
    new.add_argument("lang", help="language code, e.g. th, vi, pt-BR")
    new.add_argument("--name", help="the language's name in its own script (default: Qt's name for it)")
    new.add_argument("--guides", **guides)
    new.add_argument(
        "--ui", type=Path, metavar="FOLDER", help="folder of the interface's .ts files (default: resources/i18n)"
    )
    confirm = actions.add_parser("confirm", help="record that texts translate today's English (clears 'outdated')")
    confirm.add_argument("lang", help="language code, e.g. km")
    confirm.add_argument("keys", nargs="*", metavar="KEY", help="keys of the texts, e.g. step.install-signal.body")
    confirm.add_argument("--all", action="store_true", help="every translated text (of --guide, else of every guide)")
    confirm.add_argument("--guide", metavar="ID", help="only this guide ('tools' for the tool texts)")
    confirm.add_argument("--guides", **guides)
    status = actions.add_parser("status", help="per guide and language: translated, untranslated, outdated")
    status.add_argument("--json", action="store_true", help="print JSON (see docs/TRANSLATING.md)")
    status.add_argument("--guides", **guides)


def _run_translate(args: argparse.Namespace) -> int:
    from app import translate_cli  # noqa: PLC0415

    if args.action == "new":
        return translate_cli.run_new(args.lang, args.name, args.guides, args.ui, sys.stdout, sys.stderr)
    if args.action == "confirm":
        return translate_cli.run_confirm(
            args.lang, args.keys, args.guide, args.all, args.guides, sys.stdout, sys.stderr
        )
    return _print_until_the_reader_leaves(
        lambda: translate_cli.run_status(args.guides, args.json, sys.stdout, sys.stderr)
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if set(argv) <= WINDOW_FLAGS:
        exit_at_once(start_window(exit_after_paint="--exit-after-paint" in argv))
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from app.check import run_check

        return _print_until_the_reader_leaves(
            lambda: run_check(
                args.folder, sys.stdout, fix_breaks=args.fix_khmer_breaks, err=sys.stderr, against=_reference(args)
            )
        )
    if args.command == "translate":
        return _run_translate(args)
    if args.command == "export":
        from app.export import run_export

        return run_export(args.guide, args.lang, args.pdf, args.page)
    if args.translate:
        from app.ui.translate_preview import run_preview

        return run_preview(args.translate, args.guides[0] if args.guides else None)
    if args.soak is not None:
        from app.ui.soak import run_soak

        exit_at_once(run_soak(args.soak))
    if args.command == "erase":
        from app.erase_command import run_erase

        return run_erase(sys.stdout, yes=args.yes)
    if args.command == "verify":
        from app.verify_cli import run_verify

        return run_verify(args.file, args.tool, sys.stdout, args.guides)
    if args.self_test:
        from app.ui.selftest import run_self_test

        return run_self_test()
    exit_at_once(start_window(exit_after_paint=args.exit_after_paint, local_guides=args.guides, pseudo=args.pseudo))


def _reference(args: argparse.Namespace) -> Path | None:
    """The folder given to --against; the bundled guides when it is given alone."""
    if args.against is True:
        from app.resources import guides_dir  # noqa: PLC0415

        return guides_dir()
    return args.against


def _print_until_the_reader_leaves(command) -> int:
    """Run a command that prints a lot; a reader that stops early (`| head -1`) ends it quietly."""
    if hasattr(sys.stdout, "reconfigure"):  # a terminal that cannot show Khmer gets \u escapes, not a crash
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        code = command()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # As Python's documentation advises: stdout is flushed again at exit, so point it at
        # devnull first, or that flush raises too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def exit_at_once(code: int) -> NoReturn:
    """End the process once the window has quit, without tearing down Qt and the Python heap.

    That teardown (the window's widgets, then every module and object) took ~0.3-0.5 s after
    the window was gone, longer after a long session, and does nothing useful: progress and
    settings are written, atomically, as they change.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def start_window(
    *,
    exit_after_paint: bool = False,
    on_window: Callable[[MainWindow], None] | None = None,
    vault: Vault | None = None,
    local_guides: list[Path] | None = None,
    pseudo: bool = False,
) -> int:
    """Open the person's data (asking for a passphrase if it needs one) and show the window.

    `vault`: a key given by the caller instead (the soak's throwaway key: it never asks, nor
    touches the keyring). `local_guides`: folders given with --guides; `pseudo`: --pseudo, or
    KARPEAR_PSEUDO=1 in the environment.
    """
    # Start-up makes hundreds of thousands of objects and almost no garbage, yet the cycle
    # collector would walk the growing heap again and again (~2-3 ms): paused until the window
    # has painted.
    gc.disable()
    # The guides and the person's data load before Qt is imported: PySide6 hooks every import
    # made after it (it reads each new module's source), which makes pure Python slower to load.
    from app.content.pseudo import pseudo_requested  # noqa: PLC0415
    from app.store import Vault, data_dir  # noqa: PLC0415
    from app.ui.session import Session  # noqa: PLC0415

    if no_display():  # before anything that may ask for a passphrase in a window
        from app.ui.nodisplay import report_no_display  # noqa: PLC0415

        return report_no_display()
    if vault is None:
        vault = Vault.open(data_dir())
        if vault.needs_passphrase:
            from app.ui.passphrase import unlock  # noqa: PLC0415

            if not unlock(vault):
                return 0  # the person chose to quit: nothing was touched
        vault.ask_new_passphrase = _ask_new_passphrase
    session = Session.open(vault=vault, local_guides=local_guides or (), pseudo=pseudo or pseudo_requested())
    from app.ui.main import run_app  # noqa: PLC0415

    return run_app(
        session, exit_after_paint=exit_after_paint, on_first_paint=_resume_garbage_collection, on_window=on_window
    )


def no_display() -> bool:
    """True on an X11/Wayland system where no display is named and no Qt platform chosen: Qt would abort."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _ask_new_passphrase() -> str | None:
    from app.ui.passphrase import ask_new_passphrase  # noqa: PLC0415

    return ask_new_passphrase()


def _resume_garbage_collection() -> None:
    gc.freeze()  # what start-up made lives as long as the app: later collections skip it
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
