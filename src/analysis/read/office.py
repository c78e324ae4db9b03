"""Read the single-sheet ledgers offices keep (.xlsx or .csv) into a Ledger.

Real ledgers have a merged title row above the header, two-row headers
(责任部门 → 牵头 / 配合), blank spacer rows, aspect rows (一、…方面) between
problems, merged cells spanning a problem's several measures, and text dates.
Every row is either loaded or reported: nothing is dropped without a word.

Cells are read as text columns (fastexcel → Arrow → pandas) and rows are classified
and checked column by column (each distinct status word or date text is parsed once),
so a 100,000-row ledger loads in about 1.5 seconds.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.model.errors import LedgerError, Problem
from analysis.model.ledger import Ledger, from_frames
from analysis.read.dates import ParsedDate, parse_date
from analysis.read.status import known_words, normalise_status
from analysis.read.text import decode
from analysis.read.textnorm import cn_to_int, normalise

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


FIELD_ORDER = {k: i for i, k in enumerate(HEADER_ALIASES)}


def header_key(cell: object) -> str | None:
    """The ledger field a header cell names (Chinese or English, with its aliases)."""
    if _blank(cell):
        return None
    text = normalise(str(cell)).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]|[*\s:]", "", text)
    return _ALIAS.get(text) or _ALIAS.get(text.replace("_", " "))


def _blank(v: object) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float):
        return v != v
    return isinstance(v, str) and not v.strip()


def read_office_ledger(path: Path | str, unit: str | None = None) -> Ledger:
    """Load an office's single-sheet ledger; raises LedgerError listing every bad row."""
    path = Path(path)
    warnings: list[str] = []
    for sheet, grid in _iter_grids(path):
        header_at = find_header_row(grid)
        if header_at is None:
            warnings.append(f"{path.name}:{sheet}: no ledger header found; sheet not read")
            continue
        title = _title_above(grid, header_at)
        findings, measures, blank_rows = SheetReader(path.name, sheet, grid, header_at).read()
        meta = {
            "source_file": path.name,
            "source_kind": "office_ledger",
            "sheet": sheet,
            "unit": unit or unit_from_title(title) or path.stem,
            "title": title or "",
            "rows_read": str(len(grid)),
            "blank_rows": str(blank_rows),
        }
        return from_frames({"findings": findings, "measures": measures}, meta, warnings)
    names = ", ".join(HEADER_LABELS[k] for k in ("number", "title", "status"))
    raise LedgerError(
        [Problem(path.name, f"no ledger header row found (expected columns such as {names})")]
    )


def _iter_grids(path: Path):
    """(sheet name, grid) for each sheet, read lazily.

    A grid holds every cell as text (str columns, blanks missing) with its rows as sheet
    rows from row 1. Workbooks go through fastexcel, which hands Arrow columns to pandas
    without making a Python object per cell.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from io import StringIO

        grid = pd.read_csv(
            StringIO(decode(path.read_bytes())),
            header=None,
            dtype="str",
            keep_default_na=False,
            skip_blank_lines=False,
        )
        yield "csv", grid
        return
    if suffix not in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise LedgerError(
            [Problem(path.name, f"unsupported file type {suffix!r} (use .xlsx or .csv)")]
        )
    import fastexcel

    try:
        workbook = fastexcel.read_excel(str(path))
        for name in workbook.sheet_names:
            sheet = workbook.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
            yield name, sheet.to_pandas()
    except LedgerError:
        raise
    except Exception as exc:  # fastexcel raises several types for damaged files
        raise LedgerError([Problem(path.name, f"cannot read as a workbook: {exc}")]) from None


def find_header_row(grid: pd.DataFrame) -> int | None:
    """Index of the first row that names at least three ledger fields including the problem."""
    for i in range(min(HEADER_SCAN_ROWS, len(grid))):
        keys = {header_key(v) for v in grid.iloc[i].tolist()} - {None}
        if "title" in keys and len(keys) >= 3:
            return i
    return None


def _title_above(grid: pd.DataFrame, header_at: int) -> str | None:
    for i in range(header_at):
        cells = [str(v).strip() for v in grid.iloc[i].tolist() if not _blank(v)]
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


def _columns(grid: pd.DataFrame, header_at: int) -> tuple[dict[str, int], int]:
    """Map fields to column indexes, merging a second header row (牵头/配合) when present."""
    header = grid.iloc[header_at].tolist()
    columns: dict[str, int] = {}
    for j, cell in enumerate(header):
        key = header_key(cell)
        if key and key not in columns:
            columns[key] = j
    data_start = header_at + 1
    if data_start < len(grid):
        sub = grid.iloc[data_start].tolist()
        parents, parent = [], None
        for cell in header:
            parent = str(cell).strip() if not _blank(cell) else parent
            parents.append(parent)
        merged, unmatched = {}, 0
        for j, cell in enumerate(sub):
            if _blank(cell):
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


class SheetReader:
    """Classify a sheet's rows (blank, aspect, problem, continuation) and check each column."""

    def __init__(self, file: str, sheet: str, grid: pd.DataFrame, header_at: int):
        self.file, self.sheet = file, sheet
        self.columns, start = _columns(grid, header_at)
        self.header_at = header_at
        body = grid.iloc[start:].reset_index(drop=True)
        self.rows = np.arange(start + 1, start + 1 + len(body))  # sheet row numbers
        self.cells = [_stripped(body.iloc[:, j]) for j in range(body.shape[1])]
        self.empty = np.column_stack(
            [c.isna().to_numpy() for c in self.cells] or [np.ones(len(body), dtype=bool)]
        )
        self.problems: list[tuple[int, int, Problem]] = []

    def col(self, key: str) -> pd.Series:
        """The column for a field as stripped text, blanks missing (all missing if absent)."""
        if key not in self.columns or self.columns[key] >= len(self.cells):
            return pd.Series([None] * len(self.rows), dtype="str")
        return self.cells[self.columns[key]]

    def problem(self, row: int, key: str, message: str) -> None:
        label = HEADER_LABELS[key]
        self.problems.append(
            (row, FIELD_ORDER[key], Problem(self.file, message, self.sheet, row, label))
        )

    def read(self) -> tuple[pd.DataFrame, pd.DataFrame, int]:
        for key in REQUIRED:
            if key not in self.columns:
                self.problem(
                    self.header_at + 1, key, f"missing column {HEADER_LABELS[key]} ({key})"
                )
        if self.problems:
            self._raise()
        filled = (~self.empty).sum(axis=1)
        blank = filled == 0
        number, title = self.col("number"), self.col("title")
        aspect_row = self._aspect_rows(filled)
        is_finding = ~blank & ~aspect_row & (number.notna() | title.notna()).to_numpy()
        is_continuation = ~blank & ~aspect_row & ~is_finding
        findings = self._findings(is_finding, aspect_row)
        measures = self._measures(is_finding, is_continuation, findings)
        if self.problems:
            self._raise()
        return findings, measures, int(blank.sum())

    def _raise(self) -> None:
        self.problems.sort(key=lambda p: (p[0], p[1]))
        raise LedgerError([p for _, _, p in self.problems])

    def _aspect_rows(self, filled: np.ndarray) -> np.ndarray:
        """Rows holding only an aspect heading such as 一、…方面 (one filled cell)."""
        out = np.zeros(len(self.rows), dtype=bool)
        for i in np.flatnonzero(filled == 1):
            j = int(np.flatnonzero(~self.empty[i])[0])
            if j != self.columns.get("status") and _ASPECT_ROW.match(self.cells[j].iat[i]):
                out[i] = True
        return out

    def _findings(self, is_finding: np.ndarray, aspect_row: np.ndarray) -> pd.DataFrame:
        rows = self.rows[is_finding]
        pick = lambda s: s[is_finding].reset_index(drop=True)  # noqa: E731
        number = self._numbers(pick(self.col("number")), rows)
        title = pick(self.col("title"))
        for row in rows[title.isna().to_numpy()]:
            self.problem(int(row), "title", "problem (具体问题) is empty")
        status_raw = pick(self.col("status"))
        status = self._statuses(status_raw, rows)
        deadline = self._dates(pick(self.col("deadline")), rows, "deadline", allow_long_term=True)
        closed = self._dates(
            pick(self.col("completed_on")), rows, "completed_on", allow_long_term=False
        )
        aspect_text = pd.Series(
            [
                _aspect_name(v) if a else None
                for v, a in zip(self._first_cells(aspect_row), aspect_row, strict=True)
            ],
            dtype=object,
        ).ffill()
        aspect = _text(pick(self.col("aspect"))).fillna(
            aspect_text[is_finding].reset_index(drop=True)
        )
        deadline_raw = pick(self.col("deadline"))
        return pd.DataFrame(
            {
                "number": number,
                "title": _text(title),
                "aspect": aspect,
                "category": _text(pick(self.col("category"))),
                "status": status,
                "status_basis": "ledger status '" + status_raw.astype("string").str.strip() + "'",
                "measures_text": _text(pick(self.col("measures_text"))),
                "leader": _text(pick(self.col("leader"))),
                "department": _text(pick(self.col("department"))),
                "co_department": _text(pick(self.col("co_department"))),
                "deadline": deadline["date"],
                "deadline_text": _text(deadline_raw.where(~_is_date_cell(deadline_raw))),
                "long_term": deadline["long_term"] | status.eq("long_term").to_numpy(),
                "progress": _text(pick(self.col("progress"))),
                "completed_on": closed["date"],
                "evidence": _text(pick(self.col("evidence"))),
                "remarks": _text(pick(self.col("remarks"))),
                "source_file": self.file,
                "source_row": rows,
            }
        )

    def _first_cells(self, mask: np.ndarray) -> list:
        return [
            self.cells[int(np.flatnonzero(~self.empty[i])[0])].iat[i] if m else None
            for i, m in enumerate(mask)
        ]

    def _numbers(self, raw: pd.Series, rows: np.ndarray) -> pd.Series:
        """Whole numbers (1, 1.0, '1', '一'); blanks take their position; duplicates reported."""
        numeric = pd.to_numeric(raw, errors="coerce")
        out = numeric.where(numeric == numeric.round())
        for i in np.flatnonzero(raw.notna().to_numpy() & out.isna().to_numpy()):
            n = cn_to_int(normalise(str(raw.iat[i])).strip().rstrip(".、"))
            if n is None:
                self.problem(int(rows[i]), "number", f"number {raw.iat[i]!r} is not a whole number")
            out.iat[i] = n
        blanks = raw.isna().to_numpy()
        out[blanks] = np.flatnonzero(blanks) + 1
        out = out.astype("Int64")
        dup = out.duplicated() & out.notna()
        if dup.any():
            first = (
                pd.Series(rows, index=out.index)[~out.duplicated()]
                .groupby(out[~out.duplicated()])
                .first()
            )
            for i in np.flatnonzero(dup.to_numpy()):
                n = out.iat[i]
                self.problem(
                    int(rows[i]), "number", f"duplicate number {n} (first at row {first[n]})"
                )
        return out

    def _statuses(self, raw: pd.Series, rows: np.ndarray) -> pd.Series:
        """Normalised statuses; every distinct word is looked up once."""
        codes, words = pd.factorize(raw)
        status = _take([normalise_status(w) for w in words], codes)
        for i in np.flatnonzero(codes < 0):
            self.problem(int(rows[i]), "status", "status is empty")
        for i in np.flatnonzero((codes >= 0) & pd.isna(status)):
            self.problem(
                int(rows[i]),
                "status",
                f"unknown status word {raw.iat[i]!r} (known: {known_words()})",
            )
        return pd.Series(status, dtype=object)

    def _dates(self, raw: pd.Series, rows: np.ndarray, key: str, allow_long_term: bool) -> dict:
        """Dates and long-term flags; every distinct cell value is parsed once."""
        codes, texts = pd.factorize(raw)
        parsed: list[ParsedDate | ValueError] = []
        for text in texts:
            try:
                parsed.append(parse_date(text, allow_long_term=allow_long_term))
            except ValueError as exc:
                parsed.append(exc)
        failed = _take([isinstance(p, ValueError) for p in parsed], codes, missing=False)
        for i in np.flatnonzero(failed.astype(bool)):
            self.problem(int(rows[i]), key, str(parsed[codes[i]]))
        ok = [p if isinstance(p, ParsedDate) else None for p in parsed]
        dates = _take([p.date if p else None for p in ok], codes)
        long_term = _take([bool(p and p.long_term) for p in ok], codes, missing=False)
        return {"date": pd.to_datetime(pd.Series(dates)), "long_term": long_term.astype(bool)}

    def _measures(
        self, is_finding: np.ndarray, is_continuation: np.ndarray, findings: pd.DataFrame
    ) -> pd.DataFrame:
        """One measure per 整改措施 cell; a row under a merged problem cell adds one to the problem above."""
        owner = (
            pd.Series(np.where(is_finding, np.cumsum(is_finding) - 1, -1))
            .replace(-1, np.nan)
            .ffill()
        )
        text = self.col("measures_text")
        for i in np.flatnonzero(is_continuation):
            if np.isnan(owner.iat[i]):
                self.problem(
                    int(self.rows[i]), "title", "row has no problem and no problem above it"
                )
            elif pd.isna(text.iat[i]):
                others = ", ".join(
                    HEADER_LABELS[k] for k, j in self.columns.items() if not self.empty[i, j]
                )
                self.problem(
                    int(self.rows[i]),
                    "title",
                    f"row has no problem (具体问题) but fills {others or 'other columns'}",
                )
        keep = (is_finding | is_continuation) & text.notna().to_numpy() & owner.notna().to_numpy()
        if self.problems:
            return pd.DataFrame()
        owners = owner[keep].astype(int).to_numpy()
        measures = pd.DataFrame(
            {
                "finding_number": findings["number"].to_numpy()[owners],
                "text": _text(text[keep].reset_index(drop=True)),
                "enumerated": False,
                "source_file": self.file,
                "source_row": self.rows[keep],
            }
        )
        measures["seq"] = measures.groupby(owners).cumcount() + 1
        several = np.flatnonzero(np.bincount(owners, minlength=len(findings)) > 1)
        if len(several):
            texts = measures["text"].groupby(owners)
            findings.loc[several, "measures_text"] = [
                "\n".join(texts.get_group(o)) for o in several
            ]
        return measures


def _aspect_name(cell: object) -> str | None:
    match = _ASPECT_ROW.match(str(cell))
    return match.group(1).strip() if match else None


def _take(per_value: list, codes: np.ndarray, missing: object = None) -> np.ndarray:
    """per_value[code] for each code of pd.factorize; missing where the code is -1."""
    table = np.empty(len(per_value) + 1, dtype=object)
    table[:-1] = per_value
    table[-1] = missing
    return table[codes]


def _stripped(column: pd.Series) -> pd.Series:
    """A grid column as stripped text; empty and white-space-only cells become missing."""
    text = column.astype("str").str.strip()
    return text.where(text.ne("") & text.notna())


_DATE_CELL = r"\d{4}-\d{2}-\d{2}(?: 00:00:00)?"


def _is_date_cell(text: pd.Series) -> pd.Series:
    """True where the text is how a workbook's date cell reads (2024-06-30 00:00:00)."""
    return text.str.fullmatch(_DATE_CELL).fillna(False).astype(bool)


def _text(values: pd.Series) -> pd.Series:
    """Text in the ledger's string type, blanks as missing."""
    return values.astype("string")
