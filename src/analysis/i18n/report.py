"""The briefing as an office's 情况报告: its parts, its generated sentences and its 数据来源.

Each entry: key -> (Chinese, English). The style sheet in i18n/documents.py applies: a noun
after every count, full-width punctuation, no spaces around numbers in Chinese sentences.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    # dates as documents write them (ISO stays in file names and data outputs)
    "date_long": ("{y}年{m}月{d}日", "{d} {month} {y}"),
    "sentence_join": ("", " "),  # sentences of one paragraph: Chinese needs no space
    # the report's parts: a level-1 heading each; sections are grouped under them
    "part_overview": ("总体情况", "Overview"),
    "part_progress": ("本期进展", "Progress this period"),
    "part_rectification": ("整改进展", "Progress of the rectification"),
    "part_attention": ("需要关注的问题", "Issues needing attention"),
    "part_next_steps": ("下一步工作建议", "Suggested next steps"),
    "part_sources": ("数据来源", "Sources"),
    # 三、需要关注的问题
    "att_overdue": (
        "截至{date}，已过整改时限仍未完成的问题{n}个：{items}。",
        "As of {date}, {n} problems are past their deadline and not completed: {items}.",
    ),
    "att_item": (
        "第{number}个问题（{owner}，时限{deadline}，{status}）",
        "no. {number} ({owner}, due {deadline}, {status})",
    ),
    "att_item_no_owner": (
        "第{number}个问题（时限{deadline}，{status}）",
        "no. {number} (due {deadline}, {status})",
    ),
    "att_long_term": (
        "需长期坚持整改的问题{n}个：{items}。",
        "{n} problems need continuing, long-term work: {items}.",
    ),
    "att_long_item": ("第{number}个问题（{owner}）", "no. {number} ({owner})"),
    "att_long_item_no_owner": ("第{number}个问题", "no. {number}"),
    "att_moved_back": (
        "与上期相比，{n}个问题由已完成退回未完成：{items}。",
        "Since the previous report, {n} problems moved back from completed: {items}.",
    ),
    "att_no_issue": (
        "截至{date}，没有逾期未完成的问题。",
        "As of {date}, no problem is past its deadline.",
    ),
    # 四、下一步工作建议 (derived from the figures: who owns what, what falls due when)
    "next_overdue": (
        "抓紧推进逾期问题整改。逾期未完成的{n}个问题由{owners}负责，建议逐项明确完成时间。",
        "Push the overdue problems forward: the {n} overdue problems are owned by {owners}; "
        "set a completion date for each.",
    ),
    "next_owner": ("{owner}（{n}个）", "{owner} ({n})"),
    "next_owner_unknown": ("台账未写明责任部门的单位", "units the ledger does not name"),
    "next_due_soon": (
        "关注近期到期问题。{start}至{end}将有{n}个问题到期：{items}。",
        "Watch what falls due soon: between {start} and {end}, {n} problems fall due: {items}.",
    ),
    "next_due_item": (
        "第{number}个问题（{owner}，{deadline}到期）",
        "no. {number} ({owner}, due {deadline})",
    ),
    "next_due_item_no_owner": (
        "第{number}个问题（{deadline}到期）",
        "no. {number} (due {deadline})",
    ),
    "next_long_term": (
        "巩固长期整改成果。对{n}个需长期坚持的问题，建议定期报告进展。",
        "Keep up the long-term work: report regularly on the {n} long-term problems.",
    ),
    "next_numbered": ("{n}．{text}", "{n}. {text}"),
    # 数据来源 as a table: label narrow, source wide
    "src_col_what": ("项目", "Item"),
    "src_col_source": ("来源", "Source"),
    "src_as_of": ("截至日期", "As of"),
    "src_as_of_text": ("{date}（{basis}）", "{date} ({basis})"),
    "src_file": ("来源文件", "Source file"),
    "src_file_text": ("{file}（SHA-256校验值{sha}…）", "{file} (SHA-256 {sha}…)"),
    "src_ledger_file": ("台账文件", "Ledger file"),
    "src_published": ("公布日期", "Publication date"),
    "src_published_text": (
        "{date}（通报正文未写明，取自注释文件{file}）",
        "{date} (not in the notice's text; from the annotation file {file})",
    ),
    "src_notice_sentence": ("通报原文：“{text}”", "The notice: “{text}”"),
    "src_ledger_rows": ("台账{rows}", "Ledger {rows}"),
    "src_ledger_rows_column": ("台账{rows}“{column}”", "Ledger {rows}, “{column}”"),
    "src_figure_value": ("{label}：{value}", "{label}: {value}"),
    "src_status_basis": ("完成状态", "Status"),
    "src_year_inferred": ("日期年份", "Years of dates"),
    "src_not_drawn": ("未列出的图表", "Charts left out"),
    "src_warning": ("读取提示", "Reader warning"),
    "src_where_row": ("台账第{row}行", "ledger row {row}"),
    "src_where_sheet_row": ("台账“{sheet}”表第{row}行", "ledger sheet “{sheet}”, row {row}"),
    "src_where_column": ("“{column}”", ", “{column}”"),
    "src_where_text": ("{where}：{text}", "{where}: {text}"),
    "src_figures": ("图表", "Charts"),
    "src_refs_sep": ("、", ", "),
    # what a plan without statuses, or with words the reader did not recognise, supports
    "kp_plan_totals": (
        "台账共{total}个问题，{with_deadline}个写明整改时限；台账没有整改状态，完成情况无法计算。",
        "The ledger lists {total} problems, {with_deadline} with a deadline; it has no statuses, "
        "so completion cannot be computed.",
    ),
    "kp_past_deadline": (
        "截至{as_of}，{n}个问题的整改时限已过。",
        "As of {as_of}, {n} problems are past their deadline.",
    ),
    "kp_unrecognised": (
        "{n}个问题的整改状态未能识别（{words}），按“未识别”列出，未计入已完成。",
        "{n} problems have a status the reader did not recognise ({words}); "
        "listed as Unrecognised, not counted as completed.",
    ),
}
