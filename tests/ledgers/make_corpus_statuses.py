"""Write the issue-21 ledgers c40–c54: statuses as offices write them (sentences, degrees,
negation, traditional characters, combined words, unknown words), plans without status or
deadline, a measure's own 长期坚持, date ranges, …前完成, an unreadable date, one row.
Run: python tests/ledgers/make_corpus_statuses.py (make_corpus.py runs it too)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_corpus import H, csv, xlsx  # noqa: E402

D = dt.datetime


def rows(statuses: list[str], deadlines: list[object]) -> list[list]:
    """A plain ledger, one problem per status (titles 问题1…), deadlines as given."""
    out: list[list] = [H[:6]]
    for i, (s, d) in enumerate(zip(statuses, deadlines, strict=True), 1):
        out.append([i, f"问题{i}", f"措施{i}", "办公室", d, s])
    return out


def statuses() -> None:
    past, future = D(2024, 6, 30), D(2025, 6, 30)
    xlsx(
        "c40_sentence_statuses.xlsx",
        {
            "台账": rows(
                [
                    "已完成，已印发《学习制度》",
                    "正在推进，完成约六成",
                    "经核查，该问题已整改到位并销号",
                    "目前已启动整改，正在征求意见",
                ],
                [past, past, past, future],
            )
        },
    )
    csv(
        "c41_percentages.csv",
        rows(["已完成60%", "完成100%", "完成过半", "整改进度0%"], [past, past, future, past]),
    )
    xlsx(
        "c42_negation.xlsx",
        {
            "台账": rows(
                ["未完成", "尚未完成", "没有完成", "未能按期完成", "尚未启动"],
                [past, future, past, past, future],
            )
        },
    )
    csv(
        "c43_traditional_statuses.csv",
        rows(
            ["已辦結", "正在推進", "長期堅持", "持續整改中", "整改完畢"],
            [past, future, "長期", "長期", past],
        ),
    )
    xlsx(
        "c44_combined_words.xlsx",
        {
            "台账": rows(
                ["已完成并长期坚持", "已整改并建立长效机制", "阶段性完成，持续推进", "基本完成"],
                [past, past, past, past],
            )
        },
    )
    xlsx(
        "c45_unknown_words.xlsx",
        {"台账": rows(["已完成", "差不多了", "见附件", "差不多了"], [past, past, future, future])},
    )
    office = HERE / "c54_office_overrides"
    office.mkdir(exist_ok=True)
    csv("c54_office_overrides/ledger.csv", rows(["基本完成", "已上报待审"], [past, past]))
    (office / "statuses.yaml").write_text(
        "# the office's words come before the classifier\ncompleted: [基本完成]\n"
        "in_progress: [已上报待审]\n",
        encoding="utf-8",
    )


def plans() -> None:
    xlsx(
        "c46_plan_no_status.xlsx",
        {
            "问题清单": [
                ["区财政局巡察反馈问题整改方案"] + [None] * 4,
                ["序号", "存在问题", "整改措施", "责任单位", "完成时限"],
                [1, "预算执行进度慢", "建立通报制度", "预算科", "2024年6月底前完成"],
                [2, "资产底数不清", "开展资产清查", "资产科", "2025年3月31日前"],
                [3, "内控制度不健全", "修订内控手册", "办公室", "长期坚持"],
            ]
        },
        merges={"问题清单": ["A1:E1"]},
    )
    csv(
        "c47_plan_no_status_no_deadline.csv",
        [
            ["序号", "存在问题", "整改措施", "责任领导", "责任部门"],
            [1, "调研不深", "开展专题调研", "张三", "办公室"],
            [2, "学习不够", "健全学习制度", "李四", "组织科"],
        ],
    )


def dates() -> None:
    head = ["序号", "具体问题", "整改措施", "责任部门", "整改时限", "整改状态"]
    xlsx(
        "c48_measure_long_term.xlsx",
        {
            "台账": [
                head,
                [1, "制度执行不严", "修订制度", "办公室", D(2024, 6, 30), "已完成"],
                [None, None, "常态化督查", "督查室", "长期坚持", "正在推进"],
                [2, "调研不深", "开展调研", "研究室", D(2024, 9, 30), "已完成"],
                [None, None, "形成报告", "研究室", D(2024, 10, 31), "正在整改"],
            ]
        },
        merges={"台账": ["A2:A3", "B2:B3", "A4:A5", "B4:B5"]},
    )
    csv(
        "c49_date_ranges.csv",
        rows(
            ["正在整改", "正在整改", "已完成", "正在整改"],
            ["2024年7月—12月", "2024年3月-6月", "2024.7-2024.9", "2024年10月至2025年3月"],
        ),
    )
    xlsx(
        "c50_before_complete.xlsx",
        {
            "台账": [["2024年区审计局巡察整改台账"] + [None] * 5]
            + rows(
                ["正在整改", "正在整改", "正在整改", "已完成"],
                ["2024年6月底前完成", "2025年3月31日前完成", "年底前完成", "9月底前完成整改"],
            )
        },
        merges={"台账": ["A1:F1"]},
    )
    xlsx(
        "c51_unreadable_date.xlsx",
        {
            "台账": rows(
                ["正在整改", "正在整改", "正在整改", "已完成"],
                ["待定", D(2024, 6, 30), "待定", "视上级部署而定"],
            )
        },
    )
    csv(
        "c52_one_row_sentence.csv",
        [
            ["序号", "巡察反馈问题", "整改措施", "责任单位", "整改时限", "整改进展"],
            [1, "意识形态责任制落实不到位", "修订责任清单", "宣传科", "2024年11月30日"]
            + ["已制定责任清单，正在推进落实，完成约八成"],
        ],
    )
    xlsx(
        "c53_traditional_deadlines.xlsx",
        {
            "台账": rows(
                ["長期堅持", "持續推進", "正在整改"], ["長期堅持", "常態化", "2025年6月底前"]
            )
        },
    )


def main() -> None:
    statuses()
    plans()
    dates()


if __name__ == "__main__":
    main()
