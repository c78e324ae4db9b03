"""The deck's chart axes and labels, set so that PowerPoint (and WPS, LibreOffice) draws
them as a printed page wants them: no automatic chart title, counts ticking whole numbers
from 0, rates from 0 to 100% as percentages, category labels level and wrapped (never
turned 45°), and every category that holds a date written on one line."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from pptx.oxml.ns import qn

from analysis.present import theme
from analysis.present.charts import Chart
from analysis.present.charts.base import day

#: Inches of chart width per unit of label text at the deck's 14 pt (a CJK character is
#: 2 units, about 14 pt wide), and the share of a column chart's width its plot takes.
UNIT_INCHES = 14 / 72 / 2
PLOT_SHARE = 0.85
#: Units a horizontal bar chart's category labels may take before they wrap.
HBAR_LABEL_UNITS = 24


def is_rate(chart: Chart) -> bool:
    """A chart of shares (its values formatted as percentages)."""
    return "%" in chart.value_format


def is_date(value: object) -> bool:
    return isinstance(value, dt.date | pd.Timestamp) and not pd.isna(value)


def category_labels(chart: Chart, lang: str, width_inches: float) -> list[str]:
    """One label per row: the first column's text (dates in words) and any date column after
    it on a line of its own, wrapped between words to the room each category has."""
    table = chart.table
    dates = [j for j in range(1, table.shape[1]) if table.iloc[:, j].map(is_date).all()]
    if chart.kind == "hbar":
        room = HBAR_LABEL_UNITS
    else:
        room = max(8, int(width_inches * PLOT_SHARE / max(len(table), 1) / UNIT_INCHES))
    out = []
    for i in range(len(table)):
        first = table.iat[i, 0]
        text = day(first, lang) if is_date(first) else str(first).replace("<br>", "")
        lines = [theme.wrap(text, room, sep="\n")]
        lines += [day(table.iat[i, j], lang) for j in dates]
        out.append("\n".join(lines))
    return out


def value_columns(chart: Chart) -> list[int]:
    """The table's columns drawn as series: every numeric column after the first."""
    table = chart.table
    return [j for j in range(1, table.shape[1]) if pd.api.types.is_numeric_dtype(table.iloc[:, j])]


def top_value(chart: Chart) -> float:
    """The largest value the chart draws (0 when none)."""
    table = chart.table
    values = pd.concat([pd.to_numeric(table.iloc[:, j]) for j in value_columns(chart)])
    top = values.max() if len(values) else 0.0
    return 0.0 if pd.isna(top) else float(top)


def set_axes(ch, chart: Chart) -> None:
    """No automatic title; the value axis as a count or a rate; level category labels."""
    ch.has_title = False  # writes autoTitleDeleted val="1": the slide's title says it
    axis = ch.value_axis
    axis.minimum_scale = 0
    labels = axis.tick_labels
    labels.number_format_is_linked = False
    if is_rate(chart):
        axis.maximum_scale = 1
        axis.major_unit = 0.2
        labels.number_format = "0%"
    else:
        top = top_value(chart)
        step = theme.nice_step(top)
        axis.major_unit = step
        axis.maximum_scale = max(step, step * -(-top * 1.15 // step))
        labels.number_format = "0"
    axis.has_major_gridlines = True
    level_labels(ch.category_axis)


def level_labels(axis) -> None:
    """Category labels drawn level (rot 0), so long ones wrap at their line breaks."""
    tx_pr = axis._element.get_or_add_txPr()
    body = tx_pr.find(qn("a:bodyPr"))
    body.set("rot", "0")
    body.set("vert", "horz")
