"""Roll many notices and ledgers up into one table, one row per unit, to compare units."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.figures.summary import reconciliation, summary
from analysis.i18n import DEFAULT_LANG
from analysis.model.errors import AnalysisError, LedgerError
from analysis.read.load import NOTICE_SUFFIXES, load_ledger

LEDGER_SUFFIXES = (".xlsx", ".xlsm", ".csv")
COLUMNS = [
    "unit",
    "file",
    "kind",
    "inspection_start",
    "feedback",
    "published",
    "declared_problems",
    "declared_completed",
    "declared_rate",
    "counted_rate",
    "ledger_findings",
    "ledger_completed",
    "ledger_rate",
    "stated_rate_agrees",
    "reconciliation_agrees",
    "days_feedback_to_publication",
    "warnings",
    "error",
]


def collect(inputs: list[str | Path]) -> list[Path]:
    """Files named, and the notices and ledgers inside folders named (sorted, not recursive)."""
    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files += sorted(
                p for p in item.iterdir() if p.suffix.lower() in NOTICE_SUFFIXES + LEDGER_SUFFIXES
            )
        else:
            files.append(item)
    return files


def unit_row(path: Path, lang: str = DEFAULT_LANG) -> dict:
    """One unit's figures; a file that cannot be read gives a row with its error (in lang)."""
    try:
        ledger = load_ledger(path)
    except AnalysisError as exc:  # any input's fault is that row's error, never the roll-up's
        if isinstance(exc, LedgerError):
            reason = exc.problems[0].located(lang)
        else:
            reason = exc.describe(lang)
        return {"file": path.name, "error": reason}
    s = summary(ledger)
    events = ledger.events.drop_duplicates("kind").set_index("kind")["date"]
    rec = reconciliation(ledger)
    counted = rec[rec["basis"] == "declared counts"]
    counts = counted["agrees"]
    ledger_rows = rec[rec["basis"] == "ledger"]["agrees"]
    feedback, published = events.get("feedback"), events.get("publication")
    known = ledger.findings["status"].notna().any()
    return {
        "unit": ledger.unit,
        "file": path.name,
        "kind": ledger.meta.get("source_kind", ""),
        "inspection_start": events.get("inspection_start"),
        "feedback": feedback,
        "published": published,
        "declared_problems": s["declared"]["problems"],
        "declared_completed": s["declared"]["completed"],
        "declared_rate": s["declared"]["completion_rate"],
        "counted_rate": float(counted["ledger"].iloc[0]) if len(counted) else None,
        "ledger_findings": s["findings"]["total"],
        "ledger_completed": s["findings"]["completed"] if known else None,
        "ledger_rate": s["findings"]["completion_rate"] if known else None,
        "stated_rate_agrees": bool(counts.iloc[0]) if len(counts) else None,
        "reconciliation_agrees": bool(ledger_rows.all()) if len(ledger_rows) else None,
        "days_feedback_to_publication": (published - feedback).days
        if feedback is not None and published is not None
        else None,
        "warnings": len(ledger.warnings),
        "error": None,
    }


def rollup(inputs: list[str | Path], lang: str = DEFAULT_LANG) -> pd.DataFrame:
    """The roll-up table for the inputs (files or folders); errors are worded in lang."""
    rows = [unit_row(p, lang) for p in collect(inputs)]
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("inspection_start", "feedback", "published"):
        df[col] = pd.to_datetime(df[col])
    for col in (
        "declared_problems",
        "declared_completed",
        "ledger_findings",
        "ledger_completed",
        "days_feedback_to_publication",
        "warnings",
    ):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in ("declared_rate", "counted_rate", "ledger_rate"):
        df[col] = pd.to_numeric(df[col]).astype("Float64")
    for col in ("stated_rate_agrees", "reconciliation_agrees"):
        df[col] = df[col].astype("boolean")
    return df


def disagreement_table(df: pd.DataFrame) -> pd.DataFrame:
    """Units whose stated rate disagrees with their own counts."""
    bad = df[df["stated_rate_agrees"].eq(False).fillna(False)]
    return bad[
        ["unit", "file", "declared_problems", "declared_completed", "declared_rate"]
    ].reset_index(drop=True)
