"""load_ledger: one entry point for the bundled ledger, package-written ledgers,
office ledgers (.xlsx/.csv) and published notices (.txt/.html/.docx)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from analysis.model.errors import LedgerError, Problem
from analysis.model.ledger import Ledger, sha256_of
from analysis.paths import BUNDLED_LEDGER
from analysis.read.kind import check_input
from analysis.read.ledger_workbook import is_ledger_workbook, read_ledger_workbook
from analysis.read.notice import ingest_notice

NOTICE_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".docx")
LEDGER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")


def load_ledger(
    path: Path | str | None = None,
    unit: str | None = None,
    statuses: Path | str | Mapping | None = None,
    lang: str = "zh",
    as_of: object = None,
    columns: Mapping[str, str] | Iterable[str] | None = None,
) -> Ledger:
    """Load a ledger into typed DataFrames; no path means the bundled ledger.

    `statuses` adds an office's own status words (a YAML file or {status: [words]}; by
    default `statuses.yaml` beside the ledger); `lang` is the language of warnings; `as_of`
    dates the year of dates typed without one when the ledger gives no other clue; `columns`
    corrects what an office ledger's columns mean ({header: meaning} or 'header=meaning').
    Raises LedgerError listing every problem (file:sheet:row:column) when the input cannot
    be loaded in full.
    """
    path = Path(path) if path is not None else BUNDLED_LEDGER
    suffix = path.suffix.lower()
    if suffix not in NOTICE_SUFFIXES + LEDGER_SUFFIXES:
        check_input(path)  # a missing or unreadable file says so before its type does
        raise LedgerError([Problem(path.name, code="file_type", fields={"suffix": suffix})])
    if suffix not in NOTICE_SUFFIXES:
        check_input(path)  # notices are checked by their reader, the one ingest uses too
    if suffix in NOTICE_SUFFIXES:
        ledger = _notice(path)
    elif suffix in (".xlsx", ".xlsm") and _is_package_workbook(path):
        from analysis.read.office.corrections import status_part

        ledger = read_ledger_workbook(path, statuses=status_part(statuses, path))
    else:
        from analysis.read.office import read_office_ledger

        ledger = read_office_ledger(
            path, unit=unit, statuses=statuses, lang=lang, as_of=as_of, columns=columns
        )
    if unit:
        ledger.meta["unit"] = unit
        ledger.meta["unit_basis"] = "given"
    ledger.path = path
    ledger.meta["ledger_file"] = path.name
    ledger.meta["ledger_sha256"] = sha256_of(path)
    return ledger


def _notice(path: Path) -> Ledger:
    """A published notice, read as `analysis ingest` reads it (one reader entry)."""
    return ingest_notice(path)


def _is_package_workbook(path: Path) -> bool:
    from python_calamine import CalamineWorkbook

    from analysis.read.office.grids import not_a_workbook

    try:
        return is_ledger_workbook(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as exc:  # calamine raises its own types for damaged files
        raise not_a_workbook(path, exc) from None
