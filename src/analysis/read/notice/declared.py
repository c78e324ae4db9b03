"""Declared totals (problems, tasks, completed, rate …) read by the quantity grammar, and side tallies."""

from __future__ import annotations

import bisect
import re

from analysis.i18n import t
from analysis.read.notice.context import NoticeContext
from analysis.read.notice.quantities import read_counts
from analysis.read.textnorm import NUMBER, cn_to_int

_N = rf"({NUMBER})"
#: idioms that are not totals: 整改一个、销号一个; (含立行立改问题2个); an aspect heading's (9个问题)
_NOT_TOTALS = re.compile(
    r"(?:发现|整改|销号|完成)一[个项][、,]?(?:整改|销号|完成)一[个项]|[(]含[^()]{0,20}[)]"
    r"|[(]共?\s*\d+\s*个问题[)]"
)
RATE_RE = re.compile(r"(?:完成|整改|销号)率(?:为|达|达到|是)?\s*(\d+(?:\.\d+)?)\s*%")


def read_declared(ctx: NoticeContext) -> None:
    """Every declared total the quantity grammar reads (see quantities), each mention a row
    citing its sentence, with the count's own phrase and span."""
    text = ctx.text
    idioms = [(m.start(), m.end()) for m in _NOT_TOTALS.finditer(text)]
    starts = [a for a, _ in idioms]
    about: dict[int, bool] = {}
    hits: list[tuple[int, str, float, str, str, int]] = []
    for c in read_counts(text):
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and c.start < idioms[i][1]:
            continue
        if _about_rectification(ctx, c.start, about):
            hits.append((c.start, c.figure, float(c.value), c.phrase, c.role, c.end))
    for m in RATE_RE.finditer(text):
        if _about_rectification(ctx, m.start(), about):
            rate = round(float(m.group(1)) / 100, 6)
            hits.append((m.start(), "completion_rate", rate, m.group(0), "rate", m.end()))
    mentions: dict[str, int] = {}
    for at, figure, value, phrase, role, end in sorted(hits, key=lambda h: h[0]):
        mentions[figure] = mentions.get(figure, 0) + 1
        row = {
            "figure": figure,
            "value": value,
            "phrase": phrase,
            "mention": mentions[figure],
            "role": role,
            "phrase_start": at,
            "phrase_end": end,
        }
        ctx.add("declared", {**row, **ctx.provenance(at)})
    _check_mentions_agree(ctx)


def _about_rectification(ctx: NoticeContext, pos: int, seen: dict[int, bool]) -> bool:
    """Totals count only in sentences about the inspection's problems, not e.g. '5个方面开展合作'."""
    span = ctx.sents.span_at(pos)
    if span.start not in seen:
        sentence = ctx.text[span.start : span.end]
        seen[span.start] = any(w in sentence for w in ("问题", "整改", "巡察", "反馈", "完成"))
    return seen[span.start]


def _check_mentions_agree(ctx: NoticeContext) -> None:
    """Warn when a figure is restated with another value; counts in one sentence are parts
    (基本完成1项,阶段性完成2项), not restatements. The figure is named in the reader's words."""
    seen: dict[str, tuple[float, int]] = {}
    for row in ctx.rows("declared"):
        first, sentence = seen.setdefault(row["figure"], (row["value"], row["span_start"]))
        if row["value"] != first and row["span_start"] != sentence:
            figure = t(row["figure"], ctx.lang)
            ctx.warn("notice_warn_mentions", figure=figure, first=first, other=row["value"])


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


#: the notice ends with its signature's date (2024年11月20日, 二〇二四年十一月二十日): not cut off
_SIGNATURE_DATE_RE = re.compile(
    r"\n[ \t]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)[ \t]*$"
)


def check_damage(ctx: NoticeContext) -> None:
    """Say what the reader could not read: lost characters, lost digits, a cut-off end."""
    text = ctx.text
    if ctx.damaged:
        ctx.warn("notice_warn_unreadable", n=ctx.damaged)
    for m in MISSING_NUMBER_RE.finditer(text):
        ctx.warn("notice_warn_lost_number", context=text[m.start() : m.end() + 2])
    tail = text.rstrip()
    signed = _SIGNATURE_DATE_RE.search(tail) is not None
    if tail and tail[-1] not in '。!?”")>》' and not signed:
        ctx.warn("notice_warn_cut_off", tail=tail[-12:])
    problems = next((r for r in ctx.rows("declared") if r["figure"] == "problems"), None)
    listed = len(ctx.rows("findings"))
    if problems and listed and int(problems["value"]) != listed:
        ctx.warn("notice_warn_declared_vs_listed", declared=int(problems["value"]), listed=listed)
