"""The guides Karpear ships: what a person acting on them relies on."""

from __future__ import annotations

import re

import pytest
import yaml

from app.content import ToolStatus, load_library
from app.content.textchecks import placeholders
from app.resources import guides_dir

# The eight tools the 2018 advisory names.
ADVISORY_TOOLS = (
    "whatsapp",
    "signal",
    "lotus-messenger",
    "chatsecure",
    "linphone",
    "zoiper",
    "jitsi-desktop",
    "jitsi-meet",
)
LANGUAGES = ("en", "fr", "km")


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_shipped_content_has_no_error_and_no_warning(library):
    assert [issue.format() for issue in library.issues] == []


def test_every_language_is_complete(library):
    assert set(LANGUAGES) <= set(library.languages)
    incomplete = [(r.name, r.language, r.percent) for r in library.coverage() if r.language in LANGUAGES]
    assert all(percent == 100 for _, _, percent in incomplete), incomplete


@pytest.mark.parametrize("tool_id", ADVISORY_TOOLS)
def test_every_advisory_tool_is_catalogued_with_a_reason_in_every_language(library, tool_id):
    for language in LANGUAGES:
        tool = library.catalogue(language).get(tool_id)
        assert tool is not None
        assert not tool.reason.fallback


def test_abandoned_tools_are_marked_and_point_to_existing_replacements(library):
    catalogue = library.catalogue("en")
    for tool_id in ("chatsecure", "jitsi-desktop"):
        assert catalogue.get(tool_id).status is ToolStatus.DISCONTINUED
    for tool in catalogue.tools:
        assert all(replacement in catalogue for replacement in tool.replaced_by), tool.id
    # Not identifiable: no link may ever send anyone to a look-alike.
    assert catalogue.get("lotus-messenger").links == ()
    assert catalogue.get("lotus-messenger").status is not ToolStatus.RECOMMENDED


def test_every_catalogue_link_passes_the_link_policy(library):
    for tool in library.catalogue("en").tools:
        for link in tool.links:
            assert library.check_tool_link(tool.id, link.url).allowed, link.url


def test_each_step_recommends_only_catalogued_tools(library):
    catalogue = library.catalogue("en")
    for guide in library.guides("en"):
        for step in guide.steps:
            assert all(tool_id in catalogue for tool_id in step.tools), step.id


def texts_of(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", ["tools", *sorted(p.parent.name for p in guides_dir().glob("*/guide.yaml"))])
def test_every_language_file_has_exactly_the_english_keys_and_placeholders(folder):
    english = texts_of(guides_dir() / folder / "en.yaml")
    for language in LANGUAGES[1:]:
        translated = texts_of(guides_dir() / folder / f"{language}.yaml")
        assert translated.keys() == english.keys(), language
        for key, text in english.items():
            assert placeholders(translated[key]) == placeholders(text), (language, key)


def test_the_wiretapping_guide_ships_with_its_two_companions(library):
    assert {"wiretap", "accounts", "phone"} <= set(library.guide_ids)
    for guide in library.guides("en"):
        assert guide.steps, guide.id


def language_texts(language):
    """Every shipped text in `language`, as (file, key, text), for the tool texts and every guide."""
    folders = ["tools", *sorted(p.parent.name for p in guides_dir().glob("*/guide.yaml"))]
    for folder in folders:
        for key, text in texts_of(guides_dir() / folder / f"{language}.yaml").items():
            yield f"{folder}/{language}.yaml", key, text


def prose(text):
    """What a reader reads as sentences: no code between backticks, no link addresses."""
    text = re.sub(r"`[^`]*`", "", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"https?://\S+", "", text)


def test_french_texts_put_a_non_breaking_space_before_double_punctuation_and_inside_guillemets():
    wrong = []
    for path, key, text in language_texts("fr"):
        words = prose(text)
        for match in re.finditer(r"(?:[^\u00a0]|^)[:;?!»]|«[^\u00a0]", words, re.MULTILINE):
            wrong.append((path, key, words[max(0, match.start() - 15) : match.end() + 5]))
    assert wrong == []


def test_khmer_texts_spell_lock_and_email_one_way():
    # The glossary in docs/TRANSLATING.md: សោ in running text; an app's own spelling only
    # when its label is quoted between « ».
    wrong = []
    for path, key, text in language_texts("km"):
        running = re.sub(r"«[^»]*»", "", text.replace("\u200b", ""))
        wrong += [(path, key, spelling) for spelling in ("ចាក់សោរ", "អ៊ីម៉ែល") if spelling in running]
    assert wrong == []


def test_the_advisorys_own_guide_comes_first(library):
    # A new person opens the app on the first guide: the wiretapping advisory, then its companions.
    assert library.guide_ids == ("wiretap", "accounts", "phone")
