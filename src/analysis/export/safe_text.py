"""Text made safe for the files we write: no character XML forbids, no text read as a formula.

Every writer (xlsx, csv, pptx, svg, html) passes ledger text through here, so a unit name
like `=cmd|' /C calc'!A0` stays text and a stray control character never crashes a writer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas and numpy load lazily: every writer imports this module
    import pandas as pd

#: Characters XML 1.0 forbids (and DEL), plus lone surrogates, which cannot be encoded.
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
#: What a spreadsheet reads as the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str) -> str:
    """text without the characters XML forbids (tab, newline and CR are kept)."""
    return ILLEGAL.sub("", text)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read this text as a formula."""
    return text.startswith(FORMULA_START)


def csv_text(value: object) -> object:
    """A value for a CSV cell: text that looks like a formula gets a leading apostrophe."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    return "'" + value if looks_like_formula(value) else value


def csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """df with every text cell and header made safe for CSV."""
    import pandas as pd

    safe = df.copy()
    for j in range(safe.shape[1]):
        column = safe.iloc[:, j]
        if pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column):
            safe.isetitem(j, column.map(csv_text))
    safe.columns = [csv_text(str(c)) for c in df.columns]
    return safe


def to_csv(df: pd.DataFrame) -> str:
    """df as CSV text, every text cell safe to open in a spreadsheet."""
    return csv_frame(df).to_csv(index=False)


def clean_strings(value: object) -> object:
    """value (a figure's dict, say) with clean_text applied to every string inside it."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: clean_strings(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_strings(v) for v in value]
    if type(value).__name__ == "ndarray" and value.dtype.kind in "OUS":  # type: ignore[attr-defined]
        return [clean_strings(v) for v in value.tolist()]  # type: ignore[attr-defined]
    return value
