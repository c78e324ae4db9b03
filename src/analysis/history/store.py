"""The history store: one DuckDB file, opened briefly by one process at a time.

DuckDB lets one process hold a database file; a second process waits here (retrying) and,
if the first does not finish in time, is told the store is busy. Every write runs in one
transaction, so an add that fails or is killed midway leaves no partial snapshot.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from analysis import __version__
from analysis.history.schema import MIGRATIONS, SCHEMA_VERSION
from analysis.model.errors import AnalysisError, Problem
from analysis.paths import display_path, history_db

log = logging.getLogger(__name__)

#: Seconds a command waits for another process to release the store.
DEFAULT_WAIT = 10.0
_RETRY_EVERY = 0.1


class StoreError(AnalysisError):
    """The history store cannot be used as asked (missing, busy, newer, conflicting)."""

    code = "history_error"

    def __init__(self, path: Path | str, code: str, **fields: object):
        fields = {"db": display_path(path), **fields}
        super().__init__([Problem("", code=code, fields=fields)])


class StoreBusy(StoreError):
    """Another process kept the store longer than this one would wait."""


class NewerStore(StoreError):
    """The store was written by a newer version of the package."""


@contextmanager
def open_store(
    path: Path | str | None = None, read_only: bool = False, wait: float = DEFAULT_WAIT
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the store at its current schema; closed (and the file released) on exit.

    read_only needs an existing store; otherwise the file is created and migrated as needed.
    """
    db = history_db(path)
    if read_only and not db.exists():
        raise StoreError(db, "history_no_store")
    if not read_only:
        db.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(db, read_only, wait)
    try:
        version = schema_version(con)
        if version > SCHEMA_VERSION:
            raise NewerStore(db, "history_newer_schema", found=version, known=SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            if read_only:
                con.close()
                con = _connect(db, False, wait)
            migrate(con, version)
        yield con
    finally:
        con.close()


def _connect(db: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Connect, retrying while another process holds the file's lock."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(db), read_only=read_only)
        except duckdb.IOException as exc:
            if "not a valid duckdb database" in str(exc).lower():
                raise StoreError(db, "history_not_a_store") from None
            if "lock" not in str(exc).lower():
                raise StoreError(db, "history_cannot_open", reason=str(exc)) from None
            if time.monotonic() >= deadline:
                raise StoreBusy(db, "history_busy", seconds=f"{wait:g}") from None
            time.sleep(_RETRY_EVERY)
        except duckdb.Error as exc:
            raise StoreError(db, "history_cannot_open", reason=str(exc)) from None


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The store's schema version; 0 for an empty file."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "meta" not in tables:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """Bring the store from version to SCHEMA_VERSION in one transaction."""
    with transaction(con):
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[step]:
                con.execute(statement)
            log.info("history store migrated to schema %d", step)
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
            [str(SCHEMA_VERSION), f"analysis {__version__}"],
        )


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT, rolled back when anything inside fails."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def store_stamp(path: Path | str | None = None) -> str:
    """Size and modification time of the store's files ('' without a store): a briefing that
    shows 本期进展 is rendered again once the store has changed."""
    db = history_db(path)
    files = [f for f in (db, db.with_name(db.name + ".wal")) if f.exists()]
    return "".join(f"{f.stat().st_size}:{f.stat().st_mtime_ns};" for f in files)


def con_path(con: duckdb.DuckDBPyConnection) -> str:
    """The file a connection has open (for messages)."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE NOT internal").fetchone()
    return str(row[0]) if row else ""


def now_utc() -> dt.datetime:
    """When a snapshot is added, in UTC without a zone (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
