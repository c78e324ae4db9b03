"""briefing.pdf: the paper layout as a print page (A4, the official margins, page numbers in
@page margin boxes, static chart images), printed by the Chromium that draws the images.

Printing through the already-open browser (DevTools Page.printToPDF) costs about half a
second; a fresh `chromium --print-to-pdf` costs a browser start, about two. Chromium keeps
the text selectable and embeds the subset of every font it used.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

from analysis.export.atomic import write_text
from analysis.export.docx import DATE
from analysis.export.docx_template import BODY_PT, LINE_PITCH_TWIPS, PAGE
from analysis.export.images import Drawer
from analysis.export.paper import Grid, Heading, Paper, Picture, Text, cell_text
from analysis.export.pdf_text import repair_text_map
from analysis.i18n import t

PRINT_PAGE = ".briefing-print.html"
LINE_PT = LINE_PITCH_TWIPS / 20
# 28 characters over the 156 mm type area: each 16 pt character advances 15.79 pt.
LETTER_SPACING_PT = (PAGE["width"] - PAGE["left"] - PAGE["right"]) / 25.4 * 72 / 28 - BODY_PT

FACES = {
    "title": '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif',
    "body": '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Noto Sans CJK SC", serif',
    "hei": '"黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif',
    "kai": '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", "Noto Sans CJK SC", serif',
    "song": '"宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif',
}


def stylesheet() -> str:
    """The print stylesheet: page, type area, grid-like line pitch, page numbers."""
    number = (
        f'content: "— " counter(page) " —"; font-family: {FACES["song"]}; font-size: 14pt;'
        " vertical-align: top; padding-top: 7mm;"
    )
    return f"""
@page {{ size: A4; margin: {PAGE["top"]}mm {PAGE["right"]}mm {PAGE["bottom"]}mm {PAGE["left"]}mm; }}
@page :right {{ @bottom-right {{ {number} text-align: right; padding-right: 1em; }} }}
@page :left {{ @bottom-left {{ {number} text-align: left; padding-left: 1em; }} }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; font-family: {FACES["body"]}; font-size: {BODY_PT}pt;
  line-height: {LINE_PT:.2f}pt; letter-spacing: {LETTER_SPACING_PT:.3f}pt; color: #000; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }}
h1.title {{ font-family: {FACES["title"]}; font-size: 22pt; font-weight: normal;
  text-align: center; line-height: {LINE_PT:.2f}pt; margin: 0 0 {LINE_PT:.2f}pt; }}
p.subtitle {{ font-family: {FACES["kai"]}; text-align: center; text-indent: 0;
  margin-top: -{LINE_PT:.2f}pt; margin-bottom: {LINE_PT:.2f}pt; }}
h2 {{ font-family: {FACES["hei"]}; font-size: {BODY_PT}pt; font-weight: normal;
  text-indent: 2em; margin: 0; break-after: avoid; }}
h2.first {{ break-before: auto; }}
h3 {{ font-family: {FACES["kai"]}; font-size: {BODY_PT}pt; font-weight: normal;
  text-indent: 2em; margin: 0; break-after: avoid; }}
figure {{ margin: 6pt 0; break-inside: avoid; text-align: center; }}
figure img, figure svg.chart {{ width: 85%; height: auto; }}
.caption {{ font-family: {FACES["hei"]}; font-size: 14pt; line-height: 1.5;
  text-align: center; text-indent: 0; letter-spacing: 0; break-after: avoid; }}
.source {{ font-size: 12pt; line-height: 1.5; text-indent: 0; letter-spacing: 0;
  text-align: left; margin-bottom: 6pt; }}
table {{ border-collapse: collapse; margin: 0 auto; font-size: 12pt; line-height: 1.4;
  letter-spacing: 0; }}
th, td {{ border: 0.5pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
table.sized {{ width: 100%; table-layout: fixed; }}
td {{ overflow-wrap: anywhere; }}
.date {{ white-space: nowrap; }}
"""


def print_html(paper: Paper, folder: Path) -> str:
    """The print page for the paper layout; images are linked relative to folder."""
    e = html.escape
    parts = [
        f"<!doctype html><html lang='{t('doc_html_lang', paper.lang)}'><head><meta charset='utf-8'>",
        f"<title>{e(paper.title)}</title><style>{stylesheet()}</style></head><body>",
        f"<h1 class='title'>{e(paper.title)}</h1><p class='subtitle'>{text(paper.subtitle)}</p>",
    ]
    first = True
    for item in paper.items:
        if isinstance(item, Heading) and item.level == 1:
            parts.append(f"<h2{' class=first' if first else ''}>{text(item.text)}</h2>")
            first = False
        elif isinstance(item, Heading):
            parts.append(f"<h3>{e(item.text)}</h3>")
        elif isinstance(item, Text):
            parts.append(f"<p>{text(item.text)}</p>")
        elif isinstance(item, Picture):
            parts.append(_figure(item, paper.lang, folder))
        elif isinstance(item, Grid):
            parts.append(_table(item, paper.lang))
    parts.append("</body></html>")
    return "".join(parts)


def _figure(item: Picture, lang: str, folder: Path) -> str:
    e = html.escape
    if item.vector is not None:  # inline, so its text is the page's text (see _inline_svg)
        body = _inline_svg(item.vector, item.caption)
    elif item.image is not None:
        src = Path(os.path.relpath(item.image, folder)).as_posix()
        body = f"<img src='{e(src)}' alt='{e(item.caption)}'>"
    else:
        body = f"<p class='source'>{e(t('doc_image_missing', lang))}</p>"
    caption = t("doc_figure", lang, n=item.number, title=item.caption)
    return f"<figure>{body}<figcaption class='caption'>{text(caption)}</figcaption></figure>"


def _inline_svg(path: Path, caption: str) -> str:
    """A chart's SVG as part of the page: prints as vectors, and its text (numbers included)
    copies and searches as text. Through <img>, Chromium maps the chart's digits to nothing."""
    svg = path.read_text(encoding="utf-8")
    svg = svg[svg.index("<svg") :]  # drop any XML declaration
    label = html.escape(caption, quote=True)
    return svg.replace("<svg", f"<svg role='img' aria-label='{label}' class='chart'", 1)


def _table(item: Grid, lang: str) -> str:
    e = html.escape
    frame: pd.DataFrame = item.frame
    head = "".join(f"<th>{e(str(c))}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{text(cell_text(v, lang))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    caption = t("doc_table", lang, n=item.number, title=item.caption)
    cols = "".join(f"<col style='width:{w * 100:.0f}%'>" for w in item.widths)
    sized = f" class='sized'><colgroup>{cols}</colgroup" if item.widths else ""
    source = f"<p class='source'>{text(item.source)}</p>" if item.source else ""
    return (
        f"<p class='caption'>{text(caption)}</p><table{sized}><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>{source}"
    )


def text(value: str) -> str:
    """Escaped text whose dates never break across lines."""
    return DATE.sub(lambda m: f"<span class='date'>{m.group(0)}</span>", html.escape(value))


def write_pdf(paper: Paper, target: Path, session: Drawer) -> Path:
    """Print the paper layout to target through the session's browser."""
    target = Path(target).resolve()
    page = target.parent / PRINT_PAGE
    write_text(page, print_html(paper, target.parent))
    try:
        session.print_pdf(str(page), str(target))
    finally:
        page.unlink(missing_ok=True)
    repair_text_map(target)  # 一 copies as 一, not as the radical ⼀ drawn by the same glyph
    return target
