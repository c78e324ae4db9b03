"""`analysis charts`: every chart as PNG/SVG, a native-chart deck and a summary workbook."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.export.deck import write_deck
from analysis.export.images import BrowserMissing, defer_images, write_images
from analysis.export.summary_workbook import write_summary_workbook
from analysis.figures.as_of import resolve_as_of
from analysis.figures.summary import summary
from analysis.i18n import date_text, t
from analysis.model.errors import ParameterError
from analysis.model.ledger import Ledger
from analysis.present.briefing import briefing_title
from analysis.present.charts import ChartSet, build_charts
from analysis.present.narrative import key_points

FORMATS = ("png", "svg", "pptx", "xlsx")


log = logging.getLogger(__name__)


@dataclass
class ExportResult:
    """What was written, what was skipped and why, and how long it took."""

    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    charts: ChartSet = field(default_factory=ChartSet)


def parse_formats(text: str) -> list[str]:
    """'png,svg' → ['png', 'svg']; an unknown format is refused by name."""
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ParameterError.of(
            "param.unknown_format", unknown=", ".join(unknown), choices=", ".join(FORMATS)
        )
    return formats


def deck_title(ledger: Ledger, lang: str) -> str:
    """Title of the briefing deck."""
    return briefing_title(ledger, lang)


def export_charts(
    ledger: Ledger,
    out_dir: Path,
    formats: list[str],
    lang: str = "zh",
    as_of: object = None,
    roster: pd.DataFrame | None = None,
    charts: ChartSet | None = None,
    defer: bool = False,
) -> ExportResult:
    """Write the charts in each format into out_dir (stable names, atomic writes).

    With defer, PNG/SVG are not drawn here: their specs are saved for the renderer,
    which draws them in its long-lived browser (see images.draw_deferred).
    """
    start = time.perf_counter()
    when, basis = resolve_as_of(ledger, as_of)
    out_dir.mkdir(parents=True, exist_ok=True)
    chart_set = charts or build_charts(ledger, lang, when, roster)
    result = ExportResult(charts=chart_set)
    drawn = chart_set.charts
    image_formats = [f for f in formats if f in ("png", "svg")]
    if image_formats:
        figures = {c.name: c.figure for c in drawn}
        try:
            if defer:
                result.written.append(defer_images(figures, out_dir, image_formats))
            else:
                result.written += write_images(figures, out_dir, image_formats)
        except BrowserMissing as exc:
            result.skipped.append(str(exc))
            log.warning("%s", exc)
    figures = summary(ledger, as_of=when)
    if "pptx" in formats:
        path = out_dir / "briefing.pptx"
        subtitle = t("deck_subtitle", lang, as_of=date_text(when, lang), basis=t(basis, lang))
        points = key_points(figures, lang)
        write_deck(path, deck_title(ledger, lang), subtitle, points, drawn, lang=lang)
        result.written.append(path)
    if "xlsx" in formats:
        path = out_dir / "summary.xlsx"
        write_summary_workbook(path, ledger, drawn, when, lang)
        result.written.append(path)
    result.skipped += [
        f"{t(f'sheet_{name}', lang)}: {reason}" for name, reason in chart_set.skipped
    ]
    result.seconds = time.perf_counter() - start
    return result
