"""Collect content problems as values, so one run reports all of them."""

from __future__ import annotations

from app.content.model import ContentIssue, Severity


class IssueSink:
    def __init__(self) -> None:
        self.issues: list[ContentIssue] = []

    def add(self, path: str, mark: tuple[int, int], severity: Severity, message: str) -> None:
        line, column = mark
        self.issues.append(ContentIssue(path, line, column, severity, message))

    def error(self, path: str, mark: tuple[int, int], message: str) -> None:
        self.add(path, mark, Severity.ERROR, message)

    def warning(self, path: str, mark: tuple[int, int], message: str) -> None:
        self.add(path, mark, Severity.WARNING, message)

    @property
    def error_count(self) -> int:
        return sum(1 for issue in self.issues if issue.is_error)

    def sorted(self) -> list[ContentIssue]:
        return sorted(self.issues, key=lambda i: (i.path, i.line, i.column, i.message))
