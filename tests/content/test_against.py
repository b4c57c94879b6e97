"""`karpear check DIR --against REFERENCE`: what a received folder adds to the allow-list, line by line."""

from __future__ import annotations

from app.cli import main
from app.resources import guides_dir
from tests.content.conftest import BASE_FILES, GUIDE_YAML, TOOLS_YAML, write_tree


def run(capsys, *args):
    code = main(["check", *map(str, args)])
    return code, capsys.readouterr().out.splitlines()


def test_a_received_folder_lists_each_domain_and_address_it_adds(guides, capsys, tmp_path):
    reference = write_tree(tmp_path / "reference", BASE_FILES)
    tools = TOOLS_YAML.replace("[signal.org, play.google.com]", "[signal.org, play.google.com, signal-app.net]")
    tools = tools.replace("https://signal.org/android/apk/", "https://signal-app.net/signal.apk")
    guide = GUIDE_YAML.replace("domains: [accessnow.org]", "domains: [accessnow.org, help-desk.org]")
    guide = guide.replace(
        "links: [https://www.accessnow.org/help/]",
        "links: [https://www.accessnow.org/help/, https://help-desk.org/chat]",
    )
    received = guides({"tools.yaml": tools, "wiretap/guide.yaml": guide})
    code, lines = run(capsys, received, "--against", reference)
    assert code == 0  # additions are for a reviewer to look at, not errors
    said = f"which the reference ({reference.as_posix()}) does not have"
    assert [line for line in lines if "adds the" in line] == [
        f"tools.yaml:3:9: warning: tool 'signal' adds the address https://signal-app.net/signal.apk, {said}",
        f"tools.yaml:3:9: warning: tool 'signal' adds the domain signal-app.net, {said}",
        f"wiretap/guide.yaml:5:26: warning: guide 'wiretap' adds the domain help-desk.org, {said}",
        f"wiretap/guide.yaml:6:42: warning: guide 'wiretap' adds the address https://help-desk.org/chat, {said}",
    ]
    assert f"4 domain(s) and address(es) that {reference.as_posix()} does not have" in lines


def test_a_domain_moved_to_another_tool_is_an_addition(guides, capsys, tmp_path):
    reference = write_tree(tmp_path / "reference", BASE_FILES)
    received = guides({"tools.yaml": TOOLS_YAML.replace("    domains: []\n", "    domains: [play.google.com]\n")})
    _, lines = run(capsys, received, "--against", reference)
    assert [line.split(", which")[0] for line in lines if "adds the" in line] == [
        "tools.yaml:24:9: warning: tool 'chatsecure' adds the domain play.google.com"
    ]


def test_the_same_folder_adds_nothing(guides, capsys):
    code, lines = run(capsys, guides(), "--against", guides())
    assert code == 0
    assert not [line for line in lines if "adds the" in line]


def test_against_alone_compares_with_the_bundled_guides(guides, capsys):
    _, lines = run(capsys, guides(), "--against")
    assert any(line.endswith(f"that {guides_dir().as_posix()} does not have") for line in lines), lines


def test_a_missing_reference_is_a_usage_error(guides, capsys, tmp_path):
    code = main(["check", str(guides()), "--against", str(tmp_path / "nope")])
    assert code == 2
    assert capsys.readouterr().err == f"karpear check: {tmp_path / 'nope'}: no such folder\n"
