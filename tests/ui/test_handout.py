"""PDF handouts, checked the way a printer and a reader see them: pages rendered with pdftoppm,
the text layer read with pdftotext, the fonts listed by pdffonts, the QR codes decoded."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.content import load_library

from .helpers import run_karpear_python
from .test_links import scanned

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm, pdftotext)")

LIBRARY = load_library()


def export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_karpear_python("-m", "app", "export", *args, data_dir=tmp_path / "data")


def words(text: str) -> str:
    """Text with every kind of space and break removed (pdftotext breaks lines where the page does),
    and ligatures as letters (NFKC: "ﬀ" is "ff")."""
    return re.sub(r"[\s\u200b]+", "", unicodedata.normalize("NFKC", text))


def pdf_text(pdf: Path, *crop: str) -> str:
    """The text layer, or with `crop` (-x X -y Y -W W -H H, in points) the text of that area of each page."""
    return subprocess.run(["pdftotext", *crop, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def rendered_pages(pdf: Path, folder: Path, dpi: int = 100) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def ink(png: Path) -> float:
    """Share of the page that is not white."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    data = image.constBits().tobytes()
    return sum(1 for value in data[::7] if value < 200) / len(data[::7])


@pytest.mark.parametrize("guide_id", LIBRARY.guide_ids)
@pytest.mark.parametrize("language", ["km", "en", "fr"])
def test_handout_text_layer_has_every_step_title_once(tmp_path: Path, guide_id: str, language: str) -> None:
    """Copying, searching or reading the PDF aloud gives the words printed, Khmer included."""
    pdf = tmp_path / f"{guide_id}-{language}.pdf"
    result = export(tmp_path, "--guide", guide_id, "--lang", language, "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    text = words(pdf_text(pdf))
    guide = LIBRARY.guide(guide_id, language)
    # Once: a table row split over two sheets is painted on both, but reads only where it shows.
    assert [step.id for step in guide.steps if text.count(words(str(step.title))) != 1] == []
    assert words(str(guide.title)) in text
    assert f"{page_count(pdf)} page(s)" in result.stdout


def test_khmer_handout_embeds_the_khmer_font_and_prints_every_page(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "wiretap-km.pdf"
    assert export(tmp_path, "--guide", "wiretap", "--lang", "km", "--pdf", str(pdf)).returncode == 0
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^NotoSansKhmer\S*\s+CID TrueType\s+Identity-H\s+yes", fonts, re.M), fonts
    pages = rendered_pages(pdf, tmp_path, dpi=40)
    assert len(pages) == page_count(pdf) >= 3
    assert all(ink(page) > 0.01 for page in pages), "a blank page"


def test_two_languages_side_by_side_carry_both_texts(tmp_path: Path) -> None:
    one, two = tmp_path / "fr.pdf", tmp_path / "km-fr.pdf"
    assert export(tmp_path, "--guide", "wiretap", "--lang", "fr", "--pdf", str(one)).returncode == 0
    assert export(tmp_path, "--guide", "wiretap", "--lang", "km,fr", "--pdf", str(two)).returncode == 0
    # Read each column on its own (A4 is 595 points wide): lines of two columns interleave otherwise.
    columns = {"km": pdf_text(two, "-x", "0", "-y", "0", "-W", "297", "-H", "842"),
               "fr": pdf_text(two, "-x", "298", "-y", "0", "-W", "297", "-H", "842")}  # fmt: skip
    for language, column in columns.items():
        text = words(column)
        guide = LIBRARY.guide("wiretap", language)
        assert [step.id for step in guide.steps if words(str(step.title)) not in text] == []
    assert page_count(two) > page_count(one)


def test_qr_codes_read_back_as_exactly_the_steps_official_links(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    pdf = tmp_path / "wiretap-en.pdf"
    assert export(tmp_path, "--guide", "wiretap", "--lang", "en", "--pdf", str(pdf)).returncode == 0
    read = set()
    for page in rendered_pages(pdf, tmp_path, dpi=150):
        read.update(scanned(QImage(str(page))))
    guide = LIBRARY.guide("wiretap", "en")
    expected = {link.url for step in guide.steps for link in LIBRARY.offered_links(guide, step)}
    assert expected and read == expected


A4_POINTS = (595.28, 841.89)
MARGIN_POINTS = 15 / 25.4 * 72


def addresses_whole_on_page(pdf: Path, page: int, addresses: set[str], columns: int) -> set[str]:
    """The addresses printed whole on one page, read column by column (codes stand three across
    each language's column)."""
    width = (A4_POINTS[0] - 2 * MARGIN_POINTS) / columns
    texts = [
        words(pdf_text(pdf, "-f", str(page), "-l", str(page), "-x", str(int(MARGIN_POINTS + c * width)), "-y", "0",
                       "-W", str(int(width)), "-H", str(int(A4_POINTS[1]))))
        for c in range(columns)
    ]  # fmt: skip
    # pdftotext joins a line that ends in "-" to the next without it ("whatsapp-" / "messenger").
    return {url for url in addresses if any(words(url).replace("-", "") in text.replace("-", "") for text in texts)}


@pytest.mark.parametrize("guide_id", LIBRARY.guide_ids)
@pytest.mark.parametrize("languages", ["km", "en", "fr", "km,fr"])
def test_each_qr_code_and_its_address_are_on_the_same_sheet(qapp, tmp_path: Path, guide_id: str, languages: str):
    """A page break never leaves a code on one sheet and the address it stands for on the next."""
    from PySide6.QtGui import QImage

    pdf = tmp_path / "handout.pdf"
    assert export(tmp_path, "--guide", guide_id, "--lang", languages, "--pdf", str(pdf)).returncode == 0
    guides = [LIBRARY.guide(guide_id, code) for code in languages.split(",")]
    addresses = {link.url for guide in guides for step in guide.steps for link in LIBRARY.offered_links(guide, step)}
    for number, page in enumerate(rendered_pages(pdf, tmp_path, dpi=150), start=1):
        codes = set(scanned(QImage(str(page))))
        assert codes <= addresses_whole_on_page(pdf, number, addresses, 3 * len(guides)), f"page {number}"


def test_keeping_tables_whole_moves_at_most_a_bounded_number(qapp, monkeypatch) -> None:
    """Each move lays out the rest again: a hostile guide's thousand grids must not make that quadratic."""
    from PySide6.QtCore import QSizeF

    from app.ui import handout

    def laid_out():
        document = handout.build_document(LIBRARY, "wiretap", ["km", "fr"])
        document.setPageSize(QSizeF(A4_POINTS[0] - 2 * MARGIN_POINTS, A4_POINTS[1] - 2 * MARGIN_POINTS))
        return document

    monkeypatch.setattr(handout, "MAX_MOVES", 10**6)
    needed = handout.keep_whole(laid_out())  # how many this handout needs (fonts and Qt versions differ)
    assert needed >= 2
    monkeypatch.setattr(handout, "MAX_MOVES", needed - 1)
    document = laid_out()
    assert handout.keep_whole(document) == needed - 1
    assert handout.keep_whole(document) > 0  # one was still cut: the bound, not a lack of cuts, stopped it


def test_page_size_is_the_one_asked_for(tmp_path: Path) -> None:
    pdf = tmp_path / "letter.pdf"
    assert export(tmp_path, "--guide", "wiretap", "--lang", "en", "--pdf", str(pdf), "--page", "letter").returncode == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--guide", "nosuch", "--lang", "en"], "no guide 'nosuch'"),
        (["--guide", "wiretap", "--lang", "xx"], "--lang takes one language or two"),
        (["--guide", "wiretap", "--lang", "en,fr,km"], "--lang takes one language or two"),
        (["--guide", "wiretap", "--lang", "en,en"], "--lang takes one language or two"),
    ],
)
def test_unknown_guide_or_language_is_a_usage_error(tmp_path: Path, args: list[str], said: str) -> None:
    pdf = tmp_path / "out.pdf"
    result = export(tmp_path, *args, "--pdf", str(pdf))
    assert result.returncode == 2
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not pdf.exists()


def test_unwritable_path_is_a_usage_error(tmp_path: Path) -> None:
    result = export(tmp_path, "--guide", "wiretap", "--lang", "en", "--pdf", str(tmp_path / "no" / "such" / "x.pdf"))
    assert result.returncode == 2 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("languages", ["en", "km,fr"])
def test_nothing_is_printed_in_the_margins(qapp, tmp_path: Path, languages: str) -> None:
    # A printer cannot print the outer few millimetres, and a fingerprint cut at the page edge
    # cannot be compared: every page must be blank outside its 15 mm margins (checked at 40 dpi).
    from PySide6.QtGui import QImage

    pdf = tmp_path / "handout.pdf"
    assert export(tmp_path, "--guide", "wiretap", "--lang", languages, "--pdf", str(pdf)).returncode == 0
    band = int(14 / 25.4 * 40)  # 14 mm: a millimetre of slack for anti-aliasing
    inked = []
    for number, page in enumerate(rendered_pages(pdf, tmp_path, dpi=40), start=1):
        image = QImage(str(page)).convertToFormat(QImage.Format.Format_Grayscale8)
        width, height = image.width(), image.height()
        for y in range(height):
            xs = range(width) if y < band or y >= height - band else (*range(band), *range(width - band, width))
            if any(image.pixelColor(x, y).value() < 200 for x in xs):
                inked.append((number, y))
                break
    assert inked == []
