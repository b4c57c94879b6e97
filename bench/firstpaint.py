"""Shared by the start-up benchmarks: bare baseline apps, and timing one run.

Every app measured (Karpear with --exit-after-paint, and the baselines below)
prints `first-paint <time.monotonic()>` when its first paint has ended, then
quits. Time to first paint is that moment minus the moment the benchmark
started the process, on the same system-wide monotonic clock, so the
interpreter's teardown at exit is not counted for either side.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass


def _script(title: str, widgets: str, body: str, *, style: bool = False) -> str:
    """A PySide6 app that shows `Window` (defined by `body`) and quits right after its first paint."""
    return f'''"""{title}, that quits right after its first paint."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, {widgets}


def report_and_quit():
    print(f"first-paint {{time.monotonic():.6f}}", flush=True)
    QApplication.quit()


class ReportsFirstPaint:
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, report_and_quit)


{body}

app = QApplication(sys.argv)
{"app.setStyleSheet(STYLE)" if style else ""}
window = Window()
window.resize(1240, 860)  # the size Karpear opens at
window.show()
sys.exit(app.exec())
'''


_BARE_BODY = """\
class Window(ReportsFirstPaint, QWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Hello")
        if {with_label}:
            QVBoxLayout(self).addWidget(QLabel("Hello, world"))
"""
BARE_WINDOW = _script("A bare PySide6 window", "QLabel, QVBoxLayout, QWidget", _BARE_BODY.format(with_label=False))
BARE_WINDOW_WITH_LABEL = _script(
    "A bare PySide6 window with a label", "QLabel, QVBoxLayout, QWidget", _BARE_BODY.format(with_label=True)
)

# What Qt itself costs to show a screen like Karpear's first one, without any Karpear code:
# the same kinds of widgets (menu bar, top bar, a guide tile, a header, one step card with a
# Markdown body in a text browser), the English texts of the first step, a style sheet with
# borders and font sizes. Karpear's time over this one is its own work (content, store,
# translations, its widget classes); this one's time over the bare window is Qt's.
_COMPARABLE_BODY = r'''\
SUMMARY = ("Ordinary phone calls and SMS can be intercepted. This checklist, updated from a 2018 advisory, "
           "moves your conversations to end-to-end encrypted apps and helps you set them up safely.")
BODY = """Ordinary phone calls and SMS travel through your mobile operator's network, and the operator can \
access them. In Cambodia:

- SIM cards have had to be registered with an identity document since 2012. A new sub-decree on SIM \
registration was adopted on 3 February 2023. Your number is linked to your name.
- The 2015 Telecommunications Law (article 97) allows "secret surveillance" with the approval of a \
"legitimate authority" that the law does not define.
- A 2018 Prakas (no. 170) asks internet providers to install monitoring tools. A 2021 sub-decree (no. 23) \
on a National Internet Gateway provides for monitoring and reporting of traffic; a 2020 draft of it provided \
for keeping connection records (metadata) for 12 months. How far it has been put into practice is not known.
- Intercepted phone calls of activists and political figures have been published or used to bring charges \
(reports from 2017, 2019 and 2023).

Your phone also tells the operator roughly where you are.

So do not say anything in an ordinary call or SMS that you would not want someone else to hear or read.
"""
STYLE = """
QMainWindow, #Page { background: #eceff3; }
#TopBar, #Card, #Header { background: white; border: 1px solid #aab2bd; border-radius: 8px; }
#Title { font-size: 17pt; font-weight: bold; }
#Section { font-size: 13pt; font-weight: bold; color: #073f7c; }
#StepTitle { font-size: 11pt; font-weight: bold; }
#Tag { background: #dcf3e1; border: 1px solid #1a7f37; border-radius: 4px; padding: 2px 8px; }
QToolButton, QPushButton { padding: 4px 10px; border: 1px solid #aab2bd; border-radius: 6px; background: white; }
QProgressBar { border: 1px solid #aab2bd; border-radius: 4px; max-height: 10px; }
QProgressBar::chunk { background: #1a7f37; }
QTextBrowser { background: transparent; border: none; }
"""


def report_and_quit():
    print(f"first-paint {time.monotonic():.6f}", flush=True)
    QApplication.quit()


def label(text, parent, name=None):
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget


def markdown(text, parent):
    view = QTextBrowser(parent)
    view.setMarkdown(text)
    view.setMinimumHeight(int(view.document().size().height()) + 4)
    return view


class Window(ReportsFirstPaint, QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Karpear")
        for title in ("Karpear", "View", "Go", "Language", "Help"):
            menu = self.menuBar().addMenu(title)
            for action in ("One", "Two", "Three", "Four"):
                menu.addAction(action)
        central = QWidget(self)
        column = QVBoxLayout(central)
        top = QFrame(central)
        top.setObjectName("TopBar")
        row = QHBoxLayout(top)
        row.addWidget(label("Karpear", top, "Section"))
        row.addStretch(1)
        row.addWidget(label("Show steps for:", top))
        combo = QComboBox(top)
        combo.addItems(["All devices", "Android", "iPhone", "Windows", "macOS", "Linux"])
        row.addWidget(combo)
        for text in ("A-", "A+", "English"):
            button = QToolButton(top)
            button.setText(text)
            row.addWidget(button)
        column.addWidget(top)
        body = QHBoxLayout()
        side = QScrollArea(central)
        side.setWidgetResizable(True)
        side.setMinimumWidth(220)
        side.setMaximumWidth(320)
        side_page = QWidget()
        side_column = QVBoxLayout(side_page)
        side_column.addWidget(label("Guides", side_page, "Section"))
        tile = QPushButton(side_page)
        tile_column = QVBoxLayout(tile)
        tile_column.addWidget(label("Protect your calls and messages from wiretapping", tile, "StepTitle"))
        tile_column.addWidget(label("3 of 22 steps done", tile))
        tile_column.addWidget(QProgressBar(tile))
        tile.setMinimumHeight(tile_column.sizeHint().height())
        side_column.addWidget(tile)
        side_column.addStretch(1)
        side.setWidget(side_page)
        body.addWidget(side)
        main = QScrollArea(central)
        main.setWidgetResizable(True)
        page = QWidget()
        page.setObjectName("Page")
        page_column = QVBoxLayout(page)
        header = QFrame(page)
        header.setObjectName("Header")
        header_column = QVBoxLayout(header)
        header_column.addWidget(label("Protect your calls and messages from wiretapping", header, "Title"))
        header_column.addWidget(label("Last reviewed: 28 November 2026", header))
        header_column.addWidget(markdown(SUMMARY, header))
        header_column.addWidget(label("3 of 22 steps done", header, "StepTitle"))
        header_column.addWidget(QProgressBar(header))
        page_column.addWidget(header)
        page_column.addWidget(label("Why ordinary calls and SMS are not private", page, "Section"))
        page_column.addWidget(markdown("Start here. What your mobile operator can see, and what end-to-end "
                                       "encryption changes.", page))
        card = QFrame(page)
        card.setObjectName("Card")
        card_row = QHBoxLayout(card)
        card_row.addWidget(QCheckBox(card))
        card_column = QVBoxLayout()
        card_column.addWidget(label("Treat ordinary calls and SMS as readable by others", card, "StepTitle"))
        card_column.addWidget(label("Done", card, "Tag"))
        card_column.addWidget(markdown(BODY, card))
        card_row.addLayout(card_column, 1)
        page_column.addWidget(card)
        page_column.addStretch(1)
        main.setWidget(page)
        body.addWidget(main, 1)
        column.addLayout(body, 1)
        self.setCentralWidget(central)
'''
COMPARABLE_WINDOW = _script(
    "A window shaped like Karpear's first screen, in plain PySide6",
    "QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton, "
    "QScrollArea, QTextBrowser, QToolButton, QVBoxLayout, QWidget",
    _COMPARABLE_BODY,
    style=True,
)


# The baselines print `first-paint <monotonic>`; Karpear prints
# `first paint: 142 ms after process start (monotonic <monotonic>)`.
_FIRST_PAINT = re.compile(r"^first[- ]paint\b.*?(\d+\.\d+)\)?$")


@dataclass(frozen=True)
class Run:
    first_paint: float  # seconds from starting the process to the end of its first paint
    exit: float  # seconds from starting the process to its exit
    peak_rss: int  # bytes


def _rss_bytes(rusage) -> int:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return rusage.ru_maxrss if sys.platform == "darwin" else rusage.ru_maxrss * 1024


def measure(command: list[str], env: dict[str, str], cwd: str | None = None) -> Run:
    """Start `command`, wait for it, and read its first-paint line."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode(errors="replace")
    _pid, status, rusage = os.wait4(process.pid, 0)
    ended = time.monotonic()
    process.stdout.close()
    code = os.waitstatus_to_exitcode(status)
    stamps = [match.group(1) for line in output.splitlines() if (match := _FIRST_PAINT.match(line))]
    if code != 0 or not stamps:
        raise SystemExit(f"{' '.join(command)} exited {code} without a first paint:\n{output[-2000:]}")
    return Run(float(stamps[0]) - start, ended - start, _rss_bytes(rusage))
