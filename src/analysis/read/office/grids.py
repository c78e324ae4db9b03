"""A ledger file's sheets as grids of cell texts: workbooks through fastexcel (Arrow → pandas,
no Python object per cell), CSV decoded and split by the delimiter it uses.

Each grid's rows are the sheet's rows from row 1; blanks are missing or empty text. A sheet
also says whether it is hidden and which cells hold formulas without saved results (those
read as blank, so they are found in the workbook's XML and reported).
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pandas as pd

from analysis.model.errors import LedgerError, Problem
from analysis.read.text import UndecodableText, decode

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
DELIMITERS = (",", ";", "\t")


@dataclass
class Sheet:
    """One sheet: its name, its cells as text, whether hidden, formula cells without a value,
    and whether any cell holds a control character (checked on the raw bytes, so cheap)."""

    name: str
    grid: pd.DataFrame
    hidden: bool = False
    formulas: list[tuple[int, int]] = field(default_factory=list)  # 0-based (row, column)
    control: bool = False


def read_sheets(path: Path) -> Iterator[Sheet]:
    """Every sheet of a ledger file, read lazily."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        grid = read_csv_grid(path)
        yield Sheet("csv", grid, control=True)
        return
    if suffix not in WORKBOOK_SUFFIXES:
        raise LedgerError([Problem(path.name, code="file_type", fields={"suffix": suffix})])
    from analysis.read.kind import kind_of

    if suffix == ".xls" and kind_of(path) == "html":  # an OA system's web-page export
        yield from read_html_sheets(path)
        return
    import fastexcel

    # the formula scan inflates the sheets' XML (zlib lets go of the GIL) while fastexcel
    # parses them (Rust): on two cores the scan costs next to nothing
    scan = ThreadPoolExecutor(1)
    try:
        workbook = fastexcel.read_excel(str(path))
        pending = (
            scan.submit(_formulas_without_values, path) if suffix in (".xlsx", ".xlsm") else None
        )
        formulas: dict[str, list[tuple[int, int]]] = {}
        for k, name in enumerate(workbook.sheet_names):
            sheet = workbook.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
            hidden = str(sheet.visible) != "visible"
            table = sheet.to_arrow()
            if k == 0 and pending is not None:
                formulas = pending.result()
            yield Sheet(
                name, table.to_pandas(), hidden, formulas.get(name, []), _has_control(table)
            )
    except LedgerError:
        raise
    except Exception as exc:  # fastexcel and zipfile raise several types for damaged files
        raise not_a_workbook(path, exc) from None
    finally:
        scan.shutdown(wait=False, cancel_futures=True)


def read_html_sheets(path: Path) -> Iterator[Sheet]:
    """Each table of a web-page export (an `.xls` that is HTML) as a sheet 表1, 表2 …;
    merged cells (colspan, rowspan) repeat their text, as pandas reads them."""
    try:
        text = decode(path.read_bytes())
    except UndecodableText:
        raise LedgerError([Problem(path.name, code="file_encoding")]) from None
    try:
        tables = pd.read_html(StringIO(text), header=None, keep_default_na=False)
    except ValueError:  # no <table> in the page
        raise LedgerError([Problem(path.name, code="file_web_page_no_table")]) from None
    for i, table in enumerate(tables, start=1):
        grid = table.astype("str").replace({"nan": ""})
        if not isinstance(table.columns, pd.RangeIndex):  # <th> cells became the columns
            heads = [" ".join(c) if isinstance(c, tuple) else str(c) for c in table.columns]
            grid = pd.concat([pd.DataFrame([heads], columns=grid.columns), grid])
        grid.columns = range(grid.shape[1])
        grid = grid.reset_index(drop=True)
        yield Sheet(
            f"网页导出的表格{i}" if len(tables) > 1 else "网页导出的表格", grid, control=True
        )


def _has_control(table: object) -> bool:
    """True if any text cell of an Arrow table holds a control character (not tab/CR/LF)."""
    import numpy as np

    for column in table.columns:  # type: ignore[attr-defined]
        chunks = getattr(column, "chunks", [column])
        for chunk in chunks:
            buffers = chunk.buffers()
            if len(buffers) < 3 or buffers[2] is None:
                continue
            data = np.frombuffer(buffers[2], dtype=np.uint8)
            low = data[data < 32]
            if ((low != 9) & (low != 10) & (low != 13)).any() or (data == 127).any():
                return True
    return False


def not_a_workbook(path: Path, exc: Exception) -> LedgerError:
    """The located error for a file that cannot be read as a workbook (a password said so)."""
    from analysis.read.kind import is_password_error

    if is_password_error(exc):
        return LedgerError([Problem(path.name, code="file_encrypted")])
    reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return LedgerError([Problem(path.name, code="file_not_workbook", fields={"reason": reason})])


def read_csv_grid(path: Path) -> pd.DataFrame:
    """A CSV file's cells as text: decoded (UTF-8, UTF-16, GBK, Big5) and split by , ; or tab.

    Rows may have different lengths (a title line alone in the first field is fine).
    """
    data = path.read_bytes()
    if not data.strip():
        raise LedgerError([Problem(path.name, code="file_empty")])
    try:
        text = decode(data)
    except UndecodableText:
        raise LedgerError([Problem(path.name, code="file_encoding")]) from None
    text = text.lstrip("\ufeff")
    if not text.strip(" \r\n\t,;\x00"):
        raise LedgerError([Problem(path.name, code="file_empty")])
    rows = list(csv.reader(StringIO(text, newline=""), delimiter=sniff_delimiter(text)))
    width = max(map(len, rows), default=0) or 1
    return pd.DataFrame([row + [""] * (width - len(row)) for row in rows], dtype="str")


def sniff_delimiter(text: str) -> str:
    """The delimiter (, ; or tab) that splits the first lines into the most fields."""
    lines = [line for line in text[:20_000].splitlines()[:30] if line.strip()]
    best, most = ",", 0
    for delimiter in DELIMITERS:
        widest = max(
            (len(next(csv.reader([line], delimiter=delimiter))) for line in lines), default=1
        )
        if widest > most:
            best, most = delimiter, widest
    return best


_SHEET = re.compile(rb'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')
_ROW_OR_CELL = re.compile(rb"<row\b([^>]*?)/?>|<c\b([^>]*?)(?:/>|>(.*?)</c>)|</sheetData>", re.S)
_R = re.compile(rb'\br="([A-Z]*)(\d+)"')


def _formulas_without_values(path: Path) -> dict[str, list[tuple[int, int]]]:
    """Per sheet name, the 0-based cells holding a formula with no saved value.

    Each sheet's XML is first streamed and searched for a formula at all (most ledgers have
    none), so the common case costs one decompression, not a parse.
    """
    from html import unescape

    out: dict[str, list[tuple[int, int]]] = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
            return out
        rels_xml = z.read("xl/_rels/workbook.xml.rels")
        rels = {i: t for i, t in _REL.findall(rels_xml)}
        rels.update({i: t for t, i in _REL_REVERSED.findall(rels_xml)})
        for name, rid in _SHEET.findall(z.read("xl/workbook.xml")):
            target = rels.get(rid, b"").decode()
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if part not in names or not _has_formula(path, z.getinfo(part)):
                continue
            cells = formula_cells(z.read(part))
            if cells:
                out[unescape(name.decode())] = cells
    return out


def formula_cells(xml: bytes) -> list[tuple[int, int]]:
    """The 0-based (row, column) of each formula cell without a saved value in a sheet's XML.

    `r` is optional on rows and cells (some tools omit it): a row without one follows the
    row before, a cell without one the cell before it in its row.
    """
    cells: list[tuple[int, int]] = []
    row, column = -1, -1
    for match in _ROW_OR_CELL.finditer(xml):
        row_attrs, cell_attrs, body = match.groups()
        if row_attrs is not None:
            found = re.search(rb'\br="(\d+)"', row_attrs)
            row, column = (int(found[1]) - 1 if found else row + 1), -1
        elif cell_attrs is not None:
            found = _R.search(cell_attrs)
            if found:
                column = _column_index(found[1].decode()) if found[1] else column + 1
                row = int(found[2]) - 1
            else:
                column += 1
            if body and _FORMULA.search(body) and not re.search(rb"<v>[^<]", body):
                cells.append((row, column))
    return cells


_FORMULA = re.compile(rb"<f[ >/]")
_CHUNK = 1 << 22


def _has_formula(path: Path, info: zipfile.ZipInfo) -> bool:
    """Whether a zip member's XML holds a formula element, inflated and searched in chunks."""
    import struct
    import zlib

    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return True  # cannot stream it: let the full parse decide
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
        name_len, extra_len = struct.unpack("<HH", header[26:30])
        f.seek(info.header_offset + 30 + name_len + extra_len)
        left = info.compress_size
        inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        tail = b""
        while left > 0:
            raw = f.read(min(_CHUNK, left))
            if not raw:
                break
            left -= len(raw)
            text = inflate.decompress(raw) if inflate else raw
            if _FORMULA.search(tail + text):
                return True
            tail = text[-3:]
    return False


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
