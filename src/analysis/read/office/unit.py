"""The unit a ledger's title names: the issuing body before what it does, or the unit the
inspection group's feedback is addressed to.

Titles name the unit first and then the work: `区住建局落实巡察反馈意见整改台账`,
`区教育局党组落实区委第三巡察组反馈意见整改工作台账`, `XX区妇联巡察反馈问题整改台账`. So the
unit is the text before the first word of the work (落实, 关于, 巡察, 整改, …). When the title
starts with the inspection group (`区委第一巡察组反馈区民政局问题整改清单`), the unit is what the
feedback is addressed to. A candidate ending in 落实/关于/第N, or naming only a committee or a
placeholder, is no unit: the file name then stands in (and every command says so).
"""

from __future__ import annotations

import re

#: Words that begin the work a title describes; the unit comes before the first of them.
WORK_WORDS = (
    "落实",
    "关于",
    "贯彻",
    "对照",
    "巡察",
    "巡视",
    "反馈",
    "整改",
    "问题",
    "台账",
    "清单",
)
_NUMERAL = "一二三四五六七八九十〇零百0-9"
_GROUP = re.compile(
    rf"^(?:[^反]*?(?:区|市|县|省)委)?(?:第[{_NUMERAL}]+)?(?:巡察|巡视)(?:工作)?组?反馈(?P<unit>.+?)"
    r"(?:巡察|巡视)?(?:反馈)?(?:问题|意见)"
)
_YEAR = re.compile(rf"^\s*(?:[0-9]{{4}}|[{_NUMERAL}]{{4}})\s*年度?")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]\s*$")
_NOT_A_UNIT = re.compile(
    rf"(?:落实|关于|的|对|第[{_NUMERAL}]*|(?:区|市|县|省)委(?:第[{_NUMERAL}]+)?)$"
)
_COMMITTEE_ONLY = re.compile(rf"^(?:中共)?.{{0,6}}?(?:区|市|县|省)委(?:第[{_NUMERAL}]+)?$")


def unit_from_title(title: str | None) -> str | None:
    """The unit a ledger's title names, or None when it names none (see the module's rule)."""
    if not title:
        return None
    text = re.sub(r"\s+", "", str(title).splitlines()[0] if str(title).strip() else "")
    text = _YEAR.sub("", text)
    text = _BRACKETS.sub("", text)
    group = _GROUP.match(text)
    if group and _plausible(group["unit"]):
        return group["unit"]
    cut = min((i for i in (text.find(w) for w in WORK_WORDS) if i >= 0), default=-1)
    if cut <= 0:  # no work word, or the title starts with one (巡察整改台账): no unit named
        return None
    unit = text[:cut].rstrip("的对")
    return unit if _plausible(unit) else None


def _plausible(unit: str) -> bool:
    """Whether a cut names a unit: not empty, not a placeholder, not a dangling word."""
    if not unit or unit in ("意见", "问题") or "单位名称" in unit:
        return False
    if re.fullmatch(r"[（(【\[].*[）)】\]]", unit):
        return False
    return not _NOT_A_UNIT.search(unit) and not _COMMITTEE_ONLY.match(unit)
