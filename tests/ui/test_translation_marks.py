"""What a reader sees of a translation's state: outdated texts marked, a new language in the menu."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.content.khmer import has_khmer
from app.resources import i18n_dir
from app.ui.i18n import Translations
from app.ui.i18n_build import compile_translations
from app.ui.text import Tag

from .helpers import card

ENGLISH_FILE = Path("testguide") / "en.yaml"
BODY = '"Install Signal from an official source.'


def tags_of(widget) -> list[str]:
    return [tag.text() for tag in widget.findChildren(Tag)]


def test_a_translation_of_an_older_english_is_shown_marked_outdated(make_window, guides):
    english = guides / ENGLISH_FILE
    english.write_text(english.read_text(encoding="utf-8").replace(BODY, BODY + " Then open it."), encoding="utf-8")
    window = make_window(language="fr", root=guides)
    changed = card(window, "install-signal")
    assert changed.step.body.outdated and not changed.step.body.fallback
    assert "Traduction à mettre à jour" in tags_of(changed)  # French shown, and said to be behind the English
    assert "Traduction à mettre à jour" not in tags_of(card(window, "operator"))
    window.set_language("km")
    assert any(has_khmer(text) and "បច្ចុប្បន្នភាព" in text for text in tags_of(card(window, "install-signal")))


def test_a_new_language_is_in_the_menu_under_its_name_and_says_its_interface_is_english(
    make_window, guides, tmp_path, capsys
):
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "karpear_fr.ts").write_bytes((i18n_dir() / "karpear_fr.ts").read_bytes())
    assert main(["translate", "new", "xx", "--name", "Ekzemplo", "--guides", str(guides), "--ui", str(ui)]) == 0
    capsys.readouterr()
    window = make_window(language="en", root=guides)
    action = next(a for a in window.language_menu.actions() if a.text() == "Ekzemplo")
    action.trigger()
    assert window.language == "xx"
    assert "not yet translated into this language" in window.banners["translation"].text()
    install = card(window, "install-signal")
    assert install.title.plain_text() == "Install Signal"  # the English, marked as not yet translated
    assert "Not yet translated: shown in English" in tags_of(install)


def test_an_interface_translation_with_no_message_translated_yet_is_not_used(qapp, guides, tmp_path, capsys):
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "karpear_fr.ts").write_bytes((i18n_dir() / "karpear_fr.ts").read_bytes())
    assert main(["translate", "new", "xx", "--guides", str(guides), "--ui", str(ui)]) == 0
    compile_translations(ui)
    translations = Translations(ui)
    try:
        assert not translations.switch("xx")  # the window says the interface is not yet translated
        assert translations.switch("fr")
    finally:
        translations.switch("en")
