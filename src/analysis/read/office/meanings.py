"""What a ledger column means, from the words of its header and, as a second vote, its cells.

A Chinese header names what it holds in its last word (具体**问题**, 完成**时限**, 牵头**单位**),
and the words before it refine that (**完成**时间 is the completion date, **配合**单位 the
supporting unit). So a header is read from its end: the vocabulary below (data, not code) lists
head words, each with the modifiers that change its meaning, tried in order. A header that names
nothing is split at 、/及/和 and read again, then left for its cells to decide (mostly status
words: the status; mostly short names of people: the leader). Every decision carries its reason,
which `analysis check` prints in the office's words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.read.textnorm import normalise, to_simplified

#: Meanings the reader uses (ledger fields) and those it recognises but does not use.
FIELDS = (
    "number",
    "aspect",
    "category",
    "title",
    "measures_text",
    "leader",
    "department",
    "co_department",
    "deadline",
    "progress",
    "status",
    "completed_on",
    "evidence",
    "remarks",
)
UNUSED_MEANINGS = ("target", "contact")

#: (head word, modifiers any one of which must come before it, meaning), tried in this order.
#: A rule without modifiers takes the head alone.
VOCABULARY: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # numbering
    ("序号", (), "number"),
    ("编号", (), "number"),
    ("序", (), "number"),
    # dates: completion before deadline, since 完成时限 is a deadline and 完成时间 a date done
    ("时限", (), "deadline"),
    ("期限", (), "deadline"),
    ("时间", ("截止", "计划", "限定", "要求", "预计"), "deadline"),
    ("日期", ("截止", "计划", "限定", "要求", "预计"), "deadline"),
    ("时间", ("完成", "销号", "办结", "到位", "结束"), "completed_on"),
    ("日期", ("完成", "销号", "办结", "到位", "结束"), "completed_on"),
    ("截止", (), "deadline"),
    ("要求", ("时限", "时间", "完成"), "deadline"),
    ("节点", ("时间", "完成"), "deadline"),
    ("时间", (), "deadline"),
    ("日期", (), "deadline"),
    # status and progress
    ("状态", (), "status"),
    ("完成", ("是否",), "status"),
    ("与否", (), "status"),
    ("情况", ("完成", "销号", "办结"), "status"),
    ("进展", (), "progress"),
    ("进度", (), "progress"),
    ("情况", ("进展", "落实", "整改", "推进", "办理", "执行"), "progress"),
    ("成效", (), "progress"),
    ("结果", (), "progress"),
    # who
    ("领导", (), "leader"),
    ("责任人", (), "leader"),
    ("负责人", (), "leader"),
    ("联系人", (), "contact"),
    ("电话", (), "contact"),
    ("部门", ("配合", "协办", "协助", "参与", "协同"), "co_department"),
    ("单位", ("配合", "协办", "协助", "参与", "协同"), "co_department"),
    ("科室", ("配合", "协办", "协助", "参与", "协同"), "co_department"),
    ("配合", (), "co_department"),
    ("协办", (), "co_department"),
    ("部门", (), "department"),
    ("单位", (), "department"),
    ("科室", (), "department"),
    ("处室", (), "department"),
    ("牵头", (), "department"),
    ("主体", ("责任",), "department"),
    # what
    ("方面", (), "aspect"),
    ("类别", (), "category"),
    ("类型", (), "category"),
    ("分类", (), "category"),
    ("措施", (), "measures_text"),
    ("举措", (), "measures_text"),
    ("任务", (), "measures_text"),
    ("办法", (), "measures_text"),
    ("目标", (), "target"),
    ("标准", (), "target"),
    ("要求", (), "target"),
    ("问题", (), "title"),
    ("表现", (), "title"),
    ("内容", (), "title"),
    ("描述", (), "title"),
    ("意见", ("反馈",), "title"),
    ("清单", ("问题",), "title"),
    ("事项", (), "title"),
    ("材料", (), "evidence"),
    ("资料", (), "evidence"),
    ("佐证", (), "evidence"),
    ("依据", (), "evidence"),
    ("备注", (), "remarks"),
    ("说明", (), "remarks"),
)

#: English headers (whole words), for ledgers kept in English.
ENGLISH: dict[str, str] = {
    "no": "number",
    "#": "number",
    "number": "number",
    "id": "number",
    "aspect": "aspect",
    "category": "category",
    "finding": "title",
    "problem": "title",
    "issue": "title",
    "title": "title",
    "measures": "measures_text",
    "measure": "measures_text",
    "actions": "measures_text",
    "action": "measures_text",
    "leader": "leader",
    "owner": "leader",
    "department": "department",
    "dept": "department",
    "co-department": "co_department",
    "supporting": "co_department",
    "deadline": "deadline",
    "due": "deadline",
    "progress": "progress",
    "status": "status",
    "completed": "completed_on",
    "completion": "completed_on",
    "closed": "completed_on",
    "evidence": "evidence",
    "remarks": "remarks",
    "notes": "remarks",
    "note": "remarks",
}
_ENGLISH_ORDER = ("co-department", "supporting", "completed", "completion", "closed")
_SPLIT = re.compile(r"[/／、,，;；]|及|和|与(?!否)|或")
_NOISE = re.compile(r"\(.*?\)|\[.*?\]|（.*?）|【.*?】|[*\s:：\n_]")
_DATE_LIKE = re.compile(r"^(?:\d{2,4}\s*[-/.年]\s*\d{1,2}|\d{5}(?:\.0)?$)")
_NUMBER_LIKE = re.compile(r"^[\d.\-+eE%]+$")


@dataclass(frozen=True)
class Reading:
    """A header's meaning and why: the word it was read from, and the rule that decided."""

    meaning: str | None
    word: str = ""  # the head word (or English word) that named it
    how: str = ""  # "header", "header_part", "content", "office", "" (not understood)


def clean_header(cell: object) -> str:
    """A header cell as comparable text: simplified, lower case, no brackets or spaces."""
    text = normalise(str(cell)).lower()
    text = _NOISE.sub("", text)
    return to_simplified(text) if not text.isascii() else text


@functools.lru_cache(maxsize=4096)
def read_header(text: str) -> Reading:
    """The meaning a header's words name (from its last word), or Reading(None)."""
    text = clean_header(text)
    if not text or _NUMBER_LIKE.match(text) or _DATE_LIKE.match(text):
        return Reading(None)
    if text.isascii():
        return _english(text)
    found = _by_head(text)
    if found:
        return Reading(found[0], found[1], "header")
    for part in (p for p in _SPLIT.split(text) if p):
        found = _by_head(part)
        if found:
            return Reading(found[0], found[1], "header_part")
    return Reading(None)


def _by_head(text: str) -> tuple[str, str] | None:
    """(meaning, the words that named it: 'head' or 'modifier…head')."""
    for head, modifiers, meaning in VOCABULARY:
        if text.endswith(head):
            before = text[: -len(head)]
            if not modifiers:
                return meaning, head
            said = next((m for m in modifiers if m in before), None)
            if said:
                return meaning, f"{said}{head}" if before.endswith(said) else f"{said}…{head}"
    return None


def _english(text: str) -> Reading:
    words = re.findall(r"[a-z#\-]+", text.replace("_", " "))
    for word in _ENGLISH_ORDER:
        if word in words:
            return Reading(ENGLISH[word], word, "header")
    for word in words:
        if word in ENGLISH:
            return Reading(ENGLISH[word], word, "header")
    return Reading(None)


# ---- the cells' vote -------------------------------------------------------------------------

_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,/ ][\u4e00-\u9fff]{2,4})*$")
#: Endings of organisation names: a cell ending so names a unit, not a person.
UNIT_ENDINGS = "科室部局办委会组中心处所站队院校馆团社厅司庭村镇街道区县市支部行"
SAMPLE = 60


def content_kind(cells: list[str], is_status: Callable[[str], bool]) -> str | None:
    """What most of a column's cells are: 'status', 'person', 'unit', 'date', or None."""
    sample = [c for c in cells if c][:SAMPLE]
    if len(sample) < 1:
        return None
    half = len(sample) / 2

    def most(test: Callable[[str], bool]) -> bool:
        return sum(1 for c in sample if test(c)) > half

    if most(is_status):
        return "status"
    if most(lambda c: bool(_DATE_LIKE.match(c))):
        return "date"
    if most(_is_unit):
        return "unit"
    if most(lambda c: bool(_PERSON.match(c)) and not _is_unit(c)):
        return "person"
    return None


def _is_unit(cell: str) -> bool:
    parts = re.split(r"[、，,/ ]", cell)
    return all(p and p[-1] in UNIT_ENDINGS for p in parts) and len(cell) <= 40
