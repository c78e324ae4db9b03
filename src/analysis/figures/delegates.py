"""Delegate composition from a per-delegate roster, against the notice's figures.

Only aggregates leave this module; a group smaller than MIN_GROUP (or whose complement
is) is suppressed: its count, ratio and whether its quota is met are all left empty.
"""

from __future__ import annotations

import pandas as pd

from analysis.figures.completion import as_timestamp
from analysis.model.ledger import Ledger
from analysis.read.roster import COLLEGE, CPC, HAN, OUTSTANDING

MIN_GROUP = 5

__all__ = ["MIN_GROUP", "age_on", "indicator_masks", "roster_figures"]


def age_on(birth: pd.Series, when: pd.Timestamp) -> pd.Series:
    """Age in completed years on a date."""
    before_birthday = (birth.dt.month > when.month) | (
        (birth.dt.month == when.month) & (birth.dt.day > when.day)
    )
    return when.year - birth.dt.year - before_birthday.astype(int)


def indicator_masks(roster: pd.DataFrame, as_of: object) -> dict[str, pd.Series]:
    """Which delegates count towards each indicator (probationary CPC members count as CPC)."""
    when = as_timestamp(as_of)
    politics = roster["politics"].str.lower()
    return {
        "outstanding_women": roster["category"].str.contains(OUTSTANDING),
        "grassroots": roster["grassroots"].astype(bool),
        "non_cpc": ~politics.isin(CPC),
        "age_45_or_under": age_on(roster["birth"], when) <= 45,
        "junior_college_plus": roster["education"].str.contains(COLLEGE)
        & ~roster["education"].str.contains("中专"),
        "ethnic_minority": ~roster["ethnicity"].str.lower().isin(HAN),
    }


def roster_figures(
    roster: pd.DataFrame, ledger: Ledger | None, as_of: object = None, min_group: int = MIN_GROUP
) -> pd.DataFrame:
    """Per indicator: count, ratio, the declared threshold and whether it is met; small groups suppressed."""
    total = len(roster)
    quotas = ledger.delegates.set_index("indicator") if ledger is not None else pd.DataFrame()
    rows = []
    for name, mask in indicator_masks(roster, as_of).items():
        count = int(mask.sum())
        quota = quotas.loc[name] if name in quotas.index else None
        threshold = (
            float(quota["threshold"])
            if quota is not None and pd.notna(quota["threshold"])
            else None
        )
        met = None
        if quota is not None and total:
            met = (count / total >= threshold) if threshold is not None else count > 0
        suppressed = 0 < count < min_group or 0 < total - count < min_group
        rows.append(
            {
                "indicator": name,
                "count": None if suppressed else count,
                "ratio": None if suppressed or not total else count / total,
                "threshold": threshold,
                "met": None if suppressed else met,
                "suppressed": suppressed,
            }
        )
    return pd.DataFrame(
        rows, columns=["indicator", "count", "ratio", "threshold", "met", "suppressed"]
    )
