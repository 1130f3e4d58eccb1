"""Problems found in a knowledge-base package, worded for the coordinator who has to fix them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place of a package: file, CSV line (header = 1) and column."""

    file: str
    line: int | None
    column: str | None
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Problems:
    """Collects every problem of a package, so that all of them are reported at once."""

    items: list[Problem] = field(default_factory=list)

    def error(self, file: str, line: int | None, column: str | None, message: str) -> None:
        self.items.append(Problem(file, line, column, message, "error"))

    def warning(self, file: str, line: int | None, column: str | None, message: str) -> None:
        self.items.append(Problem(file, line, column, message, "warning"))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]

    def __bool__(self) -> bool:
        return bool(self.items)


class PackageError(Exception):
    """The package cannot be imported; `problems` lists everything that is wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(self.errors)} error(s) in the knowledge-base package")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]
