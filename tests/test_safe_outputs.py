"""Outputs safe to open and share: no formula from data in any workbook, writers that survive
control characters, files with the modes the umask allows, and no leftover temporary folders."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import stat
import zipfile
from pathlib import Path

import pytest
from conftest import write_xlsx
from lxml import etree

from analysis import load_ledger
from analysis.export.atomic import atomic_dir, write_text
from analysis.export.ledger_workbook import write_ledger
from analysis.export.rollup_files import write_rollup
from analysis.export.safe_text import clean_text, csv_text, looks_like_formula
from analysis.figures.rollup import rollup
from analysis.rendering.notebook import render

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.com","点我")',
    "+1",
    "-1+1",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
]
CONTROL = ["坏\x01字\x0b符", "a\x1fb\x00", "c\x7fd\x08", "x\ufffey", "\x1b[31m红", "\x0c换页"]
HEADER = [
    "序号",
    "方面",
    "问题类别",
    "具体问题",
    "整改措施",
    "责任领导",
    "责任部门",
    "整改时限",
    "整改状态",
    "销号日期",
    "备注",
]
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def hostile_rows(texts: list[str]) -> list[list]:
    """Twelve findings whose every text field is taken from texts."""
    rows = [HEADER]
    for i in range(12):
        pick = [texts[(i + k) % len(texts)] for k in range(7)]
        done = i % 2 == 1
        rows.append(
            [
                i + 1,
                pick[0],
                pick[1],
                pick[2],
                pick[3],
                pick[4],
                pick[5],
                "2024年6月底前",
                "已完成" if done else "正在整改",
                dt.datetime(2024, 6, 1) if done else None,
                pick[6],
            ]
        )
    return rows


def formulas_in(blob: bytes, name: str) -> list[str]:
    """Every part of an xlsx (or of each xlsx a pptx embeds) that holds a formula element.

    A pptx's own chart XML is not searched: its <c:f> elements are references into the
    embedded workbook, not formulas.
    """
    found = []
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        for part in z.namelist():
            data = z.read(part)
            if part.endswith(".xlsx"):
                found += formulas_in(data, f"{name}!{part}")
            elif name.endswith(".xlsx") and part.endswith(".xml") and FORMULA_TAG.search(data):
                found.append(f"{name}!{part}")
    return found


def spreadsheets(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.suffix in (".xlsx", ".pptx")]


@pytest.fixture(scope="module")
def formula_render(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("formula")
    ledger = write_xlsx(tmp / "payload.xlsx", hostile_rows(PAYLOADS))
    params = {"as_of": "2025-01-01", "unit": PAYLOADS[0]}
    return ledger, render(ledger, params, out_root=tmp / "out", progress=False).out_dir


def test_no_formula_from_data_in_any_workbook(formula_render, tmp_path):
    ledger_path, out = formula_render
    ledger = load_ledger(ledger_path)
    assert set(PAYLOADS) - {"\t=1+1", "\r=1+1"} <= set(ledger.findings["aspect"])
    write_ledger(ledger, tmp_path / "ingest.xlsx")
    files = spreadsheets(out) + [tmp_path / "ingest.xlsx"]
    assert {p.name for p in files} >= {"briefing.pptx", "summary.xlsx", "ingest.xlsx"}
    embedded = zipfile.ZipFile(out / "charts" / "briefing.pptx").namelist()
    assert sum(n.endswith(".xlsx") for n in embedded) >= 5
    found = [f for p in files for f in formulas_in(p.read_bytes(), p.name)]
    assert found == []
    # The payloads are still there, as text the reader sees.
    with zipfile.ZipFile(out / "charts" / "summary.xlsx") as z:
        parts = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert b"=cmd|" in parts and b"HYPERLINK(" in parts


def test_rollup_csv_stores_formula_text_as_text(formula_render, tmp_path):
    ledger_path, _ = formula_render
    table = rollup([ledger_path])
    table["unit"] = PAYLOADS[: len(table)] if len(table) > 1 else [PAYLOADS[0]]
    xlsx, csv_path = write_rollup(table, tmp_path)
    assert formulas_in(xlsx.read_bytes(), xlsx.name) == []
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert rows[0]["unit"] == "'" + PAYLOADS[0]
    cells = [v for r in rows for v in r.values() if v]
    assert not any(looks_like_formula(v) for v in cells)


@pytest.mark.parametrize("text", PAYLOADS)
def test_csv_cells_never_start_a_formula(text):
    assert not looks_like_formula(csv_text(text)) and csv_text(text).endswith(text.lstrip("\r"))


@pytest.fixture(scope="module")
def control_render(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("control")
    path = tmp / "control.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(hostile_rows(CONTROL))
    old = os.umask(0o022)
    try:
        result = render(path, {"as_of": "2025-01-01"}, out_root=tmp / "out", progress=False)
    finally:
        os.umask(old)
    return path, result.out_dir


def test_ledger_full_of_control_characters_renders(control_render, tmp_path):
    ledger_path, out = control_render
    ledger = load_ledger(ledger_path)
    assert not ledger.findings["title"].str.contains("\x01").any()  # the reader removes them
    assert any("控制字符" in w for w in ledger.warnings)  # and names the cells
    ledger.findings["title"] = ledger.findings["title"] + "\x01\x0b"  # writers survive them anyway
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert clean_text(html) == html and "坏字符" in html
    for svg in out.rglob("*.svg"):
        etree.fromstring(svg.read_bytes())  # well-formed XML
    for path in spreadsheets(out):
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
    write_ledger(ledger, tmp_path / "ingest.xlsx")  # openpyxl raised IllegalCharacterError
    table = rollup([ledger_path])
    write_rollup(table, tmp_path)


def test_outputs_get_the_modes_the_umask_allows(control_render):
    _, out = control_render
    paths = [out, *out.rglob("*")]
    assert len(paths) > 10
    for path in paths:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), (path, oct(mode))


def test_interrupted_render_leftovers_are_removed_next_time(tmp_path):
    target = tmp_path / "unit" / "2025-01-01"
    target.parent.mkdir()
    dead = target.with_name(f".{target.name}.tmp-99999999-abc")  # no such process
    dead.mkdir()
    (dead / "briefing.ipynb").write_text("{}")
    alive = target.with_name(f".{target.name}.tmp-{os.getppid()}-abc")  # a running render
    alive.mkdir()
    with atomic_dir(target) as tmp:
        write_text(tmp / "x.txt", "x")
    assert not dead.exists() and alive.exists() and (target / "x.txt").exists()
    assert sorted(p.name for p in target.parent.iterdir()) == sorted([target.name, alive.name])
