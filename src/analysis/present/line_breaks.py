"""Where a label may break: between words, never inside one (三八红旗手, not 三八红旗\\n手).

Chinese has no spaces, so the words come from jieba's segmenter, taught the domain's own
terms (KEEP_WHOLE, kept here as data). Dates, numbers with their unit and bracketed short
notes stay whole; punctuation stays with the word before it (no line starts with `，` or
`）`), an opening bracket with the word after it.
"""

from __future__ import annotations

import logging
import re
from functools import cache

#: Terms of the domain a general dictionary may cut: a line never breaks inside them.
KEEP_WHOLE = (
    "三八红旗手",
    "三八红旗集体",
    "巾帼文明岗",
    "三新领域",
    "妇女代表大会",
    "巡察整改",
    "整改完成率",
    "专题民主生活会",
    "三重一大",
    "新就业群体",
    "新经济组织",
    "新社会组织",
    "回头看",
    "逾期未完成",
    "长期坚持",
    "正在整改",
    "未启动",
)
#: Spans kept on one line: dates (ISO or 年月日), numbers with a unit or percent, and
#: latin words (a space between them is a break point of its own).
WHOLE = re.compile(
    r"\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?|月)?"
    r"|\d+(?:[.,]\d+)*\s?(?:%|％|个|项|条|名|人|天|日|家|次|年|月)?"
    r"|[A-Za-z][A-Za-z'’\-]*"
)
CLOSING = set("，。、；：！？）》」』】〕,.;:!?)%％”’…")
OPENING = set("（《「『【〔(“‘第")  # 第 stays with its number


@cache
def _segmenter():
    """jieba, quiet, with the domain's terms added (loaded once, on first use)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in KEEP_WHOLE:
        jieba.add_word(word, freq=10**6)
    return jieba


def pieces(text: str) -> list[str]:
    """Protected spans and segmented words, in order (tokens glues some of them together)."""
    out: list[str] = []
    at = 0
    for m in WHOLE.finditer(text):
        out += _words(text[at : m.start()])
        out.append(m.group())
        at = m.end()
    return out + _words(text[at:])


def _words(text: str) -> list[str]:
    if not text:
        return []
    if all(ord(c) < 0x2E80 for c in text):
        return re.findall(r"\s+|[^\s]", text)
    return [w for w in _segmenter().cut(text, HMM=False) if w]


def _latin(c: str) -> bool:
    return ord(c) < 0x2E80 and not c.isspace()


def tokens(text: str) -> list[str]:
    """The unbreakable pieces of text, each with the space before it: joined, they give text
    back; a line may break only between two of them."""
    out: list[str] = []
    glue_next = False
    for piece in pieces(text):
        if piece.isspace():
            out.append(piece)
            glue_next = True
            continue
        latin = out and _latin(out[-1][-1]) and _latin(piece[0])  # Latin breaks at spaces only
        if out and (glue_next or latin or piece[0] in CLOSING or out[-1][-1] in OPENING):
            out[-1] += piece
        else:
            out.append(piece)
        glue_next = False
    return out
