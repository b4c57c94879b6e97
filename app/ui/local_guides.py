"""How the window marks guides from outside Karpear, and says why one was not loaded.

Local guides (app/content/local_guides.py) are a trainer's own checklists: an
activist must see at once that they are not Karpear's reviewed content, and a
trainer must see, with file and line, why one of theirs did not load.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.content.library import LocalGuides
from app.ui.i18n import arg, translate
from app.ui.labels import problem_line
from app.ui.text import Tag

SHOWN_PROBLEMS = 5  # more would push the checklist off a small screen; `karpear check` lists them all


def local_guide_tag(parent: QWidget) -> Tag:
    """Marks a guide that does not come from Karpear (short: a tag does not wrap, and the list is narrow)."""
    tag = Tag(translate("LocalGuides", "Local guide"), "warning", parent)
    tag.setToolTip(
        translate(
            "LocalGuides", "Not from Karpear: someone added this guide on this computer. Karpear has not reviewed it."
        )
    )
    return tag


def local_guide_warning() -> str:
    """Above a local guide's checklist."""
    return translate(
        "LocalGuides",
        "This guide does not come from Karpear: someone added it on this computer, and nobody at Karpear "
        "has reviewed its advice. Its links are checked by the same rules as Karpear's own.",
    )


def local_link_heading() -> str:
    """Above a link of a local guide: Karpear checked its form, not who chose it."""
    return translate("LocalGuides", "Open this link from a local guide? Karpear has not reviewed where it leads.")


def go_menu_title(title: str) -> str:
    """A local guide's title in the Go menu, which lists the guides when the list folds away."""
    return arg(translate("Labels", "%1 (%2)"), title, translate("LocalGuides", "Local guide"))


def local_guides_message(local: LocalGuides) -> str:
    """Why local guides were left out: a guide with the id of another, then each error with file and line.

    The problems themselves are the validator's, in English as `karpear check` prints them.
    """
    lines = [
        translate(
            "LocalGuides",
            "A local guide (not from Karpear) has problems and was not loaded. The other guides work normally.",
        )
    ]
    for guide_id, folder in local.clashes:
        lines.append(
            arg(
                translate(
                    "LocalGuides",
                    "The local guide “%1” in %2 was not loaded: a guide with the same id is already loaded "
                    "(Karpear's own guide, or a local guide found before it), and that one is shown. "
                    "A local guide never replaces one of Karpear's guides or its links.",
                ),
                guide_id,
                folder.as_posix(),
            )
        )
    errors = local.errors
    for issue in errors[:SHOWN_PROBLEMS]:
        lines.append(problem_line(issue))
    if len(errors) > SHOWN_PROBLEMS:
        lines.append(
            arg(
                translate("LocalGuides", "…and %1 more. “karpear check FOLDER” lists them all."),
                len(errors) - SHOWN_PROBLEMS,
            )
        )
    return "\n".join(lines)
