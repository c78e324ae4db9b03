"""Small helpers over a sheet's cell columns: aspect rows, date-looking text, text type."""

from __future__ import annotations

import re

import pandas as pd

ASPECT_ROW = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）)\s*(.+)$"
)


def aspect_name(cell: object) -> str | None:
    """The aspect an aspect row names (一、…方面), or None."""
    match = ASPECT_ROW.match(str(cell))
    return match.group(1).strip() if match else None


DATE_CELL = r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?: 00:00:00)?"  # [0-9], not \\d: Arrow runs it, not Python


def is_date_cell(text: pd.Series) -> pd.Series:
    """True where the text is how a workbook's date cell reads (2024-06-30 00:00:00)."""
    return text.str.fullmatch(DATE_CELL).fillna(False).astype(bool)


def as_text(values: pd.Series) -> pd.Series:
    """Text in the ledger's string type, blanks as missing."""
    return values.astype("string")
