"""Declared totals (problems, tasks, completed, rate …) and side tallies, from table-driven patterns."""

from __future__ import annotations

import re

from analysis.read.notice.context import NoticeContext
from analysis.read.textnorm import NUMBER, cn_to_int

_N = rf"({NUMBER})"
_DONE_VERB = r"(?:完成整改|整改完成|整改落实(?:到位)?|整改到位|销号|办结)"
_DONE = rf"(?:{_DONE_VERB}|(?<=已)完成)"
_PARTLY = r"(?:正在整改|整改中|部分整改|基本完成|阶段性完成)(?:整改)?"
_LONG = r"(?:长期坚持|持续整改|长期整改)"
_NOT_DONE = r"(?<!基本)(?<!阶段性)(?<!未)(?<!尚未)"
_NO_COUNT = rf"(?!整改)(?!{NUMBER}[个项条])"
#: what may stand before "N个问题" for it to be a total (反馈25个问题, 的697个问题, 方面18个…)
_AFTER = r"(?:(?<=^)|(?<=[馈出理找现的面共计照为在对析绕焦,:;。\n]))"
#: idioms that are not totals: 整改一个、销号一个; (含立行立改问题2个)
_NOT_TOTALS = re.compile(
    r"(?:发现|整改|销号|完成)一[个项][、,]?(?:整改|销号|完成)一[个项]|[(]含[^()]{0,20}[)]"
)

#: (figure, pattern): every phrasing of a declared total, its number in group 1. Where two
#: patterns read the same number, the first in this table wins (so 26个大项的问题 is 26
#: categories, not 26 problems). tests/test_notice_declared.py has one case per phrasing.
DECLARED_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("aspects", re.compile(rf"(?<!另){_N}(?:个)?(?:大)?方面")),
    ("categories", re.compile(rf"{_N}(?:个)?(?:大项|类)(?:的)?(?:问题)?")),
    # status after the count (其中3个问题已完成整改): only when no count follows the verb
    (
        "completed",
        re.compile(rf"{_N}[个项条](?:问题|任务)?(?:已|均已)?(?:全部)?{_DONE}{_NO_COUNT}"),
    ),
    ("in_progress", re.compile(rf"{_N}[个项条](?:问题|任务)?(?:已)?{_PARTLY}{_NO_COUNT}")),
    ("long_term", re.compile(rf"{_N}[个项条](?:问题|任务)?(?:需|需要)?{_LONG}{_NO_COUNT}")),
    ("problems", re.compile(rf"{_N}[个项](?:具体|突出|主要|重点)问题")),
    ("problems", re.compile(rf"{_AFTER}{_N}个问题")),
    (
        "problems",
        re.compile(
            rf"(?:反馈|指出|梳理|查找|发现|交办|移交)(?:出)?(?:的)?问题(?:共|共计|合计)?{_N}[个项条]"
        ),
    ),
    ("tasks", re.compile(rf"{_N}[项个条](?:具体)?整改任务")),
    ("tasks", re.compile(rf"整改任务(?:共|共计|合计)?{_N}[项个条]")),
    ("measures", re.compile(rf"{_N}[条项个](?:具体)?整改(?:举措|措施)")),
    ("measures", re.compile(rf"整改(?:举措|措施)(?:共|共计|合计)?{_N}[条项个]")),
    ("in_progress", re.compile(rf"{_PARTLY}[^,;。0-9]{{0,16}}?{_N}[个项条]")),
    ("not_completed", re.compile(rf"(?:尚)?未完成(?:整改)?{_N}[个项条]")),
    ("completed", re.compile(rf"(?:已|均已|已经)(?:全部)?(?:{_DONE_VERB}|完成){_N}[个项条]")),
    ("completed", re.compile(rf"{_NOT_DONE}{_DONE_VERB}{_N}[个项条]")),
    ("long_term", re.compile(rf"{_LONG}(?:的)?(?:问题|任务)?{_N}[个项条]")),
    # the most general phrasing last: 巡察问题8个, 但 基本完成…问题4个 is in progress
    ("problems", re.compile(rf"问题(?:共|共计|合计)?{_N}个")),
    ("completion_rate", re.compile(r"完成率(?:为|达|达到)?\s*(\d+(?:\.\d+)?)\s*%")),
]
_CATEGORY_RE = re.compile(rf"方面(?:的)?\s*{_N}([项类])问题")


def read_declared(ctx: NoticeContext) -> None:
    """Every declared total, each mention a row citing its sentence."""
    text, sents = ctx.text, ctx.sents
    hits: dict[int, tuple[str, float, str]] = {}
    idioms = [(m.start(), m.end()) for m in _NOT_TOTALS.finditer(text)]
    for m in _CATEGORY_RE.finditer(text):
        if not _about_rectification(ctx, m.start()):
            continue
        sentence = sents.span_at(m.start())
        is_category = m.group(2) == "类" or "具体问题" in text[m.end() : sentence.end]
        value = _value(m.group(1), "categories")
        if value is not None:
            figure = "categories" if is_category else "problems"
            hits[m.start(1)] = (figure, value, m.group(0))
    for figure, pattern in DECLARED_PATTERNS:
        for m in pattern.finditer(text):
            value = _value(m.group(1), figure)
            if value is None or m.start(1) in hits or not _about_rectification(ctx, m.start()):
                continue
            if any(a <= m.start(1) < b for a, b in idioms):
                continue
            if figure == "aspects" and value < 2 and "个" not in m.group(0):
                continue  # 一方面…: a turn of phrase, not a count
            hits[m.start(1)] = (figure, value, m.group(0))
    mentions: dict[str, int] = {}
    for at, (figure, value, phrase) in sorted(hits.items()):
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
