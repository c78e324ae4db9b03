"""A briefing's progress since the unit's previous report, read from the history store."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from analysis.figures.progress import (
    TREND_COLUMNS,
    UnitProgress,
    changes_between,
    items,
    version_row,
)
from analysis.history.snapshots import snapshot_stats
from analysis.history.store import StoreError, open_store
from analysis.model.ledger import Ledger
from analysis.paths import display_path, history_db

log = logging.getLogger(__name__)

PREVIOUS = """
SELECT f.number, f.label, f.title, f.status, f.deadline, f.long_term
FROM findings f WHERE f.snapshot_id = ?
"""


def unit_progress(
    ledger: Ledger, as_of: object, db: Path | str | None = None
) -> UnitProgress | None:
    """This ledger against the unit's latest earlier snapshot; None without one (or a store).

    When the store keeps this very file, its snapshot's date is this version's date and the
    trend stops there; otherwise the ledger is the newest version, as of the briefing's date.
    """
    path = history_db(db)
    if not path.exists():
        return None
    unit = ledger.unit
    with open_store(path, read_only=True) as con:
        stats = snapshot_stats(con, unit)
        kept = stats[stats["sha256"] == ledger.meta.get("ledger_sha256")]
        end = kept["as_of"].iloc[0] if len(kept) else pd.Timestamp(as_of).normalize()
        earlier = stats[stats["as_of"] < end]
        if earlier.empty:
            return None
        previous = earlier.iloc[-1]
        before = con.execute(PREVIOUS, [int(previous["snapshot_id"])]).df()
    before["deadline"] = pd.to_datetime(before["deadline"])
    start = previous["as_of"]
    old = items(before, unit, start)
    new = items(ledger.findings, unit, end)
    changed, warnings = changes_between(old, new)
    for w in warnings:
        log.warning("%s: %s %s → %s", w["code"], w["unit"], w["before"], w["after"])
    trend = pd.concat(
        [earlier[TREND_COLUMNS], pd.DataFrame([version_row(ledger.findings, end)])],
        ignore_index=True,
    )
    return UnitProgress(unit, start, end, changed, trend, display_path(path), warnings)


def briefing_progress(ledger: Ledger, as_of: object, db: str = "") -> UnitProgress | None:
    """unit_progress for a briefing: a store named by the user must work; the default store
    is only used when it can be (a problem with it is logged, and the section left out)."""
    if db:
        return unit_progress(ledger, as_of, db)
    try:
        return unit_progress(ledger, as_of)
    except StoreError as exc:
        log.warning("history store not used: %s", exc.describe())
        return None
