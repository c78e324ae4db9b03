"""The briefing laid out for paper: numbered headings, figures and tables, and a last section
tracing every figure to its source. The Word document and the print PDF are both drawn from
this one layout, itself drawn from the BriefingDoc, so they number and word things alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.export.images import PAPER_PREFIX
from analysis.i18n import date_text, official_dates, t
from analysis.i18n.documents import numeral
from analysis.present.briefing import (
    BriefingDoc,
    Bullets,
    Figure,
    NotDrawn,
    Paragraph,
    Prose,
    Table,
)
from analysis.present.sources import table

#: 数据来源's columns: a narrow label, a wide source.
SOURCE_WIDTHS = (0.28, 0.72)


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
    widths: tuple[float, ...] = ()  # share of the type area per column; empty: by content


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
    """The paper layout of a briefing as a 情况报告: one level-1 heading per part, the
    sections of a part under level-2 headings; chart images are images_dir/NAME.png.

    Every figure and table comes from the BriefingDoc, built once for its as-of date: the
    数据来源 table is the doc's own (never recomputed here), with the figures' sources added.
    """
    lang = doc.lang
    paper = Paper(doc.title, t("doc_as_of", lang, date=date_text(doc.as_of, lang)), lang)
    sources = doc.section("data_notes")
    extra: list[tuple[str, str]] = []
    parts: dict[str, list] = {}
    for section in doc.sections:
        if section.key != "data_notes":
            parts.setdefault(section.part or section.title, []).append(section)
    number = 0
    for part, sections in parts.items():
        shown = [(s, [b for b in s.blocks if not isinstance(b, NotDrawn)]) for s in sections]
        extra += [
            (t("src_not_drawn", lang), b.reason)
            for s in sections
            for b in s.blocks
            if isinstance(b, NotDrawn)
        ]
        shown = [(s, blocks) for s, blocks in shown if blocks]
        if not shown:
            continue
        number += 1
        paper.items.append(Heading(1, t("doc_heading1", lang, n=numeral(number, lang), title=part)))
        for sub, (section, blocks) in enumerate(shown, start=1):
            if len(shown) > 1:
                title = t("doc_heading2", lang, n=numeral(sub, lang), title=section.title)
                paper.items.append(Heading(2, title))
            for block in blocks:
                paper.items += _items(block, paper, images_dir)
    paper.items += _sources_section(paper, doc, sources, extra, number + 1)
    return paper


def _items(block, paper: Paper, images_dir: Path | None) -> list[Item]:
    if isinstance(block, Paragraph):
        return [Text(block.text)]
    if isinstance(block, Prose):
        return [Text(t("sentence_join", paper.lang).join(block.items))]
    if isinstance(block, Bullets):
        return [Text(item) for item in block.items]
    if isinstance(block, Figure):
        chart = block.chart
        png, svg = (_existing(images_dir, chart.name, ext) for ext in ("png", "svg"))
        number = len(paper.pictures()) + 1
        lang = paper.lang
        caption, source = official_dates(chart.title, lang), official_dates(chart.note, lang)
        return [Picture(number, caption, png, source, vector=svg)]
    if isinstance(block, Table):
        widths = content_widths(block.frame)
        return [Grid(len(paper.grids()) + 1, block.caption, block.frame, block.source, widths)]
    return []


def _sources_section(paper: Paper, doc: BriefingDoc, sources, extra, number: int) -> list[Item]:
    """数据来源: the doc's sources table, then one row per distinct figure or table source."""
    lang = doc.lang
    rows = [tuple(r) for r in sources.blocks[0].frame.itertuples(index=False)] if sources else []
    by_source: dict[str, list[str]] = {}
    pictures = [p for p in paper.pictures() if p.source]
    base = _shared_source([p.source for p in pictures], t("note_join", lang, a=""))
    for p in pictures:
        ref = t("doc_figure_ref", lang, n=p.number)
        if base:
            by_source.setdefault(base, []).append(ref)
        remark = p.source[len(base) :].removeprefix(t("note_join", lang, a="")) if base else ""
        if remark or not base:
            by_source.setdefault(remark or p.source, []).append(ref)
    for g in paper.grids():
        if g.source:
            by_source.setdefault(g.source, []).append(t("doc_table_ref", lang, n=g.number))
    rows += [(t("src_refs_sep", lang).join(refs), src) for src, refs in by_source.items()]
    rows += extra
    frame = table(rows, lang).frame
    heading = t("doc_heading1", lang, n=numeral(number, lang), title=t("part_sources", lang))
    caption = t("caption_sources", lang)
    return [Heading(1, heading), Grid(len(paper.grids()) + 1, caption, frame, "", SOURCE_WIDTHS)]


#: Column widths follow content between these many characters (a date: 11 with 年月日).
NARROWEST, WIDEST = 3, 24


def content_widths(frame: pd.DataFrame) -> tuple[float, ...]:
    """Each column's share of the type area by its longest cell (clipped), so a date or a
    number keeps one line and the problem's text takes the rest."""
    if frame.empty or not len(frame.columns):
        return ()
    longest = [max([len(str(c))] + [len(cell_text(v)) for v in frame[c]]) for c in frame.columns]
    clipped = [min(max(n, NARROWEST), WIDEST) for n in longest]
    return tuple(n / sum(clipped) for n in clipped)


def _shared_source(sources: list[str], joiner: str) -> str:
    """The source line every chart shares (the shortest, when all others extend it), so each
    chart's own remark is a row of its own and the shared line is said once."""
    if not sources:
        return ""
    base = min(sources, key=len)
    extends = all(s == base or s.startswith(base + joiner) for s in sources)
    return base if extends else ""


def _existing(folder: Path | None, name: str, ext: str) -> Path | None:
    """The chart's image drawn for paper (no title, no source line), else its own."""
    for stem in (PAPER_PREFIX + name, name):
        path = folder / f"{stem}.{ext}" if folder else None
        if path is not None and path.exists():
            return path
    return None


def cell_text(value: object, lang: str = "zh") -> str:
    """A table cell as text: blanks for missing values, dates without time, 3.0 as 3."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return date_text(value, lang)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
