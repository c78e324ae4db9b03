"""The Word briefing reads as an office's 情况报告 in official style: dates written
2024年12月17日 and never broken, no file names, hashes or reader codes outside 数据来源,
数据来源 a two-column table sized to its content with no row repeated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from analysis import load_ledger
from analysis.export.docx import WORD_JOINER, write_docx
from analysis.export.paper import Grid, Heading, lay_out
from analysis.present.briefing import build_briefing

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "ledgers"
CASES = {
    "notice": (None, "2024-12-31"),
    "office": (OFFICE / "c01_basic.xlsx", "2024-11-15"),
    "education": (OFFICE / "c32_unfamiliar_headers_title_edu.xlsx", "2024-11-15"),
}
ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
HASH = re.compile(r"[0-9a-f]{12,}")


@pytest.fixture(scope="module", params=list(CASES))
def written(request, tmp_path_factory):
    path, as_of = CASES[request.param]
    ledger = load_ledger(path)
    paper = lay_out(build_briefing(ledger, "zh", as_of), ledger, None)
    target = write_docx(paper, tmp_path_factory.mktemp("docx") / "briefing.docx")
    return ledger, paper, Document(str(target))


def _body_and_sources(document) -> tuple[list[str], list]:
    """Paragraph texts before the 数据来源 heading, and the tables after it."""
    texts = [p.text for p in document.paragraphs]
    start = max(i for i, x in enumerate(texts) if x.endswith("数据来源"))
    return texts[:start], document.tables[-1:]


def test_no_iso_date_or_hash_or_file_name_outside_sources(written):
    ledger, _, document = written
    body, _ = _body_and_sources(document)
    cells = [c.text for table in document.tables[:-1] for row in table.rows for c in row.cells]
    files = [ledger.meta.get(k) for k in ("ledger_file", "source_file") if ledger.meta.get(k)]
    for text in body + cells:
        assert not ISO.search(text), text
        assert not HASH.search(text), text
        assert not any(f in text for f in files), text
        assert "annotations.yaml" not in text and ":csv:" not in text and "（今天）" not in text


def test_dates_are_official_and_never_break(written):
    _, paper, document = written
    assert re.fullmatch(r"（截至\d{4}年[1-9]\d?月[1-9]\d?日）", paper.subtitle)
    joined = [p.text for p in document.paragraphs if "年" in p.text and "月" in p.text]
    dates = [d for text in joined for d in re.findall(r"\d[\d\u2060年月]+日", text)]
    assert dates and all(WORD_JOINER in d for d in dates)


def test_sources_is_a_sized_two_column_table_without_repeats(written):
    _, paper, document = written
    sources = document.tables[-1]
    widths = [c.width for c in sources.columns]
    assert len(widths) == 2 and widths[0] < widths[1] / 2
    rows = [tuple(c.text for c in row.cells) for row in sources.rows[1:]]
    assert len(rows) == len(set(rows))
    assert len({r[1] for r in rows}) == len(rows), "a source sentence is repeated"
    grids = [i for i in paper.items if isinstance(i, Grid)]
    assert grids[-1].widths and sum(g.caption == grids[-1].caption for g in grids) == 1


def test_report_parts_in_order(written):
    ledger, paper, _ = written
    headings = [
        i.text.split("、", 1)[1] for i in paper.items if isinstance(i, Heading) and i.level == 1
    ]
    assert headings[0] == "总体情况" and headings[-1] == "数据来源"
    if ledger.findings["deadline"].notna().any():
        assert "需要关注的问题" in headings
        assert headings.index("整改进展") < headings.index("需要关注的问题")
