"""A summary workbook for those who keep working in Excel/WPS: each figure a formatted
table, status cells colour-coded, text never written as a formula."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from analysis.export.atomic import atomic_path
from analysis.export.xlsx import FIXED_TIME, set_cell, write_sheet
from analysis.figures import completion
from analysis.figures.completion import overdue_mask
from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present.charts import Chart
from analysis.present.tables import localise, without_empty

FILLS = {
    "completed": PatternFill("solid", fgColor="C6E0B4"),
    "in_progress": PatternFill("solid", fgColor="FFE699"),
    "long_term": PatternFill("solid", fgColor="DDEBF7"),
    "open": PatternFill("solid", fgColor="FCE4D6"),
    "not_started": PatternFill("solid", fgColor="F2F2F2"),
    "unrecognised": PatternFill("solid", fgColor="FFF2CC"),
    "overdue": PatternFill("solid", fgColor="F4B084"),
}


def findings_sheet(ledger: Ledger, as_of: object, lang: str) -> pd.DataFrame:
    """The findings as users read them: status in words, overdue flagged."""
    f = ledger.findings
    late = overdue_mask(f, as_of)
    shown = without_empty(f[["number", "title", "department", "deadline"]])
    sheet = shown.rename(columns={c: t(f"col_{c}", lang) for c in shown.columns})
    sheet[t("col_status", lang)] = [
        t("overdue", lang) if o else t(s, lang) if pd.notna(s) else t("unknown", lang)
        for s, o in zip(f["status"], late, strict=True)
    ]
    sheet["_key"] = ["overdue" if o else s for s, o in zip(f["status"], late, strict=True)]
    return sheet


def sheet_name(name: str, lang: str) -> str:
    """A sheet's name in lang (Excel allows 31 characters and no []:*?/\\)."""
    text = t(f"sheet_{name}", lang)
    return re.sub(r"[\[\]:*?/\\]", "_", text)[:31]


def write_summary_workbook(
    path: Path, ledger: Ledger, charts: list[Chart], as_of: object, lang: str
) -> None:
    """One sheet of findings (colour-coded), the full overdue list, and one sheet per chart's
    table (whole, where the chart shows only the top entries)."""
    wb = Workbook()
    wb.remove(wb.active)
    findings = findings_sheet(ledger, as_of, lang)
    ws = wb.create_sheet(sheet_name("findings", lang))
    write_sheet(ws, findings.drop(columns="_key"))
    status_col = findings.columns.get_loc(t("col_status", lang)) + 1
    for i, key in enumerate(findings["_key"], start=2):
        fill = FILLS.get(key)
        if fill:
            ws.cell(row=i, column=status_col).fill = fill
    overdue = completion.overdue(ledger.findings, as_of)
    if len(overdue):  # the briefing shows the first few and points here for the rest
        sheet = wb.create_sheet(t("limits.overdue_sheet", lang))
        write_sheet(sheet, localise(without_empty(overdue), lang))
    for chart in charts:
        sheet = wb.create_sheet(sheet_name(chart.name, lang))
        table = (chart.full if chart.full is not None else chart.table).copy()
        write_sheet(sheet, table)
        if chart.value_format == "0%":
            for row in sheet.iter_rows(min_row=2, min_col=2):
                for cell in row:
                    cell.number_format = "0.0%"
        set_cell(sheet, len(table) + 3, 1, chart.title)
        set_cell(sheet, len(table) + 4, 1, chart.note)
    wb.properties.created = wb.properties.modified = FIXED_TIME
    with atomic_path(path) as tmp:
        wb.save(tmp)
