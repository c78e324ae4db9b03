"""Classify a status cell by what it says, not by matching a list of whole words.

A cell (a word, a combined word or a sentence, in simplified or traditional characters) is
read by a few rules over the stems in status_vocab.py, in this order:

1. a negated completion (未完成, 尚未整改到位) is `open`, a negated start (未启动) `not_started`;
   the negated words are then set aside so they cannot read as done;
2. a degree (60%, 六成, 过半, 基本, 阶段性) or a future (预计年底完成) is `in_progress`, or
   `long_term` with a long-term word, 100% / 全部 is complete;
3. a completion word (已完成, 办结, 销号, 到位) is `completed`; a long-term word beside it
   (已完成并长期坚持) keeps a long-term commitment;
4. else open with work under way is `in_progress`; a long-term word `long_term`; a progress
   word `in_progress`; a lone negation `open` / `not_started`.

Nothing recognised gives None: the caller keeps the row as 未识别 and says which word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.read import status_vocab as v


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_NEG = _alt(v.NEGATIONS)
_NEG_DONE = re.compile(rf"(?:{_NEG})(?:全部|完全|整改|按期|如期|彻底)?(?:{_alt(v.NEGATED_DONE)})")
_NEG_START = re.compile(rf"(?:{_NEG})(?:{_alt(v.NEGATED_START)})")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_TENTHS = re.compile(r"([一二三四五六七八九])成")
_PARTIAL = re.compile(_alt(v.PARTIAL))
_WHOLE = re.compile(_alt(v.WHOLE))
_FUTURE = re.compile(_alt(v.FUTURE))
_DONE = re.compile(_alt(v.DONE))
_PROGRESS = re.compile(_alt(v.PROGRESS))
_LONG = re.compile(_alt(v.LONG_TERM))


@dataclass(frozen=True)
class Reading:
    """What a status cell says: its status and whether it keeps a long-term commitment."""

    status: str | None
    long_term: bool = False


def classify(text: str) -> Reading:
    """The status a simplified-character cell says (see the module's rules)."""
    neg_done = bool(_NEG_DONE.search(text))
    neg_start = bool(_NEG_START.search(text))
    rest = _NEG_START.sub("", _NEG_DONE.sub("", text))
    long = bool(_LONG.search(rest))
    degree = _degree(rest)
    if degree == "whole" and not neg_done:
        return Reading("completed", long)
    if degree == "none" and not long:
        return Reading("not_started")
    if degree == "part" or _FUTURE.search(rest):
        return Reading("long_term" if long else "in_progress", long)
    if _DONE.search(rest) and not neg_done:
        return Reading("completed", long)
    if long:
        return Reading("long_term", True)
    if _PROGRESS.search(rest):
        return Reading("in_progress")
    if neg_done:
        return Reading("open")
    return Reading("not_started" if neg_start else None)


def _degree(text: str) -> str | None:
    """How much a cell says is done: whole, part, none, or None when it gives no degree."""
    shares = [float(p) for p in _PERCENT.findall(text)]
    shares += [10.0 * "一二三四五六七八九".index(c) + 10 for c in _TENTHS.findall(text)]
    if shares:
        top = max(shares)
        return "whole" if top >= 100 else "none" if top <= 0 else "part"
    if _PARTIAL.search(text):
        return "part"
    if _WHOLE.search(text) and _DONE.search(text):
        return "whole"
    return None
