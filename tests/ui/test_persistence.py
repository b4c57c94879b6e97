"""What survives a restart, and what happens when stored data is damaged or the content is."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.content.khmer import has_khmer
from app.ui.guide_view import progress_text
from app.ui.i18n import system_language, translate

from .helpers import card, open_updated_step, progress, step_ids
from .sample_guides import KHMER_INSTALL_TITLE


def test_restart_keeps_progress_language_and_filter(make_window):
    window = make_window()
    card(window, "operator").checkbox.click()
    window.set_language("km")
    window.platform_combo.setCurrentIndex(window.platform_combo.findData("android"))
    window.close()

    again = make_window(language=None, guide=None)  # same data folder, nothing preset
    assert again.language == "km"
    assert card(again, "install-signal").title.plain_text() == KHMER_INSTALL_TITLE
    assert again.platform_combo.currentData() == "android"
    assert "iphone-only" not in step_ids(again)
    assert card(again, "operator").is_done
    assert progress(again) == progress_text(1, 5)
    assert has_khmer(progress(again))


def test_corrupt_progress_is_moved_aside_and_the_window_opens(make_window, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.json").write_bytes(b'{"schema": 1, "guides": {"testguide": [1, 2')
    window = make_window()
    report = window.session.progress_report
    assert not report.ok and report.quarantined_to is not None and report.quarantined_to.exists()
    assert not (data_dir / "progress.json").exists()
    banner = window.banners["progress"]
    assert banner.isVisible() and str(report.quarantined_to) in banner.text()
    assert progress(window) == progress_text(0, 6)
    card(window, "operator").checkbox.click()  # and progress is saved again
    assert (data_dir / "progress.json").exists()


def test_corrupt_progress_message_is_translated(make_window, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.json").write_bytes(b"\xff\xfe not json")
    window = make_window(language="km")
    assert has_khmer(window.banners["progress"].text())
    window.set_language("en")
    assert not has_khmer(window.banners["progress"].text())  # follows the language switch


def test_dismissing_a_notice(make_window, data_dir, qtbot):
    from PySide6.QtWidgets import QPushButton

    from .helpers import click

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.json").write_text("[]")
    window = make_window()
    click(qtbot, window.banners["progress"].findChild(QPushButton))
    qtbot.waitUntil(lambda: "progress" not in window.banners)


def test_broken_content_still_opens_with_a_message(make_window, guides):
    window = make_window()
    assert window.session.library.errors  # the sample's malicious links are content errors
    assert "content" in window.banners and window.banners["content"].isVisible()
    assert step_ids(window)  # the guides that loaded are there


def test_clean_content_shows_no_content_message(make_window, clean_guides):
    window = make_window(root=clean_guides)
    assert not window.session.library.errors
    assert "content" not in window.banners


def test_a_guide_that_fails_to_load_is_left_out(make_window, guides):
    (guides / "backups" / "guide.yaml").write_text("schema: 1\nid: [not, an, id]\n", encoding="utf-8")
    window = make_window()
    assert set(window.guide_list.tiles) == {"testguide"}
    assert "content" in window.banners


def test_first_run_follows_the_system_language(make_window, monkeypatch):
    import app.ui.main as main

    monkeypatch.setattr(main, "system_language", lambda available: "fr")
    window = make_window(language=None)
    assert window.language == "fr"
    assert window.session.settings.language is None  # not stored until the person chooses


def test_system_language_falls_back_to_english():
    available = ["en", "fr", "km"]
    assert system_language(available, QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia)) == "km"
    assert system_language(available, QLocale(QLocale.Language.French, QLocale.Country.France)) == "fr"
    assert system_language(available, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"


def test_a_tick_that_cannot_be_saved_is_undone_and_said(make_window, monkeypatch):
    window = make_window()

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.session.progress, "set_done", disk_full)
    box = card(window, "operator").checkbox
    box.click()
    assert not box.isChecked()  # the box shows what is really saved
    assert "save" in window.banners
    assert window.banners["save"].text() == translate(
        "MainWindow", "Your last change could not be saved: the disk is full. Free some space, then try again."
    )
    assert progress(window) == progress_text(0, 6)


def test_corrupt_settings_are_moved_aside_with_a_message(make_window, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text('{"schema": 1, "font_size": "huge"}')
    window = make_window(language=None, guide=None)
    assert "settings" in window.banners
    assert window.session.settings_report.quarantined_to.exists()


def test_an_untick_that_cannot_be_saved_keeps_the_update_notice(make_window, data_dir, monkeypatch):
    window, step = open_updated_step(make_window, data_dir)

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.session.progress, "set_done", disk_full)
    step.checkbox.click()
    assert step.is_done  # still ticked, as saved...
    assert step.shows_review_notice  # ...and still marked as changed since
    assert "save" in window.banners
