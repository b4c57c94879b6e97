"""What the window says about the person's stored data: a file it could not use, a save that failed.

Every text is translated and names what happened and what to do; raw system errors
(with temp file names such as `.progress.json.x1y2.tmp`) never reach the person.
"""

from __future__ import annotations

from pathlib import Path

from app.store import EraseReport, LoadReport, LoadStatus, SaveProblem, Vault
from app.store.errors import classify
from app.store.sealed import SOURCE_KEYRING, SOURCE_PASSPHRASE
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
    elif report.status in _KEY_PROBLEMS:
        text = key_problem_message(report.status, progress=progress)
        moved = translate("MainWindow", "The file was kept as: %1")
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
    if report.status is LoadStatus.LOCKED:
        text += " " + translate("MainWindow", "Your changes will not be saved in this session.")
    elif not report.can_save:
        text += " " + translate(
            "MainWindow",
            "It could not be moved aside, so it is kept unchanged, and your changes will not be saved "
            "until it is moved or removed.",
        )
    return text


_KEY_PROBLEMS = (LoadStatus.WRONG_KEY, LoadStatus.KEY_MISSING, LoadStatus.LOCKED)


def key_problem_message(status: LoadStatus, *, progress: bool) -> str:
    """An encrypted file whose key is wrong, gone, or out of reach (see app/store/vault.py)."""
    if status is LoadStatus.WRONG_KEY:
        return (
            translate(
                "MainWindow",
                "Your saved progress is locked with another key or passphrase than this computer's, "
                "so it cannot be read. The checklist starts empty.",
            )
            if progress
            else translate(
                "MainWindow",
                "Your settings are locked with another key or passphrase than this computer's, "
                "so the defaults are used.",
            )
        )
    if status is LoadStatus.KEY_MISSING:
        return (
            translate(
                "MainWindow",
                "The key that protected your saved progress is no longer in this computer's keyring "
                "(it may have been removed), so your progress cannot be read. The checklist starts empty.",
            )
            if progress
            else translate(
                "MainWindow",
                "The key that protected your settings is no longer in this computer's keyring, "
                "so the defaults are used.",
            )
        )
    return (
        translate(
            "MainWindow",
            "Your saved progress is encrypted and could not be unlocked (the system keyring is not "
            "available, or no passphrase was given). It is kept unchanged.",
        )
        if progress
        else translate(
            "MainWindow",
            "Your settings are encrypted and could not be unlocked, so the defaults are used. They are kept unchanged.",
        )
    )


def protection_message(vault: Vault) -> str:
    """Which protection the person's data has (About)."""
    keyring = vault.keychain.name if vault.keychain.is_system else ""
    if vault.needs_passphrase or vault.keyring_problem is not None:
        return translate("MainWindow", "Your saved data is encrypted and could not be unlocked in this session.")
    if vault.source == SOURCE_KEYRING:
        return arg(
            translate(
                "MainWindow",
                "Your progress and settings are encrypted on this computer. "
                "The key is kept in the system keyring (%1).",
            ),
            keyring,
        )
    if vault.source == SOURCE_PASSPHRASE:
        return translate(
            "MainWindow", "Your progress and settings are encrypted on this computer with your passphrase."
        )
    if vault.source is not None:
        return translate("MainWindow", "Your progress and settings are encrypted with a key that is never saved.")
    if vault.planned_source == SOURCE_KEYRING:
        return arg(
            translate(
                "MainWindow",
                "Nothing is saved yet. What you save will be encrypted, with its key in the system keyring (%1).",
            ),
            keyring,
        )
    return translate(
        "MainWindow",
        "Nothing is saved yet. This computer has no system keyring, so Karpear will ask you to choose "
        "a passphrase the first time it saves.",
    )


def erase_message(report: EraseReport) -> str:
    """What "Erase all my data" removed, and what it could not."""
    removed = [path.name for path in report.removed_files]
    if report.removed_keys:
        removed.append(translate("MainWindow", "the key in the system keyring"))
    text = (
        arg(translate("MainWindow", "All your data was erased from this computer. Removed: %1."), ", ".join(removed))
        if removed
        else translate("MainWindow", "There was no saved data to erase.")
    )
    if report.errors:
        text += " " + arg(translate("MainWindow", "Some data could not be erased: %1"), "; ".join(report.errors))
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
    if problem is SaveProblem.NOT_PROTECTED:
        return translate(
            "MainWindow",
            "Your last change was not saved: Karpear saves only encrypted, and no passphrase was chosen "
            "(or your saved data is locked). Nothing was written in clear.",
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
