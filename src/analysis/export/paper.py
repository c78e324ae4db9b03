"""The briefing laid out for paper: numbered headings, figures and tables, and a last section
tracing every figure to its source. The Word document and the print PDF are both drawn from
this one layout, itself drawn from the BriefingDoc, so they number and word things alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.i18n import t
from analysis.i18n.documents import numeral
from analysis.present.briefing import (
    BriefingDoc,
    Bullets,
    Figure,
    NotDrawn,
    Paragraph,
    Table,
    source_table,
)


@dataclass
class Heading:
    """A numbered heading: level 1 (一、) or level 2 (（一）)."""

    level: int
    text: str


@dataclass
class Text:
    """A body paragraph."""

    text: str


@dataclass
class Picture:
    """A numbered figure: the chart's PNG and SVG (None when not drawn)."""

    number: int
    caption: str
    image: Path | None
    source: str
    vector: Path | None = None


@dataclass
class Grid:
    """A numbered table with its source line."""

    number: int
    caption: str
    frame: pd.DataFrame
    source: str


Item = Heading | Text | Picture | Grid


@dataclass
class Paper:
    """Title, as-of line and the items in reading order, in one language."""

    title: str
    subtitle: str
    lang: str
    items: list[Item] = field(default_factory=list)

    def pictures(self) -> list[Picture]:
        return [i for i in self.items if isinstance(i, Picture)]

    def grids(self) -> list[Grid]:
        return [i for i in self.items if isinstance(i, Grid)]


def lay_out(doc: BriefingDoc, ledger, images_dir: Path | None) -> Paper:
    """The paper layout of a briefing; chart images are looked up as images_dir/NAME.png."""
    lang = doc.lang
    date = doc.as_of.date().isoformat()
    paper = Paper(doc.title, t("doc_as_of", lang, date=date), lang)
    sources = source_table(ledger, lang)
    generic = t("doc_table_source", lang, file=ledger.meta.get("ledger_file", ""), date=date)
    not_drawn: list[str] = []
    number = 0
    for section in doc.sections:
        blocks = [b for b in section.blocks if not _same_table(b, sources)]
        shown = [b for b in blocks if not isinstance(b, NotDrawn)]
        not_drawn += [b.reason for b in blocks if isinstance(b, NotDrawn)]
        if not shown:
            continue
        number += 1
        paper.items.append(
            Heading(1, t("doc_heading1", lang, n=numeral(number, lang), title=section.title))
        )
        for block in shown:
            paper.items += _items(block, paper, images_dir, generic)
    paper.items += _sources_section(paper, doc, ledger, sources, not_drawn, number + 1)
    return paper


def _items(block, paper: Paper, images_dir: Path | None, generic: str) -> list[Item]:
    if isinstance(block, Paragraph):
        return [Text(block.text)]
    if isinstance(block, Bullets):
        return [Text(item) for item in block.items]
    if isinstance(block, Figure):
        chart = block.chart
        png, svg = (_existing(images_dir, chart.name, ext) for ext in ("png", "svg"))
        number = len(paper.pictures()) + 1
        return [Picture(number, chart.title, png, chart.note or generic, vector=svg)]
    if isinstance(block, Table):
        return [Grid(len(paper.grids()) + 1, block.caption, block.frame, block.source or generic)]
    return []


def _sources_section(
    paper: Paper,
    doc: BriefingDoc,
    ledger,
    sources: Table,
    not_drawn: list[str],
    number: int,
) -> list[Item]:
    """数据来源: the ledger file, each key figure's sentence or rows, each figure's source."""
    lang = doc.lang
    date = doc.as_of.date().isoformat()
    file, sha = ledger.meta.get("ledger_file", ""), ledger.meta.get("ledger_sha256", "")[:12]
    out: list[Item] = [
        Heading(1, t("doc_heading1", lang, n=numeral(number, lang), title=t("doc_sources", lang))),
        Text(t("doc_ledger_line", lang, file=file, sha=sha, date=date)),
    ]
    sub = 0
    if len(sources.frame):
        sub += 1
        out.append(
            Heading(
                2, t("doc_heading2", lang, n=numeral(sub, lang), title=t("doc_sources_key", lang))
            )
        )
        generic = t("doc_table_source", lang, file=file, date=date)
        out.append(Grid(len(paper.grids()) + 1, sources.caption, sources.frame, generic))
    numbered = [
        t("doc_item_source", lang, ref=t("doc_figure_ref", lang, n=p.number), source=p.source)
        for p in paper.pictures()
    ] + [
        t("doc_item_source", lang, ref=t("doc_table_ref", lang, n=g.number), source=g.source)
        for g in paper.grids()
    ]
    if numbered:
        sub += 1
        out.append(
            Heading(
                2, t("doc_heading2", lang, n=numeral(sub, lang), title=t("doc_sources_items", lang))
            )
        )
        out += [Text(line) for line in numbered]
    if not_drawn:
        sub += 1
        title = t("doc_sources_not_drawn", lang)
        out.append(Heading(2, t("doc_heading2", lang, n=numeral(sub, lang), title=title)))
        out += [Text(reason) for reason in dict.fromkeys(not_drawn)]
    return out


def _existing(folder: Path | None, name: str, ext: str) -> Path | None:
    path = folder / f"{name}.{ext}" if folder else None
    return path if path is not None and path.exists() else None


def _same_table(block, sources: Table) -> bool:
    """The briefing's own key-figure source table: shown once, in 数据来源."""
    return isinstance(block, Table) and block.frame.equals(sources.frame)


def cell_text(value: object) -> str:
    """A table cell as text: blanks for missing values, dates without time, 3.0 as 3."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
