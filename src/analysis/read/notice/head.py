"""The notice's issuing unit and publication date, as its title, page or signature gives them."""

from __future__ import annotations

import datetime as dt
import re

from analysis.i18n import t
from analysis.read.notice.context import NoticeContext
from analysis.read.notice.unitname import (
    COMMITTEE,
    is_fragment,
    longest_mention,
    with_committee,
    with_place,
)
from analysis.read.textnorm import cn_to_int

# ---------------------------------------------------------------- unit

_TITLE_RE = re.compile(
    r"^[ \t•·\-*>]*(?:(?:标\s*题|文件名称)\s*:\s*)?"
    r"(?P<unit>[^\n,。:;“”\"《》()]{2,48}?)\s*关于(?P<rest>[^\n。]{0,60}?(?:\n[^\n。]{0,40}?)?)"
    r"(?:巡察|巡视|整改)",
    re.M,
)
_INSPECTED_RE = re.compile(
    r"对([^,。;\n对]{2,30}?)(?:进行了|开展了|开展|进行)(?:为期[^,。]{1,8})?[^,。]{0,8}(?:巡察|巡视)"
)
_FED_BACK_RE = re.compile(r"向([^,。;\n]{2,30}?)(?:全面|分别)?反馈")
#: a sentence opening with the body itself: X党委高度重视…, X党组坚持…
_BODY_OPENS_RE = re.compile(
    rf"(?:^|(?<=[。\n]))\s*([^,。;:\n]{{2,30}}?(?:{COMMITTEE}))"
    r"(?:高度重视|始终|坚持|认真|切实|迅速|立即|严格|把|将|以)"
)
#: the signature: a line with only a body's name, near the end
_SIGNATURE_RE = re.compile(
    rf"^[ \t]*((?:中共|共青团)?[\u4e00-\u9fff()]{{2,40}}?(?:{COMMITTEE}|局|委|办公室|中心|妇联|总工会|联合会))[ \t]*$",
    re.M,
)
_NOT_A_UNIT = re.compile(r"[、\d]|等|^我|^被|^各")
HEAD_LINES = 12


def find_unit(text: str) -> str | None:
    """The issuing body: the title's words before 关于, else the body the first sentences name
    (the inspected unit, the one the feedback went to, X党委高度重视), else the signature;
    a street or township with its committee, a cut name from its full mention."""
    unit = _unit_as_named(text)
    if unit is None:
        return None
    unit = with_committee(text, unit)
    if is_fragment(unit):
        unit = longest_mention(text.replace("\n", ""), unit) or unit
    return unit


def _unit_as_named(text: str) -> str | None:
    head = "\n".join(text.lstrip().splitlines()[:HEAD_LINES])
    for m in _TITLE_RE.finditer(head):
        unit = _site_prefix_removed(m.group("unit").strip())
        if len(unit) >= 2 and not _NOT_A_UNIT.search(unit) and not unit.startswith("根据"):
            return unit
    inspected = _first_unit(_INSPECTED_RE, text)
    fed_back = _first_unit(_FED_BACK_RE, text)
    if inspected and fed_back and fed_back.startswith(inspected):
        return fed_back  # 对湖北省进行了巡视 … 向湖北省委反馈: the body is the 省委
    found = inspected or fed_back or _first_unit(_BODY_OPENS_RE, text)
    if found:
        return found
    tail = text[max(0, len(text) - 300) :]
    signed = [
        m.group(1) for m in _SIGNATURE_RE.finditer(tail) if not _NOT_A_UNIT.search(m.group(1))
    ]
    return signed[-1] if signed else None


_PREFIX_RE = re.compile(r"^(?:【[^】]{0,8}】|\[[^\]]{0,8}\])\s*")
_BODY_START_RE = re.compile(r"中共|共青团")


def _site_prefix_removed(unit: str) -> str:
    """Drop a page's tag or column name before the title: 【通报】…, 党务公开中共…"""
    unit = _PREFIX_RE.sub("", unit)
    m = _BODY_START_RE.search(unit)
    return unit[m.start() :] if m and m.start() > 0 else unit


def _first_unit(pattern: re.Pattern, text: str) -> str | None:
    m = pattern.search(text, 0, 1500)
    if not m:
        return None
    unit = m.group(1).strip()
    return None if _NOT_A_UNIT.search(unit) else unit


_SHORT_NAME_RE = re.compile(r"\s*[(](?:以下)?简称[^()]*[)]\s*$")


def read_unit(ctx: NoticeContext) -> None:
    """Set meta['unit'] when the text names the unit; otherwise say so."""
    unit = find_unit(ctx.text)
    unit = _SHORT_NAME_RE.sub("", unit) if unit else unit
    if unit:
        ctx.out.meta["unit"] = unit
        full = with_place(ctx.text, unit)
        if full and full != unit:
            ctx.out.meta["unit_full"] = full  # the place from elsewhere in the text
    else:
        ctx.warn("notice_warn_no_unit")


# ---------------------------------------------------------------- publication date

_YMD = (
    r"(?P<y>\d{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?:日)?"
    r"|(?P<cy>[〇零一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,2})月"
    r"(?P<cd>[一二三四五六七八九十]{1,3})日"
)
_STRONG_LABEL = (
    r"发[布表稿文](?:时间|日期)|成文(?:日期|时间)|印发日期|公开(?:日期|时间)|信息时间"
    r"|录入时间|上传时间"
)
_WEAK_LABEL = r"日\s*期|时\s*间"
META_RE = re.compile(
    rf"(?:(?:{_STRONG_LABEL})|(?:^|(?<=[\s|•·\-【]))(?:{_WEAK_LABEL}))\s*[:|]?\s*(?:{_YMD})", re.M
)
_DATE_LINE_RE = re.compile(rf"^[\s(]*(?:{_YMD})[)\s]*$", re.M)
#: a title line that ends with the date: 中共…关于巡察…的通报 2026-02-13
_TITLE_DATE_RE = re.compile(rf"(?:通报|情况|公告|报告)[ \t]+(?:{_YMD})[ \t]*$", re.M)
_STAMP_LINE_RE = re.compile(rf"^[\s•·\-*]*(?:{_YMD})\s+\d{{1,2}}:\d{{2}}", re.M)
#: a page's source line with its date: 来源:市司法局 2024-05-06 10:20, 2024-05-06 来源:…
_SOURCE_LINE_RE = re.compile(rf"^[^\n]{{0,40}}来\s*源\s*[:|][^\n]{{0,40}}?(?:{_YMD})", re.M)
_DATE_THEN_SOURCE_RE = re.compile(rf"^[\s•·\-*]*(?:{_YMD})[^\n。]{{0,20}}来\s*源", re.M)
#: where a date was found → the source ingest --json reports: metadata, title or signature
SOURCE_OF_ORIGIN = {
    "page_metadata": "metadata",
    "title_date": "title",
    "signature": "signature",
    "annotation": "annotation",
}


def _date_of(m: re.Match) -> str | None:
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y = int("".join(str(cn_to_int(c)) for c in m.group("cy")))
        mo, d = cn_to_int(m.group("cm")) or 0, cn_to_int(m.group("cd")) or 0
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _head_end(text: str) -> int:
    """Where the body starts: the first long line (a sentence, not a title) near the top."""
    pos = 0
    for line in text.splitlines(keepends=True)[:HEAD_LINES]:
        if len(line.strip()) > 60 or "。" in line:
            return pos
        pos += len(line)
    return pos


def find_published(text: str) -> tuple[str, str, re.Match] | None:
    """(date, where it came from, match): page metadata, a date under the title, or the signature."""
    head = _head_end(text)
    for origin, pattern, region in (
        ("page_metadata", META_RE, (0, min(len(text), 1500))),
        ("page_metadata", _STAMP_LINE_RE, (0, min(len(text), 300))),
        ("page_metadata", _SOURCE_LINE_RE, (0, min(len(text), 1500))),
        ("page_metadata", _DATE_THEN_SOURCE_RE, (0, min(len(text), 1500))),
        ("page_metadata", META_RE, (max(0, len(text) - 800), len(text))),  # below the body
        ("title_date", _DATE_LINE_RE, (0, head)),
        ("title_date", _TITLE_DATE_RE, (0, head)),
        ("signature", _DATE_LINE_RE, (max(head, len(text) - 200), len(text))),
    ):
        for m in pattern.finditer(text, *region):
            date = _date_of(m)
            if date:
                return date, origin, m
    return None


def read_published(ctx: NoticeContext) -> None:
    """meta['published'] and a publication event citing the line that gives the date."""
    found = find_published(ctx.text)
    if not found:
        return
    date, origin, m = found
    ctx.out.meta["published"] = date
    ctx.out.meta["published_from"] = origin
    ctx.out.meta["published_source"] = SOURCE_OF_ORIGIN[origin]
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    line_end = ctx.text.find("\n", m.end())
    line_end = len(ctx.text) if line_end < 0 else line_end
    row = {
        "date": date,
        "precision": "day",
        "year_inferred": False,
        "kind": "publication",
        "description": t(f"notice_published_{origin}", ctx.lang),
    }
    ctx.add("events", {**row, **ctx.span(line_start, line_end)})
