"""Every shipped language file goes through a translation platform unchanged, offering only texts.

Weblate reads and writes monolingual YAML with translate-toolkit: `yaml2po -t en.yaml -i km.yaml`
is what it offers a translator, `po2yaml -t en.yaml` what it commits back. Both run here on every
language file, as the component described in docs/weblate.md would.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from translate.convert import po2yaml, yaml2po
from translate.storage import po

from app.content import load_library
from app.content.loader import LANGUAGE_CODE
from app.content.sources import GUIDE_FILE
from app.resources import guides_dir

# docs/weblate.md: the component's file mask is <folder>/*.yaml, its language filter this.
LANGUAGE_FILTER = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
FOLDERS = sorted(p for p in guides_dir().iterdir() if p.is_dir() and not p.name.startswith("."))


def hosted_files(folder: Path) -> list[Path]:
    """What the Weblate component of `folder` finds: its file mask, then its language filter."""
    return [p for p in sorted(folder.glob("*.yaml")) if LANGUAGE_FILTER.match(p.stem)]


LANGUAGE_FILES = [file for folder in FOLDERS for file in hosted_files(folder)]


def round_trip(file: Path) -> tuple[list[po.pounit], bytes]:
    """The PO units a platform offers for `file`, and the file it writes back from them."""
    template = (file.parent / "en.yaml").read_bytes()
    offered = io.BytesIO()
    assert yaml2po.run_converter(io.BytesIO(file.read_bytes()), offered, io.BytesIO(template)) == 1
    written = io.BytesIO()
    assert po2yaml.run_converter(io.BytesIO(offered.getvalue()), written, io.BytesIO(template)) == 1
    units = [unit for unit in po.pofile(io.BytesIO(offered.getvalue())).units if not unit.isheader()]
    return units, written.getvalue()


def test_the_file_mask_finds_the_language_files_and_nothing_else():
    assert LANGUAGE_FILTER.pattern == LANGUAGE_CODE.pattern  # the platform and the loader agree on names
    assert {f.parent.name for f in LANGUAGE_FILES} == {"tools", "wiretap", "accounts", "phone"}
    assert {f.stem for f in LANGUAGE_FILES} == {"en", "fr", "km"}
    assert all(f.name != GUIDE_FILE and f.parent.name != "meta" for f in LANGUAGE_FILES)


@pytest.mark.parametrize("file", LANGUAGE_FILES, ids=lambda f: f"{f.parent.name}/{f.name}")
def test_a_platform_round_trip_changes_no_text_and_offers_only_texts(file):
    units, written = round_trip(file)
    original = yaml.safe_load(file.read_text(encoding="utf-8"))
    english = yaml.safe_load((file.parent / "en.yaml").read_text(encoding="utf-8"))
    # Every unit is one English text to translate: no language code, review status or translator.
    assert sorted(location for unit in units for location in unit.getlocations()) == sorted(english)
    assert all(unit.source == english[unit.getlocations()[0]] for unit in units)
    assert yaml.safe_load(written.decode("utf-8")) == original


def test_the_outdated_records_survive_a_platform_round_trip(tmp_path):
    """The records live beside the hosted files: after every file comes back from the platform, nothing is
    outdated and every text reads the same."""
    root = Path(shutil.copytree(guides_dir(), tmp_path / "guides", ignore=shutil.ignore_patterns(".karpear-*")))
    for file in LANGUAGE_FILES:
        (root / file.parent.name / file.name).write_bytes(round_trip(file)[1])
    before, after = load_library(), load_library(root)
    assert not after.errors
    assert [row.outdated_keys for row in after.coverage()] == [() for _ in before.coverage()]
    for language in before.languages:
        for guide_id in before.guide_ids:
            assert after.guide(guide_id, language).texts == before.guide(guide_id, language).texts
