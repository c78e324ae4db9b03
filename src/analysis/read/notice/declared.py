"""Declared totals (problems, tasks, completed, rate …) and side tallies, from table-driven patterns."""

from __future__ import annotations

import re

from analysis.read.notice.context import NoticeContext
from analysis.read.textnorm import NUMBER, cn_to_int

_N = rf"({NUMBER})"
DECLARED_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("aspects", re.compile(rf"{_N}个方面")),
    ("problems", re.compile(rf"{_N}个具体问题")),
    ("problems", re.compile(rf"反馈问题{_N}[个项]")),
    ("problems", re.compile(rf"(?:梳理|查找|指出|反馈)(?:出)?问题{_N}[个项]")),
    ("problems", re.compile(rf"(?:反馈|指出|梳理)的{_N}个问题")),
    ("problems", re.compile(rf"(?:^|(?<=[,;:。]))\s*{_N}个问题(?!需|长期|持续)")),
    ("tasks", re.compile(rf"{_N}项整改任务")),
    ("tasks", re.compile(rf"整改任务{_N}[项个条]")),
    ("measures", re.compile(rf"{_N}[条项]整改(?:举措|措施)")),
    ("measures", re.compile(rf"整改(?:举措|措施){_N}[条项]")),
    ("completed", re.compile(rf"已完成(?:整改)?{_N}[个项]")),
    ("completed", re.compile(rf"{_N}[个项](?:问题|任务)?(?:已)?全部(?:完成整改|整改完成|完成)")),
    ("in_progress", re.compile(rf"(?:正在整改|整改中|基本完成|阶段性完成|部分整改){_N}[个项]")),
    ("long_term", re.compile(rf"{_N}[个项](?:问题|任务)?(?:需)?(?:长期坚持|持续整改)")),
    ("not_completed", re.compile(rf"未完成(?:整改)?{_N}[个项]")),
    ("completion_rate", re.compile(r"完成率(?:为|达|达到)?\s*(\d+(?:\.\d+)?)\s*%")),
]
_CATEGORY_RE = re.compile(rf"方面(?:的)?\s*{_N}([项类个])问题")


def read_declared(ctx: NoticeContext) -> None:
    """Every declared total, each mention a row citing its sentence."""
    text, sents = ctx.text, ctx.sents
    hits: list[tuple[int, str, float, str]] = []
    for figure, pattern in DECLARED_PATTERNS:
        for m in pattern.finditer(text):
            value = _value(m.group(1), figure)
            if value is not None and _about_rectification(ctx, m.start()):
                hits.append((m.start(), figure, value, m.group(0)))
    for m in _CATEGORY_RE.finditer(text):
        sentence = sents.span_at(m.start())
        if not _about_rectification(ctx, m.start()):
            continue
        rest = text[m.end() : sentence.end]
        is_category = m.group(2) == "类" or "具体问题" in rest
        value = _value(m.group(1), "categories")
        if value is not None:
            figure = "categories" if is_category else "problems"
            hits.append((m.start(1), figure, value, m.group(0)))
    mentions: dict[str, int] = {}
    for at, figure, value, phrase in sorted(hits):
        mentions[figure] = mentions.get(figure, 0) + 1
        row = {"figure": figure, "value": value, "phrase": phrase, "mention": mentions[figure]}
        ctx.add("declared", {**row, **ctx.provenance(at)})
    _check_mentions_agree(ctx)


def _about_rectification(ctx: NoticeContext, pos: int) -> bool:
    """Totals count only in sentences about the inspection's problems, not e.g. '5个方面开展合作'."""
    span = ctx.sents.span_at(pos)
    sentence = ctx.text[span.start : span.end]
    return any(w in sentence for w in ("问题", "整改", "巡察", "反馈", "完成"))


def _value(raw: str, figure: str) -> float | None:
    if figure == "completion_rate":
        return round(float(raw) / 100, 6)
    n = cn_to_int(raw)
    return None if n is None else float(n)


def _check_mentions_agree(ctx: NoticeContext) -> None:
    seen: dict[str, float] = {}
    for row in ctx.rows("declared"):
        first = seen.setdefault(row["figure"], row["value"])
        if row["value"] != first:
            ctx.warn("notice_warn_mentions", figure=row["figure"], first=first, other=row["value"])


# ---------------------------------------------------------------- side tallies

TALLY_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("criticism_education", re.compile(rf"批评教育{_N}(人次|人)")),
    ("reminder_talk", re.compile(rf"(?:提醒谈话|谈话提醒|约谈){_N}(人次|人)")),
    ("admonishment", re.compile(rf"诫勉谈话{_N}(人次|人)")),
    ("disciplinary_sanction", re.compile(rf"(?:党纪|政务|纪律)?处分{_N}(人)")),
    ("accountability", re.compile(rf"问责{_N}(人)")),
    (
        "rules",
        re.compile(
            rf"(?:建立|完善|制定|修订|出台|健全)(?:完善|修订|健全)?(?:各类|相关)?制度(?:机制)?{_N}(项|个|条|份)"
        ),
    ),
    (
        "money",
        re.compile(
            r"(?:追缴|收回|挽回|退还|清退|追回)(?:资金|经费|款项|违规资金)?(\d+(?:\.\d+)?)(万元|亿元|元)"
        ),
    ),
]


def read_tallies(ctx: NoticeContext) -> None:
    """Side tallies: people disciplined or reminded, rules made, money recovered."""
    for kind, pattern in TALLY_PATTERNS:
        for m in pattern.finditer(ctx.text):
            raw = m.group(1)
            value = float(raw) if kind == "money" else cn_to_int(raw)
            if value is None:
                continue
            row = {"kind": kind, "value": float(value), "unit": m.group(2), "phrase": m.group(0)}
            ctx.add("tallies", {**row, **ctx.provenance(m.start())})


# ---------------------------------------------------------------- damage and status

MISSING_NUMBER_RE = re.compile(
    r"(?:已完成(?:整改)?|正在整改|阶段性完成|基本完成|未完成|反馈问题|整改任务)(?=[个项][,;。、])"
    r"|完成率(?:为|达)?(?=%)"
)


def check_damage(ctx: NoticeContext) -> None:
    """Say what the reader could not read: lost characters, lost digits, a cut-off end."""
    text = ctx.text
    if ctx.damaged:
        ctx.warn("notice_warn_unreadable", n=ctx.damaged)
    for m in MISSING_NUMBER_RE.finditer(text):
        ctx.warn("notice_warn_lost_number", context=text[m.start() : m.end() + 2])
    tail = text.rstrip()
    if tail and tail[-1] not in '。!?”")>》':
        ctx.warn("notice_warn_cut_off", tail=tail[-12:])
    problems = next((r for r in ctx.rows("declared") if r["figure"] == "problems"), None)
    listed = len(ctx.rows("findings"))
    if problems and listed and int(problems["value"]) != listed:
        ctx.warn("notice_warn_declared_vs_listed", declared=int(problems["value"]), listed=listed)


def assign_status(ctx: NoticeContext) -> None:
    """All items are completed only when the notice says every problem is."""
    findings = ctx.rows("findings")
    first: dict[str, dict] = {}
    for row in ctx.rows("declared"):
        first.setdefault(row["figure"], row)
    completed, total = first.get("completed"), first.get("problems")
    if completed and total and completed["value"] == total["value"] == len(findings):
        for f in findings:
            f["status"] = "completed"
            f["status_basis"] = f"declared total: {completed['source_text']}"
    elif findings:
        ctx.warn("notice_warn_status_unknown")
