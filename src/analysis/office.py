"""Read the single-sheet ledgers offices keep (.xlsx or .csv) into a Ledger.

Real ledgers have a merged title row above the header, two-row headers
(责任部门 → 牵头 / 配合), blank spacer rows, aspect rows (一、…方面) between
problems, merged cells spanning a problem's several measures, and text dates.
Every row is either loaded or reported: nothing is dropped without a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .dates import parse_date
from .errors import LedgerError, Problem
from .ledger import Ledger, from_rows
from .noticetext import decode
from .status import known_words, normalise_status
from .textnorm import cn_to_int, normalise

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "问题序号", "问题编号", "no", "no.", "#", "number", "id"),
    "aspect": ("方面", "所属方面", "问题方面", "反馈方面", "aspect"),
    "category": ("问题类别", "类别", "问题类型", "类型", "问题分类", "category"),
    "title": (
        "具体问题",
        "问题",
        "存在问题",
        "问题描述",
        "反馈问题",
        "问题内容",
        "问题清单",
        "problem",
        "finding",
        "issue",
        "title",
    ),
    "measures_text": (
        "整改措施",
        "整改举措",
        "措施",
        "整改任务",
        "measures",
        "measure",
        "actions",
        "action",
    ),
    "leader": (
        "责任领导",
        "牵头领导",
        "分管领导",
        "责任人",
        "leader",
        "responsible leader",
        "owner",
    ),
    "department": (
        "责任部门",
        "责任科室",
        "牵头部门",
        "牵头科室",
        "责任单位",
        "牵头单位",
        "责任部门牵头",
        "责任科室牵头",
        "department",
        "lead department",
        "dept",
    ),
    "co_department": (
        "配合部门",
        "配合科室",
        "协办部门",
        "配合单位",
        "责任部门配合",
        "责任科室配合",
        "co-department",
        "supporting department",
    ),
    "deadline": (
        "整改时限",
        "完成时限",
        "时限",
        "截止日期",
        "整改期限",
        "deadline",
        "due",
        "due date",
    ),
    "progress": ("整改进展", "进展情况", "整改进度", "进展", "整改落实情况", "progress"),
    "status": ("整改状态", "状态", "完成情况", "是否完成", "status"),
    "completed_on": (
        "销号日期",
        "完成日期",
        "完成时间",
        "整改完成时间",
        "销号时间",
        "completed on",
        "completion date",
        "closed on",
        "completed_on",
    ),
    "evidence": ("佐证材料", "佐证", "evidence"),
    "remarks": ("备注", "说明", "remarks", "notes", "note"),
}
_ALIAS = {alias: key for key, aliases in HEADER_ALIASES.items() for alias in aliases}
HEADER_LABELS = {key: aliases[0] for key, aliases in HEADER_ALIASES.items()}
REQUIRED = ("title", "status")
_ASPECT_ROW = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))\s*(.+)$"
)
HEADER_SCAN_ROWS = 15


def header_key(cell: object) -> str | None:
    """The ledger field a header cell names (Chinese or English, with its aliases)."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return None
    text = normalise(str(cell)).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]|[*\s:]", "", text)
    return _ALIAS.get(text) or _ALIAS.get(text.replace("_", " "))


@dataclass
class _Reader:
    """State while reading one sheet: rows out, problems found."""

    file: str
    sheet: str
    problems: list[Problem] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    measures: list[dict] = field(default_factory=list)
    blank_rows: int = 0

    def problem(self, row: int | None, column: str, message: str) -> None:
        self.problems.append(Problem(self.file, message, self.sheet, row, column))


def read_office_ledger(path: Path | str, unit: str | None = None) -> Ledger:
    """Load an office's single-sheet ledger; raises LedgerError listing every bad row."""
    path = Path(path)
    grids = _read_grids(path)
    warnings: list[str] = []
    for sheet, grid in grids.items():
        header_at = find_header_row(grid)
        if header_at is None:
            warnings.append(f"{path.name}:{sheet}: no ledger header found; sheet not read")
            continue
        reader = _Reader(path.name, sheet)
        title = _title_above(grid, header_at)
        _read_sheet(grid, header_at, reader)
        if reader.problems:
            raise LedgerError(reader.problems)
        meta = {
            "source_file": path.name,
            "source_kind": "office_ledger",
            "sheet": sheet,
            "unit": unit or unit_from_title(title) or path.stem,
            "title": title or "",
            "rows_read": str(len(grid)),
            "blank_rows": str(reader.blank_rows),
        }
        return from_rows({"findings": reader.findings, "measures": reader.measures}, meta, warnings)
    names = ", ".join(HEADER_LABELS[k] for k in ("number", "title", "status"))
    raise LedgerError(
        [Problem(path.name, f"no ledger header row found (expected columns such as {names})")]
    )


def _read_grids(path: Path) -> dict[str, pd.DataFrame]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = decode(path.read_bytes())
        from io import StringIO

        grid = pd.read_csv(
            StringIO(text), header=None, dtype=str, keep_default_na=False, skip_blank_lines=False
        )
        return {"csv": grid.replace("", None)}
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        try:
            return pd.read_excel(
                path, sheet_name=None, header=None, engine="calamine", dtype=object
            )
        except Exception as exc:  # calamine raises several types for damaged files
            raise LedgerError([Problem(path.name, f"cannot read as a workbook: {exc}")]) from None
    raise LedgerError([Problem(path.name, f"unsupported file type {suffix!r} (use .xlsx or .csv)")])


def find_header_row(grid: pd.DataFrame) -> int | None:
    """Index of the first row that names at least three ledger fields including the problem."""
    for i in range(min(HEADER_SCAN_ROWS, len(grid))):
        keys = {header_key(v) for v in grid.iloc[i].tolist()} - {None}
        if "title" in keys and len(keys) >= 3:
            return i
    return None


def _title_above(grid: pd.DataFrame, header_at: int) -> str | None:
    for i in range(header_at):
        cells = [str(v).strip() for v in grid.iloc[i].tolist() if _filled(v)]
        if cells:
            return cells[0]
    return None


def unit_from_title(title: str | None) -> str | None:
    """The unit named in a ledger's title row, e.g. 'XX区妇联巡察整改台账' → 'XX区妇联'."""
    if not title:
        return None
    m = re.match(
        r"^(.+?)(?:关于)?(?:区委|市委|县委)?(?:第.巡察组)?(?:巡察|巡视|整改|问题).*$", title
    )
    return m.group(1).strip() if m and m.group(1).strip() else None


def _filled(v: object) -> bool:
    if v is None or (isinstance(v, float) and v != v):
        return False
    return str(v).strip() != ""


def _columns(grid: pd.DataFrame, header_at: int) -> tuple[dict[str, int], int]:
    """Map fields to column indexes, merging a second header row (牵头/配合) when present."""
    header = grid.iloc[header_at].tolist()
    columns = {}
    for j, cell in enumerate(header):
        key = header_key(cell)
        if key and key not in columns:
            columns[key] = j
    data_start = header_at + 1
    if data_start < len(grid):
        sub = grid.iloc[data_start].tolist()
        parents, parent = [], None
        for cell in header:
            parent = str(cell).strip() if _filled(cell) else parent
            parents.append(parent)
        merged, unmatched = {}, 0
        for j, cell in enumerate(sub):
            if not _filled(cell):
                continue
            key = header_key(str(parents[j] or "") + str(cell).strip())
            if key:
                merged[key] = j
            else:
                unmatched += 1
        if merged and not unmatched:
            columns.update(merged)
            data_start += 1
    return columns, data_start


def _read_sheet(grid: pd.DataFrame, header_at: int, r: _Reader) -> None:
    columns, start = _columns(grid, header_at)
    for key in REQUIRED:
        if key not in columns:
            r.problem(
                header_at + 1, HEADER_LABELS[key], f"missing column {HEADER_LABELS[key]} ({key})"
            )
    if r.problems:
        return
    seen: dict[int, int] = {}
    aspect = None
    for i in range(start, len(grid)):
        excel_row = i + 1
        values = grid.iloc[i].tolist()
        cell = {
            k: (values[j] if j < len(values) and _filled(values[j]) else None)
            for k, j in columns.items()
        }
        filled = [v for v in values if _filled(v)]
        if not filled:
            r.blank_rows += 1
            continue
        if _is_aspect_row(filled, cell):
            aspect = _ASPECT_ROW.match(str(filled[0])).group(1).strip()
            continue
        if cell.get("number") is None and cell.get("title") is None:
            _continuation(r, excel_row, cell)
            continue
        _finding(r, excel_row, cell, aspect, seen)


def _is_aspect_row(filled: list, cell: dict) -> bool:
    if len(set(map(str, filled))) != 1:
        return False
    text = str(filled[0])
    return bool(_ASPECT_ROW.match(text)) and cell.get("status") is None


def _continuation(r: _Reader, excel_row: int, cell: dict) -> None:
    """A row under a merged problem cell: one more measure of the previous problem."""
    if not r.findings:
        r.problem(excel_row, HEADER_LABELS["title"], "row has no problem and no problem above it")
        return
    text = cell.get("measures_text")
    if text is None:
        others = (
            ", ".join(HEADER_LABELS[k] for k, v in cell.items() if v is not None) or "other columns"
        )
        r.problem(
            excel_row, HEADER_LABELS["title"], f"row has no problem (具体问题) but fills {others}"
        )
        return
    prev = r.findings[-1]
    _add_measure(r, prev["number"], text, excel_row)
    prev["measures_text"] = (prev.get("measures_text") or "") + "\n" + str(text).strip()


def _add_measure(r: _Reader, number: int | None, text: object, excel_row: int) -> None:
    seq = 1 + sum(1 for m in r.measures if m["finding_number"] == number)
    r.measures.append(
        {
            "finding_number": number,
            "seq": seq,
            "text": str(text).strip(),
            "enumerated": False,
            "source_file": r.file,
            "source_row": excel_row,
        }
    )


def _finding(
    r: _Reader, excel_row: int, cell: dict, aspect: str | None, seen: dict[int, int]
) -> None:
    before = len(r.problems)
    number = _number(r, excel_row, cell.get("number"), len(r.findings) + 1)
    if number is not None and number in seen:
        r.problem(
            excel_row,
            HEADER_LABELS["number"],
            f"duplicate number {number} (first at row {seen[number]})",
        )
    title = cell.get("title")
    if title is None:
        r.problem(excel_row, HEADER_LABELS["title"], "problem (具体问题) is empty")
    status = normalise_status(cell.get("status"))
    if cell.get("status") is None:
        r.problem(excel_row, HEADER_LABELS["status"], "status is empty")
    elif status is None:
        r.problem(
            excel_row,
            HEADER_LABELS["status"],
            f"unknown status word {cell['status']!r} (known: {known_words()})",
        )
    deadline = _date(r, excel_row, "deadline", cell.get("deadline"), allow_long_term=True)
    completed_on = _date(
        r, excel_row, "completed_on", cell.get("completed_on"), allow_long_term=False
    )
    if len(r.problems) > before:
        return
    if number is not None:
        seen[number] = excel_row
    long_term = status == "long_term" or bool(deadline and deadline.long_term)
    row = {
        "number": number,
        "title": str(title).strip(),
        "aspect": _text(cell.get("aspect")) or aspect,
        "category": _text(cell.get("category")),
        "status": status,
        "status_basis": f"ledger status {str(cell['status']).strip()!r}",
        "measures_text": _text(cell.get("measures_text")),
        "leader": _text(cell.get("leader")),
        "department": _text(cell.get("department")),
        "co_department": _text(cell.get("co_department")),
        "deadline": deadline.date if deadline else None,
        "deadline_text": _text(cell.get("deadline"))
        if not hasattr(cell.get("deadline"), "year")
        else None,
        "long_term": long_term,
        "progress": _text(cell.get("progress")),
        "completed_on": completed_on.date if completed_on else None,
        "evidence": _text(cell.get("evidence")),
        "remarks": _text(cell.get("remarks")),
        "source_file": r.file,
        "source_row": excel_row,
    }
    r.findings.append(row)
    if row["measures_text"]:
        _add_measure(r, number, row["measures_text"], excel_row)


def _number(r: _Reader, excel_row: int, value: object, fallback: int) -> int | None:
    if value is None:
        return fallback
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    n = cn_to_int(normalise(str(value)).strip().rstrip(".、"))
    if n is None:
        r.problem(excel_row, HEADER_LABELS["number"], f"number {value!r} is not a whole number")
    return n


def _date(r: _Reader, excel_row: int, key: str, value: object, allow_long_term: bool):
    try:
        return parse_date(value, allow_long_term=allow_long_term)
    except ValueError as exc:
        r.problem(excel_row, HEADER_LABELS[key], str(exc))
        return None


def _text(value: object) -> str | None:
    return None if value is None else str(value).strip() or None
