"""Charts comparing units in a roll-up table."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.i18n import pct, t
from analysis.present import theme


def completion_chart(df: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Completion rate per unit: the rate the unit states, beside the rate its counts give."""
    data = df[df["error"].isna()].copy()
    counted = data["counted_rate"]
    units = [theme.wrap(u, 14) for u in data["unit"]]
    fig = go.Figure(
        [
            go.Bar(
                name=t("rollup_stated_rate", lang),
                x=units,
                y=data["declared_rate"],
                marker_color=theme.PALETTE[0],
                text=[pct(v) if pd.notna(v) else "—" for v in data["declared_rate"]],
                textposition="outside",
                cliponaxis=False,
            ),
            go.Bar(
                name=t("rollup_counted_rate", lang),
                x=units,
                y=counted,
                marker_color=theme.PALETTE[3],
                text=[pct(v) if pd.notna(v) else "—" for v in counted],
                textposition="outside",
                cliponaxis=False,
            ),
        ]
    )
    for trace in fig.data:
        trace.textposition = theme.rate_text_positions(list(trace.y), list(trace.text))
    fig.update_layout(barmode="group", yaxis=theme.rate_axis(t("share", lang)))
    note = t("rollup_note", lang, n=len(data))
    return theme.apply(fig, t("rollup_title", lang), note)


def time_to_publication_chart(df: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Days from feedback to publication, for the units whose notices give both dates."""
    data = df[df["days_feedback_to_publication"].notna()]
    days = data["days_feedback_to_publication"]
    fig = go.Figure(
        go.Bar(
            x=[theme.wrap(u, 14) for u in data["unit"]],
            y=days,
            marker_color=theme.PALETTE[0],
            text=days,
            textposition="outside",
            cliponaxis=False,
        )
    )
    top = days.max() if len(days) else 1
    fig.update_layout(yaxis=theme.count_axis(top, t("rollup_days_axis", lang)))
    missing = int(df["error"].isna().sum() - len(data))
    note = t("rollup_days_note", lang, n=missing) if missing else t("rollup_days_all", lang)
    return theme.apply(fig, t("rollup_days_title", lang), note)
