"""Workbooks written by hand (zipfile + raw XML), for what spreadsheet libraries never write:
cells without the optional `r=` attribute, formulas without a saved value."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def cell(value: object, i: int, j: int, with_r: bool) -> str:
    """One <c>: text inline, a number as a number, '=…' as a formula without a saved value."""
    r = f' r="{get_column_letter(j + 1)}{i + 1}"' if with_r else ""
    if value is None:
        return ""  # a blank cell is simply absent (then later cells need their own r or none)
    if isinstance(value, str) and value.startswith("="):
        return f"<c{r}><f>{escape(value[1:])}</f></c>"
    if isinstance(value, int | float):
        return f"<c{r}><v>{value}</v></c>"
    return f'<c{r} t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def sheet_xml(rows: list[list[object]], with_r: bool) -> str:
    """The worksheet XML: every row and cell with or without its `r` attribute."""
    body = []
    for i, row in enumerate(rows):
        attr = f' r="{i + 1}"' if with_r else ""
        body.append(
            f"<row{attr}>" + "".join(cell(v, i, j, with_r) for j, v in enumerate(row)) + "</row>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    )


def write_workbook(path: Path, rows: list[list[object]], with_r: bool = True) -> Path:
    """An .xlsx of one sheet 台账 holding rows (no blank cells when with_r is False)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows, with_r))
    return path


def formula_ledger_rows() -> list[list[object]]:
    """A small ledger whose first deadline is a formula without a saved value (=E2+30)."""
    return [
        ["序号", "具体问题", "整改措施", "整改时限", "整改状态"],
        [1, "理论学习不够深入", "制定学习计划", "=E2+30", "已完成"],
        [2, "制度执行不严格", "修订制度", "2024年6月30日", "正在整改"],
    ]
