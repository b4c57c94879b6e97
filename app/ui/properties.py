"""Enum-valued widget settings given by name, through Qt's property system.

PySide6 builds every Python enum of the `Qt` namespace (about a hundred) the
first time any one of them is touched: ~12 ms, as much as building the whole
first screen. The widgets of the first screen set such properties by name
instead (`focusPolicy="NoFocus"`), so `Qt` is first touched after the window
has painted. A test checks that it stays so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_properties(obj: QObject, **values: object) -> None:
    """Set Qt properties; enum and flag values by their names ("A|B" for flags)."""
    for name, value in values.items():
        # False for an unknown property or a name that is not one of the enum's keys: a typo here
        # would otherwise pass silently (Qt would store it as a dynamic property).
        if not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} has no property {name!r} accepting {value!r}")
