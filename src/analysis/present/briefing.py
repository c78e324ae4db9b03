"""The briefing as data: sections of paragraphs, tables and charts, built by pure functions.

Every output (the notebook's HTML, the Word document, the PDF) is drawn from one
`BriefingDoc`, so their numbers cannot disagree. Nothing here displays or writes files.
A section appears only when the ledger holds its data; what is missing is said once,
in 数据说明.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.figures import completion
from analysis.figures.as_of import resolve_as_of
from analysis.figures.delegates import MIN_GROUP
from analysis.figures.progress import UnitProgress
from analysis.figures.summary import summary
from analysis.i18n import date_text, pct, t
from analysis.model.ledger import Ledger
from analysis.present import limits
from analysis.present.blocks import (  # noqa: F401  (the block API, re-exported)
    Block,
    Bullets,
    Figure,
    NotDrawn,
    Paragraph,
    Prose,
    Section,
    Table,
)
from analysis.present.charts import ChartSet, build_charts
from analysis.present.narrative import key_points
from analysis.present.notes import data_notes, source_table, status_basis_notes  # noqa: F401
from analysis.present.report import attention_blocks, next_steps
from analysis.present.sources import sources
from analysis.present.tables import localise, without_empty


@dataclass
class BriefingDoc:
    """Everything a briefing shows, in order, in one language."""

    title: str
    header: list[tuple[str, str]]
    sections: list[Section]
    figures: dict
    charts: ChartSet
    lang: str
    as_of: pd.Timestamp
    as_of_basis: str = ""  # catalogue key: where the as-of date came from

    def section(self, key: str) -> Section | None:
        """The section with this key, or None when the briefing leaves it out."""
        return next((s for s in self.sections if s.key == key), None)


#: Section key -> catalogue key of its title, in briefing order (a 情况报告's order).
SECTIONS = {
    "key_figures": "section_key_figures",
    "completion": "section_completion",
    "delegates": "section_delegates",
    "organisations": "section_organisations",
    "timeline": "section_timeline",
    "overdue": "section_overdue",
    "next_steps": "part_next_steps",
    "data_notes": "section_data_notes",
}
ALWAYS = ("key_figures", "data_notes")
#: Section key -> the report part (a level-1 heading) it stands under.
PARTS = {
    "key_figures": "part_overview",
    "progress": "part_progress",
    "completion": "part_rectification",
    "delegates": "part_rectification",
    "organisations": "part_rectification",
    "timeline": "part_rectification",
    "overdue": "part_attention",
    "next_steps": "part_next_steps",
    "data_notes": "part_sources",
}

#: Charts per section, in the order they are shown.
SECTION_CHARTS = {
    "completion": [
        "completion_overview",
        "status_breakdown",
        "measures_per_finding",
        "completion_by_aspect",
        "completion_by_category",
        "completion_by_department",
        "completion_by_leader",
        "burndown",
    ],
    "overdue": ["due_buckets", "overdue"],
    "delegates": ["delegate_quotas"],
    "organisations": ["organisations_by_sector", "pilots_awards"],
    "timeline": ["timeline"],
}


def build_briefing(
    ledger: Ledger,
    lang: str = "zh",
    as_of: object = None,
    roster: pd.DataFrame | None = None,
    progress: UnitProgress | None = None,
) -> BriefingDoc:
    """The whole briefing for a ledger, as data (as_of None or "": the ledger's default)."""
    when, basis = resolve_as_of(ledger, as_of)
    charts = build_charts(ledger, lang, when, roster)
    figures = summary(ledger, as_of=when)
    title = briefing_title(ledger, lang)
    header = header_rows(ledger, lang, when, basis)
    doc = BriefingDoc(title, header, [], figures, charts, lang, when, basis)
    moved_back = _moved_back(progress)
    for key, title_key in SECTIONS.items():
        blocks = list(_blocks(key, doc, ledger, roster, moved_back))
        if blocks or key in ALWAYS:
            doc.sections.append(Section(key, t(title_key, lang), blocks))
    if progress is not None:
        from analysis.present.progress import add_progress

        add_progress(doc, progress)
    for section in doc.sections:
        section.part = t(PARTS.get(section.key, "part_rectification"), lang)
    _charts_in_reading_order(doc)
    return doc


def _charts_in_reading_order(doc: BriefingDoc) -> None:
    """The deck, the workbook and the images follow the briefing's figure order."""
    shown = [b.chart.name for s in doc.sections for b in s.blocks if isinstance(b, Figure)]
    place = {name: i for i, name in enumerate(shown)}
    doc.charts.charts.sort(key=lambda c: place.get(c.name, len(shown)))


def header_rows(
    ledger: Ledger, lang: str, as_of: pd.Timestamp, basis: str = ""
) -> list[tuple[str, str]]:
    """Unit and as-of date (and where it came from); file names and hashes are in 数据来源."""
    date = date_text(as_of, lang)
    shown = t("as_of_with_basis", lang, date=date, basis=t(basis, lang)) if basis else date
    return [
        (t("header_unit", lang), _unit_shown(ledger, lang)),
        (t("header_as_of", lang), shown),
    ]


def _moved_back(progress: UnitProgress | None) -> list[str]:
    """The 序号 of items that moved back from completed since the previous report."""
    if progress is None or progress.changes.empty:
        return []
    c = progress.changes
    return [str(x) for x in c.loc[c["change"].eq("moved_back"), "label"]]


def briefing_title(ledger: Ledger, lang: str) -> str:
    """{unit}巡察整改情况报告, or without a unit when only the file's bare name stands in."""
    unit = ledger.titled_unit
    return t("briefing_title", lang, unit=unit) if unit else t("briefing_title_no_unit", lang)


def _unit_shown(ledger: Ledger, lang: str) -> str:
    """The unit, marked when the ledger states none and its file name stands in."""
    if ledger.meta.get("unit_basis") == "file_name":
        return t("unit_from_file_name", lang, unit=ledger.unit)
    return ledger.unit


def _blocks(
    key: str,
    doc: BriefingDoc,
    ledger: Ledger,
    roster: pd.DataFrame | None,
    moved_back: list[str],
) -> list[Block]:
    lang, when = doc.lang, doc.as_of
    if key == "key_figures":
        return [Prose(key_points(doc.figures, lang))]
    if key == "data_notes":
        return [sources(ledger, doc.charts, lang, when, doc.as_of_basis)]
    if key == "next_steps":
        return list(next_steps(ledger, lang, when))
    blocks = [_chart_block(doc.charts, name) for name in SECTION_CHARTS.get(key, [])]
    if key == "overdue":
        said = attention_blocks(ledger, lang, when, moved_back)
        return [b for b in said + blocks + overdue_table(ledger, lang, when) if b is not None]
    if key == "delegates" and roster is not None and any(blocks):
        blocks.append(roster_table(roster, lang))
    return [b for b in blocks if b is not None]


def _chart_block(charts: ChartSet, name: str) -> Block | None:
    """The chart as a figure; None when it is not drawn (the notes say why, once)."""
    return next((Figure(c) for c in charts.charts if c.name == name), None)


def overdue_table(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> list[Block]:
    """The overdue problems as a table (owner units, not people; dates as documents write
    them); nothing when none is overdue (the section's sentence says so)."""
    f = ledger.findings
    if f["deadline"].isna().all():
        return []
    late = completion.overdue(f, as_of).drop(columns=["leader"])
    if late.empty:
        return []
    late["deadline"] = [date_text(d, lang) for d in late["deadline"]]
    shown, left_out = limits.top(late)
    table = localise(without_empty(shown), lang)
    blocks: list[Block] = [Table(t("caption_overdue", lang), table)]
    if left_out:
        sheet = t("limits.overdue_sheet", lang)
        blocks.append(Paragraph(limits.more_line(left_out, lang, sheet), link=limits.WORKBOOK))
    return blocks


def roster_table(r: pd.DataFrame, lang: str) -> Table:
    """Roster aggregates per indicator (small groups shown as <5)."""
    small = t("small_group", lang, n=MIN_GROUP)
    shown = pd.DataFrame(
        {
            t("col_indicator", lang): [t(k, lang) for k in r["indicator"]],
            t("col_count", lang): [
                small if s else c for c, s in zip(r["count"], r["suppressed"], strict=True)
            ],
            t("col_share", lang): [
                small if s else pct(v) for v, s in zip(r["ratio"], r["suppressed"], strict=True)
            ],
            t("col_stated", lang): [("≥" + pct(v)) if pd.notna(v) else "—" for v in r["threshold"]],
            t("col_matches", lang): [
                t("yes", lang) if m is True else t("no", lang) if m is False else "—"
                for m in r["met"]
            ],
        }
    )
    return Table(t("caption_roster", lang), shown)
