"""Completion charts: the totals, statuses, completion per group, and the burn-down."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.figures import completion
from analysis.figures.summary import reconciliation, status_from_total
from analysis.i18n import pct, t
from analysis.model.ledger import Ledger
from analysis.present import limits, theme
from analysis.present.charts.base import Chart, Context, Result, bar, hbar, labels


def completion_overview(ledger: Ledger, ctx: Context) -> Result:
    """Declared totals against what the ledger counts (the count alone when not independent)."""
    f = ledger.findings
    if f.empty:
        return ("completion_overview", "missing_findings")
    if not completion.status_known(ledger.meta):
        return ("completion_overview", "missing_status")
    done = int(f["status"].eq("completed").sum())
    rate = pct(completion.completion_rate(f))
    from_total = status_from_total(ledger)
    names = [ctx.t("problems"), ctx.t("completed")]
    declared = [ledger.declared_value("problems"), ledger.declared_value("completed")]
    table = pd.DataFrame({ctx.t("col_figure"): names})
    if any(v is not None for v in declared):
        table[ctx.t("declared")] = [float("nan") if v is None else v for v in declared]
    if not from_total:
        table[ctx.t("ledger")] = [len(f), done]
    fig = go.Figure()
    for col, colour in zip(table.columns[1:], (theme.PALETTE[1], theme.PALETTE[0]), strict=False):
        values = table[col]
        fig.add_trace(
            go.Bar(
                name=col,
                x=names,
                y=values,
                marker=dict(color=colour, line=dict(color=theme.OUTLINE, width=1)),
                text=[None if pd.isna(v) else f"{v:g}" for v in values],
                textposition="outside",
                cliponaxis=False,
            )
        )
    top = table.iloc[:, 1:].max().max()
    fig.update_layout(barmode="group", yaxis=theme.count_axis(top, ctx.t("count")))
    key = "all" if done == len(f) else "some"
    if from_total:
        title = ctx.t(f"chart_overview_notice_{key}", n=len(f), done=done, rate=rate)
        return Chart(
            "completion_overview",
            title,
            fig,
            table,
            note=ctx.with_note(ctx.t("note_status_from_total")),
        )
    title = ctx.t(f"chart_overview_{key}", n=len(f), done=done, rate=rate)
    rec = reconciliation(ledger)
    rec = rec[rec["basis"] == "ledger"]
    if len(rec):
        title += ctx.t("chart_overview_agree" if rec["agrees"].all() else "chart_overview_disagree")
    return Chart("completion_overview", title, fig, table)


def status_breakdown(ledger: Ledger, ctx: Context) -> Result:
    """Findings per normalised status."""
    if not completion.status_known(ledger.meta):
        return ("status_breakdown", "missing_status")
    counts = completion.status_counts(ledger.findings)
    if counts["count"].sum() == 0:
        return ("status_breakdown", "missing_findings")
    names = [t(s, ctx.lang) for s in counts["status"]]
    fig = go.Figure(
        bar(names, counts["count"].tolist(), [theme.STATUS_COLOURS[s] for s in counts["status"]])
    )
    fig.update_traces(
        marker_pattern_shape=[theme.STATUS_PATTERNS.get(s, "") for s in counts["status"]]
    )
    fig.update_layout(
        yaxis=theme.count_axis(counts["count"].max(), ctx.t("count")), showlegend=False
    )
    open_n = int(counts.loc[counts["status"] != "completed", "count"].sum())
    title = ctx.t("chart_status", done=int(counts["count"].iloc[0]), open=open_n)
    table = pd.DataFrame({ctx.t("col_status"): names, ctx.t("count"): counts["count"]})
    note = ctx.with_note(ctx.t("note_status_from_total")) if status_from_total(ledger) else ""
    return Chart("status_breakdown", title, fig, table, note=note)


GROUPS = ("aspect", "category", "department", "leader")


def completion_by_group(ledger: Ledger, ctx: Context) -> list[Result]:
    """Completion rate per aspect, category, department and leader, where the ledger has them."""
    out: list[Result] = []
    for column in GROUPS:
        name = f"completion_by_{column}"
        if not completion.status_known(ledger.meta):
            out.append((name, "missing_status"))
            continue
        data = completion.completion_by(ledger.findings, column)
        if data.empty:
            out.append((name, f"missing_{column}"))
            continue
        data = data.sort_values("rate")
        full = pd.DataFrame(
            {
                ctx.t(f"col_{column}"): data[column].astype(str),
                ctx.t("completion_rate"): data["rate"],
            }
        )
        data = _with_other(data, column, ctx.lang)
        text = [
            ctx.t("rate_of", rate=pct(r), done=c, n=n)
            for r, c, n in zip(data["rate"], data["completed"], data["total"], strict=True)
        ]
        rates = data["rate"].tolist()
        fig = go.Figure(hbar(labels(data[column]), rates, text, theme.PALETTE[0]))
        fig.update_traces(textposition=theme.rate_text_positions(rates, text, horizontal=True))
        fig.update_layout(xaxis=theme.rate_axis(ctx.t("completion_rate")))
        worst = data.iloc[0]
        group = ctx.t(f"group_{column}")
        if worst["rate"] >= 1:
            title = ctx.t("chart_by_group_all", group=group)
        else:
            tied = data.loc[data["rate"].eq(worst["rate"]), column]
            key = "chart_by_group" if len(tied) == 1 else "chart_by_group_tied"
            title = ctx.t(
                key, group=group, worst=worst[column], n=len(tied), rate=pct(worst["rate"])
            )
        table = pd.DataFrame(
            {
                ctx.t(f"col_{column}"): data[column].astype(str),
                ctx.t("completion_rate"): data["rate"],
            }
        )
        chart = Chart(name, title, fig, table, kind="hbar", value_format="0%")
        chart.full = full if len(full) > len(table) else None
        out.append(chart)
    return out


def _with_other(data: pd.DataFrame, column: str, lang: str) -> pd.DataFrame:
    """The TOP_N lowest-rate groups, and one "其他N项" row for the rest (their pooled rate)."""
    shown, left_out = limits.top(data)
    if not left_out:
        return data
    rest = data.iloc[len(shown) :]
    done, total = int(rest["completed"].sum()), int(rest["total"].sum())
    other = {column: limits.other_label(left_out, lang), "completed": done, "total": total}
    other["rate"] = done / total if total else 0.0
    return pd.concat([shown, pd.DataFrame([other])], ignore_index=True)


def burndown(ledger: Ledger, ctx: Context) -> Result:
    """Open findings over time, from the first completion date to the as-of date.

    Drawn only from two completion dates on: one date gives a lone step, not a trend
    (said in the notes instead, as `burndown_one_date`).
    """
    data = completion.burndown(ledger.findings)
    data = data[data["date"] <= ctx.as_of]
    if data.empty:
        return ("burndown", "missing_completed_on")
    if len(data) < 2:
        return ("burndown", "burndown_one_date")
    # from every problem open at the first date, to the count still open at the as-of date
    start = pd.DataFrame({"date": data["date"].iloc[:1], "open": [len(ledger.findings)]})
    end = pd.DataFrame({"date": [ctx.as_of], "open": [int(data["open"].iloc[-1])]})
    drawn = pd.concat([start, data[["date", "open"]], end], ignore_index=True)
    fig = go.Figure(
        go.Scatter(
            x=drawn["date"],
            y=drawn["open"],
            mode="lines+markers",
            line=dict(shape="hv", width=3, color=theme.PALETTE[0]),
            marker=dict(color=theme.PALETTE[0], size=10),
        )
    )
    fig.update_layout(
        yaxis=theme.count_axis(len(ledger.findings), ctx.t("open_findings")),
        xaxis=theme.month_axis(list(drawn["date"]), ctx.t("date_tick")),
    )
    title = ctx.t("chart_burndown", start=len(ledger.findings), end=int(data["open"].iloc[-1]))
    table = pd.DataFrame(
        {ctx.t("col_date"): drawn["date"].dt.date, ctx.t("open_findings"): drawn["open"]}
    )
    return Chart("burndown", title, fig, table, kind="line")
