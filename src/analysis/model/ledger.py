"""The Ledger: one DataFrame per table, plus what is known about where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.model import schema

#: The sheet of a package-written ledger workbook that holds meta and warnings.
META_SHEET = "meta"


@dataclass
class Ledger:
    """A findings ledger. Tables are attributes: ledger.findings, ledger.measures, …"""

    tables: dict[str, pd.DataFrame]
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(v)}" for k, v in self.tables.items() if len(v))
        return f"Ledger({self.meta.get('unit', '?')}: {counts})"

    def declared_value(self, figure: str) -> float | None:
        """The first value the source declares for a figure, or None when it says nothing."""
        rows = self.declared[self.declared["figure"] == figure]
        return None if rows.empty else float(rows["value"].iloc[0])

    @property
    def unit(self) -> str:
        """The unit's name as the ledger states it."""
        return self.meta.get("unit") or "未命名单位"

    @property
    def titled_unit(self) -> str | None:
        """The unit a document's title may name: None when the file's bare name stands in
        (c01_basic巡察整改情况报告 is no title), else the stated or recognised unit."""
        unit = str(self.meta.get("unit") or "")
        stem = Path(str(self.meta.get("source_file") or "")).stem
        stand_in = self.meta.get("unit_basis") == "file_name" and unit == stem
        return None if stand_in or not unit else unit


def sha256_of(path: Path | str) -> str:
    """Hex SHA-256 of a file, used to tie a briefing to the exact ledger it read."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def from_rows(rows: dict[str, list[dict]], meta: dict[str, str], warnings: list[str]) -> Ledger:
    """Build a Ledger from rows per table, every table present and typed."""
    return from_frames({name: pd.DataFrame(r) for name, r in rows.items()}, meta, warnings)


def from_frames(
    frames: dict[str, pd.DataFrame], meta: dict[str, str], warnings: list[str]
) -> Ledger:
    """Build a Ledger from DataFrames per table, every table present and typed."""
    tables = {
        name: schema.conform(frames[name], name)
        if name in frames and len(frames[name])
        else schema.empty(name)
        for name in schema.TABLES
    }
    return Ledger(tables=tables, meta=meta, warnings=warnings)
