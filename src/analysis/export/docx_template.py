"""The default Word template: GB/T 9704-2012 page, character grid, styles and page numbers.

`python -m analysis.export.docx_template [PATH]` rebuilds templates/briefing.docx from
python-docx's blank document, so the shipped template is reproducible. The same style specs
fill in any style an office's own template lacks (see docx.py).

Typefaces: Word has no per-run fallback list, so each style names the face offices install
for official documents (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) and the font table
gives each an altName (宋体, 仿宋, 黑体, 楷体) that Word substitutes when the face is missing.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

DEFAULT_TEMPLATE = Path(__file__).parent / "templates" / "briefing.docx"

PAGE = {"width": 210, "height": 297, "top": 37, "bottom": 35, "left": 28, "right": 26}
FOOTER_MM = 23  # page number 7 mm below the type area: 35 − 7 − one 14 pt line ≈ 23 mm
LINE_PITCH_TWIPS = 579  # 225 mm / 22 lines = 28.95 pt
CHAR_SPACE = -849  # (156 mm / 28 − 16 pt) × 4096: 28 characters of 16 pt per line
BODY_PT = 16

TITLE_FONT, BODY_FONT, HEI_FONT, KAI_FONT, SONG_FONT = (
    "方正小标宋简体",
    "仿宋_GB2312",
    "黑体",
    "楷体_GB2312",
    "宋体",
)
ALT_NAMES = {TITLE_FONT: "宋体", BODY_FONT: "仿宋", KAI_FONT: "楷体", HEI_FONT: "SimHei"}


@dataclass(frozen=True)
class StyleSpec:
    """How one paragraph style looks."""

    font: str
    size: float
    align: WD_ALIGN_PARAGRAPH | None = None
    indent_chars: int = 0  # first-line indent in characters
    exact_lines: bool = True  # fixed 28.95 pt lines on the grid
    bold: bool = False
    keep_with_next: bool = False


STYLES: dict[str, StyleSpec] = {
    "Normal": StyleSpec(BODY_FONT, BODY_PT, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2),
    "Title": StyleSpec(TITLE_FONT, 22, WD_ALIGN_PARAGRAPH.CENTER),
    "Subtitle": StyleSpec(KAI_FONT, BODY_PT, WD_ALIGN_PARAGRAPH.CENTER),
    "Heading 1": StyleSpec(HEI_FONT, BODY_PT, indent_chars=2, keep_with_next=True),
    "Heading 2": StyleSpec(KAI_FONT, BODY_PT, indent_chars=2, keep_with_next=True),
    "Caption": StyleSpec(HEI_FONT, 14, WD_ALIGN_PARAGRAPH.CENTER, exact_lines=False),
    "Figure": StyleSpec(BODY_FONT, BODY_PT, WD_ALIGN_PARAGRAPH.CENTER, exact_lines=False),
    "Source Line": StyleSpec(BODY_FONT, 12, WD_ALIGN_PARAGRAPH.LEFT, exact_lines=False),
    "Table Text": StyleSpec(BODY_FONT, 12, WD_ALIGN_PARAGRAPH.LEFT, exact_lines=False),
    "Footer": StyleSpec(SONG_FONT, 14, exact_lines=False),
}


def set_run_fonts(rpr_parent, font: str) -> None:
    """Latin and East Asian typeface on a run or style (w:rFonts ascii/hAnsi/eastAsia)."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):  # theme fonts would override the names
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)


def apply_style(style, spec: StyleSpec) -> None:
    """Give a paragraph style the spec's face, size, alignment, indent and line spacing."""
    set_run_fonts(style.element, spec.font)
    font = style.font
    font.size = Pt(spec.size)
    font.bold = spec.bold
    font.italic = False
    font.color.rgb = None
    rpr = style.element.get_or_add_rPr()
    for theme_colour in rpr.findall(qn("w:color")):
        rpr.remove(theme_colour)
    pf = style.paragraph_format
    pf.alignment = spec.align
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.keep_with_next = spec.keep_with_next
    if spec.exact_lines:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(LINE_PITCH_TWIPS / 20)
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.first_line_indent = Pt(spec.size * spec.indent_chars) if spec.indent_chars else Pt(0)
    ind = style.element.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:  # in characters too, else Normal's two characters are inherited
        ind.set(qn("w:firstLineChars"), str(spec.indent_chars * 100))
    _drop(style.element.pPr, "w:pBdr")  # python-docx's Title has a rule under it
    if not spec.exact_lines:
        _snap_to_grid(style.element.get_or_add_pPr(), False)


def _drop(parent, tag: str) -> None:
    if parent is not None:
        for child in parent.findall(qn(tag)):
            parent.remove(child)


def _snap_to_grid(ppr, on: bool) -> None:
    _drop(ppr, "w:snapToGrid")
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "1" if on else "0")
    ppr.append(snap)


def ensure_styles(document) -> None:
    """Add any style of STYLES the document lacks (an office template may have only some)."""
    names = {s.name for s in document.styles}
    for name, spec in STYLES.items():
        if name not in names:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = document.styles["Normal"]
            apply_style(style, spec)


def setup_page(section) -> None:
    """A4, the standard margins, the 22 × 28 character grid, footers 7 mm below the text."""
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(PAGE["width"]), Mm(PAGE["height"])
    section.top_margin, section.bottom_margin = Mm(PAGE["top"]), Mm(PAGE["bottom"])
    section.left_margin, section.right_margin = Mm(PAGE["left"]), Mm(PAGE["right"])
    section.footer_distance = Mm(FOOTER_MM)
    section.header_distance = Mm(15)
    sect = section._sectPr
    _drop(sect, "w:docGrid")
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    grid.set(qn("w:charSpace"), str(CHAR_SPACE))
    sect.append(grid)


def page_number_footers(document) -> None:
    """`— 1 —` in 14 pt 宋体: odd pages right, even pages left, one character in."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = document.styles["Footer"]
        paragraph.alignment = align
        side = "right_indent" if align == WD_ALIGN_PARAGRAPH.RIGHT else "left_indent"
        setattr(paragraph.paragraph_format, side, Pt(14))
        _page_field(paragraph)


def _page_field(paragraph) -> None:
    """'— ' PAGE ' —' as runs, each with its East Asian font set."""

    def run(text: str = "", field: str | None = None, instr: str | None = None):
        r = paragraph.add_run(text)
        set_run_fonts(r._r, SONG_FONT)
        r.font.size = Pt(14)
        if field:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), field)
            r._r.append(char)
        if instr:
            text_el = OxmlElement("w:instrText")
            text_el.set(qn("xml:space"), "preserve")
            text_el.text = instr
            r._r.append(text_el)

    run("— ")
    run(field="begin")
    run(instr=" PAGE ")
    run(field="separate")
    run("1")
    run(field="end")
    run(" —")


def add_font_fallbacks(document) -> None:
    """Font table entries naming each official face's stand-in (w:altName)."""
    part = next(
        p for p in document.part.package.iter_parts() if p.partname.endswith("fontTable.xml")
    )
    root = etree.fromstring(part.blob)
    existing = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, alt in ALT_NAMES.items():
        if name in existing:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alt)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")  # GB2312
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), "modern")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _east_asian_defaults(document) -> None:
    """Document defaults: the body face in every slot, Chinese as the East Asian language."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    _drop(rpr, "w:rFonts")
    fonts = OxmlElement("w:rFonts")
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), BODY_FONT)
    rpr.insert(0, fonts)
    for tag in ("w:sz", "w:szCs"):  # the grid's character pitch is reckoned from this size
        _drop(rpr, tag)
        size = OxmlElement(tag)
        size.set(qn("w:val"), str(BODY_PT * 2))
        rpr.append(size)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def build_template(path: Path = DEFAULT_TEMPLATE) -> Path:
    """Write the default template (styles, page, footers, fonts) to path."""
    document = Document()
    _east_asian_defaults(document)
    for name, spec in STYLES.items():
        if name in {s.name for s in document.styles}:
            apply_style(document.styles[name], spec)
    ensure_styles(document)
    setup_page(document.sections[0])
    page_number_footers(document)
    add_font_fallbacks(document)
    document.core_properties.title = "巡察整改情况简报"
    document.core_properties.author = "analysis"
    document.core_properties.comments = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


if __name__ == "__main__":
    build_template(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TEMPLATE)
