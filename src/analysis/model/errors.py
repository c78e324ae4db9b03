"""Errors users see. Each problem has a stable code (a key of the text catalogue) and names
the file, sheet, row and column (as the user's own header) where it was found.

`AnalysisError` is the base of every error that is the input's fault; the command line
turns it into exit 2 with the message. Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from analysis.i18n import t


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as file:sheet:row:column.

    `code` is a catalogue key whose text is filled with `fields`; `message` is the older
    free-text form, used when there is no code. Fields never hold personal data.
    """

    file: str
    message: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""
    code: str = ""
    fields: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str = "zh") -> str:
        """The message in lang."""
        return t(self.code, lang, **self.fields) if self.code else self.message

    def located(self, lang: str = "zh") -> str:
        """file:sheet:row:column: message."""
        row = "" if self.row is None else str(self.row)
        return f"{self.file}:{self.sheet}:{row}:{self.column}: {self.text(lang)}"

    def __str__(self) -> str:
        return self.located()


class AnalysisError(Exception):
    """An input the package cannot use; `.problems` lists every reason found."""

    code = "input_error"

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        self.problems = problems
        super().__init__(self.describe())

    def describe(self, lang: str = "zh") -> str:
        """Every problem, one per line (the first 50), in lang."""
        lines = [p.located(lang) if p.file else p.text(lang) for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"… +{len(self.problems) - 50}")
        return "\n".join(lines)


class LedgerError(AnalysisError):
    """A ledger (or roster, or manifest) could not be loaded in full."""

    code = "ledger_error"


class NoticeError(AnalysisError):
    """The input is not a rectification notice at all."""

    code = "notice_error"


class ParameterError(AnalysisError):
    """A briefing parameter or command option has a value that cannot be used."""

    code = "parameter_error"

    @classmethod
    def of(
        cls, code: str, file: str = "", row: int | None = None, **fields: object
    ) -> ParameterError:
        """One located problem, its text from the catalogue."""
        return cls([Problem(file, row=row, code=code, fields=fields)])


class RenderError(AnalysisError):
    """A briefing notebook failed; the message names the cell and the error."""

    code = "render_error"
