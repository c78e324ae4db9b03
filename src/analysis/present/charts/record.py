"""Charts of the record itself: measures per problem, and the dated timeline."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.figures import organisations
from analysis.figures.measures import measure_counts
from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present import limits, theme
from analysis.present.charts.base import Chart, Context, Result, bar, day


def measures_per_finding(ledger: Ledger, ctx: Context) -> Result:
    """Measures per problem, counted as the source words them (see figures.measures).

    A problem whose measures are not listed gets no bar and a "not listed" mark, never 0.
    """
    counts = measure_counts(ledger)
    per = counts.per_finding
    if ledger.measures.empty or per.isna().all():
        return ("measures_per_finding", "missing_measures")
    xs = [str(n) for n in per.index]
    ys: list[float | int | None] = [None if pd.isna(v) else int(v) for v in per]
    full = None
    if limits.too_many(per.to_frame()):  # the problems with most measures, and the rest's mean
        axis_name = ctx.t("steps" if counts.kind == "steps" else "measures_count")
        full = pd.DataFrame({ctx.t("problem_number"): xs, axis_name: ys})
        most = per.dropna().sort_values(ascending=False, kind="stable")
        rest = most.iloc[limits.TOP_N :]
        xs = [str(n) for n in most.index[: limits.TOP_N]] + [
            limits.other_label(len(rest), ctx.lang)
        ]
        ys = [int(v) for v in most.iloc[: limits.TOP_N]] + [round(float(rest.mean()), 1)]
    fig = go.Figure(bar(xs, ys, text=[v if v is not None else "" for v in ys]))
    for x in (str(n) for n in counts.unlisted if str(n) in xs):
        fig.add_annotation(
            x=xs.index(x),  # by position: plotly reads a numeric-looking category as an index
            xref="x",
            y=0,
            yref="y",
            text=ctx.t("not_listed"),
            textangle=-90,
            yanchor="bottom",
            showarrow=False,
            font=dict(size=theme.NOTE_FONT, color="#555555"),
        )
    axis = "steps" if counts.kind == "steps" else "measures_count"
    fig.update_layout(
        xaxis=dict(title=ctx.t("problem_number"), type="category"),
        yaxis=theme.count_axis(per.max(), ctx.t(axis)),
        showlegend=False,
    )
    listed = per.dropna()
    key = "chart_steps" if counts.kind == "steps" else "chart_ledger_measures"
    lo, hi = int(listed.min()), int(listed.max())
    each = str(lo) if lo == hi else f"{lo}–{hi}"  # "每个1条", not "每个1–1条"
    title = ctx.t(key, n=counts.total, items=len(listed), each=each)
    note = ""
    if counts.unlisted:
        items = t("list_sep", ctx.lang).join(str(n) for n in counts.unlisted)
        note = ctx.with_note(ctx.t("note_steps_missing", items=items))
    table = pd.DataFrame({ctx.t("problem_number"): xs, ctx.t(axis): ys})
    chart = Chart("measures_per_finding", title, fig, table, note=note)
    if full is not None:
        chart.full = full
        chart.note = (note or ctx.note) + t("limits.mean_note", ctx.lang)
    return chart


LEVELS = [0.5, -0.5, 0.9, -0.9]


def timeline(ledger: Ledger, ctx: Context) -> Result:
    """The dated steps of the rectification, from inspection to publication."""
    e = organisations.timeline(ledger)
    if e.empty:
        return ("timeline", "missing_events")
    names = [t(k, ctx.lang) for k in e["kind"]]
    levels = [LEVELS[i % len(LEVELS)] for i in range(len(e))]
    fig = go.Figure(
        go.Scatter(
            x=e["date"],
            y=levels,
            mode="markers+text",
            marker=dict(size=16, color=theme.PALETTE[0]),
            text=[
                f"{theme.wrap(lab, 14)}<br>{day(d, ctx.lang)}"
                for lab, d in zip(names, e["date"], strict=True)
            ],
            textposition=["top center" if v > 0 else "bottom center" for v in levels],
            cliponaxis=False,
        )
    )
    for d, level in zip(e["date"], levels, strict=True):
        fig.add_shape(type="line", x0=d, x1=d, y0=0, y1=level, line=dict(color="#999999", width=1))
    fig.add_hline(y=0, line=dict(color="#555555", width=2))
    pad = pd.Timedelta(days=max(10, int(e["days_from_start"].iloc[-1] * 0.08)))
    fig.update_layout(
        yaxis=dict(visible=False, range=[-1.55, 1.55]),
        xaxis=dict(
            **theme.month_axis(list(e["date"]), ctx.t("date_tick")),
            range=[e["date"].min() - pad, e["date"].max() + pad],
        ),
        showlegend=False,
    )
    span = int(e["days_from_start"].iloc[-1])
    start, end = (ctx.t(f"span_{k}") for k in (e["kind"].iloc[0], e["kind"].iloc[-1]))
    title = ctx.t("chart_timeline", start=start, end=end, days=span)
    table = pd.DataFrame(  # event and date apart: the workbook keeps the date a date
        {
            ctx.t("col_event"): names,
            ctx.t("col_date"): [d.date() for d in e["date"]],
            ctx.t("days_from_start"): e["days_from_start"].tolist(),
        }
    )
    return Chart("timeline", title, fig, table, kind="hbar")
