"""The blocks a briefing is made of: paragraphs, bullets, tables, figures, and sections.

Every output (HTML, Word, PDF, the deck) draws these; the API is stable: add, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.present.charts import Chart


@dataclass
class Paragraph:
    """A sentence or paragraph of generated text; link is a file it names (relative to
    briefing.html), which the HTML briefing makes a link."""

    text: str
    link: str = ""


@dataclass
class Bullets:
    """A list of short generated sentences."""

    items: list[str]


@dataclass
class Prose:
    """Generated sentences read as one paragraph (a report's 总体情况)."""

    items: list[str]


@dataclass
class Table:
    """A table with a caption; cells are plain text or numbers (escaped by whoever shows them)."""

    caption: str
    frame: pd.DataFrame
    source: str = ""


@dataclass
class Figure:
    """A chart, shown as a numbered figure."""

    chart: Chart

    @property
    def caption(self) -> str:
        return self.chart.title


@dataclass
class NotDrawn:
    """Why a chart is not drawn (the ledger lacks its data)."""

    name: str
    reason: str


Block = Paragraph | Prose | Bullets | Table | Figure | NotDrawn


@dataclass
class Section:
    """A titled section of the briefing."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    part: str = ""  # the report part (一、二、…) it stands under; empty: its own
