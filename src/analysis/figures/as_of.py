"""The date a briefing's figures are as of, and where that date came from.

A notice describes the state on the day it was published, so its figures are as of
that day (else its latest dated event); an office ledger is as of the date it states (in
its title, e.g. （截至2024年6月30日）), else it is a working file, as of today. The
briefing, the summary and the history all take the date from here.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from analysis.figures.completion import as_timestamp
from analysis.model.ledger import Ledger

#: Catalogue keys naming where the date came from.
GIVEN, PUBLISHED, LATEST_EVENT, STATED, TODAY = (
    "as_of_given",
    "as_of_published",
    "as_of_latest_event",
    "as_of_stated",
    "as_of_today",
)

_STATED_DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})")


def stated_date(ledger: Ledger) -> dt.date | None:
    """The date an office ledger states it is as of: its as-of field, or one in its title."""
    value = ledger.meta.get("as_of")
    if value:
        try:
            return pd.Timestamp(value).date()
        except ValueError:
            pass
    m = _STATED_DATE.search(str(ledger.meta.get("title") or ""))
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def default_as_of(ledger: Ledger) -> tuple[pd.Timestamp, str]:
    """A notice's publication date (else its latest dated event); an office ledger's stated
    date; else today."""
    if ledger.meta.get("source_kind") == "notice":
        published = ledger.meta.get("published")
        if published:
            return as_timestamp(published), PUBLISHED
        dates = ledger.events["date"].dropna() if "date" in ledger.events else pd.Series()
        if len(dates):
            return as_timestamp(dates.max()), LATEST_EVENT
    stated = stated_date(ledger)
    if stated:
        return as_timestamp(stated.isoformat()), STATED
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
