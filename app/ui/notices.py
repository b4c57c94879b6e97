"""What the window says about the person's stored data: a file it could not use, a save that failed.

Every text is translated and names what happened and what to do; raw system errors
(with temp file names such as `.progress.json.x1y2.tmp`) never reach the person.
"""

from __future__ import annotations

from pathlib import Path

from app.store import LoadReport, LoadStatus, SaveProblem
from app.store.errors import classify
from app.ui.i18n import arg, translate


def report_message(report: LoadReport, *, progress: bool) -> str:
    """What a person needs to know about a stored file that could not be used, and where it went."""
    if report.status is LoadStatus.NEWER_SCHEMA:
        text = (
            translate(
                "MainWindow",
                "Your progress was saved by a newer version of Karpear, which this version cannot read, "
                "so the checklist starts empty.",
            )
            if progress
            else translate(
                "MainWindow",
                "Your settings were saved by a newer version of Karpear, which this version cannot read, "
                "so the defaults are used.",
            )
        )
        moved = translate("MainWindow", "The file was moved aside, unchanged, to: %1")
    elif report.status is LoadStatus.UNREADABLE:
        text = (
            translate(
                "MainWindow",
                "Your saved progress could not be read (the system refused access), so the checklist starts empty.",
            )
            if progress
            else translate(
                "MainWindow", "Your settings could not be read (the system refused access), so the defaults are used."
            )
        )
        moved = translate("MainWindow", "The file was moved aside to: %1")
    else:
        text = (
            translate(
                "MainWindow", "Your saved progress was damaged and could not be read, so the checklist starts empty."
            )
            if progress
            else translate("MainWindow", "Your settings were damaged and could not be read, so the defaults are used.")
        )
        moved = translate("MainWindow", "The damaged file was kept as: %1")
    if report.quarantined_to is not None:
        text += " " + arg(moved, str(report.quarantined_to))
    if not report.can_save:
        text += " " + translate(
            "MainWindow",
            "It could not be moved aside, so it is kept unchanged, and your changes will not be saved "
            "until it is moved or removed.",
        )
    return text


def set_aside_at_save_message(report: LoadReport) -> str:
    """A save found the progress file damaged or replaced since start: it was moved, then saved anew."""
    return arg(
        translate(
            "MainWindow",
            "Your progress file was changed by another program and could no longer be read. It was moved "
            "aside to %1, and the checklist as this window shows it was saved in its place.",
        ),
        str(report.quarantined_to),
    )


def save_error_message(error: BaseException, folder: Path) -> str:
    """Why the last change was not saved, with advice that fits the cause; `folder` is Karpear's data folder."""
    problem = classify(error)
    if problem is SaveProblem.READ_ONLY:
        return arg(
            translate(
                "MainWindow",
                "Your last change could not be saved: the disk or folder where Karpear keeps your data is "
                "read-only (%1). Run Karpear where it can write, for example not from a locked USB stick.",
            ),
            str(folder),
        )
    if problem is SaveProblem.DISK_FULL:
        return translate(
            "MainWindow", "Your last change could not be saved: the disk is full. Free some space, then try again."
        )
    if problem is SaveProblem.NO_PERMISSION:
        return arg(
            translate(
                "MainWindow",
                "Your last change could not be saved: the system refused access to Karpear's data folder (%1). "
                "Check that this folder belongs to your user account.",
            ),
            str(folder),
        )
    return translate(
        "MainWindow",
        "Your last change could not be saved because of an unexpected error. Try again; "
        "if it keeps failing, restart Karpear.",
    )
