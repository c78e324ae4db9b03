"""What the notebooks say (explore, roll-up): headings and explanations shown by
`show_text(key, lang)`, so setting `lang` switches every line of a notebook.

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "nb_explore_intro": (
        "## {unit}台账探索\n"
        "载入台账，浏览其中的表格，并用本库回答问题。把参数 `ledger_path` 改为自己的"
        " `.xlsx`/`.csv` 台账或通报文件即可；`as_of` 留空时，通报按公布日期统计，"
        "办公台账按今天统计。",
        "## Exploring the ledger of {unit}\n"
        "Load a ledger, browse its tables, and answer questions with the library. Set the"
        " parameter `ledger_path` to your own `.xlsx`/`.csv` ledger or a notice; with `as_of`"
        " empty, a notice is counted as of its publication date and an office ledger as of today.",
    ),
    "nb_findings": (
        "### 问题清单（前10条）\n每个问题的整改状态和时限；未说明的留空。",
        "### Problems (first 10)\nEach problem's status and deadline; blank where not stated.",
    ),
    "nb_measures": (
        "### 每个问题列举了多少条措施？\n"
        "通报按整改结果中分条列举（一是、二是……）的具体做法计数，办公台账按逐行列出的措施计数；"
        "没有列出的留空，而不是记为0。",
        "### How many measures does each problem have?\n"
        "A notice's results are counted by their listed steps, an office ledger's by its rows;"
        " a problem listing none is left blank, not counted as 0.",
    ),
    "nb_overdue": (
        "### 截至{as_of}有哪些问题逾期？\n台账没有整改时限时无法判断逾期，下表为空。",
        "### What is overdue as of {as_of}?\n"
        "Without deadlines nothing can be called overdue, and the table below is empty.",
    ),
    "nb_sources": (
        "### 数字从哪里来？\n每个数字都注明出处：通报的原句，或台账的文件与行号。",
        "### Where does each figure come from?\n"
        "Every figure cites its source: the notice's sentence, or the ledger's file and row.",
    ),
    "nb_chart": (
        "### 一张图表\n在 JupyterLab 中图表随输出区域的宽度伸缩；导出的图片保持16:9。",
        "### A chart\nIn JupyterLab a chart takes the output area's width; exported images"
        " keep their 16:9 size.",
    ),
    "nb_history": (
        "### 用 SQL 查询历史库\n"
        "历史库保存各期台账（表 `units`、`snapshots`、`findings`、`measures`，结构见"
        " `src/analysis/history/schema.py`）。下面按单位和截至日期列出各期的问题数、已完成数和逾期数。",
        "### A SQL query over the history store\n"
        "The store keeps every ledger version (tables `units`, `snapshots`, `findings`,"
        " `measures`; schema in `src/analysis/history/schema.py`). Below: each unit's versions"
        " with their problems, completed and overdue counts.",
    ),
    "nb_history_empty": (
        "历史库中还没有台账。在命令行运行 `analysis history add 台账.xlsx`（可加 `--as-of 2024-06-30`"
        " 指明截至日期）保存一期，每期报送后再加一次；之后重新运行本单元格，这里会按单位和日期列出各期的"
        "完成情况。",
        "The history store holds no ledger yet. Run `analysis history add LEDGER.xlsx` (with"
        " `--as-of 2024-06-30` to date it) once per reporting period; then run this cell again to"
        " see each version's counts by unit and date.",
    ),
    "nb_filter": (
        "### 按部门、领导、方面或状态筛选\n"
        "在下拉框中选择按什么筛选、选哪一项，下面的表格和图表随之更新。台账没有填写的列不出现在选项中。",
        "### Filter by department, leader, aspect or status\n"
        "Choose what to filter by and which one; the table and the chart below follow. Columns"
        " the ledger leaves empty are not offered.",
    ),
    "nb_filter_by": ("筛选：", "Filter by"),
    "nb_filter_value": ("选择：", "Show"),
    "nb_filter_all": ("全部", "All"),
    "nb_filter_option": ("{label}（{n}）", "{label} ({n})"),
    "nb_filter_title": ("{choice}：各整改状态的问题数", "{choice}: problems by status"),
    "nb_filter_none": ("没有符合条件的问题。", "No problem matches."),
    "nb_filter_static": (
        "（筛选器：在 JupyterLab 中运行本笔记本，可按责任部门、责任领导、方面或整改状态筛选；"
        "这里显示全部问题。）",
        "(Filter: run this notebook in JupyterLab to filter by department, leader, aspect or"
        " status; all problems are shown here.)",
    ),
    # columns of the history query (history_table)
    "col_as_of": ("截至日期", "As of"),
    "col_findings": ("问题数", "Problems"),
    "col_completed": ("已完成", "Completed"),
    "col_overdue": ("逾期", "Overdue"),
    "nb_rollup_intro": (
        "## 多单位汇总\n每份通报或台账一行。参数 `inputs` 填写以逗号分隔的文件或文件夹；"
        "留空时汇总随附台账。",
        "## Roll-up across units\nOne row per notice or ledger. Set the parameter `inputs` to"
        " comma-separated files or folders; empty: the bundled ledger.",
    ),
    "nb_rollup_table": ("### 汇总表", "### The roll-up table"),
    "nb_rollup_disagree": (
        "### 所述完成率与所述数量不一致的单位",
        "### Units whose stated rate disagrees with their stated counts",
    ),
    "nb_rollup_rate": ("### 各单位整改完成率", "### Completion rate by unit"),
    "nb_rollup_days": ("### 从反馈到公布的天数", "### Days from feedback to publication"),
    "nb_rollup_history": (
        "### 各单位历次报送的完成率\n用 `analysis history add` 保存各期台账；历史库中没有台账时图为空。",
        "### Every unit's completion rate over its reports\n"
        "`analysis history add` keeps each ledger version; the chart is empty until it holds some.",
    ),
    # columns shown in the notebooks (localise)
    "col_unit": ("单位", "Unit"),
    "col_file": ("文件", "File"),
    "col_published": ("公布日期", "Published"),
    "col_inspection_start": ("巡察进驻", "Inspection began"),
    "col_feedback": ("反馈日期", "Feedback"),
    "col_declared_problems": ("所述问题数", "Problems stated"),
    "col_declared_completed": ("所述已完成", "Completed stated"),
    "col_declared_rate": ("所述完成率", "Rate stated"),
    "col_counted_rate": ("按所述数量计算", "Rate from stated counts"),
    "col_ledger_findings": ("台账问题数", "Problems in ledger"),
    "col_ledger_rate": ("台账完成率", "Rate in ledger"),
    "col_days_feedback_to_publication": ("反馈至公布天数", "Days feedback to publication"),
    "col_label": ("通报用语", "Notice's words"),
    "col_threshold": ("所述比例（不低于）", "Share stated (at least)"),
    "col_source_text": ("原句", "Sentence"),
}
