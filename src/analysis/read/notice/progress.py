"""Each problem's status: from the declared totals when every problem is done, else from a
status sentence inside the problem's own text (已完成 / 正在推进 / 长期坚持)."""

from __future__ import annotations

import re

from analysis.read.notice.context import NoticeContext
from analysis.read.status import normalise_status

_LABEL = r"(?:整改(?:完成|落实)?情况|整改状态|完成情况|整改进度|进展情况|目前|现已|该问题|此问题|截至目前)"
_WORD = (
    r"(?:已完成整改|已整改到位|已完成|已整改|整改到位|完成整改|已销号|已办结"
    r"|正在推进|正在整改|持续推进中|推进中|整改中|基本完成|阶段性完成|长期坚持|持续整改)"
)
#: a clause that is nothing but a status (after an optional label): 整改完成情况:完成整改,长期坚持。
STATUS_CLAUSE_RE = re.compile(
    rf"(?:^|(?<=[。;:\n]))\s*(?:{_LABEL}\s*[:,]?\s*)?(?P<word>{_WORD})"
    rf"(?:[,、]\s*(?:并)?(?:{_WORD}|申请销号))*\s*(?=[。;\n]|$)"
)
_FIRST_WORD = re.compile(_WORD)


def assign_status(ctx: NoticeContext) -> None:
    """All problems completed when the totals say every one is; else each from its own text."""
    findings = ctx.rows("findings")
    first: dict[str, dict] = {}
    for row in ctx.rows("declared"):
        first.setdefault(row["figure"], row)
    completed, total = first.get("completed"), first.get("problems")
    if completed and total and completed["value"] == total["value"] == len(findings):
        for f in findings:
            f["status"] = "completed"
            f["status_basis"] = f"declared total: {completed['source_text']}"
        return
    _status_from_sentences(ctx, findings)
    if any(not f.get("status") for f in findings):
        ctx.warn("notice_warn_status_unknown")


def _status_from_sentences(ctx: NoticeContext, findings: list[dict]) -> None:
    if not findings:
        return
    ends = [f["span_start"] for f in findings[1:]] + [_items_end(ctx)]
    for f, end in zip(findings, ends, strict=True):
        if f.get("status"):
            continue  # a table's status column already said
        m = STATUS_CLAUSE_RE.search(ctx.text, f["span_start"], max(end, f["span_start"]))
        if not m:
            continue
        status = normalise_status(m.group("word"))
        if status:
            f["status"] = status
            f["status_basis"] = ctx.text[m.start() : m.end()].strip()


def _items_end(ctx: NoticeContext) -> int:
    """Where the problems' text ends: the next-steps section, or the end of the text."""
    region = ctx.outline.sections.get("next_steps")
    return region[0] if region else len(ctx.text)
