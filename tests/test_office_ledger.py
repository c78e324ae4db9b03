"""Office ledgers: messy but valid layouts load in full; bad input is reported, never dropped."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import MESSY_ROWS, write_xlsx
from openpyxl import load_workbook

from analysis import LedgerError, load_ledger, write_ledger
from analysis.cli import main
from analysis.figures.completion import due_buckets, overdue

HEADER = ["序号", "具体问题", "整改状态", "整改时限", "责任部门"]


def test_messy_xlsx_loads_every_row(messy_xlsx):
    ledger = load_ledger(messy_xlsx)
    f = ledger.findings
    assert f["number"].tolist() == [1, 2, 3, 4, 5]
    assert f["status"].tolist() == [
        "completed",
        "in_progress",
        "long_term",
        "in_progress",
        "not_started",
    ]
    assert f["aspect"].tolist()[:3] == [
        "贯彻落实党的路线方针政策方面",
        "贯彻落实党的路线方针政策方面",
        "全面从严治党方面",
    ]
    assert f["department"].tolist()[0] == "办公室" and f["co_department"].tolist()[0] == "党建科"
    assert f["deadline"].tolist()[:2] == [pd.Timestamp("2024-06-30"), pd.Timestamp("2024-12-31")]
    assert f["long_term"].tolist()[2] is True and pd.isna(f["deadline"].iloc[2])
    assert f["completed_on"].iloc[0] == pd.Timestamp("2024-06-20")
    assert ledger.unit == "新吴区某局"
    assert ledger.meta["blank_rows"] == "1"
    m = ledger.measures
    assert m[m["finding_number"] == 1]["text"].tolist() == ["一是健全学习制度", "二是开展专题学习"]
    assert m["source_row"].tolist()[:2] == [5, 6]
    assert f["source_row"].tolist() == [5, 8, 10, 11, 12]


def test_overdue_is_derived_as_of_a_date(messy_xlsx):
    f = load_ledger(messy_xlsx).findings
    late = overdue(f, "2024-07-01")
    assert late["number"].tolist() == [4]
    assert late["days_overdue"].tolist() == [92]
    assert overdue(f, "2025-06-01")["number"].tolist() == [4, 2, 5]
    buckets = due_buckets(f, "2024-12-01").set_index("bucket")["count"].to_dict()
    assert buckets == {
        "overdue": 1,
        "within_30_days": 1,
        "within_90_days": 1,
        "later": 0,
        "no_deadline": 1,
    }


def test_formula_like_text_stays_text(messy_xlsx, tmp_path):
    ledger = load_ledger(messy_xlsx)
    assert ledger.findings["title"].iloc[3].startswith("=HYPERLINK")
    out = tmp_path / "ledger.xlsx"
    write_ledger(ledger, out)
    ws = load_workbook(out)["findings"]
    title_col = next(c.column_letter for c in ws[1] if c.value == "title")
    titles = {c.value: c.data_type for c in ws[title_col][1:]}
    assert titles['=HYPERLINK("http://x","点我")'] == "s"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    again = load_ledger(out)
    pd.testing.assert_frame_equal(again.findings, ledger.findings)


def test_english_headers_csv_in_gbk(tmp_path):
    path = tmp_path / "ledger.csv"
    text = "No.,Finding,Status,Deadline,Department\n1,制度不健全,Completed,2024-05-31,Office\n\n2,学习不够,in progress,2024年9月,HR\n"
    path.write_bytes(text.encode("gb18030"))
    f = load_ledger(path).findings
    assert f["title"].tolist() == ["制度不健全", "学习不够"]
    assert f["status"].tolist() == ["completed", "in_progress"]
    assert f["deadline"].tolist() == [pd.Timestamp("2024-05-31"), pd.Timestamp("2024-09-30")]


BAD_CASES = [
    (
        "impossible date",
        [HEADER, [1, "问题甲", "已完成", "2024年6月35日", "办公室"]],
        "台账:2:整改时限: date '2024年6月35日': no such day",
    ),
    (
        "bad month",
        [HEADER, [1, "问题甲", "已完成", "2024年13月", "办公室"]],
        "台账:2:整改时限: date '2024年13月': month 13 does not exist",
    ),
    (
        "duplicate",
        [HEADER, [1, "问题甲", "已完成", None, "办"], [1, "问题乙", "已完成", None, "办"]],
        "台账:3:序号: duplicate number 1 (first at row 2)",
    ),
    (
        "empty status",
        [HEADER, [1, "问题甲", None, None, "办公室"]],
        "台账:2:整改状态: status is empty",
    ),
    (
        "bad number",
        [HEADER, [1, "问题甲", "已完成", None, "办"], ["1-1", "问题乙", "已完成", None, "办"]],
        "台账:3:序号: number '1-1' is not a whole number",
    ),
    (
        "orphan row",
        [HEADER, [None, None, "已完成", None, "办公室"]],
        "台账:2:具体问题: row has no problem",
    ),
    ("no header", [["甲", "乙"], [1, 2]], "no ledger header row found"),
]


@pytest.mark.parametrize("name,rows,expected", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_input_is_reported_with_location(tmp_path, capsys, name, rows, expected):
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    assert main(["check", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"bad.xlsx:{expected}" in err or expected in err
    assert "Traceback" not in err


def test_every_bad_row_is_reported_not_just_the_first(tmp_path):
    rows = [HEADER] + [
        [i, f"问题{i}", "已完成", "2024-01-01" if i % 2 else "2024年6月35日", "办"]
        for i in range(1, 11)
    ]
    with pytest.raises(LedgerError) as exc:
        load_ledger(write_xlsx(tmp_path / "bad.xlsx", rows))
    assert [p.row for p in exc.value.problems] == [3, 5, 7, 9, 11]


def test_check_valid_prints_rows(messy_xlsx, capsys):
    assert main(["check", str(messy_xlsx), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "8 rows read; 5 findings, 6 measures; 1 blank rows" in out


def test_missing_file_and_damaged_workbook(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.xlsx"), "--lang", "en"]) == 2
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["check", str(broken), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "file not found" in err and "broken.xlsx" in err and "Traceback" not in err


def test_template_round_trips(tmp_path):
    out = tmp_path / "template.xlsx"
    assert main(["template", str(out)]) == 0
    wb = load_workbook(out)
    ws = wb["整改台账"]
    assert [c.value for c in ws[2]][:4] == ["序号", "方面", "问题类别", "具体问题"]
    assert ws.data_validations.dataValidation[0].formula1 == '"已完成,正在整改,长期坚持,未启动"'
    assert "填写说明" in wb.sheetnames
    with pytest.raises(LedgerError, match="没有一个问题"):  # issue 21: an untouched template
        load_ledger(out)
    ws.append(
        [
            1,
            None,
            None,
            "问题甲",
            "措施",
            "张三",
            "办公室",
            None,
            dt.datetime(2025, 3, 31),
            None,
            "正在整改",
        ]
    )
    wb.save(out)
    f = load_ledger(out).findings
    assert f["status"].tolist() == ["in_progress"] and f["deadline"].iloc[0] == pd.Timestamp(
        "2025-03-31"
    )


def test_messy_rows_fixture_is_really_messy():
    assert MESSY_ROWS[0][1] is None and MESSY_ROWS[2][4] == "牵头"


def test_cell_types_read_as_the_office_typed_them(tmp_path):
    """Workbook cells arrive as text: date cells stay dates, typed text stays as written."""
    rows = [
        HEADER,
        [1.0, "  问题甲  ", "已完成", dt.datetime(2024, 6, 30), "办公室"],
        [2, "问题乙", " 正在整改 ", "2024年9月底前", "   "],
        [3, "问题丙", "已完成", dt.date(2024, 12, 31), 17],
    ]
    f = load_ledger(write_xlsx(tmp_path / "types.xlsx", rows)).findings
    assert f["number"].tolist() == [1, 2, 3]
    assert f["title"].tolist() == ["问题甲", "问题乙", "问题丙"]
    assert f["status"].tolist() == ["completed", "in_progress", "completed"]
    assert f["deadline"].tolist() == [
        pd.Timestamp("2024-06-30"),
        pd.Timestamp("2024-09-30"),
        pd.Timestamp("2024-12-31"),
    ]
    assert f["deadline_text"].isna().tolist() == [True, False, True]
    assert pd.isna(f["department"].iat[1]) and f["department"].iat[2] == "17"


def test_a_time_of_day_is_not_taken_for_a_date(tmp_path):
    rows = [HEADER, [1, "问题甲", "已完成", dt.time(10, 30), "办公室"]]
    with pytest.raises(LedgerError, match="整改时限: “1899-12-31 10:30:00”是时刻，不是日期"):
        load_ledger(write_xlsx(tmp_path / "time.xlsx", rows))


#: Every date form the reader knows, in one table: (text, year supplied, date or error code).
DATE_CASES = [
    ("2024年6月30日", None, "2024-06-30"),
    ("2024年6月30日前", None, "2024-06-30"),
    ("2024年12月31号", None, "2024-12-31"),
    ("2024/6/30 0:00", None, "2024-06-30"),
    ("2024-06-30 00:00:00", None, "2024-06-30"),
    ("2024.6.30", None, "2024-06-30"),
    ("2024-06", None, "2024-06-30"),
    ("2024年9月", None, "2024-09-30"),
    ("2024年6月底前", None, "2024-06-30"),
    ("24年6月底", None, "2024-06-30"),
    ("2024年4月上旬", None, "2024-04-10"),
    ("2024年第三季度", None, "2024-09-30"),
    ("2024年三季度末", None, "2024-09-30"),
    ("2024Q1", None, "2024-03-31"),
    ("2024年上半年", None, "2024-06-30"),
    ("2024年下半年", None, "2024-12-31"),
    ("2024年底前", None, "2024-12-31"),
    ("2024年年底", None, "2024-12-31"),
    ("45474", None, "2024-07-01"),
    ("6月底前", 2024, "2024-06-30"),
    ("12月31日前", 2025, "2025-12-31"),
    ("年底前", 2024, "2024-12-31"),
    ("第三季度", 2024, "2024-09-30"),
    ("下半年", 2024, "2024-12-31"),
    ("6月底前", None, "YearMissing"),
    ("长期", None, "long_term"),
    ("长期坚持", None, "long_term"),
    ("持续推进", None, "long_term"),
    ("常态化", None, "long_term"),
    ("立行立改", None, "no_date"),
    ("9999-12-31", None, "date_placeholder"),
    ("9999/12/31", None, "date_placeholder"),
    ("2024年13月", None, "date_bad_month"),
    ("2024-02-30", None, "date_bad_day"),
    ("1899-12-31 10:30:00", None, "date_time_only"),
    ("明年春天", None, "date_unparseable"),
]


@pytest.mark.parametrize("text,year,want", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_date_forms(text, year, want):
    from analysis.read.dates import DateError, YearMissing, parse_date

    if want == "YearMissing":
        with pytest.raises(YearMissing):
            parse_date(text, year=year)
    elif want.startswith("date_"):
        with pytest.raises(DateError) as exc:
            parse_date(text, year=year)
        assert exc.value.code == want
    elif want in ("long_term", "no_date"):
        parsed = parse_date(text, year=year)
        assert getattr(parsed, want) and parsed.date is None
    else:
        assert parse_date(text, year=year).date.isoformat() == want
