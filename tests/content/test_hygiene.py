"""Texts that read differently from what they say: bidi controls, look-alike letters, public suffixes."""

from __future__ import annotations

import pytest

from app.cli import main
from app.content.hygiene import first_look_alike
from app.content.links import check_link
from tests.content.conftest import GUIDE_YAML, TOOLS_YAML

RLO, PDF = "\u202e", "\u202c"


def run(capsys, root):
    code = main(["check", str(root)])
    return code, capsys.readouterr().out.splitlines()


def errors(lines):
    return [line for line in lines if ": error: " in line]


def test_a_tool_name_with_a_cyrillic_letter_and_a_bidi_override_is_refused_twice(guides, capsys):
    root = guides({"tools.yaml": TOOLS_YAML.replace("name: Signal", f"name: Ѕignal {RLO}KPA.exe{PDF}")})
    code, lines = run(capsys, root)
    assert code == 1
    assert errors(lines) == [
        "tools.yaml:4:11: error: 'Ѕignal' in the tool name mixes scripts: Ѕ (U+0405 CYRILLIC CAPITAL LETTER DZE, "
        "Cyrillic) looks like a Latin letter; write each word in one script",
        "tools.yaml:4:18: error: invisible bidi control U+202E RIGHT-TO-LEFT OVERRIDE: "
        "it makes the text read in another order than written; remove it",
    ]


def test_a_step_title_with_a_bidi_override_is_an_error_where_it_stands(guides, capsys):
    km = (guides() / "wiretap/km.yaml").read_text(encoding="utf-8")
    root = guides({"wiretap/km.yaml": km.replace("step.operator.title: ដឹង", f"step.operator.title: ដឹង{RLO}")})
    code, lines = run(capsys, root)
    assert code == 1
    assert [line.split(" U+")[0] for line in errors(lines)] == ["wiretap/km.yaml:4:25: error: invisible bidi control"]


def test_a_step_title_imitating_a_word_is_an_error_at_the_word(guides, capsys):
    en = (guides() / "wiretap/en.yaml").read_text(encoding="utf-8")
    root = guides({"wiretap/en.yaml": en.replace("Install Signal", "Install Ѕignal")})
    code, lines = run(capsys, root)
    assert code == 1
    assert errors(lines)[0].startswith("wiretap/en.yaml:9:28: error: ")
    assert "'Ѕignal' in step.install-signal.title mixes scripts" in errors(lines)[0]


def test_a_bidi_control_in_a_download_address_is_refused(guides, capsys):
    root = guides({"tools.yaml": TOOLS_YAML.replace("signal.org/download/", f"signal.org/download/{RLO}kpa.exe")})
    code, lines = run(capsys, root)
    assert code == 1
    assert any(line.startswith("tools.yaml:23:42: error: invisible bidi control U+202E") for line in lines), lines
    assert "tools.yaml:23:14: error: link refused: link contains spaces, invisible or control characters" in lines[0]


@pytest.mark.parametrize("invisible", ["\u200e", "\u200f", "\u2066", "\u200b", "\ufeff", "\u00ad"])
def test_the_link_policy_refuses_invisible_characters_in_an_address(invisible):
    assert not check_link(f"https://signal.org/down{invisible}load/", ["signal.org"]).allowed


def test_khmer_joiners_and_khmer_next_to_latin_are_correct_text(guides, capsys):
    km = (guides() / "wiretap/km.yaml").read_text(encoding="utf-8")
    # U+200B between words, ZWNJ and ZWJ inside them, a Latin name glued to Khmer: all correct Khmer.
    text = km.replace(
        "step.install-signal.title: ដំឡើង Signal", "step.install-signal.title: ដំឡើងSignal\u200bស\u200cា\u200dប"
    )
    code, lines = run(capsys, guides({"wiretap/km.yaml": text}))
    assert code == 0, errors(lines)


@pytest.mark.parametrize(
    ("text", "letter"),
    [("PayPal", None), ("РayPal", "Р"), ("Wі-Fi", "і"), ("ដំឡើងSignal", None), ("café naïve", None), ("ΟΡΕΝ", None)],
)
def test_look_alikes_come_from_unicode_confusables(text, letter):
    found = first_look_alike(text)
    assert (found.letter if found else None) == letter


@pytest.mark.parametrize("suffix", ["github.io", "co.uk", "com.kh", "blogspot.com"])
def test_a_public_suffix_is_refused_as_an_allowed_domain(guides, capsys, suffix):
    root = guides({"wiretap/guide.yaml": GUIDE_YAML.replace("domains: [accessnow.org]", f"domains: [{suffix}]")})
    code, lines = run(capsys, root)
    assert code == 1
    assert f"wiretap/guide.yaml:5:11: error: '{suffix}' is a public suffix" in "\n".join(errors(lines))


def test_a_public_suffix_does_not_let_a_stranger_s_site_through(guides, capsys):
    tools = TOOLS_YAML.replace("[signal.org, play.google.com]", "[signal.org, play.google.com, github.io]")
    tools = tools.replace("https://signal.org/android/apk/", "https://evil.github.io/signal.apk")
    code, lines = run(capsys, guides({"tools.yaml": tools}))
    assert code == 1
    found = "\n".join(errors(lines))
    assert "tools.yaml:8:44: error: 'github.io' is a public suffix" in found
    assert "tools.yaml:18:14: error: link refused: host evil.github.io is not an official domain" in found
