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
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt, lazyproperty

from analysis.export import deck_axes
from analysis.export.atomic import atomic_path
from analysis.export.safe_text import clean_text
from analysis.i18n import t
from analysis.present import theme
from analysis.present.charts import Chart

CJK_FONT = "Microsoft YaHei"
LATIN_FONT = "Arial"
CHART_TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "hbar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
TITLE_ONLY = 5  # the default template's "Title Only" layout
#: Units (a CJK character is 2) a line holds: the title at 26 pt across 12.3 inches, the
#: source note at 12 pt across 12.1 inches, a little short so PowerPoint never breaks again.
TITLE_UNITS, NOTE_UNITS = 62, 132


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


def _title(slide, text: str, top, height, size: int) -> None:
    """Fill the slide's title placeholder (outline view and screen readers read it), one
    paragraph per line of text."""
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = Inches(0.5), top, Inches(12.3), height
    frame = shape.text_frame
    frame.word_wrap = True
    frame.text = ""
    for i, line in enumerate(clean_text(text).split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = PP_ALIGN.LEFT
        run = para.add_run()
        run.text = line
        set_cjk_font(run, size, bold=True)
        run.font.color.rgb = RGBColor.from_string(theme.PALETTE[0][1:])


def write_deck(
    path: Path,
    title: str,
    subtitle: str,
    key_figures: list[str],
    charts: list[Chart],
    lang: str = "zh",
) -> None:
    """Write the deck atomically; every slide has its title in the title placeholder."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    title_only = prs.slide_layouts[TITLE_ONLY]
    slide = prs.slides.add_slide(title_only)
    _title(slide, title, Inches(2.4), Inches(1.5), 40)
    _text_box(slide, subtitle, Inches(0.8), Inches(4.0), Inches(11.7), Inches(1.5), 20)
    slide = prs.slides.add_slide(title_only)
    _title(slide, t("section_key_figures", lang), Inches(0.4), Inches(0.9), 30)
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
        _chart_slide(prs.slides.add_slide(title_only), chart, lang)
    with atomic_path(path) as tmp:
        prs.save(str(tmp))


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


def chart_data(chart: Chart, lang: str = "zh", width_inches: float = 12.1) -> CategoryChartData:
    """The chart's table as PowerPoint chart data: categories from the first column (and the
    dates after it), one series per numeric column, or one per legend entry where the
    chart's colours say what a bar is (chart.groups); text cleaned."""
    data = SafeChartData(number_format=chart.value_format)
    table = chart.table
    data.categories = [clean_text(c) for c in deck_axes.category_labels(chart, lang, width_inches)]
    for j in deck_axes.value_columns(chart):
        values = [None if v != v else float(v) for v in table.iloc[:, j].astype(float)]
        if not chart.groups:
            data.add_series(clean_text(str(table.columns[j])), values)
            continue
        for group in dict.fromkeys(chart.groups):
            mine = [v if g == group else None for v, g in zip(values, chart.groups, strict=True)]
            data.add_series(clean_text(group), mine)
    return data


def _chart_slide(slide, chart: Chart, lang: str) -> None:
    title = theme.wrap(chart.title.replace("<br>", ""), TITLE_UNITS, sep="\n")
    _title(slide, title, Inches(0.3), Inches(1.0), 26)
    frame = slide.shapes.add_chart(
        CHART_TYPES[chart.kind],
        Inches(0.6),
        Inches(1.3),
        Inches(12.1),
        Inches(5.4),
        chart_data(chart, lang),
    )
    ch = frame.chart
    set_cjk_font(ch, 14)
    deck_axes.set_axes(ch, chart)
    ch.has_legend = len(ch.plots[0].series) > 1
    if ch.has_legend:
        ch.legend.position = XL_LEGEND_POSITION.TOP
        ch.legend.include_in_layout = False
        set_cjk_font(ch.legend, 14)
    series_colours(ch, chart)
    if chart.kind != "line":
        plot = ch.plots[0]
        if chart.groups:  # one bar per category: the series side by side would leave gaps
            plot.overlap = 100
        plot.has_data_labels = True
        plot.data_labels.number_format = chart.value_format
        plot.data_labels.number_format_is_linked = False
        set_cjk_font(plot.data_labels, 14)
        figure_labels(ch, chart)
    _text_box(
        slide,
        theme.wrap(chart.note.replace("<br>", ""), NOTE_UNITS, sep="\n"),
        Inches(0.6),
        Emu(SLIDE_H - Inches(0.8)),
        Inches(12.1),
        Inches(0.7),
        12,
    )


def figure_labels(ch, chart: Chart) -> None:
    """Each bar labelled with the plotly figure's own text where it has one ('12.5%（1/8）'),
    so the deck shows the very words the briefing's chart shows."""
    traces = [tr for tr in chart.figure.data if getattr(tr, "type", "") == "bar"]
    series = list(ch.plots[0].series)
    if chart.groups or len(traces) != len(series):
        return
    for trace, one in zip(traces, series, strict=True):
        texts = list(trace.text) if isinstance(trace.text, tuple | list) else []
        if len(texts) != len(chart.table) or not all(isinstance(x, str) for x in texts):
            continue
        for j, text in enumerate(texts):
            if not text.strip():  # no value, no label (a problem whose measures are not listed)
                continue
            frame = one.points[j].data_label.text_frame
            frame.text = clean_text(text.replace("<br>", ""))
            set_cjk_font(frame.paragraphs[0].runs[0], 14)


def _colours(chart: Chart, i: int) -> str | list[str]:
    """The i-th series' colour(s) as the plotly figure draws them (theme palette otherwise)."""
    traces = list(chart.figure.data)
    colour = traces[i].marker.color if i < len(traces) and traces[i].marker else None
    if isinstance(colour, str):
        return colour
    if isinstance(colour, (list, tuple)) and all(isinstance(c, str) for c in colour):
        return list(colour)
    return theme.PALETTE[i % len(theme.PALETTE)]


def series_colours(ch, chart: Chart) -> None:
    """Theme colours on every series (and per bar where the chart colours bars one by one),
    so PowerPoint's own palette never replaces the navy theme."""
    for i, series in enumerate(ch.plots[0].series):
        colour = _colours(chart, i)
        if chart.kind == "line":
            series.format.line.color.rgb = RGBColor.from_string(str(colour)[1:7])
            continue
        first = colour[0] if isinstance(colour, list) else colour
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(first[1:7])
        series.format.line.color.rgb = RGBColor.from_string(theme.OUTLINE[1:])
        if isinstance(colour, list):
            for j, c in enumerate(colour[: len(chart.table)]):
                point = series.points[j]
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = RGBColor.from_string(c[1:7])
