"""Problems given as a table (a Word table read as tab-separated rows): one finding per row.

A table counts when its header row names a problem column (具体问题, 存在问题, 反馈问题 …);
its measure and status columns, when present, give each problem's measures and status.
"""

from __future__ import annotations

import re

from analysis.read.notice.context import NoticeContext
from analysis.read.status import normalise_status

_ROW_RE = re.compile(r"^[^\n]*\t[^\n]*$", re.M)
_PROBLEM_COL = re.compile(r"问题")
_MEASURE_COL = re.compile(r"整改措施|整改举措|措施")
_STATUS_COL = re.compile(r"整改状态|完成情况|整改进展|进展情况|状态")
_ASPECT_COL = re.compile(r"方面|类别")
_STATUS_WORD = re.compile(
    r"已完成整改|已完成|已整改|完成整改|已销号|正在整改|整改中|基本完成|阶段性完成|长期坚持|持续整改"
)


def read_tables(ctx: NoticeContext) -> None:
    """Findings from problem tables, when the headings gave none."""
    if ctx.rows("findings"):
        return
    number = 0
    for block in _blocks(ctx.text):
        header, rows = block[0], block[1:]
        cols = ctx.text[header[0] : header[1]].split("\t")
        problem = _column(cols, _PROBLEM_COL, avoid=_MEASURE_COL)
        if problem is None:
            continue
        measure = _column(cols, _MEASURE_COL)
        status = _column(cols, _STATUS_COL)
        aspect = _column(cols, _ASPECT_COL, avoid=_PROBLEM_COL)
        for start, end in rows:
            cells = ctx.text[start:end].split("\t")
            title = _cell(cells, problem)
            if not title:
                continue
            number += 1
            row = {
                "number": number,
                "label": _cell(cells, 0) if problem != 0 else str(number),
                "title": title,
                "parent": None,
                "aspect": _cell(cells, aspect) if aspect is not None else None,
            }
            word = _status_word(_cell(cells, status)) if status is not None else None
            if word:
                row["status"], row["status_basis"] = normalise_status(word), _cell(cells, status)
            ctx.add("findings", {**row, **ctx.span(start, end)})
            text = _cell(cells, measure) if measure is not None else None
            if text:
                measure_row = {
                    "finding_number": number,
                    "seq": 1,
                    "marker": None,
                    "heading": None,
                    "text": text,
                    "enumerated": False,
                }
                ctx.add("measures", {**measure_row, **ctx.span(start, end)})


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive tab-separated lines, as (start, end) spans."""
    blocks: list[list[tuple[int, int]]] = []
    last_end = -2
    for m in _ROW_RE.finditer(text):
        if blocks and m.start() == last_end + 1:
            blocks[-1].append((m.start(), m.end()))
        else:
            blocks.append([(m.start(), m.end())])
        last_end = m.end()
    return [b for b in blocks if len(b) >= 2]


def _column(cols: list[str], pattern: re.Pattern, avoid: re.Pattern | None = None) -> int | None:
    for i, name in enumerate(cols):
        if pattern.search(name) and not (avoid and avoid.search(name)):
            return i
    return None


def _cell(cells: list[str], i: int | None) -> str | None:
    if i is None or i >= len(cells):
        return None
    return cells[i].strip() or None


def _status_word(cell: str | None) -> str | None:
    m = _STATUS_WORD.search(cell or "")
    return m.group(0) if m else None
