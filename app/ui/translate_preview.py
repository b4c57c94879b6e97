"""`karpear --translate LANG`: a translator's live preview, English beside the translation.

Every text of a guide (or of the tool catalogue) is a row: its key, the English
source, and the translation as the app renders it, with what needs attention
flagged. The folder is watched: when a YAML file is saved, the view reloads
within a second, keeps its place, and shows the problems `karpear check` would
print (file and line) in a panel instead of failing. Links in the texts do not
open: a preview is for reading.
"""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.content import ContentLibrary, LocalizedText, load_library
from app.content.model import ENGLISH, ContentIssue
from app.content.sources import META_FOLDER
from app.content.textchecks import is_markdown_key
from app.ui.i18n import arg, number, translate
from app.ui.labels import problem_line
from app.ui.text import MarkdownView, Tag, WrapLabel

RELOAD_DELAY_MS = 200  # an editor saves in several writes: reload once they are done
TOOL_TEXTS = "tools"  # the catalogue's texts, shown like one more guide


class Flag(StrEnum):
    MISSING = "missing"  # no text: the app shows the English
    SAME = "same"  # identical to the English: copied, perhaps not translated
    OUTDATED = "outdated"  # the English changed since this was translated


class Row(NamedTuple):
    key: str
    english: str
    translation: LocalizedText
    flags: tuple[Flag, ...]


def flag_name(flag: Flag) -> str:
    return {
        Flag.MISSING: translate("TranslatePreview", "Missing: the English is shown"),
        Flag.SAME: translate("TranslatePreview", "Same as the English"),
        Flag.OUTDATED: translate("TranslatePreview", "Outdated: the English changed"),
    }[flag]


def _flags(text: LocalizedText, english: str) -> tuple[Flag, ...]:
    if text.fallback:
        return (Flag.MISSING,)
    flags = []
    if text.outdated:
        flags.append(Flag.OUTDATED)
    if text.value.strip() == english.strip() and len(english.split()) > 1:  # a name alone may stay as it is
        flags.append(Flag.SAME)
    return tuple(flags)


def rows_of(library: ContentLibrary, name: str, language: str) -> list[Row]:
    """Every text of guide `name` (or of the catalogue) in `language`, beside its English source."""
    if name == TOOL_TEXTS:
        texts = [tool.reason for tool in library.catalogue(language).tools]
        sources = [tool.reason for tool in library.catalogue(ENGLISH).tools]
    else:
        texts = library.guide(name, language).texts
        sources = library.guide(name, ENGLISH).texts
    english = {text.key: text.value for text in sources}
    return [Row(t.key, english.get(t.key, ""), t, _flags(t, english.get(t.key, ""))) for t in texts]


class TranslatePreview(QMainWindow):
    def __init__(self, root: Path, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.root, self.language = Path(root), language
        self.library: ContentLibrary | None = None
        self.rows: list[Row] = []
        self.cards: dict[str, QFrame] = {}
        self.resize(1100, 800)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.guide_combo = QComboBox(central)
        self.guide_combo.currentIndexChanged.connect(lambda _index: self.show_rows())
        self.summary = WrapLabel("", central, name="Muted")
        top.addWidget(self.guide_combo)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.review_notice = WrapLabel("", central, name="Muted")
        layout.addWidget(self.review_notice)
        self.problems = WrapLabel("", central, name="Problems")
        self.problems.hide()
        layout.addWidget(self.problems)
        self.scroll = QScrollArea(central)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.setCentralWidget(central)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.watcher = QFileSystemWatcher(self)
        # Editors often save by writing a new file and renaming it over the old one: the folder
        # changes, and the old file's watch is gone, so both are watched and re-added each time.
        self.watcher.fileChanged.connect(lambda _path: self._reload_timer.start())
        self.watcher.directoryChanged.connect(lambda _path: self._reload_timer.start())
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the folder again; keep showing the same text at the top of the view."""
        top = self.top_key()
        self.library = load_library(self.root)
        self._watch()
        self._fill_guides()
        # Another language's problems are its translator's: the shared files' and this language's are shown.
        others = set(self.library.languages) - {self.language, ENGLISH}
        self._show_problems([issue for issue in self.library.issues if Path(issue.path).stem not in others])
        self.show_rows(keep=top)
        self.setWindowTitle(
            arg(translate("TranslatePreview", "Translation preview: %1 (%2)"), self.language_name, str(self.root))
        )

    @property
    def language_name(self) -> str:
        return self.library.language_name(self.language) if self.library else self.language

    def _watch(self) -> None:
        guides = [p for p in self.root.iterdir() if p.is_dir()]
        folders = [self.root, *guides, *(g / META_FOLDER for g in guides if (g / META_FOLDER).is_dir())]
        files = [p for folder in folders for p in folder.glob("*.yaml") if p.is_file()]
        for paths in (self.watcher.files(), self.watcher.directories()):
            if paths:
                self.watcher.removePaths(paths)
        self.watcher.addPaths([str(p) for p in folders + files])

    def _fill_guides(self) -> None:
        chosen = self.guide_combo.currentData()
        self.guide_combo.blockSignals(True)
        self.guide_combo.clear()
        for guide_id in self.library.guide_ids:
            self.guide_combo.addItem(self.library.guide(guide_id, ENGLISH).title.value, guide_id)
        self.guide_combo.addItem(translate("TranslatePreview", "Tool texts"), TOOL_TEXTS)
        self.guide_combo.setCurrentIndex(max(0, self.guide_combo.findData(chosen)))
        self.guide_combo.blockSignals(False)

    def _show_problems(self, issues: list[ContentIssue]) -> None:
        if not issues:
            self.problems.hide()
            return
        lines = [problem_line(issue) for issue in issues]
        heading = translate("TranslatePreview", "Problems (%1), as “karpear check” reports them:")
        self._show_problems_text("\n".join([arg(heading, number(len(lines))), *lines]))

    def _show_problems_text(self, text: str) -> None:
        self.problems.set_text(text)
        self.problems.show()

    # -- the rows -----------------------------------------------------------------------
    def show_rows(self, keep: str | None = None) -> None:
        name = self.guide_combo.currentData()
        keep = keep or self.top_key()
        self.rows = rows_of(self.library, name, self.language) if name else []
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(WrapLabel(translate("TranslatePreview", "English"), page, name="SectionTitle"), 0, 0)
        grid.addWidget(WrapLabel(self.language_name, page, name="SectionTitle"), 0, 1)
        self.cards = {}
        for index, row in enumerate(self.rows, start=1):
            card = self._card(row, page)
            grid.addWidget(card, index, 0, 1, 2)
            self.cards[row.key] = card
        grid.setRowStretch(len(self.rows) + 1, 1)
        self.scroll.setWidget(page)
        self._show_summary(name)
        if keep in self.cards:
            QTimer.singleShot(0, lambda: self.scroll_to(keep))  # once the new page has its geometry

    def _card(self, row: Row, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("StepCard")
        layout = QGridLayout(card)
        header = QHBoxLayout()
        header.addWidget(WrapLabel(row.key, card, name="Muted"), 1)
        for flag in row.flags:
            header.addWidget(Tag(flag_name(flag), "warning", card))
        if Flag.OUTDATED in row.flags:
            confirm = QPushButton(translate("TranslatePreview", "Still right: confirm"), card)
            confirm.setToolTip(
                translate("TranslatePreview", "Record that this translation says what the English says now")
            )
            confirm.clicked.connect(lambda _checked=False, key=row.key: self.confirm(key))
            header.addWidget(confirm)
        layout.addLayout(header, 0, 0, 1, 2)
        layout.addWidget(_text_view(row.key, row.english, card), 1, 0)
        layout.addWidget(_text_view(row.key, row.translation.value, card), 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        return card

    def _show_summary(self, name: str | None) -> None:
        counts = {flag: sum(flag in row.flags for row in self.rows) for flag in Flag}
        self.summary.set_text(
            arg(
                translate("TranslatePreview", "%1 texts: %2 missing, %3 outdated, %4 same as the English."),
                number(len(self.rows)),
                number(counts[Flag.MISSING]),
                number(counts[Flag.OUTDATED]),
                number(counts[Flag.SAME]),
            )
        )
        reviewed = name and name != TOOL_TEXTS and self.library.guide(name, self.language).review.is_reviewed
        self.review_notice.setVisible(self.language != ENGLISH and not reviewed)
        self.review_notice.set_text(
            translate("TranslatePreview", "Not reviewed yet: a second native speaker should read this language.")
        )

    def confirm(self, key: str) -> bool:
        """As `karpear translate confirm`: the file change reloads the view, and the flag goes."""
        from app.translate_cli import run_confirm  # noqa: PLC0415 - only when a translator confirms

        out, err = io.StringIO(), io.StringIO()
        name = self.guide_combo.currentData()
        if run_confirm(self.language, [key], name, False, self.root, out, err) != 0:
            self._show_problems_text(err.getvalue().strip())
            return False
        self._reload_timer.start()  # at once, even where the system reports file changes late
        return True

    # -- keeping the place ------------------------------------------------------------
    def top_key(self) -> str | None:
        """The key of the first text at least partly in view."""
        top = self.scroll.verticalScrollBar().value()
        return next((key for key, card in self.cards.items() if card.geometry().bottom() >= top), None)

    def scroll_to(self, key: str) -> None:
        card = self.cards.get(key)
        if card is not None:
            self.scroll.verticalScrollBar().setValue(card.geometry().top())


def _text_view(key: str, text: str, parent: QWidget) -> QWidget:
    if is_markdown_key(key):
        return MarkdownView(text, parent)  # its links go to a signal nobody listens to: nothing opens
    return WrapLabel(text, parent)


def run_preview(language: str, root: Path | None) -> int:
    """Open the preview (from the command line); the exit code of the event loop, 2 for a bad language."""
    from app.resources import guides_dir, is_frozen  # noqa: PLC0415
    from app.store.settings import FONT_SIZE_DEFAULT  # noqa: PLC0415
    from app.ui import fonts, theme  # noqa: PLC0415
    from app.ui.i18n import Translations  # noqa: PLC0415
    from app.ui.main import create_application  # noqa: PLC0415

    root = root or guides_dir()
    known = load_library(root).languages if (root / "tools.yaml").is_file() else ()
    if language not in known:
        problem = f"no language {language!r} in {root}" + (f" (it has: {', '.join(known)})" if known else "")
        print(f"karpear --translate: error: {problem}; `karpear translate new LANG` adds one", file=sys.stderr)
        return 2
    app = create_application()
    if not is_frozen():
        from app.ui.i18n_build import ensure_compiled  # noqa: PLC0415 - only from a checkout

        ensure_compiled()
    Translations.shared().switch(language)  # the preview's own words, in the language where they exist
    app.setFont(fonts.ui_font(language, FONT_SIZE_DEFAULT))
    scheme = theme.SCHEMES[theme.system_scheme_name()]
    app.setStyleSheet(theme.style_sheet(FONT_SIZE_DEFAULT, app.primaryScreen().logicalDotsPerInch() / 72, scheme))
    preview = TranslatePreview(root, language)
    preview.show()
    return app.exec()
