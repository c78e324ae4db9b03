"""The briefing as data: sections of paragraphs, tables and charts, built by pure functions.

Every output (the notebook's HTML, the Word document, the PDF) is drawn from one
`BriefingDoc`, so their numbers cannot disagree. Nothing here displays or writes files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.figures import completion
from analysis.figures.delegates import MIN_GROUP
from analysis.figures.progress import UnitProgress
from analysis.figures.summary import summary
from analysis.i18n import pct, t
from analysis.model.ledger import Ledger
from analysis.present import limits
from analysis.present.charts import Chart, ChartSet, build_charts
from analysis.present.narrative import key_points


@dataclass
class Paragraph:
    """A sentence or paragraph of generated text."""

    text: str


@dataclass
class Bullets:
    """A list of short generated sentences."""

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


Block = Paragraph | Bullets | Table | Figure | NotDrawn


@dataclass
class Section:
    """A titled section of the briefing."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


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

    def section(self, key: str) -> Section | None:
        """The section with this key, or None when the briefing leaves it out."""
        return next((s for s in self.sections if s.key == key), None)


SECTIONS = {
    "key_figures": ("关键数据", "Key figures"),
    "completion": ("整改完成情况", "Completion"),
    "overdue": ("逾期情况", "What is overdue"),
    "delegates": ("妇代会代表结构", "Delegate composition"),
    "organisations": ("组织建设", "Organisation building"),
    "timeline": ("整改时间线", "Timeline"),
    "data_notes": ("数据说明", "Data notes"),
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


def _tr(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def build_briefing(
    ledger: Ledger,
    lang: str = "zh",
    as_of: object = None,
    roster: pd.DataFrame | None = None,
    progress: UnitProgress | None = None,
) -> BriefingDoc:
    """The whole briefing for a ledger, as data (with 本期进展 when progress is given)."""
    when = completion.as_timestamp(as_of)
    charts = build_charts(ledger, lang, when, roster)
    figures = summary(ledger, as_of=when)
    title = _tr(lang, f"{ledger.unit}巡察整改情况简报", f"{ledger.unit}: rectification briefing")
    doc = BriefingDoc(title, header_rows(ledger, lang, when), [], figures, charts, lang, when)
    for key, (zh, en) in SECTIONS.items():
        doc.sections.append(
            Section(key, _tr(lang, zh, en), list(_blocks(key, doc, ledger, roster)))
        )
    if progress is not None:
        from analysis.present.progress import add_progress

        add_progress(doc, progress)
    return doc


def header_rows(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> list[tuple[str, str]]:
    """Unit, as-of date, the ledger file and its hash."""
    m = ledger.meta
    return [
        (_tr(lang, "单位", "Unit"), ledger.unit),
        (_tr(lang, "截至", "As of"), as_of.date().isoformat()),
        (_tr(lang, "台账文件", "Ledger file"), m.get("ledger_file", "")),
        ("SHA-256", m.get("ledger_sha256", "")),
    ]


def _blocks(key: str, doc: BriefingDoc, ledger: Ledger, roster: pd.DataFrame | None) -> list[Block]:
    if key == "key_figures":
        return [Bullets(key_points(doc.figures, doc.lang))]
    if key == "data_notes":
        return [Bullets(data_notes(ledger, doc.charts, doc.lang)), source_table(ledger, doc.lang)]
    blocks = [_chart_block(doc.charts, name) for name in SECTION_CHARTS.get(key, [])]
    if key == "overdue":
        blocks += overdue_blocks(ledger, doc.lang, doc.as_of)
    if key == "delegates" and roster is not None:
        blocks.append(roster_table(roster, doc.lang))
    return [b for b in blocks if b is not None]


def _chart_block(charts: ChartSet, name: str) -> Block | None:
    for c in charts.charts:
        if c.name == name:
            return Figure(c)
    for skipped, reason in charts.skipped:
        if skipped == name:
            return NotDrawn(name, reason)
    return None


def overdue_blocks(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> list[Block]:
    """The overdue list as a table, or a sentence saying nothing is overdue."""
    f = ledger.findings
    if f["deadline"].isna().all():
        return []
    late = completion.overdue(f, as_of)
    if late.empty:
        return [
            Paragraph(_tr(lang, "截至本日没有逾期问题。", "Nothing is overdue as of this date."))
        ]
    shown, left_out = limits.top(late)
    blocks: list[Block] = [Table(_tr(lang, "逾期问题", "Overdue problems"), shown)]
    if left_out:
        sheet = t("limits.overdue_sheet", lang)
        blocks.append(Paragraph(limits.more_line(left_out, lang, sheet)))
    return blocks


def roster_table(r: pd.DataFrame, lang: str) -> Table:
    """Roster aggregates per indicator (small groups shown as <5)."""
    shown = pd.DataFrame(
        {
            _tr(lang, "指标", "Indicator"): [t(k, lang) for k in r["indicator"]],
            _tr(lang, "人数", "Count"): [
                f"<{MIN_GROUP}" if s else c
                for c, s in zip(r["count"], r["suppressed"], strict=True)
            ],
            _tr(lang, "比例", "Share"): [
                f"<{MIN_GROUP}" + _tr(lang, "人", "") if s else pct(v)
                for v, s in zip(r["ratio"], r["suppressed"], strict=True)
            ],
            _tr(lang, "下限", "Floor"): [
                ("≥" + pct(v)) if pd.notna(v) else "—" for v in r["threshold"]
            ],
            _tr(lang, "是否达标", "Met"): [
                _tr(lang, "是", "yes")
                if m is True
                else _tr(lang, "否", "no")
                if m is False
                else "—"
                for m in r["met"]
            ],
        }
    )
    return Table(_tr(lang, "代表名册统计", "Delegate roster"), shown)


def source_table(ledger: Ledger, lang: str = "zh") -> Table:
    """Key figures with the sentence (notice) or file and row (ledger) each comes from."""
    rows = []
    declared = ledger.declared[ledger.declared["mention"] == 1]
    for r in declared.itertuples():
        shown = pct(r.value) if r.figure == "completion_rate" else f"{r.value:g}"
        rows.append((t(r.figure, lang), shown, r.source_text))
    for r in ledger.delegates.itertuples():
        bound = (
            f"≥{pct(r.threshold)}" if pd.notna(r.threshold) else _tr(lang, "一定数量", "present")
        )
        rows.append((t(r.indicator, lang), bound, r.source_text))
    if len(ledger.organisations):
        lists = " / ".join(ledger.organisations["source_text"].drop_duplicates())
        rows.append((t("new_organisations", lang), str(len(ledger.organisations)), lists))
    if ledger.meta.get("source_kind") == "office_ledger":
        f = ledger.findings
        where = f"{ledger.meta.get('source_file')}: {ledger.meta.get('sheet')}"
        span = f"{f['source_row'].min()}–{f['source_row'].max()}"
        rows.append(
            (t("findings", lang), str(len(f)), where + _tr(lang, f" 第{span}行", f" rows {span}"))
        )
    headers = ("数据", "数值", "出处") if lang == "zh" else ("Figure", "Value", "Source")
    return Table(_tr(lang, "数据来源", "Sources"), pd.DataFrame(rows, columns=list(headers)))


def data_notes(ledger: Ledger, charts: ChartSet, lang: str) -> list[str]:
    """Sources, what is inferred, and what the data cannot tell."""
    m = ledger.meta
    sha = m.get("source_sha256", m.get("ledger_sha256", ""))[:12]
    notes = [
        _tr(
            lang,
            f"来源文件：{m.get('source_file', '')}（SHA-256 {sha}…）",
            f"Source file: {m.get('source_file', '')} (SHA-256 {sha}…)",
        )
    ]
    if m.get("published"):
        basis = m.get("annotations", "annotations")
        notes.append(
            _tr(
                lang,
                f"公布日期 {m['published']} 不在通报正文中，来自 {basis}。",
                f"The publication date {m['published']} is not in the notice text; it comes from {basis}.",
            )
        )
    notes += status_basis_notes(ledger, lang)
    inferred = ledger.events["year_inferred"].fillna(False).astype(bool).sum()
    if inferred:
        notes.append(
            _tr(
                lang,
                f"{inferred}个日期未写年份，按通报年份推断。",
                f"{inferred} dates give no year; the notice's year is used (inferred).",
            )
        )
    notes += [f"{name}: {reason}" for name, reason in charts.skipped]
    notes += [_tr(lang, "读取提示：", "Reader warning: ") + w for w in ledger.warnings]
    return notes


def status_basis_notes(ledger: Ledger, lang: str) -> list[str]:
    """Say when statuses rest on a declared total rather than on per-item records."""
    f = ledger.findings
    from_total = f["status_basis"].fillna("").str.startswith("declared total")
    if not from_total.any():
        return []
    done = ledger.declared_value("completed")
    total = ledger.declared_value("problems")
    return [
        _tr(
            lang,
            f"{int(from_total.sum())}个问题的完成状态依据通报所述总数（已完成{done:g}个/共{total:g}个）确定，"
            "通报未逐项说明完成日期。",
            f"The status of {int(from_total.sum())} problems rests on the declared totals "
            f"({done:g} of {total:g} completed); the notice gives no per-item completion dates.",
        )
    ]
