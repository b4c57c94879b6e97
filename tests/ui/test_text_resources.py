"""A guide text loads nothing: an image naming a FIFO or /dev/zero neither blocks nor crashes the app.

Rendered in a child process: before the fix, these texts hung the process (a FIFO blocks the
reader until someone writes; /dev/zero never ends), which would hang the test run itself.
"""

from __future__ import annotations

import json
import os
import textwrap

import pytest

from .helpers import run_karpear_python

RENDER = textwrap.dedent(
    """\
    import json, os, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.ui.text import MarkdownView
    os.chdir(sys.argv[1])  # relative image paths are read from here, if at all
    view = MarkdownView(sys.argv[2])
    view.resize(500, 300)
    view.show()
    app.processEvents()
    view.heightForWidth(320)  # measured on a copy of the document, laid out at another width
    view.grab()  # painted
    print(json.dumps({"text": view.document().toPlainText(), "hrefs": view.hrefs()}))
    """
)


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "image",
    ["{fifo}", "file://{fifo}", "pipe.png", "/dev/zero", "file:///dev/zero"],
    ids=["fifo-path", "fifo-file-url", "fifo-relative", "dev-zero-path", "dev-zero-file-url"],
)
def test_an_image_of_a_fifo_or_dev_zero_renders_without_blocking(tmp_path, data_dir, fifo, image):
    text = f"Before ![photo]({image.format(fifo=fifo)}) after, [EFF](https://ssd.eff.org/)."
    result = run_karpear_python("-c", RENDER, str(tmp_path), text, data_dir=data_dir, timeout=60)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["text"].startswith("Before") and shown["text"].endswith("after, EFF.")  # the words around it
    assert shown["hrefs"] == ["https://ssd.eff.org/"]  # the link still works
    assert "\ufffc" not in shown["text"]  # no image (U+FFFC) left in the document for a later layout to load
