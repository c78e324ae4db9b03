"""The history store's messages, report words and the 本期进展 section's text.

Each entry: key -> (Chinese, English); str.format fields in braces. Keys start with
`history_` so they cannot clash with the other parts of the catalogue.
"""

from __future__ import annotations

#: Each kind of change between two ledger versions, and the catalogue key of its word.
CHANGE_WORDS = {
    "newly_completed": "history_newly_completed",
    "newly_overdue": "history_newly_overdue",
    "moved_back": "history_moved_back",
    "added": "history_added_items",
    "removed": "history_removed_items",
}

TEXT: dict[str, tuple[str, str]] = {
    # store problems
    "history_no_store": (
        "尚无历史库 {db}（先运行 analysis history add 加入台账）",
        "no history store at {db} yet (add a ledger first: analysis history add)",
    ),
    "history_busy": (
        "历史库 {db} 正被另一进程使用，等待 {seconds} 秒后仍未释放；请稍后再试",
        "the history store {db} is busy: another process kept it for {seconds} s; try again later",
    ),
    "history_newer_schema": (
        "历史库 {db} 由更新版本的程序写入（结构版本 {found}，本程序只认识 {known}），拒绝打开；请升级 analysis",
        "the history store {db} was written by a newer version (schema {found}; this program knows "
        "{known}); refusing to open it: upgrade analysis",
    ),
    "history_cannot_open": (
        "无法打开历史库 {db}：{reason}",
        "cannot open the history store {db}: {reason}",
    ),
    "history_same_date": (
        "{file}：单位“{unit}”已有截至 {as_of} 的快照（文件 {other}）；请先移除它，或用 --as-of 指定日期",
        "{file}: unit {unit} already has a snapshot as of {as_of} (file {other}); remove it first or "
        "give --as-of",
    ),
    # add / list / remove
    "history_added": (
        "已加入：{unit} 截至 {as_of}（{basis}），{findings} 个问题，快照 #{id}",
        "added: {unit} as of {as_of} ({basis}), {findings} findings, snapshot #{id}",
    ),
    "history_unchanged": (
        "未改动：{unit} 已保存过这个文件（截至 {as_of}，快照 #{id}）",
        "nothing changed: {unit} already keeps this file (as of {as_of}, snapshot #{id})",
    ),
    "history_as_of_not_used": (
        "--as-of {given} 未采用：同一文件只保存一次，已有快照 #{id} 截至 {as_of}；"
        "如要改日期，先 analysis history remove {id}",
        "--as-of {given} not used: a file is kept once, as snapshot #{id} as of {as_of}; to "
        "change its date, analysis history remove {id} first",
    ),
    "history_basis_ledger": ("日期取自台账", "date stated by the ledger"),
    "history_basis_option": ("日期由 --as-of 指定", "date given by --as-of"),
    "history_basis_today": ("台账未写日期，按今天", "the ledger states no date: today"),
    "history_empty": ("历史库中没有快照", "the history store holds no snapshots"),
    "history_no_unit": (
        "历史库中没有单位“{unit}”的快照（analysis history list 列出已有的单位）",
        "the history store holds no snapshot of {unit} (analysis history list shows the units)",
    ),
    "history_confirm": (
        "将移除 {unit} 截至 {as_of} 的快照 #{id}（文件 {file}，{findings} 个问题）。确认？[y/N] ",
        "Remove snapshot #{id} of {unit} as of {as_of} (file {file}, {findings} findings)? [y/N] ",
    ),
    "history_removed": ("已移除快照 #{id}", "removed snapshot #{id}"),
    "history_not_removed": ("未移除任何快照", "nothing removed"),
    "history_no_such_snapshot": ("没有这样的快照", "no such snapshot"),
    "history_remove_which": (
        "请给出快照编号，或同时给出 --unit 和 --as-of",
        "give a snapshot id, or both --unit and --as-of",
    ),
    # matching warnings
    "history_text_changed": (
        "{unit}：序号 {before} 的问题内容变化较大，按移除一项、新增一项处理",
        "{unit}: the text under 序号 {before} changed beyond small edits; counted as removed "
        "plus added",
    ),
    "history_renumbered": (
        "{unit}：原序号 {before} 与现序号 {after} 内容相同或相近，按同一问题处理（序号已变）",
        "{unit}: former 序号 {before} matches 序号 {after} by its text (renumbered)",
    ),
    # columns and change words
    "history_col_id": ("快照", "Snapshot"),
    "history_col_unit": ("单位", "Unit"),
    "history_col_as_of": ("截至", "As of"),
    "history_col_findings": ("问题数", "Findings"),
    "history_col_completed": ("已完成", "Completed"),
    "history_col_open": ("未完成", "Open"),
    "history_col_overdue": ("逾期", "Overdue"),
    "history_col_rate": ("完成率", "Completion rate"),
    "history_col_file": ("文件", "File"),
    "history_col_added_at": ("加入时间（UTC）", "Added (UTC)"),
    "history_col_change": ("变化", "Change"),
    "history_col_number": ("序号", "No."),
    "history_col_title": ("问题", "Problem"),
    "history_col_before": ("上期状态", "Before"),
    "history_col_after": ("本期状态", "Now"),
    "history_newly_completed": ("新完成", "Newly completed"),
    "history_newly_overdue": ("新逾期", "Newly overdue"),
    "history_moved_back": ("退回未完成", "Moved back"),
    "history_added_items": ("新增", "Added"),
    "history_removed_items": ("移除", "Removed"),
    "history_report_items": (
        "{change} {n} 个：序号 {numbers}",
        "{change}: {n} (序号 {numbers})",
    ),
    "history_report_none": ("{change} 0 个", "{change}: 0"),
    "history_report_head": ("{unit}：{start} → {end}", "{unit}: {start} → {end}"),
    "history_report_single": (
        "{unit}：只有截至 {end} 的一个快照，无从比较",
        "{unit}: one snapshot only (as of {end}), nothing to compare",
    ),
    "history_report_rates": (
        "完成率 {rate_b} → {rate_a}；逾期 {late_b} → {late_a}",
        "completion rate {rate_b} → {rate_a}; overdue {late_b} → {late_a}",
    ),
    # the briefing's 本期进展 section
    "history_section": ("本期进展", "Progress since the last report"),
    "history_summary": (
        "与截至{start}的上期台账相比：新完成{newly_completed}个，新逾期{newly_overdue}个，"
        "退回未完成{moved_back}个，新增{added}个，移除{removed}个；{rates}。",
        "Against the previous ledger (as of {start}): {newly_completed} newly completed, "
        "{newly_overdue} newly overdue, {moved_back} moved back, {added} added, {removed} removed; "
        "{rates}.",
    ),
    "history_rate_change": (
        "完成率由{rate_b}变为{rate_a}",
        "the completion rate went from {rate_b} to {rate_a}",
    ),
    "history_rate_same": ("完成率保持{rate_a}", "the completion rate stayed at {rate_a}"),
    "history_no_changes": ("本期没有状态变化的问题。", "No item changed status this period."),
    "history_changes_caption": ("本期变化的问题", "Items that changed this period"),
    "history_trend_title": (
        "已完成 {completed} 个、逾期 {overdue} 个（{periods} 期）",
        "{completed} completed, {overdue} overdue ({periods} reports)",
    ),
    "history_units_trend_title": (
        "各单位整改完成率变化（{units} 个单位）",
        "Completion rate over time ({units} units)",
    ),
    "history_units_trend_note": (
        "来源：历史库中各单位的各期台账；悬停可见已完成数 / 逾期数",
        "Source: the kept ledger versions of each unit; hover for completed / overdue",
    ),
    "history_trend_axis": ("问题数", "findings"),
    "history_trend_note": (
        "来源：历史库 {db} 中 {unit} 的 {periods} 期台账；逾期按各期截至日计",
        "Source: {periods} ledger versions of {unit} in {db}; overdue as of each version's date",
    ),
}
