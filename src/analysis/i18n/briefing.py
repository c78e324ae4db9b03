"""The briefing's headings, sentences, chart titles, table headers and notes.

Each entry: key -> (Chinese, English); str.format fields in braces. Figures are worded
as their source words them: a notice "提出20条整改举措" is not the same figure as the
具体做法 its results list, and a notice reports delegate shares reached, not quotas.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    # title, header, sections
    "briefing_title": ("{unit}巡察整改情况报告", "{unit}: inspection rectification briefing"),
    "briefing_title_no_unit": ("巡察整改情况报告", "Inspection rectification briefing"),
    "html_title": ("{title}（截至{as_of}）", "{title} (as of {as_of})"),
    "html_lang": ("zh-CN", "en"),
    "header_unit": ("单位", "Unit"),
    "unit_from_file_name": (
        "{unit}（台账未写单位，取自文件名）",
        "{unit} (the ledger names no unit: its file name)",
    ),
    "header_as_of": ("截至", "As of"),
    "header_ledger_file": ("台账文件", "Ledger file"),
    "as_of_with_basis": ("{date}（{basis}）", "{date} ({basis})"),
    "as_of_given": ("生成时指定的日期", "date given"),
    "as_of_published": ("通报公布日期", "the notice's publication date"),
    "as_of_latest_event": ("通报所载最后日期", "the latest date in the notice"),
    "as_of_stated": ("台账所写日期", "the date the ledger states"),
    "as_of_today": ("生成当日", "today"),
    "section_key_figures": ("总体情况", "Overview"),
    "section_completion": ("整改完成情况", "Completion"),
    "section_overdue": ("需要关注的问题", "Issues needing attention"),
    "section_delegates": ("妇代会代表结构", "Delegate composition"),
    "section_organisations": ("组织建设", "Organisation building"),
    "section_timeline": ("整改时间线", "Timeline"),
    "section_data_notes": ("数据来源", "Sources"),
    # key figures
    "kp_notice_totals": (
        "通报称{problems}个具体问题中已完成整改{completed}个，整改完成率{rate}。",
        "The notice states {completed} of {problems} specific problems completed ({rate}).",
    ),
    "kp_ledger_totals": (
        "台账共列出问题{total}个，已完成整改{completed}个，整改完成率{rate}。",
        "The ledger lists {total} problems; {completed} completed ({rate}).",
    ),
    "kp_declared": ("通报所述：{items}。", "The notice states: {items}."),
    "kp_declared_aspects": ("{n}个方面", "{n} aspects"),
    "kp_declared_categories": ("{n}类问题", "{n} categories of problem"),
    "kp_declared_problems": ("{n}个具体问题", "{n} specific problems"),
    "kp_declared_tasks": ("{n}项整改任务", "{n} rectification tasks"),
    "kp_status_from_total": (
        "通报未逐项说明完成情况，各问题的完成状态依据上述总数确定，不能据此另作核对。",
        "The notice does not report completion item by item: each problem's status is taken "
        "from the totals above, so the two cannot be checked against each other.",
    ),
    "kp_notice_totals_all": (
        "通报称{problems}个具体问题已全部完成整改，整改完成率{rate}。",
        "The notice states all {problems} specific problems completed ({rate}).",
    ),
    "kp_agree": (
        "通报所述总数与台账逐项统计一致。",
        "The declared totals agree with the ledger's own count.",
    ),
    "kp_disagree": (
        "通报所述与台账逐项统计不一致：{names}。",
        "The declared totals and the ledger's own count differ on: {names}.",
    ),
    "kp_overdue": (
        "截至{as_of}，逾期未完成的问题{n}个。",
        "As of {as_of}, {n} problems are overdue.",
    ),
    "kp_notice_measures": (
        "通报称提出{n}条整改举措。",
        "The notice states that {n} rectification measures were drawn up.",
    ),
    "kp_steps": (
        "整改结果中分条列举具体做法{n}项。",
        "The results list {n} specific steps.",
    ),
    "kp_steps_missing": (
        "整改结果中分条列举具体做法{n}项；第{items}个问题未分条列举具体做法。",
        "The results list {n} specific steps; problem {items} lists none.",
    ),
    "kp_ledger_measures": (
        "台账列出整改措施{n}条。",
        "The ledger lists {n} rectification measures.",
    ),
    "kp_delegates": (
        "{congress}代表{total}名，通报称：{shares}。",
        "{congress}: {total} delegates; the notice states: {shares}.",
    ),
    "kp_organisations": (
        "通报两处列出新成立的妇联组织，合并去掉重复后共{n}个。",
        "The notice names newly set-up federations in two lists: {n} once duplicates are removed.",
    ),
    "kp_organisations_one_list": (
        "通报列出新成立的妇联组织{n}个。",
        "The notice names {n} newly set-up federations.",
    ),
    "delegate_share": ("{quote}", "{label} {phrase}"),
    "share_at_least": ("不低于{pct}", "at least {pct}"),
    "share_present": ("有一定数量", "some (number not stated)"),
    # chart titles and labels
    "chart_overview_notice_all": (
        "通报称{n}个具体问题全部完成整改，完成率{rate}",
        "The notice states all {n} problems completed ({rate})",
    ),
    "chart_overview_notice_some": (
        "通报称{n}个具体问题已完成{done}个，完成率{rate}",
        "The notice states {done} of {n} problems completed ({rate})",
    ),
    "chart_overview_all": (
        "{n}个问题全部完成整改，完成率{rate}",
        "All {n} problems completed ({rate})",
    ),
    "chart_overview_some": (
        "{n}个问题已完成{done}个，完成率{rate}",
        "{done} of {n} problems completed ({rate})",
    ),
    "chart_overview_agree": ("；通报与台账一致", "; notice and ledger agree"),
    "chart_overview_disagree": ("；通报与台账不一致", "; notice and ledger disagree"),
    "note_status_from_total": (
        "各问题状态依据通报所述总数确定",
        "each problem's status rests on the notice's totals",
    ),
    "chart_status": (
        "整改状态：已完成{done}个，未完成{open}个",
        "Status: {done} completed, {open} not completed",
    ),
    "chart_by_group": (
        "按{group}：{worst}完成率最低（{rate}）",
        "By {group}: lowest completion in {worst} ({rate})",
    ),
    "chart_by_group_tied": (
        "按{group}：{n}个{group}完成率同为最低（{rate}）",
        "By {group}: {n} share the lowest completion ({rate})",
    ),
    "chart_by_group_all": (
        "按{group}：各{group}均已全部完成",
        "By {group}: every {group} has completed all",
    ),
    "group_aspect": ("方面", "aspect"),
    "group_category": ("问题类别", "category"),
    "group_department": ("责任部门", "department"),
    "group_leader": ("责任领导", "leader"),
    "chart_due": ("截至{as_of}，逾期未完成的问题{n}个", "As of {as_of}: {n} problems overdue"),
    "chart_overdue": (
        "逾期问题{n}个，最长逾期{days}天",
        "{n} overdue, the longest by {days} days",
    ),
    "days_overdue": ("逾期天数", "Days overdue"),
    "chart_burndown": (
        "未完成问题由{start}个降至{end}个",
        "Open problems fell from {start} to {end}",
    ),
    "open_findings": ("未完成问题数", "Open problems"),
    "chart_delegates": (
        "代表结构：通报所述{n}项比例（共{total}名代表）",
        "Delegate structure: {n} shares stated in the notice ({total} delegates)",
    ),
    "chart_delegates_roster": (
        "代表结构：名册中{n}项比例有{met}项达到通报所述水平",
        "Delegate structure: the roster reaches {met} of the {n} shares the notice states",
    ),
    "stated_share": ("通报所述比例（不低于）", "Share stated (at least)"),
    "actual_share": ("名册实际比例", "Share in roster"),
    "small_group": ("<{n}人", "<{n}"),
    "chart_orgs": (
        "{year}新成立妇联组织{n}个，{top}最多（{top_n}个）",
        "{n} federations set up{year}; most among {top} ({top_n})",
    ),
    "year_suffix": ("{year}年", " in {year}"),
    "note_sector_inferred": (
        "所属领域按组织名称判断（推断）",
        "sectors are judged from the organisations' names (inferred)",
    ),
    "chart_pilots_awards": (
        "争取试点{pilots}个；获评荣誉：{awards}",
        "{pilots} pilots won; awards: {awards}",
    ),
    "chart_pilots_only": ("争取试点{pilots}个", "{pilots} pilots won"),
    "chart_awards_only": ("获评荣誉：{awards}", "Awards: {awards}"),
    "awards_people": ("个人{n}名", "{n} individuals"),
    "awards_groups": ("集体{n}个", "{n} collectives"),
    "pilots_at_level": ("{level}试点", "{level} pilots"),
    "legend_pilots": ("试点", "Pilots"),
    "legend_awards": ("荣誉", "Honours"),
    "chart_day": ("{y}年{m}月{d}日", "{d} {mon} {y}"),
    "rate_of": ("{rate}（{done}/{n}）", "{rate} ({done}/{n})"),
    "burndown_one_date": (
        "台账只有一个销号日期，不足以画出未完成问题的变化曲线",
        "the ledger has only one completion date, too few to draw the open problems over time",
    ),
    "note_pilot_inferred": (
        "未写数量的试点按1个计（推断）",
        "a pilot named without a number is counted as 1 (inferred)",
    ),
    "chart_steps": (
        "整改结果中分条列举具体做法{n}项（{items}个问题，每个{each}项）",
        "{n} specific steps listed in the results ({items} problems, {each} each)",
    ),
    "chart_ledger_measures": (
        "台账列出整改措施{n}条（{items}个问题，每个{each}条）",
        "The ledger lists {n} measures ({items} problems, {each} each)",
    ),
    "note_steps_missing": (
        "第{items}个问题的整改结果未分条列举具体做法，不计数",
        "item(s) {items} give results without listed steps (not counted)",
    ),
    "not_listed": ("未分条列举", "none listed"),
    "problem_number": ("问题序号", "Problem no."),
    "steps": ("具体做法（项）", "Specific steps"),
    "measures_count": ("整改措施（条）", "Measures"),
    "chart_timeline": (
        "从{start}到{end}历时{days}天",
        "{days} days from {start} to {end}",
    ),
    "span_inspection_start": ("巡察进驻", "the start of the inspection"),
    "span_inspection_end": ("巡察结束", "the end of the inspection"),
    "span_inspection": ("巡察", "the inspection"),
    "span_feedback": ("反馈意见", "the feedback"),
    "span_meeting": ("专题会议", "the first meeting"),
    "span_democratic_life_meeting": ("专题民主生活会", "the democratic-life meeting"),
    "span_publication": ("公布整改情况", "the notice's publication"),
    "days_from_start": ("距开始天数", "Days from start"),
    "date_tick": ("%Y年%-m月", "%b %Y"),
    "source_note": (
        "来源：{unit}{what}{published}；截至{as_of}",
        "Source: {unit}{what}{published}; as of {as_of}",
    ),
    "source_unit": ("{unit}", "{unit} "),
    "source_notice": ("巡察整改情况通报", "rectification notice"),
    "source_ledger": ("整改台账", "rectification ledger"),
    "source_published": ("（{date}公布）", " (published {date})"),
    "note_join": ("；{a}", "; {a}"),
    # table headers and captions
    "col_number": ("序号", "No."),
    "col_title": ("具体问题", "Problem"),
    "col_department": ("责任部门", "Department"),
    "col_leader": ("责任领导", "Leader"),
    "col_deadline": ("整改时限", "Deadline"),
    "col_status": ("整改状态", "Status"),
    "col_days_overdue": ("逾期天数", "Days overdue"),
    "col_is_overdue": ("是否逾期", "Overdue"),
    "col_aspect": ("方面", "Aspect"),
    "col_category": ("问题类别", "Category"),
    "col_figure": ("数据", "Figure"),
    "col_value": ("数值", "Value"),
    "col_source": ("出处", "Source"),
    "col_indicator": ("指标", "Indicator"),
    "col_count": ("人数", "Count"),
    "col_share": ("比例", "Share"),
    "col_stated": ("通报所述", "Stated"),
    "col_matches": ("是否符合", "Matches"),
    "col_sector": ("领域", "Sector"),
    "col_item": ("项目", "Item"),
    "col_date": ("日期", "Date"),
    "col_event": ("事件", "Event"),
    "col_finding": ("问题", "Problem"),
    "col_bucket": ("到期情况", "When due"),
    "col_status_basis": ("状态依据", "Status basis"),
    "col_measures": ("整改措施", "Measures"),
    "col_completed_on": ("销号日期", "Completed on"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "caption_overdue": ("逾期问题", "Overdue problems"),
    "caption_roster": ("代表名册统计", "Delegate roster"),
    "caption_sources": ("数据来源", "Sources"),
    "nothing_overdue": (
        "截至报告日期，没有逾期未完成的问题。",
        "Nothing is overdue as of this date.",
    ),
    "present": ("一定数量", "some"),
    "rows_span": ("第{span}行", "rows {span}"),
    "source_ledger_measures": ("整改措施", "Measures"),
    "rows_some": ("第{span}等行（共{n}行）", "rows {span} … ({n} in all)"),
    # data notes
    "note_source_file": (
        "来源文件：{file}（SHA-256校验值{sha}）。",
        "Source file: {file} (SHA-256 {sha}).",
    ),
    "note_ledger_file": (
        "台账文件：{file}（SHA-256校验值{sha}）。",
        "Ledger file: {file} (SHA-256 {sha}).",
    ),
    "note_as_of": ("数据截至{date}（{basis}）。", "Figures as of {date} ({basis})."),
    "note_published": (
        "公布日期{date}不在通报正文中，取自注释文件{file}。",
        "The publication date {date} is not in the notice text; it comes from {file}.",
    ),
    "note_status_basis": (
        "{n}个问题的完成状态依据通报所述总数（已完成{done}个/共{total}个）确定，"
        "通报未逐项说明完成日期。",
        "The status of {n} problems rests on the declared totals ({done} of {total} "
        "completed); the notice gives no per-item completion dates.",
    ),
    "note_year_inferred": (
        "{n}个日期未写年份，按通报年份推断。",
        "{n} dates give no year; the notice's year is used (inferred).",
    ),
    "note_missing_per_problem": (
        "{what}未逐项写明各问题的{items}",
        "the {what} does not give each problem's {items}",
    ),
    "note_missing": ("{what}未记录{items}", "the {what} records no {items}"),
    "note_missing_sep": ("；", "; "),
    "note_missing_end": (
        "{parts}，相关图表和章节未列出。",
        "{parts}, so the charts and sections that need them are left out.",
    ),
    "what_notice": ("通报", "notice"),
    "what_ledger": ("台账", "ledger"),
    "missing_findings": ("问题记录", "problems"),
    "missing_aspect": ("方面", "aspects"),
    "missing_category": ("问题类别", "categories"),
    "missing_department": ("责任部门", "departments"),
    "missing_leader": ("责任领导", "leaders"),
    "missing_deadline": (
        "整改时限（无法判断逾期）",
        "deadlines (so nothing can be called overdue)",
    ),
    "missing_status": (
        "整改状态（无法计算完成情况）",
        "statuses (so completion cannot be computed)",
    ),
    "missing_completed_on": ("销号日期", "completion dates"),
    "missing_delegates": ("代表结构", "delegate structure"),
    "missing_organisations": ("新建组织、试点与荣誉", "new organisations, pilots or awards"),
    "missing_measures": ("整改措施", "measures"),
    "missing_events": ("巡察进驻、反馈等事件日期", "dated events (inspection, feedback, …)"),
    "list_sep": ("、", ", "),
    "note_reader_warning": ("读取提示：{text}", "Reader warning: {text}"),
    "note_inferred_annotation": (
        "图表中注明“推断”的数值由我们推算，通报未直接说明。",
        "Values marked inferred are ours; the notice does not state them.",
    ),
    # summary text
    "st_title": (
        "{unit}巡察整改关键数据（截至{as_of}，{basis}）",
        "{unit}: key rectification figures (as of {as_of}, {basis})",
    ),
    "st_findings": ("问题整改", "Problems"),
    "st_basis": ("（{how}）", " ({how})"),
    "st_declared": ("通报所述总数", "Declared totals"),
    "st_reconciliation": ("核对：通报与台账", "Reconciliation: declared vs ledger"),
    "st_not_independent": (
        "（各问题状态依据通报所述总数确定，不与台账逐项核对；下列只核对通报所述各数之间是否相符）",
        "(each problem's status rests on the declared totals, so the ledger is not checked; "
        "below: whether the notice's own figures agree with each other)",
    ),
    "st_measures": ("整改措施", "Measures"),
    "st_delegates": (
        "代表结构（{congress}，共{total}名）",
        "Delegate structure ({congress}, {total} delegates)",
    ),
    "st_orgs": ("新成立妇联组织（去掉重复）", "New federations (duplicates removed)"),
    "st_not_stated": ("未说明：{items}", "Not stated: {items}"),
    "basis_ledger": ("台账逐项统计", "counted in ledger"),
    "basis_declared counts": ("按通报所述数量计算", "from the declared counts"),
    # workbook
    "sheet_findings": ("问题清单", "Findings"),
    "sheet_completion_overview": ("完成情况", "Completion"),
    "sheet_status_breakdown": ("整改状态", "Status"),
    "sheet_completion_by_aspect": ("按方面", "By aspect"),
    "sheet_completion_by_category": ("按问题类别", "By category"),
    "sheet_completion_by_department": ("按责任部门", "By department"),
    "sheet_completion_by_leader": ("按责任领导", "By leader"),
    "sheet_due_buckets": ("到期情况", "When due"),
    "sheet_overdue": ("逾期问题", "Overdue"),
    "sheet_burndown": ("整改进度", "Burn-down"),
    "sheet_delegate_quotas": ("代表结构", "Delegate structure"),
    "sheet_organisations_by_sector": ("新建组织", "New federations"),
    "sheet_pilots_awards": ("试点与荣誉", "Pilots and awards"),
    "sheet_measures_per_finding": ("整改措施", "Measures"),
    "sheet_timeline": ("时间线", "Timeline"),
    "sheet_progress_trend": ("本期进展", "Progress"),
    # deck
    "deck_subtitle": ("截至{as_of}（{basis}）", "As of {as_of} ({basis})"),
    # roll-up
    "rollup_stated_rate": ("通报所述完成率", "Stated rate"),
    "rollup_counted_rate": ("按所述数量计算", "From stated counts"),
    "rollup_note": (
        "来源：{n}份通报/台账；“—”表示未说明",
        "Source: {n} notices/ledgers; — means not stated",
    ),
    "rollup_title": ("各单位整改完成率", "Completion rate by unit"),
    "rollup_days_title": ("从反馈到公布整改情况的天数", "Days from feedback to publication"),
    "rollup_days_note": (
        "{n}个单位缺少反馈或公布日期，未列入",
        "{n} units lack a feedback or publication date and are not shown",
    ),
    "rollup_days_all": (
        "来源：各单位通报所写的反馈与公布日期",
        "Source: the feedback and publication dates each notice gives",
    ),
    "rollup_days_axis": ("天数", "Days"),
    "rollup_unit": ("单位", "Unit"),
}
