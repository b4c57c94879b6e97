"""What the window says when stored data cannot be used or a change cannot be saved."""

from __future__ import annotations

import errno
import json
import os

import pytest

from app.content.khmer import has_khmer
from app.store import document
from app.ui.guide_view import progress_text
from app.ui.i18n import translate

from .helpers import card, opened, progress, stored_progress

CAUSES = {
    "read-only": (errno.EROFS, "read-only"),
    "disk full": (errno.ENOSPC, "the disk is full"),
    "permission": (errno.EACCES, "refused access"),
    "other": (errno.EIO, "unexpected error"),
}


def fail_every_write(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """The store's real write path, failing at the rename the way the system would."""

    def refuse(source, _target):
        raise OSError(code, os.strerror(code), str(source))  # names the temp file, as the system does

    monkeypatch.setattr(os, "replace", refuse)


def save_banner_texts(window) -> list[str]:
    return [banner.text() for banner in window.banners.values() if "could not be saved" in banner.text()]


@pytest.mark.parametrize(("code", "advice"), CAUSES.values(), ids=CAUSES.keys())
def test_a_failed_tick_is_undone_and_explained_by_its_cause(make_window, monkeypatch, data_dir, code, advice):
    window = make_window()
    fail_every_write(monkeypatch, code)
    box = card(window, "operator").checkbox
    box.click()
    assert not box.isChecked()
    assert progress(window) == progress_text(0, 6)
    text = window.banners["save"].text()
    assert advice in text
    assert "Errno" not in text and ".tmp" not in text and os.strerror(code) not in text
    if code in (errno.EROFS, errno.EACCES):
        assert str(data_dir) in text  # the folder the advice is about


def test_a_failed_tick_and_a_failed_setting_make_one_banner(make_window, monkeypatch):
    window = make_window()
    fail_every_write(monkeypatch, errno.EROFS)
    card(window, "operator").checkbox.click()
    window.platform_combo.setCurrentIndex(window.platform_combo.findData("android"))
    window.change_font_size(+1)
    assert len(save_banner_texts(window)) == 1


def test_save_advice_is_in_the_persons_language(make_window, monkeypatch):
    window = make_window(language="km")
    fail_every_write(monkeypatch, errno.ENOSPC)
    card(window, "operator").checkbox.click()
    assert has_khmer(window.banners["save"].text())
    window.set_language("fr")
    assert "le disque est plein" in window.banners["save"].text()


def test_any_exception_while_saving_undoes_the_tick_and_says_so(make_window, monkeypatch):
    window = make_window()

    def broken(_doc):
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(document, "encode", broken)
    box = card(window, "operator").checkbox
    box.click()
    assert not box.isChecked()
    assert "unexpected error" in window.banners["save"].text()


def test_a_file_that_could_not_be_saved_again_is_moved_aside_at_start(make_window, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.json").write_bytes(b'{"schema":1,"note":"\\ud800","guides":{}}')
    window = make_window()
    moved = window.session.progress_report.quarantined_to
    assert moved is not None and moved.exists()
    assert "damaged" in window.banners["progress"].text() and str(moved) in window.banners["progress"].text()
    box = card(window, "operator").checkbox
    box.click()  # and ticks are saved, no silent failure
    assert box.isChecked() and "save" not in window.banners
    assert stored_progress(data_dir).is_done("testguide", "operator")


@pytest.mark.parametrize("what", ["progress", "settings"])
def test_a_file_from_a_newer_version_is_said_to_be_moved_aside_not_damaged(make_window, data_dir, what):
    data_dir.mkdir(parents=True, exist_ok=True)
    future = json.dumps({"schema": 7, "guides": {}, "language": "fr"}).encode()
    (data_dir / f"{what}.json").write_bytes(future)
    window = make_window(language=None, guide=None) if what == "settings" else make_window()
    report = getattr(window.session, f"{what}_report")
    text = window.banners[what].text()
    assert "newer version" in text
    assert "damaged" not in text and "kept unchanged" not in text
    assert "%1" not in text and str(report.quarantined_to) in text  # says where it went
    assert opened(report.quarantined_to, data_dir) == future  # and it is there, untouched (and encrypted)


def test_newer_version_message_in_french(make_window, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "progress.json").write_text('{"schema": 7}')
    window = make_window(language="fr")
    expected = translate("MainWindow", "The file was moved aside, unchanged, to: %1").replace(
        "%1", str(window.session.progress_report.quarantined_to)
    )
    assert expected.startswith("Le fichier a été mis de côté")
    assert expected in window.banners["progress"].text()


def test_a_progress_file_damaged_by_another_program_while_open_is_moved_aside_and_said(make_window, data_dir):
    window = make_window()
    card(window, "operator").checkbox.click()
    (data_dir / "progress.json").write_bytes(b"\x00 overwritten by something else")
    card(window, "iphone-only").checkbox.click()
    moved = sorted(data_dir.glob("progress.json.corrupt-*"))
    assert [p.read_bytes() for p in moved] == [b"\x00 overwritten by something else"]  # nothing lost
    text = window.banners["progress"].text()
    assert "changed by another program" in text and str(moved[0]) in text
    saved = stored_progress(data_dir).done_steps("testguide")
    assert saved == {"operator", "iphone-only"}  # what the window showed, saved again
