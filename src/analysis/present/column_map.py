"""The columns of an office ledger as the reader understood them, in the user's language:
each header the office typed → the meaning taken and why, then the columns not used."""

from __future__ import annotations

import json

from analysis.i18n import t
from analysis.model.ledger import Ledger


def column_lines(ledger: Ledger, lang: str = "zh") -> list[str]:
    """Lines for `analysis check`: per sheet, every column's reading; empty for other sources."""
    rows = json.loads(ledger.meta.get("column_map") or "[]")
    lines: list[str] = []
    sheet = None
    for r in rows:
        if r["sheet"] != sheet:
            sheet = r["sheet"]
            key = "check_columns_csv" if sheet == "csv" else "check_columns"
            lines.append(t(key, lang, sheet=sheet))
        typed = r["typed"] or "—"
        if r["meaning"]:
            meaning = t(f"meaning_{r['meaning']}", lang)
            lines.append(
                t(
                    "check_column_used",
                    lang,
                    column=r["column"],
                    typed=typed,
                    meaning=meaning,
                    why=_why(r, lang),
                )
            )
        else:
            lines.append(
                t("check_column_unused", lang, column=r["column"], typed=typed, why=_why(r, lang))
            )
    if lines:
        lines.append(t("check_columns_fix", lang))
    return lines


def _why(r: dict, lang: str) -> str:
    """The reason a column was read as it was."""
    how = r["how"]
    if how == "same_meaning":
        return t(
            "column_how_same_meaning",
            lang,
            other=r["other"],
            meaning=t(f"meaning_{r['named']}", lang),
        )
    if how in ("header", "header_part") and not r["meaning"] and r["named"]:
        return t("column_how_not_read", lang, meaning=t(f"meaning_{r['named']}", lang))
    if how == "unknown" and r["kind"]:
        return t("column_how_unknown_kind", lang, kind=t(f"kind_{r['kind']}", lang))
    if how == "content":
        return t("column_how_content", lang, kind=t(f"kind_{r['kind']}", lang))
    return t(f"column_how_{how}", lang, word=r["word"])
