"""Synthetic ledgers for benchmarks: many units, 20–40 findings each, mixed statuses,
deadlines and completion dates, Chinese text. Deterministic for a given seed."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook

HEADER = [
    "序号",
    "方面",
    "具体问题",
    "整改措施",
    "责任领导",
    "责任部门",
    "整改时限",
    "整改状态",
    "销号日期",
    "备注",
]
ASPECTS = ["贯彻落实党的路线方针政策方面", "全面从严治党方面", "党的组织路线方面"]
TOPICS = [
    "学习贯彻",
    "调查研究",
    "经费管理",
    "档案管理",
    "制度建设",
    "队伍建设",
    "意识形态",
    "作风建设",
    "阵地建设",
    "选人用人",
]
FLAWS = ["不够深入", "存在短板", "不够规范", "落实不到位", "机制不健全", "成效不明显"]
LEADERS = ["张主席", "李副主席", "王副主席", "赵委员", "陈委员"]
DEPTS = ["办公室", "组宣部", "权益部", "家庭儿童部", "财务科"]
STATUSES = ["已完成"] * 6 + ["已销号", "正在整改", "基本完成", "阶段性完成", "长期坚持", "未启动"]
DEADLINES = ["2024年6月底前", "2024年9月底前", "2024年12月", "长期", "2025/3/31"]


def finding_rows(rng: random.Random, n: int) -> list[list]:
    """n ledger rows of one unit."""
    rows = []
    for i in range(1, n + 1):
        status = rng.choice(STATUSES)
        done = status in ("已完成", "已销号")
        closed = dt.datetime(2024, rng.randint(4, 12), rng.randint(1, 28)) if done else None
        rows.append(
            [
                i,
                rng.choice(ASPECTS),
                f"{rng.choice(TOPICS)}{rng.choice(FLAWS)}（第{i}项）",
                f"一是完善{rng.choice(TOPICS)}制度；二是加强督促检查",
                rng.choice(LEADERS),
                rng.choice(DEPTS),
                rng.choice(DEADLINES),
                status,
                closed,
                "",
            ]
        )
    return rows


def write_ledger_xlsx(path: Path, rows: list[list], title: str | None = None) -> Path:
    """One sheet, optional title row, the usual Chinese headers (write-only mode: fast)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    if title:
        ws.append([title])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def big_ledger(path: Path, n_rows: int, seed: int = 1) -> Path:
    """One sheet of n_rows findings (numbers unique), like a city office's merged ledger."""
    rng = random.Random(seed)
    rows = finding_rows(rng, n_rows)
    return write_ledger_xlsx(path, rows)


def unit_ledgers(folder: Path, n_units: int, seed: int = 1) -> list[Path]:
    """One ledger per unit, 20–40 findings each, with a title row naming the unit."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for u in range(1, n_units + 1):
        unit = f"第{u}单位"
        rows = finding_rows(rng, rng.randint(20, 40))
        paths.append(
            write_ledger_xlsx(
                folder / f"unit_{u:03d}.xlsx", rows, title=f"{unit}巡察反馈问题整改台账"
            )
        )
    return paths


def manifest(path: Path, ledgers: list[Path], as_of: str = "2024-12-31") -> Path:
    """A batch manifest for the ledgers."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ledger", "as_of"])
        for ledger in ledgers:
            w.writerow([ledger.name, as_of])
    return path
