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
from analysis.figures.completion import as_timestamp, overdue_mask
from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present.charts import Chart
from analysis.present.tables import without_empty

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
    """The findings as users read them: the status in words (always the status), and
    whether each is overdue and by how many days in columns of their own."""
    f = ledger.findings
    late = overdue_mask(f, as_of)
    shown = without_empty(f[["number", "title", "department", "deadline"]])
    sheet = shown.rename(columns={c: t(f"col_{c}", lang) for c in shown.columns})
    sheet[t("col_status", lang)] = [
        t(s, lang) if pd.notna(s) else t("unknown", lang) for s in f["status"]
    ]
    sheet[t("col_is_overdue", lang)] = [t("yes" if o else "no", lang) for o in late]
    days = (as_timestamp(as_of) - f["deadline"]).dt.days
    sheet[t("col_days_overdue", lang)] = [
        int(d) if o else None for d, o in zip(days, late, strict=True)
    ]
    if f["deadline"].isna().all():  # no deadline, no overdue: the columns would say nothing
        sheet = sheet.drop(columns=[t("col_is_overdue", lang), t("col_days_overdue", lang)])
    sheet["_key"] = [s if pd.notna(s) else "unknown" for s in f["status"]]
    sheet["_late"] = list(late)
    return numbers_as_numbers(sheet)


def overdue_sheet(ledger: Ledger, as_of: object, lang: str) -> pd.DataFrame:
    """The one overdue list: every overdue problem, most late first, its status as it is."""
    late = without_empty(completion.overdue(ledger.findings, as_of))
    late["status"] = [t(s, lang) if pd.notna(s) else t("unknown", lang) for s in late["status"]]
    late["deadline"] = [d.date() if pd.notna(d) else None for d in late["deadline"]]
    return numbers_as_numbers(late.rename(columns={c: t(f"col_{c}", lang) for c in late.columns}))


def numbers_as_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns whose every value is a whole number written as text (序号 '1', '2') as numbers,
    so Excel sorts and sums them; any other text column stays text."""
    out = frame.copy()
    for col in out.columns:
        values = out[col].dropna()
        if len(values) and values.map(lambda v: isinstance(v, str) and v.isdigit()).all():
            out[col] = [int(v) if isinstance(v, str) else v for v in out[col]]
    return out


def sheet_name(name: str, lang: str) -> str:
    """A sheet's name in lang (Excel allows 31 characters and no []:*?/\\)."""
    text = t(f"sheet_{name}", lang)
    return re.sub(r"[\[\]:*?/\\]", "_", text)[:31]


#: Charts whose table another sheet already holds in full.
SAME_AS_SHEET = {"overdue"}


def write_summary_workbook(
    path: Path, ledger: Ledger, charts: list[Chart], as_of: object, lang: str
) -> None:
    """One sheet of findings (status colour-coded, overdue in its own columns), the one
    overdue list, and one sheet per chart's table (whole, where the chart shows only the
    top entries); numbers are numbers and dates dates on every sheet."""
    wb = Workbook()
    wb.remove(wb.active)
    findings = findings_sheet(ledger, as_of, lang)
    ws = wb.create_sheet(sheet_name("findings", lang))
    write_sheet(ws, findings.drop(columns=["_key", "_late"]))
    status_col = findings.columns.get_loc(t("col_status", lang)) + 1
    late_col = (
        list(findings.columns).index(t("col_is_overdue", lang)) + 1 if any(findings["_late"]) else 0
    )
    for i, (key, late) in enumerate(zip(findings["_key"], findings["_late"], strict=True), 2):
        if FILLS.get(key):
            ws.cell(row=i, column=status_col).fill = FILLS[key]
        if late:
            ws.cell(row=i, column=late_col).fill = FILLS["overdue"]
    if overdue_mask(ledger.findings, as_of).any():  # the one overdue list, whole
        sheet = wb.create_sheet(t("limits.overdue_sheet", lang))
        write_sheet(sheet, overdue_sheet(ledger, as_of, lang))
    for chart in charts:
        if chart.name in SAME_AS_SHEET:  # its table is the overdue list again
            continue
        sheet = wb.create_sheet(sheet_name(chart.name, lang))
        table = numbers_as_numbers(chart.full if chart.full is not None else chart.table)
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
