"""Charts, deck and workbook: figures exact, Chinese real, decks hold native charts."""

from __future__ import annotations

from pathlib import Path

import kaleido.errors
import pandas as pd
import pytest
from conftest import needs_browser
from openpyxl import load_workbook
from pptx import Presentation
from pptx.oxml.ns import qn

from analysis import load_ledger
from analysis.export.chart_files import export_charts
from analysis.paths import REPO_ROOT
from analysis.present.charts import build_charts


def test_bundled_charts_and_reasons(bundled):
    cs = build_charts(bundled, "zh", "2025-01-01")
    names = [c.name for c in cs.charts]
    assert names == [  # the briefing's reading order
        "completion_overview",
        "status_breakdown",
        "measures_per_finding",
        "delegate_quotas",
        "organisations_by_sector",
        "pilots_awards",
        "timeline",
    ]
    by = {c.name: c for c in cs.charts}
    # statuses rest on the declared total: no "agrees" claim, and the note says why
    assert by["completion_overview"].title == "通报称20个具体问题全部完成整改，完成率100%"
    assert "依据通报所述总数" in by["completion_overview"].note
    assert by["delegate_quotas"].table.iloc[:, 1].tolist() == [0.6, 0.7, 0.3, 0.6, 0.8]
    assert "下限" not in by["delegate_quotas"].title
    steps = by["measures_per_finding"].table.iloc[:, 1]
    assert steps.sum() == 54 and steps.isna().tolist() == [n == 14 for n in range(20)]
    assert by["measures_per_finding"].title.startswith("整改结果中分条列举具体做法54项")
    assert "第15个问题" in by["measures_per_finding"].note
    assert "推断" in by["pilots_awards"].note
    assert by["timeline"].title == "从巡察进驻到公布整改情况历时375天"
    assert "整改时限" in dict(cs.skipped)["due_buckets"] and "missing_completed_on" in cs.missing


def test_english_titles(bundled):
    cs = build_charts(bundled, "en", "2025-01-01")
    by = {c.name: c for c in cs.charts}
    assert by["completion_overview"].title == "The notice states all 20 problems completed (100%)"
    assert by["completion_overview"].note.startswith("Source: ")
    layout = by["status_breakdown"].figure.layout
    assert list(by["status_breakdown"].figure.data[0].x) == [
        "Completed",
        "In progress",
        "Long-term",
        "Not started",
    ]  # Open and Unrecognised only when the ledger has them
    assert layout.template.layout.font.family.startswith("Noto Sans CJK SC")


def test_fixture_ledger_draws_deadline_charts(messy_xlsx):
    ledger = load_ledger(messy_xlsx)
    cs = build_charts(ledger, "zh", "2025-06-01")
    by = {c.name: c for c in cs.charts}
    assert by["due_buckets"].table.iloc[:, 1].tolist() == [3, 0, 0, 0, 1]
    assert by["overdue"].table.iloc[:, 1].tolist() == [137, 152, 427]
    dept = by["completion_by_department"].table.set_index("责任部门").iloc[:, 0].to_dict()
    assert dept == {"办公室": 1 / 3, "业务科": 0.0, "财务科": 0.0}
    # one completion date is a step, not a trend: no burn-down, and the notes say why
    assert "burndown" not in by and "burndown_one_date" in cs.missing
    assert by["completion_by_aspect"].title.startswith("按方面：")
    measures = by["measures_per_finding"]
    assert measures.title.startswith("台账列出整改措施6条")  # every row counts, one way
    assert measures.table.iloc[:, 1].tolist() == [2, 1, 1, 1, 1]


def test_deck_holds_native_charts_with_the_figures(bundled, tmp_path):
    result = export_charts(bundled, tmp_path, ["pptx", "xlsx"], "zh", "2025-01-01")
    prs = Presentation(tmp_path / "briefing.pptx")
    charts = [sh.chart for slide in prs.slides for sh in slide.shapes if sh.has_chart]
    assert len(charts) == len(result.charts.charts) == 7
    quota = charts[3]
    assert list(quota.plots[0].categories) == [
        "各行各业优秀代表",
        "基层一线",
        "非中共人士",
        "45周岁及以下",
        "大专及以上",
    ]
    assert list(quota.series[0].values) == [0.6, 0.7, 0.3, 0.6, 0.8]
    assert sum(v for v in charts[2].series[0].values if v is not None) == 54
    assert all(slide.shapes.title.text for slide in prs.slides)
    title_run = prs.slides[0].shapes.title.text_frame.paragraphs[0].runs[0]
    assert title_run.text == "新吴区妇联巡察整改情况报告"
    assert title_run.font._rPr.find(qn("a:ea")).get("typeface") == "Microsoft YaHei"
    wb = load_workbook(tmp_path / "summary.xlsx")
    assert wb.sheetnames[0] == "问题清单" and "代表结构" in wb.sheetnames
    sheet = wb["问题清单"]
    header = [c.value for c in sheet[1]]
    # the notice gives no department or deadline per problem: no empty columns for them
    assert header == ["序号", "具体问题", "整改状态"]
    assert sheet["C2"].fill.fgColor.rgb.endswith("C6E0B4")


def test_workbook_flags_overdue(messy_xlsx, tmp_path):
    export_charts(load_ledger(messy_xlsx), tmp_path, ["xlsx"], "zh", "2024-07-01")
    ws = load_workbook(tmp_path / "summary.xlsx")["问题清单"]
    statuses = [c.value for c in ws["E"][1:]]
    assert statuses == ["已完成", "正在整改", "长期坚持", "正在整改", "未启动"]  # the status stays
    assert [c.value for c in ws["F"]] == ["是否逾期", "否", "否", "否", "是", "否"]
    assert ws["F5"].fill.fgColor.rgb.endswith("F4B084") and isinstance(ws["G5"].value, int)
    assert ws["B5"].data_type == "s"


@needs_browser
def test_images_render_real_chinese_glyphs(bundled, tmp_path):
    result = export_charts(bundled, tmp_path, ["png", "svg"], "zh", "2025-01-01")
    assert not result.skipped or all("PNG/SVG" not in s for s in result.skipped)
    svg = (tmp_path / "completion_overview.svg").read_text(encoding="utf-8")
    assert "20个具体问题全部完成整改" in svg
    import plotly.graph_objects as go

    from analysis.export.images import write_images

    a = go.Figure(layout=dict(title="整改完成情况"))
    b = go.Figure(layout=dict(title="代表结构比例"))
    write_images({"a": a, "b": b}, tmp_path, ["png"])
    assert (tmp_path / "a.png").read_bytes() != (tmp_path / "b.png").read_bytes()
    png = (tmp_path / "delegate_quotas.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 2560
    assert len(list(tmp_path.glob("*.png"))) == 9


def test_missing_browser_still_writes_the_rest(bundled, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr("analysis.export.images.find_browser", lambda: None)
    result = export_charts(bundled, tmp_path, ["png", "pptx"], "zh", "2025-01-01")
    assert (tmp_path / "briefing.pptx").exists() and not list(tmp_path.glob("*.png"))
    assert "apt-get install chromium fonts-noto-cjk" in caplog.text
    assert result.skipped[0].startswith("PNG/SVG skipped")


@needs_browser
def test_a_browser_path_naming_nothing_falls_back_to_the_browser_found(tmp_path, monkeypatch):
    # kaleido reads BROWSER_PATH itself: it must be given the browser found, not the stale path
    import plotly.graph_objects as go

    from analysis.export.images import write_images

    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chrome"))
    write_images({"a": go.Figure(layout=dict(title="整改完成情况"))}, tmp_path, ["png"])
    assert (tmp_path / "a.png").read_bytes()[:4] == b"\x89PNG"


def test_status_counts_frame(bundled):
    from analysis.figures.completion import status_counts

    assert status_counts(bundled.findings).set_index("status")["count"].to_dict() == {
        "completed": 20,
        "in_progress": 0,
        "long_term": 0,
        "not_started": 0,
    }  # 未完成 and 未识别 only when the ledger has them
    assert isinstance(bundled.findings["status"].dtype, pd.CategoricalDtype)
    ledgers = REPO_ROOT / "tests" / "ledgers"
    negation = status_counts(load_ledger(ledgers / "c42_negation.xlsx").findings)
    assert negation.set_index("status")["count"].to_dict() == {
        "completed": 0,
        "in_progress": 0,
        "long_term": 0,
        "open": 4,
        "not_started": 1,
    }
    unknown = status_counts(load_ledger(ledgers / "c45_unknown_words.xlsx").findings)
    assert unknown["status"].tolist()[-1] == "unrecognised" and unknown["count"].sum() == 4


def test_english_charts_have_no_chinese_but_data(bundled, messy_xlsx):
    import re

    cjk = re.compile(r"[\u4e00-\u9fff]")
    for ledger in (bundled, load_ledger(messy_xlsx)):
        charts = build_charts(ledger, "en", "2025-06-01")
        cols = ledger.findings[["aspect", "department", "leader"]]
        data_values = {str(v) for v in cols.stack().dropna()} | {ledger.unit}
        for c in charts.charts:
            f = c.figure
            texts = [
                c.title,
                c.note,
                f.layout.xaxis.title.text or "",
                f.layout.yaxis.title.text or "",
            ]
            texts += [tr.name or "" for tr in f.data] + [str(col) for col in c.table.columns]
            for text in texts:
                for value in sorted(data_values, key=len, reverse=True):
                    text = text.replace(value, "")
                assert not cjk.search(text), (c.name, text)
        assert not any(cjk.search(reason) for _, reason in charts.skipped)


def test_ageing_of_open_items(messy_xlsx):
    from analysis.figures.completion import ageing

    f = load_ledger(messy_xlsx).findings
    got = ageing(f, opened="2024-03-28", as_of="2024-05-10").set_index("bucket")["count"].to_dict()
    assert got == {"0-30": 0, "31-60": 4, "61-90": 0, "90+": 0}


@needs_browser
def test_deferred_images_are_drawn_later_in_a_shared_browser(bundled, tmp_path):
    from analysis.export.images import DEFERRED, ImageSession, draw_deferred

    result = export_charts(
        bundled, tmp_path, ["png", "svg", "pptx"], "zh", "2025-01-01", defer=True
    )
    assert (tmp_path / DEFERRED) in result.written and not list(tmp_path.glob("*.png"))
    session = ImageSession()
    try:
        drawn = draw_deferred(tmp_path, session)
        again = export_charts(bundled, tmp_path / "2", ["svg"], "zh", "2025-01-01", defer=True)
        drawn_again = draw_deferred(again.written[0].parent, session)
    finally:
        session.close()
    assert len(drawn) == 2 * len(result.charts.charts) and not (tmp_path / DEFERRED).exists()
    assert "20个具体问题全部完成整改" in (tmp_path / "completion_overview.svg").read_text("utf-8")
    assert {p.name for p in drawn_again} == {f"{c.name}.svg" for c in result.charts.charts}


@needs_browser
def test_a_failed_drawing_raises_and_leaves_no_file(tmp_path):
    from analysis.export.images import write_images

    good = {"data": [{"type": "bar", "x": ["甲"], "y": [1]}]}
    broken = {"data": "not a list of traces"}
    with pytest.raises(kaleido.errors.KaleidoError, match="non-array figure data"):
        write_images({"good": good, "broken": broken}, tmp_path, ["png"])
    assert list(tmp_path.iterdir()) == []


def test_deferring_without_a_browser_says_so(bundled, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("analysis.export.images.find_browser", lambda: None)
    result = export_charts(bundled, tmp_path, ["png"], "zh", "2025-01-01", defer=True)
    assert result.skipped[0].startswith("PNG/SVG skipped") and not list(tmp_path.iterdir())


@needs_browser
def test_a_reused_page_keeps_no_state_between_figures(tmp_path):
    import plotly.graph_objects as go

    from analysis.export.images import ImageSession, write_images

    first = go.Figure(go.Bar(x=["甲方面"], y=[3]), layout=dict(title="第一张图"))
    second = go.Figure(go.Scatter(x=[1, 2], y=[2, 1]), layout=dict(title="第二张图"))
    session = ImageSession()
    try:
        write_images({"first": first}, tmp_path, ["svg"], session)
        write_images({"second": second}, tmp_path, ["svg"], session)
        with pytest.raises(kaleido.errors.KaleidoError):
            write_images({"bad": {"data": "x"}}, tmp_path, ["svg"], session)
        assert session.closed  # a failure retires the browser
        with pytest.raises(RuntimeError, match="closed"):
            write_images({"second": second}, tmp_path, ["svg"], session)
    finally:
        session.close()
    svg = (tmp_path / "second.svg").read_text("utf-8")
    assert "第二张图" in svg and "第一张图" not in svg and "甲方面" not in svg
    assert "甲方面" in (tmp_path / "first.svg").read_text("utf-8")


@needs_browser
def test_image_server_draws_for_its_clients(tmp_path):
    from analysis.export import image_server
    from analysis.export.images import write_images

    fig = {
        "data": [{"type": "bar", "x": ["甲"], "y": [1]}],
        "layout": {"title": {"text": "服务器绘图"}},
    }
    with image_server.running() as (address, authkey):
        image_server.connect(address, authkey)
        try:
            write_images({"served": fig}, tmp_path, ["svg"], image_server.remote())
            with pytest.raises(Exception, match="non-array figure data"):
                write_images({"bad": {"data": "x"}}, tmp_path, ["svg"], image_server.remote())
            # a failure retires the server's browser; the next drawing gets a new one
            write_images({"again": fig}, tmp_path, ["svg"], image_server.remote())
        finally:
            image_server._remote = None
    assert "服务器绘图" in (tmp_path / "served.svg").read_text("utf-8")
    assert (tmp_path / "again.svg").exists() and not (tmp_path / "bad.svg").exists()


@needs_browser
def test_shared_session_is_reused_until_closed():
    from analysis.export.images import close_shared_session, shared_session

    first = shared_session()
    assert shared_session() is first
    close_shared_session()
    second = shared_session()
    try:
        assert first.closed and second is not first and not second.closed
    finally:
        close_shared_session()


@pytest.mark.parametrize("path", [None, "c01_basic.xlsx"])
def test_chart_sources_name_no_file_and_no_iso_date(path):
    """A chart goes on slides: its source line says what and when, officially dated; the
    file's name (000_92b92515acb86431.txt, c01_basic.xlsx) is left to 数据来源."""
    import re

    ledger = load_ledger(REPO_ROOT / "tests" / "ledgers" / path) if path else load_ledger()
    charts = build_charts(ledger, "zh", "2024-12-17").charts
    stem = Path(ledger.meta["source_file"]).stem
    for chart in charts:
        assert stem not in chart.note and "文件" not in chart.note, chart.note
        assert not re.search(r"\d{4}-\d{2}-\d{2}", chart.note), chart.note
    assert charts[0].note.startswith("来源：") and "截至2024年12月17日" in charts[0].note
