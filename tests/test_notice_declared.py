"""Declared totals: one case per phrasing (the table in read/notice/declared.py)."""

from __future__ import annotations

import pytest

from analysis.read.notice.parse import parse_notice

CASES = [
    # problems
    ("巡察反馈25个问题,已完成整改19个。", {"problems": 25, "completed": 19}),
    (
        "巡察反馈问题17个,目前已完成整改15个、基本完成整改2个。",
        {"problems": 17, "completed": 15, "in_progress": 2},
    ),
    (
        "截至目前,巡察问题8个,已完成整改7个,阶段性完成1个,未完成0个。",
        {"problems": 8, "completed": 7, "in_progress": 1, "not_completed": 0},
    ),
    ("指出问题3个。截至目前,3个问题已全部完成整改。", {"problems": 3, "completed": 3}),
    (
        "对照反馈的3个方面5个问题,5个问题已完成整改4个,正在整改1个。",
        {"aspects": 3, "problems": 5, "completed": 4, "in_progress": 1},
    ),
    (
        "巡察反馈的697个问题,完成整改688个,基本完成取得阶段性成果并持续整改问题4个,未完成5个,总体完成率98.71%。",
        {
            "problems": 697,
            "completed": 688,
            "in_progress": 4,
            "not_completed": 5,
            "completion_rate": 0.9871,
        },
    ),
    # aspects and categories
    (
        "区委巡察组共反馈问题4个大方面26个大项的问题,梳理分解整改任务106个,已完成整改98个。",
        {"aspects": 4, "categories": 26, "tasks": 106, "completed": 98},
    ),
    ("巡察指出四方面10个问题,已整改落实10个。", {"aspects": 4, "problems": 10, "completed": 10}),
    (
        "围绕巡察反馈的6个方面18个突出问题,制定164项整改措施。",
        {"aspects": 6, "problems": 18, "measures": 164},
    ),
    (
        "巡察指出的3个方面7类问题20个具体问题,提出了20条整改举措。",
        {"aspects": 3, "categories": 7, "problems": 20, "measures": 20},
    ),
    (
        "将巡察指出的3个方面的7项问题,细化分解为20个具体问题20项整改任务。",
        {"aspects": 3, "categories": 7, "problems": 20, "tasks": 20},
    ),
    ("从党建引领方面、作风建设方面等5方面入手明确整改措施。", {"aspects": 5}),
    # tasks and measures in either order
    (
        "共梳理整改任务40项,已完成36项,其余4项长期坚持,整改完成率95%。",
        {"tasks": 40, "completed": 36, "long_term": 4, "completion_rate": 0.95},
    ),
    ("制定整改措施58条,明确整改任务30项。", {"measures": 58, "tasks": 30}),
    ("对应34个具体问题清单制定了95条具体整改措施。", {"problems": 34, "measures": 95}),
    (
        "反馈问题12个,已销号10个,正在整改2个,整改完成率83.3%。",
        {"problems": 12, "completed": 10, "in_progress": 2, "completion_rate": 0.833},
    ),
    (
        "巡察反馈35个具体问题,整改完成28个,阶段性完成7个。",
        {"problems": 35, "completed": 28, "in_progress": 7},
    ),
    (
        "共指出四个方面十二个问题。截至目前,已完成十个,阶段性完成一个,基本完成一个。",
        {"aspects": 4, "problems": 12, "completed": 10, "in_progress": 2},
    ),
    (
        "反馈问题9个,已完成整改7个,需长期坚持的问题2个。",
        {"problems": 9, "completed": 7, "long_term": 2},
    ),
    (
        "反馈问题9个,其中7个问题已完成整改,2个问题需长期坚持。",
        {"problems": 9, "completed": 7, "long_term": 2},
    ),
    ("深入剖析29个问题,提出117条整改举措。", {"problems": 29, "measures": 117}),
    (
        "巡察反馈的4个方面37个问题,已整改完成34个(含立行立改问题2个),阶段性完成整改3个。",
        {"aspects": 4, "problems": 37, "completed": 34, "in_progress": 3},
    ),
    (
        "巡察反馈的六个方面17项具体问题,制定71项整改措施。",
        {"aspects": 6, "problems": 17, "measures": 71},
    ),
    # not totals
    ("坚持问题导向,做到整改一项、销号一项。", {}),
    ("一方面加强学习,另一方面完善制度,推动整改。", {}),
    ("完成3个项目建设,推进整改。", {}),
    ("举一反三,整改一个问题、完善一套制度。", {}),
]


def _first(out, figure):
    rows = [r for r in out.rows.get("declared", []) if r["figure"] == figure]
    if figure == "in_progress" and rows:
        return sum(r["value"] for r in rows if r["span_start"] == rows[0]["span_start"])
    return rows[0]["value"] if rows else None


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:16] for c in CASES])
def test_declared_phrasing(text, want):
    out = parse_notice(text)
    figures = ("aspects", "categories", "problems", "tasks", "measures", "completed")
    figures += ("in_progress", "long_term", "not_completed", "completion_rate")
    got = {f: _first(out, f) for f in figures}
    assert got == {f: want.get(f) for f in figures}
