"""What every chart shares: the Chart record, the build context, the source note, bars."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present import theme


@dataclass
class Chart:
    """A chart, its data table, and how to draw it natively in PowerPoint."""

    name: str
    title: str
    figure: go.Figure
    table: pd.DataFrame  # first column categories, other columns one series each
    kind: str = "bar"  # bar | hbar | line
    note: str = ""
    value_format: str = "0"  # number format for data labels in the deck ('0%' for shares)
    full: pd.DataFrame | None = None  # the whole table when the chart shows only the top entries
    groups: list[str] | None = None  # each row's legend entry, where colour says what a bar is


@dataclass
class ChartSet:
    """The charts drawn, and for each chart not drawn, why."""

    charts: list[Chart] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # catalogue keys of what the data lacks


@dataclass
class Context:
    """What every chart needs besides the ledger."""

    lang: str
    as_of: pd.Timestamp
    note: str
    roster: pd.DataFrame | None = None

    def t(self, key: str, **fields: object) -> str:
        """The catalogue text for key in this chart's language."""
        return t(key, self.lang, **fields)

    def with_note(self, extra: str) -> str:
        """The source note followed by an extra remark."""
        return self.note + t("note_join", self.lang, a=extra)


Result = Chart | tuple[str, str]


def source_note(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> str:
    """'来源：<unit>整改台账；截至<date>' in the chosen language. The file's name stays out (a
    chart goes on slides; 数据来源 names the file), as does a file name standing in for the unit."""
    published = ledger.meta.get("published")
    notice = ledger.meta.get("source_kind") == "notice"
    unit = ledger.titled_unit or ""
    return t(
        "source_note",
        lang,
        unit=t("source_unit", lang, unit=unit) if unit else "",
        what=t("source_notice" if notice else "source_ledger", lang),
        published=t("source_published", lang, date=day(published, lang)) if published else "",
        as_of=day(as_of, lang),
    )


def day(value: object, lang: str) -> str:
    """A date as documents write it: 2024年3月28日 (28 Mar 2024), never split by a hyphen."""
    d = pd.Timestamp(value)
    return t("chart_day", lang, y=d.year, m=d.month, d=d.day, mon=d.strftime("%b"))


def bar(
    x: list, y: list, colours: list[str] | str | None = None, text: list | None = None
) -> go.Bar:
    """Vertical bars with their value printed above them."""
    return go.Bar(
        x=x,
        y=y,
        marker=dict(color=colours or theme.PALETTE[0], line=dict(color=theme.OUTLINE, width=1)),
        text=text if text is not None else y,
        textposition="outside",
        cliponaxis=False,
    )


def hbar(y: list, x: list, text: list, colour: str) -> go.Bar:
    """Horizontal bars with their value printed after them."""
    return go.Bar(
        y=y,
        x=x,
        orientation="h",
        text=text,
        textposition="outside",
        marker=dict(color=colour, line=dict(color=theme.OUTLINE, width=1)),
        cliponaxis=False,
    )


def labels(values: list, width: int = theme.LABEL_UNITS) -> list[str]:
    """Category labels wrapped to width units."""
    return [theme.wrap(str(v), width) for v in values]
