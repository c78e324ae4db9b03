"""The ledger's tables, their columns and dtypes: the one place the layout is defined."""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

#: open: the office wrote 未完成 (not finished, not known to be started or not);
#: unrecognised: a status cell the reader could not classify (kept, shown 未识别, reported).
STATUSES = ["completed", "in_progress", "long_term", "open", "not_started", "unrecognised"]
STATUS_DTYPE = pd.CategoricalDtype(STATUSES)

#: Columns every row carries so that a figure traces back to its source.
PROVENANCE = {
    "source_file": "string",
    "source_row": "Int64",
    "source_text": "string",
    "span_start": "Int64",
    "span_end": "Int64",
}

TABLES: dict[str, dict[str, object]] = {
    "findings": {
        "number": "Int64",
        "label": "string",
        "title": "string",
        "parent": "string",
        "aspect": "string",
        "category": "string",
        "status": STATUS_DTYPE,
        "status_basis": "string",
        "measures_text": "string",
        "leader": "string",
        "department": "string",
        "co_department": "string",
        "deadline": "datetime64[ns]",
        "deadline_text": "string",
        "long_term": "boolean",
        "progress": "string",
        "completed_on": "datetime64[ns]",
        "evidence": "string",
        "remarks": "string",
        "source_sheet": "string",
        **PROVENANCE,
    },
    "measures": {
        "finding_number": "Int64",
        "seq": "Int64",
        "marker": "string",
        "heading": "string",
        "text": "string",
        "enumerated": "boolean",
        "status": STATUS_DTYPE,
        "deadline": "datetime64[ns]",
        "long_term": "boolean",
        "department": "string",
        "completed_on": "datetime64[ns]",
        "source_sheet": "string",
        **PROVENANCE,
    },
    "plan": {
        "section": "string",
        "seq": "Int64",
        "marker": "string",
        "heading": "string",
        "text": "string",
        **PROVENANCE,
    },
    "declared": {
        "figure": "string",
        "value": "Float64",
        "phrase": "string",
        "mention": "Int64",
        "role": "string",  # found, or the status word's role (notices: read/notice/quantities)
        "phrase_start": "Int64",  # the count's own span within source_text's file
        "phrase_end": "Int64",
        **PROVENANCE,
    },
    "events": {
        "date": "datetime64[ns]",
        "precision": "string",
        "year_inferred": "boolean",
        "kind": "string",
        "description": "string",
        **PROVENANCE,
    },
    "delegates": {
        "congress": "string",
        "total": "Int64",
        "indicator": "string",
        "label": "string",
        "comparator": "string",
        "threshold": "Float64",
        "quantified": "boolean",
        "min_count": "Int64",
        **PROVENANCE,
    },
    "organisations": {
        "name": "string",
        "federation": "string",
        "sector": "string",
        "items": "string",
        "lists": "Int64",
        "established_year": "Int64",
        **PROVENANCE,
    },
    "pilots": {
        "level": "string",
        "name": "string",
        "count": "Int64",
        "count_stated": "boolean",
        "item": "Int64",
        **PROVENANCE,
    },
    "awards": {
        "level": "string",
        "name": "string",
        "count": "Int64",
        "unit": "string",
        "item": "Int64",
        **PROVENANCE,
    },
    "tallies": {
        "kind": "string",
        "value": "Float64",
        "unit": "string",
        "phrase": "string",
        **PROVENANCE,
    },
}

#: Declared-total figures, in the order the summary reports them.
DECLARED_FIGURES = [
    "aspects",
    "categories",
    "problems",
    "tasks",
    "measures",
    "completed",
    "in_progress",
    "long_term",
    "not_completed",
    "completion_rate",
]


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and dtypes."""
    return _empty(table).copy()


@functools.cache
def _empty(table: str) -> pd.DataFrame:
    return conform(pd.DataFrame(), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return df with exactly the table's columns, in order, cast to their dtypes."""
    n = len(df)
    columns = {}
    for col, dtype in TABLES[table].items():
        if col in df.columns:
            columns[col] = _cast(df[col].reset_index(drop=True), dtype)
        else:
            columns[col] = _missing_column(table, col, n)
    return pd.DataFrame(columns, index=range(n))


def _missing_column(table: str, col: str, n: int) -> pd.Series:
    """n missing values of the column's dtype (taken from the empty table: no n objects)."""
    if not n:
        return _cast(pd.Series([], dtype=object, name=col), TABLES[table][col])
    blank = _empty(table)[col].array.take(np.full(n, -1, dtype=np.intp), allow_fill=True)
    return pd.Series(blank, name=col)


def _cast(values: pd.Series, dtype: object) -> pd.Series:
    if values.dtype == pd.api.types.pandas_dtype(dtype):  # a dtype object: "string" ≠ "str"
        return values
    if isinstance(values.dtype, pd.CategoricalDtype) and not isinstance(dtype, pd.CategoricalDtype):
        # one value per category, then the codes (a file's name for 100,000 rows: one string)
        kinds = _cast(pd.Series(values.cat.categories), dtype).array
        codes = values.cat.codes.to_numpy(dtype=np.intp)
        return pd.Series(kinds.take(codes, allow_fill=True), name=values.name)
    if dtype == "datetime64[ns]":
        return pd.to_datetime(values, errors="raise").astype("datetime64[ns]")
    if dtype == "boolean":
        if values.dtype == bool:
            return values.astype("boolean")
        return values.map(_to_bool).astype("boolean")
    if dtype in ("Int64", "Float64"):
        return pd.to_numeric(values.where(values.notna(), None), errors="raise").astype(dtype)
    if dtype == "string":
        return values.astype("string")
    return values.astype(dtype)


def _missing(v: object) -> bool:
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT


def _to_bool(v: object) -> object:
    if _missing(v):
        return pd.NA
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes", "是")
    return bool(v)
