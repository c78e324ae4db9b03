"""Write a Ledger as the package's own workbook: one sheet per table plus a meta sheet."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.export.xlsx import write_workbook
from analysis.model.ledger import META_SHEET, Ledger


def write_ledger(ledger: Ledger, path: Path | str) -> None:
    """Write the ledger as an .xlsx workbook: one sheet per table and a meta sheet."""
    sheets = dict(ledger.tables)
    meta_rows = list(ledger.meta.items()) + [("warning", w) for w in ledger.warnings]
    sheets[META_SHEET] = pd.DataFrame(meta_rows, columns=["key", "value"])
    write_workbook(path, sheets)
