"""Translated names for the content model's codes (platforms, tool statuses, link kinds).

The codes come from app/content; only how they read is decided here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.content.model import ContentIssue, ToolStatus
from app.ui.i18n import arg, number, translate

# Marked for lupdate here, translated when asked for: a handout needs them in its own language.
_PLATFORM_NAMES = {
    "android": QT_TRANSLATE_NOOP("Labels", "Android"),
    "ios": QT_TRANSLATE_NOOP("Labels", "iPhone"),
    "windows": QT_TRANSLATE_NOOP("Labels", "Windows"),
    "macos": QT_TRANSLATE_NOOP("Labels", "macOS"),
    "linux": QT_TRANSLATE_NOOP("Labels", "Linux"),
    "web": QT_TRANSLATE_NOOP("Labels", "Web browser"),
}


def platform_name(code: str, localize=translate) -> str:
    """`localize` translates into another language than the window's (handouts)."""
    return localize("Labels", _PLATFORM_NAMES[code]) if code in _PLATFORM_NAMES else code


def status_name(status: ToolStatus) -> str:
    return {
        ToolStatus.RECOMMENDED: translate("Labels", "Recommended"),
        ToolStatus.CAUTION: translate("Labels", "Use with caution"),
        ToolStatus.DISCONTINUED: translate("Labels", "Discontinued: do not use"),
    }[status]


def status_tone(status: ToolStatus) -> str:
    return {ToolStatus.RECOMMENDED: "good", ToolStatus.CAUTION: "warning", ToolStatus.DISCONTINUED: "danger"}[status]


def source_name(kind: str, platform: str) -> str:
    """Where a download comes from, to tell apart two links for one platform."""
    if kind == "store":
        return {
            "android": translate("Labels", "Google Play"),
            "ios": translate("Labels", "App Store"),
        }.get(platform, translate("Labels", "app store"))
    return {
        "fdroid": translate("Labels", "F-Droid"),
        "apk": translate("Labels", "APK file"),
        "vendor": translate("Labels", "official site"),
        "web": translate("Labels", "website"),
    }.get(kind, kind)


def get_it_text(platform: str, kind: str, *, several: bool) -> str:
    """ "Get it for Android", with its source when the platform has more than one link."""
    if platform == "web":
        text = translate("Labels", "Open in your browser")
    else:
        text = arg(translate("Labels", "Get it for %1"), platform_name(platform))
    return arg(translate("Labels", "%1 (%2)"), text, source_name(kind, platform)) if several else text


def problem_line(issue: ContentIssue) -> str:
    """A content problem as a person reads it in the window: file, line, the validator's message."""
    return arg(translate("Labels", "%1, line %2: %3"), issue.path, number(issue.line), issue.message)
