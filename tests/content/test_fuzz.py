"""Garbage and mutated YAML only ever produce ContentIssues, quickly."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.content import ContentIssue, load_library
from app.content.issues import IssueSink
from app.content.yamlread import parse_yaml_text

from .conftest import BASE_FILES, write_tree

YAML_NOISE = st.sampled_from(
    [
        "&a ",
        "*a",
        "!!python/object:os.system ",
        "<<: *a",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "- ",
        "\n  ",
        "\t",
        "'",
        '"',
        "|\n",
        "? ",
        "%YAML 1.1\n",
        "---\n",
        "...\n",
        "!!binary ",
        "\x00",
        "\ufeff",
        "\u200b",
        "ក្",
        "{platform}",
        "javascript:",
        "https://",
        "<b>",
        "![x](y)",
        "~",
        "0x1F",
        "2026-13-45",
        "yes",
        "null",
    ]
)
MUTATION = st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=40), YAML_NOISE | st.text(max_size=8))
FUZZ = settings(max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.too_slow])


def mutate(text: str, mutations) -> str:
    for position, cut, noise in mutations:
        at = position % (len(text) + 1)
        text = text[:at] + noise + text[at + cut :]
    return text


@FUZZ
@given(st.text(max_size=400) | st.lists(YAML_NOISE, max_size=60).map("".join))
def test_garbage_text_never_raises(text):
    sink = IssueSink()
    parse_yaml_text(text, "x.yaml", sink)
    assert all(isinstance(issue, ContentIssue) for issue in sink.issues)


@FUZZ
@given(
    st.sampled_from(sorted(BASE_FILES)),
    st.lists(MUTATION, min_size=1, max_size=6),
    st.binary(max_size=16),
)
def test_mutated_content_folder_loads_with_issues_only(name, mutations, raw_tail):
    with tempfile.TemporaryDirectory() as tmp:
        root = write_tree(Path(tmp), BASE_FILES)
        target = root / name
        target.write_bytes(mutate(target.read_text(encoding="utf-8"), mutations).encode("utf-8", "replace") + raw_tail)
        library = load_library(root)
        assert all(isinstance(issue, ContentIssue) for issue in library.issues)
        for guide_id in library.guide_ids:  # whatever loaded can be localized in every language
            for language in library.languages:
                library.guide(guide_id, language)
        for language in library.languages:
            library.catalogue(language)
