"""Charts comparing units in a roll-up table."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.i18n import pct
from analysis.present import theme


def _zh(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def completion_chart(df: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Completion rate per unit: the rate the unit states, beside the rate its counts give."""
    data = df[df["error"].isna()].copy()
    counted = data["counted_rate"]
    fig = go.Figure(
        [
            go.Bar(
                name=_zh(lang, "通报所述完成率", "Stated rate"),
                x=data["unit"],
                y=data["declared_rate"],
                marker_color=theme.PALETTE[0],
                text=[pct(v) if pd.notna(v) else "—" for v in data["declared_rate"]],
                textposition="outside",
            ),
            go.Bar(
                name=_zh(lang, "按所述数量计算", "From stated counts"),
                x=data["unit"],
                y=counted,
                marker_color=theme.PALETTE[3],
                text=[pct(v) if pd.notna(v) else "—" for v in counted],
                textposition="outside",
            ),
        ]
    )
    fig.update_layout(barmode="group", yaxis=dict(tickformat=".0%", range=[0, 1.15]))
    note = _zh(
        lang,
        f"来源：{len(data)}份通报/台账；“—”表示未说明",
        f"Source: {len(data)} notices/ledgers; — means not stated",
    )
    return theme.apply(fig, _zh(lang, "各单位整改完成率", "Completion rate by unit"), note)


def time_to_publication_chart(df: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Days from feedback to publication, for the units whose notices give both dates."""
    data = df[df["days_feedback_to_publication"].notna()]
    fig = go.Figure(
        go.Bar(
            x=data["unit"],
            y=data["days_feedback_to_publication"],
            marker_color=theme.PALETTE[0],
            text=data["days_feedback_to_publication"],
            textposition="outside",
        )
    )
    missing = int(df["error"].isna().sum() - len(data))
    note = _zh(
        lang,
        f"{missing}个单位缺少反馈或公布日期，未列入",
        f"{missing} units lack a feedback or publication date and are not shown",
    )
    return theme.apply(
        fig, _zh(lang, "从反馈到公布整改情况的天数", "Days from feedback to publication"), note
    )
