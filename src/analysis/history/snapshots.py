"""Add, list and remove snapshots: one ledger version of one unit, kept with its findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from analysis.figures.as_of import TODAY, default_as_of
from analysis.history.schema import FINDING_COLUMNS, MEASURE_COLUMNS
from analysis.history.store import StoreError, con_path, now_utc, transaction
from analysis.model.ledger import Ledger


@dataclass
class AddResult:
    """What `add_snapshot` did: added a snapshot, or found the same file already kept."""

    added: bool
    snapshot_id: int
    unit: str
    as_of: dt.date
    as_of_basis: str  # ledger | option | today
    findings: int


def findings_frame(ledger: Ledger, snapshot_id: int) -> pd.DataFrame:
    """The ledger's findings as the store keeps them (序号 as written in `label`)."""
    f = ledger.findings
    position = pd.Series(range(1, len(f) + 1), index=f.index).astype("string")
    number_text = f["number"].astype("string")
    status = f["status"].astype("string")
    frame = pd.DataFrame(
        {
            "snapshot_id": snapshot_id,
            "number": f["number"],
            "label": f["label"].fillna(number_text).fillna(position),
            "title": f["title"],
            "status": status,
            "deadline": f["deadline"],
            "long_term": (f["long_term"].fillna(False) | status.eq("long_term").fillna(False)),
            "completed_on": f["completed_on"],
            "department": f["department"],
            "leader": f["leader"],
        }
    )
    return frame[FINDING_COLUMNS]


def measures_frame(ledger: Ledger, snapshot_id: int) -> pd.DataFrame:
    """The ledger's measures as the store keeps them."""
    m = ledger.measures
    frame = pd.DataFrame(
        {
            "snapshot_id": snapshot_id,
            "finding_number": m["finding_number"],
            "seq": m["seq"],
            "text": m["text"],
        }
    )
    return frame[MEASURE_COLUMNS]


def add_snapshot(
    con: duckdb.DuckDBPyConnection,
    ledger: Ledger,
    unit: str | None = None,
    as_of: object = None,
) -> AddResult:
    """Keep this ledger version; the same file for the same unit again changes nothing."""
    unit = unit or ledger.unit
    sha = ledger.meta["ledger_sha256"]
    when, basis = _as_of(ledger, as_of)
    with transaction(con):
        unit_id = _unit_id(con, unit)
        kept = con.execute(
            "SELECT snapshot_id, as_of, as_of_basis, findings FROM snapshots "
            "WHERE unit_id = ? AND sha256 = ?",
            [unit_id, sha],
        ).fetchone()
        if kept:
            return AddResult(False, kept[0], unit, kept[1], kept[2], kept[3])
        clash = con.execute(
            "SELECT source_file FROM snapshots WHERE unit_id = ? AND as_of = ?", [unit_id, when]
        ).fetchone()
        if clash:
            raise StoreError(
                con_path(con),
                "history_same_date",
                file=ledger.meta.get("ledger_file", ""),
                unit=unit,
                as_of=when.isoformat(),
                other=clash[0],
            )
        snapshot_id = _next_id(con, "snapshots", "snapshot_id")
        con.execute(
            "INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                snapshot_id,
                unit_id,
                when,
                basis,
                ledger.meta.get("ledger_file", ""),
                sha,
                now_utc(),
                len(ledger.findings),
            ],
        )
        _insert_rows(con, "findings", findings_frame(ledger, snapshot_id))
        _insert_rows(con, "measures", measures_frame(ledger, snapshot_id))
    return AddResult(True, snapshot_id, unit, when, basis, len(ledger.findings))


def _as_of(ledger: Ledger, as_of: object) -> tuple[dt.date, str]:
    """The version's date, as the briefing takes it (figures.as_of), and its basis."""
    if as_of:
        return pd.Timestamp(as_of).date(), "option"
    when, basis = default_as_of(ledger)
    return when.date(), "today" if basis == TODAY else "ledger"


def _unit_id(con: duckdb.DuckDBPyConnection, unit: str) -> int:
    row = con.execute("SELECT unit_id FROM units WHERE name = ?", [unit]).fetchone()
    if row:
        return row[0]
    unit_id = _next_id(con, "units", "unit_id")
    con.execute("INSERT INTO units VALUES (?, ?)", [unit_id, unit])
    return unit_id


def _next_id(con: duckdb.DuckDBPyConnection, table: str, column: str) -> int:
    row = con.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchone()
    return int(row[0]) if row else 1


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert a frame whose columns are the table's, in order."""
    con.register("_incoming", frame)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM _incoming")
    finally:
        con.unregister("_incoming")


SNAPSHOT_STATS = """
SELECT s.snapshot_id, u.name AS unit, s.as_of, s.source_file, s.sha256, s.added_at,
       s.as_of_basis,
       count(f.snapshot_id) AS findings,
       count(*) FILTER (WHERE f.status = 'completed') AS completed,
       count(*) FILTER (WHERE f.snapshot_id IS NOT NULL
                        AND f.status IS DISTINCT FROM 'completed') AS open,
       count(*) FILTER (WHERE f.deadline < s.as_of AND f.status IS DISTINCT FROM 'completed'
                        AND NOT f.long_term) AS overdue
FROM snapshots s JOIN units u USING (unit_id) LEFT JOIN findings f USING (snapshot_id)
WHERE ($unit IS NULL OR u.name = $unit)
  AND ($start IS NULL OR s.as_of >= $start) AND ($end IS NULL OR s.as_of <= $end)
GROUP BY ALL
ORDER BY unit, s.as_of
"""


def snapshot_stats(
    con: duckdb.DuckDBPyConnection,
    unit: str | None = None,
    start: object = None,
    end: object = None,
) -> pd.DataFrame:
    """Every kept snapshot (per unit, by date) with its counts: the trend behind the report."""
    params = {"unit": unit, "start": _date(start), "end": _date(end)}
    stats = con.execute(SNAPSHOT_STATS, params).df()
    stats["as_of"] = pd.to_datetime(stats["as_of"])
    total = stats["findings"].where(stats["findings"] > 0)
    stats["completion_rate"] = stats["completed"] / total
    return stats


def _date(value: object) -> dt.date | None:
    return pd.Timestamp(value).date() if value else None


def find_snapshot(
    con: duckdb.DuckDBPyConnection,
    snapshot_id: int | None = None,
    unit: str | None = None,
    as_of: object = None,
) -> pd.DataFrame:
    """The snapshots a remove would take out: by id, or by unit and as-of date."""
    stats = snapshot_stats(con, unit, as_of, as_of) if unit and as_of else snapshot_stats(con)
    if snapshot_id is not None:
        stats = stats[stats["snapshot_id"] == snapshot_id]
    return stats.reset_index(drop=True)


def remove_snapshot(con: duckdb.DuckDBPyConnection, snapshot_id: int) -> None:
    """Take a snapshot and its rows out; a unit left without snapshots goes too."""
    with transaction(con):
        con.execute("DELETE FROM measures WHERE snapshot_id = ?", [snapshot_id])
        con.execute("DELETE FROM findings WHERE snapshot_id = ?", [snapshot_id])
        con.execute("DELETE FROM snapshots WHERE snapshot_id = ?", [snapshot_id])
        con.execute("DELETE FROM units WHERE unit_id NOT IN (SELECT unit_id FROM snapshots)")
