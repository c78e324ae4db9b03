"""Tables as readers see them: column names and status values from the catalogue."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.i18n import TEXT, pct, t

STATUS_COLUMNS = ("status",)
DATE_COLUMNS = ("deadline", "completed_on", "date", "published", "inspection_start", "feedback")


def localise(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A copy with known column names and status values in lang, dates as YYYY-MM-DD,
    and blanks where a value is not stated.

    Columns without a catalogue entry (`col_<name>`) keep their names.
    """
    out = frame.copy()
    for col in out.columns:
        if col in STATUS_COLUMNS:
            out[col] = [t(s, lang) if pd.notna(s) else t("unknown", lang) for s in out[col]]
        elif col in DATE_COLUMNS:
            out[col] = [_iso(v) for v in out[col]]
    names = {c: t(f"col_{c}", lang) for c in out.columns if f"col_{c}" in TEXT}
    out = out.astype(object).where(out.notna(), "")  # not stated: blank, never "<NA>"
    return out.rename(columns=names)


def _iso(value: object) -> object:
    """A date as YYYY-MM-DD; text (a date already written for a document) kept as it is."""
    if isinstance(value, str):
        return value
    return pd.Timestamp(value).date().isoformat() if pd.notna(value) else ""


#: Columns a table drops when the ledger leaves every cell of them empty.
OPTIONAL_COLUMNS = ("department", "leader", "deadline", "aspect", "category")


def without_empty(frame: pd.DataFrame) -> pd.DataFrame:
    """frame without the optional columns the ledger leaves empty throughout (a blank column
    says nothing; 数据说明 says once what the ledger lacks)."""
    empty = [c for c in OPTIONAL_COLUMNS if c in frame and frame[c].replace("", None).isna().all()]
    return frame.drop(columns=empty)


#: The roll-up columns `analysis rollup` prints, in this order (--json and --out keep them all).
ROLLUP_SHOWN = (
    "unit",
    "file",
    "kind",
    "published",
    "declared_problems",
    "declared_completed",
    "declared_rate",
    "counted_rate",
    "ledger_rate",
    "stated_rate_agrees",
    "days_feedback_to_publication",
)
RATE_COLUMNS = ("declared_rate", "counted_rate", "ledger_rate")
#: A source kind (ledger.meta["source_kind"]) and the word readers know it by.
KIND_WORDS = {"notice": "what_notice", "office_ledger": "what_ledger"}


def readable_rollup(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The roll-up as a reader sees it: ROLLUP_SHOWN with headers in lang, rates as
    percentages, yes/no in words, kinds in words, dates as YYYY-MM-DD, — where unknown."""
    cells = {t(f"col_{c}", lang): [_cell(c, v, lang) for v in table[c]] for c in ROLLUP_SHOWN}
    return pd.DataFrame(cells, dtype=object)


def _cell(col: str, value: object, lang: str) -> str:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) or value == "":
        return "—"
    if col in RATE_COLUMNS:
        return pct(float(value))  # type: ignore[arg-type]
    if col == "kind":
        return t(KIND_WORDS[value], lang) if value in KIND_WORDS else str(value)
    if isinstance(value, bool | np.bool_):
        return t("yes" if value else "no", lang)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def rollup_sheet(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every roll-up column for the workbook: headers in lang, kinds and yes/no in words,
    dates as YYYY-MM-DD, numbers (rates too) kept as numbers for the reader to sort and sum."""
    out = table.copy()
    out["kind"] = [t(KIND_WORDS[k], lang) if k in KIND_WORDS else k for k in out["kind"]]
    for col in ("stated_rate_agrees", "reconciliation_agrees"):
        out[col] = [
            "" if pd.isna(v) else t("yes" if v else "no", lang) for v in out[col].astype(object)
        ]
    return localise(out, lang)
