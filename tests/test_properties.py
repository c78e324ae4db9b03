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
