"""The command line on the bundled ledger: summary and ingest print what they promise."""

from __future__ import annotations

import json
import subprocess
import sys

from analysis.cli import main
from analysis.paths import RAW_NOTICE


def test_summary_json_figures(capsys):
    assert main(["summary", "--json", "--as-of", "2025-01-01"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["findings"]["total"] == 20 and s["findings"]["completed"] == 20
    assert s["findings"]["completion_rate"] == 1.0 and s["findings"]["overdue"] == 0
    assert s["declared"]["aspects"] == 3 and s["declared"]["in_progress"] is None
    assert all(r["agrees"] for r in s["reconciliation"])
    assert s["measures"]["enumerated"] == 54
    quantified = [i for i in s["delegates"]["indicators"] if i["quantified"]]
    assert [i["threshold"] for i in quantified] == [0.6, 0.7, 0.3, 0.6, 0.8]
    assert s["organisations"]["new"] == 11


def test_summary_text_in_both_languages(capsys):
    assert main(["summary"]) == 0
    assert "整改完成率: 100%" in capsys.readouterr().out
    assert main(["summary", "--lang", "en"]) == 0
    assert "Completion rate: 100%" in capsys.readouterr().out


def test_ingest_json(capsys, tmp_path):
    assert main(["ingest", str(RAW_NOTICE), "--json", "--out", str(tmp_path / "l.xlsx")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"unit", "dates", "declared", "findings", "tallies", "warnings"}
    assert len(out["findings"]) == 20 and len(out["findings"][0]["measures"]) == 3
    assert (tmp_path / "l.xlsx").exists()


def test_python_dash_m_entry_point():
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "check", "data/ledger.xlsx"],
        capture_output=True,
        text=True,
        cwd=RAW_NOTICE.parents[2],
    )
    assert run.returncode == 0 and "20 findings" in run.stdout
