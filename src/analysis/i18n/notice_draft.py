"""Words of the draft 巡察整改进展情况的通报 and of `analysis draft-notice`.

The notice is a Chinese public document: its words (keys `nd_*`) are Chinese in both slots,
on purpose, so `--lang en` changes the command's messages but never the document. Each
entry: key -> (Chinese, English). The phrasing is the common published shape (GUIDE.md §9),
so any reader of such notices, ours included, reads the totals back.
"""

from __future__ import annotations


def _zh(text: str) -> tuple[str, str]:
    """A document word: Chinese whatever the language asked for."""
    return (text, text)


TEXT: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- the document
    "nd_title": _zh("{issuer}关于巡察整改进展情况的通报"),
    "nd_party": _zh("中共"),
    "nd_blank": _zh("【待填写：{what}】"),
    "nd_blank_unit": _zh("单位名称"),
    "nd_blank_group": _zh("巡察组名称"),
    "nd_blank_start": _zh("巡察组进驻日期"),
    "nd_blank_end": _zh("巡察结束日期"),
    "nd_blank_feedback": _zh("巡察反馈日期"),
    "nd_blank_organisation": _zh("整改工作的组织情况（召开会议、成立领导小组、制定整改方案等）"),
    "nd_blank_status": _zh("整改状态"),
    "nd_blank_next_steps": _zh("下一步工作打算"),
    "nd_blank_phone": _zh("联系电话"),
    "nd_blank_mailbox": _zh("邮政信箱"),
    "nd_blank_email": _zh("电子邮箱"),
    "nd_opening": _zh(
        "{group}于{start}至{end}对{unit}进行了巡察，并于{feedback}反馈了巡察意见。"
        "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"
    ),
    "nd_section_organisation": _zh("整改工作的组织情况"),
    "nd_section_items": _zh("巡察反馈问题的整改落实情况"),
    "nd_section_next": _zh("下一步工作打算"),
    "nd_heading1": _zh("{n}、{title}"),
    "nd_heading2": _zh("（{n}）{title}"),
    "nd_heading3": _zh("{n}.{title}"),
    "nd_problem": _zh("关于“{title}”问题的整改情况"),
    "nd_problem_named": _zh("关于“{title}”的整改情况"),
    "nd_aspect": _zh("{aspect}"),
    "nd_aspect_suffix": _zh("方面"),
    "nd_owners": _zh(
        "针对巡察反馈的问题，共制定整改措施{measures}条{owners}，逐项明确责任、时限和要求。"
    ),
    "nd_owners_measures_only": _zh("针对巡察反馈的问题，逐项明确责任、时限和要求{owners}。"),
    "nd_owners_by": _zh("，由{parts}牵头落实"),
    "nd_departments": _zh("{n}个责任部门"),
    "nd_leaders": _zh("{n}名责任领导"),
    "nd_and": _zh("、"),
    "nd_totals_scope": _zh("巡察反馈{scope}{problems}个具体问题"),
    "nd_totals_scope_sep": _zh("、"),
    "nd_totals_aspects": _zh("{n}个方面"),
    "nd_totals_categories": _zh("{n}类"),
    "nd_totals_measures": _zh("，制定整改措施{n}条"),
    "nd_totals": _zh(
        "{scope}{measures}。截至{date}，已完成{completed}个、正在整改{in_progress}个、"
        "长期坚持{long_term}个{others}，整改完成率{rate}。"
    ),
    "nd_totals_open": _zh("、尚未完成{n}个{among}"),
    "nd_totals_among_not_started": _zh("（其中尚未启动{n}个）"),
    "nd_totals_not_started": _zh("、尚未启动{n}个"),
    "nd_totals_unknown": _zh("、台账未注明整改状态{n}个"),
    "nd_since": _zh("与上期（截至{start}）相比，新完成{n}个问题{items}。"),
    "nd_since_items": _zh("（{titles}）"),
    "nd_measures": _zh("整改措施：{measures}"),
    "nd_ordinal": _zh("{n}是"),
    "nd_status_completed": _zh("整改状态：已完成整改。{when}"),
    "nd_status_completed_on": _zh("完成日期为{date}。"),
    "nd_status_in_progress": _zh("整改状态：正在整改。{deadline}"),
    "nd_status_long_term": _zh("整改状态：长期坚持。该问题需持续抓好整改落实。"),
    "nd_status_not_started": _zh("整改状态：尚未启动。{deadline}"),
    "nd_status_open": _zh("整改状态：尚未完成。{deadline}"),
    "nd_status_unknown": _zh("整改状态：{blank}。"),
    "nd_deadline": _zh("整改时限为{date}。"),
    "nd_deadline_passed": _zh("整改时限为{date}，目前已超过时限。"),
    "nd_progress": _zh("台账记载的进展：{text}"),
    "nd_next_open": _zh("继续推进尚未完成的问题整改：{items}。"),
    "nd_next_long": _zh("对需长期坚持的问题，建立长效机制，持续抓好落实：{items}。"),
    "nd_next_item": _zh("“{title}”{deadline}"),
    "nd_next_deadline": _zh("（整改时限{date}）"),
    "nd_item_sep": _zh("；"),
    "nd_supervision": _zh(
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：{phone}；邮政信箱：{mailbox}；电子邮箱：{email}。"
    ),
    "nd_date": _zh("{y}年{m}月{d}日"),
    # ---------------------------------------------------------------- the command
    "cli_draft_notice_help": (
        "按台账起草《巡察整改进展情况的通报》（Word 与 TXT；通报仅有中文）",
        "draft the rectification progress notice from a ledger (Word and TXT; "
        "the notice is Chinese only)",
    ),
    "cli_draft_notice_example": (
        "示例：\n  analysis draft-notice data/ledger.xlsx\n"
        "  analysis draft-notice 台账.xlsx --unit 某县档案局 --as-of 2024-12-31 --out 通报\n"
        "  analysis draft-notice 台账.xlsx --fill 已填写.yaml\n"
        "通报是中文公文，只有中文；--lang 只改变本命令的提示语言。\n"
        "退出码：0 没有待填写处；3 还有待填写处（文中以【待填写：…】标出，Word 中黄色突出显示）。",
        "examples:\n  analysis draft-notice data/ledger.xlsx\n"
        "  analysis draft-notice ledger.xlsx --unit 某县档案局 --as-of 2024-12-31 --out notice\n"
        "  analysis draft-notice ledger.xlsx --fill filled.yaml\n"
        "The notice is a Chinese public document and is written in Chinese only; --lang changes\n"
        "this command's messages, not the notice.\n"
        "Exit status: 0 nothing left to fill in; 3 blanks remain (marked 【待填写：…】, "
        "highlighted in Word).",
    ),
    "cli_arg_draft_ledger": (
        "台账（.xlsx/.csv）或通报；省略时用自带台账",
        "the ledger (.xlsx/.csv) or a notice; the bundled ledger when omitted",
    ),
    "cli_arg_draft_unit": (
        "发文单位（台账未写单位时必填，否则标题留待填写）",
        "the issuing unit (else the ledger's; without either the title has a blank)",
    ),
    "cli_arg_draft_out": (
        "输出文件夹（默认 outputs/）",
        "folder to write into (default outputs/)",
    ),
    "cli_arg_draft_db": (
        "历史库（有上期快照时写明新完成的问题）",
        "history store (with an earlier snapshot the draft says what was newly completed)",
    ),
    "cli_arg_draft_fill": (
        "已填写内容（YAML：待填写处名称: 内容，如 联系电话: 0510-12345678）",
        "what the office has filled in (YAML: blank name: text, e.g. 联系电话: 0510-12345678)",
    ),
    "cli_msg_draft_fill_unknown": (
        "没有名为“{name}”的待填写处；可填写：{names}",
        "no blank is named “{name}”; the blanks are: {names}",
    ),
    "cli_msg_draft_fill_bad": (
        "无法读取：应为“待填写处名称: 内容”的 YAML 映射",
        "cannot be read: expected a YAML mapping of blank name: text",
    ),
    "cli_draft_docx_name": _zh("通报草稿.docx"),
    "cli_draft_txt_name": _zh("通报草稿.txt"),
    "cli_msg_draft_written": ("已写出：{path}", "written: {path}"),
    "cli_msg_draft_as_of": (
        "截至日期：{date}（{basis}）",
        "as of {date} ({basis})",
    ),
    "cli_msg_draft_blanks": (
        "还有 {n} 处待填写：{items}",
        "{n} blanks still to fill in: {items}",
    ),
    "cli_msg_draft_no_blanks": ("没有待填写处。", "nothing left to fill in."),
    "cli_msg_draft_measures_differ": (
        "台账原通报称整改措施 {declared} 条，逐条列出的是 {listed} 条；草稿按逐条列出的计",
        "the source states {declared} measures but lists {listed}; the draft counts those listed",
    ),
}
