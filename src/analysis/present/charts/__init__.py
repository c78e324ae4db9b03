"""The briefing's charts: one function per chart, each returning the figure and the
table behind it (the deck and the workbook are built from the same tables).

A chart whose data the ledger lacks is not drawn; what is missing is returned instead
(`ChartSet.skipped` in words, `ChartSet.missing` as catalogue keys, said once in the notes).
"""

from __future__ import annotations

import pandas as pd

from analysis.figures.as_of import resolve_as_of
from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present import theme
from analysis.present.charts.base import Chart, ChartSet, Context, source_note
from analysis.present.charts.completion import (
    burndown,
    completion_by_group,
    completion_overview,
    status_breakdown,
)
from analysis.present.charts.deadlines import due_dates
from analysis.present.charts.notice import (
    delegate_quotas,
    organisations_by_sector,
    pilots_and_awards,
)
from analysis.present.charts.record import measures_per_finding, timeline

__all__ = ["CHARTS", "Chart", "ChartSet", "Context", "build_charts", "source_note"]

#: In the briefing's reading order, so `analysis charts` lists them as the briefing shows them.
CHARTS = [
    completion_overview,
    status_breakdown,
    measures_per_finding,
    completion_by_group,
    burndown,
    due_dates,
    delegate_quotas,
    organisations_by_sector,
    pilots_and_awards,
    timeline,
]


#: Fields each problem has or has not: missing, the source "does not give each problem's" them.
PER_PROBLEM = {
    "missing_aspect",
    "missing_category",
    "missing_department",
    "missing_leader",
    "missing_deadline",
    "missing_completed_on",
    "missing_status",
}


#: Reasons a chart is left out that are sentences of their own, not something missing.
REASONS = {"burndown_one_date"}


def missing_sentence(ledger: Ledger, keys: list[str], lang: str) -> str:
    """What the ledger lacks for the left-out charts, said once: '台账未逐项写明各问题的方面、
    整改时限，…' for per-problem fields, '台账未记录代表结构，…' for whole tables."""
    what = t("what_notice" if ledger.meta.get("source_kind") == "notice" else "what_ledger", lang)
    sentences: list[str] = [t(k, lang) for k in keys if k in REASONS]
    keys = [k for k in keys if k not in REASONS]
    for code, part in (
        ("note_missing_per_problem", [k for k in keys if k in PER_PROBLEM]),
        ("note_missing", [k for k in keys if k not in PER_PROBLEM]),
    ):
        if part:
            items = t("list_sep", lang).join(t(k, lang) for k in part)
            sentences.append(t(code, lang, what=what, items=items))
    parts = t("note_missing_sep", lang).join(sentences)
    return t("note_missing_end", lang, parts=parts[:1].upper() + parts[1:])


def build_charts(
    ledger: Ledger, lang: str = "zh", as_of: object = None, roster: pd.DataFrame | None = None
) -> ChartSet:
    """Every chart the ledger has data for, in briefing order (as_of None: the ledger's default)."""
    when, _ = resolve_as_of(ledger, as_of)
    ctx = Context(lang, when, source_note(ledger, lang, when), roster)
    out = ChartSet()
    for make in CHARTS:
        result = make(ledger, ctx)
        for item in result if isinstance(result, list) else [result]:
            if isinstance(item, Chart):
                item.note = item.note or ctx.note
                theme.apply(item.figure, item.title, item.note)
                out.charts.append(item)
            else:
                name, key = item
                out.skipped.append((name, missing_sentence(ledger, [key], lang)))
                if key not in out.missing:
                    out.missing.append(key)
    return out
