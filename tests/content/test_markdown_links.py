"""Links in guide texts: every one a CommonMark parser sees, and only addresses the structure declares.

The audit's bypasses (a reference defined in a quote, `https\\://`, a code span running across
paragraphs, ...) each give `karpear check` an error at the link's own line and column.
"""

from __future__ import annotations

import json
import shutil
import time

import pytest

from app.cli import main
from app.content import load_library, markdown
from app.resources import guides_dir
from tests.content.hostile_texts import PATHOLOGICAL

UNDECLARED = "https://www.accessnow.org/evil/"  # the guide's own domain, but not an address it declares
NOT_DECLARED = "not declared in the guide's structure"

# (construct written in a step's text, the URL the error must name the position of, what it must say)
CONSTRUCTS = {
    "inline": (f"Help: [Access Now]({UNDECLARED})", UNDECLARED, NOT_DECLARED),
    "reference in a quote": (f"Help: [Access Now][h]\n\n> [h]: {UNDECLARED}", UNDECLARED, NOT_DECLARED),
    "reference in a list item": (f"- Help: [Access Now][h]\n\n  [h]: {UNDECLARED}", UNDECLARED, NOT_DECLARED),
    "escaped bracket in a label": (f"[Access Now][a\\]b]\n\n[a\\]b]: {UNDECLARED}", UNDECLARED, NOT_DECLARED),
    "escaped scheme": ("[Access Now](https\\://www.accessnow.org/evil/)", "https\\://", NOT_DECLARED),
    "unclosed code span across paragraphs": (f"Run `it\n\nthen [Help]({UNDECLARED}) `", UNDECLARED, NOT_DECLARED),
    "fence whose info string holds a backtick": (f"```a`b\n[Access Now]({UNDECLARED})", UNDECLARED, NOT_DECLARED),
    "entities in the address": ("[Access Now](https:&sol;&sol;www.accessnow.org/evil/)", "https:&sol;", "link has"),
    "nested brackets in an image": (f"![a [b] c]({UNDECLARED})", UNDECLARED, NOT_DECLARED),
    "autolink": (f"<{UNDECLARED}>", UNDECLARED, NOT_DECLARED),
    "bare address": (f"See {UNDECLARED} now.", UNDECLARED, NOT_DECLARED),
    "bare www address": ("See www.accessnow.org/evil/ now.", "www.accessnow.org", "only https links"),
    "javascript": ("[Access Now](javascript:alert(1))", "javascript:", "never allowed"),
}


def _with_operator_body(guides, body: str):
    en = (guides() / "wiretap/en.yaml").read_text(encoding="utf-8")
    old = "  Your operator can record calls and SMS.\n  Get help at [Access Now](https://www.accessnow.org/help/).\n"
    assert old in en
    indented = "".join(f"  {line}\n" if line else "\n" for line in body.split("\n"))
    return guides({"wiretap/en.yaml": en.replace(old, indented)})


@pytest.mark.parametrize("construct", sorted(CONSTRUCTS))
def test_each_construct_gives_an_error_at_the_links_line_and_column(guides, construct):
    body, written, says = CONSTRUCTS[construct]
    root = _with_operator_body(guides, body)
    lines = (root / "wiretap/en.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if written in text and "step." not in text)
    column = lines[line - 1].index(written) + 1
    errors = [i for i in load_library(root).issues if i.is_error]
    assert any((i.path, i.line, i.column) == ("wiretap/en.yaml", line, column) and says in i.message for i in errors), [
        i.format() for i in errors
    ]


def test_code_is_not_a_link(guides):
    body = f"Type `{UNDECLARED}` or:\n\n```\n[x]({UNDECLARED})\n```\n\n~~~\n<{UNDECLARED}>\n~~~"
    issues = load_library(_with_operator_body(guides, body)).issues
    assert not [i.format() for i in issues if i.path == "wiretap/en.yaml"]


def test_an_indented_block_is_judged_too(guides):
    # md4c reads an indented line after a reference definition as text, markdown-it as code:
    # where the two could differ, the check judges the link rather than trusting either.
    body = f"[Help][h]\n\n[h]: https://www.accessnow.org/help/\n    [x]({UNDECLARED})"
    issues = load_library(_with_operator_body(guides, body)).issues
    assert [i.message for i in issues if i.path == "wiretap/en.yaml"] == [
        "link refused: this exact address is not declared in the guide's structure (guide.yaml 'links' or tools.yaml)"
    ]


def test_the_audits_bypass_in_the_shipped_french_guide_is_an_error(tmp_path, capsys):
    # The audit: a store link of a look-alike package, written as a reference defined in a quote,
    # its scheme escaped. play.google.com is an official domain for Signal: only exactness stops it.
    root = tmp_path / "guides"
    shutil.copytree(guides_dir(), root, ignore=shutil.ignore_patterns(".karpear-snapshot.json"))
    fr = root / "wiretap/fr.yaml"
    lines = fr.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if "Google Play" in line and line.startswith("  "))
    lines[at] = lines[at].replace("Google Play", "[Google Play][gp]", 1)
    lookalike = "https\\://play.google.com/store/apps/details?id=org.thoughtcrime.securesms.update"
    lines[at + 1 : at + 1] = ["", f"  > [gp]: {lookalike}"]
    fr.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["check", str(root)])
    out = capsys.readouterr().out
    assert code == 1
    where = f"wiretap/fr.yaml:{at + 3}:{len('  > [gp]: ') + 1}: error: link refused: this exact address is not declared"
    assert where in out, out


def test_a_declared_address_opens_only_where_its_domain_is_allowed(guides):
    library = load_library(guides())
    # Declared in guide.yaml's links, on the guide's domain: fine anywhere in the guide.
    assert library.check_step_link("wiretap", "operator", "https://www.accessnow.org/help/").allowed
    # Declared as one of Signal's links in tools.yaml, but the 'operator' step names no tool.
    assert not library.check_step_link("wiretap", "operator", "https://signal.org/download/").allowed
    undeclared = library.check_step_link("wiretap", "operator", UNDECLARED)
    assert not undeclared.allowed and not undeclared.declared


def test_the_links_list_is_checked_with_the_link_policy(guides):
    structure = (guides() / "wiretap/guide.yaml").read_text(encoding="utf-8")
    structure = structure.replace(
        "links: [https://www.accessnow.org/help/]",
        "links:\n"
        "  - https://www.accessnow.org/help/\n"
        "  - http://www.accessnow.org/help/\n"
        "  - https://accessnow.org.evil.example/\n"
        "  - https://signal.org/blog/\n"
        "  - https://www.accessnow.org/help/\n"
        "  - 7\n",
    )
    issues = load_library(guides({"wiretap/guide.yaml": structure})).issues
    found = {(i.line, i.severity.value, i.message.split(" (")[0]) for i in issues if i.path == "wiretap/guide.yaml"}
    assert found == {
        (8, "error", "link refused: only https links are allowed, not http"),
        (9, "error", "link refused: host accessnow.org.evil.example is not an official domain"),
        # signal.org is the domain of a tool the guide names, so the guide may link there; no text does.
        (10, "warning", "'https://signal.org/blog/' is listed in 'links' but no text links to it"),
        (11, "warning", "'https://www.accessnow.org/help/' is listed twice"),
        (12, "error", "'links' in guide.yaml must list texts, not a whole number"),
    }


def test_the_snapshot_keeps_the_declared_links(guides):
    root = guides()
    load_library(root, use_snapshot=True)  # full check, snapshot written
    from_snapshot = load_library(root, use_snapshot=True)
    assert from_snapshot.check_step_link("wiretap", "operator", "https://www.accessnow.org/help/").allowed
    assert not from_snapshot.check_step_link("wiretap", "operator", UNDECLARED).allowed


def test_translation_with_more_markdown_than_any_guide_needs_is_left_out(guides):
    fr = "guide.title: Appels\n"
    fr += "".join(f"section.s{n}.intro: {json.dumps('x' * 9_000)}\n" for n in range(12))
    issues = load_library(guides({"wiretap/fr.yaml": fr})).issues
    assert any(i.path == "wiretap/fr.yaml" and "the file is not used" in i.message for i in issues)


ONE_MB = 1024 * 1024
GENEROUS_SECONDS = 30  # a hang or a quadratic scan takes minutes; a linear one well under a second here


@pytest.mark.parametrize("pattern", sorted(PATHOLOGICAL))
def test_pathological_markdown_at_the_text_limit_is_scanned_quickly(pattern):
    text = (PATHOLOGICAL[pattern] * markdown.MAX_TEXT_CHARS)[: markdown.MAX_TEXT_CHARS]
    started = time.perf_counter()
    markdown.find_links(text + " ")  # a text not seen before (the scan is memoised)
    markdown.find_problems(text + " ")
    assert time.perf_counter() - started < GENEROUS_SECONDS


@pytest.mark.parametrize("pattern", sorted(PATHOLOGICAL))
def test_a_1mb_file_of_pathological_markdown_is_checked_quickly(guides, pattern):
    # One text of nearly the file size limit, then the same spread over many texts.
    unit = PATHOLOGICAL[pattern]
    one = json.dumps(unit * ((ONE_MB - 200) // (len(json.dumps(unit)) - 2)))  # as JSON, within the limit
    per_text = (unit * markdown.MAX_TEXT_CHARS)[: markdown.MAX_TEXT_CHARS - 1]
    many = "".join(f"section.s{n}.intro: {json.dumps(per_text)}\n" for n in range(ONE_MB // (len(per_text) * 2)))
    for body in (f"step.operator.body: {one}\n", many):
        fr = body
        root = guides({"wiretap/fr.yaml": fr[:ONE_MB]})
        started = time.perf_counter()
        issues = load_library(root).issues
        assert time.perf_counter() - started < GENEROUS_SECONDS
        assert any(i.path == "wiretap/fr.yaml" and i.is_error for i in issues)
