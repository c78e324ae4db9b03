"""The deck and the workbook as an office prints and edits them (issue 22, items 4, 6, 8, 9):
no invisible series, no automatic chart titles, whole-number count axes, rate axes 0–100%
as percentages; statuses stay statuses, numbers numbers, dates dates; the batch index counts
every manifest row and keeps each run; a bad language is refused in Chinese."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from analysis import load_ledger
from analysis.cli import main
from analysis.export.deck import write_deck
from analysis.export.summary_workbook import write_summary_workbook
from analysis.i18n import t
from analysis.present import line_breaks, theme
from analysis.present.charts import build_charts
from analysis.rendering.batch import Outcome
from analysis.rendering.batch_index import write_index

LEDGERS = Path(__file__).parent / "ledgers"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
#: The bundled notice, and office ledgers with every status and overdue items, at a past date.
CASES = [
    (None, None),
    (LEDGERS / "c04_date_forms.csv", "2024-07-31"),
    (LEDGERS / "c11_status_words.xlsx", "2024-07-31"),
    (LEDGERS / "c34_chinese_numerals_title_housing.xlsx", "2024-07-31"),
]
STATUSES = (
    "completed",
    "in_progress",
    "long_term",
    "open",
    "not_started",
    "unrecognised",
    "unknown",
)


def _ledger(path):
    return load_ledger(path) if path else load_ledger()


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> list[tuple[str, bytes]]:
    """Every chart of every case, as (chart name, chart XML) from the written decks."""
    folder = tmp_path_factory.mktemp("decks")
    out = []
    for i, (path, as_of) in enumerate(CASES):
        charts = build_charts(_ledger(path), "zh", as_of).charts
        deck = folder / f"{i}.pptx"
        write_deck(deck, "标题", "", [], charts, lang="zh")
        with zipfile.ZipFile(deck) as z:
            parts = sorted(
                (n for n in z.namelist() if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)),
                key=lambda n: int(re.findall(r"\d+", n)[0]),
            )
            out += [(c.name, z.read(n)) for c, n in zip(charts, parts, strict=True)]
    return out


def test_no_chart_has_an_automatic_title(decks):
    assert len(decks) >= 15
    for name, xml in decks:
        assert b'autoTitleDeleted val="0"' not in xml, name
        assert b'autoTitleDeleted val="1"' in xml, name


def test_no_series_is_white(decks):
    for name, xml in decks:
        for ser in etree.fromstring(xml).iter(f"{C}ser"):
            fills = [c.get("val").upper() for c in ser.iter(f"{A}srgbClr")]
            assert fills, name
            assert not {"FFFFFF", "FEFEFE"} & set(fills), name


def _value_axis(xml: bytes):
    return etree.fromstring(xml).find(f".//{C}valAx")


def test_rate_axes_run_to_100_percent_and_count_axes_tick_whole_numbers(decks):
    rates = counts = 0
    for name, xml in decks:
        axis = _value_axis(xml)
        fmt = axis.find(f"{C}numFmt").get("formatCode")
        top = float(axis.find(f"{C}scaling/{C}max").get("val"))
        unit = float(axis.find(f"{C}majorUnit").get("val"))
        assert float(axis.find(f"{C}scaling/{C}min").get("val")) == 0, name
        if name.startswith(("completion_by_", "delegate_quotas")):
            rates += 1
            assert top <= 1 and "%" in fmt, (name, top, fmt)
        else:
            counts += 1
            assert unit.is_integer() and unit >= 1 and "%" not in fmt, (name, unit, fmt)
    assert rates >= 3 and counts >= 10


def test_category_labels_are_level_and_dates_whole(decks):
    for name, xml in decks:
        body = etree.fromstring(xml).find(f".//{C}catAx/{C}txPr/{A}bodyPr")
        assert body is not None and body.get("rot") == "0", name
        labels = [v.text for v in etree.fromstring(xml).iter(f"{C}v") if v.text]
        for label in labels:
            for line in label.split("\n"):
                assert not re.search(r"\d{4}-\d{2}-?$|^\d{1,2}日", line), (name, label)


def test_pilots_and_honours_have_a_legend(decks):
    name, xml = next(d for d in decks if d[0] == "pilots_awards")
    root = etree.fromstring(xml)
    assert root.find(f".//{C}legend") is not None
    names = [v.text for v in root.iterfind(f".//{C}ser/{C}tx//{C}v")]
    assert names == [t("legend_pilots"), t("legend_awards")]


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> list[openpyxl.Workbook]:
    folder = tmp_path_factory.mktemp("books")
    out = []
    for i, (path, as_of) in enumerate(CASES):
        ledger = _ledger(path)
        charts = build_charts(ledger, "zh", as_of).charts
        book = folder / f"{i}.xlsx"
        write_summary_workbook(book, ledger, charts, pd.Timestamp(as_of or "2024-12-17"), "zh")
        out.append(openpyxl.load_workbook(book))
    return out


def _columns(ws) -> dict[str, list]:
    """The sheet's table by header, down to its first blank row (the chart's title and
    source note stand below it)."""
    heads = [c.value for c in ws[1]]
    rows = []
    for row in ws.iter_rows(min_row=2):
        if all(c.value in (None, "") for c in row):
            break
        rows.append(row)
    return {h: [row[j] for row in rows] for j, h in enumerate(heads) if h}


def test_status_columns_hold_statuses_only(workbooks):
    words = {t(s) for s in STATUSES}
    seen = 0
    for wb in workbooks:
        for ws in wb:
            for head, cells in _columns(ws).items():
                if head == t("col_status"):
                    values = {c.value for c in cells if c.value is not None}
                    assert values <= words, (ws.title, values - words)
                    seen += 1
    assert seen >= 7


def test_overdue_is_its_own_column_and_sheet(workbooks):
    office = workbooks[1]
    findings = _columns(office[t("sheet_findings")])
    late = [c.value for c in findings[t("col_is_overdue")]]
    days = [c.value for c in findings[t("col_days_overdue")]]
    assert t("yes") in late and set(late) <= {t("yes"), t("no")}
    assert all(
        isinstance(d, int) and d > 0 for d, y in zip(days, late, strict=True) if y == t("yes")
    )
    overdue_sheets = [ws.title for ws in office if "逾期" in ws.title]
    assert overdue_sheets == [t("limits.overdue_sheet")]


def test_numbers_are_numbers_and_dates_dates(workbooks):
    dates = 0
    for wb in workbooks:
        for ws in wb:
            for head, cells in _columns(ws).items():
                values = [c.value for c in cells if c.value not in (None, "")]
                if head in (t("col_number"), t("problem_number"), t("count")):
                    assert all(isinstance(v, int | float) for v in values), (ws.title, head)
                if head in (t("col_deadline"), t("col_date")):
                    assert all(isinstance(v, dt.datetime) for v in values), (ws.title, head)
                    dates += len(values)
                assert not any(
                    isinstance(v, str) and re.search(r"\d{4}-\d\d-\d\d", v) for v in values
                )
    assert dates >= 10


def test_timeline_event_and_date_apart(workbooks):
    timeline = _columns(workbooks[0][t("sheet_timeline")])
    events = [c.value for c in timeline[t("col_event")] if c.value]
    assert events and not any(re.search(r"\d", e) for e in events[:8])
    assert all(isinstance(c.value, dt.datetime) for c in timeline[t("col_date")][: len(events)])


def _outcome(name: str, folder: Path, **kw) -> Outcome:
    return Outcome(name, ok=kw.pop("ok", True), out_dir=str(folder), **kw)


def test_batch_index_counts_every_row_and_keeps_each_run(tmp_path):
    unit = tmp_path / "甲" / "2024-07-31"
    unit.mkdir(parents=True)
    (unit / "briefing.html").write_text("x", encoding="utf-8")
    rows = [
        _outcome("a.xlsx", unit, unit="甲", as_of="2024-07-31"),
        _outcome("b.xlsx", unit, unit="乙", as_of="2024-07-31"),
        _outcome("c.xlsx", unit, skipped=True, unit="丙"),
        _outcome("d.xlsx", unit, ok=False, error="第3行“整改状态”无法识别<乱写>"),
    ]
    first = dt.datetime(2024, 7, 31, 9, 0)
    write_index(tmp_path, rows, "zh", when=first)
    page = BeautifulSoup((tmp_path / "index.html").read_text(encoding="utf-8"), "html.parser")
    counts = [li.get_text() for li in page.select("ul.counts li")]
    assert counts == ["清单共4行", "新生成2份", "未变化沿用1份", "失败1份"]
    assert len(page.find_all("tr")) == 1 + 4
    assert "<乱写>" in page.get_text() and page.find("style") is not None
    write_index(tmp_path, rows[:1], "zh", when=first + dt.timedelta(hours=1))
    kept = sorted(p.name for p in tmp_path.glob("index-*.html"))
    assert kept == ["index-20240731-090000.html", "index-20240731-100000.html"]
    latest = BeautifulSoup((tmp_path / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert [li.get_text() for li in latest.select("ul.counts li")][0] == "清单共1行"
    assert "index-20240731-090000.html" in [a["href"] for a in latest.find_all("a")]


def test_an_unknown_language_is_refused_in_chinese(capsys):
    assert main(["render", "-p", "lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "参数“lang”" in err and "xx" in err and "Traceback" not in err


WORDS = st.sampled_from(
    [*line_breaks.KEEP_WHOLE, "省级", "试点", "2024年12月17日", "2024-03-31", "20个", "（集体）"]
)


@settings(max_examples=60, deadline=None)
@example(words=["2024-03-31", "20个"], width=6)  # a date glued to a count: cut between them
@given(st.lists(WORDS, min_size=1, max_size=8), st.integers(min_value=6, max_value=30))
def test_lines_break_only_between_words(words, width):
    text = "".join(words)
    lines = theme.wrap(text, width).split("<br>")
    assert "".join(lines) == text
    bounds, at = set(), 0
    for w in words:  # where a line may end: after a word, or inside one wider than a line
        bounds.add(at + len(w))
        if theme.units(w) > width:
            bounds.update(range(at + 1, at + len(w)))
        at += len(w)
    ends = [len("".join(lines[: i + 1])) for i in range(len(lines))]
    assert set(ends) <= bounds, (lines, words)


def test_rates_stop_at_100_percent_and_one_date_draws_no_burndown():
    for path, as_of in CASES:
        for chart in build_charts(_ledger(path), "zh", as_of).charts:
            for axis in (chart.figure.layout.xaxis, chart.figure.layout.yaxis):
                if axis.tickformat and axis.tickformat.endswith("%"):  # not a date format
                    assert axis.range[1] <= 1, chart.name
    ledger = load_ledger(LEDGERS / "c04_date_forms.csv")
    done = ledger.findings["status"].eq("completed")
    assert ledger.findings.loc[done, "completed_on"].notna().sum() <= 1
    charts = build_charts(ledger, "zh", "2024-07-31")
    assert "burndown" not in [c.name for c in charts.charts]
    assert any(k in charts.missing for k in ("burndown_one_date", "missing_completed_on"))


def test_a_burndown_runs_from_the_first_completion_to_the_as_of_date():
    ledger = load_ledger(LEDGERS / "c11_status_words.xlsx")
    chart = next(c for c in build_charts(ledger, "zh", "2024-12-31").charts if c.name == "burndown")
    xs = list(chart.figure.data[0].x)
    assert pd.Timestamp(xs[-1]) == pd.Timestamp("2024-12-31")
    assert len({pd.Timestamp(x) for x in xs}) >= 3
