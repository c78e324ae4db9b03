"""通报草稿.docx and 通报草稿.txt: the draft notice in the official layout, and as plain text.

The Word file uses the briefing's template and styles (export/docx_template.py through
export/docx.open_template): title 2号小标宋, body 3号仿宋, `一、` 黑体, `（一）` 楷体, `1.` 仿宋
bold, page numbers `— 1 —`; the signature and date right-aligned. Every blank (【待填写：…】)
is a run of its own with a yellow highlight, so the office finds each one at a glance. The
TXT file is the same paragraphs, one a line, for web publishing.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.shared import Pt

from analysis.export.atomic import atomic_path
from analysis.export.docx import open_template
from analysis.export.docx_template import STYLES, set_run_fonts
from analysis.export.safe_text import clean_text
from analysis.present.notice_draft import Blank, NoticeDraft, Para

#: Paragraph style of each role; h3 (`1.`) is body text in bold, the signature body text
#: set to the right.
STYLE_OF = {
    "title": "Title",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "h3": "Normal",
    "body": "Normal",
    "signature": "Normal",
    "date": "Normal",
}
RIGHT = ("signature", "date")
#: A 22 pt title fits about 20 characters a line (fewer on the grid): a title that would
#: fill it breaks after 关于, as titles do, rather than leaving one character on a line.
TITLE_CHARS = 18
TITLE_BREAK = "关于"
SIGNATURE_INDENT_PT = 4 * 16  # four characters in from the right margin


def write_notice_docx(draft: NoticeDraft, target: Path | str) -> Path:
    """Write the draft as a Word document in the official layout (atomically)."""
    document = open_template()
    for i, para in enumerate(draft.paras):
        if para.role == "signature" and i:
            document.add_paragraph(style="Normal")  # a blank line above the signature
        _paragraph(document, para)
        if para.role == "title":
            document.add_paragraph(style="Normal")
    document.core_properties.title = clean_text(draft.paras[0].text) if draft.paras else ""
    document.core_properties.author = ""
    with atomic_path(target) as tmp:
        document.save(str(tmp))
    return Path(target)


def _paragraph(document, para: Para) -> None:
    style = STYLE_OF[para.role]
    paragraph = document.add_paragraph(style=style)
    if para.role in RIGHT:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.paragraph_format.right_indent = Pt(SIGNATURE_INDENT_PT)
    face = STYLES[style].font
    long_title = para.role == "title" and len(para.text) > TITLE_CHARS
    for part in para.parts:
        text = clean_text(str(part))
        at = text.find(TITLE_BREAK) if long_title and not isinstance(part, Blank) else -1
        if at >= 0:  # the issuing body on the first line, what it is about on the next
            head = paragraph.add_run(text[: at + len(TITLE_BREAK)])
            set_run_fonts(head._r, face)
            head.add_break()
            text = text[at + len(TITLE_BREAK) :]
        run = paragraph.add_run(text)
        set_run_fonts(run._r, face)
        if para.role == "h3":
            run.bold = True
        if isinstance(part, Blank):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def write_notice_txt(draft: NoticeDraft, target: Path | str) -> Path:
    """Write the draft as UTF-8 text, one paragraph a line (atomically)."""
    with atomic_path(target) as tmp:
        Path(tmp).write_text(clean_text(draft.text()), encoding="utf-8")
    return Path(target)


def write_notice(
    draft: NoticeDraft, folder: Path | str, docx_name: str, txt_name: str
) -> list[Path]:
    """Both files into folder (created if need be): the Word document and the text."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_notice_docx(draft, folder / docx_name),
        write_notice_txt(draft, folder / txt_name),
    ]
