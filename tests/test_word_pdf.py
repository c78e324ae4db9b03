"""briefing.docx and briefing.pdf: the official layout (GB/T 9704-2012) reopened with
python-docx and pypdf, their numbers against `analysis summary --json`, and an office's own
Word template honoured."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import pytest
from conftest import needs_browser
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from analysis import load_ledger
from analysis.cli import main
from analysis.export.docx import TemplateError, open_template, write_docx
from analysis.export.docx_template import DEFAULT_TEMPLATE, build_template
from analysis.export.paper import Grid, Heading, Picture, lay_out
from analysis.i18n import pct
from analysis.i18n.documents import chinese_numeral
from analysis.present.briefing import build_briefing
from analysis.rendering.batch import Outcome, write_index
from analysis.rendering.notebook import render

AS_OF = "2025-01-01"
MM = Mm(1)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    return render(None, {"as_of": AS_OF}, out_root=out, progress=False).out_dir


@pytest.fixture(scope="module")
def docx(rendered):
    return Document(str(rendered / "briefing.docx"))


def body_paragraphs(document, style: str) -> list:
    return [p for p in document.paragraphs if p.style.name == style and p.text]


def east_asian(run) -> str | None:
    fonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def test_render_writes_docx_and_pdf_beside_the_html(rendered):
    for name in ("briefing.html", "briefing.docx", "briefing.pdf"):
        assert (rendered / name).stat().st_size > 10_000, name
    assert not list(rendered.glob(".briefing-print.html"))


def test_page_is_a4_with_the_official_margins_and_grid(docx):
    section = docx.sections[0]
    expected = {
        "page_width": 210,
        "page_height": 297,
        "top_margin": 37,
        "bottom_margin": 35,
        "left_margin": 28,
        "right_margin": 26,
    }
    for attr, mm in expected.items():
        assert abs(getattr(section, attr) - Mm(mm)) <= MM, attr
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    line_pt = int(grid.get(qn("w:linePitch"))) / 20
    text_height_pt = (297 - 37 - 35) / 25.4 * 72
    assert int(text_height_pt / line_pt) == 22  # 22 lines per page
    char_pt = 16 + int(grid.get(qn("w:charSpace"))) / 4096
    text_width_pt = (210 - 28 - 26) / 25.4 * 72
    assert round(text_width_pt / char_pt) == 28  # 28 characters per line


def test_title_body_and_headings_have_their_faces_and_sizes(docx):
    styles = docx.styles
    checks = {
        "Title": ("方正小标宋简体", 22),
        "Normal": ("仿宋_GB2312", 16),
        "Heading 1": ("黑体", 16),
        "Heading 2": ("楷体_GB2312", 16),
    }
    for style, (face, size) in checks.items():
        assert styles[style].font.size == Pt(size), style
        paragraphs = body_paragraphs(docx, style)
        assert paragraphs, f"no {style} paragraph"
        for p in paragraphs:
            assert all(east_asian(r) == face for r in p.runs), (style, p.text)
    normal = styles["Normal"].paragraph_format
    assert normal.first_line_indent == Pt(32)  # two characters
    assert normal.line_spacing == Pt(28.95)
    headings = [p.text for p in body_paragraphs(docx, "Heading 1")]
    assert headings[0].startswith("一、") and headings[-1].endswith("数据来源")
    assert body_paragraphs(docx, "Heading 2")[0].text.startswith("（一）")


def test_every_run_names_an_east_asian_face(docx):
    runs = [r for p in docx.paragraphs for r in p.runs]
    runs += [r for t in docx.tables for c in t._cells for p in c.paragraphs for r in p.runs]
    assert runs and all(east_asian(r) for r in runs)


def test_page_numbers_on_the_outer_side_of_odd_and_even_pages(docx):
    assert docx.settings.odd_and_even_pages_header_footer
    section = docx.sections[0]
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert "PAGE" in "".join(footer._element.itertext()) or " PAGE " in xml
        assert xml.count("w:instrText") >= 1 and 'w:fldCharType="begin"' in xml
        p = footer.paragraphs[0]
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert p.alignment.name.lower() == align
        assert all(east_asian(r) == "宋体" and r.font.size == Pt(14) for r in p.runs)


def test_figures_and_tables_are_numbered_with_sources(docx, rendered):
    pictures = docx.inline_shapes
    charts = list((rendered / "charts").glob("*.png"))
    assert len(pictures) == len(charts) > 0
    captions = [p.text for p in body_paragraphs(docx, "Caption")]
    assert captions[0].startswith("图1") and any(c.startswith("表1") for c in captions)
    assert len(docx.tables) >= 1
    # each figure's source once, in 数据来源 (the image carries neither title nor source)
    sources = "".join(c.text for row in docx.tables[-1].rows for c in row.cells)
    assert "图1" in sources and not body_paragraphs(docx, "Source Line")


def test_key_sentences_hold_the_numbers_of_summary_json(docx, capsys):
    assert main(["summary", "--json", "--as-of", AS_OF]) == 0
    figures = json.loads(capsys.readouterr().out)
    f = figures["findings"]
    text = [p.text for p in docx.paragraphs]
    completion = [s for s in text if pct(f["completion_rate"]) in s and "完成" in s]
    assert completion, "no sentence gives the completion rate"
    assert any(
        set(re.findall(r"\d+", s)) >= {str(f["total"]), str(f["completed"])} for s in completion
    )
    assert any(str(figures["delegates"]["total"]) in s and "代表" in s for s in text)
    assert any(str(figures["measures"]["enumerated"]) in s for s in text)


def test_docx_says_what_the_html_says(docx, rendered):
    doc = build_briefing(load_ledger(), "zh", AS_OF)
    text = "".join(p.text for p in docx.paragraphs).replace("\u2060", "")
    html = (rendered / "briefing.html").read_text(encoding="utf-8")
    for sentence in doc.section("key_figures").blocks[0].items:
        assert sentence in text and sentence in html


@needs_browser
def test_pdf_is_a4_with_selectable_text_and_embedded_fonts(rendered):
    from pypdf import PdfReader

    reader = PdfReader(str(rendered / "briefing.pdf"))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5
    text = "".join(page.extract_text() for page in reader.pages)
    assert "新吴区妇联" in text and "100%" in text and "— 1 —" in text
    assert "一、" in text and "截至" in text  # not the look-alike radicals ⼀ and ⾄
    assert not re.search("[\u2e80-\u2fdf]", text)
    # the charts' own text (ticks, bar values, notes) copies as text: no NULs for digits
    assert "\x00" not in text and "000_92b92515acb86431.txt" in text
    fonts = [f for page in reader.pages for f in _fonts(page)]
    assert fonts and all(_embedded(f) for f in fonts)


def _fonts(page) -> list:
    resources = page.get("/Resources") or {}
    fonts = resources.get("/Font") or {}
    return [fonts[name].get_object() for name in fonts]


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type3":
        return "/CharProcs" in font  # glyphs drawn by the PDF itself
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_a_custom_template_is_honoured(tmp_path, bundled):
    office = open_template(DEFAULT_TEMPLATE)
    head = office.add_paragraph("某某区纪委监委文件", style="Title")
    head.runs[0].font.color.rgb = None
    office.styles["Normal"].font.size = Pt(15)
    office.sections[0].left_margin = Mm(30)
    template = tmp_path / "office.docx"
    office.save(str(template))
    paper = lay_out(build_briefing(bundled, "zh", AS_OF), bundled, None)
    out = write_docx(paper, tmp_path / "briefing.docx", template)
    written = Document(str(out))
    assert written.paragraphs[0].text == "某某区纪委监委文件"  # the letterhead stays on top
    assert written.paragraphs[1].text == paper.title
    assert written.styles["Normal"].font.size == Pt(15)
    assert abs(written.sections[0].left_margin - Mm(30)) <= MM


def test_a_template_lacking_our_styles_gets_them(tmp_path, bundled):
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    paper = lay_out(build_briefing(bundled, "zh", AS_OF), bundled, None)
    written = Document(str(write_docx(paper, tmp_path / "b.docx", plain)))
    assert body_paragraphs(written, "Caption")
    assert all(east_asian(r) for p in written.paragraphs for r in p.runs)


def test_an_unusable_template_is_refused_before_any_kernel(tmp_path):
    not_docx = tmp_path / "letterhead.docx"
    not_docx.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match="letterhead.docx"):
        render(None, {"docx_template": str(not_docx)}, out_root=tmp_path, progress=False)
    with pytest.raises(TemplateError, match="missing.docx"):
        render(None, {"docx_template": str(tmp_path / "missing.docx")}, out_root=tmp_path)


def test_english_layout_numbers_in_english(bundled):
    paper = lay_out(build_briefing(bundled, "en", AS_OF), bundled, None)
    headings = [i.text for i in paper.items if isinstance(i, Heading) and i.level == 1]
    assert headings[0] == "1. Overview" and headings[-1].endswith("Sources")
    assert paper.subtitle == "(as of 1 January 2025)"
    assert all(p.image is None for p in paper.items if isinstance(p, Picture))


def test_sources_section_traces_key_figures_and_every_numbered_item(bundled):
    paper = lay_out(build_briefing(bundled, "zh", AS_OF), bundled, None)
    start = next(
        i for i, x in enumerate(paper.items) if getattr(x, "text", "").endswith("数据来源")
    )
    tail = paper.items[start:]
    key_table = next(x for x in tail if isinstance(x, Grid))
    assert list(key_table.frame.columns) == ["项目", "来源"] and len(key_table.frame) > 0
    labels = key_table.frame["项目"].tolist()
    assert any(label.startswith("图1") for label in labels)
    assert any("已完成：20" in label for label in labels)
    assert sum(isinstance(x, Grid) and x.caption == key_table.caption for x in paper.items) == 1


def test_chinese_numerals():
    assert [chinese_numeral(n) for n in (1, 9, 10, 11, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "二十",
        "二十一",
        "九十九",
    ]


def test_committed_template_is_what_the_script_builds(tmp_path):
    fresh = Document(str(build_template(tmp_path / "t.docx")))
    shipped = Document(str(DEFAULT_TEMPLATE))
    for style in ("Normal", "Title", "Heading 1", "Heading 2", "Caption", "Source Line"):
        a, b = fresh.styles[style].element.xml, shipped.styles[style].element.xml
        assert a == b, style
    assert fresh.sections[0]._sectPr.xml == shipped.sections[0]._sectPr.xml


def test_index_links_every_output_of_a_unit(tmp_path):
    unit = tmp_path / "单位" / AS_OF
    (unit / "charts").mkdir(parents=True)
    for name in ("briefing.html", "briefing.docx", "briefing.pdf"):
        (unit / name).write_text("x", encoding="utf-8")
    for name in ("briefing.pptx", "summary.xlsx"):
        (unit / "charts" / name).write_text("x", encoding="utf-8")
    index = write_index(tmp_path, [Outcome("a.xlsx", ok=True, out_dir=str(unit))])
    page = index.read_text(encoding="utf-8")
    for name in ("briefing.html", "briefing.docx", "briefing.pdf", "briefing.pptx", "summary.xlsx"):
        assert f"{name}'" in page, name


@needs_browser
def test_batch_writes_docx_and_pdf_per_unit_through_the_image_server(tmp_path, messy_xlsx):
    from pypdf import PdfReader

    from analysis.rendering.batch import Job, run_batch

    jobs = [Job(str(messy_xlsx), {"as_of": AS_OF})]
    [outcome] = run_batch(jobs, out_root=tmp_path / "out", workers=1)
    assert outcome.ok, outcome.error
    unit = Path(outcome.out_dir)
    written = Document(str(unit / "briefing.docx"))
    assert written.paragraphs[0].text.endswith("巡察整改情况报告")
    text = "".join(page.extract_text() for page in PdfReader(str(unit / "briefing.pdf")).pages)
    assert "第" in text and "行" in text  # 数据来源 names the ledger rows
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "briefing.docx'" in index and "briefing.pdf'" in index


def test_radical_look_alikes_are_mapped_back_to_ideographs(tmp_path):
    from analysis.export.pdf_text import ideograph, repair_text_map

    assert [ideograph(c) for c in "⼀⾄⾏⻓⻔⺠⼾a一"] == list("一至行长门民户a一")
    cmap = b"begincmap\n2 beginbfchar\n<01> <2F00>\n<02> <4E8C>\nendbfchar\nendcmap"
    packed = zlib.compress(cmap)
    body = (
        b"%PDF-1.4\n1 0 obj\n<</Type /Font /ToUnicode 2 0 R>>\nendobj\n"
        + b"2 0 obj\n<</Filter /FlateDecode /Length "
        + str(len(packed)).encode()
        + b">> stream\n"
        + packed
        + b"\nendstream\nendobj\n"
    )
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(body + b"trailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n")
    assert repair_text_map(pdf) == 1
    data = pdf.read_bytes()
    assert data.startswith(body) and b"/Prev 0" in data  # an update appended, nothing rewritten
    update = data[len(body) :]
    start = update.index(b"stream\n") + len(b"stream\n")
    fixed = zlib.decompressobj().decompress(update[start:])
    assert b"<01> <4E00>" in fixed and b"<02> <4E8C>" in fixed
    assert repair_text_map(pdf) == 0  # the last version of each map is read
