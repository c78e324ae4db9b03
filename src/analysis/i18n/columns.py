"""What the reader understood of a ledger's columns and unit, and how to correct it.

Each entry: key -> (Chinese, English).
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    # meanings, as `analysis check` names them
    "meaning_number": ("序号", "number"),
    "meaning_aspect": ("方面", "aspect"),
    "meaning_category": ("问题类别", "category"),
    "meaning_title": ("具体问题", "problem"),
    "meaning_measures_text": ("整改措施", "measures"),
    "meaning_leader": ("责任领导", "responsible leader"),
    "meaning_department": ("责任部门", "responsible department"),
    "meaning_co_department": ("配合部门", "supporting department"),
    "meaning_deadline": ("整改时限", "deadline"),
    "meaning_progress": ("整改进展", "progress"),
    "meaning_status": ("整改状态", "status"),
    "meaning_completed_on": ("完成日期", "completion date"),
    "meaning_evidence": ("佐证材料", "evidence"),
    "meaning_remarks": ("备注", "remarks"),
    "meaning_target": ("整改目标", "target"),
    "meaning_contact": ("联系方式", "contact"),
    "kind_status": ("整改状态用语", "status words"),
    "kind_person": ("人名", "names of people"),
    "kind_unit": ("单位或部门名", "names of units"),
    "kind_date": ("日期", "dates"),
    # why
    "column_how_header": ("表头含“{word}”", "the header says “{word}”"),
    "column_how_header_part": ("表头的一部分含“{word}”", "part of the header says “{word}”"),
    "column_how_content": (
        "按内容：多为{kind}",
        "from its cells: mostly {kind}",
    ),
    "column_how_office": (
        "按本单位的更正",
        "as the office corrected it",
    ),
    "column_how_same_meaning": (
        "与{other}列同为“{meaning}”，已用{other}列",
        "means “{meaning}” like column {other}, which is used",
    ),
    "column_how_unknown": ("表头未能识别", "header not understood"),
    "column_how_unknown_kind": (
        "表头未能识别，内容多为{kind}；请写明其含义",
        "header not understood, its cells mostly {kind}; say what it means",
    ),
    "column_how_not_read": ("简报不用“{meaning}”", "the briefing does not use “{meaning}”"),
    "column_how_no_header": ("没有表头，但有内容", "no header, but it holds data"),
    "check_columns": ("列的含义（工作表“{sheet}”）：", "columns (sheet “{sheet}”):"),
    "check_columns_csv": ("列的含义：", "columns:"),
    "check_column_used": (
        "  {column}列“{typed}” → {meaning}（{why}）",
        "  {column} {typed} → {meaning} ({why})",
    ),
    "check_column_unused": (
        "  {column}列“{typed}” → 未使用（{why}）",
        "  {column} {typed} → not used ({why})",
    ),
    "check_columns_fix": (
        "  更正：在台账旁的 statuses.yaml 里写“columns: {表头: 含义}”，或用 --column 表头=含义（含义写“不用”则不读该列）",
        "  to correct: write columns: {header: meaning} in statuses.yaml beside the ledger, or pass --column header=meaning (meaning 不用 leaves a column out)",
    ),
    # the reader's notes and errors
    "columns_unused": (
        "有 {n} 列未使用：{columns}；如需使用，请在台账旁的 statuses.yaml 的“columns:”下写明其含义",
        "{n} column(s) not used: {columns}; to use one, name its meaning under columns: in statuses.yaml beside the ledger",
    ),
    "columns_meaning_unknown": (
        "无法识别的列含义“{value}”；可写：{choices}",
        "column meaning “{value}” not understood; write one of: {choices}",
    ),
    "ledger_missing_column_unread": (
        "缺少“{label}”列；未识别的列：{unread}。若其中一列就是“{label}”，请在台账旁的 statuses.yaml 的 columns 下写明（如 表头: {label}），或用 --column 表头={label}",
        "missing column {label}; columns not understood: {unread}. If one of them is {label}, say so under columns: in statuses.yaml beside the ledger (header: {label}), or pass --column header={label}",
    ),
    "ledger_no_rows": (
        "台账没有一个问题（工作表“{sheet}”只有表头，像是未填写的模板）；请先填写问题再分析",
        "the ledger holds no problem (sheet “{sheet}” has only its header, like an untouched template); fill in the problems first",
    ),
    "number_labels_kept": (
        "序号按原样保留（如“{example}”），按出现顺序计数",
        "序号 kept as written (e.g. “{example}”), counted in order",
    ),
    # the unit
    "cli_arg_unit": (
        "单位名（默认取自台账标题；标题未写明时取文件名并警告）",
        "the unit's name (default: from the ledger's title; else the file name, with a warning)",
    ),
    "cli_arg_column": (
        "更正某列的含义：表头=含义（如 巡察反馈问题=具体问题，工作目标=不用）；可多次使用",
        "correct what a column means: header=meaning (e.g. 巡察反馈问题=具体问题, 工作目标=不用); repeatable",
    ),
    "cli_unit_from_file_name": (
        "单位名取自文件名“{unit}”（台账标题未写明单位）；请用 --unit 指定单位名",
        "the unit's name “{unit}” is the file's name (the ledger's title names no unit); give it with --unit",
    ),
    "history_unit_required": (
        "台账标题未写明单位，单位名只能取自文件名“{unit}”；为免把不同单位的台账记作同一单位，请用 --unit 指定单位名",
        "the ledger's title names no unit, so its name could only be the file's (“{unit}”); give it with --unit so different units are not kept as one",
    ),
    "render_folder_taken": (
        "输出文件夹 {folder} 已存放另一份台账（{other}）的简报；本份台账写入 {used}",
        "output folder {folder} holds the briefing of another ledger ({other}); this ledger's goes to {used}",
    ),
}
