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
from visible_words import command_line_words, data_strings, foreign_words

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


def unwrapped(text: str) -> str:
    """Deck text with the line breaks the deck wraps at taken out (none beside a Chinese
    character, a space between Latin words), so a name wrapped over lines reads whole."""
    return re.sub(r"(?<=[^\x00-\x7f])\n|\n(?=[^\x00-\x7f])", "", text).replace("\n", " ")


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
                texts.append(unwrapped(shape.text_frame.text))
            if shape.has_chart:
                plot = shape.chart.plots[0]
                texts += [unwrapped(str(c)) for c in plot.categories]
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


REPO = Path(__file__).resolve().parent.parent
HISTORY = REPO / "tests" / "history"
LEDGERS = REPO / "tests" / "ledgers"


def run_cli(*argv: str, cwd: Path) -> tuple[int, str]:
    """`analysis …` in a process of its own under C.UTF-8, as on a server: exit code, and
    everything it printed (stdout and stderr, the progress bars included)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "ANALYSIS_OUTPUTS_DIR": str(cwd / "out")}
    run = subprocess.run(
        [sys.executable, "-m", "analysis", *argv], capture_output=True, text=True, cwd=cwd, env=env
    )
    return run.returncode, run.stdout + run.stderr


@pytest.fixture(scope="module")
def command_lines(tmp_path_factory) -> dict[str, tuple[int, str]]:
    """What render, batch, check and history print, in Chinese (the default)."""
    tmp = tmp_path_factory.mktemp("cli")
    manifest = tmp / "units.csv"
    manifest.write_text(
        f"ledger,unit\n{HISTORY / 'ledger_2024-06.csv'},\n{LEDGERS / 'b01_empty.csv'},\n",
        encoding="utf-8",
    )
    db = str(tmp / "history.duckdb")
    runs = {
        "render": ("render", "--as-of", "2025-06-01", "--out", str(tmp / "one")),
        "batch": ("render", "--batch", str(manifest), "--workers", "1", "--out", str(tmp / "b")),
        "check ok": ("check", str(LEDGERS / "c06_no_year_from_dates.csv")),
        "check bad": ("check", str(LEDGERS / "b09_odd_numbers.csv")),
        "check status": ("check", str(LEDGERS / "b15_unknown_status_gbk.csv")),
        "history add": ("history", "add", str(HISTORY / "ledger_2024-05.csv"), "--db", db),
        "history add 2": ("history", "add", str(HISTORY / "ledger_2024-06.csv"), "--db", db),
        "history list": ("history", "list", "--db", db),
        "history report": ("history", "report", "--db", db),
    }
    return {name: run_cli(*argv, cwd=tmp) for name, argv in runs.items()}


def test_command_lines_speak_chinese(command_lines):
    data = data_strings(load_ledger()) + data_strings(load_ledger(HISTORY / "ledger_2024-06.csv"))
    data += data_strings(load_ledger(HISTORY / "ledger_2024-05.csv"))
    expected = {"render": 0, "batch": 2, "check ok": 0, "check bad": 2, "check status": 0}
    for name, (code, printed) in command_lines.items():
        assert code == expected.get(name, 0), (name, printed)
        assert command_line_words(printed, data) == [], (name, printed)
    _, render = command_lines["render"]
    assert "执行单元格：" in render and "已生成：" in render and "cell" not in render
    _, batch = command_lines["batch"]
    assert "生成简报：" in batch and "份简报" in batch and "索引：" in batch and "nb/s" not in batch
    assert "警告：" in command_lines["check ok"][1] and "没有写年份" in command_lines["check ok"][1]


def test_quiet_silences_the_progress_bars(tmp_path):
    code, printed = run_cli(
        "-q", "render", "--as-of", "2025-06-01", "--out", str(tmp_path), cwd=tmp_path
    )
    assert code == 0 and "执行单元格" not in printed and "已生成：" in printed
