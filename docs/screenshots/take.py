"""Take the screenshots in docs/screenshots from the real window and the real guides.

Run under a display (an X server, or Xvfb):

    xvfb-run -s "-screen 0 1366x900x24" .venv/bin/python docs/screenshots/take.py

Writes, next to this script, for each language (km, en, fr):
main-<lang>.png (light, default text size), main-<lang>-dark.png,
main-<lang>-large.png and main-<lang>-dark-large.png (the largest text size);
then tools-en.png and tools-km-dark.png (a step's tools), small-laptop.png
(1280×720, French, large text), narrow.png (700 px wide, Khmer),
guide-<id>-km.png for every guide, link-dialog.png and link-refused.png.
Progress goes to a throwaway folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("km", "en", "fr")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=Path, help="folder of guides (default: the bundled guides)")
    parser.add_argument("--out", type=Path, default=HERE, help="where to write the PNG files")
    args = parser.parse_args(argv)
    os.environ["KARPEAR_DATA_DIR"] = tempfile.mkdtemp(prefix="karpear-shots-")

    from app.content import LinkVerdict
    from app.store.settings import FONT_SIZE_DEFAULT, FONT_SIZE_MAX
    from app.ui import theme
    from app.ui.i18n_build import ensure_compiled
    from app.ui.link_dialog import RefusedLinkDialog
    from app.ui.main import MainWindow, create_application
    from app.ui.session import Session

    app = create_application(sys.argv[:1])
    ensure_compiled()
    session = Session.open(args.guides)
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
    print(f"screenshots written to {args.out}")
    return 0


def _first_verified_link(session):
    """A link that shows everything the dialog can: preferably one with verification data."""
    catalogue = session.library.catalogue("en")
    links = [(tool, link) for tool in catalogue.tools for link in tool.links]
    return next(((t, link) for t, link in links if link.verify.cert_sha256), links[0])


if __name__ == "__main__":
    sys.exit(main())
