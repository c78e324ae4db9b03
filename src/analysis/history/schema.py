"""The history store's schema, its version number, and the migrations that reach it.

Schema version 1 (one row per ...):

- ``meta(key, value)``: ``schema_version`` and ``created_by`` (the package version).
- ``units(unit_id, name)``: each unit (单位) once, by the name its ledger states or ``--unit``.
- ``snapshots(snapshot_id, unit_id, as_of, as_of_basis, source_file, sha256, added_at,
  findings)``: one kept ledger version. ``as_of`` is the date the version describes,
  ``as_of_basis`` where that date came from (ledger | option | today), ``sha256`` the file's
  hash (a unit keeps a file once), ``added_at`` when it was added (UTC).
- ``findings(snapshot_id, number, label, title, status, deadline, long_term, completed_on,
  department, leader)``: the problems (问题) of a snapshot. ``number`` is the 序号 as a
  whole number, ``label`` the 序号 as the ledger writes it.
- ``measures(snapshot_id, finding_number, seq, text)``: the 整改措施 of each problem.

A store is opened only by a program that knows its version: an older store is migrated in
one transaction, a newer one is refused (an older program must not write a newer layout).
"""

from __future__ import annotations

SCHEMA_VERSION = 1

#: version -> statements that bring a store from version-1 to version.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        "CREATE TABLE units (unit_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE)",
        """CREATE TABLE snapshots (
            snapshot_id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL,
            as_of DATE NOT NULL,
            as_of_basis VARCHAR NOT NULL,
            source_file VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            added_at TIMESTAMP NOT NULL,
            findings INTEGER NOT NULL,
            UNIQUE (unit_id, sha256),
            UNIQUE (unit_id, as_of)
        )""",
        """CREATE TABLE findings (
            snapshot_id INTEGER NOT NULL,
            number INTEGER,
            label VARCHAR NOT NULL,
            title VARCHAR,
            status VARCHAR,
            deadline DATE,
            long_term BOOLEAN NOT NULL,
            completed_on DATE,
            department VARCHAR,
            leader VARCHAR
        )""",
        """CREATE TABLE measures (
            snapshot_id INTEGER NOT NULL,
            finding_number INTEGER,
            seq INTEGER,
            text VARCHAR
        )""",
    ],
}

#: Columns of the findings table, in order (what a snapshot's findings frame must carry).
FINDING_COLUMNS = [
    "snapshot_id",
    "number",
    "label",
    "title",
    "status",
    "deadline",
    "long_term",
    "completed_on",
    "department",
    "leader",
]
MEASURE_COLUMNS = ["snapshot_id", "finding_number", "seq", "text"]
