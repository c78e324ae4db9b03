"""One look for every chart: CJK fonts, slide-sized type, colours that survive greyscale."""

from __future__ import annotations

import plotly.graph_objects as go

FONT_FAMILY = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"
WIDTH, HEIGHT = 1280, 720  # 16:9, the size charts are exported at
#: Dark to light, so neighbouring bars differ in lightness as well as hue.
PALETTE = ["#1b3a6b", "#8c9bb5", "#4a6fa5", "#c9d3e3", "#2f2f2f", "#a0a0a0"]
STATUS_COLOURS = {
    "completed": "#1b3a6b",
    "in_progress": "#6b85b3",
    "long_term": "#b7c4da",
    "not_started": "#ffffff",
    "unknown": "#d9d9d9",
    "overdue": "#8b1a1a",
}
#: Fill patterns so statuses stay distinct when printed in grey.
STATUS_PATTERNS = {
    "completed": "",
    "in_progress": "/",
    "long_term": ".",
    "not_started": "x",
    "unknown": "-",
}
QUOTA_COLOUR = "#8b1a1a"
GRID = "#e3e3e3"


def template() -> go.layout.Template:
    """The package's plotly template."""
    return go.layout.Template(
        layout=go.Layout(
            font=dict(family=FONT_FAMILY, size=18, color="#222222"),
            title=dict(font=dict(size=26), x=0.02, xanchor="left", y=0.96),
            colorway=PALETTE,
            paper_bgcolor="white",
            plot_bgcolor="white",
            margin=dict(l=80, r=40, t=100, b=110),
            xaxis=dict(showgrid=False, linecolor="#555555", ticks="outside", automargin=True),
            yaxis=dict(gridcolor=GRID, linecolor="#555555", zeroline=False, automargin=True),
            legend=dict(orientation="h", yanchor="bottom", y=1.0, x=1, xanchor="right"),
            hoverlabel=dict(font=dict(family=FONT_FAMILY)),
        )
    )


def apply(fig: go.Figure, title: str, note: str) -> go.Figure:
    """Give a figure the theme, its title and its source note under the plot."""
    fig.update_layout(template=template(), title_text=title, width=WIDTH, height=HEIGHT)
    fig.add_annotation(
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=-0.11,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        align="left",
        font=dict(size=14, color="#555555"),
    )
    return fig
