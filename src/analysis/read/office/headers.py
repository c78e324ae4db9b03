"""The ledger's header: which column means which field, why, and what the office typed.

Each header cell is read for its meaning (`meanings.read_header`: the last word names it,
the words before refine it); its cells vote when the words say nothing or are ambiguous
(a 责任人 column of units is the department). The office's own corrections (`columns:` in
statuses.yaml beside the ledger, or `--column 表头=含义`) come first. A header row is the first
row naming at least two meanings. A second header row (责任部门 → 牵头 / 配合) is merged in.
The same header typed twice is merged when it is free text (two 整改措施 columns) and
reported otherwise; two different headers of one meaning use the first and name the other.
Every column is accounted for: used (with its reason) or named as not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from analysis.read.office.meanings import (
    FIELDS,
    Reading,
    clean_header,
    content_kind,
    read_header,
)

#: The usual name of each field, shown when the office typed none.
HEADER_LABELS: dict[str, str] = {
    "number": "序号",
    "aspect": "方面",
    "category": "问题类别",
    "title": "具体问题",
    "measures_text": "整改措施",
    "leader": "责任领导",
    "department": "责任部门",
    "co_department": "配合部门",
    "deadline": "整改时限",
    "progress": "整改进展",
    "status": "整改状态",
    "completed_on": "销号日期",
    "evidence": "佐证材料",
    "remarks": "备注",
}
FIELD_ORDER = {k: i for i, k in enumerate(FIELDS)}
#: Free-text fields whose repeated columns are read together (joined by a new line).
MERGEABLE = ("measures_text", "progress", "evidence", "remarks")
#: A plan (整改方案) has no status column yet, some no deadline column: only the problem is needed.
REQUIRED = ("title",)
HEADER_SCAN_ROWS = 15
#: The least number of distinct meanings a row names to be the header row.
HEADER_MEANINGS = 2
#: Words an office writes in its corrections file for "this column is not used".
IGNORE_WORDS = ("不用", "不使用", "忽略", "unused", "ignore", "none")


def blank(v: object) -> bool:
    """True for an empty cell (None, NaN, NA, white space)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float):
        return v != v
    return isinstance(v, str) and not v.strip()


def header_key(cell: object) -> str | None:
    """The ledger field a header cell names (Chinese, traditional or English), or None."""
    if blank(cell):
        return None
    meaning = read_header(str(cell)).meaning
    return meaning if meaning in FIELD_ORDER else None


def find_header_row(grid: pd.DataFrame, overrides: Mapping[str, str | None] = {}) -> int | None:
    """Index of the first row naming at least two meanings (a row holding a number or a
    date is data, not a header)."""
    for i in range(min(HEADER_SCAN_ROWS, len(grid))):
        meanings: set[str] = set()
        for v in grid.iloc[i].tolist():
            if blank(v):
                continue
            text = str(v).strip()
            if _looks_like_data(text):
                meanings = set()
                break
            reading = _office(text, overrides) or read_header(text)
            if reading.meaning:
                meanings.add(reading.meaning)
        if len(meanings) >= HEADER_MEANINGS:
            return i
    return None


_DATA = re.compile(r"^(?:[\d.\-+eE%]+|\d{2,4}\s*[-/.年]\s*\d{1,2}.*)$")


def _looks_like_data(text: str) -> bool:
    return bool(_DATA.match(text))


def _office(text: str, overrides: Mapping[str, str | None]) -> Reading | None:
    """The office's own reading of a header, when its corrections name it."""
    key = clean_header(text)
    if key not in overrides:
        return None
    return Reading(overrides[key], "", "office")


def column_letter(j: int) -> str:
    """Spreadsheet letters for a 0-based column index (0 → A, 26 → AA)."""
    out = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


@dataclass
class ColumnReading:
    """One column of the header: what the office typed, the meaning taken, and why."""

    column: int
    typed: str
    meaning: str | None  # the field it fills, None when not used
    named: str | None  # the meaning its words name (may be one the reader does not use)
    how: str  # header, header_part, content, office, same_meaning, unknown, no_header
    word: str = ""  # the head word the meaning was read from
    kind: str = ""  # what its cells mostly are, when they voted
    other: int = -1  # the column already holding this meaning (same_meaning)

    @property
    def letter(self) -> str:
        return column_letter(self.column)


@dataclass
class Columns:
    """Where each field is: its column indexes, the header typed, and what to report."""

    at: dict[str, list[int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    data_start: int = 0
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # (field, other column)
    merged: list[tuple[str, int]] = field(default_factory=list)  # (field, how many columns)
    readings: list[ColumnReading] = field(default_factory=list)

    def label(self, key: str) -> str:
        """The header the office typed for a field (the usual name when it has none)."""
        return self.labels.get(key) or HEADER_LABELS[key]

    @property
    def unused(self) -> list[ColumnReading]:
        """The columns not used, each with its reason."""
        return [r for r in self.readings if r.meaning is None]


def read_columns(
    grid: pd.DataFrame,
    header_at: int,
    is_status: Callable[[str], bool] = lambda _: False,
    overrides: Mapping[str, str | None] = {},
) -> Columns:
    """Map fields to column indexes: header words first, then the cells' vote, merging a
    second header row (牵头/配合) when present."""
    header = grid.iloc[header_at].tolist()
    readings: dict[int, ColumnReading] = {}
    for j, cell in enumerate(header):
        if blank(cell):
            continue
        typed = _typed(cell)
        r = _office(typed, overrides) or read_header(typed)
        how = r.how or "unknown"
        readings[j] = ColumnReading(j, typed, r.meaning, r.meaning, how, r.word)
    data_start = header_at + 1
    if data_start < len(grid):
        sub = _sub_header(header, grid.iloc[data_start].tolist(), overrides)
        if sub:
            readings.update(sub)
            data_start += 1
    body = grid.iloc[data_start : data_start + 200]
    for j, reading in readings.items():
        _vote(reading, body.iloc[:, j], is_status, readings)
    for j in range(grid.shape[1]):
        if j not in readings and _has_data(grid.iloc[data_start:, j]):
            readings[j] = ColumnReading(j, "", None, None, "no_header")
    out = Columns(data_start=data_start, readings=[readings[j] for j in sorted(readings)])
    _assign(out)
    return out


def _has_data(column: pd.Series) -> bool:
    text = column.astype("str").str.strip()
    return bool((text.notna() & text.ne("") & text.ne("None")).any())


def _vote(
    r: ColumnReading,
    cells: pd.Series,
    is_status: Callable[[str], bool],
    readings: dict[int, ColumnReading],
) -> None:
    """The cells' vote: decides a column the words left open, or overrules an ambiguous one."""
    if r.how == "office" or r.meaning not in (None, "leader", "department", "progress"):
        return
    has_status = any(o.meaning == "status" and o is not r for o in readings.values())
    values = [str(v).strip() for v in cells.tolist() if not blank(v)]
    kind = content_kind(values, is_status)
    if kind is None:
        return
    wanted = {"status": "status", "person": "leader", "unit": "department"}.get(kind)
    if r.meaning is None:
        r.kind = kind  # said even when it decides nothing (a column of dates: which dates?)
    if r.meaning is None and wanted and not (wanted == "status" and has_status):
        r.meaning, r.how, r.kind = wanted, "content", kind
    elif r.meaning == "progress" and kind == "status" and not has_status:
        r.meaning, r.how, r.kind = "status", "content", kind
    elif r.meaning in ("leader", "department") and wanted in ("leader", "department"):
        r.meaning, r.how, r.kind = wanted, ("content" if wanted != r.meaning else r.how), kind


def _assign(out: Columns) -> None:
    """Fields to columns: the first column of a meaning is used; the same header again is
    merged (free text) or a duplicate; another header of that meaning is named, not used."""
    first: dict[str, ColumnReading] = {}
    for r in out.readings:
        key = r.meaning
        if key is None or key not in FIELD_ORDER:
            r.meaning = None
            continue
        if key not in first:
            first[key] = r
            out.at[key] = [r.column]
            out.labels[key] = r.typed
        elif key in MERGEABLE:
            out.at[key].append(r.column)
        elif clean_header(r.typed) == clean_header(first[key].typed):
            out.duplicates.append((key, r.column))
        else:
            r.meaning, r.how, r.other = None, "same_meaning", first[key].column
    out.merged = [(k, len(cols)) for k, cols in out.at.items() if len(cols) > 1]


def _typed(cell: object) -> str:
    return re.sub(r"\s+", "", str(cell))


def _sub_header(
    header: list, sub: list, overrides: Mapping[str, str | None]
) -> dict[int, ColumnReading]:
    """Fields named by a second header row under a merged parent (责任部门 → 牵头/配合)."""
    parents, parent = [], None
    for cell in header:
        parent = _typed(cell) if not blank(cell) else parent
        parents.append(parent)
    merged: dict[int, ColumnReading] = {}
    filled = [j for j, c in enumerate(sub) if not blank(c)]
    under_merged = any(j < len(header) and blank(header[j]) for j in filled)
    if len(filled) < 2 or not under_merged or len(filled) >= sum(not blank(c) for c in header):
        return merged  # not two cells under a parent merged across them: a row of data
    for j, cell in enumerate(sub):
        if blank(cell):
            continue
        own, up = _typed(cell), str(parents[j] or "")
        if _looks_like_data(own):
            return {}
        typed = f"{up}/{own}" if up else own
        r = _office(typed, overrides) or _office(own, overrides)
        r = r or read_header(up + own)
        if not r.meaning:
            return {}
        merged[j] = ColumnReading(j, typed, r.meaning, r.meaning, r.how or "header", r.word)
    return merged
