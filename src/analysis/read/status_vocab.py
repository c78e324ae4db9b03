"""The status vocabulary as data: whole words looked up as they are, and the stems the
classifier (status_rules.py) recognises inside sentences. Simplified characters only: a
cell is converted from traditional first. Edit here, not in the rules."""

from __future__ import annotations

#: Whole cells read as one word (after stripping spaces and stops), English included.
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "completed": (
        "已完成",
        "已整改",
        "整改完成",
        "整改到位",
        "完成整改",
        "已销号",
        "销号",
        "完成",
        "办结",
        "completed",
        "complete",
        "done",
        "closed",
    ),
    "in_progress": (
        "正在整改",
        "整改中",
        "部分整改",
        "基本完成",
        "阶段性完成",
        "推进中",
        "in progress",
        "in_progress",
        "partially completed",
    ),
    "long_term": (
        "长期坚持",
        "持续整改",
        "长期",
        "常态化",
        "long term",
        "long-term",
        "long_term",
        "ongoing",
        "ongoing long-term",
    ),
    "open": ("未完成", "not completed", "open"),
    "not_started": ("未启动", "未开始", "尚未启动", "未整改", "not started", "not_started"),
}

#: Negation written before a completion stem: 未完成, 尚未完成, 没有完成, 未能完成, 暂未完成.
NEGATIONS = ("尚未", "暂未", "还未", "仍未", "未能", "没有", "未", "没", "不")
#: What a negation may stand before and still negate completion (未完成, 未整改到位).
NEGATED_DONE = ("完成", "整改", "落实", "办结", "销号", "到位", "解决")
#: What a negation may stand before to say the work has not begun (未启动, 尚未开始).
NEGATED_START = ("启动", "开始", "开展", "实施")
#: Words saying the work is finished.
DONE = ("完成", "完毕", "到位", "办结", "销号", "已整改", "已落实", "已解决", "已纠正", "已处理")
#: Words saying only part is finished (a degree): 基本完成 and 阶段性完成 are not completed.
PARTIAL = ("部分", "基本", "阶段性", "初步", "过半", "大部分", "大半", "大部")
#: Words saying the whole is finished, even with a degree written (全部完成, 100%).
WHOLE = ("全部", "全面", "百分之百", "彻底")
#: Words putting completion in the future (预计年底完成): not finished yet.
FUTURE = ("预计", "计划", "拟于", "拟", "争取", "将于", "力争", "预期")
#: Words saying the work is under way.
PROGRESS = ("正在", "推进", "进行", "整改中", "落实中", "办理中", "实施中", "逐步", "着手", "启动")
#: Words saying the work is a long-term commitment.
LONG_TERM = ("长期", "常态", "持续", "久久为功", "长效", "坚持")
