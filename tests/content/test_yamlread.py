"""Hostile input: each case gives one clear error, never a traceback or a hang."""

import datetime as dt

import pytest

from app.content.issues import IssueSink
from app.content.yamlread import MAX_FILE_BYTES, parse_yaml_text, read_yaml_file


def parse(text):
    sink = IssueSink()
    return parse_yaml_text(text, "x.yaml", sink), sink.issues


def only_error(issues):
    errors = [i for i in issues if i.is_error]
    assert len(errors) == 1, errors
    return errors[0]


def test_values_keep_their_lines_and_columns():
    doc, issues = parse("a: 1\nb:\n  - x\n  - when: 2026-11-28\n")
    assert not issues
    assert doc.data == {"a": 1, "b": ["x", {"when": dt.date(2026, 11, 28)}]}
    assert doc.mark("b", 1, "when") == (4, 11)
    assert doc.key_mark("b", 1, "when") == (4, 5)
    assert doc.mark("b", 7, "nothing") == (3, 3)  # nearest known parent


def test_syntax_error_names_line_and_column():
    issue = only_error(parse("a: 1\nb: [unclosed\nc: 2\n")[1])
    assert issue.message.startswith("YAML syntax error")
    assert issue.line == 3


def test_billion_laughs_is_refused_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    doc, issues = parse("\n".join(lines))
    assert doc is None
    assert "aliases" in only_error(issues).message


def test_recursive_alias_is_refused():
    doc, issues = parse("a: &a [*a]\n")
    assert doc is None
    assert only_error(issues).is_error


def test_deep_nesting_is_refused():
    doc, issues = parse("a: " + "[" * 200 + "]" * 200)
    assert doc is None
    assert "nest" in only_error(issues).message


def test_python_object_tag_is_refused_not_executed():
    doc, issues = parse("a: !!python/object/apply:os.system ['echo pwned']\n")
    issue = only_error(issues)
    assert "!!python/object/apply:os.system" in issue.message
    assert (issue.line, issue.column) == (1, 4)
    assert doc.data == {"a": None}


def test_custom_tag_is_refused():
    _, issues = parse("a: !secret x\n")
    assert "tag !secret is not allowed" in only_error(issues).message


def test_duplicate_key_is_an_error_with_both_lines():
    _, issues = parse("a: 1\nb: 2\na: 3\n")
    issue = only_error(issues)
    assert issue.line == 3
    assert "first at line 1" in issue.message


def test_merge_key_is_refused():
    _, issues = parse("base: &b {x: 1}\nother:\n  <<: *b\n")
    assert "merge" in only_error(issues).message


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * MAX_FILE_BYTES)
    sink = IssueSink()
    assert read_yaml_file(big, "big.yaml", sink) is None
    assert "limit" in only_error(sink.issues).message


def test_non_utf8_bytes_name_the_position(tmp_path):
    bad = tmp_path / "km.yaml"
    bad.write_bytes(b"a: ok\nb: \xe1\x9e\x80\xff\n")
    sink = IssueSink()
    assert read_yaml_file(bad, "km.yaml", sink) is None
    issue = only_error(sink.issues)
    assert (issue.line, issue.column) == (2, 7)
    assert "not UTF-8" in issue.message


def test_missing_file_is_an_issue(tmp_path):
    sink = IssueSink()
    assert read_yaml_file(tmp_path / "nope.yaml", "nope.yaml", sink) is None
    assert "cannot read" in only_error(sink.issues).message


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_empty_file_is_an_error(text):
    doc, issues = parse(text)
    assert doc is None
    assert "empty" in only_error(issues).message


def test_zero_width_characters_survive_parsing():
    doc, _ = parse("a: ការ\u200bពារ\u200d\u200c\n")
    assert doc.data["a"] == "ការ\u200bពារ\u200d\u200c"
