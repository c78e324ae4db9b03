"""Property tests: the readers fail only with their own error types, whatever the input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import LedgerError, load_ledger
from analysis.paths import RAW_NOTICE
from analysis.read.dates import parse_date
from analysis.read.notice.parse import parse_notice
from analysis.read.status import normalise_status
from analysis.read.text import read_notice_text
from analysis.read.textnorm import cn_to_int, int_to_cn, normalise

NOTICE = RAW_NOTICE.read_text(encoding="utf-8")
CHUNKS = st.sampled_from(
    [
        "一是",
        "二是",
        "关于“",
        "”问题的整改。",
        "\n",
        "1.",
        "20个",
        "已完成整改",
        "年",
        "月",
        "日",
        "在160名代表中",
        "不低于",
        "%",
        "成立了",
        "、",
        "妇联",
        "省级",
        "试点",
        "获评",
        "至",
        "。",
    ]
)
NOTICE_LIKE = st.lists(st.one_of(CHUNKS, st.text(max_size=8)), max_size=60).map("".join)


@given(st.one_of(st.text(), NOTICE_LIKE))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_parse_notice_never_crashes(text):
    out = parse_notice(text)
    for row in out.rows.get("findings", []):
        assert row["title"]


REAL_NOTICES = [
    read_notice_text(p) for p in sorted((Path(__file__).parent / "notices" / "real").glob("*.txt"))
]


@given(
    st.sampled_from(REAL_NOTICES or [NOTICE]),
    st.floats(0, 1),
    st.floats(0, 1),
    st.sampled_from(["as is", "flattened", "digits lost"]),
)
@settings(max_examples=80, deadline=None)
def test_any_slice_of_any_real_notice_reads(text, a, b, damage):
    """Real notices cut anywhere, flattened onto one line or stripped of digits never crash."""
    part = text[int(len(text) * min(a, b)) : int(len(text) * max(a, b))]
    if damage == "flattened":
        part = part.replace("\n", " ")
    elif damage == "digits lost":
        part = "".join(c for c in part if not c.isdigit())
    out = parse_notice(part)
    numbers = [r["number"] for r in out.rows.get("findings", [])]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(r["title"] for r in out.rows.get("findings", []))


@given(st.integers(min_value=0, max_value=len(NOTICE)))
@settings(max_examples=60, deadline=None)
def test_any_truncation_of_the_notice_reads(cut):
    out = parse_notice(NOTICE[:cut])
    numbers = [r["number"] for r in out.rows.get("findings", [])]
    assert numbers == list(range(1, len(numbers) + 1))


def test_normalise_keeps_length():
    text = "（一）关于“问题”，已完成：２０个；\u3000\ufffd"
    assert len(normalise(text)) == len(text)
    assert normalise(text) == "(一)关于“问题”,已完成:20个; " + " "


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numerals_round_trip(n):
    assert cn_to_int(int_to_cn(n)) == n


@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.dates(), st.none()))
def test_parse_date_raises_only_value_error(value):
    try:
        parsed = parse_date(value)
    except ValueError:
        return
    assert parsed.date is None or isinstance(parsed.date, dt.date)


@given(st.text(max_size=12))
def test_status_words_map_to_known_statuses(word):
    assert normalise_status(word) in (None, "completed", "in_progress", "long_term", "not_started")


CELL = st.one_of(
    st.none(),
    st.text(max_size=10),
    st.integers(-5, 30),
    st.sampled_from(
        ["已完成", "正在整改", "长期", "2024年6月底前", "序号", "具体问题", "整改状态", "一、方面"]
    ),
)


@given(st.lists(st.lists(CELL, min_size=5, max_size=5), min_size=0, max_size=8))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_loader_raises_only_ledger_error(tmp_path_factory, rows):
    import csv

    path = tmp_path_factory.mktemp("prop") / "ledger.csv"
    header = ["序号", "具体问题", "整改状态", "整改时限", "责任部门"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    try:
        ledger = load_ledger(path)
    except LedgerError as exc:
        assert all(p.file == "ledger.csv" for p in exc.problems)
        return
    loaded = set(ledger.findings["source_row"]) | set(ledger.measures["source_row"])
    for excel_row, row in enumerate(rows, start=2):
        filled = {str(c).strip() for c in row if c is not None and str(c).strip()}
        aspect_row = len(filled) == 1 and next(iter(filled)).startswith("一、")
        assert not filled or aspect_row or excel_row in loaded, (excel_row, row)


def test_superscript_digits_are_not_numbers():
    # found by test_loader_raises_only_ledger_error: '²'.isdigit() is True but int('²') fails
    assert cn_to_int("²") is None and cn_to_int("12") == 12 and cn_to_int("十二") == 12


# ---------------------------------------------------------------- office-shaped ledgers

OFFICE_HEADER = ["序号", "具体问题", "整改措施", "责任部门", "整改时限", "整改状态"]
DATE_TEXTS = st.sampled_from(
    [
        "2024年6月30日",
        "2024年6月30日前",
        "2024/6/30 0:00",
        "24年6月底",
        "2024年第三季度",
        "2024年下半年",
        "2024年底前",
        "6月底前",
        "长期",
        "持续推进",
        dt.datetime(2024, 9, 30),
        None,
    ]
)
STATUS_TEXTS = st.sampled_from(
    ["已完成", "已整改完成", "正在整改", "部分完成", "持续推进", "未启动"]
)
MEASURE = st.tuples(
    st.one_of(st.none(), STATUS_TEXTS), st.one_of(st.none(), DATE_TEXTS), st.booleans()
)
PROBLEM = st.tuples(STATUS_TEXTS, DATE_TEXTS, st.lists(MEASURE, max_size=2), st.booleans())
SHEETS = st.lists(
    st.tuples(st.booleans(), st.lists(PROBLEM, min_size=1, max_size=4)), min_size=1, max_size=3
)


def _office_workbook(path, sheets, fixed=False):
    """Write generated sheets (title row, merged problem cells, measure rows, some rows bad).

    Returns (data rows written, bad rows) as sets of (sheet, row); `fixed` writes the bad
    rows' values right, as a person correcting the reported cells would.
    """
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    written, bad, number = set(), set(), 0
    for s, (titled, problems) in enumerate(sheets):
        name = f"表{s + 1}"
        ws = wb.create_sheet(name)
        if titled:
            ws.append(["2024年某单位巡察整改台账"])
            ws.merge_cells("A1:F1")
        ws.append(OFFICE_HEADER)
        for status, deadline, measures, broken in problems:
            number += 1
            rows = [[number, f"问题{number}", "措施一", "办公室", deadline, status]]
            rows[0][4] = "2024年6月35日" if broken and not fixed else deadline
            for m_status, m_date, m_broken in measures:
                when = "2024年2月30日" if m_broken and not fixed else m_date
                rows.append([None, None, "另一措施", None, when, m_status])
            first = ws.max_row + 1
            for i, row in enumerate(rows):
                at = (name, first + i)
                ws.append(row)
                if any(v is not None for v in row):
                    written.add(at)
                    if (i == 0 and broken) or (i > 0 and measures[i - 1][2]):
                        bad.add(at)
            if len(rows) > 1:
                ws.merge_cells(f"A{first}:A{first + len(rows) - 1}")
                ws.merge_cells(f"B{first}:B{first + len(rows) - 1}")
    wb.save(path)
    return written, bad


def _rows_of(ledger):
    f, m = ledger.findings, ledger.measures
    return set(zip(f["source_sheet"], f["source_row"], strict=True)) | set(
        zip(m["source_sheet"], m["source_row"], strict=True)
    )


@given(SHEETS)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_office_shaped_ledgers_lose_no_row(tmp_path_factory, sheets):
    """Rows in = rows loaded + rows reported: the bad rows are exactly those reported, and
    once their cells are corrected every row loads (nothing else was held back)."""
    path = tmp_path_factory.mktemp("office") / "ledger.xlsx"
    written, bad = _office_workbook(path, sheets)
    try:
        ledger = load_ledger(path, as_of="2024-12-31")
        reported = set()
    except LedgerError as exc:
        reported = {(p.sheet, p.row) for p in exc.problems}
        assert all(p.file == "ledger.xlsx" and p.column for p in exc.problems)
        assert _office_workbook(path, sheets, fixed=True)[0] == written
        ledger = load_ledger(path, as_of="2024-12-31")
    assert reported == bad
    assert _rows_of(ledger) == written
    statuses = set(ledger.findings["status"].dropna())
    assert statuses <= {"completed", "in_progress", "long_term", "not_started"}
    assert ledger.findings["status"].notna().all()
