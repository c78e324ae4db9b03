"""Messages about inputs: what is wrong with a ledger, notice, roster or manifest.

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------- notice reader (issue 15)
TEXT.update(
    {
        "notice_warn_numbering": (
            "问题序号不连续：{values}",
            "problem numbers are not consecutive: {values}",
        ),
        "notice_warn_mentions": (
            "通报中{figure}先后写作{first:g}和{other:g}",
            "the notice states {figure} as both {first:g} and {other:g}",
        ),
        "notice_warn_unreadable": (
            "文本有{n}个无法识别的字符（U+FFFD），按空格处理",
            "the text has {n} unreadable character(s) (U+FFFD), shown as spaces",
        ),
        "notice_warn_lost_number": (
            "有一个数字丢失了：“{context}”",
            "a figure has lost its number: '{context}'",
        ),
        "notice_warn_cut_off": (
            "文本在句中结束（“…{tail}”），可能不完整",
            "the text ends mid-sentence ('…{tail}'); it may be cut off",
        ),
        "notice_warn_declared_vs_listed": (
            "通报称有{declared}个问题，但列出了{listed}个",
            "the notice declares {declared} problems but lists {listed}",
        ),
        "notice_warn_status_unknown": (
            "通报未说明哪些问题已完成整改，整改状态留空",
            "the notice does not say which problems are completed; status left blank",
        ),
        "notice_warn_date_no_year": (
            "第{at}字处的日期没有年份：{date}",
            "date without a year at {at}: {date}",
        ),
        "notice_warn_not_a_date": (
            "不是有效日期：{date}",
            "not a calendar date: {date}",
        ),
        "notice_not_a_notice": (
            "不是巡察整改情况通报：标题和开头未提及巡察/巡视整改，也没有问题或整改总数",
            "not a rectification notice: its title and opening say nothing of 巡察/巡视 整改,"
            " and it holds no problems or declared totals",
        ),
        "notice_warn_nothing_counted": (
            "这是一份整改情况通报，但读到的部分没有可计数的问题或整改总数",
            "this is a rectification notice, but the part read holds no problems or totals to count",
        ),
        "notice_warn_no_published": (
            "未找到通报的发布日期：文本中没有页面发布信息、标题下日期或落款日期，发布日期留空",
            "no publication date: the text has no page metadata, date under the title or"
            " signature date, so published is null",
        ),
        "notice_warn_no_unit": (
            "未找到发布单位：标题和首句都没有写明单位名称",
            "no issuing unit: neither the title nor the first sentence names it",
        ),
        "notice_is_a_table": (
            "这是一张表格，不是整改情况通报；台账请用 load_ledger 读取",
            "a table, not a notice; use load_ledger for ledgers",
        ),
        "notice_published_page_metadata": ("页面信息所载发布日期", "date in the page's metadata"),
        "notice_published_title_date": ("标题下所署日期", "date under the title"),
        "notice_published_signature": ("落款日期", "signature date"),
    }
)

# ---------------------------------------------------------------- ledger and roster readers (issue 11)
# Roster messages never carry a cell's value (a roster is personal data).
TEXT.update(
    {
        # files
        "file_type": (
            "不支持的文件类型“{suffix}”（台账请用 .xlsx 或 .csv，通报用 .txt/.html/.docx）",
            "unsupported file type {suffix!r} (ledgers: .xlsx or .csv; notices: .txt/.html/.docx)",
        ),
        "file_empty": ("文件是空的", "the file is empty"),
        "file_not_workbook": (
            "无法作为 Excel 工作簿读取，文件可能已损坏（{reason}）",
            "cannot read as a workbook; the file may be damaged ({reason})",
        ),
        "file_not_docx": (
            "无法作为 Word 文档读取，文件可能已损坏",
            "cannot read as a Word document; the file may be damaged",
        ),
        "file_encoding": (
            "无法识别文本编码；请另存为 UTF-8 后再试",
            "cannot tell the text encoding; save the file as UTF-8 and retry",
        ),
        "problems_found": ("共 {n} 处问题", "{n} problem(s) found"),
        # ledger layout
        "ledger_no_header": (
            "未找到台账表头（应有 {names} 等列）",
            "no ledger header row found (expected columns such as {names})",
        ),
        "ledger_missing_column": ("缺少“{label}”列", "missing column {label}"),
        "ledger_duplicate_column": (
            "“{label}”列出现两次（另一列是第 {other} 列）；请删除或改名其中一列",
            "column {label} appears twice (again as column {other}); delete or rename one",
        ),
        "ledger_columns_merged": (
            "“{label}”列出现 {n} 次，各列内容已合并读取",
            "column {label} appears {n} times; their texts were read together",
        ),
        "ledger_title_empty": ("具体问题为空", "the problem is empty"),
        "ledger_orphan_row": (
            "该行没有问题，上方也没有问题",
            "row has no problem and no problem above it",
        ),
        "ledger_row_without_problem": (
            "该行没有填写“{problem}”，却填写了 {others}",
            "row has no {problem} but fills {others}",
        ),
        "ledger_data_rows": ("{n} 行数据", "{n} data rows"),
        # sheets
        "sheet_hidden": ("（隐藏）", " (hidden)"),
        "sheet_skipped_empty": (
            "工作表“{sheet}”{hidden}没有数据，已跳过",
            "sheet {sheet}{hidden} holds no data; skipped",
        ),
        "sheet_skipped_template": (
            "工作表“{sheet}”{hidden}只有表头、没有数据（空模板），已跳过",
            "sheet {sheet}{hidden} has the ledger header but no rows (an empty template); skipped",
        ),
        "sheet_skipped_notes": (
            "工作表“{sheet}”{hidden}没有台账表头（像是填表说明），未读取",
            "sheet {sheet}{hidden} has no ledger header (it reads as instructions); not read",
        ),
        "sheet_table_without_header": (
            "工作表有 {n} 行表格数据，却没有台账表头；请补上表头（如 {names}）",
            "sheet has {n} rows of table data but no ledger header; add one (e.g. {names})",
        ),
        "sheet_hidden_read": (
            "隐藏的工作表“{sheet}”有台账数据，已一并读入",
            "hidden sheet {sheet} holds ledger rows; they were read",
        ),
        "sheet_status_mismatch": (
            "该行位于“{sheet}”工作表，但整改状态为“{word}”；以整改状态为准",
            "row is on sheet {sheet} but its status is {word!r}; the status is used",
        ),
        "sheets_renumbered": (
            "各工作表的序号有重复，问题已按读入顺序重新编号（原序号保存在 label 列，如“{example}”）",
            "numbers repeat across sheets; problems were renumbered in reading order "
            "(the number as written is kept in label, e.g. {example!r})",
        ),
        # cells
        "cell_control_chars": (
            "已删除单元格中的控制字符（多为从 Word 粘贴而来）",
            "control characters (often pasted from Word) removed from the cell",
        ),
        "cell_formula_no_value": (
            "公式单元格没有保存计算结果；请在 Excel 中打开、保存后再试",
            "formula cell without a saved result; open and save the file in Excel, then retry",
        ),
        "cells_more": ("……另有 {n} 处", "… and {n} more"),
        "cells_more_of": ("……另有 {n} 处（{what}）", "… and {n} more ({what})"),
        # 序号
        "number_not_whole": ("序号“{value}”不是整数", "number {value!r} is not a whole number"),
        "number_not_positive": (
            "序号“{value}”应为正整数",
            "number {value!r} must be a positive whole number",
        ),
        "number_too_large": (
            "序号“{value}”过大（不超过 {limit}）",
            "number {value!r} is too large (at most {limit})",
        ),
        "number_blank": (
            "序号为空（其他问题都有序号）",
            "number is empty (the other problems have numbers)",
        ),
        "number_duplicate": (
            "序号 {n} 重复（首次出现在第 {first} 行）",
            "duplicate number {n} (first at row {first})",
        ),
        # statuses
        "status_empty": ("整改状态为空", "status is empty"),
        "status_unrecognised": (
            "整改状态“{word}”未能识别，{n} 行按“未识别”保留（第 {rows} 行）；"
            "如有固定含义，可写入台账旁的 statuses.yaml",
            "status {word!r} not recognised: {n} rows kept as Unrecognised (rows {rows}); "
            "if it has a fixed meaning, add it to statuses.yaml beside the ledger",
        ),
        "date_kept_as_text": (
            "“{label}”中的“{text}”无法识别为日期，{n} 行按原文保留、不计入到期（第 {rows} 行）",
            "{label} {text!r} is not a date the reader can read: {n} rows kept as written, "
            "not counted as due (rows {rows})",
        ),
        "status_unknown": (
            "无法识别的整改状态“{word}”（可用：{known}；本单位的用语可写入 statuses.yaml）",
            "unknown status word {word!r} (known: {known}; add your office's words in statuses.yaml)",
        ),
        "status_from_completed_on": (
            "“{label}”填的是“{text}”而不是日期：按已完成、无完成日期读取（{n} 行，首见第 {row} 行）",
            "{label} holds {text!r}, not a date: read as completed without a date "
            "({n} rows, first at row {row})",
        ),
        "statuses_file_bad": (
            "状态用语文件无法读取：{reason}",
            "the status words file cannot be read: {reason}",
        ),
        "statuses_file_key": (
            "未知的状态“{status}”（应为 completed、in_progress、long_term、not_started）",
            "unknown status {status!r} (use completed, in_progress, long_term, not_started)",
        ),
        # dates
        "date_unparseable": (
            "无法识别的日期“{text}”（应如 2024-06-30、2024年6月底前、长期）",
            "unparseable date {text!r} (expected e.g. 2024-06-30, 2024年6月底前, 长期)",
        ),
        "date_bad_month": (
            "日期“{text}”中的 {month} 月不存在",
            "date {text!r}: month {month} does not exist",
        ),
        "date_bad_day": ("日期“{text}”中的日不存在", "date {text!r}: no such day"),
        "date_time_only": ("“{text}”是时刻，不是日期", "{text!r} is a time of day, not a date"),
        "date_placeholder": (
            "“{text}”是占位日期，不是真实时限；请留空或填“长期”",
            "{text!r} is a placeholder, not a real date; leave it blank or write 长期",
        ),
        "date_year_inferred": (
            "“{label}”中的“{text}”没有写年份，按 {year} 年读取（依据{basis}；{n} 行，首见第 {row} 行）",
            "{label} {text!r} gives no year: read as {year} (from {basis}; {n} rows, first at row {row})",
        ),
        "date_basis_title": ("台账标题", "the ledger's title"),
        "date_basis_dates": ("台账中的其他日期", "the ledger's other dates"),
        "date_basis_as_of": ("截至日期", "the as-of date"),
        # measures
        "measure_status_rule": (
            "一个问题分多行填写措施、各行有自己的整改状态时，问题的状态由措施推出："
            "全部措施完成才算已完成；全部为长期坚持（或已完成与长期坚持）算长期坚持；"
            "任一措施已启动即为正在整改；整改时限取各措施中最晚的时限。",
            "Where a problem's measures are on rows of their own with their own status, the "
            "problem's status is derived from them: completed only when every measure is; "
            "long-term when every open measure is long-term; in progress when any measure has "
            "started; its deadline is the latest measure deadline.",
        ),
        "measure_status_basis": ("由 {n} 项措施推出", "derived from {n} measures"),
        # ledger workbooks written by ingest
        "workbook_bad_value": (
            "值“{value}”不符合该列（{column}）的类型",
            "value {value!r} does not fit column {column}",
        ),
        "workbook_no_meta": (
            "缺少 meta 工作表的 key/value 列；该工作簿已损坏",
            "the meta sheet has no key/value columns; the workbook is damaged",
        ),
        # rosters (never the cell's value: a roster is personal data)
        "roster_no_header": (
            "未找到名册表头（应有 姓名、民族、出生年月、政治面貌、学历、代表类别、是否基层一线）",
            "no roster header row found (expected 姓名, 民族, 出生年月, 政治面貌, 学历, 代表类别, 是否基层一线)",
        ),
        "roster_empty": ("{label}为空", "{label} is empty"),
        "roster_bad_birth": (
            "出生年月无法识别（应如 1979.11 或 1979-11-05）",
            "birth date not recognised (expected e.g. 1979.11 or 1979-11-05)",
        ),
        "cli_arg_statuses": (
            "本单位自己的整改状态用语（YAML；默认读台账旁的 statuses.yaml）",
            "the office's own status words (YAML; default: statuses.yaml beside the ledger)",
        ),
        "roster_bad_yes_no": ("{label}应填“是”或“否”", "{label} must be 是 or 否"),
    }
)

# ---------------------------------------------------------------- files that cannot be read or written
TEXT.update(
    {
        "os.ENOENT": ("找不到这个文件或文件夹", "file not found: no such file or folder"),
        "os.EISDIR": ("这是文件夹，不是文件", "is a folder, not a file"),
        "os.ENOTDIR": ("路径中有一部分不是文件夹", "a part of the path is not a folder"),
        "os.EACCES": ("没有权限", "permission denied"),
        "os.EPERM": ("没有权限", "permission denied"),
        "os.EEXIST": ("已有同名文件，不能作为文件夹", "a file of that name exists, not a folder"),
        "os.EROFS": ("只读文件系统，不能写入", "read-only file system"),
        "os.ENOSPC": ("磁盘空间已满", "no space left on the device"),
        "os.ENAMETOOLONG": ("文件名太长", "file name too long"),
        "os.other": ("无法访问（{reason}）", "cannot be accessed ({reason})"),
        "text.undecodable": (
            "无法识别文本编码（不是文本文件？应为 UTF-8、GBK 或 UTF-16 文本）",
            "the text encoding cannot be recognised (not a text file? expected UTF-8, GBK or "
            "UTF-16 text)",
        ),
    }
)
