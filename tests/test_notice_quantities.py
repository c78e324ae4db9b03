"""The quantity grammar (read/notice/quantities.py) on totals sentences it was not tuned on:
a hypothesis strategy writes them in the orders and forms notices use, and the reader must
read each total exactly."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.read.notice.parse import parse_notice
from analysis.read.notice.quantities import number_value, read_counts
from analysis.read.textnorm import normalise

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def numeral(draw, n: int) -> str:
    """n in Arabic (sometimes full-width, sometimes with a stray blank after) or in Chinese."""
    form = draw(st.sampled_from(["arabic", "arabic", "chinese", "fullwidth", "blank", "split"]))
    if form == "split":  # a stray blank between the digits: 1 2个
        return " ".join(str(n))
    if form == "chinese":
        return cn2an.an2cn(n)
    if form == "fullwidth":
        return str(n).translate(FULLWIDTH)
    return f"{n} " if form == "blank" else str(n)


@st.composite
def count_phrase(draw, n: int, nouns: list[str], classifiers: str, markers: list[str]) -> str:
    """A count of n with its noun before (反馈问题12个) or after (共12项具体问题)."""
    noun, cls, marker = (
        draw(st.sampled_from(nouns)),
        draw(st.sampled_from(classifiers)),
        draw(st.sampled_from(markers)),
    )
    num = draw(numeral(n))
    if draw(st.booleans()):
        filler = draw(st.sampled_from(["", "共", "共计", "合计", "累计"]))
        return f"{marker}{noun}{filler}{num}{cls}"
    return f"{marker}{num}{cls}{noun}"


#: words between counts that hold numbers of other things: dates, rules made, people talked to
ASIDES = [
    "",
    "2024年3月28日,",
    "于2024年3月28日",
    "经过3轮督导,",
    "建立完善制度6项,",
    "约谈提醒5人次,",
    "涉及5个部门,",
    "(涉及2个党支部)",
]
PROBLEM_MARKERS = ["巡察反馈", "反馈", "指出", "发现", "共发现", "涉及", "累计反馈", "共反馈"]
PROBLEM_NOUNS = ["问题", "具体问题", "突出问题", "整改问题"]


@st.composite
def totals_sentence(draw) -> tuple[str, dict[str, int]]:
    """A totals passage and the figures it states."""
    want: dict[str, int] = {}
    parts = [draw(st.sampled_from(["截至目前,", "", "区委巡察组"]))]
    problems = draw(st.integers(2, 400))
    want["problems"] = problems
    if draw(st.booleans()):
        aspects = draw(st.integers(2, 9))
        want["aspects"] = aspects
        cls = draw(st.sampled_from(["个", "", "个大"]))
        marker = draw(st.sampled_from(PROBLEM_MARKERS))
        parts.append(f"{marker}的{draw(numeral(aspects))}{cls}方面")
        if draw(st.booleans()):
            categories = draw(st.integers(2, 12))
            want["categories"] = categories
            parts.append(f"{draw(numeral(categories))}类问题")
        parts.append(draw(st.sampled_from(ASIDES)))
        parts.append(f"{draw(numeral(problems))}{draw(st.sampled_from('个项条'))}问题,")
    else:
        parts.append(draw(st.sampled_from(ASIDES)))
        phrase = draw(count_phrase(problems, PROBLEM_NOUNS, "个项条", PROBLEM_MARKERS))
        parts.append(phrase + ",")
    if draw(st.booleans()):
        measures = draw(st.integers(2, 500))
        want["measures"] = measures
        noun = draw(st.sampled_from(["整改措施", "整改举措", "具体整改措施"]))
        parts.append(draw(count_phrase(measures, [noun], "条项", ["制定", "明确", "提出"])) + ",")
    parts.append(draw(st.sampled_from(ASIDES)))
    left = problems
    completed = draw(st.integers(0, left))
    left -= completed
    if completed:
        want["completed"] = completed
        n = draw(numeral(completed))
        parts.append(
            draw(
                st.sampled_from(
                    [
                        f"已完成整改{n}个",
                        f"目前已经完成其中的{n}项",
                        f"整改完成{n}个",
                        f"已销号{n}项",
                        f"已整改到位{n}个",
                        f"其中{n}个问题已完成整改",
                        f"已完成整改问题{n}项",
                    ]
                )
            )
            + ","
        )
    in_progress = draw(st.integers(0, left))
    left -= in_progress
    if in_progress:
        want["in_progress"] = in_progress
        n = draw(numeral(in_progress))
        words = ["正在整改{n}个", "基本完成{n}个", "阶段性完成{n}项", "{n}项正在推进"]
        parts.append(draw(st.sampled_from(words)).format(n=n) + ",")
    if left:
        want["long_term"] = left
        n = draw(numeral(left))
        words = ["需长期坚持{n}个", "其余{n}项长期坚持", "持续整改{n}个", "{n}个问题需长期坚持"]
        parts.append(draw(st.sampled_from(words)).format(n=n) + ",")
    return "".join(parts).rstrip(",") + "。", want


def _first(rows: list[dict], figure: str) -> int | None:
    """The first mention of a figure (in progress: added up within its sentence, as declared())."""
    mine = [r for r in rows if r["figure"] == figure]
    if not mine:
        return None
    if figure == "in_progress":
        return int(sum(r["value"] for r in mine if r["span_start"] == mine[0]["span_start"]))
    return int(mine[0]["value"])


@given(totals_sentence())
@settings(max_examples=500, deadline=None)
def test_generated_totals_sentences_read_exactly(case):
    text, want = case
    rows = parse_notice(text).rows.get("declared", [])
    figures = ("aspects", "categories", "problems", "measures")
    figures += ("completed", "in_progress", "long_term")
    got = {f: _first(rows, f) for f in figures}
    assert got == {f: want.get(f) for f in figures}, text
    for row in rows:  # each count cites its sentence and its own words
        assert row["phrase"] in row["source_text"]
        assert normalise(text)[row["phrase_start"] : row["phrase_end"]] == row["phrase"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [("20", 20), ("二十", 20), ("十二", 12), ("一百零五", 105), ("两", 2), ("四", 4), ("x", None)],
)
def test_numerals(raw, value):
    assert number_value(raw) == value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("涉及整改问题12项,已完成整改问题10项。", [("problems", 12), ("completed", 10)]),
        ("反馈的3类问题12项问题。", [("categories", 3), ("problems", 12)]),
        ("共15项问题,目前已经完成整改任务中的12项。", [("problems", 15), ("completed", 12)]),
        ("巡察指出四方面问题,已整改到位。", [("aspects", 4)]),
        ("反馈的12个问题已全部整改完成。", [("completed", 12), ("problems", 12)]),
        ("确保完成20项整改任务。", [("tasks", 20)]),
        ("书记带头领办3个问题6项举措。", []),
        ("与上期(截至2024年9月30日)相比,新完成3个问题。", []),
        (
            "截至2024年12月31日,已完成18个、正在整改1个、尚未启动0个、台账未注明整改状态0个。",
            [("completed", 18), ("in_progress", 1), ("not_completed", 0)],
        ),
        ("制定71项整改措施并精心组织推进实施。", [("measures", 71)]),
        ("增强“四个意识”,做到“两个维护”。", []),
        ("完成3个项目建设。", []),
        ("第一类问题整改。", []),
        (
            "巡察组共反馈问题二十三个,已完成二十一个,剩余两个问题将于年底前完成。",
            [("problems", 23), ("completed", 21), ("not_completed", 2)],
        ),
        ("反馈问题 1 2 个,已完成 1 0 个。", [("problems", 12), ("completed", 10)]),
        ("涉及反馈意见8条,整改措施32项。", [("problems", 8), ("measures", 32)]),
        (
            "在3个方面的15个问题中,14个已销号,1个持续整改。",
            [("aspects", 3), ("problems", 15), ("completed", 14), ("long_term", 1)],
        ),
        (
            "已完成整改的问题有18个,未完成整改的2个问题正在推进。",
            [("completed", 18), ("not_completed", 2)],
        ),
    ],
)
def test_counts_and_their_roles(text, want):
    assert [(c.figure, c.value) for c in read_counts(text)] == want


def test_a_list_shares_the_status_said_after_it():
    counts = read_counts("按照整改计划,涉及5项问题、11项措施已完全整改到位。")
    assert [(c.figure, c.value) for c in counts] == [("completed", 5), ("completed", 11)]
