"""Shared fixtures: the bundled ledger, and builders for messy office ledgers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from analysis import load_ledger
from analysis.paths import RAW_NOTICE

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def bundled():
    return load_ledger()


@pytest.fixture(scope="session")
def raw_text() -> str:
    return RAW_NOTICE.read_text(encoding="utf-8")


def write_xlsx(path: Path, rows: list[list], merges: list[str] = (), sheet: str = "台账") -> Path:
    """Write rows (None for empty cells) to a one-sheet workbook, merging the given ranges."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for cells in ws.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text such as "=HYPERLINK(…)" stays text, as typed in Excel
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


MESSY_ROWS = [
    ["新吴区某局巡察反馈问题整改台账", None, None, None, None, None, None, None, None, None],
    [
        "序号",
        "具体问题",
        "整改措施",
        "责任领导",
        "责任部门",
        None,
        "整改时限",
        "整改状态",
        "销号日期",
        "备注",
    ],
    [None, None, None, None, "牵头", "配合", None, None, None, None],
    ["一、贯彻落实党的路线方针政策方面", None, None, None, None, None, None, None, None, None],
    [
        1,
        "学习贯彻不深入",
        "一是健全学习制度",
        "张三",
        "办公室",
        "党建科",
        "2024年6月底前",
        "已完成",
        dt.datetime(2024, 6, 20),
        None,
    ],
    [None, None, "二是开展专题学习", None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None, None, None],
    [
        2,
        "调查研究不够",
        "深入基层调研",
        "李四",
        "业务科",
        None,
        "2024年12月",
        "基本完成",
        None,
        "阶段性完成",
    ],
    ["二、全面从严治党方面", None, None, None, None, None, None, None, None, None],
    [3, "经费管理不规范", "完善经费制度", "张三", "财务科", None, "长期", "长期坚持", None, None],
    [
        4,
        '=HYPERLINK("http://x","点我")',
        "+1 规范台账",
        "王五",
        "办公室",
        None,
        "2024/3/31",
        "正在整改",
        None,
        "@note",
    ],
    [
        5,
        "档案管理滞后",
        "-整理档案",
        "王五",
        "办公室",
        None,
        dt.datetime(2025, 1, 15),
        "未启动",
        None,
        None,
    ],
]
MESSY_MERGES = ["A1:J1", "E2:F2", "A4:J4", "A5:A6", "B5:B6", "A9:J9"]


@pytest.fixture
def messy_xlsx(tmp_path) -> Path:
    return write_xlsx(tmp_path / "messy.xlsx", MESSY_ROWS, MESSY_MERGES)
