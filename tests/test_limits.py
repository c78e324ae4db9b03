"""Briefings summarise: past TOP_N entries, charts show the top ones and an "其他N项" bar, tables
the first ones and an "及其他N项" line; the workbook keeps the full lists."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis import load_ledger
from analysis.export.summary_workbook import sheet_name, write_summary_workbook
from analysis.present import limits
from analysis.present.briefing import Paragraph, Table, build_briefing
from analysis.rendering.display import block_html
from benchmarks.briefing import city_ledger

AS_OF = "2024-12-31"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = city_ledger(tmp_path_factory.mktemp("big") / "city.xlsx", 4000)
    ledger = load_ledger(path)
    return ledger, build_briefing(ledger, "zh", AS_OF)


def chart(doc, name):
    return next(c for c in doc.charts.charts if c.name == name)


def test_group_charts_show_the_top_and_one_other_bar(big):
    ledger, doc = big
    departments = ledger.findings["department"].nunique()
    assert departments == 100
    c = chart(doc, "completion_by_department")
    assert len(c.table) == limits.TOP_N + 1
    assert c.table.iloc[-1, 0] == f"其他{departments - limits.TOP_N}项"
    assert list(c.figure.data[0].y)[-1] == c.table.iloc[-1, 0]
    assert c.full is not None and len(c.full) == departments
    rest = c.full.iloc[limits.TOP_N :, 1]
    assert c.table.iloc[-1, 1] >= rest.min() and c.table.iloc[-1, 1] <= rest.max()


def test_measures_chart_shows_the_top_findings_and_the_rest(big):
    ledger, doc = big
    c = chart(doc, "measures_per_finding")
    assert len(c.table) == limits.TOP_N + 1 and c.table.iloc[-1, 0] == "其他3960项"
    assert len(c.full) == len(ledger.findings) and "平均措施数" in c.note


def test_overdue_table_shows_the_first_and_says_how_many_more(big):
    ledger, doc = big
    blocks = doc.section("overdue").blocks
    table = next(b for b in blocks if isinstance(b, Table))
    line = next(b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("及其他"))
    assert len(table.frame) == limits.TOP_N
    assert line.text.startswith("及其他") and "charts/summary.xlsx" in line.text
    assert "“逾期问题清单”工作表" in line.text
    assert "<a href='charts/summary.xlsx'>charts/summary.xlsx</a>" in block_html(line)


def test_workbook_keeps_the_full_lists(big, tmp_path):
    ledger, doc = big
    path = tmp_path / "summary.xlsx"
    write_summary_workbook(path, ledger, doc.charts.charts, doc.as_of, "zh")
    wb = load_workbook(path, read_only=True)
    overdue = wb["逾期问题清单"]
    # every sheet by its own name: none renamed "逾期问题1" by a clash
    assert not [n for n in wb.sheetnames if n[-1].isdigit()], wb.sheetnames
    blocks = doc.section("overdue").blocks
    line = next(b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("及其他"))
    more = int(line.text[3:].split("项")[0])
    assert overdue.max_row - 1 == limits.TOP_N + more
    assert wb[sheet_name("completion_by_department", "zh")].max_row >= 100 + 1


def test_small_lists_are_not_cut():
    frame = pd.DataFrame({"x": range(limits.TOP_N)})
    shown, left_out = limits.top(frame)
    assert len(shown) == limits.TOP_N and left_out == 0 and not limits.too_many(frame)
