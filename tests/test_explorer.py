"""explore.ipynb as an analyst sees it (issue 25): tables without the pandas index, the
history in Chinese or a sentence saying how to start one, and a filter whose table and chart
follow the choice in JupyterLab and which an HTML export shows as a sentence above the
full table (tests/test_jupyterlab.py uses the filter in a real JupyterLab)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import papermill as pm
import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from analysis import as_table, finding_filter, history_table, load_ledger
from analysis.export.template import write_template
from analysis.paths import NOTEBOOKS_DIR, REPO_ROOT
from analysis.rendering.notebook import write_html

OFFICE = REPO_ROOT / "tests" / "history" / "ledger_2024-06.csv"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[nbformat.NotebookNode, BeautifulSoup]:
    """explore.ipynb run on an office ledger with an empty history store, and its HTML."""
    tmp = tmp_path_factory.mktemp("explore")
    os.environ["ANALYSIS_HISTORY_DB"] = str(tmp / "none.duckdb")
    try:
        pm.execute_notebook(
            str(NOTEBOOKS_DIR / "explore.ipynb"),
            str(tmp / "explore.ipynb"),
            parameters={"ledger_path": str(OFFICE), "as_of": "2024-06-30"},
            kernel_name="python3",
            progress_bar=False,
        )
    finally:
        del os.environ["ANALYSIS_HISTORY_DB"]
    write_html(tmp / "explore.ipynb", tmp / "explore.html")
    soup = BeautifulSoup((tmp / "explore.html").read_text(encoding="utf-8"), "html.parser")
    return nbformat.read(tmp / "explore.ipynb", as_version=4), soup


def test_tables_have_no_index_column(exported):
    _, soup = exported
    tables = soup.select("table.analysis-table")
    assert len(tables) >= 4
    for table in tables:
        heads = [th.get_text(strip=True) for th in table.select("thead th")]
        assert heads and all(heads), heads  # pandas' index has an empty header cell
        assert not table.select("tbody th")  # nor row headers 0, 1, 2 …


def test_no_history_says_how_to_start_one(exported):
    _, soup = exported
    text = soup.get_text(" ")
    assert "历史库中还没有台账" in text and "analysis history add" in text


def test_the_filter_degrades_to_a_sentence_and_the_full_table(exported):
    nb, soup = exported
    text = soup.get_text(" ")
    assert "筛选器：在 JupyterLab 中运行本笔记本" in text
    assert "unpkg" not in str(soup) and "Dropdown(" not in text  # no dead controls
    [cell] = [c for c in nb.cells if "finding_filter(" in c.source]
    kinds = [list(o.get("data", {})) for o in cell.outputs]
    assert any("application/vnd.jupyter.widget-view+json" in k for k in kinds)  # live in Lab
    filter_table = soup.select("table.analysis-table")[-1]
    assert len(filter_table.select("tbody tr")) == 7  # every finding, nothing chosen


def test_history_columns_are_chinese():
    import pandas as pd

    frame = pd.DataFrame(
        {"unit": ["某单位"], "as_of": ["2024-06-30"], "findings": [7], "completed": [2]}
        | {"overdue": [2]}
    )
    html = history_table(frame, "zh").data
    assert all(w in html for w in ("单位", "截至日期", "问题数", "已完成", "逾期"))
    assert "findings" not in html and "as_of" not in html
    assert "Problems" in history_table(frame, "en").data


def test_the_filter_follows_the_choice():
    f = finding_filter(load_ledger(OFFICE), "zh", "2024-06-30")
    assert [label for label, _ in f.by.options] == ["责任部门", "责任领导", "整改状态"]
    f.by.value = "department"
    assert f.value.options[0] == ("全部", None) and ("办公室（2）", "办公室") in f.value.options
    f.value.value = "办公室"
    assert list(f.selected()["number"]) == [1, 4]
    assert "办公室：各整改状态的问题数" in f.chart().layout.meta["title"]
    assert "application/vnd.plotly.v1+json" in f.chart_bundle()
    f.by.value = "status"
    assert f.value.value is None and len(f.selected()) == 7
    f.value.value = "in_progress"
    assert len(f.selected()) == 3 and ("正在整改（3）", "in_progress") in f.value.options


def test_a_bundled_ledger_offers_only_what_it_has():
    f = finding_filter(load_ledger(), "en")
    assert [d for _, d in f.by.options] == ["status"]  # the notice names no department
    assert f.value.options == (("All", None), ("Completed (20)", "completed"))
    assert "<th>" not in as_table(f.selected().head(2), "en").data.split("<tbody>")[1]


def test_the_template_instructions_are_plain_chinese(tmp_path: Path):
    write_template(tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx")["填写说明"]
    text = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "已完成：已完成" in text and "正在整改：正在整改" in text
    for code in ("completed", "in_progress", "long_term", "not_started", "Required"):
        assert code not in text
