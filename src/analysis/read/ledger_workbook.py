"""Read back a workbook that write_ledger wrote, checking every sheet against the schema."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.model import schema
from analysis.model.errors import LedgerError, Problem
from analysis.model.ledger import META_SHEET, Ledger


def is_ledger_workbook(sheet_names: list[str]) -> bool:
    """True for a workbook this package wrote (it has the findings and meta sheets)."""
    return "findings" in sheet_names and META_SHEET in sheet_names


def read_ledger_workbook(path: Path | str) -> Ledger:
    """Read a workbook written by write_ledger, checking every sheet against the schema."""
    path = Path(path)
    sheets = pd.read_excel(path, sheet_name=None, engine="calamine", dtype=object)
    problems = []
    tables = {}
    for name, columns in schema.TABLES.items():
        df = sheets.get(name)
        if df is None:
            tables[name] = schema.empty(name)
            continue
        missing = [c for c in columns if c not in df.columns]
        problems += [Problem(path.name, "missing column", name, 1, c) for c in missing]
        try:
            tables[name] = schema.conform(df, name)
        except (ValueError, TypeError) as exc:
            problems.append(Problem(path.name, f"values do not fit the schema: {exc}", name))
    if problems:
        raise LedgerError(problems)
    meta_df = sheets[META_SHEET]
    meta, warnings = {}, []
    for key, value in zip(meta_df["key"], meta_df["value"], strict=True):
        if key == "warning":
            warnings.append(str(value))
        else:
            meta[str(key)] = "" if pd.isna(value) else str(value)
    return Ledger(tables=tables, meta=meta, warnings=warnings, path=path)
