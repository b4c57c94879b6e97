"""`order:` in guide.yaml decides where a guide stands in the list; a bad one is reported at its line."""

from __future__ import annotations

from app.content import load_library

from .conftest import BASE_FILES, GUIDE_YAML  # the base set holds the guide "wiretap"


def with_second_guide(order_line: str) -> dict[str, str]:
    second = GUIDE_YAML.replace("id: wiretap", "id: another").replace("reviewed:", f"{order_line}reviewed:", 1)
    files = dict(BASE_FILES)
    files.update(
        {f"another/{name.split('/', 1)[1]}": text for name, text in BASE_FILES.items() if name.startswith("wiretap/")}
    )
    files["another/guide.yaml"] = second
    return files


def test_order_puts_a_guide_before_one_that_sorts_first_by_name(guides):
    library = load_library(guides(with_second_guide("order: 200\n")))
    assert library.guide_ids == ("wiretap", "another")  # wiretap has the default order, 100
    library = load_library(guides(with_second_guide("order: 1\n")))
    assert library.guide_ids == ("another", "wiretap")


def test_a_bad_order_is_an_error_at_its_line(guides):
    library = load_library(guides(with_second_guide("order: 0\n")))
    found = [i for i in library.errors if i.path.endswith("another/guide.yaml") and "order" in i.message]
    assert [(issue.line, issue.column) for issue in found] == [(4, 8)]  # the value after "order: "
