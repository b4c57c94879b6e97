"""What `karpear check` prints: nothing from a file can drive the terminal; usage mistakes; quiet ends."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import check
from app.cli import main
from tests.content.conftest import GUIDE_EN, TOOLS_YAML

README = Path(__file__).resolve().parents[2] / "README.md"
# What a terminal would obey: C0 and C1 controls, DEL, bidi controls, line separators.
DRIVING = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def run(capsys, *args):
    code = main(["check", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_escape_sequences_in_keys_reviewer_and_file_names_are_printed_visibly(guides, capsys):
    root = guides(
        {
            # Double-quoted YAML turns \e, \x9b, \0 into the real control characters.
            "wiretap/meta/fr.yaml": 'review: {status: reviewed, by: "Eve\\e]0;owned\\a", date: 2026-11-28}\n',
            "wiretap/fr.yaml": (
                '"\\e[1A\\e[2Kstep.x.title": a\n'
                '"\\x9b2Jnul\\0": b\n'
                '"\\u202eexe.KPA": c\n'
                '"k\\nwiretap/en.yaml:1:1: error: forged": d\n'
                "guide.title: Appels\n"
            ),
            "wiretap/\x1b[31mred.yaml": "a: b\n",
        }
    )
    code, out, _ = run(capsys, root)
    assert code == 1, out  # the bidi control in a key is an error of its own
    assert "wiretap/fr.yaml:3:1: error: invisible bidi control U+202E RIGHT-TO-LEFT OVERRIDE" in out
    assert not DRIVING.search(out), [line for line in out.splitlines() if DRIVING.search(line)]
    assert "wiretap/fr.yaml:1:1: warning: unknown key '\\x1b[1A\\x1b[2Kstep.x.title'" in out
    assert "unknown key '\\x9b2Jnul\\x00'" in out
    assert "unknown key '\\u202eexe.KPA'" in out
    assert "'\\x1b[31mred.yaml' is not named <language-code>.yaml" in out
    assert "reviewed (Eve\\x1b]0;owned\\x07, 2026-11-28)" in out
    assert not [line for line in out.splitlines() if line.startswith("wiretap/en.yaml")]
    assert "unknown key 'k\\x0awiretap/en.yaml:1:1: error: forged'" in out


def test_khmer_text_and_its_word_breaks_are_printed_as_they_are(guides, capsys):
    root = guides({"wiretap/km.yaml": (guides() / "wiretap/km.yaml").read_text() + "ការ\u200bពារ\u200c: x\n"})
    _, out, _ = run(capsys, root)
    assert "unknown key 'ការ\u200bពារ\u200c'" in out


def test_a_one_megabyte_key_is_cut_in_the_message(guides, capsys):
    root = guides({"wiretap/fr.yaml": "meta: {language: fr, review: {status: draft}}\n? " + "k" * 500_000 + "\n: v\n"})
    _, out, _ = run(capsys, root)
    line = next(line for line in out.splitlines() if "unknown key" in line)
    assert len(line) < 1100 and line.endswith("more characters)")


@pytest.mark.parametrize(("make", "reason"), [(lambda p: p / "nope", "no such folder"), (lambda p: p, "not a folder")])
def test_a_folder_that_is_not_one_is_a_usage_error_on_one_line(tmp_path, capsys, make, reason):
    target = tmp_path / "file.yaml"
    target.write_text("a: b\n")
    path = make(target)
    code, out, err = run(capsys, path)
    assert code == 2
    assert out == ""
    assert err == f"karpear check: {path}: {reason}\n"


def test_the_khmer_install_hint_is_the_readme_command(guides, capsys, monkeypatch):
    def no_segmenter():
        raise ImportError("khmercut")

    monkeypatch.setattr(check.khmer, "load_segmenter", no_segmenter)
    code, out, _ = run(capsys, "--fix-khmer-breaks", guides())
    assert code == 1
    command = out.strip().rsplit(": ", 1)[1]
    assert command == "pip install -e '.[khmer]'"
    assert f"`{command}`" in README.read_text(encoding="utf-8")


def test_a_reader_that_stops_early_ends_the_check_without_a_traceback(guides):
    # Enough output to overflow a pipe's buffer: the check is still writing when the reader leaves.
    many_keys = "".join(f"unknown.key.{n}: x\n" for n in range(5000))
    root = guides({"wiretap/fr.yaml": "meta: {language: fr, review: {status: draft}}\n" + many_keys})
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "check", str(root)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    first = process.stdout.readline()  # what `| head -1` reads
    process.stdout.close()
    err = process.stderr.read()
    process.wait(timeout=60)
    assert first.startswith("wiretap/fr.yaml:")
    assert err == ""
    assert process.returncode == 1


def test_a_colon_inside_a_plain_text_gets_a_hint_to_quote_it(guides, capsys):
    root = guides({"wiretap/en.yaml": GUIDE_EN.replace("Calls and messages", "Calls: and messages")})
    code, out, _ = run(capsys, root)
    assert code == 1
    assert "wiretap/en.yaml:1:19: error: YAML syntax error: mapping values are not allowed" in out
    assert "put the whole text in quotes" in out


@pytest.mark.parametrize(
    ("file", "text", "where"),
    [
        ("tools.yaml", TOOLS_YAML.replace("name: Signal", "name: Signal: private"), "tools.yaml:4:17:"),
        ("wiretap/en.yaml", GUIDE_EN.replace("Calls and messages", "Calls: and messages"), "wiretap/en.yaml:1:19:"),
        ("tools/en.yaml", "tool.signal.reason: [\n", "tools/en.yaml:2:1:"),
    ],
)
def test_one_broken_file_gives_its_own_error_and_no_knock_on_errors(guides, capsys, file, text, where):
    code, out, _ = run(capsys, guides({file: text}))
    assert code == 1
    problems = [line for line in out.splitlines() if ": error: " in line or ": warning: " in line]
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{where} error: YAML syntax error")
    assert "1 error(s), 0 warning(s)" in out
