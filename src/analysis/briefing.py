"""What the briefing notebook calls: load once, then show each section in the chosen language.

Everything shown is generated from the figures; ledger text is HTML-escaped, so a
problem title containing <script> shows as text and runs nothing.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import HTML, display
from plotly.io._base_renderers import NotebookRenderer, PlotlyRenderer

from . import completion, theme
from .charts import ChartSet, build_charts
from .export import export_charts
from .i18n import pct, t
from .ledger import Ledger
from .load import load_ledger
from .narrative import key_points
from .paths import display_path
from .roster import MIN_GROUP
from .summary import summary


class OfflineNotebookRenderer(NotebookRenderer):
    """plotly's notebook renderer without its MathJax CDN script, so the HTML reads offline."""

    def to_mimebundle(self, fig_dict: dict) -> dict:
        html_text = pio.to_html(
            fig_dict,
            config=self.config,
            include_plotlyjs=False,
            include_mathjax=False,
            full_html=False,
            default_width="100%",
            default_height=theme.HEIGHT,
            validate=False,
        )
        return {"text/html": html_text}


#: JupyterLab reads the mimetype; nbconvert's HTML gets the figure with plotly.js embedded once.
RENDERER = "plotly_mimetype+briefing_notebook"
ON_SCREEN = {"responsive": True, "displaylogo": False}


def use_briefing_renderer() -> None:
    """Make RENDERER plotly's default, for notebooks that show figures as cell results."""
    pio.renderers["briefing_notebook"] = OfflineNotebookRenderer(connected=False)
    pio.renderers.default = RENDERER


class FigureDisplay:
    """Shows a figure as RENDERER does, without plotly's renderer registry.

    The registry imports nbformat and, through it, jsonschema, which compiles IRI grammars
    at import: about a second of every briefing kernel's start, for nothing it uses.
    """

    def __init__(self) -> None:
        self._json = PlotlyRenderer(config=ON_SCREEN)
        self._html = OfflineNotebookRenderer(connected=False, config=ON_SCREEN)
        self._html.activate()  # plotly.js, embedded once, for the HTML nbconvert writes

    def show(self, fig: go.Figure) -> None:
        fig_dict = fig.to_dict()
        bundle = self._json.to_mimebundle(fig_dict)
        bundle.update(self._html.to_mimebundle(fig_dict))
        display(bundle, raw=True)


SECTIONS = {
    "key_figures": ("关键数据", "Key figures"),
    "completion": ("整改完成情况", "Completion"),
    "overdue": ("逾期情况", "What is overdue"),
    "delegates": ("妇代会代表结构", "Delegate composition"),
    "organisations": ("组织建设", "Organisation building"),
    "timeline": ("整改时间线", "Timeline"),
    "data_notes": ("数据说明", "Data notes"),
}


def esc(value: object) -> str:
    """HTML-escape anything shown from the ledger."""
    return html.escape("" if value is None else str(value))


def source_table(ledger: Ledger, lang: str = "zh") -> pd.DataFrame:
    """Key figures with the sentence (notice) or file and row (ledger) each comes from."""
    rows = []
    declared = ledger.declared[ledger.declared["mention"] == 1]
    for r in declared.itertuples():
        shown = pct(r.value) if r.figure == "completion_rate" else f"{r.value:g}"
        rows.append((t(r.figure, lang), shown, r.source_text))
    for r in ledger.delegates.itertuples():
        bound = (
            f"≥{pct(r.threshold)}"
            if pd.notna(r.threshold)
            else ("present" if lang == "en" else "一定数量")
        )
        rows.append((t(r.indicator, lang), bound, r.source_text))
    if len(ledger.organisations):
        lists = " / ".join(ledger.organisations["source_text"].drop_duplicates())
        rows.append((t("new_organisations", lang), str(len(ledger.organisations)), lists))
    if ledger.meta.get("source_kind") == "office_ledger":
        f = ledger.findings
        rows.append(
            (
                t("findings", lang),
                str(len(f)),
                f"{ledger.meta.get('source_file')}: {ledger.meta.get('sheet')} rows {f['source_row'].min()}–{f['source_row'].max()}",
            )
        )
    headers = ("数据", "数值", "出处") if lang == "zh" else ("Figure", "Value", "Source")
    return pd.DataFrame(rows, columns=list(headers))


@dataclass
class Briefing:
    """A ledger, the briefing's options and the charts drawn from it."""

    ledger: Ledger
    lang: str = "zh"
    as_of: pd.Timestamp = field(default_factory=lambda: completion.as_timestamp(None))
    output_dir: Path | None = None
    charts: ChartSet = field(default_factory=ChartSet)
    roster: pd.DataFrame | None = None
    screen: FigureDisplay | None = None

    @classmethod
    def load(
        cls,
        ledger_path: str = "",
        unit: str = "",
        as_of: str = "",
        lang: str = "zh",
        output_dir: str = "",
        roster_path: str = "",
    ) -> Briefing:
        """Load the ledger (empty path: the bundled one) and draw every chart."""
        ledger = load_ledger(ledger_path or None, unit=unit or None)
        when = completion.as_timestamp(as_of or None)
        roster = None
        if roster_path:
            from .roster import load_roster, roster_figures

            roster = roster_figures(load_roster(roster_path), ledger, as_of=when)
        b = cls(ledger, lang, when, Path(output_dir) if output_dir else None, roster=roster)
        b.charts = build_charts(ledger, lang, when, roster)
        b.screen = FigureDisplay()
        return b

    def _t(self, zh: str, en: str) -> str:
        return zh if self.lang == "zh" else en

    @functools.cached_property
    def figures(self) -> dict:
        """The summary figures (computed once)."""
        return summary(self.ledger, as_of=self.as_of)

    def header(self) -> None:
        """Unit, as-of date, the ledger file and its hash."""
        m = self.ledger.meta
        title = self._t(
            f"{self.ledger.unit}巡察整改情况简报", f"{self.ledger.unit}: rectification briefing"
        )
        rows = [
            (self._t("单位", "Unit"), self.ledger.unit),
            (self._t("截至", "As of"), self.as_of.date().isoformat()),
            (self._t("台账文件", "Ledger file"), m.get("ledger_file", "")),
            ("SHA-256", m.get("ledger_sha256", "")),
        ]
        cells = "".join(
            f"<tr><th style='text-align:left;padding-right:1em'>{esc(k)}</th><td>{esc(v)}</td></tr>"
            for k, v in rows
        )
        display(HTML(f"<h1>{esc(title)}</h1><table class='briefing-header'>{cells}</table>"))

    def section(self, key: str) -> None:
        """A section heading in the briefing's language."""
        zh, en = SECTIONS[key]
        display(HTML(f"<h2>{esc(self._t(zh, en))}</h2>"))

    def key_figures(self) -> None:
        """The key figures as generated sentences."""
        items = "".join(f"<li>{esc(p)}</li>" for p in key_points(self.figures, self.lang))
        display(HTML(f"<ul class='key-figures'>{items}</ul>"))

    def chart(self, name: str) -> None:
        """Show a chart, or say why it is not drawn."""
        for c in self.charts.charts:
            if c.name == name:
                on_screen = go.Figure(c.figure)
                on_screen.layout.width = None
                self.screen = self.screen or FigureDisplay()
                self.screen.show(on_screen)
                return
        for skipped, reason in self.charts.skipped:
            if skipped == name:
                display(HTML(f"<p class='not-drawn'><em>{esc(reason)}</em></p>"))
                return
        raise KeyError(f"no chart named {name!r}")

    def roster_table(self) -> None:
        """Roster aggregates per indicator (small groups shown as <5), or nothing without a roster."""
        if self.roster is None:
            return
        r = self.roster
        shown = pd.DataFrame(
            {
                self._t("指标", "Indicator"): [t(k, self.lang) for k in r["indicator"]],
                self._t("人数", "Count"): [
                    f"<{MIN_GROUP}" if s else c
                    for c, s in zip(r["count"], r["suppressed"], strict=True)
                ],
                self._t("比例", "Share"): [
                    f"<{MIN_GROUP}" + self._t("人", "") if s else pct(v)
                    for v, s in zip(r["ratio"], r["suppressed"], strict=True)
                ],
                self._t("下限", "Floor"): [
                    ("≥" + pct(v)) if pd.notna(v) else "—" for v in r["threshold"]
                ],
                self._t("是否达标", "Met"): [
                    self._t("是", "yes")
                    if m is True
                    else self._t("否", "no")
                    if m is False
                    else "—"
                    for m in r["met"]
                ],
            }
        )
        display(HTML(shown.to_html(index=False, escape=True)))

    def overdue_table(self) -> None:
        """The overdue list as a table, or why there is none."""
        f = self.ledger.findings
        if f["deadline"].isna().all():
            self.chart("overdue")
            return
        late = completion.overdue(f, self.as_of)
        if late.empty:
            display(
                HTML(
                    f"<p>{esc(self._t('截至本日没有逾期问题。', 'Nothing is overdue as of this date.'))}</p>"
                )
            )
            return
        display(HTML(late.to_html(index=False, escape=True, na_rep="")))

    def sources(self) -> None:
        """Where each key figure comes from: the sentence of the notice, or the ledger row."""
        display(
            HTML(source_table(self.ledger, self.lang).to_html(index=False, escape=True, na_rep=""))
        )

    def data_notes(self) -> None:
        """Sources, what is inferred, and what the data cannot tell."""
        m = self.ledger.meta
        notes = [
            self._t(
                f"来源文件：{m.get('source_file', '')}（SHA-256 {m.get('source_sha256', m.get('ledger_sha256', ''))[:12]}…）",
                f"Source file: {m.get('source_file', '')} (SHA-256 {m.get('source_sha256', m.get('ledger_sha256', ''))[:12]}…)",
            )
        ]
        if m.get("published"):
            basis = m.get("annotations", "annotations")
            notes.append(
                self._t(
                    f"公布日期 {m['published']} 不在通报正文中，来自 {basis}。",
                    f"The publication date {m['published']} is not in the notice text; it comes from {basis}.",
                )
            )
        notes += self._status_basis_notes()
        inferred = self.ledger.events["year_inferred"].fillna(False).astype(bool).sum()
        if inferred:
            notes.append(
                self._t(
                    f"{inferred}个日期未写年份，按通报年份推断。",
                    f"{inferred} dates give no year; the notice's year is used (inferred).",
                )
            )
        notes += [f"{name}: {reason}" for name, reason in self.charts.skipped]
        notes += [self._t("读取提示：", "Reader warning: ") + w for w in self.ledger.warnings]
        items = "".join(f"<li>{esc(n)}</li>" for n in notes)
        display(HTML(f"<ul class='data-notes'>{items}</ul>"))

    def _status_basis_notes(self) -> list[str]:
        """Say when statuses rest on a declared total rather than on per-item records."""
        f = self.ledger.findings
        from_total = f["status_basis"].fillna("").str.startswith("declared total")
        if not from_total.any():
            return []
        done = self.ledger.declared_value("completed")
        total = self.ledger.declared_value("problems")
        return [
            self._t(
                f"{int(from_total.sum())}个问题的完成状态依据通报所述总数（已完成{done:g}个/共{total:g}个）确定，"
                "通报未逐项说明完成日期。",
                f"The status of {int(from_total.sum())} problems rests on the declared totals "
                f"({done:g} of {total:g} completed); the notice gives no per-item completion dates.",
            )
        ]

    def export(
        self, formats: tuple[str, ...] = ("png", "svg", "pptx", "xlsx"), defer_images: bool = False
    ) -> list[str]:
        """Write chart images, the deck and the workbook into the output folder.

        defer_images leaves PNG/SVG to the renderer, which keeps one browser for a batch.
        """
        if self.output_dir is None:
            return []
        result = export_charts(
            self.ledger,
            self.output_dir / "charts",
            list(formats),
            self.lang,
            self.as_of,
            roster=self.roster,
            charts=self.charts,
            defer=defer_images,
        )
        for reason in result.skipped:
            if reason.startswith("PNG/SVG skipped"):
                display(HTML(f"<p><em>{esc(reason)}</em></p>"))
        return [display_path(p) for p in result.written]
