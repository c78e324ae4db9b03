"""Delegate composition from a per-delegate roster, against the declared quotas.

A roster is personal data: only aggregates leave this module, and a group smaller
than `min_group` (or whose complement is, since total minus the complement would
reveal it) is suppressed: its count and ratio are null, flagged `suppressed`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.model.errors import LedgerError, Problem
from analysis.read import fields
from analysis.read.files import require_file
from analysis.read.textnorm import normalise

ROSTER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "name"),
    "ethnicity": ("民族", "ethnicity", "ethnic group"),
    "birth": ("出生年月", "出生日期", "出生年月日", "birth", "date of birth", "born"),
    "politics": ("政治面貌", "political affiliation", "politics", "party"),
    "education": ("学历", "文化程度", "最高学历", "education"),
    "category": ("代表类别", "界别", "类别", "category", "sector"),
    "grassroots": ("是否基层一线", "基层一线", "grassroots", "front line", "frontline"),
}
_ALIAS = {a: k for k, aliases in ROSTER_ALIASES.items() for a in aliases}
LABELS = {k: v[0] for k, v in ROSTER_ALIASES.items()}
REQUIRED = ("ethnicity", "birth", "politics", "education", "category", "grassroots")

CPC = (
    "中共党员",
    "中共预备党员",
    "党员",
    "预备党员",
    "cpc member",
    "cpc",
    "probationary cpc member",
)
HAN = ("汉族", "汉", "han")
COLLEGE = re.compile(
    r"大专|专科|本科|大学|学士|硕士|研究生|博士|college|bachelor|master|phd|doctor|associate", re.I
)
OUTSTANDING = re.compile(r"劳动妇女|知识女性|各行各业|优秀代表|outstanding|knowledge", re.I)
_BIRTH = re.compile(r"^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*(?:月)?(?:\s*[.\-/]?\s*(\d{1,2})\s*日?)?$")

INDICATORS = (
    "outstanding_women",
    "grassroots",
    "non_cpc",
    "age_45_or_under",
    "junior_college_plus",
    "ethnic_minority",
)


def _key(cell: object) -> str | None:
    if cell is None or (isinstance(cell, float) and cell != cell):
        return None
    text = re.sub(r"\(.*?\)|[*\s:]", "", normalise(str(cell)).lower())
    return _ALIAS.get(text) or _ALIAS.get(str(cell).strip().lower())


def parse_birth(value: object) -> dt.date:
    """A birth date from '1979.11', '1979-11-05', '1979年11月' or a date cell; month-only means the 1st.

    Raises ValueError without the value in its message (a roster is personal data).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value == value:
        value = f"{value:.2f}"  # 1979.11 typed as a number
    m = _BIRTH.match(str(value).strip())
    if not m:
        raise ValueError("roster_bad_birth")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        raise ValueError("roster_bad_birth") from None


def load_roster(path: Path | str) -> pd.DataFrame:
    """Read a roster (.xlsx or .csv); raises LedgerError listing every bad row (never a value)."""
    path = Path(path)
    require_file(path)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        from analysis.read.office.grids import read_csv_grid

        sheet, grid = "csv", read_csv_grid(path).replace("", None)
    else:
        try:
            sheets = pd.read_excel(
                path, sheet_name=None, header=None, engine="calamine", dtype=object
            )
        except Exception as exc:  # calamine raises several types for damaged files
            from analysis.read.office.grids import not_a_workbook

            raise not_a_workbook(path, exc) from None
        sheet, grid = next(iter(sheets.items()))
    return _read(grid, path.name, sheet)


def _read(grid: pd.DataFrame, file: str, sheet: str) -> pd.DataFrame:
    header_at = next(
        (
            i
            for i in range(min(10, len(grid)))
            if len({_key(v) for v in grid.iloc[i]} - {None}) >= 4
        ),
        None,
    )
    if header_at is None:
        raise LedgerError([Problem(file, "", sheet, code="roster_no_header")])
    columns, labels = {}, {}
    for j, cell in enumerate(grid.iloc[header_at]):
        key = _key(cell)
        if key and key not in columns:
            columns[key], labels[key] = j, str(cell).strip()
    problems = [
        Problem(
            file,
            "",
            sheet,
            header_at + 1,
            LABELS[k],
            code="ledger_missing_column",
            fields={"label": LABELS[k]},
        )
        for k in REQUIRED
        if k not in columns
    ]
    if problems:
        raise LedgerError(problems)
    body = grid.iloc[header_at + 1 :].reset_index(drop=True)
    text = {k: _cells(body.iloc[:, j]) for k, j in columns.items()}
    rows = np.arange(header_at + 2, header_at + 2 + len(body))
    blank = np.column_stack([c.isna().to_numpy() for c in text.values()])
    filled = np.asarray(~blank.all(axis=1), dtype=bool)

    def bad(i: int, key: str, code: str) -> None:
        label = labels.get(key, LABELS[key])
        problems.append(
            Problem(file, "", sheet, int(rows[i]), label, code=code, fields={"label": label})
        )

    for key in ("ethnicity", "politics", "education"):
        for k in np.flatnonzero(filled & text[key].isna().to_numpy()):
            bad(int(k), key, "roster_empty")
    births = []
    for i, value in enumerate(body.iloc[:, columns["birth"]]):
        try:
            births.append(pd.Timestamp(parse_birth(value)) if filled[i] else pd.NaT)
        except ValueError:
            births.append(pd.NaT)
            bad(i, "birth", "roster_bad_birth")
    grassroots, issues = fields.yes_no(text["grassroots"])
    for i, _, _ in issues:
        if filled[i]:
            bad(i, "grassroots", "roster_bad_yes_no")
    if problems:
        problems.sort(
            key=lambda p: (
                p.row,
                list(LABELS.values()).index(p.column) if p.column in LABELS.values() else 99,
            )
        )
        raise LedgerError(problems)
    out = pd.DataFrame(
        {
            "ethnicity": text["ethnicity"],
            "birth": births,
            "politics": text["politics"],
            "education": text["education"],
            "category": text["category"].fillna(""),
            "grassroots": grassroots.to_numpy(dtype=bool),
            "source_row": rows,
        }
    )
    return (
        out[filled]
        .reset_index(drop=True)
        .astype({"ethnicity": object, "politics": object, "education": object, "category": object})
    )


def _cells(column: pd.Series) -> pd.Series:
    """A roster column as stripped text without control characters; blanks missing."""
    text = fields.stripped(column.where(column.notna(), None).map(_as_text))
    return fields.remove_control(text)[0]


def _as_text(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
