"""Take the screenshots in docs/screenshots from the real window and the real guides.

Run under a display (an X server, or Xvfb):

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python docs/screenshots/take.py

Writes, next to this script, for each language (km, en, fr):
main-<lang>.png (light, default text size), main-<lang>-dark.png,
main-<lang>-large.png and main-<lang>-dark-large.png (the largest text size);
then tools-en.png and tools-km-dark.png (a step's tools), small-laptop.png
(1280×720, French, large text), narrow.png (700 px wide, Khmer),
guide-<id>-km.png for every guide, link-dialog.png and link-refused.png;
then the trainer's features: present-km.png and present-km-fr.png (presentation
mode at 1920×1080 on a step with QR codes, Khmer, then Khmer above French),
group-grid.png (a group session of four pseudonyms) and handout-km.png (the
first page with QR codes of the Khmer PDF handout, rendered by pdftoppm),
handout-dialog-km.png (Print a handout…), translate-preview-km.png (the
translator's live preview, with an outdated and a missing text) and
verify-km.png (the verdict on a downloaded file Karpear cannot vouch for).
Progress and group sessions go to a throwaway folder, encrypted with a
throwaway passphrase (KARPEAR_PASSPHRASE), so nothing asks for one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("km", "en", "fr")
# The trainer's screenshots: a guide, one of its steps with QR codes, a room of pseudonyms.
TRAINER_GUIDE = "wiretap"
QR_STEP = "install-signal"
SHORT_QR_STEP = "install-linphone"  # short enough for two languages on one screen
PROJECTOR = (1920, 1080)
# Pseudonym and how many of the guide's first steps that person has done (plus a few gaps).
PEOPLE = {"Dara": 14, "Sok": 9, "Mealea": 17, "Vanna": 5}
SKIPPED = {("Mealea", 3), ("Dara", 6), ("Sok", 2)}  # nobody does every step in order
HANDOUT_DPI = 80


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=Path, help="folder of guides (default: the bundled guides)")
    parser.add_argument("--out", type=Path, default=HERE, help="where to write the PNG files")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="karpear-shots-"))
    os.environ["KARPEAR_DATA_DIR"] = str(folder)
    try:
        return _take(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # a throwaway data folder: nothing to keep


def _take(args: argparse.Namespace, folder: Path) -> int:

    from app.content import LinkVerdict
    from app.store.keychain import Keychain
    from app.store.settings import FONT_SIZE_DEFAULT, FONT_SIZE_MAX
    from app.store.vault import PASSPHRASE_ENV, Vault
    from app.ui import theme
    from app.ui.i18n_build import ensure_compiled
    from app.ui.link_dialog import RefusedLinkDialog
    from app.ui.main import MainWindow, create_application
    from app.ui.session import Session

    os.environ.setdefault(PASSPHRASE_ENV, "screenshots only")  # the throwaway folder's key: nothing asks
    app = create_application(sys.argv[:1])
    ensure_compiled()
    # Never the real keyring: the throwaway passphrase protects the throwaway folder.
    session = Session.open(args.guides, folder, Vault.open(folder, Keychain(object(), system=False)))
    window = MainWindow(session)
    window.resize(1280, 840)
    window.show()
    guide = session.library.guide(window.guide_id, "en")
    for step in guide.steps[:3]:  # some progress, so the bars show something
        session.progress.set_done(guide.id, step.id, True, step.revision)

    def settle() -> None:
        window.guide_view.cards  # noqa: B018 - builds every card now, not in the background
        for _ in range(50):  # layouts settle over a few turns of the event loop
            app.processEvents()

    def shoot(name: str, *, language: str, scheme: theme.Scheme, points: int, size=(1280, 840), tools=False):
        window.set_scheme(scheme)
        window.session.settings.font_size = points
        window.set_language(language, save=False)  # applies the size too
        window.resize(*size)
        settle()
        bar = window.guide_view.verticalScrollBar()
        bar.setValue(0)
        if tools:  # the first step that recommends tools, from its title
            step = next(card for card in window.guide_view.cards if card.tool_cards)
            bar.setValue(step.mapTo(window.guide_view.widget(), step.rect().topLeft()).y() - 16)
        settle()
        window.grab().save(str(args.out / f"{name}.png"))

    args.out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for scheme, suffix in ((theme.LIGHT, ""), (theme.DARK, "-dark")):
            shoot(f"main-{language}{suffix}", language=language, scheme=scheme, points=FONT_SIZE_DEFAULT)
            shoot(f"main-{language}{suffix}-large", language=language, scheme=scheme, points=FONT_SIZE_MAX)
    shoot("tools-en", language="en", scheme=theme.LIGHT, points=FONT_SIZE_DEFAULT, tools=True)
    shoot("tools-km-dark", language="km", scheme=theme.DARK, points=FONT_SIZE_DEFAULT, tools=True)
    shoot("small-laptop", language="fr", scheme=theme.LIGHT, points=16, size=(1280, 720))
    shoot("narrow", language="km", scheme=theme.LIGHT, points=FONT_SIZE_DEFAULT, size=(700, 720))
    # Every guide in Khmer, as it opens (Khmer wrapping is what goes wrong first).
    for guide_id in session.library.guide_ids:
        window.select_guide(guide_id)
        shoot(f"guide-{guide_id}-km", language="km", scheme=theme.LIGHT, points=FONT_SIZE_DEFAULT)
    window.select_guide(guide.id)

    window.resize(1280, 840)
    shoot("_reset", language="en", scheme=theme.LIGHT, points=FONT_SIZE_DEFAULT)
    (args.out / "_reset.png").unlink()
    tool, link = _first_verified_link(session)
    dialog = window.gate.offer_tool_link(tool, link)
    settle()
    dialog.grab().save(str(args.out / "link-dialog.png"))
    dialog.reject()
    refused = RefusedLinkDialog(
        window, LinkVerdict("https://signal.org.evil.example/download", False, "", "signal.org.evil.example")
    )
    refused.show()
    settle()
    refused.grab().save(str(args.out / "link-refused.png"))
    refused.reject()

    window.select_guide(TRAINER_GUIDE)
    window.set_language("km", save=False)  # presentation and group windows follow the window's language
    trainer_shots = [
        _presentation_shot(window, settle, args.out / "present-km.png", QR_STEP),
        _presentation_shot(window, settle, args.out / "present-km-fr.png", SHORT_QR_STEP, second="fr"),
        _group_shot(window, settle, args.out / "group-grid.png"),
        _handout_shot(session.library, args.out / "handout-km.png", language="km"),
        _handout_dialog_shot(window, settle, args.out / "handout-dialog-km.png"),
        _preview_shot(settle, args.out / "translate-preview-km.png"),
        _verify_shot(window, settle, args.out / "verify-km.png"),
    ]
    for path in trainer_shots:  # 1920×1080 grabs: 256 colours halve them, text and QR codes unharmed
        subprocess.run(["convert", str(path), "-strip", "-colors", "256", f"PNG8:{path}"], check=True)
    print(f"screenshots written to {args.out}")
    return 0


def _presentation_shot(window, settle, path: Path, step_id: str, second: str | None = None) -> Path:
    """Presentation mode (F5) on a step with QR codes, as a 1080p projector shows it."""
    presentation = window.present(second=second)
    presentation.showNormal()  # the size of a projector, whatever the size of this screen
    presentation.setGeometry(0, 0, *PROJECTOR)
    presentation.show_step([step.id for step in presentation.steps].index(step_id))
    settle()
    presentation.grab().save(str(path))
    presentation.close()
    settle()
    return path


def _group_shot(window, settle, path: Path) -> Path:
    """A group session (Ctrl+G) part way through: four pseudonyms, ticks, totals."""
    group = window.open_group()
    group.new_name.setText("Battambang")
    group.create_session()
    for person in PEOPLE:
        group.pseudonym.setText(person)
        group.add_person()
    steps = [step.id for step in group.guide.steps]
    for person, done in PEOPLE.items():
        for position, step_id in enumerate(steps[:done]):
            if (person, position) not in SKIPPED:
                group.tick(person, step_id)
    group.resize(1280, 840)
    settle()
    group.grab().save(str(path))
    group.close()
    return path


def _handout_shot(library, path: Path, language: str) -> Path:
    """The first page with QR codes of a printed handout (`karpear export --pdf`)."""
    from app.ui.handout import export_handout  # noqa: PLC0415 - after the application exists

    with tempfile.TemporaryDirectory(prefix="karpear-handout-") as temp:
        pdf = Path(temp) / "handout.pdf"
        export_handout(library, TRAINER_GUIDE, [language], pdf, "a4")
        images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
        pages = [int(line.split()[0]) for line in images.stdout.splitlines()[2:]]  # after the two header lines
        page = str(min(pages, default=1))
        stem = Path(temp) / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(HANDOUT_DPI), "-png", "-f", page, "-l", page, "-singlefile", str(pdf), str(stem)],
            check=True,
        )
        stem.with_suffix(".png").replace(path)
    return path


def _handout_dialog_shot(window, settle, path: Path) -> Path:
    """Karpear > Print a handout… (Ctrl+P), in the window's language."""
    dialog = window.print_handout()
    settle()
    dialog.grab().save(str(path))
    dialog.reject()
    return path


def _verify_shot(window, settle, path: Path) -> Path:
    """Check an installer…: the verdict on a file named like Signal's APK that is no APK at all."""
    with tempfile.TemporaryDirectory(prefix="karpear-verify-") as temp:
        download = Path(temp) / "Signal-Android-website-prod-universal-release.apk"
        download.write_bytes(bytes(range(256)) * 4096)  # the same checksum on every run
        panel = window.check_installer(download)
        while panel.report is None:
            settle()
        settle()
        panel.grab().save(str(path))
        panel.accept()
    return path


def _preview_shot(settle, path: Path) -> Path:
    """`karpear --translate km` on a copy where one English text changed and one Khmer text is missing."""
    from app.resources import guides_dir  # noqa: PLC0415
    from app.ui.translate_preview import TranslatePreview  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="karpear-preview-") as temp:
        root = Path(temp) / "guides"
        shutil.copytree(guides_dir(), root)
        english = root / TRAINER_GUIDE / "en.yaml"
        english.write_text(english.read_text(encoding="utf-8").replace("Protect your", "Protect all your", 1))
        khmer = root / TRAINER_GUIDE / "km.yaml"
        lines = khmer.read_text(encoding="utf-8").splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("guide.summary:"))
        end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))
        khmer.write_text("\n".join([*lines[:start], "guide.summary: ''", *lines[end:]]) + "\n", encoding="utf-8")
        preview = TranslatePreview(root, "km")
        preview.resize(1280, 840)
        preview.show()
        settle()
        preview.grab().save(str(path))
        preview.close()
    return path


def _first_verified_link(session):
    """A link that shows everything the dialog can: preferably one with verification data."""
    catalogue = session.library.catalogue("en")
    links = [(tool, link) for tool in catalogue.tools for link in tool.links]
    return next(((t, link) for t, link in links if link.verify.cert_sha256), links[0])


if __name__ == "__main__":
    sys.exit(main())
