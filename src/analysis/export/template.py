"""An empty ledger in the layout the loader reads best, for offices to start from."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from analysis.export.atomic import atomic_path
from analysis.export.xlsx import DATE_FORMAT, FIXED_TIME
from analysis.i18n import t
from analysis.read.status import STATUS_WORDS

COLUMNS = [
    ("序号", 6),
    ("方面", 18),
    ("问题类别", 16),
    ("具体问题", 40),
    ("整改措施", 40),
    ("责任领导", 10),
    ("责任部门", 14),
    ("配合部门", 14),
    ("整改时限", 14),
    ("整改进展", 30),
    ("整改状态", 12),
    ("销号日期", 14),
    ("佐证材料", 20),
    ("备注", 16),
]
DATE_COLUMNS = ("整改时限", "销号日期")
TEMPLATE_ROWS = 500
STATUS_CHOICES = ["已完成", "正在整改", "长期坚持", "未启动"]

#: The instructions sheet: one (column or topic, explanation) catalogue pair per row.
INSTRUCTIONS = (
    "tmpl_head",
    "tmpl_number",
    "tmpl_problem",
    "tmpl_status",
    "tmpl_deadline",
    "tmpl_closed",
    "tmpl_overdue",
    "tmpl_measures",
    "tmpl_check",
)


def write_template(
    path: Path | str, title: str = "（单位名称）巡察反馈问题整改台账", lang: str = "zh"
) -> None:
    """Write an empty single-sheet ledger with a status dropdown and date columns; its
    instructions in lang, in plain words (the headers stay the Chinese ones the loader reads)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    fill = PatternFill("solid", fgColor="DDE3EA")
    for j, (name, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=2, column=j, value=name)
        cell.font, cell.fill = Font(bold=True), fill
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = "A3"
    status_col = get_column_letter([c for c, _ in COLUMNS].index("整改状态") + 1)
    choices = DataValidation(
        type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True
    )
    choices.error = "请从下拉列表选择：" + "、".join(STATUS_CHOICES)
    choices.errorTitle = "整改状态"
    ws.add_data_validation(choices)
    choices.add(f"{status_col}3:{status_col}{TEMPLATE_ROWS}")
    for name in DATE_COLUMNS:
        col = [c for c, _ in COLUMNS].index(name) + 1
        for row in range(3, TEMPLATE_ROWS + 1):
            ws.cell(row=row, column=col).number_format = DATE_FORMAT
    info = wb.create_sheet("填写说明")
    choices_text = "、".join(STATUS_CHOICES)
    rows = [t(f"{key}_label", lang) for key in INSTRUCTIONS]
    texts = [t(key, lang, choices=choices_text) for key in INSTRUCTIONS]
    rows.append(t("tmpl_words_label", lang))
    texts.append(status_words_text(lang))
    for i, (label, text) in enumerate(zip(rows, texts, strict=True), start=1):
        info.cell(row=i, column=1, value=label).font = Font(bold=True)
        info.cell(row=i, column=2, value=text)
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 100
    wb.properties.created = wb.properties.modified = FIXED_TIME
    with atomic_path(path) as tmp:
        wb.save(tmp)


def status_words_text(lang: str) -> str:
    """Which words the reader takes for each status, by the status's name in lang:
    已完成：已完成、已整改、…；正在整改：… (no internal codes)."""
    sep, colon = t("list_sep_strong", lang), t("colon", lang)
    return sep.join(
        f"{t(status, lang)}{colon}{'、'.join(w for w in words if not w.isascii())}"
        for status, words in STATUS_WORDS.items()
    )
