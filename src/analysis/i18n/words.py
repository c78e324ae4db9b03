"""Domain words users see (statuses, figures, indicators, sectors, events), zh and en."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    # statuses
    "completed": ("已完成", "Completed"),
    "in_progress": ("正在整改", "In progress"),
    "long_term": ("长期坚持", "Long-term"),
    "open": ("未完成", "Open"),
    "not_started": ("未启动", "Not started"),
    "unrecognised": ("未识别", "Unrecognised"),
    "unknown": ("未说明", "Not stated"),
    "overdue": ("逾期", "Overdue"),
    # declared figures
    "aspects": ("方面", "Aspects"),
    "categories": ("问题类别", "Problem categories"),
    "problems": ("具体问题", "Specific problems"),
    "tasks": ("整改任务", "Rectification tasks"),
    "measures": ("整改举措", "Measures"),
    "not_completed": ("未完成", "Not completed"),
    "completion_rate": ("整改完成率", "Completion rate"),
    # due and age buckets
    "within_30_days": ("30天内到期", "Due within 30 days"),
    "within_90_days": ("90天内到期", "Due within 90 days"),
    "later": ("90天以后到期", "Due later"),
    "no_deadline": ("无时限", "No deadline"),
    # delegate indicators
    "outstanding_women": ("各行各业优秀代表", "Outstanding women of all trades"),
    "grassroots": ("基层一线", "Grassroots front line"),
    "non_cpc": ("非中共人士", "Non-CPC"),
    "age_45_or_under": ("45周岁及以下", "Aged 45 or under"),
    "junior_college_plus": ("大专及以上", "Junior college or above"),
    "ethnic_minority": ("少数民族", "Ethnic minorities"),
    # sectors
    "law_firm": ("律师事务所", "Law firms"),
    "accounting_firm": ("会计事务所", "Accounting firms"),
    "industry": ("行业", "Industries"),
    "park": ("园区", "Parks"),
    "market": ("市场", "Markets"),
    "enterprise": ("企业", "Enterprises"),
    "other": ("其他", "Other"),
    # levels
    "national": ("国家级", "National"),
    "provincial": ("省级", "Provincial"),
    "municipal": ("市级", "Municipal"),
    "district": ("区级", "District"),
    # event kinds
    "inspection_start": ("巡察进驻", "Inspection begins"),
    "inspection_end": ("巡察结束", "Inspection ends"),
    "inspection": ("巡察", "Inspection"),
    "feedback": ("反馈意见", "Feedback handed over"),
    "meeting": ("专题会议", "Meeting"),
    "democratic_life_meeting": ("专题民主生活会", "Democratic-life meeting"),
    "publication": ("公布整改情况", "Notice published"),
    "activity": ("工作事项", "Activity"),
    # general
    "declared": ("通报所述", "Declared in notice"),
    "ledger": ("台账统计", "Counted in ledger"),
    "agrees": ("一致", "Agrees"),
    "disagrees": ("不一致", "Disagrees"),
    "findings": ("问题", "Findings"),
    "total": ("合计", "Total"),
    "colon": ("：", ": "),  # after a label: full-width in Chinese
    "list_sep_strong": ("；", "; "),  # between items that hold commas themselves
    "count": ("数量", "Count"),
    "share": ("比例", "Share"),
    "threshold": ("下限", "Lower bound"),
    "inferred": ("推断", "inferred"),
    "new_organisations": ("新建妇联组织", "New federations"),
    "pilots": ("试点", "Pilots"),
    "awards": ("荣誉", "Awards"),
    "unit": ("单位", "Unit"),
    "as_of": ("截至", "As of"),
    "limits.other": ("其他{n}项", "{n} others"),
    "limits.more": (
        "及其他{n}项；完整清单见工作簿 {workbook} 的“{sheet}”工作表。",
        "and {n} more; the full list is in the workbook {workbook}, sheet “{sheet}”.",
    ),
    "limits.overdue_sheet": ("逾期问题清单", "Overdue list"),
    "limits.mean_note": (
        "；“其他”为其余问题的平均措施数",
        "; “others” shows the mean for the rest",
    ),
}
