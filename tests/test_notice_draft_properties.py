"""The draft notice's round trip on ledgers no one shaped: titles, measures and progress notes
with the punctuation, list markers, quotation marks and line breaks offices type into cells."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.figures.summary import declared
from analysis.model.ledger import from_frames
from analysis.present.notice_draft import draft_notice
from analysis.read.notice import parse_notice

WORDS = [
    "学习",
    "制度",
    "不到位",
    "监督",
    "偏软",
    "调研",
    "不够",
    "落实",
    "整改",
    "工作",
    "机制",
    "党建",
]
MARKS = ["，", "。", "；", "、", "“", "”", "\n", "1.", "（2）", "一是", "二、", " ", "3个", "完成"]
cell = st.lists(st.sampled_from(WORDS + MARKS), min_size=1, max_size=12).map("".join)
title = (
    st.lists(st.sampled_from(WORDS + MARKS[:7]), min_size=1, max_size=8)
    .map(lambda parts: "".join(parts))
    .filter(lambda s: any(w in s for w in WORDS))
)
status = st.sampled_from(["completed", "in_progress", "long_term", "not_started", None])


@st.composite
def ledgers(draw):
    n = draw(st.integers(1, 8))
    aspects = draw(st.sampled_from([None, ["党的建设方面", "全面从严治党"]]))
    findings, measures = [], []
    for k in range(1, n + 1):
        findings.append(
            {
                "number": k,
                "title": draw(title),
                "aspect": aspects[k % 2] if aspects else None,
                "status": draw(status),
                "deadline": draw(st.sampled_from([None, "2024-06-30", "2025-03-31"])),
                "progress": draw(st.one_of(st.none(), cell)),
                "department": draw(st.sampled_from([None, "办公室", "组织部、宣传部"])),
            }
        )
        for s in range(1, draw(st.integers(0, 3)) + 1):
            text = draw(cell)
            measures.append({"finding_number": k, "seq": s, "text": text, "enumerated": False})
    frames = {"findings": pd.DataFrame(findings), "measures": pd.DataFrame(measures)}
    meta = {"unit": "某县档案局", "source_kind": "office_ledger", "source_file": "台账.xlsx"}
    return from_frames(frames, meta, [])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers())
def test_any_ledger_reads_back_its_totals(ledger):
    draft = draft_notice(ledger, as_of="2024-12-31")
    parsed = parse_notice(draft.text(), "通报草稿.txt")
    meta = {"source_kind": "notice", **parsed.meta}
    back = from_frames({k: pd.DataFrame(v) for k, v in parsed.rows.items()}, meta, [])
    got = {k: v for k, v in declared(back).items() if v is not None}
    want = dict(draft.totals)
    assert abs(got.pop("completion_rate") - want.pop("completion_rate")) <= 0.0005
    assert got == want
    assert len(back.findings) == len(ledger.findings)
    assert back.meta["unit"] == "中共某县档案局" and back.meta["published"] == "2024-12-31"


def test_markers_typed_in_a_row_do_not_start_a_problem():
    """`。（2）1.学习` in a measure cell: both markers go, so `1.` cannot read as a heading."""
    findings = pd.DataFrame(
        [{"number": k, "title": "学习不到位", "status": "completed"} for k in (1, 2)]
    )
    measures = pd.DataFrame(
        [{"finding_number": 2, "seq": 1, "text": "。（2）1.学习", "enumerated": False}]
    )
    meta = {"unit": "某县档案局", "source_kind": "office_ledger", "source_file": "台账.xlsx"}
    ledger = from_frames({"findings": findings, "measures": measures}, meta, [])
    text = draft_notice(ledger, as_of="2024-12-31").text()
    assert "1.学习" not in text and "学习。" in text
    parsed = parse_notice(text, "通报草稿.txt")
    assert len(parsed.rows["findings"]) == 2
