"""load_ledger: one entry point for the bundled ledger, package-written ledgers,
office ledgers (.xlsx/.csv) and published notices (.txt/.html/.docx)."""

from __future__ import annotations

from pathlib import Path

from analysis.model.errors import LedgerError, Problem
from analysis.model.ledger import Ledger, sha256_of
from analysis.paths import BUNDLED_LEDGER
from analysis.read.ledger_workbook import is_ledger_workbook, read_ledger_workbook
from analysis.read.notice import ingest_notice

NOTICE_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".docx")


def load_ledger(path: Path | str | None = None, unit: str | None = None) -> Ledger:
    """Load a ledger into typed DataFrames; no path means the bundled ledger.

    Raises LedgerError listing every problem (file:sheet:row:column) when the
    input cannot be loaded in full.
    """
    path = Path(path) if path is not None else BUNDLED_LEDGER
    if not path.exists():
        raise LedgerError([Problem(str(path), "file not found")])
    suffix = path.suffix.lower()
    if suffix in NOTICE_SUFFIXES:
        ledger = ingest_notice(path)
    elif suffix in (".xlsx", ".xlsm") and _is_package_workbook(path):
        ledger = read_ledger_workbook(path)
    else:
        from analysis.read.office import read_office_ledger

        ledger = read_office_ledger(path, unit=unit)
    if unit:
        ledger.meta["unit"] = unit
    ledger.path = path
    ledger.meta["ledger_file"] = path.name
    ledger.meta["ledger_sha256"] = sha256_of(path)
    return ledger


def _is_package_workbook(path: Path) -> bool:
    from python_calamine import CalamineWorkbook

    try:
        return is_ledger_workbook(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as exc:  # calamine raises its own types for damaged files
        raise LedgerError([Problem(path.name, f"cannot read as a workbook: {exc}")]) from None
