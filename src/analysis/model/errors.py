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
        """The message in lang (a field that is a Note said in lang too)."""
        if not self.code:
            return self.message
        fields = {k: v.said(lang) if isinstance(v, Note) else v for k, v in self.fields.items()}
        return t(self.code, lang, **fields)

    def located(self, lang: str = "zh") -> str:
        """file:sheet:row:column: message, without the trailing parts that are unknown."""
        row = "" if self.row is None else str(self.row)
        where = [self.file, self.sheet, row, self.column]
        while len(where) > 1 and not where[-1]:
            where.pop()
        return f"{':'.join(where)}: {self.text(lang)}"

    def __str__(self) -> str:
        return self.located()


class Note(str):
    """A reader's warning, kept as its catalogue key and fields (or the located Problem it
    reports) so that it can be said in any language: `say(note, lang)`. As a str (JSON, the
    ledger workbook, callers that only print it) it is the text in the language it was made in.

    A field that is itself a Note is said in the same language (…另有 3 处（<what>）).
    """

    key: str
    fields: Mapping[str, object]
    problem: Problem | None
    lang: str  # the language of the text it is as a str

    def __new__(cls, key: str, lang: str = "zh", **fields: object) -> Note:
        return cls._made(key, fields, None, lang)

    @classmethod
    def of(cls, problem: Problem, lang: str = "zh") -> Note:
        """A located problem reported as a warning (the reader went on)."""
        return cls._made("", {}, problem, lang)

    @classmethod
    def _made(
        cls, key: str, fields: Mapping[str, object], problem: Problem | None, lang: str
    ) -> Note:
        self = str.__new__(cls, _note_text(key, fields, problem, lang))
        self.key, self.fields, self.problem, self.lang = key, fields, problem, lang
        return self

    def said(self, lang: str) -> str:
        """The warning in lang."""
        return _note_text(self.key, self.fields, self.problem, lang)

    def __reduce__(self):  # pickled (a batch's worker) as what it is, not as its text
        return (Note._made, (self.key, dict(self.fields), self.problem, self.lang))


def _note_text(key: str, fields: Mapping[str, object], problem: Problem | None, lang: str) -> str:
    if problem is not None:
        if problem.sheet or problem.row:
            return problem.located(lang)
        return f"{problem.file}: {problem.text(lang)}"  # as located() writes it
    said = {k: v.said(lang) if isinstance(v, Note) else v for k, v in fields.items()}
    return t(key, lang, **said)


def say(warning: object, lang: str) -> str:
    """A warning in lang: a Note is said in it, any other text is shown as it was written
    (a warning read back from a ledger workbook keeps the words it was saved with)."""
    return warning.said(lang) if isinstance(warning, Note) else str(warning)


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
