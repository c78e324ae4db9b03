"""A sheet's statuses and dates, read column by column, with what could not be read said once.

A status cell no rule recognises is kept as 未识别 and noted once per word with its rows; a
date cell no rule reads is kept as text and noted once per text with its rows. Neither stops
the ledger. A sheet without a status column (a plan) has no statuses at all, not blanks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.model.errors import Note, Problem
from analysis.read import fields

if TYPE_CHECKING:
    from analysis.read.office.sheet import SheetReader

#: Date codes kept as text with a warning (the cell says something, just not a date we read).
SOFT_DATE_CODES = ("date_unparseable",)
ROWS_LISTED = 10


def read_values(reader: SheetReader, used: np.ndarray, is_finding: np.ndarray) -> dict:
    """Statuses and dates of every problem and measure row, with their problems reported."""
    raw_status = reader.col("status")
    has_status = "status" in reader.columns.at
    read = fields.statuses(raw_status, reader.words)
    status = read.status if has_status else np.full(len(raw_status), None, dtype=object)
    deadline = fields.dates(reader.col("deadline"), True, reader.context_year)
    closed = fields.dates(reader.col("completed_on"), False, reader.context_year, reader.words)
    said = closed.said_completed
    fill = pd.isna(status) & said
    status = np.where(fill, "completed", status)
    if has_status:
        _status_issues(reader, read, used, is_finding, fill)
    for key, column in (("deadline", deadline), ("completed_on", closed)):
        _date_notes(reader, key, column, used)
    return {
        "status": status,
        "status_long_term": read.long_term & has_status,
        "raw_status": raw_status,
        "deadline": deadline,
        "closed": closed,
        "fill": fill,
    }


def _status_issues(reader, read: fields.StatusColumn, used, is_finding, fill) -> None:
    for i, code, values in read.issues:
        if used[i] and not (code == "status_empty" and (fill[i] or not is_finding[i])):
            reader.problem(int(reader.rows[i]), "status", code, **values)
    for word, at in read.unrecognised:
        at = at[used[at]]
        if len(at):
            note(
                reader, int(at[0]), "status", "status_unrecognised", word=word, **_rows(reader, at)
            )


def _rows(reader: SheetReader, at: np.ndarray) -> dict:
    """The rows a word or text stands in, listed (the first ROWS_LISTED) and counted."""
    rows = [str(int(reader.rows[i])) for i in at[:ROWS_LISTED]]
    more = "…" if len(at) > ROWS_LISTED else ""
    return {"rows": "、".join(rows) + more, "n": len(at)}


def _date_notes(reader: SheetReader, key: str, column: fields.DateColumn, used) -> None:
    label = reader.columns.label(key)
    soft: dict[str, list[int]] = {}
    for i, code, values in column.issues:
        if not used[i]:
            continue
        if code in SOFT_DATE_CODES:
            soft.setdefault(str(values.get("text", "")), []).append(i)
        else:
            reader.problem(int(reader.rows[i]), key, code, **values)
    for text, at in soft.items():
        rows = _rows(reader, np.array(at))
        note(reader, at[0], key, "date_kept_as_text", label=label, text=text, **rows)
    for i, n, text, year, basis in column.inferred:
        note(
            reader,
            i,
            key,
            "date_year_inferred",
            label=label,
            text=text,
            year=year,
            basis=Note(basis, reader.lang),
            n=n,
            row=int(reader.rows[i]),
        )
    for i, n, text in column.status_words:
        row = int(reader.rows[i])
        note(reader, i, key, "status_from_completed_on", label=label, text=text, n=n, row=row)


def note(reader: SheetReader, i: int, key: str, code: str, **values: object) -> None:
    """A located warning at body position i, in the column the office typed for `key`."""
    reader.notes.append(
        Problem(
            reader.file,
            "",
            reader.sheet,
            int(reader.rows[i]),
            reader.columns.label(key),
            code=code,
            fields=values,
        )
    )
