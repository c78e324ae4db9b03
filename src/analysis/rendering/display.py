"""The briefing inside a kernel: load, build the BriefingDoc, show its sections, export files.

The notebook stays thin: it calls `open_briefing(...)`, then `show(section)` per cell.
Ledger text is HTML-escaped, so a problem title containing <script> shows as text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import HTML, Markdown, display
from plotly.io.base_renderers import NotebookRenderer, PlotlyRenderer

from analysis.export.chart_files import export_charts
from analysis.figures.as_of import resolve_as_of
from analysis.figures.delegates import roster_figures
from analysis.history.progress import briefing_progress
from analysis.i18n import date_text, t
from analysis.model.ledger import Ledger
from analysis.paths import display_path
from analysis.present import theme
from analysis.present.briefing import (
    Block,
    BriefingDoc,
    Bullets,
    Figure,
    NotDrawn,
    Paragraph,
    Prose,
    Table,
    build_briefing,
)
from analysis.read.load import load_ledger
from analysis.read.roster import load_roster


def screen_dict(fig_dict: dict, width: int = theme.SCREEN_WIDTH) -> dict:
    """A figure's dict as theme.for_screen lays it out for an area width px wide."""
    fig = go.Figure(data=fig_dict.get("data"), layout=fig_dict.get("layout"))
    return {**fig_dict, **theme.for_screen(fig, width).to_dict()}


class ScreenRenderer(PlotlyRenderer):
    """plotly's JupyterLab renderer (the plotly mimetype), given the on-screen layout."""

    def to_mimebundle(self, fig_dict: dict) -> dict:
        return dict(super().to_mimebundle(screen_dict(fig_dict)))


class OfflineNotebookRenderer(NotebookRenderer):
    """plotly's notebook renderer without its MathJax CDN script, so the HTML reads offline;
    the figure takes the page's width, its text laid out for a page PAGE_WIDTH px wide."""

    def to_mimebundle(self, fig_dict: dict) -> dict:
        html_text = pio.to_html(
            screen_dict(fig_dict, theme.PAGE_WIDTH),
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
RENDERER = "briefing_mimetype+briefing_notebook"
#: No toolbar: its tooltips are English only, and plotly.js 4 adds a "Share chart..." button
#: that uploads the data to Plotly Cloud. Hover and zoom by dragging still work.
ON_SCREEN = {
    "responsive": True,
    "displaylogo": False,
    "displayModeBar": False,
    "showSendToCloud": False,
}


def use_briefing_renderer() -> None:
    """Make RENDERER plotly's default, for notebooks that show figures as cell results."""
    pio.renderers["briefing_mimetype"] = ScreenRenderer(config=ON_SCREEN)
    pio.renderers["briefing_notebook"] = OfflineNotebookRenderer(connected=False, config=ON_SCREEN)
    pio.renderers.default = RENDERER


class FigureDisplay:
    """Shows a figure as RENDERER does, without plotly's renderer registry.

    The registry imports nbformat and, through it, jsonschema, which compiles IRI grammars
    at import: about a second of every briefing kernel's start, for nothing it uses.
    """

    def __init__(self) -> None:
        self._json = ScreenRenderer(config=ON_SCREEN)
        self._html = OfflineNotebookRenderer(connected=False, config=ON_SCREEN)
        self._html.activate()  # plotly.js, embedded once, for the HTML nbconvert writes

    def show(self, fig: go.Figure) -> None:
        fig_dict = fig.to_dict()
        bundle = self._json.to_mimebundle(fig_dict)
        bundle.update(self._html.to_mimebundle(fig_dict))
        display(bundle, raw=True)


def esc(value: object) -> str:
    """HTML-escape anything shown from the ledger."""
    return html.escape("" if value is None else str(value))


def block_html(block: Block, lang: str = "zh") -> str:
    """A block other than a figure as an HTML fragment."""
    if isinstance(block, Paragraph):
        text = esc(block.text)
        if block.link:
            href = esc(block.link)
            text = text.replace(href, f"<a href='{href}'>{href}</a>", 1)
        return f"<p>{text}</p>"
    if isinstance(block, Prose):
        return f"<p>{esc(t('sentence_join', lang).join(block.items))}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Table):
        table = block.frame.to_html(index=False, escape=True, na_rep="")
        return f"<p class='table-caption'>{esc(block.caption)}</p>{table}"
    if isinstance(block, NotDrawn):
        return f"<p class='not-drawn'><em>{esc(block.reason)}</em></p>"
    raise TypeError(f"not an HTML block: {type(block).__name__}")


@dataclass
class Briefing:
    """A built briefing and where its files go; the notebook shows it section by section."""

    ledger: Ledger
    doc: BriefingDoc
    output_dir: Path | None = None
    roster: pd.DataFrame | None = None
    screen: FigureDisplay | None = None

    def header(self) -> None:
        """Title and the header table."""
        cells = "".join(
            f"<tr><th style='text-align:left;padding-right:1em'>{esc(k)}</th><td>{esc(v)}</td></tr>"
            for k, v in self.doc.header
        )
        lang = self.doc.lang
        page = t("html_title", lang, title=self.doc.title, as_of=date_text(self.doc.as_of, lang))
        display(
            HTML(f"<h1>{esc(self.doc.title)}</h1><table class='briefing-header'>{cells}</table>"),
            metadata={"briefing_title": page, "briefing_lang": t("html_lang", lang)},
        )

    def show(self, key: str) -> None:
        """A section: its heading and blocks; nothing when the briefing leaves it out."""
        section = self.doc.section(key)
        if section is None:
            return
        display(HTML(self._headings(section)))
        for block in section.blocks:
            if isinstance(block, Figure):
                self._figure(block.chart.figure)
            else:
                display(HTML(block_html(block, self.doc.lang)))

    def _headings(self, section) -> str:
        """The report part's heading where the part begins; the section's own title under
        it when the part holds more than one section."""
        siblings = [s for s in self.doc.sections if s.part == section.part]
        first = not section.part or siblings[0] is section
        out = f"<h2>{esc(section.part or section.title)}</h2>" if first else ""
        if len(siblings) > 1:
            out += f"<h3>{esc(section.title)}</h3>"
        return out

    def _figure(self, figure: go.Figure) -> None:
        """A chart at the output area's width (the renderers lay it out for screen)."""
        self.screen = self.screen or FigureDisplay()
        self.screen.show(figure)

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
            self.doc.lang,
            self.doc.as_of,
            roster=self.roster,
            charts=self.doc.charts,
            defer=defer_images,
        )
        for reason in result.skipped:
            if reason.startswith("PNG/SVG skipped"):
                display(HTML(f"<p><em>{esc(reason)}</em></p>"))
        return [display_path(p) for p in result.written]


def show_text(key: str, lang: str = "zh", **fields: object) -> None:
    """Show catalogue text as Markdown: a notebook's headings and explanations, in lang."""
    display(Markdown(t(key, lang, **fields)))


def open_briefing(
    ledger_path: str = "",
    unit: str = "",
    as_of: str = "",
    lang: str = "zh",
    output_dir: str = "",
    roster_path: str = "",
    history_db: str = "",
) -> Briefing:
    """Load the ledger (empty path: the bundled one) and build the briefing; with an earlier
    version in the history store (history_db, or the default store), 本期进展 too.

    as_of "": the ledger's default (a notice's publication date; today for an office ledger).
    """
    ledger = load_ledger(ledger_path or None, unit=unit or None)
    when, _ = resolve_as_of(ledger, as_of or None)
    roster = roster_figures(load_roster(roster_path), ledger, as_of=when) if roster_path else None
    progress = briefing_progress(ledger, when, history_db)
    doc = build_briefing(ledger, lang, as_of or None, roster, progress)
    return Briefing(ledger, doc, Path(output_dir) if output_dir else None, roster, FigureDisplay())
