"""A sheet's 序号 column read into numbers and labels, and each problem's aspect and category
from the heading rows above it (numbering.py says what a label and a heading are)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from analysis.read import fields
from analysis.read.office.cells import aspect_name
from analysis.read.office.numbering import heading_level, number_labels

Report = Callable[..., None]


def read_numbers(raw: pd.Series, rows: np.ndarray, problem: Report) -> tuple[pd.Series, pd.Series]:
    """Whole numbers, or labels kept as written (numbering.py); a blank column numbers by
    position, a lone blank is reported through `problem(row, "number", code, **fields)`."""
    labelled = number_labels(raw)
    label = pd.Series(pd.NA, index=raw.index, dtype="string")
    issues: list[fields.Issue] = []
    if labelled is not None:
        out, label = labelled
    else:
        out, issues = fields.whole_numbers(raw)
    for i, code, values in issues:
        problem(int(rows[i]), "number", code, **values)
    blanks = raw.isna().to_numpy()
    if blanks.all():
        return pd.Series(np.arange(1, len(raw) + 1), dtype="Int64"), label
    for k in np.flatnonzero(blanks):
        problem(int(rows[k]), "number", "number_blank")
    dup_labels = label.duplicated() & label.notna()
    for k in np.flatnonzero(dup_labels.to_numpy()):
        first = int(rows[int(np.flatnonzero((label == label.iat[k]).to_numpy())[0])])
        problem(int(rows[k]), "number", "number_duplicate", n=label.iat[k], first=first)
    if dup_labels.any():
        return out, label
    _duplicates(out, rows, problem)
    return out, label


def _duplicates(out: pd.Series, rows: np.ndarray, problem: Report) -> None:
    """Each number typed twice, reported at its second row with the first row named."""
    seen = out.notna()
    dup = out.duplicated() & seen
    if not dup.any():
        return
    first = pd.Series(rows, index=out.index)[seen & ~out.duplicated()]
    first_at = dict(zip(out[first.index], first, strict=True))
    for k in np.flatnonzero(dup.to_numpy()):
        n = int(out.iat[k])
        problem(int(rows[k]), "number", "number_duplicate", n=n, first=int(first_at[n]))


def headings(
    cells: list[pd.Series], empty: np.ndarray, aspect_row: np.ndarray, is_finding: np.ndarray
) -> tuple[pd.Series, pd.Series]:
    """Each problem's aspect and category from the heading rows above it: 一、… are
    aspects, （一）… categories when both levels are used (else aspects too)."""
    n = len(aspect_row)
    aspect = np.full(n, None, dtype=object)
    category = np.full(n, None, dtype=object)
    rows = np.flatnonzero(aspect_row)
    texts = [cells[int(np.flatnonzero(~empty[i])[0])].iat[i] for i in rows]
    levels = [heading_level(x) for x in texts]
    two = 2 in levels and 1 in levels
    for i, x, level in zip(rows, texts, levels, strict=True):
        name = aspect_name(x) or str(x).strip()
        if two and level == 2:
            category[i] = name
        else:
            aspect[i], category[i] = name, ""  # a new aspect ends the category above
    a = pd.Series(aspect).ffill()
    c = pd.Series(category).ffill().replace("", None)
    return a[is_finding].reset_index(drop=True), c[is_finding].reset_index(drop=True)
