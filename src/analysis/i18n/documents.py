"""Text the Word document and the print PDF add around the briefing: captions, numbering,
the as-of line, the sources section. Each entry: key -> (Chinese, English).

Style sheet for every Chinese sentence in the catalogue (later text follows it):

- A noun after every count, with its classifier: 逾期未完成的问题2个, 整改措施5条, 代表160名
  (not 逾期未完成2个); say what is counted before the number when the sentence is a total.
- Full-width punctuation in Chinese: ，。：；（）“” and 、 between list items; a half-width
  bracket beside Chinese text (100% (1/1)) is a defect. Latin text keeps its own.
- No spaces around numbers, dates or names in Chinese sentences: 截至2024年12月17日，
  新完成1个 (not 截至 2024-12-17，新完成 1 个).
- Dates in documents as 2024年12月17日 (no leading zeros; `i18n.date_text`); ISO dates only
  in file names, folders and data outputs (JSON, CSV, the workbook's cells).
- The source's own terms: 具体问题, 整改任务, 整改举措, 具体做法 as the notice words them;
  a ledger's 责任部门 as its header names it. Owners are units or positions, never people.
- No internal codes in a document's body (file names, hashes, annotations.yaml, reader
  locations): they belong to 数据来源, in words (台账第3行“完成时限”).
- A derived statement says what it rests on; no (今天) or other words that date overnight.
"""

from __future__ import annotations

from collections.abc import Callable

TEXT: dict[str, tuple[str, str]] = {
    "doc_as_of": ("（截至{date}）", "(as of {date})"),
    "doc_heading1": ("{n}、{title}", "{n}. {title}"),
    "doc_heading2": ("（{n}）{title}", "({n}) {title}"),
    "doc_figure": ("图{n}　{title}", "Figure {n}. {title}"),
    "doc_table": ("表{n}　{title}", "Table {n}. {title}"),
    "doc_figure_ref": ("图{n}", "Figure {n}"),
    "doc_table_ref": ("表{n}", "Table {n}"),
    "doc_sources": ("数据来源", "Sources"),
    "doc_sources_key": ("关键数据出处", "Where the key figures come from"),
    "doc_sources_items": ("图表出处", "Where the figures and tables come from"),
    "doc_sources_not_drawn": ("未绘制的图表", "Charts not drawn"),
    "doc_ledger_line": (
        "台账文件：{file}（SHA-256 {sha}…），截至{date}。",
        "Ledger file: {file} (SHA-256 {sha}…), as of {date}.",
    ),
    "doc_table_source": ("来源：{file}，截至{date}", "Source: {file}; as of {date}"),
    "doc_item_source": ("{ref}：{source}", "{ref}: {source}"),
    "doc_image_missing": (
        "（图片未生成：本机没有可用的 Chromium 浏览器）",
        "(image not drawn: no Chromium browser on this machine)",
    ),
    "doc_page": ("— {n} —", "— {n} —"),
    "doc_html_lang": ("zh-CN", "en"),
    "doc_template_missing": ("找不到 Word 模板：{path}", "Word template not found: {path}"),
    "doc_template_invalid": (
        "不是可用的 Word（.docx）模板（{reason}）",
        "not a usable Word (.docx) template ({reason})",
    ),
    # analysis rollup's text table (columns the notebooks share are in notebooks.py)
    "col_kind": ("类型", "Kind"),
    "col_ledger_completed": ("台账已完成", "Completed in ledger"),
    "col_reconciliation_agrees": ("通报与台账相符", "Notice and ledger agree"),
    "col_warnings": ("读取提示", "Reader warnings"),
    "col_error": ("未能汇总的原因", "Why not rolled up"),
    "rollup_sheet_name": ("汇总", "Roll-up"),
    "col_stated_rate_agrees": ("所述完成率与数量相符", "Stated rate agrees"),
    "rollup_unreadable": ("未能汇总：{reason}", "Not rolled up: {reason}"),
    "rollup.nothing_found": (
        "文件夹中没有可汇总的通报或台账（{suffixes}）",
        "no notice or ledger to roll up in this folder ({suffixes})",
    ),
    # a batch's index.html and progress bar (rendering/batch.py)
    "batch_index_title": ("巡察整改简报", "Rectification briefings"),
    "batch_index_total": ("清单共{n}行", "{n} rows in the manifest"),
    "batch_index_n_ok": ("新生成{n}份", "{n} rendered"),
    "batch_index_n_skipped": ("未变化沿用{n}份", "{n} unchanged, kept"),
    "batch_index_n_failed": ("失败{n}份", "{n} failed"),
    "batch_index_run": (
        "本批生成于{y}年{m}月{d}日 {hm}",
        "This batch ran on {y}-{m:02d}-{d:02d} at {hm}",
    ),
    "batch_index_earlier": ("此前各批：", "Earlier batches:"),
    "batch_index_ledger": ("台账文件", "Ledger file"),
    "batch_index_unit": ("单位", "Unit"),
    "batch_index_as_of": ("截至日期", "As of"),
    "batch_index_status": ("状态", "Status"),
    "batch_index_result": ("简报或失败原因", "Briefing, or why it failed"),
    "batch_index_ok": ("已生成", "rendered"),
    "batch_index_skipped": ("未变化，沿用上次结果", "unchanged, kept"),
    "batch_index_failed": ("失败", "FAILED"),
    "batch_index_folder": ("{folder}：", "{folder}: "),
    "batch_index_unknown": ("—", "—"),
    "batch_link_html": ("网页", "HTML"),
    "batch_link_docx": ("文档", "Word"),
    "batch_link_pdf": ("打印版", "PDF"),
    "batch_link_pptx": ("幻灯片", "PowerPoint"),
    "batch_link_xlsx": ("数据表", "Excel"),
    "batch_more_problems": ("（另有{n}处问题）", " (+{n} more)"),
    "batch_progress": ("简报", "briefings"),
    # the empty ledger's instructions sheet (export/template.py): a label and a text per row
    "tmpl_head_label": ("填写说明", "How to fill in"),
    "tmpl_head": ("", ""),
    "tmpl_number_label": ("序号", "序号 (number)"),
    "tmpl_number": (
        "每个具体问题一行，序号为整数，不可重复。",
        "One row per problem; whole numbers, none repeated.",
    ),
    "tmpl_problem_label": ("具体问题", "具体问题 (problem)"),
    "tmpl_problem": ("必填。", "Required."),
    "tmpl_status_label": ("整改状态", "整改状态 (status)"),
    "tmpl_status": (
        "必填，从下拉列表选择：{choices}。",
        "Required, chosen from the list: {choices}.",
    ),
    "tmpl_deadline_label": ("整改时限", "整改时限 (deadline)"),
    "tmpl_deadline": (
        "日期（如 2024-06-30）或文字（如 2024年6月底前、长期）。",
        "A date (2024-06-30) or words such as 2024年6月底前 or 长期 (long term).",
    ),
    "tmpl_closed_label": ("销号日期", "销号日期 (closed on)"),
    "tmpl_closed": ("完成（销号）的日期。", "The date the item was completed and closed."),
    "tmpl_overdue_label": ("逾期", "Overdue"),
    "tmpl_overdue": (
        "不要手填：按整改时限和整改状态自动计算。",
        "Never typed: worked out from the deadline and the status.",
    ),
    "tmpl_measures_label": ("多条措施", "Several measures"),
    "tmpl_measures": (
        "一个问题有多条整改措施时，在它下方新增行，只填“整改措施”一列。",
        "A problem with several measures: add rows under it with only 整改措施 filled in.",
    ),
    "tmpl_check_label": ("检查", "Check"),
    "tmpl_check": (
        "填好后运行 analysis check 文件名.xlsx，逐条列出需要修改的地方。",
        "When filled in, run analysis check FILE.xlsx: it lists everything to correct.",
    ),
    "tmpl_words_label": ("可识别的状态词", "Status words read"),
    # progress bars (rendering/progress.py): tqdm's bar_format fields in braces
    "progress_cells": ("执行单元格", "Running cells"),
    "progress_cells_unit": ("个", "cells"),
    "progress_briefings": ("生成简报", "Rendering"),
    "progress_briefings_unit": ("份简报", "briefings"),
    "progress_bar_format": (
        "{desc}：{n_fmt}/{total_fmt} {unit} |{bar}| 已用 {elapsed}，约剩 {remaining}",
        "{desc}: {n_fmt}/{total_fmt} {unit} |{bar}| {elapsed} elapsed, about {remaining} left",
    ),
}

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1–99, as section numbers are written)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


#: How each language numbers level-1 and level-2 headings.
NUMERALS: dict[str, Callable[[int], str]] = {"zh": chinese_numeral, "en": str}


def numeral(n: int, lang: str) -> str:
    """A heading number as the language writes it (一 / 1)."""
    return NUMERALS[lang](n)
