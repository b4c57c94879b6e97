"""The words for a verification report, in the person's language (the window and `karpear verify`).

Without an installed translator (the CLI) `translate` returns the English source text.
"""

from __future__ import annotations

from typing import NamedTuple

from app.ui.i18n import arg, translate
from app.verify import Reason, Report, Verdict, reading_groups


class ReportText(NamedTuple):
    heading: str
    explanation: str
    next_step: str
    facts: tuple[tuple[str, str], ...]  # (label, value) lines: checksum, app id, signers


def heading(report: Report) -> str:
    if report.verdict is Verdict.GENUINE:
        return arg(translate("VerifyPanel", "Genuine installer of %1"), report.tool_name)
    return {
        Verdict.NOT_GENUINE: translate("VerifyPanel", "Not genuine: do not install this file"),
        Verdict.UNKNOWN: translate("VerifyPanel", "Karpear cannot tell whether this file is genuine"),
        Verdict.UNREADABLE: translate("VerifyPanel", "This file cannot be checked"),
    }[report.verdict]


def explanation(report: Report) -> str:
    tool = report.tool_name or ""
    texts = {
        Reason.CHECKSUM_MATCH: arg(translate("VerifyPanel", "Its SHA-256 checksum is one that %1 publishes."), tool),
        Reason.SIGNERS_MATCH: arg(
            translate("VerifyPanel", "Every signature in it holds, and every one is made with a key %1 publishes."),
            tool,
        ),
        Reason.PUBLISHER_MATCH: arg(
            translate("VerifyPanel", "Its signature holds and is vouched for as made by %1."), report.publisher
        ),
        Reason.FOREIGN_SIGNER: arg(
            translate("VerifyPanel", "It is signed with a key that %1 does not use: someone else made or changed it."),
            tool,
        ),
        Reason.WRONG_PACKAGE: arg(translate("VerifyPanel", "It is not %1: it is the app %2."), tool, report.package),
        Reason.WRONG_PUBLISHER: arg(
            translate("VerifyPanel", "It is signed by %1, not by %2."), report.publisher, report.expected_publisher
        ),
        Reason.BAD_SIGNATURE: translate(
            "VerifyPanel", "It was changed after it was signed: its signature does not match its contents."
        ),
        Reason.UNTRUSTED_SIGNATURE: translate(
            "VerifyPanel",
            "Its signature carries the right name, but no trusted authority vouches for it: "
            "anyone can make such a signature.",
        ),
        Reason.NOT_SIGNED: translate("VerifyPanel", "It carries no signature."),
        Reason.OLD_SCHEME_ONLY: translate(
            "VerifyPanel", "It is signed only with Android's oldest scheme, which Karpear cannot check completely."
        ),
        Reason.UNSUPPORTED_SIGNATURE: translate("VerifyPanel", "It is signed with a method that Karpear cannot check."),
        Reason.NOT_IN_CATALOGUE: translate("VerifyPanel", "It is not the installer of a tool in Karpear's list."),
        Reason.NOTHING_TO_COMPARE: translate(
            "VerifyPanel", "Karpear's list has no fingerprint or checksum to compare this file with."
        ),
        Reason.CORRUPT: translate("VerifyPanel", "The file is damaged, or it is not an installer."),
        Reason.TOO_LARGE: translate("VerifyPanel", "The file is too large to be checked."),
        Reason.CHANGED_WHILE_READ: translate(
            "VerifyPanel", "The file changed while Karpear read it: perhaps it is still downloading."
        ),
        Reason.CANNOT_OPEN: translate("VerifyPanel", "The file cannot be opened."),
    }
    return texts[report.reason]


def next_step(report: Report) -> str:
    return {
        Verdict.GENUINE: translate("VerifyPanel", "You can install it."),
        Verdict.NOT_GENUINE: translate(
            "VerifyPanel", "Delete it. Download the app again, only from the official link in Karpear."
        ),
        Verdict.UNKNOWN: translate(
            "VerifyPanel",
            "Compare the SHA-256 below with the one on the vendor's official site, or install from the "
            "official store. If in doubt, do not install it.",
        ),
        Verdict.UNREADABLE: translate("VerifyPanel", "Download it again from the official link, then check it again."),
    }[report.verdict]


def facts(report: Report) -> tuple[tuple[str, str], ...]:
    lines = []
    if report.sha256:
        lines.append((translate("VerifyPanel", "SHA-256, in groups to read aloud:"), reading_groups(report.sha256)))
    if report.package:
        lines.append((translate("VerifyPanel", "App ID:"), report.package))
    if report.publisher:
        lines.append((translate("VerifyPanel", "Signed by:"), report.publisher))
    for signer in report.signers:
        if signer.catalogue_note is None:
            verdict = translate("VerifyPanel", "not in Karpear's list")
        elif signer.catalogue_note:
            verdict = arg(translate("VerifyPanel", "listed by Karpear: %1"), signer.catalogue_note)
        else:
            verdict = translate("VerifyPanel", "listed by Karpear")
        label = arg(translate("VerifyPanel", "Signing certificate (%1):"), signer.scheme)
        lines.append((label, f"{signer.sha256} ({verdict})"))
    return tuple(lines)


def describe(report: Report) -> ReportText:
    return ReportText(heading(report), explanation(report), next_step(report), facts(report))
