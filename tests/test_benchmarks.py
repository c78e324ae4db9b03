"""Smoke test of the benchmark code (tiny sizes): it runs and reports every figure it promises.
No timing is asserted here; speed is measured by `python -m benchmarks`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import needs_browser

from analysis import load_ledger
from benchmarks.generate import HEADER, unit_ledgers

ROOT = Path(__file__).resolve().parents[1]


def test_generated_ledgers_load(tmp_path):
    paths = unit_ledgers(tmp_path, 3)
    ledgers = [load_ledger(p) for p in paths]
    assert all(20 <= len(x.findings) <= 40 for x in ledgers)
    assert [x.unit for x in ledgers] == ["第1单位", "第2单位", "第3单位"]
    assert HEADER[2] == "具体问题"
    assert set(ledgers[0].findings["status"].dropna()) <= {
        "completed",
        "in_progress",
        "long_term",
        "not_started",
    }


def tiny_run(steps: str) -> dict:
    """`python -m benchmarks --tiny --only STEPS --json`, parsed."""
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--tiny", "--only", steps, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(run.stdout)


def test_benchmark_smoke_prints_its_figures():
    figures = tiny_run("load,metrics,memory")
    for key in ("load_rows_per_s", "load_speedup_vs_openpyxl", "metrics_100k_s", "peak_mb"):
        assert figures[key] > 0, key
    assert figures["details"]["load_rows"] == 2000


@needs_browser
def test_export_benchmark_smoke():
    figures = tiny_run("export")
    assert figures["export_s_per_chart"] > 0 and figures["details"]["export_charts"] == 2
    assert figures["details"]["export_s_per_chart_warm"] > 0


@needs_browser
def test_documents_benchmark_smoke():
    figures = tiny_run("documents")
    assert "docx_pdf_overhead_s" in figures
    assert figures["details"]["render_with_documents_s"] > 0


def test_big_briefing_benchmark_smoke():
    figures = tiny_run("briefing")
    assert figures["briefing_5000_s"] > 0 and figures["briefing_5000_html_mb"] > 0
    assert figures["details"]["briefing_rows"] == 200


def test_notice_benchmark_smoke(tmp_path):
    from analysis import ingest_notice
    from benchmarks.notice import big_notice

    path = big_notice(tmp_path / "n.txt", 60_000)
    ledger = ingest_notice(path)
    assert 55_000 <= path.stat().st_size <= 70_000
    assert list(ledger.findings["number"]) == list(range(1, len(ledger.findings) + 1))
    assert len(ledger.findings) > 20  # the seed's 20 problems, repeated and renumbered
    figures = tiny_run("notice")
    assert figures["notice_2mb_s"] > 0 and figures["details"]["notice_growth_4x"] > 0
