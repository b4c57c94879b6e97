"""Colours and the style sheet: calm, readable on a projector, light or dark like the system.

Status is never shown by colour alone: every coloured badge or banner also
carries words. Sizes derive from the one UI font size, so Ctrl+= scales all.
Every text colour meets WCAG AA on the surfaces it is drawn on (a test
computes each ratio), in both schemes.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see properties.py
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class Scheme(NamedTuple):
    """One palette. Surfaces: window, card, raised (tool cards), selected, hover."""

    name: str
    window: str
    card: str
    raised: str
    selected: str  # the chosen guide's tile
    hover: str  # a quiet button under the pointer
    text: str
    muted: str
    heading: str  # section titles, the app name
    divider: str  # card edges: decoration only, the surfaces differ already
    control: str  # edges of buttons, boxes and fields: at least 3:1 against the surfaces (WCAG 1.4.11)
    accent: str  # the one primary button per tool, the selected tile's edge, the progress of a guide
    accent_hover: str
    selected_edge: str  # the chosen guide's tile: on the `selected` surface
    on_accent: str
    link: str
    focus: str
    done: str
    track: str  # an empty progress bar
    danger: str
    # kind -> (background, text, border): statuses, banners and tags share them.
    tones: dict[str, tuple[str, str, str]]


LIGHT = Scheme(
    name="light",
    window="#f3f4f6",
    card="#ffffff",
    raised="#f7f8fa",
    selected="#e7effa",
    hover="#eaeef3",
    text="#1b1f24",
    muted="#4d5661",
    heading="#173f73",
    divider="#d9dde3",
    control="#7c8692",
    accent="#1f5fae",
    accent_hover="#174a89",
    selected_edge="#1f5fae",
    on_accent="#ffffff",
    link="#1a55a0",
    focus="#b95700",
    done="#1a7f37",
    track="#dfe3e8",
    danger="#b3261e",
    tones={
        "good": ("#e3f4e7", "#0b4d1e", "#1a7f37"),
        "warning": ("#fff3d6", "#5c3b00", "#b07800"),
        "danger": ("#fde7e6", "#7a0f13", "#c1121f"),
        "info": ("#e7effa", "#0a3a70", "#1f5fae"),
        "neutral": ("#eceff2", "#2b3139", "#737d89"),
    },
)

DARK = Scheme(
    name="dark",
    window="#16181b",
    card="#202328",
    raised="#1b1e22",
    selected="#1f3350",
    hover="#2b2f35",
    text="#e7e9ec",
    muted="#aeb6c0",
    heading="#a9c8f5",
    divider="#343941",
    control="#7e8792",
    accent="#2f6bc6",
    accent_hover="#2a60b3",
    selected_edge="#5b9cf0",
    on_accent="#ffffff",
    link="#8cb8ff",
    focus="#ffa94d",
    done="#2ea043",
    track="#363b43",
    danger="#c9302c",
    tones={
        "good": ("#1a3323", "#a8e5b7", "#3fb950"),
        "warning": ("#382b0c", "#f3d58e", "#c9a227"),
        "danger": ("#431a1c", "#ffb8b5", "#e5534b"),
        "info": ("#172c47", "#acccff", "#4c8ee0"),
        "neutral": ("#2a2e34", "#d5dae0", "#808a95"),
    },
)

SCHEMES = {scheme.name: scheme for scheme in (LIGHT, DARK)}

_SURFACES = ("window", "card", "raised", "selected", "hover")
# Which colours meet on screen, as Scheme field names: foreground -> the backgrounds it is drawn on.
# A test checks every pair of both schemes (and each tone's text and edge on its background).
TEXT_ON = {  # text: WCAG AA, 4.5:1
    "text": _SURFACES,
    "muted": _SURFACES,
    "heading": _SURFACES,
    "link": _SURFACES,
    "on_accent": ("accent", "accent_hover", "danger"),
}
EDGES_ON = {  # boxes, focus rings, bars and ticks a person must see: 3:1 (WCAG 1.4.11)
    "control": _SURFACES,
    "focus": _SURFACES,  # drawn on the outer edge: it meets the surface around the control
    "accent": ("window", "card", "raised"),
    "selected_edge": ("selected",),
    "done": ("card", "track"),
    "on_accent": ("done",),
}


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""

    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def system_scheme_name() -> str:
    """ "dark" when the system's own palette is dark, else "light".

    Read from the palette Qt derived from the system, not from `QStyleHints.colorScheme()`: its
    return value builds PySide6's whole `Qt` namespace (~30 ms, see properties.py) before the
    first paint. The window asks `colorScheme()` itself once it has painted (`MainWindow`).
    """
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def scheme_for(color_scheme: object) -> Scheme | None:
    """The scheme for a `Qt.ColorScheme` (None for Unknown: keep what is shown)."""
    name = getattr(color_scheme, "name", "")
    return SCHEMES.get(name.lower())


def _tone_rules(scheme: Scheme, selector: str, prop: str) -> str:
    return "\n".join(
        f'{selector}[{prop}="{kind}"] {{ background: {bg}; color: {fg}; border: 1px solid {border}; }}'
        for kind, (bg, fg, border) in scheme.tones.items()
    )


def _banner_edges(scheme: Scheme) -> str:
    return "\n".join(
        f'#Banner[tone="{kind}"] {{ border-left: 5px solid {scheme.tones[kind][2]}; }}'
        for kind in ("warning", "danger", "info")
    )


def style_sheet(point_size: float, pixels_per_point: float = 96 / 72, scheme: Scheme = LIGHT) -> str:
    """The whole style sheet: one type scale (ratios of the UI size) and one spacing scale."""
    c = scheme

    def pt(factor: float) -> str:
        return f"{point_size * factor:.1f}pt"

    def px(factor: float) -> str:  # for the box sizes QSS accepts only in pixels
        return f"{round(point_size * factor * pixels_per_point)}px"

    return f"""
QMainWindow, QDialog, #GuideScrollContents, #Sidebar, #SidebarContents {{ background: {c.window}; }}
QWidget {{ color: {c.text}; }}
QMenuBar {{ background: {c.card}; color: {c.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu {{ background: {c.card}; color: {c.text}; border: 1px solid {c.control}; }}
QMenu::item:disabled {{ color: {c.muted}; }}
QToolTip {{ color: {c.text}; background: {c.card}; border: 1px solid {c.control}; }}
#TopBar {{ background: {c.card}; border-bottom: 1px solid {c.divider}; }}
#AppName {{ font-size: {pt(1.25)}; font-weight: bold; color: {c.heading}; }}
#GuideTitle {{ font-size: {pt(1.6)}; font-weight: bold; }}
#SectionTitle {{ font-size: {pt(1.3)}; font-weight: bold; color: {c.heading}; }}
#SidebarHeading {{ font-size: {pt(0.95)}; font-weight: bold; color: {c.muted}; }}
#StepTitle {{ font-size: {pt(1.12)}; font-weight: bold; }}
#DialogTitle {{ font-size: {pt(1.3)}; font-weight: bold; }}
#ToolName {{ font-size: {pt(1.05)}; font-weight: bold; }}
#Muted, #ProgressText {{ color: {c.muted}; }}
#ProgressText {{ font-weight: bold; }}
#Host {{ font-size: {pt(1.6)}; font-weight: bold; color: {c.heading}; }}
#Url, #Fingerprint {{ font-family: monospace; background: {c.raised}; border: 1px solid {c.divider};
    border-radius: 4px; padding: 6px; }}
#StepCard, #GuideHeader {{ background: {c.card}; border: 1px solid {c.divider}; border-radius: 10px; }}
#StepCard {{ border-left: 5px solid {c.track}; }}
#StepCard[done="true"] {{ border-left: 5px solid {c.done}; }}
#ToolCard {{ background: {c.raised}; border: 1px solid {c.divider}; border-radius: 8px; }}
#ToolCard[compact="true"] {{ background: transparent; border: none; border-top: 1px solid {c.divider};
    border-radius: 0; }}
#GuideTile {{ background: {c.card}; border: 1px solid {c.divider}; border-radius: 8px; text-align: left; }}
#GuideTile:hover {{ background: {c.hover}; }}
#GuideTile:checked {{ border: 2px solid {c.selected_edge}; background: {c.selected}; }}
#GuideTile:focus, QPushButton:focus, QToolButton:focus {{ outline: none;
    border: 2px solid {c.focus}; }}
QCheckBox#StepCheck {{ border: 2px solid transparent; border-radius: 6px; padding: 2px; }}
QCheckBox#StepCheck:focus {{ border: 2px solid {c.focus}; }}
QCheckBox#StepCheck::indicator {{ width: {px(1.5)}; height: {px(1.5)}; border: 2px solid {c.control};
    border-radius: 5px; background: {c.card}; }}
QCheckBox#StepCheck::indicator:hover {{ border-color: {c.accent}; }}
QCheckBox#StepCheck::indicator:checked {{ background: {c.done}; border-color: {c.done};
    image: url({_check_mark()}); }}
QTextBrowser#MarkdownView {{ background: transparent; border: none; }}
QComboBox QAbstractItemView {{ background: {c.card}; color: {c.text}; selection-background-color: {c.accent};
    selection-color: {c.on_accent}; }}
QToolButton {{ padding: 4px 10px; border: 1px solid {c.control}; border-radius: 6px; background: {c.card}; }}
QToolButton:hover {{ background: {c.hover}; }}
QToolButton#LanguageButton {{ padding-right: 24px; font-weight: bold; }}
QToolButton#LanguageButton::menu-indicator {{ subcontrol-origin: padding; subcontrol-position: center right;
    right: 8px; }}
QPushButton {{ padding: 5px 12px; border: 1px solid {c.control}; border-radius: 6px; background: {c.card};
    color: {c.text}; }}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton#Primary, QPushButton#GetIt[primary="true"] {{ background: {c.accent}; color: {c.on_accent};
    border: 1px solid {c.accent}; font-weight: bold; }}
QPushButton#Primary:hover, QPushButton#GetIt[primary="true"]:hover {{ background: {c.accent_hover}; }}
QPushButton#Primary:focus, QPushButton#GetIt[primary="true"]:focus {{ border: 2px solid {c.focus}; }}
QPushButton#Quiet {{ background: transparent; border: 1px solid transparent; color: {c.link};
    text-decoration: underline; padding: 5px 6px; }}
QPushButton#Quiet:hover {{ background: {c.hover}; }}
QPushButton#Quiet:focus {{ border: 2px solid {c.focus}; }}
QPushButton#Danger {{ background: {c.danger}; color: {c.on_accent}; border: 1px solid {c.danger};
    font-weight: bold; }}
QProgressBar {{ border: none; border-radius: 4px; background: {c.track}; max-height: 8px; }}
QProgressBar::chunk {{ background: {c.done}; border-radius: 4px; }}
#Badge, #Tag {{ border-radius: 4px; padding: 2px 8px; font-weight: bold; }}
{_tone_rules(c, "#Badge", "tone")}
{_tone_rules(c, "#Tag", "tone")}
{_tone_rules(c, "#Banner", "tone")}
#Banner {{ border-radius: 8px; }}
{_banner_edges(c)}
"""


def _check_mark() -> str:
    from app.resources import resource_path  # noqa: PLC0415 - only the path is needed

    return resource_path("icons", "check.png").as_posix()


def palette(scheme: Scheme = LIGHT) -> QPalette:
    pal = QApplication.palette()  # a copy (the QPalette(QPalette) overload would touch Qt: properties.py)
    for role, colour in (
        (QPalette.ColorRole.Window, scheme.window),
        (QPalette.ColorRole.WindowText, scheme.text),
        (QPalette.ColorRole.Base, scheme.card),
        (QPalette.ColorRole.AlternateBase, scheme.raised),
        (QPalette.ColorRole.Text, scheme.text),
        (QPalette.ColorRole.PlaceholderText, scheme.muted),
        (QPalette.ColorRole.Button, scheme.card),
        (QPalette.ColorRole.ButtonText, scheme.text),
        (QPalette.ColorRole.BrightText, scheme.on_accent),
        (QPalette.ColorRole.Highlight, scheme.accent),
        (QPalette.ColorRole.HighlightedText, scheme.on_accent),
        (QPalette.ColorRole.Link, scheme.link),
        (QPalette.ColorRole.LinkVisited, scheme.link),
        (QPalette.ColorRole.ToolTipBase, scheme.card),
        (QPalette.ColorRole.ToolTipText, scheme.text),
        (QPalette.ColorRole.Mid, scheme.control),
        (QPalette.ColorRole.Dark, scheme.control),
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
