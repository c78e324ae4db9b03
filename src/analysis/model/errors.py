"""Errors users see. Each problem has a stable code (a key of the text catalogue) and names
the file, sheet, row and column (as the user's own header) where it was found.

`AnalysisError` is the base of every error that is the input's fault; the command line
turns it into exit 2 with the message. Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from analysis.i18n import TEXT, t


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
        """file:sheet:row:column: message, without the trailing parts that are unknown."""
        row = "" if self.row is None else str(self.row)
        where = [self.file, self.sheet, row, self.column]
        while len(where) > 1 and not where[-1]:
            where.pop()
        return f"{':'.join(where)}: {self.text(lang)}"

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


class AccessError(AnalysisError):
    """A file or folder the user named cannot be read or written (missing, a folder, no
    permission): the user's to fix, so a message and exit 2, not a traceback."""

    code = "access_error"

    @classmethod
    def of_os(cls, exc: OSError, path: Path | str | None = None) -> AccessError:
        """The OS's error as a located problem, in the user's language (by its errno)."""
        name = errno.errorcode.get(exc.errno or 0, "")
        code = f"os.{name}" if f"os.{name}" in TEXT else "os.other"
        where = path if path is not None else exc.filename or ""
        reason = exc.strerror or type(exc).__name__
        return cls([Problem(str(where), code=code, fields={"reason": reason})])
