"""A translator's loop on copies of the shipped guides: outdated texts, confirming them, a new language, status."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from app.cli import main
from app.content import load_library
from app.resources import guides_dir, i18n_dir

STEP = "step.install-signal.body"  # a wiretap text that km and fr both translate


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped guides and of the interface's .ts files (tmp_path/guides, tmp_path/i18n)."""
    shutil.copytree(i18n_dir(), tmp_path / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    return Path(shutil.copytree(guides_dir(), tmp_path / "guides", ignore=shutil.ignore_patterns(".karpear-*")))


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def change_english(root: Path, key: str) -> None:
    """Add a sentence to the English `key` of the wiretap guide, as a maintainer's edit would."""
    english = root / "wiretap" / "en.yaml"
    text = english.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{key}: |"))
    lines.insert(at + 1, "  A new first sentence.\n\n")
    english.write_text("".join(lines), encoding="utf-8")


def test_nothing_shipped_is_outdated(capsys):
    assert all(not row.outdated_keys for row in load_library().coverage())
    code, out, _ = run(capsys, "check")
    assert code == 0 and "outdated" not in out.split("\n\n")[0]


def test_a_changed_english_text_flags_its_translations_outdated_until_confirmed(shipped, capsys):
    change_english(shipped, STEP)

    code, out, _ = run(capsys, "check", shipped)
    assert code == 0  # outdated is a warning: the translation is still shown
    for lang in ("km", "fr"):
        assert f"wiretap/{lang}.yaml:" in out and f"warning: '{STEP}' is outdated: the English changed" in out
        assert f"`karpear translate confirm {lang} {STEP}`" in out
    table = {tuple(line.split()[:2]): line.split() for line in out.splitlines() if line.startswith("wiretap ")}
    assert table[("wiretap", "km")][5] == table[("wiretap", "fr")][5] == "1"  # the coverage table's outdated column
    assert table[("wiretap", "en")][5] == "0"

    library = load_library(shipped)
    for lang in ("km", "fr"):
        body = next(step.body for step in library.guide("wiretap", lang).steps if step.body.key == STEP)
        assert body.outdated and not body.fallback and body.language == lang  # still shown, marked
        assert library.guide("wiretap", lang).outdated_keys == (STEP,)

    code, out, _ = run(capsys, "translate", "status", "--json", "--guides", shipped)
    rows = {(row["guide"], row["language"]): row for row in json.loads(out)["coverage"]}
    assert rows[("wiretap", "km")]["outdated_keys"] == rows[("wiretap", "fr")]["outdated_keys"] == [STEP]
    assert rows[("wiretap", "km")]["outdated"] == 1 and rows[("accounts", "km")]["outdated"] == 0

    code, out, _ = run(capsys, "translate", "confirm", "km", STEP, "--guides", shipped)
    assert code == 0 and "1 text(s) confirmed" in out
    library = load_library(shipped)
    assert library.guide("wiretap", "km").outdated_keys == ()
    assert library.guide("wiretap", "fr").outdated_keys == (STEP,)  # only the confirmed one lost its flag
    assert not [i for i in library.issues if i.path.startswith("wiretap/meta/")]


def test_confirm_all_of_one_guide_and_usage_mistakes(shipped, capsys):
    change_english(shipped, STEP)
    meta = shipped / "wiretap" / "meta" / "fr.yaml"
    before = meta.read_text(encoding="utf-8")
    assert run(capsys, "translate", "confirm", "fr", "guide.title", "--guides", shipped)[0] == 2  # in every guide
    assert run(capsys, "translate", "confirm", "fr", "no.such.key", "--guides", shipped)[0] == 2
    assert run(capsys, "translate", "confirm", "fr", "--guides", shipped)[0] == 2  # neither keys nor --all
    assert run(capsys, "translate", "confirm", "en", "--all", "--guides", shipped)[0] == 2
    assert meta.read_text(encoding="utf-8") == before  # nothing written by a refused command

    code, out, _ = run(capsys, "translate", "confirm", "fr", "--all", "--guide", "wiretap", "--guides", shipped)
    assert code == 0
    after = meta.read_text(encoding="utf-8")
    assert after.split("translated-from:")[0] == before.split("translated-from:")[0]  # comments and review kept
    assert [line for line in after.splitlines() if line not in before.splitlines()] == [
        line for line in after.splitlines() if line.startswith(f"  {STEP}:")
    ]
    assert load_library(shipped).guide("wiretap", "fr").outdated_keys == ()


def test_translate_new_makes_a_language_that_falls_back_to_english_everywhere(shipped, capsys):
    ui = shipped.parent / "i18n"
    code, out, _ = run(capsys, "translate", "new", "xx", "--name", "Ekzemplo", "--guides", shipped, "--ui", ui)
    assert code == 0, out

    library = load_library(shipped)
    assert not library.errors  # empty texts are warnings, never errors
    assert "xx" in library.languages and library.language_name("xx") == "Ekzemplo"
    for guide_id in library.guide_ids:
        guide = library.guide(guide_id, "xx")
        english = library.guide(guide_id, "en")
        assert [t.value for t in guide.texts] == [t.value for t in english.texts]
        assert all(t.fallback and not t.outdated for t in guide.texts)
        assert not guide.review.is_reviewed
    assert all(tool.reason.fallback for tool in library.catalogue("xx").tools)
    rows = [row for row in library.coverage() if row.language == "xx"]
    assert rows and all(row.translated == 0 and len(row.untranslated_keys) == row.total for row in rows)

    english_keys = yaml.safe_load((shipped / "wiretap" / "en.yaml").read_text(encoding="utf-8"))
    assert yaml.safe_load((shipped / "wiretap" / "xx.yaml").read_text(encoding="utf-8")) == dict.fromkeys(
        english_keys, ""
    )
    ts = ET.parse(ui / "karpear_xx.ts").getroot()
    template = ET.parse(ui / "karpear_fr.ts").getroot()
    assert ts.get("language") == "xx"
    assert sorted(m.findtext("source") for m in ts.iter("message")) == sorted(
        m.findtext("source") for m in template.iter("message")
    )
    assert all(t.get("type") == "unfinished" and not t.text for t in ts.iter("translation"))


@pytest.mark.parametrize("lang", ["km", "xx", "en", "k!", "../x"])
def test_translate_new_refuses_a_code_that_exists_or_is_not_one(shipped, capsys, lang):
    ui = shipped.parent / "i18n"
    if lang == "xx":
        (ui / "karpear_xx.ts").write_text("<TS/>", encoding="utf-8")  # the interface's file alone is enough
    before = sorted(p.relative_to(shipped.parent) for p in shipped.parent.rglob("*"))
    code, _, err = run(capsys, "translate", "new", lang, "--guides", shipped, "--ui", ui)
    assert code == 2 and err.startswith("karpear translate: ")
    assert sorted(p.relative_to(shipped.parent) for p in shipped.parent.rglob("*")) == before


def test_status_prints_the_table_with_untranslated_and_outdated(shipped, capsys):
    change_english(shipped, STEP)
    code, out, _ = run(capsys, "translate", "status", "--guides", shipped)
    assert code == 0
    assert out.splitlines()[0].split() == ["guide", "lang", "translated", "untranslated", "outdated", "status"]
    assert f"outdated in wiretap/km.yaml: {STEP}" in out
