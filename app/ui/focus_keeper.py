"""Keep the keyboard focus in place across a language switch, which rebuilds the whole window.

Without this, Qt hands the focus to whatever comes first once the old widgets
go: a keyboard or screen reader user would land somewhere random. A place is
remembered as a part of the window (the top bar, a guide's tile, a step's
card) and the position of the control inside it; the rebuilt part has the same
controls in the same order, in the new language. When the focus was nowhere
we know, it goes to the guide's heading, where reading starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtWidgets import QWidget

from app.ui.step_card import StepCard

if TYPE_CHECKING:
    from app.ui.main import MainWindow


class FocusPlace(NamedTuple):
    part: tuple[str, str]  # ("top", ""), ("guide", guide id) or ("step", step id)
    index: int  # among the part's focusable controls, the part itself first


def _parts(window: MainWindow, *, every_card: bool) -> dict[tuple[str, str], QWidget]:
    parts: dict[tuple[str, str], QWidget] = {("top", ""): window.top_bar}
    parts.update({("guide", guide_id): tile for guide_id, tile in window.guide_list.tiles.items()})
    cards = window.guide_view.cards if every_card else window.guide_view.findChildren(StepCard)
    parts.update({("step", card.step.id): card for card in cards})
    return parts


def _focusable(part: QWidget) -> list[QWidget]:
    no_focus = QtCore.Qt.FocusPolicy.NoFocus
    return [widget for widget in (part, *part.findChildren(QWidget)) if widget.focusPolicy() != no_focus]


def focus_place(window: MainWindow) -> FocusPlace | None:
    """Where the keyboard focus is now, in terms that survive a rebuild (None: nowhere we know)."""
    focus = window.focusWidget()
    if focus is None:
        return None
    for key, part in _parts(window, every_card=False).items():
        if focus is part or part.isAncestorOf(focus):
            controls = _focusable(part)
            return FocusPlace(key, controls.index(focus) if focus in controls else 0)
    return None


def restore_focus(window: MainWindow, place: FocusPlace | None) -> QWidget:
    """Focus the control at `place` in the rebuilt window, else the guide's heading; returns it."""
    reason = QtCore.Qt.FocusReason.OtherFocusReason
    target: QWidget | None = None
    if place is not None:
        # Only a step's card may not be built yet: build them all only then.
        part = _parts(window, every_card=place.part[0] == "step").get(place.part)
        controls = _focusable(part) if part is not None else []
        target = controls[min(place.index, len(controls) - 1)] if controls else None
    if target is None:
        target = getattr(window.guide_view, "title", None) or window.top_bar
    target.setFocus(reason)
    return target
