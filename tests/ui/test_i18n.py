"""Translation files: complete, placeholders intact, Khmer segmented, in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.content import khmer
from app.resources import i18n_dir
from app.ui.i18n import Translations, arg, translate, ui_languages
from app.ui.i18n_build import compile_translations, stale_sources

UI_SOURCES = sorted((Path(__file__).resolve().parents[2] / "app" / "ui").glob("*.py"))
TS_FILES = sorted(i18n_dir().glob("karpear_*.ts"))
PLACEHOLDER = re.compile(r"%\d")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_language_has_a_translation_file():
    assert {ts.stem.removeprefix("karpear_") for ts in TS_FILES} == {"fr", "km"}
    assert ui_languages() == ("en", "fr", "km")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated_with_its_placeholders(ts):
    for (context, source), translation in _messages(ts).items():
        where = f"{ts.name} {context}: {source!r}"
        assert translation is not None and translation.get("type") not in ("unfinished", "obsolete"), where
        assert (translation.text or "").strip(), where
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), where


def test_khmer_strings_are_khmer_and_carry_word_breaks():
    for (context, source), translation in _messages(i18n_dir() / "karpear_km.ts").items():
        text = translation.text
        where = f"{context}: {source!r}"
        if re.search(r"[a-z]{3,}", source.replace("%1", "")) and source not in ("macOS", "iPhone"):
            assert not khmer.looks_untranslated(text) or text == source, where
        assert not khmer.long_unbroken_runs(text), where


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not Path(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate").exists(),
    reason="no lupdate",
)
def test_translation_files_list_every_string_of_the_code(tmp_path):
    """Run lupdate on app/ui: its strings must be exactly those of the .ts files (none missing, none stale)."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate"
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *map(str, UI_SOURCES), "-ts", str(fresh)], check=True, capture_output=True)
    expected = set(_messages(fresh))
    for ts in TS_FILES:
        assert set(_messages(ts)) == expected, f"{ts.name} is out of date: run pyside6-lupdate (see i18n_build.py)"


def test_compiles_and_switches_languages(qapp, tmp_path):
    for ts in TS_FILES:
        shutil.copy(ts, tmp_path / ts.name)
    assert {p.name for p in stale_sources(tmp_path)} == {ts.name for ts in TS_FILES}
    written = compile_translations(tmp_path)
    assert {p.name for p in written} == {"karpear_fr.qm", "karpear_km.qm"}
    assert stale_sources(tmp_path) == []
    translations = Translations(tmp_path)
    try:
        assert translations.switch("fr")
        assert translate("StepCard", "Got it") == "Compris"
        assert translations.switch("km")
        assert khmer.has_khmer(translate("StepCard", "Got it"))
        assert not translations.switch("xx")  # no such file: English, and says so
        assert translate("StepCard", "Got it") == "Got it"
    finally:
        translations.switch("en")


def test_arg_fills_placeholders_once():
    assert arg("%1 of %2", 3, 12) == "3 of 12"
    assert arg("%2 then %1", "a", "%2") == "%2 then a"
