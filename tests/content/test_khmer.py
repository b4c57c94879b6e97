from app.content import khmer

ZWSP = "\u200b"


def fake_tokenize(run):
    # A stand-in segmenter with a fixed dictionary: the real one is optional.
    words = ["ការពារ", "ការហៅ", "និង", "សារ", "។"]
    out, rest = [], run
    while rest:
        word = next((w for w in words if rest.startswith(w)), rest[0])
        out.append(word)
        rest = rest[len(word) :]
    return out


def test_word_breaks_are_inserted_between_words_not_before_punctuation():
    fixed = khmer.insert_word_breaks("key: ការពារការហៅនិងសារ។ Signal និង\n", fake_tokenize)
    assert fixed == f"key: ការពារ{ZWSP}ការហៅ{ZWSP}និង{ZWSP}សារ។ Signal និង\n"


def test_punctuation_is_never_handed_to_the_segmenter():
    seen = []
    khmer.insert_word_breaks("ដើម្បីសុវត្ថិភាព៖ការហៅនិងសារ។", lambda run: seen.append(run) or [run])
    assert seen == ["ដើម្បីសុវត្ថិភាព", "ការហៅនិងសារ"]


def test_runs_already_segmented_are_left_alone():
    text = f"អ៊ិនគ្រីប{ZWSP}ការនិយាយ"
    assert khmer.insert_word_breaks(text, lambda run: [run[:3], run[3:]]) == text


def test_fixing_twice_changes_nothing_and_keeps_format_characters():
    text = "a: ការពារ\u200dការហៅ\u200cនិងការពារ\n"
    once = khmer.insert_word_breaks(text, fake_tokenize)
    assert khmer.insert_word_breaks(once, fake_tokenize) == once
    assert "\u200d" in once and "\u200c" in once


def test_a_segmenter_that_changes_letters_is_ignored():
    assert khmer.insert_word_breaks("ការពារ", lambda run: ["ការ", "XX"]) == "ការពារ"


def test_long_runs_are_found():
    assert khmer.long_unbroken_runs("ក" * 31) == [(0, "ក" * 31)]
    assert khmer.long_unbroken_runs(ZWSP.join(["ក" * 30] * 3)) == []


def test_untranslated_or_legacy_font_text():
    assert khmer.looks_untranslated("Install the app")
    assert khmer.looks_untranslated("’kar BarBar")
    assert not khmer.looks_untranslated("ដំឡើង Signal")
    assert not khmer.looks_untranslated("Signal, WhatsApp, PIN")
    assert not khmer.looks_untranslated("https://signal.org/ {platform}")


def test_real_segmenter_when_installed():
    import pytest

    tokenize = pytest.importorskip("khmercut").tokenize
    fixed = khmer.insert_word_breaks("កុំអោយលួចស្ដាប់ទូរស័ព្ទ", tokenize)
    assert fixed.replace(ZWSP, "") == "កុំអោយលួចស្ដាប់ទូរស័ព្ទ"
    assert fixed.count(ZWSP) >= 3
    assert khmer.insert_word_breaks(fixed, tokenize) == fixed
