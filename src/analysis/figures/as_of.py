"""The date a briefing's figures are as of, and where that date came from.

A notice describes the state on the day it was published, so its figures are as of
that day (else its latest dated event); an office ledger is a working file, as of today.
"""

from __future__ import annotations

import pandas as pd

from analysis.figures.completion import as_timestamp
from analysis.model.ledger import Ledger

#: Catalogue keys naming where the date came from.
GIVEN, PUBLISHED, LATEST_EVENT, TODAY = (
    "as_of_given",
    "as_of_published",
    "as_of_latest_event",
    "as_of_today",
)


def default_as_of(ledger: Ledger) -> tuple[pd.Timestamp, str]:
    """A notice's publication date (else its latest dated event); today for an office ledger."""
    if ledger.meta.get("source_kind") == "notice":
        published = ledger.meta.get("published")
        if published:
            return as_timestamp(published), PUBLISHED
        dates = ledger.events["date"].dropna() if "date" in ledger.events else pd.Series()
        if len(dates):
            return as_timestamp(dates.max()), LATEST_EVENT
    return as_timestamp(None), TODAY


def resolve_as_of(ledger: Ledger, as_of: object = None) -> tuple[pd.Timestamp, str]:
    """The as-of date to use and its basis; None or "" means the ledger's default.

    A given date equal to the default keeps the default's basis, so a briefing rendered
    with the date filled in still says where the date came from.
    """
    default, basis = default_as_of(ledger)
    if as_of is None or (isinstance(as_of, str) and not as_of.strip()):
        return default, basis
    when = as_timestamp(as_of)
    return (when, basis) if when == default else (when, GIVEN)
