"""The localized model: fallback to English, recorded; link policy per step."""

import pytest

from app.content import ToolStatus, load_library


def test_guide_in_khmer_keeps_khmer_and_marks_nothing_as_fallback(guides):
    guide = load_library(guides()).guide("wiretap", "km")
    assert guide.title.value == "ការហៅ\u200bនិង\u200bសារ"
    assert not guide.title.fallback
    assert guide.fallback_keys == ()
    assert [s.id for s in guide.steps] == ["operator", "install-signal"]
    assert guide.steps[1].revision == 2
    assert guide.steps[1].platforms == ("android", "windows")
    assert guide.steps[1].tools == ("signal",)


def test_missing_language_falls_back_to_english_per_key(guides):
    root = guides(
        {
            "wiretap/fr.yaml": "guide.title: Appels et messages\n",
            "wiretap/meta/fr.yaml": "name: Français\nreview: {status: draft}\n",
        }
    )
    library = load_library(root)
    guide = library.guide("wiretap", "fr")
    assert guide.title.value == "Appels et messages" and not guide.title.fallback
    assert guide.summary.value == "Keep your calls and messages private."
    assert guide.summary.fallback and guide.summary.language == "en"
    assert "step.operator.body" in guide.fallback_keys
    assert library.languages == ("en", "fr", "km")
    assert library.language_name("fr") == "Français"
    assert library.language_name("km") == "ខ្មែរ"


def test_catalogue_texts_fall_back_to_english(guides):
    catalogue = load_library(guides()).catalogue("km")
    signal = catalogue.get("signal")
    assert signal.status is ToolStatus.RECOMMENDED
    assert signal.reason.fallback
    assert signal.platforms == ("android", "windows")
    assert [link.kind for link in signal.links_for("android")] == ["store", "apk"]
    assert signal.links_for("android")[1].verify.cert_sha256.startswith("4B:E4")
    assert catalogue.get("chatsecure").replaced_by == ("signal",)
    assert "lotus" not in catalogue


def test_model_is_frozen(guides):
    guide = load_library(guides()).guide("wiretap", "en")
    with pytest.raises(AttributeError):
        guide.title = "x"  # type: ignore[misc]


def test_platform_filter_and_visible_steps(guides):
    guide = load_library(guides()).guide("wiretap", "en")
    assert len(guide.visible_steps(None)) == 2
    assert [s.id for s in guide.visible_steps("ios")] == ["operator"]
    assert len(guide.visible_steps("android")) == 2


def test_step_links_use_the_step_tools_and_guide_domains(guides):
    library = load_library(guides())
    assert library.check_step_link("wiretap", "install-signal", "https://signal.org/download/").allowed
    assert library.check_step_link("wiretap", "install-signal", "https://www.accessnow.org/help/").allowed
    assert not library.check_step_link("wiretap", "operator", "https://signal.org/download/").allowed
    assert library.check_tool_link("signal", "https://signal.org/android/apk/").allowed
    assert not library.check_tool_link("chatsecure", "https://signal.org/").allowed


def test_a_step_offers_its_tools_addresses_for_its_platforms(guides):
    library = load_library(guides())
    guide = library.guide("wiretap", "km")
    operator, install = (step for section in guide.sections for step in section.steps)
    assert library.offered_links(guide, operator) == []  # a step without tools offers nothing
    assert [(link.tool, link.platforms) for link in library.offered_links(guide, install)] == [
        ("Signal", ("android",)),
        ("Signal", ("android",)),
        ("Signal", ("windows",)),
    ]
    assert [link.url for link in library.offered_links(guide, install, "windows")] == ["https://signal.org/download/"]
    assert library.offered_links(guide, install, "ios") == []


def test_coverage_counts_required_keys(guides):
    rows = {(r.name, r.language): r for r in load_library(guides()).coverage()}
    assert rows[("wiretap", "en")].translated == rows[("wiretap", "en")].total == 8
    assert rows[("wiretap", "km")].percent == 100
    assert rows[("tools", "km")].translated == 0 and rows[("tools", "km")].total == 2
