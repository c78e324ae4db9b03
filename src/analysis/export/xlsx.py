"""Write DataFrames to .xlsx sheets that open cleanly in Excel and WPS.

Text is always stored as text: a cell that starts with = + - @ tab or CR is never a
formula (and is quote-prefixed, so editing it in Excel keeps it text); characters XML
forbids are removed rather than crashing the writer.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from analysis.export.atomic import atomic_path
from analysis.export.safe_text import clean_text, looks_like_formula

HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
HEADER_FONT = Font(bold=True)
DATE_FORMAT = "yyyy-mm-dd"
FIXED_TIME = dt.datetime(2024, 1, 1)


def cell_value(value: object) -> object:
    """A Python value openpyxl stores faithfully: NA becomes empty, timestamps become datetimes."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    if isinstance(value, str):
        return clean_text(value)
    return value


def set_cell(ws: Worksheet, row: int, col: int, value: object) -> None:
    """Set a cell, forcing strings to text so they never become formulas."""
    cell = ws.cell(row=row, column=col)
    value = cell_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime | dt.date):
        cell.number_format = DATE_FORMAT


def write_sheet(ws: Worksheet, df: pd.DataFrame, widths: dict[str, int] | None = None) -> None:
    """Write df with a bold frozen header, a filter and readable column widths."""
    for j, col in enumerate(df.columns, start=1):
        set_cell(ws, 1, j, str(col))
        ws.cell(row=1, column=j).font = HEADER_FONT
        ws.cell(row=1, column=j).fill = HEADER_FILL
    for i, row in enumerate(df.itertuples(index=False), start=2):
        for j, value in enumerate(row, start=1):
            set_cell(ws, i, j, value)
    for j, col in enumerate(df.columns, start=1):
        width = (widths or {}).get(str(col)) or _width(df[col], str(col))
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = "A2"
    if len(df.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{max(len(df) + 1, 1)}"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and len(cell.value) > 40:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _width(series: pd.Series, header: str) -> int:
    sample = [header] + [str(v) for v in series.dropna().head(200)]
    longest = max((_display_len(s) for s in sample), default=8)
    return max(8, min(60, longest + 2))


def _display_len(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def sheet_title(name: str) -> str:
    """A sheet title Excel accepts: no []:*?/\\ or control characters, at most 31 long."""
    title = re.sub(r"[\[\]:*?/\\]", "_", clean_text(str(name))).strip("'")
    return title[:31] or "sheet"


def write_workbook(path: Path | str, sheets: dict[str, pd.DataFrame]) -> None:
    """Write sheets to path atomically, with fixed document times so reruns are stable."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, df in sheets.items():
        write_sheet(wb.create_sheet(title=sheet_title(name)), df)
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "analysis"
    with atomic_path(path) as tmp:
        wb.save(tmp)
