"""`karpear --self-test`: proves that a build works, without a display and without the person's data.

Builds the real main window offscreen, shows every guide in every language,
renders every step, checks that every link shown passes the link policy and
that the link dialog (QR code included) builds, toggles one step and restores
it in a throwaway data folder (encrypted with a throwaway key that never reaches
the keyring), then prints one line and exits 0; on any failure
it prints the reason and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_FAILED = 0, 1


class SelfTestFailure(Exception):
    pass


def run_self_test(guides: Path | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        with throwaway_data_folder("karpear-self-test-") as data:
            summary = _run(guides, data)
    except SelfTestFailure as exc:
        print(f"self-test FAILED: {exc}", file=out)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - any crash is a failed self-test, reported in one line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=out)
        return EXIT_FAILED
    print(summary, file=out)
    return EXIT_OK


@contextmanager
def throwaway_data_folder(prefix: str) -> Iterator[Path]:
    """Offscreen unless a platform is named, with KARPEAR_DATA_DIR in a temporary folder: never the person's data."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous = os.environ.get("KARPEAR_DATA_DIR")
    try:
        with tempfile.TemporaryDirectory(prefix=prefix) as data:
            os.environ["KARPEAR_DATA_DIR"] = data
            yield Path(data)
    finally:
        if previous is None:
            os.environ.pop("KARPEAR_DATA_DIR", None)
        else:
            os.environ["KARPEAR_DATA_DIR"] = previous


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _run(guides: Path | None, data: Path) -> str:
    from app.resources import is_frozen
    from app.store import Vault
    from app.ui import fonts
    from app.ui.i18n import ENGLISH, translate, ui_languages
    from app.ui.main import MainWindow, create_application, quiet_offscreen_platform
    from app.ui.session import Session

    app = create_application(sys.argv[:1])
    quiet_offscreen_platform()
    if not is_frozen():
        from app.ui.i18n_build import compile_for_checkout

        compile_for_checkout()
    _check(fonts.register_khmer_font(), "the Khmer font (Noto Sans Khmer) could not be loaded")
    session = Session.open(guides, data, Vault.throwaway(data))
    library = session.library
    _check(not library.errors, f"{len(library.errors)} content error(s), first: {_first_error(library)}")
    _check(library.guide_ids, "no guide was loaded")

    window = MainWindow(session)
    window.show()
    app.processEvents()
    steps = links = 0
    for language in window.languages:
        window.set_language(language, save=False)
        if language != ENGLISH and language in ui_languages():
            # A known string must come out translated: proves the .qm files are bundled and load.
            _check(
                translate("MainWindow", "Next step") != "Next step",
                f"the interface translation for '{language}' did not load",
            )
        for guide_id in library.guide_ids:
            window.select_guide(guide_id)
            view = window.guide_view
            guide = view.guide
            _check(guide is not None and guide.language == language, f"guide '{guide_id}' not shown in {language}")
            cards = view.cards
            _check(
                [c.step.id for c in cards] == [s.id for s in guide.visible_steps(session.platform)],
                f"guide '{guide_id}' in {language}: not every step has a card",
            )
            for card in cards:
                _check(not card.grab().isNull(), f"step '{card.step.id}' in {language} could not be drawn")
                links += _check_links(library, guide_id, card) if language == ENGLISH else 0
            steps += len(cards) if language == ENGLISH else 0
        app.processEvents()

    _check_link_dialog(window, library)
    from app.verify.check import readers_missing  # the APK and Authenticode readers and their data files

    _check(readers_missing() is None, f"installers cannot be checked: {readers_missing()}")
    _toggle_and_restore(window, session)
    window.close()
    guides_text = f"{len(library.guide_ids)} guide" + ("s" if len(library.guide_ids) != 1 else "")
    return f"self-test ok: {guides_text}, {len(window.languages)} languages, {steps} steps, {links} links"


def _first_error(library) -> str:
    return library.errors[0].format() if library.errors else ""


def _check_links(library, guide_id: str, card) -> int:
    """Every link a step shows must pass the link policy; returns how many there are."""
    from app.content.links import email_address

    count = 0
    for tool_card in card.tool_cards:
        for link, _button in tool_card.link_buttons:
            verdict = library.check_tool_link(tool_card.tool.id, link.url)
            _check(verdict.allowed, f"{tool_card.tool.name}: {link.url} refused ({verdict.reason})")
            count += 1
    for href in card.body.hrefs():
        count += 1
        if email_address(href):
            continue  # shown to copy, never opened
        verdict = library.check_step_link(guide_id, card.step.id, href)
        _check(verdict.allowed, f"step '{card.step.id}': {href} refused ({verdict.reason})")
    return count


def _check_link_dialog(window, library) -> None:
    """The link dialog and its QR code build (segno is bundled)."""
    tool = next((t for t in library.catalogue("en").tools if t.links), None)
    if tool is None:
        return
    dialog = window.gate.offer_tool_link(tool, tool.links[0])
    _check(not dialog.qr_label.pixmap().isNull(), "the QR code of a link could not be drawn")
    _check(dialog.url_view.plain_text() == tool.links[0].url, "the link dialog does not show the exact address")
    dialog.reject()
    refused = window.gate.offer_step_link(library.guide_ids[0], None, "javascript:alert(1)")
    _check(not hasattr(refused, "open_button"), "a javascript: link was offered for opening")
    refused.reject()


def _toggle_and_restore(window, session) -> None:
    """A tick is saved encrypted (its step id nowhere in clear), and an untick too."""
    from app.store import PROGRESS_FILE, EncryptedStorage, ProgressStore

    storage = EncryptedStorage(session.vault.folder / PROGRESS_FILE, session.vault)
    guide_id = window.guide_id
    card = window.guide_view.cards[0]
    before = card.is_done
    card.checkbox.click()
    reopened, _report = ProgressStore.open(backend=storage)
    _check(reopened.is_done(guide_id, card.step.id) != before, "ticking a step was not saved")
    _check(card.step.id.encode() not in storage.path.read_bytes(), "progress was saved unencrypted")
    card.checkbox.click()
    reopened, _report = ProgressStore.open(backend=storage)
    _check(reopened.is_done(guide_id, card.step.id) == before, "unticking a step was not saved")
