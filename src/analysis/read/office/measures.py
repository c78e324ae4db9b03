"""Measure rows under a merged problem cell, and the problem's status derived from them.

A row below a problem that fills 整改措施 (the problem cells merged above it) is a measure of
that problem. Its own 整改状态, 整改时限, 责任部门 and 完成时间 belong to the measure; a blank
one takes the problem row's value (the merged cell). When measures carry their own status,
the problem's status is derived: completed only when every measure is; long-term when every
measure still open is long-term; in progress when any has started; else not started. Its
deadline is the latest measure deadline.
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
    if kinds & {"completed", "in_progress", "long_term"}:
        return "in_progress"
    return "not_started"


def inherit(values: pd.Series, owner: np.ndarray, is_finding: np.ndarray) -> pd.Series:
    """Each row's own value, or its problem row's value when its cell is blank."""
    finding_rows = np.flatnonzero(is_finding)
    from_problem = values.iloc[finding_rows].reset_index(drop=True)
    index = np.where(np.isnan(owner), 0, owner).astype(int)
    taken = from_problem.iloc[index].reset_index(drop=True) if len(finding_rows) else values
    own = values.reset_index(drop=True)
    return own.where(own.notna(), taken.where(~np.isnan(owner)))


def derive_findings(
    findings: pd.DataFrame, measures: pd.DataFrame, own_status: np.ndarray, basis: str
) -> pd.DataFrame:
    """Findings with status, deadline, long-term and completion date derived from measures.

    Only problems with a measure row that carries its own status are derived; `basis` is the
    status_basis text with an `{n}` for the number of measures.
    """
    if measures.empty or not own_status.any():
        return findings
    derived = measures["finding_number"][own_status].unique()
    groups = measures[measures["finding_number"].isin(derived)].groupby(
        "finding_number", sort=False
    )
    position = pd.Series(np.arange(len(findings)), index=findings["number"].to_numpy())
    for number, group in groups:
        i = int(position[number])
        status = derive_status(group["status"].tolist())
        findings.at[i, "status"] = status
        findings.at[i, "status_basis"] = basis.format(n=len(group))
        deadlines = group["deadline"].dropna()
        findings.at[i, "deadline"] = deadlines.max() if len(deadlines) else pd.NaT
        findings.at[i, "long_term"] = status == "long_term" or (
            bool(group["long_term"].all()) and deadlines.empty
        )
        done = group["completed_on"].dropna()
        findings.at[i, "completed_on"] = (
            done.max() if status == "completed" and len(done) else pd.NaT
        )
    return findings
