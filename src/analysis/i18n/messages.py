"""Messages about inputs: what is wrong with a ledger, notice, roster or manifest.

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------- notice reader (issue 15)
TEXT.update(
    {
        "notice_warn_numbering": (
            "问题序号不连续:{values}",
            "problem numbers are not consecutive: {values}",
        ),
        "notice_warn_mentions": (
            "通报中{figure}先后写作{first:g}和{other:g}",
            "the notice states {figure} as both {first:g} and {other:g}",
        ),
        "notice_warn_unreadable": (
            "文本有{n}个无法识别的字符(U+FFFD),按空格处理",
            "the text has {n} unreadable character(s) (U+FFFD), shown as spaces",
        ),
        "notice_warn_lost_number": (
            "有一个数字丢失了:“{context}”",
            "a figure has lost its number: '{context}'",
        ),
        "notice_warn_cut_off": (
            "文本在句中结束(“…{tail}”),可能不完整",
            "the text ends mid-sentence ('…{tail}'); it may be cut off",
        ),
        "notice_warn_declared_vs_listed": (
            "通报称有{declared}个问题,但列出了{listed}个",
            "the notice declares {declared} problems but lists {listed}",
        ),
        "notice_warn_status_unknown": (
            "通报未说明哪些问题已完成整改,整改状态留空",
            "the notice does not say which problems are completed; status left blank",
        ),
        "notice_warn_date_no_year": (
            "第{at}字处的日期没有年份:{date}",
            "date without a year at {at}: {date}",
        ),
        "notice_warn_not_a_date": (
            "不是有效日期:{date}",
            "not a calendar date: {date}",
        ),
        "notice_not_a_notice": (
            "不是巡察整改情况通报:标题和开头未提及巡察/巡视整改,也没有问题或整改总数",
            "not a rectification notice: its title and opening say nothing of 巡察/巡视 整改,"
            " and it holds no problems or declared totals",
        ),
        "notice_warn_nothing_counted": (
            "这是一份整改情况通报,但读到的部分没有可计数的问题或整改总数",
            "this is a rectification notice, but the part read holds no problems or totals to count",
        ),
        "notice_warn_no_published": (
            "未找到通报的发布日期:文本中没有页面发布信息、标题下日期或落款日期,published 为空",
            "no publication date: the text has no page metadata, date under the title or"
            " signature date, so published is null",
        ),
        "notice_warn_no_unit": (
            "未找到发布单位:标题和首句都没有写明单位名称",
            "no issuing unit: neither the title nor the first sentence names it",
        ),
        "notice_is_a_table": (
            "这是一张表格,不是整改情况通报;台账请用 load_ledger 读取",
            "a table, not a notice; use load_ledger for ledgers",
        ),
        "notice_published_page_metadata": ("页面信息所载发布日期", "date in the page's metadata"),
        "notice_published_title_date": ("标题下所署日期", "date under the title"),
        "notice_published_signature": ("落款日期", "signature date"),
    }
)
