"""The briefing's 本期进展 section: what changed since the previous report, and the trend.

Built from a figures.progress.UnitProgress (the store is read elsewhere); the trend chart is
a present.charts.Chart, so the deck and the workbook draw it like every other chart.
"""

from __future__ import annotations

from pathlib import PurePath

import pandas as pd
import plotly.graph_objects as go

from analysis.figures.progress import CHANGES, UnitProgress
from analysis.i18n import date_text, pct, t
from analysis.i18n.history import CHANGE_WORDS
from analysis.present import theme
from analysis.present.briefing import Block, BriefingDoc, Figure, Paragraph, Section, Table
from analysis.present.charts import Chart

SECTION_KEY = "progress"
CHART_NAME = "progress_trend"


def summary_sentence(p: UnitProgress, lang: str) -> str:
    """One sentence: the counts of each change and the completion rate before and after."""
    rate_b = p.trend.loc[p.trend["as_of"] == p.start, "completion_rate"]
    rate_a = p.trend.loc[p.trend["as_of"] == p.end, "completion_rate"]
    before = pct(rate_b.iloc[0] if len(rate_b) else None)
    after = pct(rate_a.iloc[0] if len(rate_a) else None)
    rates = "history_rate_same" if before == after else "history_rate_change"
    return t(
        "history_summary",
        lang,
        start=date_text(p.start, lang),
        rates=t(rates, lang, rate_b=before, rate_a=after),
        **{c: p.count(c) for c in CHANGES},
    )


def change_table(p: UnitProgress, lang: str) -> pd.DataFrame:
    """The changed items: change, 序号 as written, problem, status before and now."""
    c = p.changes
    return pd.DataFrame(
        {
            t("history_col_change", lang): [t(CHANGE_WORDS[x], lang) for x in c["change"]],
            t("history_col_number", lang): c["label"].tolist(),
            t("history_col_title", lang): c["title"].tolist(),
            t("history_col_before", lang): [_status(s, lang) for s in c["before"]],
            t("history_col_after", lang): [_status(s, lang) for s in c["after"]],
        }
    )


def _status(status: object, lang: str) -> str:
    return "—" if status is None or pd.isna(status) else t(status, lang)


def trend_chart(p: UnitProgress, lang: str) -> Chart:
    """Completed and overdue counts at every kept version, oldest first."""
    tr = p.trend
    dates = [d.date().isoformat() for d in tr["as_of"]]
    done_name, late_name = t("completed", lang), t("overdue", lang)
    fig = go.Figure(
        [
            go.Scatter(
                x=dates,
                y=tr["completed"],
                name=done_name,
                mode="lines+markers+text",
                text=[
                    f"{n}（{pct(r)}）"
                    for n, r in zip(tr["completed"], tr["completion_rate"], strict=True)
                ],
                textposition="top center",
                line=dict(color=theme.STATUS_COLOURS["completed"], width=3),
            ),
            go.Scatter(
                x=dates,
                y=tr["overdue"],
                name=late_name,
                mode="lines+markers+text",
                text=tr["overdue"],
                textposition="bottom center",
                line=dict(color=theme.STATUS_COLOURS["overdue"], width=3, dash="dash"),
            ),
        ]
    )
    fig.update_layout(
        xaxis=dict(type="category"),
        yaxis=theme.count_axis(
            max(tr["completed"].max(), tr["overdue"].max()), t("history_trend_axis", lang)
        ),
    )
    last = tr.iloc[-1]
    title = t(
        "history_trend_title",
        lang,
        completed=int(last["completed"]),
        overdue=int(last["overdue"]),
        periods=len(tr),
    )
    store = PurePath(p.source).name  # a chart names the file, not the folders it sits in
    note = t("history_trend_note", lang, db=store, unit=p.unit, periods=len(tr))
    theme.apply(fig, title, note)
    table = pd.DataFrame(
        {
            t("history_col_as_of", lang): dates,
            done_name: tr["completed"].astype(int).tolist(),
            late_name: tr["overdue"].astype(int).tolist(),
        }
    )
    return Chart(CHART_NAME, title, fig, table, kind="line", note=note)


def progress_blocks(p: UnitProgress, lang: str, chart: Chart) -> list[Block]:
    """The section's blocks: the summary sentence, the change table (or 'nothing changed'), the chart."""
    blocks: list[Block] = [Paragraph(summary_sentence(p, lang))]
    if p.changes.empty:
        blocks.append(Paragraph(t("history_no_changes", lang)))
    else:
        blocks.append(Table(t("history_changes_caption", lang), change_table(p, lang)))
    blocks.append(Figure(chart))
    return blocks


def add_progress(doc: BriefingDoc, p: UnitProgress) -> None:
    """Put 本期进展 right after the key figures, and its chart among the briefing's charts."""
    chart = trend_chart(p, doc.lang)
    doc.charts.charts.append(chart)
    section = Section(
        SECTION_KEY, t("history_section", doc.lang), progress_blocks(p, doc.lang, chart)
    )
    after = next((i + 1 for i, s in enumerate(doc.sections) if s.key == "key_figures"), 0)
    doc.sections.insert(after, section)


def units_trend_chart(trends: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Every unit's completion rate at each kept version (history_trends), one line per unit."""
    fig = go.Figure()
    for unit, rows in trends.groupby("unit", sort=True):
        fig.add_trace(
            go.Scatter(
                x=rows["as_of"],
                y=rows["completion_rate"],
                name=str(unit),
                mode="lines+markers",
                customdata=rows[["completed", "overdue"]],
                hovertemplate="%{x|%Y-%m-%d}: %{y:.0%} (%{customdata[0]} / %{customdata[1]})",
            )
        )
    fig.update_layout(
        xaxis=theme.month_axis(list(trends["as_of"]), t("date_tick", lang)),
        yaxis=theme.rate_axis(t("history_col_rate", lang)),
    )
    title = t("history_units_trend_title", lang, units=trends["unit"].nunique())
    note = t("history_units_trend_note", lang)
    return theme.apply(fig, title, note)
