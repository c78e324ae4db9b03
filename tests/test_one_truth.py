"""One truth: every format of a briefing says the figures `analysis summary --json` gives,
for one as-of date that is not today (the bundled notice and three office ledgers).

Each ledger is rendered once (in parallel processes); the shared number sentences (completion,
overdue, measures) are read back from the HTML, the Word document (python-docx), the PDF
(pypdf), the deck (python-pptx) and the workbook (openpyxl), and the counts by status from
the deck's and the workbook's status chart data.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import needs_browser
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation

from analysis.i18n import t
from analysis.present.narrative import key_points

ROOT = Path(__file__).resolve().parent.parent
LEDGERS = {
    "notice": (ROOT / "data" / "ledger.xlsx", "2024-12-31"),
    "office": (ROOT / "tests" / "ledgers" / "c01_basic.xlsx", "2024-11-15"),
    "housing": (
        ROOT / "tests" / "ledgers" / "c34_chinese_numerals_title_housing.xlsx",
        "2024-11-15",
    ),
    "education": (
        ROOT / "tests" / "ledgers" / "c32_unfamiliar_headers_title_edu.xlsx",
        "2024-11-15",
    ),
}
STATUSES = ("completed", "in_progress", "long_term", "not_started")


def _analysis(*args: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "analysis", "-q", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, tuple[Path, dict]]:
    """Each ledger rendered once, all at the same time, with its summary --json."""
    out = tmp_path_factory.mktemp("one_truth")
    runs = {
        name: (
            _analysis("render", str(path), "--as-of", as_of, "--out", str(out / name)),
            _analysis("summary", str(path), "--as-of", as_of, "--json"),
        )
        for name, (path, as_of) in LEDGERS.items()
    }
    done = {}
    for name, (render, summary) in runs.items():
        assert render.wait(timeout=300) == 0, render.stderr.read() if render.stderr else ""
        text, _ = summary.communicate(timeout=120)
        folder = next((out / name).rglob("briefing.docx")).parent
        done[name] = (folder, json.loads(text))
    return done


def flat(text: str) -> str:
    """Text without white space and word joiners: as comparable as a sentence gets."""
    return re.sub(r"[\s\u2060]+", "", text)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return flat("".join(parser.parts))


def docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return flat("".join(p.text for p in document.paragraphs) + "".join(cells))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return flat("".join(page.extract_text() for page in PdfReader(str(path)).pages))


def deck_text_and_charts(path: Path) -> tuple[str, list]:
    deck = Presentation(str(path))
    texts, charts = [], []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                charts.append(shape.chart)
    return flat("".join(texts)), charts


def status_counts_in_charts(charts: list) -> list[dict[str, float]]:
    """Every chart series read as {category: value} whose categories are status names."""
    names = {t(s, "zh") for s in STATUSES}
    found = []
    for chart in charts:
        for plot in chart.plots:
            categories = [str(c) for c in plot.categories]
            if names & set(categories):
                for series in plot.series:
                    found.append(dict(zip(categories, series.values, strict=False)))
    return found


def expected_sentences(figures: dict) -> list[str]:
    """The shared number sentences, generated from summary --json alone."""
    return [flat(s) for s in key_points(figures, "zh")]


@needs_browser
@pytest.mark.parametrize("name", list(LEDGERS))
def test_every_format_says_the_summary_sentences(rendered, name):
    folder, figures = rendered[name]
    sentences = expected_sentences(figures)
    assert sentences
    formats = {
        "html": html_text(folder / "briefing.html"),
        "docx": docx_text(folder / "briefing.docx"),
        "pdf": pdf_text(folder / "briefing.pdf"),
        "pptx": deck_text_and_charts(folder / "charts" / "briefing.pptx")[0],
    }
    for fmt, text in formats.items():
        for sentence in sentences:
            assert sentence in text, f"{name} {fmt}: {sentence}"


@needs_browser
@pytest.mark.parametrize("name", list(LEDGERS))
def test_overdue_count_is_one_number_in_every_document(rendered, name):
    folder, figures = rendered[name]
    f = figures["findings"]
    if not f["with_deadline"]:
        pytest.skip("no deadlines: nothing can be overdue")
    for text in (docx_text(folder / "briefing.docx"), pdf_text(folder / "briefing.pdf")):
        said = {int(n) for n in re.findall(r"逾期未完成的问题(\d+)个", text)}
        assert said == {f["overdue"]}, said
        in_sources = re.findall(r"逾期：(\d+)", text)
        assert {int(n) for n in in_sources} <= {f["overdue"]}


@needs_browser
@pytest.mark.parametrize("name", list(LEDGERS))
def test_counts_by_status_agree_in_deck_and_workbook(rendered, name):
    folder, figures = rendered[name]
    f = figures["findings"]
    expected = {t(s, "zh"): f[s] for s in STATUSES if f[s]}
    _, charts = deck_text_and_charts(folder / "charts" / "briefing.pptx")
    series = status_counts_in_charts(charts)
    assert series, "the deck has no chart by status"
    assert any(all(s.get(k) == v for k, v in expected.items()) for s in series), series
    book = load_workbook(folder / "charts" / "summary.xlsx", read_only=True)
    sheet = book[t("sheet_status_breakdown", "zh")]
    rows = {str(r[0]): r[1] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    for status, count in expected.items():
        assert rows.get(status) == count, (status, rows)


@needs_browser
@pytest.mark.parametrize("name", list(LEDGERS))
def test_html_body_names_no_internal_code_before_its_sources(rendered, name):
    folder, figures = rendered[name]
    text = html_text(folder / "briefing.html")
    body = text[: text.rindex(flat(t("section_data_notes", "zh")))]
    assert figures["ledger"] not in body and figures["ledger_sha256"][:12] not in body
    assert "annotations.yaml" not in body
    assert not re.search(r"\d{4}-\d{2}-\d{2}", body.split("Plotly")[0][:2000])  # the header
