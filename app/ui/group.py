"""A trainer's group session: participants (by pseudonym) × steps, ticked as the room works.

One session belongs to one guide. Rows are the guide's steps, columns the
participants, with totals per step ("9 of 14") and per person. A step changed
since someone's tick keeps the tick and is marked, as in the main window. The
summary exports counts per step only, never a pseudonym.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content import Guide
from app.store import LoadReport
from app.store.sessions import GroupSession, PseudonymError, SessionStore, summary_csv
from app.ui.i18n import arg, number, translate
from app.ui.messages import Dialog, confirm
from app.ui.notices import save_error_message
from app.ui.text import WrapLabel

Qt = QtCore.Qt
CHANGED_MARK = "\u26a0"  # ⚠ beside a tick made before the step changed


class GroupWindow(QWidget):
    """Sessions of one guide: pick or create one, add pseudonyms, tick the grid, export, delete."""

    def __init__(self, store: SessionStore, report: LoadReport, guide: Guide, data_folder: Path):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("GroupWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store = store
        self.guide = guide
        self._folder = data_folder
        self._filling = False
        self.setWindowTitle(arg(translate("Group", "Group session: %1"), str(guide.title)))
        self._build()
        if not report.ok:
            self._say(
                translate(
                    "Group",
                    "The saved group sessions could not be used (damaged, or from a newer version of Karpear). "
                    "They were moved aside, not deleted; this window starts without them.",
                )
            )
        self._fill_sessions()

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            WrapLabel(
                translate(
                    "Group",
                    "Use pseudonyms or initials, never real names: whoever takes this computer could read the list.",
                ),
                self,
                name="PrivacyNote",
            )
        )
        sessions_row = QHBoxLayout()
        self.session_combo = QComboBox(self)
        self.session_combo.currentIndexChanged.connect(lambda _index: self._fill_grid())
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(translate("Group", "Name of a new session, e.g. Tuesday group"))
        self.new_name.returnPressed.connect(self.create_session)
        create = QPushButton(translate("Group", "New session"), self)
        create.clicked.connect(self.create_session)
        self.delete_button = QPushButton(translate("Group", "Delete session…"), self)
        self.delete_button.clicked.connect(self.ask_delete)
        for widget in (self.session_combo, self.new_name, create, self.delete_button):
            sessions_row.addWidget(widget)
        sessions_row.setStretch(0, 2)
        sessions_row.setStretch(1, 2)
        layout.addLayout(sessions_row)

        people_row = QHBoxLayout()
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setPlaceholderText(translate("Group", "Pseudonym of a participant"))
        self.pseudonym.returnPressed.connect(self.add_person)
        self.add_button = QPushButton(translate("Group", "Add participant"), self)
        self.add_button.clicked.connect(self.add_person)
        self.export_button = QPushButton(translate("Group", "Export summary (CSV)…"), self)
        self.export_button.clicked.connect(self.ask_export)
        people_row.addWidget(self.pseudonym, 2)
        people_row.addWidget(self.add_button)
        people_row.addStretch(1)
        people_row.addWidget(self.export_button)
        layout.addLayout(people_row)

        self.message = WrapLabel("", self, name="GroupMessage")
        self.message.hide()
        layout.addWidget(self.message)

        self.grid = QTableWidget(self)
        self.grid.itemChanged.connect(self._on_item_changed)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.grid, 1)
        self.resize(1000, 640)

    def _say(self, text: str) -> None:
        self.message.set_text(text)
        self.message.setVisible(bool(text))

    # -- sessions -------------------------------------------------------------------
    @property
    def current(self) -> GroupSession | None:
        session_id = self.session_combo.currentData()
        return self.store.get(session_id) if session_id else None

    def _fill_sessions(self, select: str | None = None) -> None:
        self._filling = True
        self.session_combo.clear()
        for session in self.store.sessions(self.guide.id):
            label = arg(translate("Group", "%1 (%2 participants)"), session.name, number(len(session.people)))
            self.session_combo.addItem(label, session.id)
        if select is not None:
            self.session_combo.setCurrentIndex(self.session_combo.findData(select))
        self._filling = False
        self._fill_grid()

    def create_session(self) -> str | None:
        name = self.new_name.text().strip() or translate("Group", "Group session")
        try:
            session_id = self.store.create(self.guide.id, name)
        except OSError as exc:
            self._say(save_error_message(exc, self._folder))
            return None
        self.new_name.clear()
        self._say("")
        self._fill_sessions(select=session_id)
        return session_id

    def ask_delete(self) -> Dialog | None:
        session = self.current
        if session is None:
            return None
        return confirm(
            self,
            title=translate("Group", "Delete session"),
            heading=arg(translate("Group", "Delete the session “%1”?"), session.name),
            text=translate("Group", "Its participants and their ticks are removed from this computer."),
            confirm_text=translate("Group", "Delete"),
            on_confirm=lambda: self.delete(session.id),
            dangerous=True,
        )

    def delete(self, session_id: str) -> None:
        try:
            self.store.delete(session_id)
        except OSError as exc:
            self._say(save_error_message(exc, self._folder))
            return
        self._fill_sessions()

    # -- participants -----------------------------------------------------------------
    def add_person(self) -> bool:
        session = self.current
        if session is None:
            self._say(translate("Group", "Create a session first."))
            return False
        try:
            self.store.add_person(session.id, self.pseudonym.text())
        except PseudonymError as refused:
            self._say(
                {
                    "empty": translate("Group", "Type a pseudonym first."),
                    "too-long": translate("Group", "That pseudonym is too long: keep it short."),
                    "duplicate": translate("Group", "Someone in this session already has that pseudonym."),
                }[refused.reason]
            )
            return False
        except OSError as exc:
            self._say(save_error_message(exc, self._folder))
            return False
        self.pseudonym.clear()
        self._say("")
        self._fill_sessions(select=session.id)
        return True

    # -- the grid ---------------------------------------------------------------------
    def _fill_grid(self) -> None:
        if self._filling:
            return
        self._filling = True
        session = self.current
        steps = self.guide.steps
        people = session.people if session else ()
        self.grid.clear()
        self.grid.setRowCount(len(steps) + 1)
        self.grid.setColumnCount(len(people) + 1)
        self.grid.setHorizontalHeaderLabels([*people, translate("Group", "Done")])
        self.grid.setVerticalHeaderLabels([str(step.title) for step in steps] + [translate("Group", "Done")])
        for row, step in enumerate(steps):
            for column, person in enumerate(people):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                done = session.is_done(person, step.id)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                if session.changed_since(person, step.id, step.revision):
                    item.setText(CHANGED_MARK)
                    item.setToolTip(translate("Group", "This step was updated since it was ticked."))
                item.setData(Qt.ItemDataRole.UserRole, (person, step.id, step.revision))
                self.grid.setItem(row, column, item)
        self._fill_totals(session)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.delete_button.setEnabled(session is not None)
        self.export_button.setEnabled(session is not None)
        self.add_button.setEnabled(session is not None)
        self._filling = False

    def _fill_totals(self, session: GroupSession | None) -> None:
        steps, people = self.guide.steps, session.people if session else ()
        for row, step in enumerate(steps):
            count = session.count(step.id) if session else 0
            self._set_total(row, len(people), arg(translate("Group", "%1 of %2"), number(count), number(len(people))))
        for column, person in enumerate(people):
            done = session.person_count(person, [s.id for s in steps])
            self._set_total(len(steps), column, arg(translate("Group", "%1 of %2"), number(done), number(len(steps))))

    def _set_total(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.grid.setItem(row, column, item)

    def total_text(self, step_id: str) -> str:
        row = [step.id for step in self.guide.steps].index(step_id)
        return self.grid.item(row, self.grid.columnCount() - 1).text()

    def person_total_text(self, person: str) -> str:
        column = list(self.current.people).index(person)
        return self.grid.item(self.grid.rowCount() - 1, column).text()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        session = self.current
        if self._filling or not key or session is None:
            return
        person, step_id, revision = key
        done = item.checkState() == Qt.CheckState.Checked
        try:
            self.store.set_done(session.id, person, step_id, done, revision)
        except OSError as exc:
            self._say(save_error_message(exc, self._folder))
        self._fill_grid()  # what is saved, totals and marks included (a failed save shows the box as it was)

    def tick(self, person: str, step_id: str, done: bool = True) -> None:
        """Tick a cell as a click does (tests and keyboard users)."""
        row = [step.id for step in self.guide.steps].index(step_id)
        column = list(self.current.people).index(person)
        self.grid.item(row, column).setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    # -- export ---------------------------------------------------------------------
    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("Group", "Export summary"), f"{self.guide.id}-summary.csv", "CSV (*.csv)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        session = self.current
        if session is None:
            return False
        text = summary_csv(session, [(step.id, str(step.title)) for step in self.guide.steps])
        try:
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self._say(
                arg(
                    translate("Group", "The summary could not be written to %1: %2"),
                    str(path),
                    exc.strerror or str(exc),
                )
            )
            return False
        self._say(arg(translate("Group", "Summary written to %1 (counts only, no names)."), str(path)))
        return True
