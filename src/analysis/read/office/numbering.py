"""序号 as offices write them: 1, 一, (1), （一）, ①, 1.1. Labels are kept as written.

A 序号 column where every cell is such a label, and at least one is not a plain whole
number, is a column of labels: each row keeps its label as typed (`label`), and its number is
the label's own value when every label has a distinct one (①②③, 一二三), else its position.
Any other column is read as whole numbers (fields.whole_numbers), with its problems.

A row holding one filled cell in the first column that reads as a heading (`一、…`, or
unnumbered `…方面`, `第二部分…`) is not a problem: it names an aspect, `（一）…` a category under it when both levels are
used, else an aspect.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.read.textnorm import cn_to_int, normalise

_CN = "一二三四五六七八九十百零〇"
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))  # ①..⑳
LABEL = re.compile(
    rf"^(?:[(（【\[]\s*(?P<br>\d{{1,4}}|[{_CN}]{{1,4}})\s*[)）】\]]"
    rf"|(?P<ci>[{_CIRCLED}])"
    rf"|(?P<cn>[{_CN}]{{1,4}})\s*[、.．]?"
    r"|(?P<dot>\d{1,4}(?:\s*[.．]\s*\d{1,4})+)\s*[.、]?"
    r"|(?P<ar>[1-9]\d{0,4})\s*[、.．)）]?)$"
)
HEADING = re.compile(
    rf"^\s*(?:(?P<one>[{_CN}]+\s*[、.．])|(?P<two>[(（]\s*[{_CN}]+\s*[)）])|(?P<other>\S))"
)


def label_value(text: str) -> int | None:
    """The whole number a label stands for (①→1, （三）→3, 12→12), None for 1.1 or no label."""
    m = LABEL.match(text.strip())
    if not m or m["dot"]:
        return None
    if m["ci"]:
        return _CIRCLED.index(m["ci"]) + 1
    value = m["br"] or m["cn"] or m["ar"] or ""
    return cn_to_int(normalise(value))


def number_labels(raw: pd.Series) -> tuple[pd.Series, pd.Series] | None:
    """(numbers, labels) when the column is one of labels (see the module), else None."""
    present = raw.dropna().astype(str).str.strip()
    if present.empty or present.str.fullmatch(r"[1-9]\d{0,5}").all():
        return None
    if not present.map(lambda s: bool(LABEL.match(s))).all():
        return None
    labels = raw.astype("string").str.strip()
    values = present.map(label_value)
    numbers = pd.Series(pd.NA, index=raw.index, dtype="Int64")
    if values.notna().all() and not values.duplicated().any() and (values > 0).all():
        numbers[present.index] = values.astype("int64")
    else:
        numbers[present.index] = np.arange(1, len(present) + 1)
    return numbers, labels


def heading_level(text: str) -> int:
    """1 for an aspect heading (一、… or unmarked), 2 for a category heading (（一）…)."""
    m = HEADING.match(text)
    return 2 if m and m["two"] else 1


#: How an unnumbered heading row ends (…方面, …类问题, 第一部分 …): words kept as data.
HEADING_ENDS = ("方面", "类", "类问题", "方面问题", "部分", "领域", "板块")
_UNNUMBERED = re.compile(rf"^\s*第[{_CN}\d]+(?:部分|方面|类)|(?:{'|'.join(HEADING_ENDS)})\s*$")


def is_heading(text: str) -> bool:
    """Whether a lone cell in the first column is an unnumbered heading (…方面, 第二部分)."""
    return not LABEL.match(text.strip()) and bool(_UNNUMBERED.search(text.strip()))
