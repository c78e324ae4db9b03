"""Completion figures: status counts, rates, overdue items, due-date and ageing buckets.

Official completion rates count only fully completed items (基本完成 and
阶段性完成 are in progress). Overdue is derived as of a date, never typed in.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis.model.schema import STATUSES

DUE_BUCKETS = ["overdue", "within_30_days", "within_90_days", "later", "no_deadline"]
AGE_BUCKETS = ["0-30", "31-60", "61-90", "90+"]


def as_timestamp(as_of: object = None) -> pd.Timestamp:
    """The as-of date as a Timestamp; None means today."""
    return pd.Timestamp(as_of if as_of is not None else dt.date.today()).normalize()


#: Statuses that describe how the office wrote, not a kind of work: listed only when present.
WHEN_PRESENT = ("open", "unrecognised")


def status_counts(findings: pd.DataFrame) -> pd.DataFrame:
    """Count of findings per normalised status: the four kinds of work always (zero
    included), 未完成 (open) and 未识别 only when the ledger has them, missing last."""
    counts = findings["status"].value_counts(dropna=False)
    rows = [
        {"status": s, "count": int(counts.get(s, 0))}
        for s in STATUSES
        if s not in WHEN_PRESENT or counts.get(s, 0)
    ]
    unknown = int(findings["status"].isna().sum())
    if unknown:
        rows.append({"status": "unknown", "count": unknown})
    return pd.DataFrame(rows)


def completion_rate(findings: pd.DataFrame) -> float | None:
    """Share of findings fully completed; None for an empty ledger."""
    if len(findings) == 0:
        return None
    return float((findings["status"] == "completed").sum()) / len(findings)


def completion_by(findings: pd.DataFrame, column: str) -> pd.DataFrame:
    """Completion per group (aspect, category, department, leader); empty if the column is blank."""
    data = findings[findings[column].notna()]
    if data.empty:
        return pd.DataFrame(columns=[column, "total", "completed", "rate"])
    done = data["status"].eq("completed")
    grouped = done.groupby(data[column], observed=True, sort=False).agg(["size", "sum"])
    out = grouped.rename(columns={"size": "total", "sum": "completed"}).reset_index()
    out["total"] = out["total"].astype(int)
    out["completed"] = out["completed"].astype(int)
    out["rate"] = out["completed"] / out["total"]
    return out


def status_known(meta: dict) -> bool:
    """False for a plan (整改方案): a ledger with no status column, whose completion is unknown."""
    return meta.get("status_column") != "no"


def open_mask(findings: pd.DataFrame) -> pd.Series:
    """Findings still open: not completed (long-term items count as open but never overdue)."""
    return findings["status"].ne("completed") | findings["status"].isna()


def overdue_mask(findings: pd.DataFrame, as_of: object = None) -> pd.Series:
    """Deadline passed, not completed, not long-term (未识别 statuses are not called overdue)."""
    when = as_timestamp(as_of)
    long_term = findings["long_term"].fillna(False).astype(bool) | findings["status"].eq(
        "long_term"
    )
    return (
        findings["deadline"].notna()
        & (findings["deadline"] < when)
        & open_mask(findings)
        & findings["status"].notna()
        & findings["status"].ne("unrecognised").fillna(True)
        & ~long_term
    ).astype(bool)


def overdue(findings: pd.DataFrame, as_of: object = None) -> pd.DataFrame:
    """Overdue findings with how many days late, most late first."""
    when = as_timestamp(as_of)
    rows = findings[overdue_mask(findings, as_of)].copy()
    rows["days_overdue"] = (when - rows["deadline"]).dt.days
    cols = ["number", "title", "department", "leader", "deadline", "status", "days_overdue"]
    return rows.sort_values("days_overdue", ascending=False)[cols].reset_index(drop=True)


def due_buckets(findings: pd.DataFrame, as_of: object = None) -> pd.DataFrame:
    """Open findings by when they fall due: overdue, ≤30 days, ≤90 days, later, no deadline."""
    when = as_timestamp(as_of)
    data = findings[open_mask(findings)]
    days = (data["deadline"] - when).dt.days
    long_term = data["long_term"].fillna(False).astype(bool) | data["status"].eq("long_term")
    bucket = pd.Series("later", index=data.index)
    bucket[days <= 90] = "within_90_days"
    bucket[days <= 30] = "within_30_days"
    bucket[days < 0] = "overdue"
    bucket[data["deadline"].isna() | (long_term & (days < 0))] = "no_deadline"
    counts = bucket.value_counts()
    return pd.DataFrame(
        {"bucket": DUE_BUCKETS, "count": [int(counts.get(b, 0)) for b in DUE_BUCKETS]}
    )


def ageing(findings: pd.DataFrame, opened: object, as_of: object = None) -> pd.DataFrame:
    """Open findings by days since they were opened (feedback date): 0–30, 31–60, 61–90, 90+."""
    when = as_timestamp(as_of)
    n_open = int(open_mask(findings).sum())
    age = (when - pd.Timestamp(opened)).days
    bucket = "0-30" if age <= 30 else "31-60" if age <= 60 else "61-90" if age <= 90 else "90+"
    return pd.DataFrame(
        {"bucket": AGE_BUCKETS, "count": [n_open if b == bucket else 0 for b in AGE_BUCKETS]}
    )


def on_time_rate(findings: pd.DataFrame) -> float | None:
    """Share of completed findings closed on or before their deadline; None without both dates."""
    done = findings[
        findings["status"].eq("completed")
        & findings["deadline"].notna()
        & findings["completed_on"].notna()
    ]
    if done.empty:
        return None
    return float((done["completed_on"] <= done["deadline"]).sum()) / len(done)


def burndown(findings: pd.DataFrame) -> pd.DataFrame:
    """Cumulative completed and still-open counts by completion date (needs completion dates)."""
    dated = findings[findings["status"].eq("completed") & findings["completed_on"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=["date", "completed", "open"])
    per_day = dated.groupby("completed_on").size().sort_index().cumsum()
    out = pd.DataFrame({"date": per_day.index, "completed": per_day.to_numpy().astype(int)})
    out["open"] = len(findings) - out["completed"]
    return out


def burndown_from_versions(versions: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Completed and open counts per dated ledger version {ISO date: findings}."""
    rows = []
    for date, findings in sorted(versions.items()):
        completed = int(findings["status"].eq("completed").sum())
        rows.append(
            {"date": pd.Timestamp(date), "completed": completed, "open": len(findings) - completed}
        )
    return pd.DataFrame(rows)


def changes(before: pd.DataFrame, after: pd.DataFrame, as_of: object = None) -> pd.DataFrame:
    """What changed between two versions: newly completed, newly overdue, moved back, added, removed."""
    steps = ["not_started", "open", "in_progress", "long_term", "completed"]
    order = {s: i for i, s in enumerate(steps)}  # 未识别 is no step: never "moved back"
    b = before.set_index("number")
    a = after.set_index("number")
    overdue_b = set(before.loc[overdue_mask(before, as_of), "number"])
    overdue_a = set(after.loc[overdue_mask(after, as_of), "number"])
    rows = []
    for n in a.index.difference(b.index):
        rows.append({"number": n, "change": "added", "before": None, "after": a.at[n, "status"]})
    for n in b.index.difference(a.index):
        rows.append({"number": n, "change": "removed", "before": b.at[n, "status"], "after": None})
    for n in a.index.intersection(b.index):
        sb, sa = b.at[n, "status"], a.at[n, "status"]
        if sa == "completed" and sb != "completed":
            rows.append({"number": n, "change": "newly_completed", "before": sb, "after": sa})
        elif sa in order and sb in order and order[sa] < order[sb]:
            rows.append({"number": n, "change": "moved_back", "before": sb, "after": sa})
        if n in overdue_a and n not in overdue_b:
            rows.append({"number": n, "change": "newly_overdue", "before": sb, "after": sa})
    out = pd.DataFrame(rows, columns=["number", "change", "before", "after"])
    titles = after.set_index("number")["title"].combine_first(before.set_index("number")["title"])
    out["title"] = out["number"].map(titles)
    return out.sort_values(["change", "number"]).reset_index(drop=True)
