"""Read back a workbook that write_ledger wrote, checking every sheet against the schema.

People edit these workbooks: a status typed by hand (已完成, done) is read with the same
words as an office ledger, and a value that does not fit its column is reported at its cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from analysis.model import schema
from analysis.model.errors import LedgerError, Problem
from analysis.model.ledger import META_SHEET, Ledger
from analysis.read.status import StatusWords, status_words


def is_ledger_workbook(sheet_names: list[str]) -> bool:
    """True for a workbook this package wrote (it has the findings and meta sheets)."""
    return "findings" in sheet_names and META_SHEET in sheet_names


def read_ledger_workbook(path: Path | str, statuses: Path | str | Mapping | None = None) -> Ledger:
    """Read a workbook written by write_ledger, checking every sheet against the schema."""
    path = Path(path)
    words = status_words(statuses, ledger=path)
    try:
        sheets = pd.read_excel(path, sheet_name=None, engine="calamine", dtype=object)
    except Exception as exc:  # calamine raises its own types for damaged files
        from analysis.read.office.grids import not_a_workbook

        raise not_a_workbook(path, exc) from None
    problems: list[Problem] = []
    tables = {}
    for name, columns in schema.TABLES.items():
        df = sheets.get(name)
        if df is None:
            tables[name] = schema.empty(name)
            continue
        missing = [c for c in columns if c not in df.columns]
        if name in ("findings",):
            problems += [
                Problem(
                    path.name, "", name, 1, c, code="ledger_missing_column", fields={"label": c}
                )
                for c in missing
                if c in ("number", "title", "status")
            ]
        df = _statuses(df, path.name, name, words, problems)
        tables[name] = _conform(df, path.name, name, problems)
    meta, warnings = _meta(sheets.get(META_SHEET), path.name, problems)
    if problems:
        raise LedgerError(problems)
    return Ledger(tables=tables, meta=meta, warnings=warnings, path=path)


def _statuses(
    df: pd.DataFrame, file: str, table: str, words: StatusWords, problems: list[Problem]
) -> pd.DataFrame:
    """Status cells typed by a person, read with the office words; unknown ones reported."""
    if "status" not in df.columns:
        return df
    raw = df["status"]
    mapped = [
        None if _missing(v) else (v if v in schema.STATUSES else words.status(v)) for v in raw
    ]
    for i, (v, m) in enumerate(zip(raw, mapped, strict=True)):
        if not _missing(v) and m is None:
            problems.append(
                Problem(
                    file,
                    "",
                    table,
                    i + 2,
                    "status",
                    code="status_unknown",
                    fields={"word": str(v), "known": words.known()},
                )
            )
    return df.assign(status=mapped)


def _conform(df: pd.DataFrame, file: str, table: str, problems: list[Problem]) -> pd.DataFrame:
    """The table cast to its schema; a cell that does not fit is reported where it is."""
    try:
        return schema.conform(df, table)
    except (ValueError, TypeError, OverflowError):
        pass
    for column in schema.TABLES[table]:
        if column not in df.columns:
            continue
        for i, value in enumerate(df[column]):
            try:
                schema.conform(pd.DataFrame({column: [value]}), table)
            except (ValueError, TypeError, OverflowError):
                problems.append(
                    Problem(
                        file,
                        "",
                        table,
                        i + 2,
                        column,
                        code="workbook_bad_value",
                        fields={"value": str(value)[:40], "column": column},
                    )
                )
                break
    return schema.empty(table)


def _meta(meta_df: pd.DataFrame | None, file: str, problems: list[Problem]) -> tuple[dict, list]:
    if meta_df is None or not {"key", "value"} <= set(meta_df.columns):
        problems.append(Problem(file, "", META_SHEET, 1, "key", code="workbook_no_meta"))
        return {}, []
    meta, warnings = {}, []
    for key, value in zip(meta_df["key"], meta_df["value"], strict=True):
        if key == "warning":
            warnings.append(str(value))
        else:
            meta[str(key)] = "" if pd.isna(value) else str(value)
    return meta, warnings


def _missing(v: object) -> bool:
    return (
        v is None
        or v is pd.NA
        or (isinstance(v, float) and v != v)
        or (isinstance(v, str) and not v.strip())
    )
