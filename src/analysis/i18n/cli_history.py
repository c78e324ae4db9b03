"""Help of the `analysis history` commands: the kept versions of a ledger.

Each entry: key -> (Chinese, English). Keys are `cli_history_*`, read by `cli/options.command`.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "cli_history_help": (
        "保存各期台账，报告两期之间的变化",
        "keep ledger versions and report what changed between them",
    ),
    "cli_history_example": (
        "示例：\n  analysis history add 台账_2024-06.xlsx --unit 某单位\n"
        "  analysis history list\n  analysis history report --from 2024-06-01\n"
        "  analysis history remove 3",
        "examples:\n  analysis history add ledger_2024-06.xlsx --unit 某单位\n"
        "  analysis history list\n  analysis history report --from 2024-06-01\n"
        "  analysis history remove 3",
    ),
    "cli_history_command_help": (
        "要执行的操作；analysis history 操作 --help 显示其选项与示例",
        "what to do; analysis history ACTION --help shows its options and an example",
    ),
    "cli_history_metavar": ("操作", "ACTION"),
    "cli_history_add_help": (
        "保存一期台账（同一文件再次加入不会改变任何内容）",
        "keep a ledger version (adding the same file again changes nothing)",
    ),
    "cli_history_add_example": (
        "示例：\n  analysis history add 台账_2024-06.xlsx\n"
        "  analysis history add 台账.xlsx --unit 某单位 --as-of 2024-06-30",
        "examples:\n  analysis history add ledger_2024-06.xlsx\n"
        "  analysis history add ledger.xlsx --unit 某单位 --as-of 2024-06-30",
    ),
    "cli_history_list_help": (
        "列出已保存的各期台账及其数据",
        "the versions kept, with their counts",
    ),
    "cli_history_list_example": (
        "示例：\n  analysis history list\n  analysis history list --unit 某单位 --json",
        "examples:\n  analysis history list\n  analysis history list --unit 某单位 --json",
    ),
    "cli_history_report_help": (
        "按单位报告两期之间的变化（新完成、新逾期等）",
        "per unit, what changed between two versions (newly completed, newly overdue, …)",
    ),
    "cli_history_report_example": (
        "示例：\n  analysis history report\n"
        "  analysis history report --unit 某单位 --from 2024-06-01 --to 2024-12-31",
        "examples:\n  analysis history report\n"
        "  analysis history report --unit 某单位 --from 2024-06-01 --to 2024-12-31",
    ),
    "cli_history_remove_help": (
        "移除误加的一期（先询问）",
        "take out a version added by mistake (asks first)",
    ),
    "cli_history_remove_example": (
        "示例：\n  analysis history remove 3\n"
        "  analysis history remove --unit 某单位 --as-of 2024-06-30 --yes",
        "examples:\n  analysis history remove 3\n"
        "  analysis history remove --unit 某单位 --as-of 2024-06-30 --yes",
    ),
    # arguments
    "cli_arg_history_ledger": (
        "要保存的台账或通报（默认：项目自带的台账）",
        "ledger or notice to keep (default: the bundled ledger)",
    ),
    "cli_arg_history_unit_add": (
        "单位名称（默认：台账所写的单位）",
        "unit name (default: as the ledger states it)",
    ),
    "cli_arg_history_as_of_add": (
        "这一期的截止日期，YYYY-MM-DD（默认：台账所写的日期，否则今天）",
        "date of this version, YYYY-MM-DD (default: the ledger's date, else today)",
    ),
    "cli_arg_history_unit": (
        "只看这个单位（默认：全部单位）",
        "this unit only (default: all units)",
    ),
    "cli_arg_history_from": (
        "从这一天或之后的第一期开始比较，YYYY-MM-DD",
        "compare from the first version on or after this date, YYYY-MM-DD",
    ),
    "cli_arg_history_to": (
        "比较到这一天或之前的最后一期，YYYY-MM-DD",
        "compare up to the last version on or before this date, YYYY-MM-DD",
    ),
    "cli_arg_history_id": (
        "快照编号（见 analysis history list）",
        "snapshot number (see analysis history list)",
    ),
    "cli_arg_history_unit_remove": (
        "要移除的单位（与 --as-of 一起代替快照编号）",
        "unit to remove (with --as-of, instead of the snapshot number)",
    ),
    "cli_arg_history_as_of_remove": (
        "要移除的那一期的截止日期，YYYY-MM-DD",
        "date of the version to remove, YYYY-MM-DD",
    ),
    "cli_arg_history_yes": ("不询问，直接移除", "do not ask for confirmation"),
    "cli_arg_history_db": (
        "历史库文件（默认：$ANALYSIS_HISTORY_DB，否则 data/history.duckdb）",
        "history store (default: $ANALYSIS_HISTORY_DB, else data/history.duckdb)",
    ),
    "cli_arg_history_wait": (
        "历史库被占用时最多等待的秒数（默认：10）",
        "seconds to wait for a busy store (default: 10)",
    ),
}
