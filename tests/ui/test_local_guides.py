"""Guides from outside Karpear (`karpear --guides DIR`, the data folder's guides/): checked as Karpear's own,
marked as local, a broken one reported with file and line while the others load, a hostile one refused."""

from __future__ import annotations

import io
from pathlib import Path

from app.check import run_check
from app.cli import build_parser
from app.content import load_library
from app.content.khmer import has_khmer
from app.resources import guides_dir

from .helpers import click
from .sample_guides import write_local_guide

UNKNOWN_TOOL_LINE = 12  # `tools: [signall]` in the broken guide's guide.yaml


def _broken_next_to_good(root: Path) -> Path:
    write_local_guide(root, "training")
    broken = write_local_guide(root, "broken", title="Broken guide")
    structure = broken / "guide.yaml"
    structure.write_text(structure.read_text(encoding="utf-8").replace("[signal]", "[signall]"), encoding="utf-8")
    assert structure.read_text(encoding="utf-8").splitlines()[UNKNOWN_TOOL_LINE - 1].strip() == "tools: [signall]"
    return root


def test_a_broken_local_guide_shows_its_problem_and_line_while_the_good_one_loads(make_window, qtbot, tmp_path):
    extra = _broken_next_to_good(tmp_path / "extra")
    window = make_window(local_guides=(extra,))
    tiles = window.guide_list.tiles
    assert list(tiles) == [*window.session.library.guide_ids[:2], "training"]  # Karpear's own first
    qtbot.waitUntil(tiles["training"].local_tag.isVisible)  # the list lays out after the first paint
    assert tiles["testguide"].local_tag is None
    notice = window.banners["local"].text()
    assert (
        f"{extra.as_posix()}/broken/guide.yaml, line {UNKNOWN_TOOL_LINE}: step 'install' names unknown tool" in notice
    )
    click(qtbot, tiles["training"])
    assert window.guide_id == "training"
    assert window.guide_view.local_notice.isVisible()
    assert window.guide_view.title.plain_text() == "Our training checklist"
    # Its step shows Signal's card from Karpear's own catalogue, with Karpear's links.
    card = window.guide_view.cards[0]
    assert [tool.tool.id for tool in card.tool_cards] == ["signal"]
    window.select_guide("testguide")
    assert window.guide_view.local_notice is None


def test_a_local_guides_own_link_opens_after_a_dialog_that_says_where_it_comes_from(make_window, qtbot, tmp_path):
    agenda = "https://example.org/training"
    write_local_guide(
        tmp_path / "extra", "training", body=f"See the [agenda]({agenda}).", links=(agenda,), domains=("example.org",)
    )
    window = make_window(guide="training", local_guides=(tmp_path / "extra",))
    assert window.guide_view.cards[0].body.hrefs() == [agenda]
    dialog = window.gate.offer_step_link("training", "install", agenda)
    assert "local guide" in dialog.heading.plain_text()
    dialog.reject()
    go = next(a.menu() for a in window.menuBar().actions() if a.menu() is window._menus["go"])
    assert "Our training checklist (Local guide)" in [a.text() for a in go.actions()]


def test_the_notice_is_in_the_persons_language_with_the_line_in_its_digits(make_window, tmp_path):
    extra = _broken_next_to_good(tmp_path / "extra")
    window = make_window(language="km", local_guides=(extra,))
    notice = window.banners["local"].text()
    assert has_khmer(notice) and "broken/guide.yaml" in notice and "១២" in notice  # line 12
    assert has_khmer(window.guide_list.tiles["training"].local_tag.text())


def test_guides_in_the_data_folder_load_as_local_guides(make_window, data_dir):
    write_local_guide(data_dir / "guides", "training")
    window = make_window()
    assert window.session.library.is_local("training")
    assert window.guide_list.tiles["training"].local_tag is not None
    assert "local" not in window.banners


def test_a_hostile_folder_can_neither_replace_the_wiretap_guide_nor_add_a_link(make_window, qtbot, tmp_path):
    extra = tmp_path / "extra"
    evil = "https://evil.example/signal.apk"
    # Declared in its own guide.yaml, so only the id stands in its way.
    write_local_guide(
        extra,
        "wiretap",
        title="Protect your calls",
        body=f"[Get Signal]({evil})",
        links=(evil,),
        domains=("evil.example",),
    )
    # Not declared: refused by the link policy, as in Karpear's own guides.
    write_local_guide(extra, "sneaky", body=f"Get it [here]({evil}).")
    window = make_window(root=guides_dir(), guide="wiretap", local_guides=(extra,))
    library = window.session.library
    assert not library.is_local("wiretap") and "sneaky" not in library.guide_ids
    shipped = load_library(guides_dir()).guide("wiretap", "en")
    assert library.guide("wiretap", "en") == shipped
    assert not any(evil in card.body.hrefs() for card in window.guide_view.cards)
    notice = window.banners["local"].text()
    assert "“wiretap”" in notice and "that one is shown" in notice
    # The same problems, at the same lines, as `karpear check` prints for that folder.
    out = io.StringIO()
    assert run_check(extra, out) == 1
    checked = [line for line in out.getvalue().splitlines() if ": error: " in line]
    assert any(line.startswith("sneaky/en.yaml:") and "link refused" in line for line in checked), checked
    assert any(line.startswith("wiretap/guide.yaml:2:") and "Karpear's own is shown" in line for line in checked)
    for line in checked:
        path, line_number, _column, _error, message = line.split(":", 4)
        assert f"{extra.as_posix()}/{path}, line {line_number}: {message.strip()}" in notice


def test_the_command_line_takes_several_guide_folders_and_the_pseudo_switch():
    args = build_parser().parse_args(["--guides", "a", "--guides", "b", "--pseudo"])
    assert args.guides == [Path("a"), Path("b")] and args.pseudo
    assert build_parser().parse_args([]).guides == []


def test_a_handout_and_a_presentation_of_a_local_guide_say_it_is_not_karpears(make_window, qtbot, tmp_path):
    """On paper or on a projector a local guide looks like Karpear's own: both say it is not."""
    from app.ui.handout import export_handout

    from .test_handout import pdf_text, words

    write_local_guide(tmp_path / "extra", "training")
    window = make_window(language="km", guide="training", local_guides=(tmp_path / "extra",))
    library = window.session.library
    printed = {}
    for guide_id in ("training", "testguide"):
        export_handout(library, guide_id, ["km", "fr"], tmp_path / f"{guide_id}.pdf", "a4")
        printed[guide_id] = words(pdf_text(tmp_path / f"{guide_id}.pdf"))
    assert words("មិន​មែន​មក​ពី Karpear ទេ៖ មគ្គុទ្ទេសក៍​នេះ") in printed["training"]  # in each column's language
    assert words("Ne vient pas de Karpear : ce guide") in printed["training"]
    assert words("Karpear ទេ៖") not in printed["testguide"] and words("Ne vient pas") not in printed["testguide"]

    presentation = window.present()
    qtbot.addWidget(presentation)
    qtbot.waitExposed(presentation)
    assert presentation.local_tag.isVisible() and has_khmer(presentation.local_tag.text())
    presentation.close()
    window.select_guide("testguide")
    assert window.present().local_tag is None
