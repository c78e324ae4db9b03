"""The status classifier (read/status_rules.py) on words it was not written from, and on
generated status sentences: prefixes, negation, degrees, combined words, traditional forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.read.status import StatusWords, status_words
from analysis.read.status_vocab import STATUS_WORDS
from analysis.read.textnorm import to_simplified

WORDS = StatusWords()

#: Held back from the vocabulary: what offices write, none of it a whole word in STATUS_WORDS.
HELD_OUT = {
    "已整改完成": "completed",
    "已整改到位": "completed",
    "已完成整改": "completed",
    "已办结": "completed",
    "整改完毕": "completed",
    "已于2024年5月整改完毕": "completed",
    "已落实，相关制度已印发": "completed",
    "经核查，问题已解决并销号": "completed",
    "全部完成": "completed",
    "已全面完成整改任务": "completed",
    "整改中的": "in_progress",
    "部分完成": "in_progress",
    "正在推进": "in_progress",
    "进行中": "in_progress",
    "落实中": "in_progress",
    "已启动，正在起草方案": "in_progress",
    "完成约七成": "in_progress",
    "已完成80%": "in_progress",
    "预计年底前完成": "in_progress",
    "未完成，正在推进": "in_progress",
    "持续推进": "long_term",
    "长期整改": "long_term",
    "常态化推进": "long_term",
    "久久为功，持续用力": "long_term",
    "阶段性完成，长期坚持": "long_term",
    "尚未完成": "open",
    "没有完成": "open",
    "未能按期完成": "open",
    "暂未完成": "open",
    "整改不到位": "open",
    "尚未开始": "not_started",
    "暂未启动": "not_started",
    "進度0%": "not_started",
    "已辦結": "completed",
    "整改完畢": "completed",
    "正在推進": "in_progress",
    "長期堅持": "long_term",
    "尚未完成整改": "open",
}


def test_held_out_words_are_not_in_the_vocabulary():
    whole = {w for words in STATUS_WORDS.values() for w in words}
    assert not whole & set(HELD_OUT)


@pytest.mark.parametrize(("word", "status"), sorted(HELD_OUT.items()))
def test_held_out_word(word, status):
    assert WORDS.status(word) == status


def test_combined_word_keeps_the_long_term_commitment():
    reading = WORDS.read("已完成并长期坚持")
    assert reading.status == "completed" and reading.long_term
    assert not WORDS.read("已完成").long_term


def test_words_no_rule_knows_are_none():
    for word in ("差不多了", "见附件", "张三", "2024年6月"):
        assert WORDS.status(word) is None


def test_the_office_words_come_first(tmp_path):
    words = status_words({"completed": ["基本完成"], "in_progress": ["差不多了"]})
    assert words.status("基本完成") == "completed"
    assert words.status("差不多了") == "in_progress"
    assert WORDS.status("基本完成") == "in_progress"


PREFIX = st.sampled_from(["", "经核查，", "目前", "截至6月底，", "该问题", "整改组反馈："])
DONE = st.sampled_from(["已完成", "已整改到位", "已办结", "整改完毕", "已销号", "已落实"])
NEGATED = st.sampled_from(
    ["未完成", "尚未完成", "没有完成", "未能完成", "暂未完成", "仍未整改到位"]
)
PARTIAL = st.sampled_from(
    ["完成约六成", "已完成60%", "完成过半", "基本完成", "阶段性完成", "部分完成"]
)
UNDER_WAY = st.sampled_from(["正在推进", "正在整改", "推进中", "整改中", "已启动整改"])
LONG = st.sampled_from(["长期坚持", "持续推进", "常态化开展", "久久为功"])
TAIL = st.sampled_from(["", "。", "，已印发《工作制度》", "，已报区委巡察办"])


def _tail_free(tail: str) -> bool:
    return "已印发" not in tail


def sentences() -> st.SearchStrategy[tuple[str, str, bool]]:
    """(sentence, expected status, expected long-term commitment)."""
    done = st.tuples(PREFIX, DONE, TAIL).map(lambda p: ("".join(p), "completed", False))
    done_long = st.tuples(PREFIX, DONE, LONG).map(
        lambda p: (f"{p[0]}{p[1]}并{p[2]}", "completed", True)
    )
    negated = st.tuples(PREFIX, NEGATED, TAIL.filter(_tail_free)).map(
        lambda p: ("".join(p), "open", False)
    )
    partial = st.tuples(PREFIX, PARTIAL, TAIL.filter(_tail_free)).map(
        lambda p: ("".join(p), "in_progress", False)
    )
    under_way = st.tuples(PREFIX, UNDER_WAY, TAIL.filter(_tail_free)).map(
        lambda p: ("".join(p), "in_progress", False)
    )
    negated_under_way = st.tuples(PREFIX, NEGATED, UNDER_WAY).map(
        lambda p: (f"{p[0]}{p[1]}，{p[2]}", "in_progress", False)
    )
    long = st.tuples(PREFIX, LONG).map(lambda p: ("".join(p), "long_term", True))
    return st.one_of(done, done_long, negated, partial, under_way, negated_under_way, long)


@given(sentences(), st.booleans())
def test_generated_sentences_classify(case, traditional):
    from zhconv import convert

    sentence, status, long_term = case
    text = convert(sentence, "zh-tw") if traditional else sentence
    reading = StatusWords().read(text)
    assert (reading.status, reading.long_term) == (status, long_term), (text, to_simplified(text))
