"""Charts of what notices report beyond completion: delegates, new federations, pilots
and awards. Delegate shares are worded as the notice words them: shares reached."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.figures import organisations
from analysis.figures.delegates import MIN_GROUP
from analysis.i18n import pct, t
from analysis.model.ledger import Ledger
from analysis.present import theme
from analysis.present.charts.base import Chart, Context, Result, bar, labels


def delegate_quotas(ledger: Ledger, ctx: Context) -> Result:
    """Each delegate share the notice states, and the roster's share where a roster is given."""
    d = ledger.delegates[ledger.delegates["quantified"].fillna(False).astype(bool)]
    if d.empty:
        return ("delegate_quotas", "missing_delegates")
    names = [t(k, ctx.lang) for k in d["indicator"]]
    stated = ctx.t("stated_share")
    fig = go.Figure(
        go.Bar(
            name=stated,
            x=labels(names, 12),
            y=d["threshold"],
            marker=dict(color=theme.PALETTE[3], line=dict(color=theme.OUTLINE, width=1)),
            text=[f"≥{pct(v)}" for v in d["threshold"]],
            textposition="outside",
            cliponaxis=False,
        )
    )
    table = pd.DataFrame(
        {ctx.t("col_indicator"): names, stated: d["threshold"].astype(float).tolist()}
    )
    total = int(d["total"].iloc[0])
    title = ctx.t("chart_delegates", n=len(d), total=total)
    if ctx.roster is not None and not ctx.roster.empty:
        actual = ctx.roster.set_index("indicator").reindex(d["indicator"])
        name = ctx.t("actual_share")
        fig.add_trace(
            go.Bar(
                name=name,
                x=labels(names, 12),
                y=actual["ratio"],
                marker=dict(color=theme.PALETTE[0], line=dict(color=theme.OUTLINE, width=1)),
                text=[
                    pct(v) if pd.notna(v) else ctx.t("small_group", n=MIN_GROUP)
                    for v in actual["ratio"]
                ],
                textposition="outside",
                cliponaxis=False,
            )
        )
        table[name] = actual["ratio"].astype(float).tolist()
        met = int(actual["met"].fillna(False).astype(bool).sum())
        title = ctx.t("chart_delegates_roster", met=met, n=len(d))
    for trace in fig.data:
        trace.textposition = theme.rate_text_positions(list(trace.y), list(trace.text))
    fig.update_layout(barmode="group", yaxis=theme.rate_axis(t("share", ctx.lang)))
    return Chart("delegate_quotas", title, fig, table, value_format="0%")


def organisations_by_sector(ledger: Ledger, ctx: Context) -> Result:
    """Distinct new federations per sector."""
    o = ledger.organisations
    if o.empty:
        return ("organisations_by_sector", "missing_organisations")
    counts = organisations.by_sector(ledger).set_index("sector")["count"]
    names = [t(s, ctx.lang) for s in counts.index]
    fig = go.Figure(bar(labels(names), counts.tolist()))
    fig.update_layout(yaxis=theme.count_axis(counts.max(), ctx.t("count")), showlegend=False)
    years = o["established_year"].dropna().unique()
    # a year only when the notice dates every one of them (a list without one has none)
    one_year = len(years) == 1 and o["established_year"].notna().all()
    year = ctx.t("year_suffix", year=int(years[0])) if one_year else ""
    title = ctx.t("chart_orgs", year=year, n=len(o), top=names[0], top_n=int(counts.iloc[0]))
    table = pd.DataFrame({ctx.t("col_sector"): names, ctx.t("count"): counts.tolist()})
    note = ctx.with_note(ctx.t("note_sector_inferred"))
    return Chart("organisations_by_sector", title, fig, table, note=note)


def awards_phrase(awards: pd.DataFrame, lang: str) -> str:
    """'个人4名、集体2个': people and collectives counted apart, as the notice counts them."""
    people = int(awards.loc[awards["unit"].eq("名"), "count"].sum())
    groups = int(awards.loc[~awards["unit"].eq("名"), "count"].sum())
    parts = [t("awards_people", lang, n=people)] if people else []
    parts += [t("awards_groups", lang, n=groups)] if groups else []
    return t("list_sep", lang).join(parts)


def pilots_and_awards(ledger: Ledger, ctx: Context) -> Result:
    """Pilots by level and awards by kind, side by side."""
    p, a = ledger.pilots, ledger.awards
    if p.empty and a.empty:
        return ("pilots_awards", "missing_organisations")
    rows = [
        (ctx.t("pilots_at_level", level=t(r.level, ctx.lang)), int(r.count))
        for r in organisations.pilots_by_level(ledger).itertuples()
    ]
    rows += [(str(r.name), int(r.count)) for r in a.itertuples()]
    table = pd.DataFrame(rows, columns=[ctx.t("col_item"), ctx.t("count")])
    n_levels = len(rows) - len(a)
    groups = [ctx.t("legend_pilots")] * n_levels + [ctx.t("legend_awards")] * len(a)
    names = labels(table.iloc[:, 0], 14)
    fig = go.Figure()
    for group, colour in zip(dict.fromkeys(groups), theme.PALETTE[:2], strict=False):
        rows_in = [i for i, g in enumerate(groups) if g == group]
        counts = [int(table.iat[i, 1]) for i in rows_in]
        trace = bar([names[i] for i in rows_in], counts, colour)
        trace.name = group
        fig.add_trace(trace)
    fig.update_layout(
        yaxis=theme.count_axis(table.iloc[:, 1].max(), ctx.t("count")),
        showlegend=len(set(groups)) > 1,
        barmode="group",
    )
    pilots = int(p["count"].sum()) if len(p) else 0
    awards = awards_phrase(a, ctx.lang) if len(a) else ""
    key = (
        "chart_pilots_awards"
        if pilots and awards
        else ("chart_pilots_only" if pilots else "chart_awards_only")
    )
    title = ctx.t(key, pilots=pilots, awards=awards)
    note = ""
    if len(p) and (~p["count_stated"].fillna(True).astype(bool)).any():
        note = ctx.with_note(ctx.t("note_pilot_inferred"))
    return Chart("pilots_awards", title, fig, table, note=note, groups=groups)
