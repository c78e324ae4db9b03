"""Tables as readers see them: column names and status values from the catalogue."""

from __future__ import annotations

import pandas as pd

from analysis.i18n import TEXT, t

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
            out[col] = [v.date().isoformat() if pd.notna(v) else "" for v in out[col]]
    names = {c: t(f"col_{c}", lang) for c in out.columns if f"col_{c}" in TEXT}
    out = out.astype(object).where(out.notna(), "")  # not stated: blank, never "<NA>"
    return out.rename(columns=names)
