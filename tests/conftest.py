"""Shared fixtures: the bundled ledger, and builders for messy office ledgers."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings
from openpyxl import Workbook

from analysis import load_ledger
from analysis.paths import RAW_NOTICE

# Shared CI machines are noisy: property tests check behaviour, never per-example speed.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

HAS_BROWSER = any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome"))
IN_CI = os.environ.get("CI") == "true"
#: Tests that draw in Chromium skip without it, except in CI, where a missing browser fails.
needs_browser = pytest.mark.skipif(
    not HAS_BROWSER and not IN_CI,
    reason="no Chromium on this machine (apt-get install chromium fonts-noto-cjk)",
)


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


POLITICS = (
    ["中共党员"] * 8 + ["中共预备党员"] * 2 + ["群众"] * 6 + ["民革党员"] * 2 + ["无党派人士"] * 2
)
EDUCATION = ["本科"] * 9 + ["大专"] * 4 + ["硕士"] * 2 + ["中专"] * 3 + ["高中"] * 2
BIRTHS = ["1985.03"] * 9 + ["1979.06", "1978.07", "1978.06"] + ["1970.01"] * 8


@pytest.fixture
def roster_csv(tmp_path):
    path = tmp_path / "roster.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "民族", "出生年月", "政治面貌", "学历", "代表类别", "是否基层一线"])
        for i in range(20):
            w.writerow(
                [
                    f"代表{i:02d}",
                    "回族" if i in (3, 7) else "汉族",
                    BIRTHS[i],
                    POLITICS[i],
                    EDUCATION[i],
                    "各行各业劳动妇女和知识女性中的优秀代表" if i < 14 else "妇女干部",
                    "是" if i < 12 else "否",
                ]
            )
    return path
