"""What the content check reports: findings with file, line and column, collected in a Report."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    path: Path
    line: int
    col: int
    severity: Severity
    code: str
    message: str

    def format(self, base: Path | None = None) -> str:
        return (
            f"{display_path(self.path, base)}:{self.line}:{self.col}: "
            f"{self.severity}: {self.code}: {self.message}"
        )


def display_path(path: Path, base: Path | None = None) -> str:
    """The path relative to ``base`` (the working directory) when it lies below it."""
    base = Path.cwd() if base is None else base
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)


def has_errors(findings: list[Finding]) -> bool:
    return any(finding.severity is Severity.ERROR for finding in findings)


@dataclass
class SourceFile:
    path: Path
    text: str
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


class Report:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def at(
        self, file: SourceFile, offset: int, severity: Severity, code: str, message: str
    ) -> None:
        line, col = file.position(offset)
        self.findings.append(Finding(file.path, line, col, severity, code, message))

    def line(
        self, path: Path, line: int, severity: Severity, code: str, message: str, col: int = 1
    ) -> None:
        self.findings.append(Finding(path, line, col, severity, code, message))
