"""Delegate composition from a roster: exact ratios, quotas met and missed, small groups hidden."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import LedgerError
from analysis.cli import main
from analysis.figures.delegates import roster_figures
from analysis.present.charts import build_charts
from analysis.read.roster import load_roster, parse_birth


def test_exact_ratios_against_quotas(roster_csv, bundled):
    r = roster_figures(load_roster(roster_csv), bundled, as_of="2024-06-30").set_index("indicator")
    assert r.loc["outstanding_women", ["count", "ratio", "met"]].tolist() == [14, 0.7, True]
    assert r.loc["grassroots", ["count", "ratio", "met"]].tolist() == [12, 0.6, False]
    assert r.loc["non_cpc", ["count", "ratio", "met"]].tolist() == [
        10,
        0.5,
        True,
    ]  # probationary = CPC
    assert r.loc["age_45_or_under", ["count", "ratio", "met"]].tolist() == [11, 0.55, False]
    assert r.loc["junior_college_plus", ["count", "ratio", "met"]].tolist() == [15, 0.75, False]


def test_small_groups_are_suppressed(roster_csv, bundled):
    r = roster_figures(load_roster(roster_csv), bundled, as_of="2024-06-30").set_index("indicator")
    minority = r.loc["ethnic_minority"]
    assert minority["suppressed"] and pd.isna(minority["count"]) and pd.isna(minority["ratio"])
    assert pd.isna(minority["met"])  # "met" would say the small group exists
    assert not r.drop("ethnic_minority")["suppressed"].any()


def test_age_is_counted_on_the_congress_date(roster_csv, bundled):
    later = roster_figures(load_roster(roster_csv), bundled, as_of="2024-07-01").set_index(
        "indicator"
    )
    assert later.loc["age_45_or_under", "count"] == 10  # born 1978.07 turns 46 on 2024-07-01
    assert parse_birth("1979.11").isoformat() == "1979-11-01" and parse_birth(1979.1).month == 10


def test_summary_json_with_roster(roster_csv, capsys):
    assert main(["summary", "--json", "--roster", str(roster_csv), "--as-of", "2024-06-30"]) == 0
    rows = json.loads(capsys.readouterr().out)["delegates"]["roster"]
    minority = next(r for r in rows if r["indicator"] == "ethnic_minority")
    assert minority == {
        "indicator": "ethnic_minority",
        "count": None,
        "ratio": None,
        "threshold": None,
        "met": None,
        "suppressed": True,
    }
    assert "代表0" not in json.dumps(rows, ensure_ascii=False)


def test_chart_shows_actual_against_floor(roster_csv, bundled):
    roster = roster_figures(load_roster(roster_csv), bundled, as_of="2024-06-30")
    chart = {c.name: c for c in build_charts(bundled, "zh", "2024-06-30", roster).charts}[
        "delegate_quotas"
    ]
    assert chart.title == "代表结构：名册中5项比例有2项达到通报所述水平"
    assert chart.table.iloc[:, 2].tolist() == [0.7, 0.6, 0.5, 0.55, 0.75]


def test_bad_roster_rows_are_reported(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(
        "姓名,民族,出生年月,政治面貌,学历,代表类别,是否基层一线\n甲,汉族,七九年,群众,本科,妇女干部,是\n"
        "乙,汉族,1980.02,群众,本科,妇女干部,也许\n",
        encoding="utf-8",
    )
    with pytest.raises(LedgerError) as exc:
        load_roster(path)
    assert [str(p) for p in exc.value.problems] == [
        "bad.csv:csv:2:出生年月: 出生年月无法识别（应如 1979.11 或 1979-11-05）",
        "bad.csv:csv:3:是否基层一线: 是否基层一线应填“是”或“否”",
    ]
    assert main(["summary", "--roster", str(path)]) == 2
