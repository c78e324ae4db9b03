"""The history store: adding ledger versions, the change report, and the store's safety."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analysis.cli import main
from analysis.figures.progress import changes_between
from analysis.history.compare import report
from analysis.history.snapshots import add_snapshot
from analysis.history.store import NewerStore, open_store
from analysis.read.load import load_ledger

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "history"
MAY = FIXTURES / "ledger_2024-05.csv"
JUNE = FIXTURES / "ledger_2024-06.csv"
UNIT = "某区妇联"


def cli(*args: str, db: Path, stdin: str = "") -> subprocess.CompletedProcess:
    """`analysis history ...` in this process (stdin given), as a finished process would report."""
    out, err = io.StringIO(), io.StringIO()
    real_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["history", *args, "--db", str(db)])
    finally:
        sys.stdin = real_stdin
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def spawn(*args: str, db: Path) -> subprocess.Popen:
    """`analysis history ...` in a fresh process."""
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", "history", *args, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def counts(db: Path) -> tuple[int, int, int]:
    """Snapshots, findings and measures rows in the store."""
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("snapshots", "findings", "measures")
        )


@pytest.fixture
def two_versions(tmp_path) -> Path:
    db = tmp_path / "history.duckdb"
    with open_store(db) as con:
        add_snapshot(con, load_ledger(MAY))
        add_snapshot(con, load_ledger(JUNE))
    return db


def test_two_versions_give_exact_changes(two_versions, capsys):
    assert main(["history", "report", "--json", "--db", str(two_versions)]) == 0
    out = json.loads(capsys.readouterr().out)
    (unit,) = out["units"]
    assert (unit["unit"], unit["from"], unit["to"]) == (UNIT, "2024-05-31", "2024-06-30")
    assert unit["newly_completed"] == ["2"]
    assert unit["newly_overdue"] == ["3"]  # deadline 2024-06-15 fell between the two dates
    assert unit["moved_back"] == ["4"]
    assert unit["added"] == ["8"]
    assert unit["removed"] == ["5"]
    assert unit["counts"] == dict.fromkeys(
        ["newly_completed", "newly_overdue", "moved_back", "added", "removed"], 1
    )
    may, june = unit["snapshots"]
    assert may == {
        "as_of": "2024-05-31",
        "findings": 7,
        "completed": 2,
        "open": 5,
        "overdue": 1,
        "completion_rate": round(2 / 7, 4),
    }
    assert (june["completed"], june["open"], june["overdue"]) == (2, 5, 2)
    assert out["warnings"] == []  # 序号 7's small text edit is the same item


def test_report_text_and_dates_window(two_versions, capsys):
    assert main(["history", "report", "--db", str(two_versions)]) == 0
    text = capsys.readouterr().out
    assert "2024-05-31 → 2024-06-30" in text and "新完成 1 个：序号 2" in text
    assert "移除 1 个：序号 5" in text
    for argv in (["--lang", "en", "history"], ["history", "--lang", "en"]):  # either place
        assert main([*argv, "report", "--db", str(two_versions)]) == 0
        assert "Newly completed: 1 (序号 2)" in capsys.readouterr().out
    assert (
        main(["history", "report", "--json", "--to", "2024-06-01", "--db", str(two_versions)]) == 0
    )
    (unit,) = json.loads(capsys.readouterr().out)["units"]
    assert unit["from"] is None and unit["to"] == "2024-05-31" and unit["added"] == []


def test_same_file_again_changes_nothing(tmp_path):
    db = tmp_path / "h.duckdb"
    first = cli("add", str(MAY), db=db)
    assert first.returncode == 0 and "已加入" in first.stdout and "日期取自台账" in first.stdout
    before = counts(db)
    again = cli("add", str(MAY), "--lang", "en", db=db)
    assert again.returncode == 0
    assert "nothing changed" in again.stdout and "2024-05-31" in again.stdout
    assert counts(db) == before == (1, 7, 7)


def test_as_of_from_option_or_today(tmp_path):
    db = tmp_path / "h.duckdb"
    undated = tmp_path / "undated.csv"
    undated.write_text("\n".join(MAY.read_text(encoding="utf-8").splitlines()[1:]), "utf-8")
    with open_store(db) as con:
        today = add_snapshot(con, load_ledger(undated), unit="甲单位")
        chosen = add_snapshot(con, load_ledger(MAY), unit="乙单位", as_of="2024-01-31")
    assert (today.as_of_basis, today.as_of) == ("today", pd.Timestamp.today().date())
    assert (chosen.as_of_basis, chosen.as_of.isoformat()) == ("option", "2024-01-31")


def test_a_different_file_on_a_kept_date_is_refused(tmp_path):
    db = tmp_path / "h.duckdb"
    assert cli("add", str(MAY), db=db).returncode == 0
    clash = cli("add", str(JUNE), "--as-of", "2024-05-31", db=db)
    assert clash.returncode == 2 and "已有截至 2024-05-31 的快照" in clash.stderr
    assert counts(db) == (1, 7, 7)


def _frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"unit": "U", "number": n, "label": str(n), "title": t, "status": s, "overdue": False}
            for n, t, s in rows
        ]
    ).astype({"number": "Int64"})


def test_text_changed_beyond_edits_is_removed_plus_added():
    before = _frame([(1, "学习贯彻党的创新理论不深入", "in_progress")])
    after = _frame([(1, "财务报销票据审核把关不严", "in_progress")])
    changed, warnings = changes_between(before, after)
    assert sorted(changed["change"]) == ["added", "removed"]
    assert [w["code"] for w in warnings] == ["history_text_changed"]


def test_renumbered_ledger_matched_by_text():
    titles = ["学习贯彻党的创新理论不深入", "调查研究不够深入", "经费报销审核不严格"]
    before = _frame([(i + 1, t, "in_progress") for i, t in enumerate(titles)])
    inserted = "新发现的问题：干部队伍年龄结构老化"
    after = _frame(
        [(1, titles[0], "in_progress"), (2, inserted, "not_started")]
        + [(3, titles[1] + "。", "completed"), (4, "经费报销审核工作不严格", "in_progress")]
    )
    changed, warnings = changes_between(before, after)
    assert changed[["change", "label"]].values.tolist() == [
        ["newly_completed", "3"],
        ["added", "2"],
    ]
    renumbered = {(w["before"], w["after"]) for w in warnings if w["code"] == "history_renumbered"}
    assert renumbered == {("2", "3"), ("3", "4")}


def test_remove_asks_first(two_versions):
    no = cli("remove", "2", db=two_versions, stdin="n\n")
    assert no.returncode == 0 and "确认" in no.stdout and counts(two_versions)[0] == 2
    yes = cli("remove", "--unit", UNIT, "--as-of", "2024-06-30", db=two_versions, stdin="y\n")
    assert yes.returncode == 0 and counts(two_versions) == (1, 7, 7)
    assert cli("remove", "1", "--yes", db=two_versions).returncode == 0
    assert counts(two_versions) == (0, 0, 0)


SLOW_ADD = """
import sys, time
from analysis.history import snapshots
real = snapshots._insert_rows
def slow(con, table, frame):
    real(con, table, frame)
    print("inside", table, flush=True)
    time.sleep(60)
snapshots._insert_rows = slow
from analysis.cli import main
main(["history", "add", sys.argv[1], "--db", sys.argv[2]])
"""


def test_killed_add_leaves_no_partial_snapshot(tmp_path):
    db = tmp_path / "h.duckdb"
    assert cli("add", str(MAY), db=db).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_ADD, str(JUNE), str(db)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout.readline().strip() == "inside findings"  # snapshot row and findings in
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert counts(db) == (1, 7, 7)
    listed = cli("list", "--json", db=db)
    assert [r["as_of"] for r in json.loads(listed.stdout)] == ["2024-05-31"]
    assert cli("add", str(JUNE), db=db).returncode == 0 and counts(db) == (2, 14, 14)


HOLD = """
import sys, time
from analysis.history.store import open_store
with open_store(sys.argv[1]) as con:
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_concurrent_adds_both_succeed(tmp_path):
    db = tmp_path / "h.duckdb"
    holder = _holder(db, 1.0)  # both adds must wait for it, then for each other
    runs = [spawn("add", str(p), db=db) for p in (MAY, JUNE)]
    results = [r.communicate(timeout=60) for r in runs]
    holder.wait()
    assert [r.returncode for r in runs] == [0, 0], results
    assert counts(db) == (2, 14, 14)


def test_busy_store_says_so_and_stays_intact(tmp_path):
    db = tmp_path / "h.duckdb"
    assert cli("add", str(MAY), db=db).returncode == 0
    holder = _holder(db, 5.0)
    try:
        started = time.monotonic()
        busy = cli("add", str(JUNE), "--wait", "0.5", db=db)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert busy.returncode == 2 and "正被另一进程使用" in busy.stderr
    assert waited >= 0.5
    assert counts(db) == (1, 7, 7)


def test_store_from_a_newer_schema_is_refused(two_versions):
    with duckdb.connect(str(two_versions)) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    before = two_versions.read_bytes()
    refused = cli("add", str(MAY), "--as-of", "2023-01-01", db=two_versions)
    assert refused.returncode == 2
    assert "结构版本 99" in refused.stderr and "升级" in refused.stderr
    assert cli("report", "--lang", "en", db=two_versions).stderr.count("newer version") == 1
    with pytest.raises(NewerStore):
        open_store(two_versions, read_only=True).__enter__()
    assert two_versions.read_bytes() == before


def test_report_is_empty_for_an_unknown_unit(two_versions):
    with open_store(two_versions, read_only=True) as con:
        assert report(con, unit="没有的单位") == {"units": [], "warnings": []}


def test_missing_store_is_a_clear_error(tmp_path):
    listed = cli("list", db=tmp_path / "none.duckdb")
    assert listed.returncode == 2 and "尚无历史库" in listed.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_briefing_shows_progress_with_an_earlier_snapshot(two_versions):
    from analysis.history.progress import briefing_progress
    from analysis.present.briefing import Figure, Paragraph, Table, build_briefing

    june = load_ledger(JUNE)
    progress = briefing_progress(june, pd.Timestamp("2024-06-30"), str(two_versions))
    doc = build_briefing(june, "zh", "2024-06-30", progress=progress)
    assert [s.key for s in doc.sections][:2] == ["key_figures", "progress"]
    section = doc.section("progress")
    assert section.title == "本期进展"
    sentence, table, figure = section.blocks
    assert isinstance(sentence, Paragraph) and "新完成1个，新逾期1个" in sentence.text
    assert isinstance(table, Table)
    assert table.frame[["变化", "序号"]].values.tolist() == [
        ["新完成", "2"],
        ["新逾期", "3"],
        ["退回未完成", "4"],
        ["新增", "8"],
        ["移除", "5"],
    ]
    assert isinstance(figure, Figure) and figure.chart in doc.charts.charts  # deck and workbook
    assert figure.chart.table.values.tolist() == [["2024-05-31", 2, 1], ["2024-06-30", 2, 2]]


def test_briefing_has_no_progress_with_one_snapshot(tmp_path, monkeypatch):
    from analysis.history.progress import briefing_progress
    from analysis.present.briefing import build_briefing

    db = tmp_path / "h.duckdb"
    assert cli("add", str(JUNE), db=db).returncode == 0
    june = load_ledger(JUNE)
    assert briefing_progress(june, pd.Timestamp("2024-06-30"), str(db)) is None
    monkeypatch.setenv("ANALYSIS_HISTORY_DB", str(db))  # the default store, named by the env
    assert briefing_progress(june, pd.Timestamp("2024-06-30"), "") is None
    assert cli("add", str(MAY), db=db).returncode == 0
    assert briefing_progress(june, pd.Timestamp("2024-06-30"), "").count("removed") == 1
    doc = build_briefing(june, "zh", "2024-06-30", progress=None)
    assert doc.section("progress") is None
    assert "progress_trend" not in {c.name for c in doc.charts.charts}


def test_a_ledger_not_yet_kept_is_compared_with_the_latest_snapshot(tmp_path):
    from analysis.history.progress import unit_progress

    db = tmp_path / "h.duckdb"
    assert cli("add", str(MAY), db=db).returncode == 0
    progress = unit_progress(load_ledger(JUNE), "2024-07-01", db)
    assert progress.start == pd.Timestamp("2024-05-31") and progress.end == pd.Timestamp(
        "2024-07-01"
    )
    assert progress.count("added") == 1 and len(progress.trend) == 2


def test_notebook_helpers_read_the_store(two_versions):
    from analysis import history_report, history_sql, history_trends, units_trend_chart

    trends = history_trends(two_versions)
    assert trends["as_of"].dt.date.astype(str).tolist() == ["2024-05-31", "2024-06-30"]
    fig = units_trend_chart(trends, "zh")
    assert list(fig.data[0].y) == [pytest.approx(2 / 7)] * 2 and "1 个单位" in fig.layout.title.text
    rows = history_sql("SELECT count(*) AS n FROM findings", two_versions)
    assert rows["n"].tolist() == [14]
    assert history_report(two_versions)["units"][0]["removed"] == ["5"]
    assert history_sql("SELECT 1", two_versions.parent / "none.duckdb").empty


def test_rendered_briefing_deck_and_workbook_carry_progress(two_versions, tmp_path):
    from openpyxl import load_workbook
    from pptx import Presentation

    from analysis.rendering.notebook import render

    params = {"as_of": "2024-06-30", "history_db": str(two_versions)}
    out = render(JUNE, params, out_root=tmp_path / "out", progress=False).out_dir
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "本期进展" in html and "退回未完成" in html and "本期变化的问题" in html
    deck = Presentation(out / "charts" / "briefing.pptx")
    texts = {sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame}
    assert any("已完成 2 个、逾期 2 个（2 期）" in x for x in texts)
    from docx import Document

    word = "\n".join(p.text for p in Document(out / "briefing.docx").paragraphs)
    assert "本期进展" in word and "本期变化的问题" in word
    sheets = load_workbook(out / "charts" / "summary.xlsx", read_only=True).sheetnames
    assert "本期进展" in sheets, sheets  # sheet names come from the catalogue


def test_history_benchmark_smoke():
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--tiny", "--only", "history", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    figures = json.loads(run.stdout)
    for key in ("history_report_s", "history_add_s", "history_report_peak_mb"):
        assert figures[key] > 0, key
    details = figures["details"]
    assert details["history_report_units"] == details["history_units"] == 20
    assert details["history_findings_rows"] > 20 * 12 * 28


def test_store_stamp_changes_when_a_snapshot_is_added(tmp_path):
    from analysis.history.store import store_stamp

    db = tmp_path / "h.duckdb"
    assert store_stamp(db) == ""
    assert cli("add", str(MAY), db=db).returncode == 0
    before = store_stamp(db)
    time.sleep(0.01)
    assert cli("add", str(JUNE), db=db).returncode == 0
    assert store_stamp(db) not in ("", before)  # a render with history_db is not skipped


def test_a_date_not_used_is_said(tmp_path):
    db = tmp_path / "h.duckdb"
    cli("add", str(MAY), "--as-of", "2024-07-01", db=db)
    again = cli("add", str(MAY), "--as-of", "2024-07-02", db=db)
    assert again.returncode == 0 and "未改动" in again.stdout
    assert "--as-of 2024-07-02 未采用" in again.stderr and "截至 2024-07-01" in again.stderr
