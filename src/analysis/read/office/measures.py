"""Measure rows under a merged problem cell, and the problem's status derived from them.

A row below a problem that fills 整改措施 (the problem cells merged above it) is a measure of
that problem. Its own 整改状态, 整改时限, 责任部门 and 完成时间 belong to the measure; a blank
one takes the problem row's value (the merged cell). A measure's own 长期坚持 is long-term for
that measure: it does not take the problem's fixed deadline. When measures carry their own
status, the problem's status is derived: completed only when every measure is; long-term when
every measure still open is long-term; in progress when any has started; open when any is
open (未完成); else not started. Its deadline is the latest measure deadline, and it is
long-term (never overdue) when every measure still open is long-term.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

OWN = ("status", "deadline", "long_term", "department", "completed_on")


def derive_status(statuses: list[str]) -> str:
    """A problem's status from its measures' statuses (see the module's rule)."""
    kinds = set(statuses)
    if kinds == {"completed"}:
        return "completed"
    if kinds <= {"completed", "long_term"}:
        return "long_term"
    if "unrecognised" in kinds:
        return "unrecognised"
    if kinds & {"completed", "in_progress", "long_term"}:
        return "in_progress"
    return "open" if "open" in kinds else "not_started"


def inherit(values: pd.Series, owner: np.ndarray, is_finding: np.ndarray) -> pd.Series:
    """Each row's own value, or its problem row's value when its cell is blank."""
    finding_rows = np.flatnonzero(is_finding)
    from_problem = values.iloc[finding_rows].reset_index(drop=True)
    index = np.where(np.isnan(owner), 0, owner).astype(int)
    taken = from_problem.iloc[index].reset_index(drop=True) if len(finding_rows) else values
    own = values.reset_index(drop=True)
    return own.where(own.notna(), taken.where(~np.isnan(owner)))


def own_deadlines(
    parsed, raw: pd.Series, owner: np.ndarray, is_finding: np.ndarray
) -> dict[str, pd.Series]:
    """Each row's deadline and long-term flag: its own cell when filled (长期坚持 included),
    else its problem row's (the merged cell)."""
    typed = pd.Series(raw.notna().to_numpy())
    own_date = parsed.date.reset_index(drop=True)
    date = own_date.where(typed, inherit(own_date, owner, is_finding))
    long_term = pd.Series(parsed.long_term, dtype=object).where(typed, None)
    inherited = inherit(long_term, owner, is_finding).fillna(False).astype(bool)
    return {"deadline": date, "long_term": inherited}


def derive_findings(
    findings: pd.DataFrame,
    measures: pd.DataFrame,
    own_status: np.ndarray,
    basis: str,
    own_deadline: np.ndarray | None = None,
) -> pd.DataFrame:
    """Findings with status, deadline, long-term and completion date derived from measures.

    Only problems with a measure row that carries its own status or deadline are derived;
    `basis` is the status_basis text with an `{n}` for the number of measures.
    """
    own = own_status | (own_deadline if own_deadline is not None else False)
    if measures.empty or not own.any():
        return findings
    by_status = set(measures["finding_number"][own_status].unique())
    derived = measures["finding_number"][own].unique()
    groups = measures[measures["finding_number"].isin(derived)].groupby(
        "finding_number", sort=False
    )
    position = pd.Series(np.arange(len(findings)), index=findings["number"].to_numpy())
    for number, group in groups:
        i = int(position[number])
        status = findings.at[i, "status"]
        if number in by_status and group["status"].notna().any():
            status = derive_status(group["status"].dropna().tolist())
            findings.at[i, "status"] = status
            findings.at[i, "status_basis"] = basis.format(n=len(group))
        deadlines = group["deadline"].dropna()
        findings.at[i, "deadline"] = deadlines.max() if len(deadlines) else pd.NaT
        still_open = group[group["status"].ne("completed") | group["status"].isna()]
        findings.at[i, "long_term"] = (
            status == "long_term"
            or bool(findings.at[i, "long_term"])
            and number not in by_status
            or bool(len(still_open) and still_open["long_term"].all())
            or (bool(group["long_term"].all()) and deadlines.empty)
        )
        done = group["completed_on"].dropna()
        findings.at[i, "completed_on"] = (
            done.max() if status == "completed" and len(done) else pd.NaT
        )
    return findings
