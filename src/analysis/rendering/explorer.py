"""What explore.ipynb shows beyond the briefing: tables as readers see them (no pandas index,
headers in their language, a sentence when there is nothing to show) and a filter over the
findings (department, leader, aspect or status) whose table and chart follow the choice.

The filter's controls are ipywidgets: live in JupyterLab, and in an HTML export (where no
kernel answers them) a sentence saying what they do, above the full table and chart.
"""

from __future__ import annotations

import html
from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
from IPython.display import HTML, Markdown, display

from analysis.figures.as_of import resolve_as_of
from analysis.i18n import t
from analysis.model.ledger import Ledger
from analysis.present import theme
from analysis.present.charts.base import Context, source_note
from analysis.present.charts.completion import status_breakdown
from analysis.present.tables import localise, without_empty
from analysis.rendering.display import ON_SCREEN, OfflineNotebookRenderer, ScreenRenderer

#: The findings' columns the filter can choose by, in the order offered.
DIMENSIONS = ("department", "leader", "aspect", "status")
#: The columns the filtered table shows (those the ledger leaves empty are dropped).
SHOWN = ("number", "title", "department", "leader", "aspect", "status", "deadline")
#: The notebook's renderers (display.RENDERER) without plotly's registry; plotly.js is
#: embedded once by the briefing's first figure.
SCREEN = ScreenRenderer(config=ON_SCREEN)
PAGE = OfflineNotebookRenderer(connected=False, config=ON_SCREEN)
#: Chinese text reads from the left; JupyterLab right-aligns table cells (for numbers) and
#: keeps no <style> of an output, so each cell says so.
LEFT_CELL, LEFT_HEAD = "<td style='text-align: left'>", "<th style='text-align: left'>"


def as_table(frame: pd.DataFrame, lang: str = "zh", empty: str = "") -> HTML | Markdown:
    """frame as a reader sees it: headers and statuses in lang, no index column; when it has
    no rows and `empty` names a catalogue key, that sentence instead."""
    if frame.empty and empty:
        return Markdown(t(empty, lang))
    shown = localise(frame, lang).to_html(
        index=False, escape=True, na_rep="", classes="analysis-table", justify="left"
    )
    return HTML(shown.replace("<td>", LEFT_CELL).replace("<th>", LEFT_HEAD))


def history_table(frame: pd.DataFrame, lang: str = "zh") -> HTML | Markdown:
    """A query over the history store as a table, or how to start one when it is empty."""
    return as_table(frame, lang, empty="nb_history_empty")


class FindingFilter:
    """Choose a department, leader, aspect or status; the table and the chart follow."""

    def __init__(self, ledger: Ledger, lang: str = "zh", as_of: object = None):
        import ipywidgets as widgets

        self.ledger, self.lang = ledger, lang
        when, _ = resolve_as_of(ledger, as_of or None)
        self.context = Context(lang, when, source_note(ledger, lang, when))
        self.findings = without_empty(ledger.findings[list(SHOWN)].copy())
        self.dimensions = [d for d in DIMENSIONS if d in self.findings]
        self.labels: dict[object, str] = {}  # the current dimension's values, as shown
        self.by = widgets.Dropdown(
            options=[(t(f"col_{d}", lang), d) for d in self.dimensions],
            description=t("nb_filter_by", lang),
        )
        self.value = widgets.Dropdown(
            options=self._values(self.by.value), description=t("nb_filter_value", lang)
        )
        self.controls = widgets.HBox([self.by, self.value])
        self.by.observe(self._new_dimension, names="value")
        self.value.observe(self._show, names="value")
        self._table = self._chart = None

    def _values(self, dimension: str) -> list[tuple[str, object]]:
        """The choices for a dimension, most frequent first, after 'all'."""
        counts = self.findings[dimension].value_counts()
        counts = counts[counts > 0]
        self.labels = {
            v: t(v, self.lang) if dimension == "status" else str(v) for v in counts.index
        }
        options = [
            (t("nb_filter_option", self.lang, label=self.labels[v], n=n), v)
            for v, n in counts.items()
        ]
        return [(t("nb_filter_all", self.lang), None), *options]

    def selected(self) -> pd.DataFrame:
        """The findings matching the current choice."""
        if self.value.value is None:
            return self.findings
        return self.findings[self.findings[self.by.value] == self.value.value]

    def table(self) -> HTML:
        """The matching findings, without an index column."""
        return as_table(self.selected(), self.lang)  # type: ignore[return-value]

    def chart(self) -> go.Figure | None:
        """The matching findings' statuses as a bar chart, its title naming the choice
        (None when nothing matches)."""
        tables = {**self.ledger.tables, "findings": self.ledger.findings.loc[self.selected().index]}
        made = status_breakdown(replace(self.ledger, tables=tables), self.context)
        if isinstance(made, tuple):
            return None
        chosen = self.value.value
        title = made.title
        if chosen is not None:
            title = t("nb_filter_title", self.lang, choice=self.labels[chosen])
        return theme.apply(made.figure, title, self.context.note)

    def chart_bundle(self) -> dict:
        """The chart as the notebook's renderers show it (JupyterLab's plotly mimetype, the
        export's HTML), so that a display handle can replace it: plotly's own display ignores
        display ids."""
        fig = self.chart()
        if fig is None:
            return {"text/markdown": t("nb_filter_none", self.lang)}
        fig_dict = fig.to_dict()
        return {**SCREEN.to_mimebundle(fig_dict), **PAGE.to_mimebundle(fig_dict)}

    def _new_dimension(self, change: dict) -> None:
        self.value.options = self._values(change["new"])
        self.value.value = None
        self._show()

    def _show(self, change: dict | None = None) -> None:
        if self._table is not None:
            self._table.update(self.table())
            # JupyterLab's plotly renderer ignores an update in place (it keeps the graph it
            # drew): a text output first makes JupyterLab give the new chart a fresh renderer
            self._chart.update({"text/plain": ""}, raw=True)
            self._chart.update(self.chart_bundle(), raw=True)

    def controls_bundle(self) -> dict:
        """The controls (JupyterLab), or a sentence saying what they do (an HTML export)."""
        bundle = dict(self.controls._repr_mimebundle_() or {})
        sentence = t("nb_filter_static", self.lang)
        bundle["text/plain"] = sentence
        bundle["text/html"] = f"<p class='filter-static'><em>{html.escape(sentence)}</em></p>"
        return bundle

    def _ipython_display_(self) -> None:
        display(self.controls_bundle(), raw=True)
        self._table = display(self.table(), display_id=True)
        self._chart = display(self.chart_bundle(), raw=True, display_id=True)


def finding_filter(ledger: Ledger, lang: str = "zh", as_of: object = None) -> FindingFilter:
    """The filter over the findings, shown by making it a cell's result."""
    return FindingFilter(ledger, lang, as_of)
