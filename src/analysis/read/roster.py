"""Delegate composition from a per-delegate roster, against the declared quotas.

A roster is personal data: only aggregates leave this module, and a group smaller
than `min_group` (or whose complement is, since total minus the complement would
reveal it) is suppressed: its count and ratio are null, flagged `suppressed`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from analysis.model.errors import LedgerError, Problem
from analysis.read.text import decode
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
YES = ("是", "y", "yes", "true", "1", "√")
NO = ("否", "n", "no", "false", "0", "")
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


BIRTH_PROBLEM = "unparseable birth date (expected e.g. 1979.11 or 1979-11-05)"


def parse_birth(value: object) -> dt.date:
    """A birth date from '1979.11', '1979-11-05', '1979年11月' or a date cell; month-only means the 1st."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value == value:
        value = f"{value:.2f}"  # 1979.11 typed as a number
    m = _BIRTH.match(str(value).strip())
    if not m:
        raise ValueError(BIRTH_PROBLEM)  # never the value: a roster cell is personal data
    return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))


def load_roster(path: Path | str) -> pd.DataFrame:
    """Read a roster (.xlsx or .csv); raises LedgerError listing every bad row."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        from io import StringIO

        grid = pd.read_csv(
            StringIO(decode(path.read_bytes())), header=None, dtype=str, keep_default_na=False
        )
        sheet, grid = "csv", grid.replace("", None)
    else:
        try:
            sheets = pd.read_excel(
                path, sheet_name=None, header=None, engine="calamine", dtype=object
            )
        except Exception as exc:  # calamine raises several types for damaged files
            raise LedgerError([Problem(path.name, f"cannot read as a workbook: {exc}")]) from None
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
        raise LedgerError(
            [
                Problem(
                    file,
                    "no roster header row found (expected 姓名, 民族, 出生年月, 政治面貌, 学历, 代表类别, 是否基层一线)",
                    sheet,
                )
            ]
        )
    columns = {}
    for j, cell in enumerate(grid.iloc[header_at]):
        key = _key(cell)
        if key and key not in columns:
            columns[key] = j
    problems = [
        Problem(file, f"missing column {LABELS[k]}", sheet, header_at + 1, LABELS[k])
        for k in REQUIRED
        if k not in columns
    ]
    if problems:
        raise LedgerError(problems)
    rows = []
    for i in range(header_at + 1, len(grid)):
        values = {k: grid.iat[i, j] for k, j in columns.items()}
        if all(
            v is None or (isinstance(v, float) and v != v) or str(v).strip() == ""
            for v in values.values()
        ):
            continue
        row = _row(values, file, sheet, i + 1, problems)
        if row:
            rows.append(row)
    if problems:
        raise LedgerError(problems)
    return pd.DataFrame(
        rows,
        columns=[
            "ethnicity",
            "birth",
            "politics",
            "education",
            "category",
            "grassroots",
            "source_row",
        ],
    )


def _row(
    values: dict, file: str, sheet: str, excel_row: int, problems: list[Problem]
) -> dict | None:
    before = len(problems)

    def bad(col: str, message: str) -> None:
        problems.append(Problem(file, message, sheet, excel_row, LABELS[col]))

    text = {
        k: ("" if v is None or (isinstance(v, float) and v != v) else str(v).strip())
        for k, v in values.items()
    }
    for col in ("ethnicity", "politics", "education"):
        if not text[col]:
            bad(col, f"{LABELS[col]} is empty")
    birth = None
    try:
        birth = parse_birth(values["birth"])
    except ValueError as exc:
        bad("birth", str(exc))
    grassroots = text["grassroots"].lower()
    if grassroots not in YES + NO:
        bad("grassroots", f"{LABELS['grassroots']} must be 是 or 否")
    if len(problems) > before:
        return None
    return {
        "ethnicity": text["ethnicity"],
        "birth": pd.Timestamp(birth),
        "politics": text["politics"],
        "education": text["education"],
        "category": text["category"],
        "grassroots": grassroots in YES,
        "source_row": excel_row,
    }
