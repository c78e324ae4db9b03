"""Dated events the notice tells of: inspection, feedback, meetings, other activities."""

from __future__ import annotations

import datetime as dt
import re

from analysis.read.notice.context import NoticeContext

_INSPECTED = re.compile(r"(?:进行了|开展了|开展)[^,。]{0,12}(?:巡察|巡视)")
_FED_BACK = re.compile(r"^反馈|反馈了|进行了?反馈|向[^,。]{1,30}?反馈")
DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")


def read_events(ctx: NoticeContext) -> None:
    """One event per date written 年月日; a year left out is the last one written before it."""
    text = ctx.text
    skip = [(r["span_start"], r["span_end"]) for r in ctx.rows("events")]  # publication line
    matches = [
        m
        for m in DATE_RE.finditer(text)
        if 1 <= int(m.group(2)) <= 12 and not any(a <= m.start() < b for a, b in skip)
    ]
    years = [int(m.group(1)) for m in matches if m.group(1)]
    year = None
    for i, m in enumerate(matches):
        if m.group(1):
            year = int(m.group(1))
        elif year is None and years:
            year = years[0]  # a date before any year: the notice's first year
        if year is None:
            ctx.warn("notice_warn_date_no_year", at=m.start(), date=m.group(0))
            continue
        month, day = int(m.group(2)), int(m.group(3)) if m.group(3) else None
        is_range_start = text.startswith("至", m.end()) and i + 1 < len(matches)
        is_range_end = m.start() > 0 and text[m.start() - 1] == "至"
        desc_from = matches[i + 1].end() if is_range_start else m.end()
        sentence = ctx.sents.span_at(m.start())
        clause = _clause_after(text, desc_from, sentence.end)
        words = text[sentence.start : sentence.end]
        kind = event_kind(words, is_range_start, is_range_end, clause)
        try:
            date = dt.date(year, month, day or 1).isoformat()
        except ValueError:
            ctx.warn("notice_warn_not_a_date", date=m.group(0))
            continue
        row = {
            "date": date,
            "precision": "day" if day else "month",
            "year_inferred": not m.group(1),
            "kind": kind,
            "description": clause,
        }
        ctx.add("events", {**row, **ctx.provenance(m.start())})


def event_kind(sentence: str, range_start: bool, range_end: bool, clause: str = "") -> str:
    """What a dated sentence (and the clause right after the date) tells of, from its words."""
    if not range_start and _FED_BACK.search(clause) and ("巡察" in sentence or "巡视" in sentence):
        return "feedback"  # 对…开展了巡察,并于2023年3月3日反馈了巡察意见
    if _INSPECTED.search(sentence):
        return (
            "inspection_start" if range_start else "inspection_end" if range_end else "inspection"
        )
    if "反馈" in sentence and ("巡察组" in sentence or "巡视组" in sentence) and "向" in sentence:
        return "feedback"
    if "民主生活会" in sentence:
        return "democratic_life_meeting"
    if "召开" in sentence and "会议" in sentence:
        return "meeting"
    return "activity"


def _clause_after(text: str, start: int, limit: int) -> str:
    """The clause after a date: up to the next comma, or the next one if that is too short."""
    clauses = re.split(r"[,,;]", text[start:limit])
    desc = clauses[0].strip()
    for extra in clauses[1:]:
        if len(desc) >= 6:
            break
        desc = (
            (desc + "," + extra.strip()).strip(",")
            if desc not in ("", "下午", "上午")
            else extra.strip()
        )
    return desc.strip("。 ")
