"""Measures counted one way everywhere (key figures, chart, workbook, summary).

A notice's results list specific steps (一是/二是…): those are counted, and an item whose
result lists none is "not listed" (missing), never 0. An office ledger lists its measures
row by row: every row counts, and a problem with no measure recorded is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.model.ledger import Ledger


@dataclass
class MeasureCounts:
    """Measures per problem number (NA where none are listed), and what was counted."""

    per_finding: pd.Series  # index: problem number; values: count or NA
    kind: str  # "steps" (a notice's listed steps) or "measures" (an office ledger's rows)

    @property
    def total(self) -> int:
        return int(self.per_finding.sum(min_count=0))

    @property
    def unlisted(self) -> list[int]:
        """Problem numbers whose measures are not listed."""
        return [int(n) for n in self.per_finding[self.per_finding.isna()].index]


def measure_counts(ledger: Ledger) -> MeasureCounts:
    """Measures per problem, counted as the source words them."""
    m = ledger.measures
    numbers = ledger.findings["number"]
    notice = ledger.meta.get("source_kind") == "notice"
    rows = m[m["enumerated"].fillna(False).astype(bool)] if notice else m
    per = rows.groupby("finding_number").size().reindex(numbers)
    per = per.astype("Int64") if len(per) else per
    return MeasureCounts(per, "steps" if notice else "measures")
