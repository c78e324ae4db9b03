"""A 16:9 PowerPoint deck: title, key figures, then one native (editable) chart per slide.

python-pptx's Font.name sets only the Latin typeface; Chinese needs the East Asian
slot (a:ea), which set_cjk_font writes into the run properties.

Each chart embeds a workbook (PowerPoint's "Edit Data"). python-pptx writes it through
xlsxwriter's write(), which turns text starting with = into a live formula; SafeChartData
writes it with formulas, URLs and numbers from strings all off.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import xlsxwriter
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt, lazyproperty

from analysis.export.atomic import atomic_path
from analysis.export.safe_text import clean_text
from analysis.present.charts import Chart

CJK_FONT = "Microsoft YaHei"
LATIN_FONT = "Arial"
CHART_TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "hbar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)


def set_cjk_font(run_or_font_parent, size: int | None = None, bold: bool | None = None) -> None:
    """Set Latin and East Asian typefaces (and size) on a run or paragraph-end font."""
    font = run_or_font_parent.font
    font.name = LATIN_FONT
    if size:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = font._rPr
    anchor = rpr.find(qn("a:latin"))
    for tag in ("a:ea", "a:cs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = rpr.makeelement(qn(tag), {})
            anchor.addnext(el)
        el.set("typeface", CJK_FONT)
        anchor = el


def _text_box(
    slide, text: str, left, top, width, height, size: int, bold: bool = False, colour=None
) -> None:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(clean_text(text).split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        set_cjk_font(run, size, bold)
        if colour is not None:
            run.font.color.rgb = colour


def write_deck(
    path: Path, title: str, subtitle: str, key_figures: list[str], charts: list[Chart]
) -> None:
    """Write the deck atomically."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    blank = prs.slide_layouts[6]
    slide = prs.slides.add_slide(blank)
    _text_box(slide, title, Inches(0.8), Inches(2.4), Inches(11.7), Inches(1.5), 40, bold=True)
    _text_box(slide, subtitle, Inches(0.8), Inches(4.0), Inches(11.7), Inches(1.5), 20)
    slide = prs.slides.add_slide(blank)
    heading = "关键数据" if _is_zh(title) else "Key figures"
    _text_box(slide, heading, Inches(0.6), Inches(0.4), Inches(12), Inches(0.9), 30, bold=True)
    _text_box(
        slide,
        "\n".join(f"• {k}" for k in key_figures),
        Inches(0.8),
        Inches(1.5),
        Inches(11.7),
        Inches(5.5),
        22,
    )
    for chart in charts:
        _chart_slide(prs.slides.add_slide(blank), chart)
    with atomic_path(path) as tmp:
        prs.save(str(tmp))


def _is_zh(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


class _TextOnlyWriter(CategoryWorkbookWriter):
    """The embedded workbook with every string stored as a string, never a formula or link."""

    @contextlib.contextmanager
    def _open_worksheet(self, xlsx_file):
        options = {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        }
        with xlsxwriter.Workbook(xlsx_file, options) as workbook:
            yield workbook, workbook.add_worksheet()


class SafeChartData(CategoryChartData):
    """Category chart data whose embedded workbook holds no formula from data."""

    @lazyproperty
    def _workbook_writer(self) -> CategoryWorkbookWriter:
        return _TextOnlyWriter(self)


def chart_data(chart: Chart) -> CategoryChartData:
    """The chart's table as PowerPoint chart data (first column categories), text cleaned."""
    data = SafeChartData(number_format=chart.value_format)
    table = chart.table
    data.categories = [clean_text(str(c)) for c in table.iloc[:, 0]]
    for j in range(1, table.shape[1]):
        values = table.iloc[:, j].astype(float)
        data.add_series(
            clean_text(str(table.columns[j])), [None if v != v else float(v) for v in values]
        )
    return data


def _chart_slide(slide, chart: Chart) -> None:
    _text_box(
        slide, chart.title, Inches(0.5), Inches(0.3), Inches(12.3), Inches(1.0), 26, bold=True
    )
    frame = slide.shapes.add_chart(
        CHART_TYPES[chart.kind],
        Inches(0.6),
        Inches(1.3),
        Inches(12.1),
        Inches(5.4),
        chart_data(chart),
    )
    ch = frame.chart
    ch.has_legend = len(chart.table.columns) > 2
    if ch.has_legend:
        ch.legend.position = XL_LEGEND_POSITION.TOP
        ch.legend.include_in_layout = False
        set_cjk_font(ch.legend, 14)
    set_cjk_font(ch, 14)
    if chart.kind != "line":
        plot = ch.plots[0]
        plot.has_data_labels = True
        plot.data_labels.number_format = chart.value_format
        plot.data_labels.number_format_is_linked = False
        set_cjk_font(plot.data_labels, 14)
    _text_box(
        slide, chart.note, Inches(0.6), Emu(SLIDE_H - Inches(0.7)), Inches(12.1), Inches(0.5), 12
    )
