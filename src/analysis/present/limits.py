"""Briefings summarise: past TOP_N entries a chart or table shows the first TOP_N and says how
many more there are ("其他N项" bar, "及其他N项" line); the full list goes to the workbook."""

from __future__ import annotations

import pandas as pd

from analysis.i18n import t

TOP_N = 40  # entries a chart or table shows before it summarises the rest
WORKBOOK = "charts/summary.xlsx"  # where the full lists are, relative to briefing.html


def too_many(frame: pd.DataFrame, n: int = TOP_N) -> bool:
    """Whether frame has more rows than a briefing shows."""
    return len(frame) > n


def top(frame: pd.DataFrame, n: int = TOP_N) -> tuple[pd.DataFrame, int]:
    """The first n rows and how many rows are left out."""
    return frame.head(n), max(len(frame) - n, 0)


def other_label(count: int, lang: str) -> str:
    """The category of the bar that stands for the entries left out: 其他N项."""
    return t("limits.other", lang, n=count)


def more_line(count: int, lang: str, sheet: str) -> str:
    """The line under a shortened table: 及其他N项, and where the full list is."""
    return t("limits.more", lang, n=count, workbook=WORKBOOK, sheet=sheet)
