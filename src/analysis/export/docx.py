"""briefing.docx: the paper layout written into a Word template (ours or an office's own).

The template gives the page, the styles and the footers; whatever its body already holds (an
office's 红头 letterhead, say) stays at the top and the briefing follows. Every run carries
its style's typefaces in w:rFonts, the East Asian slot included, so Chinese text keeps its
face even where a viewer ignores style inheritance.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm

from analysis.export.atomic import atomic_path
from analysis.export.docx_template import DEFAULT_TEMPLATE, PAGE, ensure_styles, set_run_fonts
from analysis.export.paper import Grid, Heading, Paper, Picture, Text, cell_text
from analysis.export.safe_text import clean_text
from analysis.i18n import t
from analysis.model.errors import ParameterError, Problem

TEXT_WIDTH_MM = PAGE["width"] - PAGE["left"] - PAGE["right"]  # 156 mm
WORD_JOINER = "\u2060"
#: A date as documents write it, in either language (2024年12月17日, 17 December 2024).
DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2} [A-Z][a-z]+ \d{4}")
#: A chart's share of the type area's width: two 16:9 figures and captions fit a page.
PICTURE_SHARE = 0.85
STYLE_OF = {"title": "Title", "subtitle": "Subtitle", 1: "Heading 1", 2: "Heading 2"}


class TemplateError(ParameterError, ValueError):
    """The Word template cannot be used (missing, or not a .docx)."""


def open_template(template: Path | str | None = None):
    """The template as a python-docx Document, with any of our styles it lacks added."""
    path = Path(template) if template else DEFAULT_TEMPLATE
    if not path.is_file():
        raise TemplateError(
            [Problem(path.name, code="doc_template_missing", fields={"path": path})]
        )
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several types for a file that is not a .docx
        reason = type(exc).__name__
        problem = Problem(path.name, code="doc_template_invalid", fields={"reason": reason})
        raise TemplateError([problem]) from None
    ensure_styles(document)
    return document


def write_docx(paper: Paper, target: Path, template: Path | str | None = None) -> Path:
    """Write the paper layout as a Word document (atomically)."""
    document = open_template(template)
    writer = _Writer(document, paper.lang)
    writer.paragraph(paper.title, "Title")
    writer.paragraph(paper.subtitle, "Subtitle")
    writer.paragraph("", "Normal")
    for item in paper.items:
        writer.item(item)
    document.core_properties.title = clean_text(paper.title)
    with atomic_path(target) as tmp:
        document.save(str(tmp))
    return Path(target)


class _Writer:
    """Appends paragraphs, pictures and tables, each run with its style's faces."""

    def __init__(self, document, lang: str):
        self.document = document
        self.lang = lang
        self._fonts: dict[str, str] = {}

    def item(self, item) -> None:
        if isinstance(item, Heading):
            self.paragraph(item.text, STYLE_OF[item.level])
        elif isinstance(item, Text):
            self.paragraph(item.text, "Normal")
        elif isinstance(item, Picture):
            self.picture(item)
        elif isinstance(item, Grid):
            self.grid(item)

    def paragraph(self, text: str, style: str):
        paragraph = self.document.add_paragraph(style=style)
        if text:
            self.run(paragraph, text, style)
        return paragraph

    def run(self, paragraph, text: str, style: str):
        # no control character breaks the XML; a date is never broken across lines
        run = paragraph.add_run(keep_dates(clean_text(text)))
        set_run_fonts(run._r, self.east_asian(style))
        return run

    def east_asian(self, style: str) -> str:
        """The East Asian face of a style, following its base styles and the defaults."""
        if style not in self._fonts:
            self._fonts[style] = _style_east_asian(self.document, style)
        return self._fonts[style]

    def picture(self, item: Picture) -> None:
        if item.image is not None:
            paragraph = self.document.add_paragraph(style="Figure")
            run = paragraph.add_run()
            set_run_fonts(run._r, self.east_asian("Figure"))
            run.add_picture(str(item.image), width=Mm(TEXT_WIDTH_MM * PICTURE_SHARE))
        else:
            paragraph = self.paragraph(t("doc_image_missing", self.lang), "Figure")
        paragraph.paragraph_format.keep_with_next = True  # the caption stays with its figure
        self.paragraph(t("doc_figure", self.lang, n=item.number, title=item.caption), "Caption")

    def grid(self, item: Grid) -> None:
        caption = t("doc_table", self.lang, n=item.number, title=item.caption)
        self.paragraph(caption, "Caption").paragraph_format.keep_with_next = True
        frame = item.frame
        table = self.document.add_table(rows=len(frame) + 1, cols=max(1, len(frame.columns)))
        if "Table Grid" in {s.name for s in self.document.styles}:
            table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, name in enumerate(frame.columns):
            self._cell(table.cell(0, j), str(name), bold=True)
        for i, row in enumerate(frame.itertuples(index=False), start=1):
            for j, value in enumerate(row):
                self._cell(table.cell(i, j), cell_text(value, self.lang))
        _repeat_header(table)
        if item.widths:
            _column_widths(table, item.widths)
        if item.source:
            self.paragraph(item.source, "Source Line")

    def _cell(self, cell, text: str, bold: bool = False) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.style = self.document.styles["Table Text"]
        run = self.run(paragraph, text, "Table Text")
        if bold:
            run.bold = True


def keep_dates(text: str) -> str:
    """Dates joined by WORD JOINER (U+2060) between their characters: Word, WPS and
    LibreOffice find no line-break opportunity inside 2024年12月17日."""
    return DATE.sub(lambda m: WORD_JOINER.join(m.group(0)), text)


def _column_widths(table, shares: tuple[float, ...]) -> None:
    """Fixed column widths as shares of the type area (label narrow, source wide)."""
    table.autofit = False
    layout = table._tbl.tblPr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"})
    table._tbl.tblPr.append(layout)
    for column, share in zip(table.columns, shares, strict=False):
        width = Mm(TEXT_WIDTH_MM * share)
        column.width = width
        for cell in column.cells:
            cell.width = width


def _repeat_header(table) -> None:
    """The header row repeats on every page the table runs over."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = tr_pr.makeelement(qn("w:tblHeader"), {})
    tr_pr.append(header)


def _style_east_asian(document, name: str) -> str:
    style = document.styles[name]
    while style is not None:
        rpr = style.element.rPr
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return fonts.get(qn("w:eastAsia"))
        style = style.base_style
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(".//" + qn("w:rFonts")) if defaults is not None else None
    if fonts is not None and fonts.get(qn("w:eastAsia")):
        return fonts.get(qn("w:eastAsia"))
    return "宋体"
