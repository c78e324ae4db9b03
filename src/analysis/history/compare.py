"""The history report: per unit, what changed between two snapshots, and the trend.

Counts per snapshot come from SQL; the two compared snapshots' findings are read in one
query and compared for all units at once (figures.progress), never unit by unit.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analysis.figures.progress import CHANGES, changes_between, overdue_at, trend_records
from analysis.history.snapshots import snapshot_stats

ITEMS = """
SELECT p.side, u.name AS unit, f.number, f.label, f.title, f.status, f.deadline, f.long_term,
       s.as_of
FROM _pick p JOIN snapshots s USING (snapshot_id) JOIN units u USING (unit_id)
JOIN findings f USING (snapshot_id)
"""


def pick_snapshots(stats: pd.DataFrame, from_given: bool) -> pd.DataFrame:
    """Per unit, the compared pair: the last snapshot in the window, and the first in it (when a
    start date is given) or the one just before the last."""
    g = stats.groupby("unit", sort=True)
    to = g.tail(1).set_index("unit")
    start = (g.head(1) if from_given else g.nth(-2)).set_index("unit")
    start = start.reindex(to.index)
    start.loc[start["snapshot_id"].eq(to["snapshot_id"]), "snapshot_id"] = pd.NA
    return pd.DataFrame(
        {
            "to_id": to["snapshot_id"],
            "to": to["as_of"],
            "from_id": start["snapshot_id"],
            "from": start["as_of"].where(start["snapshot_id"].notna()),
        }
    )


def load_items(con: duckdb.DuckDBPyConnection, picks: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """The findings of every compared snapshot, split into the before and the after side."""
    ids = pd.concat(
        [
            pd.DataFrame({"snapshot_id": picks["from_id"].dropna(), "side": "b"}),
            pd.DataFrame({"snapshot_id": picks["to_id"], "side": "a"}),
        ]
    ).astype({"snapshot_id": "int64"})
    con.register("_pick", ids)
    try:
        items = con.execute(ITEMS).df()
    finally:
        con.unregister("_pick")
    items["deadline"] = pd.to_datetime(items["deadline"])
    items["overdue"] = overdue_at(items, pd.to_datetime(items["as_of"]))
    before = items[items["side"] == "b"].reset_index(drop=True)
    after = items[items["side"] == "a"].reset_index(drop=True)
    return before, after


def trends_by_unit(stats: pd.DataFrame) -> dict[str, list[dict]]:
    """Each unit's snapshots as report rows, oldest first (stats is sorted by unit and date)."""
    out: dict[str, list[dict]] = {}
    for unit, row in zip(stats["unit"], trend_records(stats), strict=True):
        out.setdefault(unit, []).append(row)
    return out


def report(
    con: duckdb.DuckDBPyConnection,
    unit: str | None = None,
    start: object = None,
    end: object = None,
) -> dict:
    """{units: [{unit, from, to, <five changes as lists of 序号>, counts, snapshots}], warnings}."""
    stats = snapshot_stats(con, unit, start, end)
    if stats.empty:
        return {"units": [], "warnings": []}
    picks = pick_snapshots(stats, start is not None)
    before, after = load_items(con, picks)
    changed, warnings = changes_between(before, after)
    lists = changed.groupby(["unit", "change"], sort=False)["label"].agg(list).to_dict()
    trends = trends_by_unit(stats)
    units = []
    for name, row in zip(picks.index, picks.to_dict("records"), strict=True):
        single = pd.isna(row["from"])  # nothing to compare with: no changes, only the trend
        entry = {
            "unit": name,
            "from": None if single else row["from"].date().isoformat(),
            "to": row["to"].date().isoformat(),
        }
        for change in CHANGES:
            entry[change] = [] if single else lists.get((name, change), [])
        entry["counts"] = {change: len(entry[change]) for change in CHANGES}
        entry["snapshots"] = trends[name]
        units.append(entry)
    return {"units": units, "warnings": warnings}
