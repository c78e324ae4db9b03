"""Office ledgers as offices keep them (tests/ledgers/, written by make_corpus.py): each file
gives the figures in expected.yaml through `analysis summary FILE --json --as-of 2024-12-31`,
and each bad file exits 2 with located messages and no traceback."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis import load_ledger
from analysis.cli import main
from analysis.model.schema import STATUSES

CORPUS = Path(__file__).parent / "ledgers"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
AS_OF = "2024-12-31"


def run(*argv: str) -> tuple[int, str, str]:
    """cli.main in-process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def deadlines(findings: pd.DataFrame) -> dict[int, str | None]:
    """Each item's deadline as expected.yaml writes it: a date, long_term, or None."""
    return {
        int(n): d.date().isoformat() if pd.notna(d) else ("long_term" if lt else None)
        for n, d, lt in zip(
            findings["number"], findings["deadline"], findings["long_term"], strict=True
        )
    }


def test_corpus_is_complete():
    on_disk = {p.name for p in CORPUS.iterdir() if p.name[:1] in "bc" and p.name[1:3].isdigit()}
    named = {name.split("/")[0] for name in EXPECTED}
    assert on_disk == named
    assert sum(name.startswith("c") for name in EXPECTED) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ledger_gives_its_figures(name):
    want = EXPECTED[name]
    code, out, err = run("summary", str(CORPUS / name), "--json", "--as-of", AS_OF)
    assert "Traceback" not in err
    if want.get("exit") == 2:
        assert code == 2 and not out
        lines = err.splitlines()
        for fragment in want["messages"]:
            assert any(fragment in line for line in lines), (fragment, err)
        return
    assert code == 0, err
    figures = json.loads(out)
    got = {s: figures["findings"][s] for s in STATUSES if figures["findings"][s]}
    assert got == want["findings"]
    if want.get("status_known", True):
        assert figures["findings"]["unknown"] == 0
        assert figures["findings"]["status_known"] is True
    else:  # a plan: nothing that needs a status is counted, not even as 0
        assert figures["findings"]["status_known"] is False
        assert all(figures["findings"][s] is None for s in STATUSES)
        assert figures["findings"]["completion_rate"] is None
    assert figures["findings"]["overdue"] == want["overdue"]
    if "measures" in want:
        assert figures["measures"]["by_status"] == want["measures"]
    for fragment in want.get("warnings", []):
        assert any(fragment in w for w in figures["warnings"]), (fragment, figures["warnings"])
    ledger = load_ledger(CORPUS / name, as_of=AS_OF)
    assert deadlines(ledger.findings) == {
        n: (str(d) if d is not None else None) for n, d in want["deadlines"].items()
    }


def test_english_messages_name_the_header_typed(capsys):
    code, _, err = run("check", str(CORPUS / "b13_completed_on_typo.xlsx"), "--lang", "en")
    assert code == 2
    assert "b13_completed_on_typo.xlsx:台账:2:完成时间: date '2024年6月35日': no such day" in err


def test_check_counts_data_rows_not_title_or_header():
    code, out, _ = run("check", str(CORPUS / "c31_blank_and_aspect_rows.xlsx"))
    assert code == 0
    assert "读取 4 行；2 个问题，2 条措施；2 个空行" in out


def test_measure_rows_keep_their_own_values():
    ledger = load_ledger(CORPUS / "c17_measure_rows.xlsx")
    m = ledger.measures[ledger.measures["finding_number"] == 1]
    assert m["department"].tolist() == ["办公室", "组织部", "纪检组"]
    assert m["status"].tolist() == ["completed", "in_progress", "not_started"]
    assert m["deadline"].dt.date.astype(str).tolist() == ["2024-06-30", "2024-12-31", "2024-08-31"]
    f = ledger.findings.set_index("number")
    assert f.loc[2, "completed_on"] == pd.Timestamp("2024-07-20")
    assert f.loc[1, "status_basis"] == "由 3 项措施推出"


def test_split_sheets_keep_their_sheet_and_serials_stay_text_elsewhere():
    f = load_ledger(CORPUS / "c13_split_sheets.xlsx").findings
    assert f["source_sheet"].tolist() == ["已完成", "已完成", "未完成", "未完成"]
    f = load_ledger(CORPUS / "c08_excel_serial.xlsx").findings
    assert f["remarks"].iloc[0] == "45474" and f["completed_on"].iloc[1] == pd.Timestamp(
        "2024-06-07"
    )


def test_statuses_option_and_parameter(tmp_path):
    ledger = CORPUS / "c12_office_words" / "ledger.csv"
    copy = tmp_path / "ledger.csv"
    copy.write_bytes(ledger.read_bytes())
    code, out, _ = run("check", str(copy))  # no statuses.yaml beside the copy: 落实中 is read
    assert code == 0 and "未识别" not in out
    words = CORPUS / "c12_office_words" / "statuses.yaml"
    assert run("check", str(copy), "--statuses", str(words), "--strict")[0] == 0
    f = load_ledger(copy, statuses={"completed": ["办结"], "in_progress": "落实中"}).findings
    assert f["status"].tolist() == ["completed", "in_progress", "completed"]


def test_command_line_smoke():
    """One real process: exit 2, a located Chinese message, no traceback."""
    bad = CORPUS / "b09_odd_numbers.csv"
    done = subprocess.run(
        [str(Path(sys.executable).parent / "analysis"), "check", str(bad)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "b09_odd_numbers.csv:csv:6:序号: 序号“inf”不是整数" in done.stderr


def test_unrecognised_words_listed_once_and_strict_exits_2():
    """Each word no rule knows is said once with its rows, never the whole vocabulary."""
    ledger = str(CORPUS / "c45_unknown_words.xlsx")
    code, out, _ = run("check", ledger)
    assert code == 0
    lines = [x for x in out.splitlines() if "未能识别" in x]
    assert len(lines) == 2 and "第 3、5 行" in lines[0]
    assert "可用：" not in out and "已销号" not in out
    code, _, err = run("check", ledger, "--strict")
    assert code == 2 and "--strict" in err


def test_plan_briefing_says_once_that_completion_cannot_be_computed():
    from analysis.figures.summary import summary
    from analysis.present.narrative import key_points

    ledger = load_ledger(CORPUS / "c46_plan_no_status.xlsx", as_of=AS_OF)
    points = key_points(summary(ledger, AS_OF))
    assert sum("完成情况无法计算" in p for p in points) == 1
    assert not any("完成率" in p or "逾期" in p for p in points)
    assert any("1个问题的整改时限已过" in p for p in points)
