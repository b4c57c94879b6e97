"""A translator edits YAML under a running preview and sees the result without a restart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.translate_preview import Flag, TranslatePreview

from .helpers import ROOT, run_karpear_python

SHIPPED = ROOT / "resources" / "guides"
FR_TITLE = "guide.title: Protégez vos appels et vos messages contre les écoutes"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "guides"
    shutil.copytree(SHIPPED, copy)
    return copy


@pytest.fixture
def preview(qtbot, qapp, folder: Path):
    from app.ui.main import create_application

    create_application()
    window = TranslatePreview(folder, "fr")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def row(preview: TranslatePreview, key: str):
    return next(r for r in preview.rows if r.key == key)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_each_text_is_shown_beside_its_english_source(preview) -> None:
    assert preview.guide_combo.currentData() == "wiretap"
    title = row(preview, "guide.title")
    assert title.english == "Protect your calls and messages from wiretapping"
    assert title.translation.value == "Protégez vos appels et vos messages contre les écoutes"
    assert title.flags == ()
    # Every step's title and body has a row, in the guide's order.
    keys = [r.key for r in preview.rows]
    assert keys[:2] == ["guide.title", "guide.summary"] and len(keys) == len(set(keys)) > 40
    assert preview.review_notice.isVisible()  # French is a draft: the preview says it is not reviewed


def test_a_saved_edit_shows_without_a_restart_and_keeps_the_place(preview, qtbot, folder: Path) -> None:
    keys = [r.key for r in preview.rows]
    middle = keys[len(keys) // 2]
    qtbot.waitUntil(lambda: preview.cards[middle].geometry().top() > 0)
    preview.scroll_to(middle)
    qtbot.waitUntil(lambda: preview.top_key() == middle)
    edit(folder / "wiretap" / "fr.yaml", FR_TITLE, "guide.title: Un titre changé dans l'éditeur")
    qtbot.waitUntil(lambda: row(preview, "guide.title").translation.value == "Un titre changé dans l'éditeur")
    qtbot.waitUntil(lambda: preview.top_key() == middle)


def test_a_text_emptied_is_flagged_missing_and_counted(preview, qtbot, folder: Path) -> None:
    edit(folder / "wiretap" / "fr.yaml", FR_TITLE, "guide.title: ''")
    qtbot.waitUntil(lambda: row(preview, "guide.title").flags == (Flag.MISSING,))
    assert row(preview, "guide.title").translation.value == row(preview, "guide.title").english
    assert "1 missing" in preview.summary.plain_text()


def test_broken_yaml_shows_its_line_in_the_problems_panel_instead_of_failing(preview, qtbot, folder: Path) -> None:
    fr = folder / "wiretap" / "fr.yaml"
    lines = fr.read_text(encoding="utf-8").splitlines()
    broken_line = next(i for i, line in enumerate(lines, start=1) if line.startswith("guide.title:"))
    lines[broken_line - 1] = "guide.title: Protégez: vos appels"  # a second unquoted colon
    fr.write_text("\n".join(lines) + "\n", encoding="utf-8")
    qtbot.waitUntil(lambda: preview.problems.isVisible())
    assert f"wiretap/fr.yaml, line {broken_line}" in preview.problems.plain_text()
    assert preview.rows and preview.isVisible()  # the texts are still there to read
    # Fixed again: the panel goes.
    lines[broken_line - 1] = FR_TITLE
    fr.write_text("\n".join(lines) + "\n", encoding="utf-8")
    qtbot.waitUntil(lambda: not preview.problems.isVisible())


def test_the_catalogue_texts_have_their_own_page(preview) -> None:
    preview.guide_combo.setCurrentIndex(preview.guide_combo.findData("tools"))
    signal = row(preview, "tool.signal.reason")
    assert signal.english and signal.translation.value and signal.english != signal.translation.value


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    result = run_karpear_python("-m", "app", "--translate", "kh", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "no language 'kh'" in result.stderr and "karpear translate new" in result.stderr


def test_an_english_text_changed_flags_its_translation_outdated_until_confirmed(preview, qtbot, folder: Path) -> None:
    edit(folder / "wiretap" / "en.yaml", "guide.title: Protect your calls", "guide.title: Protect all your calls")
    qtbot.waitUntil(lambda: row(preview, "guide.title").flags == (Flag.OUTDATED,))
    assert row(preview, "guide.title").translation.value == "Protégez vos appels et vos messages contre les écoutes"
    assert "1 outdated" in preview.summary.plain_text()
    # The translator checks it and confirms: the record of the English is updated, the flag goes.
    result = run_karpear_python(
        "-m", "app", "translate", "confirm", "fr", "guide.title", "--guide", "wiretap", "--guides", str(folder),
        data_dir=folder.parent / "data",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: row(preview, "guide.title").flags == ())


def test_the_preview_button_confirms_an_outdated_text(preview, qtbot, folder: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    edit(folder / "wiretap" / "en.yaml", "guide.title: Protect your calls", "guide.title: Protect all your calls")
    qtbot.waitUntil(lambda: row(preview, "guide.title").flags == (Flag.OUTDATED,))
    button = next(
        b for b in preview.cards["guide.title"].findChildren(QPushButton) if b.text() == "Still right: confirm"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(preview, "guide.title").flags == ())
    assert "guide.title" in (folder / "wiretap" / "meta" / "fr.yaml").read_text(encoding="utf-8")


def test_only_this_language_and_the_shared_files_report_problems(preview, qtbot, folder: Path) -> None:
    edit(folder / "wiretap" / "km.yaml", "guide.title:", "guide.title: ''\nold.title:")
    edit(folder / "wiretap" / "fr.yaml", FR_TITLE, "guide.title: ''")
    qtbot.waitUntil(lambda: row(preview, "guide.title").flags == (Flag.MISSING,))
    assert "wiretap/fr.yaml" in preview.problems.plain_text()
    assert "km.yaml" not in preview.problems.plain_text()  # the Khmer translator's, not the French one's
