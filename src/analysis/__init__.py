"""Turn party-inspection rectification records (巡察整改) into leadership briefings.

The public API, re-exported lazily so that `import analysis` stays fast:

    from analysis import load_ledger, summary, render, run_batch
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> module that defines it
_PUBLIC = {
    # model
    "Ledger": "analysis.model.ledger",
    "LedgerError": "analysis.model.errors",
    "NoticeError": "analysis.model.errors",
    "Problem": "analysis.model.errors",
    # read
    "load_ledger": "analysis.read.load",
    "ingest_notice": "analysis.read.notice",
    "load_roster": "analysis.read.roster",
    # figures
    "summary": "analysis.figures.summary",
    "declared": "analysis.figures.summary",
    "reconciliation": "analysis.figures.summary",
    "status_counts": "analysis.figures.completion",
    "completion_rate": "analysis.figures.completion",
    "completion_by": "analysis.figures.completion",
    "overdue": "analysis.figures.completion",
    "due_buckets": "analysis.figures.completion",
    "ageing": "analysis.figures.completion",
    "measure_counts": "analysis.figures.measures",
    "burndown": "analysis.figures.completion",
    "burndown_from_versions": "analysis.figures.completion",
    "changes": "analysis.figures.completion",
    "roster_figures": "analysis.figures.delegates",
    "rollup": "analysis.figures.rollup",
    "disagreement_table": "analysis.figures.rollup",
    # present
    "build_charts": "analysis.present.charts",
    "build_briefing": "analysis.present.briefing",
    "completion_chart": "analysis.present.rollup_charts",
    "localise": "analysis.present.tables",
    "readable_rollup": "analysis.present.tables",
    "time_to_publication_chart": "analysis.present.rollup_charts",
    # export
    "export_charts": "analysis.export.chart_files",
    "write_ledger": "analysis.export.ledger_workbook",
    "write_rollup": "analysis.export.rollup_files",
    "write_template": "analysis.export.template",
    # render
    "render": "analysis.rendering.notebook",
    "run_batch": "analysis.rendering.batch",
    "read_manifest": "analysis.rendering.batch",
    "open_briefing": "analysis.rendering.display",
    "use_briefing_renderer": "analysis.rendering.display",
    "show_text": "analysis.rendering.display",
    "as_table": "analysis.rendering.explorer",
    "history_table": "analysis.rendering.explorer",
    "finding_filter": "analysis.rendering.explorer",
    # paths
    "BUNDLED_LEDGER": "analysis.paths",
    # history of ledger versions
    "history_trends": "analysis.history.query",
    "history_report": "analysis.history.query",
    "history_sql": "analysis.history.query",
    "units_trend_chart": "analysis.present.progress",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use."""
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from analysis.export.chart_files import export_charts
    from analysis.export.ledger_workbook import write_ledger
    from analysis.export.rollup_files import write_rollup
    from analysis.export.template import write_template
    from analysis.figures.completion import (
        ageing,
        burndown,
        burndown_from_versions,
        changes,
        completion_by,
        completion_rate,
        due_buckets,
        overdue,
        status_counts,
    )
    from analysis.figures.delegates import roster_figures
    from analysis.figures.measures import measure_counts
    from analysis.figures.rollup import disagreement_table, rollup
    from analysis.figures.summary import declared, reconciliation, summary
    from analysis.history.query import history_report, history_sql, history_trends
    from analysis.model.errors import LedgerError, NoticeError, Problem
    from analysis.model.ledger import Ledger
    from analysis.paths import BUNDLED_LEDGER
    from analysis.present.briefing import build_briefing
    from analysis.present.charts import build_charts
    from analysis.present.progress import units_trend_chart
    from analysis.present.rollup_charts import completion_chart, time_to_publication_chart
    from analysis.present.tables import localise
    from analysis.read.load import load_ledger
    from analysis.read.notice import ingest_notice
    from analysis.read.roster import load_roster
    from analysis.rendering.batch import read_manifest, run_batch
    from analysis.rendering.display import open_briefing, show_text, use_briefing_renderer
    from analysis.rendering.explorer import as_table, finding_filter, history_table
    from analysis.rendering.notebook import render
