"""The history store from a notebook: the trend of every unit, the report, or any SQL query."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from analysis.history.compare import report
from analysis.history.snapshots import snapshot_stats
from analysis.history.store import open_store
from analysis.paths import display_path, history_db

log = logging.getLogger(__name__)


def _exists(db: Path | str | None) -> bool:
    """Whether the store exists; without one the queries answer empty, as documented."""
    path = history_db(db)
    if not path.exists():
        log.info("no history store at %s (add ledgers: analysis history add)", display_path(path))
        return False
    return True


def history_trends(db: Path | str | None = None, unit: str | None = None) -> pd.DataFrame:
    """Every kept snapshot with its counts and completion rate (empty without a store)."""
    if not _exists(db):
        return pd.DataFrame(
            columns=["unit", "as_of", "findings", "completed", "open", "overdue", "completion_rate"]
        )
    with open_store(db, read_only=True) as con:
        return snapshot_stats(con, unit)


def history_report(
    db: Path | str | None = None, unit: str | None = None, start: object = None, end: object = None
) -> dict:
    """What `analysis history report --json` prints, as a dict."""
    if not _exists(db):
        return {"units": [], "warnings": []}
    with open_store(db, read_only=True) as con:
        return report(con, unit, start, end)


def history_sql(sql: str, db: Path | str | None = None, params: object = None) -> pd.DataFrame:
    """Run a read-only SQL query over the store (tables: units, snapshots, findings, measures)."""
    if not _exists(db):
        return pd.DataFrame()
    with open_store(db, read_only=True) as con:
        return con.execute(sql, params).df()
