"""Write the corpus of office ledgers in tests/ledgers/ (run: python tests/ledgers/make_corpus.py).

Each file is one shape offices really produce: title rows, two-row headers, merged problem
cells with measure rows, split 已完成/未完成 sheets, instruction and hidden template sheets,
formulas without saved results, UTF-16/GBK/Big5 CSV, ; and tab delimiters, and damaged
files. The content is invented. What each must yield is in expected.yaml (written by hand).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent
H = ["序号", "具体问题", "整改措施", "责任部门", "整改时限", "整改状态", "完成时间"]
D = dt.datetime


def xlsx(name: str, sheets: dict[str, list[list]], merges: dict | None = None, hidden=()) -> None:
    """A workbook with one sheet per entry (rows as lists, None for empty cells)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(title, []):
            ws.merge_cells(rng)
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.save(HERE / name)


def csv(name: str, rows: list[list], encoding: str = "utf-8", sep: str = ",", bom=b"") -> None:
    text = "\r\n".join(sep.join("" if v is None else str(v) for v in row) for row in rows) + "\r\n"
    (HERE / name).write_bytes(bom + text.encode(encoding))


def basic_rows() -> list[list]:
    return [
        H,
        [1, "理论学习不深入", "健全学习制度", "办公室", D(2024, 6, 30), "已完成", D(2024, 6, 20)],
        [2, "调查研究不够", "开展专题调研", "组织部", D(2024, 12, 31), "正在整改", None],
        [3, "制度执行不严", "修订制度", "纪检组", "长期", "长期坚持", None],
        [4, "经费管理不规范", "规范报销", "财务科", D(2024, 9, 30), "未启动", None],
        [5, "档案管理混乱", "整理档案", "办公室", D(2025, 3, 31), "正在整改", None],
    ]


def good() -> None:
    xlsx("c01_basic.xlsx", {"台账": basic_rows()})
    title = ["XX区妇联巡察反馈问题整改台账"] + [None] * 7
    xlsx(
        "c02_title_two_row_header.xlsx",
        {
            "台账": [
                title,
                [
                    "序号",
                    "具体问题",
                    "整改措施",
                    "责任部门",
                    None,
                    "整改时限",
                    "整改状态",
                    "销号日期",
                ],
                [None, None, None, "牵头", "配合", None, None, None],
                ["一、贯彻落实党的路线方针政策方面"] + [None] * 7,
                [
                    1,
                    "学习贯彻不深入",
                    "健全制度",
                    "办公室",
                    "党建科",
                    "2024年6月底前",
                    "已完成",
                    D(2024, 6, 1),
                ],
                [2, "调研不够", "开展调研", "组宣部", None, "2024年12月", "正在整改", None],
                [None] * 8,
                ["二、全面从严治党方面"] + [None] * 7,
                [3, "监督偏软", "强化监督", "纪检组", None, "2024年9月", "正在整改", None],
            ]
        },
        merges={"台账": ["A1:H1", "D2:E2"]},
    )
    xlsx(
        "c03_chinese_day_dates.xlsx",
        {
            "台账": [
                H,
                [1, "问题甲", "措施", "办公室", "2024年6月30日", "正在整改", None],
                [2, "问题乙", "措施", "办公室", "2024年6月30日前", "已完成", "2024年6月28日"],
                [3, "问题丙", "措施", "办公室", "2024年12月31号", "正在整改", None],
                [4, "问题丁", "措施", "办公室", "2025年1月15日前", "未启动", None],
            ]
        },
    )
    csv(
        "c04_date_forms.csv",
        [
            H,
            [1, "问题甲", "措施", "办公室", "2024/6/30 0:00", "正在整改", ""],
            [2, "问题乙", "措施", "办公室", "24年6月底", "正在整改", ""],
            [3, "问题丙", "措施", "办公室", "2024年第三季度", "正在整改", ""],
            [4, "问题丁", "措施", "办公室", "2024年上半年", "已完成", "2024/5/1"],
            [5, "问题戊", "措施", "办公室", "2025年上半年", "正在整改", ""],
            [6, "问题己", "措施", "办公室", "2024年下半年", "未启动", ""],
            [7, "问题庚", "措施", "办公室", "2024年底前", "正在整改", ""],
            [8, "问题辛", "措施", "办公室", "2025年第一季度", "正在整改", ""],
        ],
    )
    xlsx(
        "c05_no_year_from_title.xlsx",
        {
            "台账": [
                ["2023年XX局巡察整改台账"] + [None] * 6,
                H,
                [1, "问题甲", "措施", "办公室", "6月底前", "正在整改", None],
                [2, "问题乙", "措施", "办公室", "年底前", "正在整改", None],
                [3, "问题丙", "措施", "办公室", "第三季度", "已完成", None],
            ]
        },
        merges={"台账": ["A1:G1"]},
    )
    csv(
        "c06_no_year_from_dates.csv",
        [
            H,
            [1, "问题甲", "措施", "办公室", "2025-03-31", "正在整改", ""],
            [2, "问题乙", "措施", "办公室", "6月底前", "正在整改", ""],
            [3, "问题丙", "措施", "办公室", "2025年9月", "正在整改", ""],
        ],
    )
    csv(
        "c07_no_year_from_as_of.csv",
        [
            H,
            [1, "问题甲", "措施", "办公室", "6月底前", "正在整改", ""],
            [2, "问题乙", "措施", "办公室", "12月31日前", "正在整改", ""],
        ],
    )
    xlsx(
        "c08_excel_serial.xlsx",
        {
            "台账": [
                H + ["备注"],
                [1, "问题甲", "措施", "办公室", 45474, "正在整改", None, 45474],
                [2, "问题乙", "措施", "办公室", 45657, "已完成", 45450, None],
            ]
        },
    )
    xlsx(
        "c09_long_term_words.xlsx",
        {
            "台账": [
                H,
                [1, "问题甲", "措施", "办公室", "长期", "正在整改", None],
                [2, "问题乙", "措施", "办公室", "长期坚持", "长期坚持", None],
                [3, "问题丙", "措施", "办公室", "持续推进", "正在整改", None],
                [4, "问题丁", "措施", "办公室", "常态化", "正在整改", None],
                [5, "问题戊", "措施", "办公室", "2024-03-31", "正在整改", None],
            ]
        },
    )
    xlsx(
        "c10_completed_word_as_date.xlsx",
        {
            "台账": [
                H,
                [1, "问题甲", "措施", "办公室", "2024-06-30", "已完成", "已完成"],
                [2, "问题乙", "措施", "办公室", "2024-06-30", None, "已完成"],
                [3, "问题丙", "措施", "办公室", "2024-06-30", "正在整改", None],
            ]
        },
    )
    xlsx(
        "c11_status_words.xlsx",
        {
            "台账": [
                H,
                [1, "问题甲", "措施", "办公室", "2024-06-30", "已整改完成", "2024-06-01"],
                [2, "问题乙", "措施", "办公室", "2024-06-30", "整改完成", "2024-06-02"],
                [3, "问题丙", "措施", "办公室", "长期", "持续推进", None],
                [4, "问题丁", "措施", "办公室", "2024-06-30", "部分完成", None],
                [5, "问题戊", "措施", "办公室", "2025-06-30", "未整改", None],
            ]
        },
    )
    office = HERE / "c12_office_words"
    office.mkdir(exist_ok=True)
    csv(
        "c12_office_words/ledger.csv",
        [
            H,
            [1, "问题甲", "措施", "办公室", "2024-06-30", "办结", "2024-06-01"],
            [2, "问题乙", "措施", "办公室", "2024-06-30", "落实中", ""],
            [3, "问题丙", "措施", "办公室", "2024-06-30", "已完成", "2024-06-03"],
        ],
    )
    (office / "statuses.yaml").write_text(
        "# this office's own status words\ncompleted: [办结]\nin_progress: [落实中]\n",
        encoding="utf-8",
    )
    done = [H, [1, "问题甲", "措施", "办公室", D(2024, 6, 30), "已完成", D(2024, 6, 1)]]
    done.append([2, "问题乙", "措施", "组织部", D(2024, 9, 30), "已完成", D(2024, 9, 1)])
    open_ = [H, [3, "问题丙", "措施", "办公室", D(2024, 10, 31), "正在整改", None]]
    open_.append([4, "问题丁", "措施", "组织部", D(2025, 6, 30), "未启动", None])
    xlsx("c13_split_sheets.xlsx", {"已完成": done, "未完成": open_})
    restart = [H] + [[r[0] - 2] + r[1:] for r in open_[1:]]
    xlsx("c14_split_sheets_restart_numbers.xlsx", {"已完成": done, "未完成": restart})
    notes = [["填表说明"], ["1. 每个问题填一行"], ["2. 整改状态填 已完成/正在整改/长期坚持/未启动"]]
    xlsx("c15_instructions_first.xlsx", {"填表说明": notes, "台账": basic_rows()})
    xlsx(
        "c16_hidden_empty_template.xlsx",
        {"模板": [H], "Sheet2": [], "台账": basic_rows()},
        hidden=("模板",),
    )
    measures = [
        H,
        [1, "理论学习不深入", "一是健全制度", "办公室", D(2024, 6, 30), "已完成", D(2024, 6, 1)],
        [None, None, "二是专题学习", "组织部", D(2024, 12, 31), "正在整改", None],
        [None, None, "三是督促检查", "纪检组", D(2024, 8, 31), "未启动", None],
        [2, "调研不够", "一是制定计划", "办公室", D(2024, 5, 31), "已完成", D(2024, 5, 1)],
        [None, None, "二是开展调研", "办公室", D(2024, 7, 31), "已完成", D(2024, 7, 20)],
        [3, "监督偏软", "一是建立台账", "纪检组", D(2025, 3, 31), "未启动", None],
        [None, None, "二是长效机制", "纪检组", "长期", "长期坚持", None],
        [4, "制度不全", "一是梳理制度", "办公室", D(2024, 3, 31), "已完成", D(2024, 3, 1)],
        [None, None, "二是长效机制", "办公室", "长期", "长期坚持", None],
    ]
    xlsx(
        "c17_measure_rows.xlsx",
        {"台账": measures},
        {"台账": ["A2:A4", "B2:B4", "A5:A6", "B5:B6", "A7:A8", "B7:B8", "A9:A10", "B9:B10"]},
    )
    merged = [
        H,
        [1, "理论学习不深入", "一是健全制度", "办公室", D(2024, 6, 30), "已完成", D(2024, 6, 1)],
        [None, None, "二是专题学习", None, None, None, None],
        [2, "调研不够", "一是制定计划", "办公室", D(2024, 10, 31), "正在整改", None],
        [None, None, "二是开展调研", None, None, None, None],
    ]
    xlsx(
        "c18_merged_status_over_measures.xlsx",
        {"台账": merged},
        {
            "台账": [
                "A2:A3",
                "B2:B3",
                "D2:D3",
                "E2:E3",
                "F2:F3",
                "G2:G3",
                "A4:A5",
                "B4:B5",
                "D4:D5",
                "E4:E5",
                "F4:F5",
            ]
        },
    )
    text_rows = [
        H,
        [1, "问题甲", "措施", "办公室", "2024-06-30", "已完成", "2024-06-01"],
        [2, "问题乙", "措施", "组织部", "2024-09-30", "正在整改", ""],
        [3, "问题丙", "措施", "纪检组", "2025-06-30", "未启动", ""],
    ]
    csv("c19_utf16_bom_tab.csv", text_rows, "utf-16-le", "\t", b"\xff\xfe")
    csv("c20_utf16_no_bom.csv", text_rows, "utf-16-le", "\t")
    csv("c21_gbk.csv", text_rows, "gbk")
    big5 = [["序號", "具體問題", "整改措施", "責任部門", "整改時限", "整改狀態", "完成時間"]]
    big5 += [[1, "學習貫徹不深入", "健全制度", "辦公室", "2024-06-30", "已完成", "2024-06-01"]]
    big5 += [[2, "調查研究不夠", "開展調研", "組織部", "2024-09-30", "正在整改", ""]]
    big5 += [[3, "檔案管理", "整理檔案", "辦公室", "2025-06-30", "長期堅持", ""]]
    csv("c22_big5.csv", big5, "big5")
    csv("c23_semicolon.csv", text_rows, sep=";")
    csv("c24_tab.csv", text_rows, sep="\t")
    csv("c25_title_line.csv", [["2024年XX局巡察整改台账"]] + text_rows)
    dup = [
        ["序号", "具体问题", "整改措施", "整改措施", "整改时限", "整改状态"],
        [1, "问题甲", "一是健全制度", "二是加强学习", "2024-06-30", "已完成"],
        [2, "问题乙", "一是开展调研", None, "2025-06-30", "正在整改"],
    ]
    xlsx("c26_two_measures_columns.xlsx", {"台账": dup})
    xlsx(
        "c27_control_characters.xlsx",
        {
            "台账": [
                H,
                [
                    1,
                    "问题甲_x000B_从Word粘贴",
                    "措施",
                    "办公室",
                    "2024-06-30",
                    "已完成",
                    "2024-06-01",
                ],
                [2, "问题乙", "措施_x000C_第二条", "办公室", "2025-06-30", "正在整改", None],
            ]
        },
    )
    mismatch = [H, [1, "问题甲", "措施", "办公室", D(2024, 6, 30), "已完成", D(2024, 6, 1)]]
    mismatch.append([2, "问题乙", "措施", "办公室", D(2024, 6, 30), "正在整改", None])
    xlsx("c28_sheet_name_cross_check.xlsx", {"已完成": mismatch})
    english = [["No.", "Finding", "Status", "Deadline", "Department"]]
    english += [[1, "Rules incomplete", "Completed", "2024-05-31", "Office"]]
    english += [[2, "Study lacking", "in progress", "2024年9月", "HR"]]
    csv("c30_english_headers.csv", english)
    xlsx(
        "c31_blank_and_aspect_rows.xlsx",
        {
            "台账": [
                ["XX区巡察整改台账"] + [None] * 6,
                [None] * 7,
                H,
                ["一、政治建设方面"] + [None] * 6,
                [1, "问题甲", "措施", "办公室", "2024年6月底前", "已完成", "2024年6月20日"],
                [None] * 7,
                [None] * 7,
                ["二、作风建设方面"] + [None] * 6,
                [2, "问题乙", "措施", "办公室", "2024年11月", "正在整改", None],
            ]
        },
    )


def meanings() -> None:
    """Ledgers in the office's own words (issue 21): headers beyond any alias list, 序号 as
    labels, heading rows, one row, titles naming the unit in three ways, a template."""
    edu = "区教育局党组落实区委第三巡察组反馈意见整改工作台账"
    head = ["序号", "巡察反馈问题", "整改措施", "牵头领导", "牵头单位", "完成期限"]
    head += ["整改进展情况", "整改状态", "整改目标"]
    xlsx(
        "c32_unfamiliar_headers_title_edu.xlsx",
        {
            "台账": [
                [edu] + [None] * 8,
                head,
                [1, "党组理论学习流于形式", "修订学习制度", "张三", "办公室", D(2024, 6, 30)]
                + ["已印发《学习制度》", "已完成", "制度健全"],
                [2, "干部培训针对性不强", "制定培训计划", "李四", "组织科", D(2024, 10, 31)]
                + ["计划已起草", "正在整改", "培训覆盖全员"],
                [3, "经费报销不规范", "开展专项检查", "王五", "财务科", D(2025, 3, 31)]
                + ["检查方案已制定", "正在整改", None],
                [4, "作风建设有差距", "常态化督查", "张三", "办公室", "长期坚持"]
                + ["每季度督查一次", "长期坚持", None],
            ]
        },
        merges={"台账": ["A1:I1"]},
    )
    csv(
        "c33_problem_list_headers.csv",
        [
            ["序号", "存在问题", "问题表现", "整改举措", "责任人", "时限要求", "完成情况"]
            + ["完成时间"],
            [1, "制度执行不严", "会议记录不全", "完善记录", "办公室", "2024年5月31日前"]
            + ["已完成", "2024年5月20日"],
            [2, "调研不深", "调研报告少", "开展调研", "政策研究室", "2024年11月"]
            + ["正在整改", ""],
            [3, "档案管理乱", "归档不及时", "整理档案", "档案室", "2025年6月底前"] + ["未启动", ""],
        ],
    )
    housing = "区住建局落实巡察反馈意见整改台账"
    xlsx(
        "c34_chinese_numerals_title_housing.xlsx",
        {
            "台账": [
                [housing] + [None] * 5,
                ["序号", "问题清单", "整改任务", "责任科室", "整改期限", "整改进展"],
                ["一", "工程审批把关不严", "修订审批流程", "建管科", D(2024, 8, 31), "已完成"],
                ["二", "安全检查频次不足", "加密检查", "安监科", D(2025, 6, 30), "正在整改"],
                ["三", "物业投诉处理慢", "建立督办机制", "物业科", D(2024, 9, 30), "未启动"],
                ["四", "廉政教育不经常", "常态化教育", "机关党委", "长期", "长期坚持"],
            ]
        },
        merges={"台账": ["A1:F1"]},
    )
    xlsx(
        "c35_bracketed_numbers_targets.xlsx",
        {
            "台账": [
                ["序号", "反馈问题", "具体表现", "整改措施", "责任部门", "整改时限"]
                + ["整改状态", "完成标准"],
                ["（1）", "主体责任压得不实", "专题研究少", "定期专题研究", "党建办"]
                + ["2024-06-30", "已完成", "每季度研究一次"],
                ["（2）", "监督执纪偏软", "问责少", "强化问责", "纪检组"]
                + ["2024-12-15", "正在整改", "问责到位"],
                ["（3）", "选人用人不规范", "程序不全", "规范程序", "组织科"]
                + ["2025-01-31", "正在整改", "程序完整"],
            ]
        },
    )
    full = ["序号", "具体问题", "整改措施", "责任部门", "整改时限", "整改状态"]
    xlsx(
        "c36_dotted_numbers_heading_rows.xlsx",
        {
            "台账": [
                full,
                ["一、贯彻落实党的路线方针政策方面"] + [None] * 5,
                ["（一）学习贯彻类问题"] + [None] * 5,
                ["1.1", "学习不深入", "健全制度", "办公室", "2024-06-30", "已完成"],
                ["1.2", "研究不经常", "定期研究", "办公室", "2024-09-30", "正在整改"],
                ["（二）决策落实类问题"] + [None] * 5,
                ["2.1", "落实打折扣", "建立督办", "督查室", "2025-03-31", "正在整改"],
                ["二、全面从严治党方面"] + [None] * 5,
                ["（一）监督执纪类问题"] + [None] * 5,
                ["3.1", "监督偏软", "强化监督", "纪检组", "长期", "长期坚持"],
            ]
        },
        merges={"台账": ["A2:F2", "A3:F3", "A6:F6", "A8:F8", "A9:F9"]},
    )
    civil = "区委第一巡察组反馈区民政局问题整改清单"
    xlsx(
        "c37_one_row_title_civil.xlsx",
        {
            "清单": [
                [civil] + [None] * 5,
                ["序号", "问题", "措施", "责任领导", "时限", "状态"],
                ["①", "低保动态管理不及时", "开展低保复核", "赵六", "2024-10-31", "正在整改"],
            ]
        },
        merges={"清单": ["A1:F1"]},
    )
    template = ["（单位名称）巡察反馈问题整改台账"] + [None] * 6
    xlsx(
        "c38_untouched_template.xlsx",
        {"整改台账": [template, H, [None] * 7], "填写说明": [["每个问题填一行"]]},
        merges={"整改台账": ["A1:G1"]},
    )
    office = HERE / "c39_office_columns"
    office.mkdir(exist_ok=True)
    csv(
        "c39_office_columns/ledger.csv",
        [
            ["编号", "巡察指出", "落实举措", "主责科室", "办结时限", "当前状况"],
            [1, "基层组织建设薄弱", "整顿软弱涣散支部", "组织科", "2024-06-30", "办结"],
            [2, "三重一大执行不严", "修订议事规则", "办公室", "2024-12-15", "正在整改"],
        ],
    )
    (office / "statuses.yaml").write_text(
        "# this office's own words: a status word and a column the reader cannot name\n"
        "completed: [办结]\ncolumns:\n  巡察指出: 具体问题\n",
        encoding="utf-8",
    )


def edited_workbook(name: str, status_words: list[str], damage: bool = False) -> None:
    """A ledger workbook that `ingest` would write, then edited (or damaged) by a person."""
    from analysis import load_ledger, write_ledger

    out = HERE / name
    write_ledger(load_ledger(HERE / "c01_basic.xlsx"), out)
    wb = load_workbook(out)
    ws = wb["findings"]
    header = [c.value for c in ws[1]]
    col = header.index("status") + 1
    for i, word in enumerate(status_words, start=2):
        ws.cell(i, col).value = word
    if damage:
        ws.cell(3, header.index("number") + 1).value = "第二"
        meta = wb["meta"]
        meta.cell(1, 1).value = "键"
    wb.save(out)


def bad() -> None:
    (HERE / "b01_empty.csv").write_bytes(b"")
    xlsx(
        "b02_placeholder_date.xlsx",
        {"台账": [H, [1, "问题甲", "措施", "办公室", D(9999, 12, 31), "正在整改", None]]},
    )
    folder = HERE / "b03_folder.xlsx"
    folder.mkdir(exist_ok=True)
    (folder / ".gitkeep").write_text("", encoding="utf-8")
    (HERE / "b04_wrong_type.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (HERE / "b05_junk.docx").write_bytes(b"this is not a Word file")
    (HERE / "b06_damaged.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    dup = [
        ["序号", "具体问题", "整改状态", "整改时限", "整改状态"],
        [1, "问题甲", "已完成", "2024-06-30", "正在整改"],
    ]
    xlsx("b07_duplicate_status_columns.xlsx", {"台账": dup})
    xlsx(
        "b08_formula_without_value.xlsx",
        {
            "台账": [
                H + ["备注"],
                [1, "问题甲", "措施", "办公室", D(2024, 6, 30), "已完成", None, None],
                [2, "问题乙", "措施", "办公室", D(2024, 6, 30), "正在整改", None, "=SUM(A2:A3)"],
            ]
        },
    )
    numbers = ["-1", "0", "1.5", "1e3", "inf", "12345678901234567890", "1000000", "7"]
    csv(
        "b09_odd_numbers.csv",
        [H]
        + [
            [n, f"问题{i}", "措施", "办公室", "2024-06-30", "已完成", ""]
            for i, n in enumerate(numbers)
        ],
    )
    xlsx(
        "b10_blank_number.xlsx",
        {
            "台账": [
                H,
                [1, "问题甲", "措施", "办公室", "2024-06-30", "已完成", None],
                [None, "问题乙", "措施", "办公室", "2024-06-30", "已完成", None],
                [3, "问题丙", "措施", "办公室", "2024-06-30", "已完成", None],
            ]
        },
    )
    edited_workbook("b11_damaged_ledger_workbook.xlsx", [], damage=True)
    xlsx(
        "b12_table_without_header.xlsx",
        {
            "台账": basic_rows(),
            "补充": [["1", "问题", "已完成", "2024-06-30"], ["2", "问题", "未启动", "2024-06-30"]],
        },
    )
    xlsx(
        "b13_completed_on_typo.xlsx",
        {"台账": [H, [1, "问题甲", "措施", "办公室", "2024-06-30", "已完成", "2024年6月35日"]]},
    )
    bad_words = HERE / "b14_bad_statuses_file"
    bad_words.mkdir(exist_ok=True)
    csv("b14_bad_statuses_file/ledger.csv", [H, [1, "问题甲", "措施", "办公室", "", "办结", ""]])
    (bad_words / "statuses.yaml").write_text("finished: [办结]\n", encoding="utf-8")
    csv(
        "b15_unknown_status_gbk.csv",
        [H, [1, "问题甲", "措施", "办公室", "", "差不多了", ""]],
        "gbk",
    )


def main() -> None:
    for old in list(HERE.glob("[bc][0-9][0-9]_*")):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    good()
    meanings()
    edited_workbook(
        "c29_edited_ledger_workbook.xlsx", ["已完成", "done", "整改中", "长期", "未启动"]
    )
    bad()
    from make_corpus_statuses import main as statuses_and_plans

    statuses_and_plans()


if __name__ == "__main__":
    main()
