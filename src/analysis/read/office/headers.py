"""The ledger's header: which columns hold which field, and the words the office typed.

Headers are matched through aliases (Chinese, traditional or English); a second header row
(责任部门 → 牵头 / 配合) is merged in. A field typed twice is merged when it is free text
(two 整改措施 columns) and reported otherwise: never silently ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from analysis.read.textnorm import normalise, to_simplified

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
FIELD_ORDER = {k: i for i, k in enumerate(HEADER_ALIASES)}
#: Free-text fields whose repeated columns are read together (joined by a new line).
MERGEABLE = ("measures_text", "progress", "evidence", "remarks")
REQUIRED = ("title", "status")
HEADER_SCAN_ROWS = 15


def blank(v: object) -> bool:
    """True for an empty cell (None, NaN, NA, white space)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float):
        return v != v
    return isinstance(v, str) and not v.strip()


def header_key(cell: object) -> str | None:
    """The ledger field a header cell names (Chinese, traditional or English, with aliases)."""
    if blank(cell):
        return None
    text = normalise(str(cell)).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]|[*\s:：\n]", "", text)
    key = _ALIAS.get(text) or _ALIAS.get(text.replace("_", " "))
    if key is None and not text.isascii():
        key = _ALIAS.get(to_simplified(text))
    return key


def find_header_row(grid: pd.DataFrame) -> int | None:
    """Index of the first row that names at least three ledger fields including the problem."""
    for i in range(min(HEADER_SCAN_ROWS, len(grid))):
        keys = {header_key(v) for v in grid.iloc[i].tolist()} - {None}
        if "title" in keys and len(keys) >= 3:
            return i
    return None


def column_letter(j: int) -> str:
    """Spreadsheet letters for a 0-based column index (0 → A, 26 → AA)."""
    out = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


@dataclass
class Columns:
    """Where each field is: its column indexes, the header typed, and what to report."""

    at: dict[str, list[int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    data_start: int = 0
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # (field, other column)
    merged: list[tuple[str, int]] = field(default_factory=list)  # (field, how many columns)

    def label(self, key: str) -> str:
        """The header the office typed for a field (the usual name when it has none)."""
        return self.labels.get(key) or HEADER_LABELS[key]


def read_columns(grid: pd.DataFrame, header_at: int) -> Columns:
    """Map fields to column indexes, merging a second header row (牵头/配合) when present."""
    header = grid.iloc[header_at].tolist()
    found: dict[str, list[tuple[int, str]]] = {}
    for j, cell in enumerate(header):
        if key := header_key(cell):
            found.setdefault(key, []).append((j, _typed(cell)))
    data_start = header_at + 1
    if data_start < len(grid):
        sub = _sub_header(header, grid.iloc[data_start].tolist())
        if sub:
            for key, (j, typed) in sub.items():
                kept = [c for c in found.get(key, []) if c[0] != j]
                found[key] = [(j, typed)] + kept
                for other in list(found):
                    if other != key:
                        found[other] = [c for c in found[other] if c[0] != j]
            data_start += 1
    out = Columns(data_start=data_start)
    for key, cols in found.items():
        if not cols:
            continue
        out.at[key] = [cols[0][0]]
        out.labels[key] = cols[0][1]
        if len(cols) > 1 and key in MERGEABLE:
            out.at[key] = [j for j, _ in cols]
            out.merged.append((key, len(cols)))
        elif len(cols) > 1:
            out.duplicates += [(key, j) for j, _ in cols[1:]]
    return out


def _typed(cell: object) -> str:
    return re.sub(r"\s+", "", str(cell))


def _sub_header(header: list, sub: list) -> dict[str, tuple[int, str]]:
    """Fields named by a second header row under a merged parent (责任部门 → 牵头/配合)."""
    parents, parent = [], None
    for cell in header:
        parent = _typed(cell) if not blank(cell) else parent
        parents.append(parent)
    merged: dict[str, tuple[int, str]] = {}
    for j, cell in enumerate(sub):
        if blank(cell):
            continue
        key = header_key(str(parents[j] or "") + str(cell).strip())
        if not key:
            return {}
        merged[key] = (j, f"{parents[j]}/{_typed(cell)}" if parents[j] else _typed(cell))
    return merged
