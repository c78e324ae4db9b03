"""Every word a reader sees is in the reader's language: the rendered briefing's visible
text, the workbook's sheet names and headers, and the deck's text (the charts' SVG text
is checked in test_chart_layout, in the browser). Chinese may hold Latin only in file
names, the checksum's name and the ledger's own data; English holds no Chinese but data.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from pptx import Presentation
from visible_words import data_strings, foreign_words

from analysis import load_ledger
from analysis.export.chart_files import export_charts
from analysis.rendering.batch import Job, run_batch


def test_the_check_can_fail():
    assert foreign_words(["截至 today，文件 ledger.xlsx"], "zh", []) == ["today"]
    assert foreign_words(["Completed 已完成 ledger"], "en", ["ledger"]) == ["完", "已", "成"]
    assert foreign_words(["SHA-256 5cf81e5c23c8d22e47db 见 a.txt"], "zh", []) == []


CASES = [("zh", "bundled"), ("en", "bundled"), ("zh", "office"), ("en", "office")]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The briefing rendered for the bundled and an office ledger, in both languages."""
    import conftest

    tmp = tmp_path_factory.mktemp("lang")
    office = conftest.write_xlsx(tmp / "messy.xlsx", conftest.MESSY_ROWS, conftest.MESSY_MERGES)
    paths = {"bundled": "", "office": str(office)}
    jobs = [Job(paths[which], {"as_of": "2025-06-01", "lang": lang}) for lang, which in CASES]
    outcomes = run_batch(jobs, out_root=tmp / "out", workers=2)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    ledgers = {"bundled": load_ledger(), "office": load_ledger(office)}
    return {
        case: (Path(o.out_dir), ledgers[case[1]]) for case, o in zip(CASES, outcomes, strict=True)
    }


def visible_text(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    title = soup.title.get_text() if soup.title else ""
    return [title, soup.body.get_text(" ")]


@pytest.mark.parametrize("lang,which", CASES)
def test_briefing_html_in_one_language(rendered, lang, which):
    out, ledger = rendered[(lang, which)]
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert foreign_words(visible_text(html), lang, data_strings(ledger)) == []


@pytest.mark.parametrize("lang,which", CASES)
def test_workbook_and_deck_in_one_language(rendered, lang, which, tmp_path):
    _, ledger = rendered[(lang, which)]
    export_charts(ledger, tmp_path, ["xlsx", "pptx"], lang, "2025-06-01")
    wb = load_workbook(tmp_path / "summary.xlsx")
    texts = list(wb.sheetnames)
    for ws in wb.worksheets:
        texts += [str(c.value) for c in ws[1] if c.value is not None]
        texts += [str(c.value) for c in ws["A"] if isinstance(c.value, str)]
    deck = Presentation(tmp_path / "briefing.pptx")
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_chart:
                plot = shape.chart.plots[0]
                texts += [str(c) for c in plot.categories]
                texts += [s.name for s in plot.series]
    assert foreign_words(texts, lang, data_strings(ledger)) == []


@pytest.mark.parametrize("name", ["explore.ipynb", "rollup.ipynb", "briefing.ipynb"])
def test_notebook_text_switches_with_lang(name):
    # Text written into a notebook's markdown cannot follow `lang`: after the title cell, every
    # heading and explanation comes from the catalogue through show_text(key, lang).
    import nbformat

    from analysis.paths import NOTEBOOKS_DIR

    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    assert len(markdown) <= 1, markdown[1:]
    for text in markdown:
        prose = re.sub(r"`[^`]*`", " ", text)  # code spans name parameters and values
        assert foreign_words([prose], "zh", []) in ([], ["English"]), text
