"""The one line a person sees when Karpear starts where there is no display, instead of Qt's abort."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from app.resources import is_frozen
from app.ui.i18n import Translations, system_language, translate, ui_languages

EXIT_NO_DISPLAY = 1


def report_no_display() -> int:
    """Say in the system's language that a desktop is needed; the exit code to return.

    Nothing of the person's data is opened: it may need a passphrase, asked in a window.
    """
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # translators need one; it needs no display
    if not is_frozen():
        from app.ui.i18n_build import ensure_compiled  # noqa: PLC0415 - only from a checkout

        ensure_compiled()
    Translations.shared().switch(system_language(ui_languages()))
    message = translate(
        "Startup", "No display found: Karpear needs a desktop session (DISPLAY and WAYLAND_DISPLAY are not set)."
    )
    print(f"karpear: {message}", file=sys.stderr)
    return EXIT_NO_DISPLAY
