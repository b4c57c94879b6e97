"""The main window and `run_app`: guides at the side, the selected checklist in the middle.

Language switches rebuild the window's contents from the model (the guide
texts change with it); a platform filter change rebuilds only the checklist.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see properties.py
from PySide6.QtCore import QTimer, Signal, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import version as karpear_version
from app.content.model import DEVICE_PLATFORMS, PSEUDO
from app.resources import is_frozen, resource_path
from app.startclock import first_paint_report
from app.store import EraseReport
from app.store.settings import FONT_SIZE_DEFAULT, FONT_SIZE_MAX, FONT_SIZE_MIN
from app.ui import fonts, theme
from app.ui.flow_layout import FlowLayout
from app.ui.focus_keeper import focus_place, restore_focus
from app.ui.guide_list import GuideList
from app.ui.guide_view import GuideView
from app.ui.i18n import FIRST_LANGUAGE, NATIVE_NAMES, Translations, arg, system_language, translate, ui_languages
from app.ui.labels import platform_name
from app.ui.link_gate import LinkGate
from app.ui.local_guides import go_menu_title, local_guides_message
from app.ui.messages import Banner, Dialog, confirm
from app.ui.notices import (
    erase_message,
    protection_message,
    report_message,
    save_error_message,
    set_aside_at_save_message,
)
from app.ui.quick_exit import QuickExit
from app.ui.session import Session
from app.ui.sidebar_layout import SidebarLayout
from app.ui.text import set_line_height

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtGui import QAction

APP_NAME = "Karpear"


def platform_choices() -> list[tuple[str | None, str]]:
    """The platform filter's choices, (code, name): all devices (None), then each platform."""
    return [(None, translate("MainWindow", "All devices"))] + [(code, platform_name(code)) for code in DEVICE_PLATFORMS]


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, when the window has painted for the first time

    def __init__(self, session: Session, translations: Translations | None = None, *, quit_after_paint: bool = False):
        super().__init__()
        self.session = session
        self._translations = translations or Translations.shared()
        self.scheme = theme.SCHEMES[theme.system_scheme_name()]
        self._following_scheme = False
        self._quit_after_paint = quit_after_paint
        self._painted = False
        self.quick_exit: QuickExit | None = None
        self.gate = LinkGate(session.library, self)
        self.presentation: QWidget | None = None  # the presentation window while one is open
        self.group_window: QWidget | None = None  # the trainer's group session grid, once opened
        self._presentation_screen_name: str | None = None  # chosen in View > Present on screen
        self.gate.installer_check_requested.connect(lambda tool_id: self.check_installer(tool_id=tool_id))
        self.verify_panel = None
        self.handout_dialog = None
        self.setAcceptDrops(True)  # an installer dropped on the window is checked
        self.languages = self._available_languages()
        # Notices survive a language switch: key -> (tone, text maker), in the order shown.
        self._notices: dict[str, tuple[str, Callable[[], str]]] = {}
        self.banners: dict[str, Banner] = {}
        self._notice_area: QVBoxLayout | None = None
        self._collect_start_notices()
        settings = session.settings
        self.language = settings.language if settings.language in self.languages else system_language(self.languages)
        if PSEUDO in self.languages:  # a developer asked for it (--pseudo): it is there only then
            self.language = PSEUDO
        self.guide_id = self._initial_guide()
        screen = QGuiApplication.primaryScreen()
        space = screen.availableGeometry() if screen else None
        # Large enough for a checklist and its tools; never larger than a small laptop's screen.
        self.resize(min(1240, space.width() - 40) if space else 1240, min(860, space.height() - 40) if space else 860)
        self.set_language(self.language, save=False)

    # -- start-up -------------------------------------------------------------------
    def _available_languages(self) -> list[str]:
        codes = dict.fromkeys((*self.session.library.languages, *ui_languages()))
        return sorted(codes, key=lambda code: code != FIRST_LANGUAGE)  # stable: the others keep their order

    def _initial_guide(self) -> str | None:
        ids = self.session.library.guide_ids
        last = self.session.settings.last_guide_id
        return last if last in ids else (ids[0] if ids else None)

    def _collect_start_notices(self) -> None:
        session = self.session
        errors = len(session.library.errors)
        if errors:
            self._notices["content"] = (
                "danger",
                lambda: arg(
                    translate(
                        "MainWindow",
                        "Some guide content is damaged and was left out; the rest works normally. "
                        "Problems found: %1. A trainer can run “karpear check” to see them.",
                    ),
                    errors,
                ),
            )
        if session.library.local.errors:
            self._notices["local"] = ("danger", lambda: local_guides_message(session.library.local))
        if not session.progress_report.ok:
            self._notices["progress"] = ("warning", lambda: report_message(session.progress_report, progress=True))
        if not session.settings_report.ok:
            self._notices["settings"] = ("warning", lambda: report_message(session.settings_report, progress=False))

    def notify(self, key: str, tone: str, text: Callable[[], str]) -> None:
        """Show (or replace) an in-window notice, last; `text` is called again after a language switch."""
        self._notices.pop(key, None)
        self._notices[key] = (tone, text)
        self._render_notices()

    def _dismiss(self, key: str) -> None:
        self._notices.pop(key, None)
        self._render_notices()

    # -- building -------------------------------------------------------------------
    def _rebuild(self) -> None:
        self.setWindowTitle(APP_NAME)
        self._build_menus()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar(central))
        self._notice_area = QVBoxLayout()
        self._notice_area.setContentsMargins(16, 0, 16, 0)
        self._notice_area.setSpacing(8)
        layout.addLayout(self._notice_area)
        self.guide_list = GuideList(central)
        self.guide_list.guide_selected.connect(self.select_guide)
        self.guide_view = GuideView(self.session, self.gate, central)
        self.guide_view.progress_changed.connect(self._refresh_tiles)
        self.guide_view.progress_changed.connect(self._on_progress_saved)
        self.guide_view.store_failed.connect(self._on_store_failed)
        layout.addLayout(SidebarLayout(self.guide_list, self.guide_view), 1)
        self.setCentralWidget(central)
        self._render_notices()
        self._fill_guides()
        if self._painted:
            self._after_first_paint()

    def _build_top_bar(self, parent: QWidget) -> QWidget:
        bar = QFrame(parent)  # a frame draws the style sheet's background
        bar.setObjectName("TopBar")
        self.top_bar = bar
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        name = QLabel(APP_NAME, bar)
        name.setObjectName("AppName")
        layout.addWidget(name)
        # The controls wrap onto a second row rather than widen the window (large text, French).
        controls = QWidget(bar)
        layout.addWidget(controls, 1)
        flow = FlowLayout(controls, spacing=10, toolbar=True)

        def group(*widgets: QWidget) -> None:  # kept together on one row
            box = QWidget(controls)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            for widget in widgets:
                widget.setParent(box)
                row.addWidget(widget)
            flow.addWidget(box)

        filter_label = QLabel(translate("MainWindow", "Show steps for:"), bar)
        self.platform_combo = QComboBox(bar)
        self.platform_combo.setAccessibleName(translate("MainWindow", "Show steps for:"))
        filter_label.setBuddy(self.platform_combo)
        for code, text in platform_choices():
            self.platform_combo.addItem(text, code)
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(self.session.platform)))
        self.platform_combo.currentIndexChanged.connect(
            lambda index: self.set_platform(self.platform_combo.itemData(index))
        )
        group(filter_label, self.platform_combo)

        size_buttons = []
        for text, accessible, step in (
            ("A−", translate("MainWindow", "Smaller text"), -1),
            ("A+", translate("MainWindow", "Larger text"), +1),
        ):
            button = QToolButton(bar)
            button.setText(text)
            button.setAccessibleName(accessible)
            button.setToolTip(accessible)
            button.clicked.connect(lambda _checked=False, step=step: self.change_font_size(step))
            size_buttons.append(button)
        group(*size_buttons)

        self.language_button = QToolButton(bar)
        self.language_button.setObjectName("LanguageButton")
        self.language_button.setText(self.language_name(self.language))
        self.language_button.setAccessibleName(translate("MainWindow", "Language"))
        self.language_button.setToolTip(translate("MainWindow", "Language"))
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        group(self.language_button)
        return bar

    def _build_menus(self) -> None:
        """The menu bar with its menus still empty: `_fill_menus` adds their items after the first paint.

        Building ~20 actions with their shortcuts costs ~5 ms of start-up, for menus that
        nobody can open before the window shows.
        """
        menus = self.menuBar()
        for old in menus.children():
            if isinstance(old, QMenu):
                old.deleteLater()  # clear() only detaches them
        menus.clear()
        # The language menu is named in every language, so a person lost in a foreign interface
        # can still find it.
        language = translate("MainWindow", "&Language")
        titles = {
            "app": translate("MainWindow", "&Karpear"),
            "view": translate("MainWindow", "&View"),
            "go": translate("MainWindow", "&Go"),
            "language": language if self.language == "en" else f"{language} · Language",
            "help": translate("MainWindow", "&Help"),
        }
        self._menus = {key: menus.addMenu(title) for key, title in titles.items()}
        self.language_menu = self._menus["language"]
        self._platform_actions: dict[str | None, QAction] = {}
        self._guide_actions: dict[str, QAction] = {}

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QActionGroup, QKeySequence  # noqa: PLC0415 - their types cost ~1 ms to load

        def action(menu: QMenu, text: str, slot: Callable[[], object], *keys: QKeySequence | str) -> QAction:
            act = menu.addAction(text)
            sequences = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}  # a standard key may repeat one
            act.setShortcuts([s for s in sequences.values() if not s.isEmpty()])
            act.triggered.connect(lambda _checked=False: slot())
            return act

        app_menu, view, go = self._menus["app"], self._menus["view"], self._menus["go"]
        action(app_menu, translate("MainWindow", "Check an installer…"), self.check_installer)
        action(app_menu, translate("MainWindow", "Group session…"), self.open_group, "Ctrl+G")
        print_keys = QKeySequence.StandardKey.Print
        action(app_menu, translate("MainWindow", "Print a handout…"), self.print_handout, print_keys)
        app_menu.addSeparator()
        action(app_menu, translate("MainWindow", "Erase all my data…"), self.ask_erase)
        app_menu.addSeparator()
        action(app_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")

        action(view, translate("MainWindow", "Larger text"), lambda: self.change_font_size(+1), "Ctrl+=", "Ctrl++")
        action(view, translate("MainWindow", "Smaller text"), lambda: self.change_font_size(-1), "Ctrl+-")
        action(view, translate("MainWindow", "Normal text size"), lambda: self.change_font_size(None), "Ctrl+0")
        view.addSeparator()
        platforms = view.addMenu(translate("MainWindow", "Show steps for"))
        group = QActionGroup(platforms)
        for code, text in platform_choices():
            act = platforms.addAction(text)
            act.setCheckable(True)
            act.setChecked(code == self.session.platform)
            act.triggered.connect(lambda _checked=False, code=code: self.set_platform(code))
            group.addAction(act)
            self._platform_actions[code] = act

        view.addSeparator()
        action(view, translate("MainWindow", "Present to a room"), self.present, "F5")
        pairs = view.addMenu(translate("MainWindow", "Present in two languages"))
        for code in self.languages:
            if code != self.language:
                text = arg(
                    translate("MainWindow", "%1 above, %2 below"),
                    self.language_name(self.language),
                    self.language_name(code),
                )
                pairs.addAction(text).triggered.connect(lambda _checked=False, code=code: self.present(second=code))
        self._screens_menu = view.addMenu(translate("MainWindow", "Present on screen"))
        self._screens_menu.aboutToShow.connect(self._fill_screens_menu)

        action(go, translate("MainWindow", "Next step"), lambda: self.guide_view.focus_step(+1), "Ctrl+Down")
        action(go, translate("MainWindow", "Previous step"), lambda: self.guide_view.focus_step(-1), "Ctrl+Up")
        go.addSeparator()
        action(go, translate("MainWindow", "Next guide"), lambda: self._step_guide(+1), "Ctrl+PgDown")
        action(go, translate("MainWindow", "Previous guide"), lambda: self._step_guide(-1), "Ctrl+PgUp")
        go.addSeparator()  # every guide by name: the guide list folds away in a narrow window
        group = QActionGroup(go)
        library = self.session.library
        for guide in library.guides(self.language):
            act = go.addAction(go_menu_title(guide.title.value) if library.is_local(guide.id) else guide.title.value)
            act.setCheckable(True)
            act.setChecked(guide.id == self.guide_id)
            act.setData(guide.id)
            act.triggered.connect(lambda _checked=False, gid=guide.id: self.select_guide(gid))
            group.addAction(act)
            self._guide_actions[guide.id] = act

        group = QActionGroup(self.language_menu)
        for code in self.languages:
            act = self.language_menu.addAction(self.language_name(code))
            act.setCheckable(True)
            act.setChecked(code == self.language)
            act.setData(code)
            act.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            group.addAction(act)

        action(self._menus["help"], translate("MainWindow", "About Karpear"), self.show_about)

    # -- presentation mode -------------------------------------------------------------
    def present(self, second: str | None = None) -> QWidget | None:
        """Show the current guide one step per screen, full screen on the chosen (or the other) screen."""
        from app.ui.present import PresentationWindow, presentation_screen  # noqa: PLC0415 - on first use

        if self.guide_id is None:
            return None
        current = self.guide_view.current_index()
        start = self.guide_view.cards[current].step.id if current >= 0 else None
        languages = [self.language] if second is None else [self.language, second]
        presentation = PresentationWindow(
            self.session.library, self.guide_id, languages, self.session.platform, self.language, start, self.gate
        )
        presentation.closed.connect(self._back_from_presentation)
        presentation.present_on(presentation_screen(self, self._chosen_screen()))
        self.presentation = presentation
        return presentation

    def open_group(self) -> QWidget | None:
        """The trainer's grid of participants × steps for the current guide."""
        from app.store.sessions import SESSIONS_FILE, SessionStore  # noqa: PLC0415 - on first use
        from app.ui.group import GroupWindow  # noqa: PLC0415

        if self.guide_id is None:
            return None
        store, report = SessionStore.open(backend=self.session.storage(SESSIONS_FILE))
        guide = self.session.library.guide(self.guide_id, self.language)
        self.group_window = GroupWindow(store, report, guide, self.session.data_folder)
        self.group_window.show()
        return self.group_window

    def print_handout(self) -> QWidget | None:
        """The current guide as a PDF to print, in the window's language unless the trainer picks others."""
        from app.ui.handout_dialog import HandoutDialog, saved_message  # noqa: PLC0415 - on first use

        if self.guide_id is None:
            return None
        dialog = HandoutDialog(self.session.library, self.guide_id, self.language, self.language_name, self)
        dialog.saved.connect(lambda path, pages: self.notify("handout", "info", lambda: saved_message(path, pages)))
        dialog.open()
        self.handout_dialog = dialog
        return dialog

    def _chosen_screen(self):
        name = self._presentation_screen_name
        return next((s for s in QGuiApplication.screens() if s.name() == name), None)

    def _fill_screens_menu(self) -> None:
        self._screens_menu.clear()
        chosen = self._chosen_screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            act = self._screens_menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            act.setCheckable(True)
            act.setChecked(screen is chosen)
            act.setData(screen.name())
            act.triggered.connect(lambda _checked=False, act=act: self._choose_screen(act.data()))

    def _choose_screen(self, name: str) -> None:
        self._presentation_screen_name = name

    def _back_from_presentation(self, step_id: str) -> None:
        self.presentation = None
        self.activateWindow()
        if step_id:
            self.guide_view.focus_step_id(step_id)

    def language_name(self, code: str) -> str:
        name = self.session.library.language_name(code)
        return name if name != code else NATIVE_NAMES.get(code, code)

    def _fill_guides(self) -> None:
        library = self.session.library
        self.guide_list.set_guides(library.guides(self.language), self.guide_id, frozenset(library.local.folders))
        self._refresh_tiles()
        self._show_current_guide()

    def _refresh_tiles(self, *guide_ids: str) -> None:
        """Progress on the guides' tiles (every guide's when none is named)."""
        library = self.session.library
        for guide_id in guide_ids or library.guide_ids:
            self.guide_list.set_progress(guide_id, *self.session.counts(library.guide(guide_id, self.language)))

    def _show_current_guide(self) -> None:
        library = self.session.library
        guide = library.guide(self.guide_id, self.language) if self.guide_id else None
        self.guide_view.show_guide(guide, library.catalogue(self.language))

    def _render_notices(self) -> None:
        if self._notice_area is None:
            return  # not built yet: _rebuild renders them
        for banner in self.banners.values():
            banner.deleteLater()
        self.banners = {}
        previous: QWidget = self.language_button
        for key, (tone, text) in self._notices.items():
            banner = Banner(tone, text(), self.centralWidget())
            button = banner.add_button(translate("Banner", "Dismiss"), lambda key=key: self._dismiss(key))
            self._notice_area.addWidget(banner)
            self.banners[key] = banner
            QWidget.setTabOrder(previous, button)  # notices come right after the top bar, not last
            previous = button
        self._notice_area.setContentsMargins(16, 12 if self._notices else 0, 16, 4 if self._notices else 0)
        self._keep_room_for_wrapped_text()

    # -- actions ------------------------------------------------------------------------
    def set_language(self, code: str, *, save: bool = True) -> None:
        if not self._translations.switch(code) and code != "en":
            self.notify(
                "translation",
                "warning",
                # In English on purpose: the interface has no translation into this language to say it in.
                lambda: (
                    "The interface itself is not yet translated into this language, so menus and buttons are "
                    "in English. The guides show what is translated; texts not yet translated are marked."
                ),
            )
        else:
            self._notices.pop("translation", None)
        self.language = code
        set_line_height(fonts.line_height_percent(code))
        self._apply_font()
        focus = focus_place(self) if self._painted else None  # before the paint, nothing has the focus yet
        self._rebuild()
        if self._painted:
            restore_focus(self, focus)
        if save and code != PSEUDO:  # the next start without --pseudo comes back to the person's language
            self.session.settings.language = code
            self._save_settings()

    def set_platform(self, platform: str | None) -> None:
        if platform == self.session.platform:
            return
        self.session.settings.platform_filter = platform
        self._save_settings()
        if platform in self._platform_actions:  # the View menu follows the combo, and back
            self._platform_actions[platform].setChecked(True)
        self.platform_combo.blockSignals(True)
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(platform)))
        self.platform_combo.blockSignals(False)
        self._refresh_tiles()
        self._show_current_guide()

    def change_font_size(self, step: int | None) -> None:
        """Bigger (+1) or smaller (-1) text, or back to normal (None)."""
        settings = self.session.settings
        size = FONT_SIZE_DEFAULT if step is None else settings.font_size + step
        settings.font_size = max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, size))
        self._apply_font()
        self._save_settings()

    def _apply_font(self) -> None:
        app = QApplication.instance()
        size = self.session.settings.font_size
        app.setFont(fonts.ui_font(self.language, size))
        screen = app.primaryScreen()
        sheet = theme.style_sheet(size, (screen.logicalDotsPerInch() if screen else 96) / 72, self.scheme)
        # Setting a style sheet restyles every widget, even with the same text (~200 ms with a whole
        # guide built); a language switch keeps the sheet and rebuilds the window anyway.
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
        self._keep_room_for_wrapped_text()

    def set_scheme(self, scheme: theme.Scheme) -> None:
        """Light or dark colours, for the whole application."""
        if scheme == self.scheme:
            return
        self.scheme = scheme
        QApplication.instance().setPalette(theme.palette(scheme))
        self._apply_font()

    def _follow_system_scheme(self) -> None:
        """Light or dark as the system says now, and whenever the person changes it (once per window).

        After the first paint: the Qt enum `colorScheme()` returns would cost ~30 ms before it (theme.py).
        """
        if self._following_scheme:
            return  # a language switch runs the after-paint work again: one connection is enough
        self._following_scheme = True
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._on_color_scheme_changed(hints.colorScheme())

    def _on_color_scheme_changed(self, color_scheme: QtCore.Qt.ColorScheme) -> None:
        scheme = theme.scheme_for(color_scheme)
        if scheme is not None:  # Unknown: the system did not say, keep what the palette suggested
            self.set_scheme(scheme)

    def select_guide(self, guide_id: str) -> None:
        if guide_id == self.guide_id:
            return
        self.guide_id = guide_id
        if guide_id in self.guide_list.tiles:
            self.guide_list.tiles[guide_id].setChecked(True)
        if guide_id in self._guide_actions:
            self._guide_actions[guide_id].setChecked(True)
        self._show_current_guide()
        self.session.settings.last_guide_id = guide_id
        self._save_settings()

    def _step_guide(self, delta: int) -> None:
        ids = list(self.session.library.guide_ids)
        if self.guide_id in ids:
            self.select_guide(ids[(ids.index(self.guide_id) + delta) % len(ids)])
            self.guide_list.tiles[self.guide_id].setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def _on_progress_saved(self) -> None:
        report = self.session.progress.take_set_aside_report()
        if report is not None:
            self.notify("progress", "warning", lambda: set_aside_at_save_message(report))

    def _on_store_failed(self, error: BaseException) -> None:
        # Progress and settings share one notice: the latest failure replaces the last, never two banners.
        folder = self.session.data_folder
        self.notify("save", "danger", lambda: save_error_message(error, folder))

    def _save_settings(self) -> None:
        error = self.session.save_settings()
        if error is not None:
            self._on_store_failed(error)

    def ask_erase(self) -> Dialog:
        return confirm(
            self,
            title=translate("MainWindow", "Erase all my data"),
            heading=translate("MainWindow", "Erase all your data from this computer?"),
            text=translate(
                "MainWindow",
                "This removes your progress and settings from this computer. The guides stay. This cannot be undone.",
            ),
            confirm_text=translate("MainWindow", "Erase everything"),
            on_confirm=self.erase_all,
            dangerous=True,
        )

    def erase_all(self) -> EraseReport:
        report = self.session.erase_all()
        for key in ("progress", "settings", "save"):
            self._notices.pop(key, None)
        self.notify("erase", "danger" if report.errors else "info", lambda: erase_message(report))
        self._fill_guides()
        return report

    def show_about(self) -> Dialog:
        heading = arg(translate("MainWindow", "Karpear %1"), karpear_version())
        dialog = Dialog(self, translate("MainWindow", "About Karpear"), heading)
        dialog.add_text(
            translate(
                "MainWindow",
                "Checklists to protect your phone calls and messages from surveillance. "
                "Karpear never connects to the internet: links open in your browser only when you confirm. "
                "Your progress stays on this computer.",
            )
        )
        dialog.add_text(protection_message(self.session.vault))
        dialog.add_button(translate("MainWindow", "Close"), dialog.accept, name="Primary", default=True)
        dialog.open()
        return dialog

    # -- checking an installer ----------------------------------------------------------
    def check_installer(self, path: Path | None = None, *, tool_id: str | None = None):
        """Check `path` in a panel; without a path, first ask for the file (returns that dialog)."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - not needed to start

            dialog = QFileDialog(self, translate("MainWindow", "Choose the installer to check"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.fileSelected.connect(lambda chosen: self.check_installer(Path(chosen), tool_id=tool_id))
            dialog.open()
            self.file_dialog = dialog
            return dialog
        from app.ui.verify_panel import VerifyPanel  # noqa: PLC0415 - not needed to start

        tools = self.session.library.catalogue(self.language).tools
        self.verify_panel = VerifyPanel(self, path, tools, tool_id)
        self.verify_panel.open()
        return self.verify_panel

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        from app.ui.verify_panel import dropped_file  # noqa: PLC0415

        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        from app.ui.verify_panel import dropped_file  # noqa: PLC0415

        if (path := dropped_file(event.mimeData())) is not None:
            event.acceptProposedAction()
            self.check_installer(path)

    # -- painting -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._keep_room_for_wrapped_text()

    def _keep_room_for_wrapped_text(self) -> None:
        """Never shorter than the top bar and notices need at this width (Qt's main window ignores wrapping)."""
        central = self.centralWidget()
        if central is None or not central.hasHeightForWidth():
            return
        # The central widget spans the window's width, under the menu bar (the only other part).
        least = central.heightForWidth(self.width()) + self.menuBar().sizeHint().height()
        if least != self.minimumHeight():
            self.setMinimumHeight(least)  # may resize the window: the next call finds the same answer

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._report_paint_and_quit if self._quit_after_paint else self._after_first_paint)

    @staticmethod
    def _report_paint_and_quit() -> None:
        # Milliseconds since the process started, and when the first paint ended on the system-wide
        # monotonic clock, so that bench/ can time start-up without the interpreter's teardown at exit.
        print(first_paint_report(time.monotonic()), flush=True)
        QApplication.quit()

    def _after_first_paint(self) -> None:
        """Work that can wait until the window is on screen."""
        self._fill_menus()
        self._follow_system_scheme()
        self.quick_exit = QuickExit.install(QApplication.instance())
        self.guide_view.build_in_background()
        for area in (self.guide_view, self.guide_list):
            # Qt's scroll bar menu ("Scroll here", "Top"...) has no Khmer translation.
            area.verticalScrollBar().setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.NoContextMenu)


_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def quiet_offscreen_platform() -> None:
    """Drop the offscreen platform's one harmless warning (self-test, benchmarks); print the rest."""

    def handler(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if message != _OFFSCREEN_NOISE:
            print(message, file=sys.stderr)

    if QGuiApplication.platformName() == "offscreen":
        qInstallMessageHandler(handler)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Karpear's style and the Khmer font registered."""
    # Fusion: one look everywhere, so screenshots and trainings match every system. Passed as an
    # argument when possible: QApplication.setStyle would also load Python's QStyle wrapper (slow).
    app = QApplication.instance()
    if app is None:
        app = QApplication([*(argv if argv is not None else sys.argv), "-style", "fusion"])
    elif app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setPalette(theme.palette(theme.SCHEMES[theme.system_scheme_name()]))
    app.setWindowIcon(QIcon(str(resource_path("icons", "karpear.png"))))  # loaded when the window maps
    fonts.register_khmer_font()
    return app


def run_app(
    session: Session,
    *,
    exit_after_paint: bool = False,
    on_first_paint: Callable[[], None] | None = None,
    on_window: Callable[[MainWindow], None] | None = None,
) -> int:
    """Show the window on `session` (opened by the caller, before Qt was imported: see app/cli.py).

    If a Karpear window is already open on the same data folder, it is brought forward instead
    and this returns 0 without opening a second one. `on_window` gets the window once it is
    shown (the soak driver: app/ui/soak.py).
    """
    from app.ui.single_instance import SingleInstance  # noqa: PLC0415

    instance = SingleInstance(session.data_folder)
    if not instance.claim():
        return _bring_first_window_forward(instance)
    app = create_application()
    if not is_frozen():
        from app.ui.i18n_build import ensure_compiled  # noqa: PLC0415 - only from a checkout

        ensure_compiled()
    quiet_offscreen_platform()
    window = MainWindow(session, quit_after_paint=exit_after_paint)
    if on_first_paint is not None:
        window.first_painted.connect(on_first_paint)
    instance.activation_requested.connect(lambda: bring_forward(window))
    # Listening waits until the window is on screen (the socket's module costs start-up time).
    window.first_painted.connect(lambda: QTimer.singleShot(0, instance.listen))
    window.show()
    if on_window is not None:
        on_window(window)
    try:
        code = app.exec()
    finally:
        instance.release()
    # The window outlives this call: deleting its hundreds of widgets and their Python wrappers
    # took ~0.3 s after a short session (more after a long one) once the window was already gone,
    # for nothing, since every tick and setting is saved as it happens. app/cli.py then ends the
    # process at once.
    _KEPT_UNTIL_EXIT.append(window)
    return code


_KEPT_UNTIL_EXIT: list[MainWindow] = []


def bring_forward(window: QWidget) -> None:
    """Show `window` on top and focused, restored if it was minimised."""
    window.setWindowState(window.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _bring_first_window_forward(instance) -> int:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    # Sockets need an application object; a core one needs no display and opens no window.
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    if instance.ask_first_to_show():
        return 0
    print(
        f"karpear: another Karpear is running with this data folder ({instance.folder}) but does not answer",
        file=sys.stderr,
    )
    return 1
