"""Deadline charts: open problems by when they fall due, and the overdue list."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.figures import completion
from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present import theme
from analysis.present.charts.base import Chart, Context, Result, bar, day, hbar, labels


def due_dates(ledger: Ledger, ctx: Context) -> list[Result]:
    """Open findings by due-date bucket, and the overdue list."""
    f = ledger.findings
    if f["deadline"].isna().all():
        return [("due_buckets", "missing_deadline"), ("overdue", "missing_deadline")]
    b = completion.due_buckets(f, ctx.as_of)
    names = [t(x, ctx.lang) for x in b["bucket"]]
    colours = [theme.STATUS_COLOURS["overdue"]] + theme.PALETTE[:3] + ["#d9d9d9"]
    fig = go.Figure(bar(labels(names), b["count"].tolist(), colours))
    fig.update_layout(yaxis=theme.count_axis(b["count"].max(), ctx.t("count")), showlegend=False)
    n_over = int(b["count"].iloc[0])
    title = ctx.t("chart_due", as_of=day(ctx.as_of, ctx.lang), n=n_over)
    table = pd.DataFrame({ctx.t("col_bucket"): names, ctx.t("count"): b["count"]})
    out: list[Result] = [Chart("due_buckets", title, fig, table)]
    late = completion.overdue(f, ctx.as_of)
    if late.empty:
        return out
    n_late, longest = len(late), int(late["days_overdue"].max())
    late = late.head(15).iloc[::-1]
    names = [f"{n}. {s}" for n, s in zip(late["number"], late["title"], strict=True)]
    days = late["days_overdue"].astype(int).tolist()
    fig = go.Figure(hbar(labels(names, 24), days, days, theme.STATUS_COLOURS["overdue"]))
    fig.update_layout(xaxis=theme.count_axis(max(days), ctx.t("days_overdue")))
    title = ctx.t("chart_overdue", n=n_late, days=longest)
    table = pd.DataFrame({ctx.t("col_finding"): names, ctx.t("days_overdue"): days})
    return out + [Chart("overdue", title, fig, table, kind="hbar")]
