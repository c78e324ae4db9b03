"""Briefing figures as tidy tables: organisation building, timeline, versions and changes."""

from __future__ import annotations

import pandas as pd
from conftest import MESSY_ROWS, write_xlsx

from analysis import load_ledger
from analysis.figures import organisations
from analysis.figures.completion import burndown_from_versions, changes, completion_by, on_time_rate


def test_organisations_by_list_and_year(bundled):
    lists = organisations.by_list(bundled)
    assert lists.to_dict("records") == [
        {"item": 4, "named": 8, "only_here": 2},
        {"item": 12, "named": 9, "only_here": 3},
    ]
    assert organisations.by_year(bundled).to_dict("records") == [
        {"year": "2024", "count": 8},
        {"year": "not stated", "count": 3},
    ]


def test_pilots_awards_and_timeline(bundled):
    assert organisations.pilots_by_level(bundled).to_dict("records") == [
        {"level": "provincial", "count": 2, "inferred": 1},
        {"level": "municipal", "count": 5, "inferred": 0},
    ]
    assert organisations.awards_by_kind(bundled)["count"].sum() == 6
    tl = organisations.timeline(bundled)
    assert tl["kind"].tolist()[:3] == ["inspection_start", "inspection_end", "feedback"]
    assert tl["days_from_start"].iloc[-1] == 375 and tl["kind"].iloc[-1] == "publication"


def _version(tmp_path, name, statuses):
    rows = [r[:] for r in MESSY_ROWS]
    for row in rows:
        if isinstance(row[0], int) and row[0] in statuses:
            row[7] = statuses[row[0]]
    return load_ledger(write_xlsx(tmp_path / name, rows)).findings


def test_changes_between_two_versions(tmp_path):
    before = _version(tmp_path, "may.xlsx", {})
    after = _version(tmp_path, "june.xlsx", {2: "已完成", 3: "未启动"})
    after = after[after["number"] != 5]
    extra = after.iloc[[0]].assign(number=6, title="新增问题", status="in_progress")
    after = pd.concat([after, extra], ignore_index=True)
    got = changes(before, after, as_of="2024-07-01")
    assert got[["number", "change"]].values.tolist() == [
        [6, "added"],
        [3, "moved_back"],
        [2, "newly_completed"],
        [5, "removed"],
    ]
    late = changes(before, before, as_of="2024-07-01")
    assert late.empty
    overdue_now = changes(
        _version(tmp_path, "a.xlsx", {}), _version(tmp_path, "b.xlsx", {}), as_of="2025-02-01"
    )
    assert overdue_now.empty


def test_burndown_from_dated_versions(tmp_path):
    versions = {
        "2024-05-31": _version(tmp_path, "v1.xlsx", {1: "正在整改"}),
        "2024-06-30": _version(tmp_path, "v2.xlsx", {}),
        "2024-07-31": _version(tmp_path, "v3.xlsx", {2: "已完成", 4: "已完成"}),
    }
    b = burndown_from_versions(versions)
    assert b["completed"].tolist() == [0, 1, 3] and b["open"].tolist() == [5, 4, 2]


def test_rates_by_leader_and_on_time(messy_xlsx):
    f = load_ledger(messy_xlsx).findings
    by_leader = completion_by(f, "leader").set_index("leader")["rate"].to_dict()
    assert by_leader == {"张三": 0.5, "李四": 0.0, "王五": 0.0}
    assert on_time_rate(f) == 1.0


def test_briefing_source_table_cites_sentences(bundled, messy_xlsx):
    from analysis.present.briefing import source_table

    table = source_table(bundled).frame.set_index("数据")
    assert table.loc["已完成", "数值"] == "20" and "已完成整改20个" in table.loc["已完成", "出处"]
    assert (
        table.loc["基层一线", "数值"] == "≥70%"
        and "基层一线人员不低于70%" in table.loc["基层一线", "出处"]
    )
    assert (
        table.loc["新建妇联组织", "数值"] == "11"
        and table.loc["新建妇联组织", "出处"].count(" / ") == 1
    )
    office = source_table(load_ledger(messy_xlsx), "en").frame.set_index("Figure")
    assert office.loc["Findings", "Source"] == "Ledger rows 5–12"  # rows in words, no file code
