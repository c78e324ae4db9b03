"""Errors users see: each names the file, sheet, row and column of the problem."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as file:sheet:row:column."""

    file: str
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        row = "" if self.row is None else str(self.row)
        return f"{self.file}:{self.sheet}:{row}:{self.column}: {self.message}"


class LedgerError(Exception):
    """A ledger could not be loaded; .problems lists every reason found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(str(p) for p in problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the ledger:\n{lines}{more}")


class NoticeError(Exception):
    """The input is not a rectification notice at all."""
