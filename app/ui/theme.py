"""Colours and the style sheet: high contrast, readable on a projector.

Status is never shown by colour alone: every coloured badge or banner also
carries words. Sizes derive from the one UI font size, so Ctrl+= scales all.
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see properties.py
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT = "#15181c"
MUTED = "#3d4550"
WINDOW = "#eceff3"
CARD = "#ffffff"
BORDER = "#aab2bd"
ACCENT = "#0a55a6"
ACCENT_DARK = "#073f7c"
FOCUS = "#e07b00"
DONE = "#1a7f37"

# kind -> (background, text, border): statuses, banners and tags share them.
TONES = {
    "good": ("#dcf3e1", "#0b4d1e", DONE),
    "warning": ("#fff1cc", "#5c3b00", "#b07800"),
    "danger": ("#fde2e2", "#7a0f13", "#c1121f"),
    "info": ("#e3eefa", "#0a3a70", ACCENT),
    "neutral": ("#e8ebef", "#2b3139", "#8a94a1"),
}


def _tone_rules(selector: str, prop: str) -> str:
    return "\n".join(
        f'{selector}[{prop}="{kind}"] {{ background: {bg}; color: {fg}; border: 1px solid {border}; }}'
        for kind, (bg, fg, border) in TONES.items()
    )


def _banner_edges() -> str:
    return "\n".join(
        f'#Banner[tone="{kind}"] {{ border-left: 6px solid {TONES[kind][2]}; }}'
        for kind in ("warning", "danger", "info")
    )


def style_sheet(point_size: float, pixels_per_point: float = 96 / 72) -> str:
    def pt(factor: float) -> str:
        return f"{point_size * factor:.1f}pt"

    def px(factor: float) -> str:  # for the box sizes QSS accepts only in pixels
        return f"{round(point_size * factor * pixels_per_point)}px"

    return f"""
QMainWindow, QDialog, #GuideScrollContents, #Sidebar, #SidebarContents {{ background: {WINDOW}; }}
QWidget {{ color: {TEXT}; }}
QToolTip {{ color: {TEXT}; background: {CARD}; border: 1px solid {BORDER}; }}
#TopBar {{ background: {CARD}; border-bottom: 1px solid {BORDER}; }}
#AppName {{ font-size: {pt(1.25)}; font-weight: bold; color: {ACCENT_DARK}; }}
#GuideTitle {{ font-size: {pt(1.7)}; font-weight: bold; }}
#SectionTitle {{ font-size: {pt(1.3)}; font-weight: bold; color: {ACCENT_DARK}; }}
#StepTitle {{ font-size: {pt(1.12)}; font-weight: bold; }}
#DialogTitle {{ font-size: {pt(1.3)}; font-weight: bold; }}
#ToolName {{ font-size: {pt(1.05)}; font-weight: bold; }}
#Muted, #ProgressText {{ color: {MUTED}; }}
#ProgressText {{ font-weight: bold; }}
#Host {{ font-size: {pt(1.6)}; font-weight: bold; color: {ACCENT_DARK}; }}
#Url, #Fingerprint {{ font-family: monospace; background: {WINDOW}; border: 1px solid {BORDER};
    border-radius: 4px; padding: 6px; }}
#StepCard, #ToolCard, #GuideHeader {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; }}
#StepCard[done="true"] {{ border: 1px solid {DONE}; border-left: 6px solid {DONE}; }}
#ToolCard {{ background: #f7f9fb; }}
#GuideTile {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; padding: 8px; text-align: left; }}
#GuideTile:checked {{ border: 2px solid {ACCENT}; background: #e3eefa; }}
#GuideTile:focus, QPushButton:focus, QToolButton:focus, QComboBox:focus {{ outline: none; border: 3px solid {FOCUS}; }}
QCheckBox#StepCheck:focus {{ border: 3px solid {FOCUS}; border-radius: 4px; }}
QCheckBox#StepCheck::indicator {{ width: {px(1.7)}; height: {px(1.7)}; }}
QTextBrowser#MarkdownView {{ background: transparent; border: none; }}
QToolButton {{ padding: 4px 10px; border: 1px solid {BORDER}; border-radius: 6px; background: {CARD}; }}
QToolButton#LanguageButton {{ padding-right: 24px; font-weight: bold; }}
QToolButton#LanguageButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: center right;
    right: 8px; }}
QPushButton {{ padding: 6px 12px; border: 1px solid {BORDER}; border-radius: 6px; background: {CARD}; }}
QPushButton:hover {{ background: #e3eefa; }}
QPushButton#Primary, QPushButton#GetIt {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    font-weight: bold; }}
QPushButton#Primary:hover, QPushButton#GetIt:hover {{ background: {ACCENT_DARK}; }}
QPushButton#Danger {{ background: #c1121f; color: white; border: 1px solid #7a0f13; font-weight: bold; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 4px; background: {WINDOW}; max-height: 10px; }}
QProgressBar::chunk {{ background: {DONE}; border-radius: 3px; }}
#Badge, #Tag {{ border-radius: 4px; padding: 2px 8px; font-weight: bold; }}
{_tone_rules("#Badge", "tone")}
{_tone_rules("#Tag", "tone")}
{_tone_rules("#Banner", "tone")}
#Banner {{ border-radius: 6px; }}
{_banner_edges()}
"""


def palette() -> QPalette:
    pal = QApplication.palette()  # a copy (the QPalette(QPalette) overload would touch Qt: properties.py)
    for role, colour in (
        (QPalette.ColorRole.Window, WINDOW),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, CARD),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, CARD),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, ACCENT),
        (QPalette.ColorRole.LinkVisited, ACCENT_DARK),
        (QPalette.ColorRole.ToolTipBase, CARD),
        (QPalette.ColorRole.ToolTipText, TEXT),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Change a property the style sheet selects on, and re-apply the style.

    A constructor sets the first value with `widget.setProperty`: the widget is not
    polished yet, so the first polish applies it (and the first screen never has to
    touch the `Qt` namespace, see properties.py).
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_WState_Polished):  # else the first polish applies it
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
