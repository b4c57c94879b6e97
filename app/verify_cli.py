"""`karpear verify FILE`: is this installer genuine? Same words as the window, exit code for scripts."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

EXIT_GENUINE, EXIT_NOT_GENUINE, EXIT_UNREADABLE, EXIT_UNKNOWN = 0, 1, 2, 3


def printable(text: str) -> str:
    """Names and ids come from the file itself: control characters would drive the terminal."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def run_verify(file: Path, tool_id: str | None, out: TextIO, catalogue: Path | None = None) -> int:
    from app.content import load_library  # noqa: PLC0415
    from app.ui.verify_texts import describe  # noqa: PLC0415 - QtCore only: no display needed
    from app.verify import Verdict, check_file  # noqa: PLC0415

    tools = load_library(catalogue, use_snapshot=catalogue is None).catalogue("en").tools
    if tool_id is not None and tool_id not in {tool.id for tool in tools}:
        out.write(f"karpear verify: unknown tool '{tool_id}' (known: {', '.join(tool.id for tool in tools)})\n")
        return EXIT_UNREADABLE
    report = check_file(file, tools, tool_id=tool_id)
    text = describe(report)
    out.write(printable(f"{report.file_name}: {text.heading}") + "\n")
    out.write(printable(text.explanation) + "\n" + text.next_step + "\n\n")
    for label, value in text.facts:
        out.write(f"  {label} {printable(value)}\n")
    if report.detail:
        out.write(f"  ({printable(report.detail)})\n")
    return {
        Verdict.GENUINE: EXIT_GENUINE,
        Verdict.NOT_GENUINE: EXIT_NOT_GENUINE,
        Verdict.UNKNOWN: EXIT_UNKNOWN,
        Verdict.UNREADABLE: EXIT_UNREADABLE,
    }[report.verdict]
