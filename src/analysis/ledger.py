"""The Ledger: one DataFrame per table, plus what is known about where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from . import schema
from .errors import LedgerError, NoticeError, Problem
from .notice import NoticeTables, looks_like_notice, parse_notice
from .noticetext import read_notice_text
from .xlsx import write_workbook

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


def ingest_notice(path: Path | str, annotations: Path | str | None = None) -> Ledger:
    """Read a published notice into a Ledger; annotations add facts the text does not hold."""
    path = Path(path)
    text = read_notice_text(path)
    parsed = parse_notice(text, source_file=path.name)
    if not looks_like_notice(parsed, text):
        raise NoticeError(
            f"{path.name}: not a rectification notice (no problems, no declared totals)"
        )
    meta = {
        "source_file": path.name,
        "source_sha256": sha256_of(path),
        "source_kind": "notice",
        **parsed.meta,
    }
    if annotations:
        _apply_annotations(parsed, meta, Path(annotations))
    return from_rows(parsed.rows, meta, parsed.warnings)


def _apply_annotations(parsed: NoticeTables, meta: dict[str, str], path: Path) -> None:
    """Add labelled facts from outside the text (publication date, full unit name)."""
    notes = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    basis = notes.get("basis", "annotation")
    for key in ("unit", "publisher", "url"):
        if notes.get(key):
            meta[key] = str(notes[key])
    meta["annotations"] = path.name
    if notes.get("published"):
        meta["published"] = str(notes["published"])
        parsed.add(
            "events",
            {
                "date": str(notes["published"]),
                "precision": "day",
                "year_inferred": False,
                "kind": "publication",
                "description": notes.get("published_description", "整改情况通报公布"),
                "source_file": path.name,
                "source_text": basis,
            },
        )


def write_ledger(ledger: Ledger, path: Path | str) -> None:
    """Write the ledger as an .xlsx workbook: one sheet per table and a meta sheet."""
    sheets = dict(ledger.tables)
    meta_rows = list(ledger.meta.items()) + [("warning", w) for w in ledger.warnings]
    sheets[META_SHEET] = pd.DataFrame(meta_rows, columns=["key", "value"])
    write_workbook(path, sheets)


def is_ledger_workbook(sheet_names: list[str]) -> bool:
    """True for a workbook this package wrote (it has the findings and meta sheets)."""
    return "findings" in sheet_names and META_SHEET in sheet_names


def read_ledger_workbook(path: Path | str) -> Ledger:
    """Read a workbook written by write_ledger, checking every sheet against the schema."""
    path = Path(path)
    sheets = pd.read_excel(path, sheet_name=None, engine="calamine", dtype=object)
    problems = []
    tables = {}
    for name, columns in schema.TABLES.items():
        df = sheets.get(name)
        if df is None:
            tables[name] = schema.empty(name)
            continue
        missing = [c for c in columns if c not in df.columns]
        problems += [Problem(path.name, "missing column", name, 1, c) for c in missing]
        try:
            tables[name] = schema.conform(df, name)
        except (ValueError, TypeError) as exc:
            problems.append(Problem(path.name, f"values do not fit the schema: {exc}", name))
    if problems:
        raise LedgerError(problems)
    meta_df = sheets[META_SHEET]
    meta, warnings = {}, []
    for key, value in zip(meta_df["key"], meta_df["value"], strict=True):
        if key == "warning":
            warnings.append(str(value))
        else:
            meta[str(key)] = "" if pd.isna(value) else str(value)
    return Ledger(tables=tables, meta=meta, warnings=warnings, path=path)
