"""Read a published rectification notice (整改情况通报) into ledger tables.

The reader is a list of extractors over one NoticeContext, run in order: each finds one
kind of fact the notice states and nothing more, and every row cites the sentence it came
from. Later extractors may read what earlier ones found (status reads the totals, the
federation extractors the problems' positions).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.i18n import DEFAULT_LANG
from analysis.read.notice import declared, events, federation, head, items, progress, tables
from analysis.read.notice.context import NoticeContext, NoticeTables
from analysis.read.textnorm import normalise, to_simplified

Extractor = Callable[[NoticeContext], None]

EXTRACTORS: tuple[Extractor, ...] = (
    items.read_items,
    tables.read_tables,
    items.read_plan,
    declared.read_declared,
    declared.read_tallies,
    declared.check_damage,
    progress.assign_status,
    head.read_published,
    events.read_events,
    *federation.EXTRACTORS,
    head.read_unit,
)


def parse_notice(
    text: str, source_file: str = "notice.txt", lang: str = DEFAULT_LANG
) -> NoticeTables:
    """Read a notice's text into ledger rows; the text is used as given (see textnorm)."""
    ctx = NoticeContext.of(text, source_file, lang)
    for extract in EXTRACTORS:
        extract(ctx)
    return ctx.out


_SAYS_NOTICE = re.compile(r"整改(?:工作|落实|进展)?(?:情况|进展)|整改工作|巡[察视]整改")


def says_notice(text: str) -> bool:
    """The title or opening says it is a notice: 整改情况/整改进展/整改工作 with 巡察/巡视."""
    head = to_simplified(normalise(text.lstrip()[:600]))
    return ("巡察" in head or "巡视" in head) and bool(_SAYS_NOTICE.search(head))


def is_notice(out: NoticeTables, text: str) -> bool:
    """A notice says so in its opening, or speaks of 整改/巡察 and yields problems or totals."""
    speaks = "整改" in text or "巡察" in text or "巡视" in text
    counted = bool(out.rows.get("findings") or out.rows.get("declared"))
    return says_notice(text) or (speaks and counted)


__all__ = ["EXTRACTORS", "NoticeTables", "is_notice", "says_notice", "parse_notice"]
