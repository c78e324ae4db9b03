"""Organisation-building figures: new federations, pilots, awards and the dated timeline."""

from __future__ import annotations

import pandas as pd

from analysis.model.ledger import Ledger


def by_sector(ledger: Ledger) -> pd.DataFrame:
    """Distinct new organisations per sector, most first."""
    counts = ledger.organisations["sector"].value_counts()
    return pd.DataFrame(
        {"sector": counts.index.astype(str), "count": counts.to_numpy().astype(int)}
    )


def by_list(ledger: Ledger) -> pd.DataFrame:
    """How many organisations each problem's list names, and how many only that list names."""
    o = ledger.organisations
    items = o["items"].fillna("").str.split(",")
    rows = []
    for item in sorted({i for parts in items for i in parts if i}, key=int):
        named = items.map(lambda parts, i=item: i in parts)
        only = named & (items.map(len) == 1)
        rows.append({"item": int(item), "named": int(named.sum()), "only_here": int(only.sum())})
    return pd.DataFrame(rows, columns=["item", "named", "only_here"])


def by_year(ledger: Ledger) -> pd.DataFrame:
    """New organisations per year set up, where the source states the year (else 'not stated')."""
    years = ledger.organisations["established_year"].astype("string").fillna("not stated")
    counts = years.value_counts().sort_index()
    return pd.DataFrame({"year": counts.index.astype(str), "count": counts.to_numpy().astype(int)})


def pilots_by_level(ledger: Ledger) -> pd.DataFrame:
    """Pilots won per level; `inferred` counts pilots named without a number (taken as 1)."""
    p = ledger.pilots
    if p.empty:
        return pd.DataFrame(columns=["level", "count", "inferred"])
    out = p.groupby("level", sort=False).agg(
        count=("count", "sum"), inferred=("count_stated", lambda s: int((~s.fillna(True)).sum()))
    )
    return out.reset_index().astype({"count": int, "inferred": int})


def awards_by_kind(ledger: Ledger) -> pd.DataFrame:
    """Awards per kind, with level and unit (名 people / 个 collectives)."""
    a = ledger.awards
    return a[["name", "level", "count", "unit"]].reset_index(drop=True)


def timeline(ledger: Ledger, include_activities: bool = False) -> pd.DataFrame:
    """The dated steps of the rectification in order, with days since the first."""
    e = ledger.events if include_activities else ledger.events[ledger.events["kind"] != "activity"]
    e = e.sort_values("date", kind="stable")
    out = e[
        ["date", "precision", "year_inferred", "kind", "description", "source_file"]
    ].reset_index(drop=True)
    out["days_from_start"] = (out["date"] - out["date"].iloc[0]).dt.days if len(out) else []
    return out
