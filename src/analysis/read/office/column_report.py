"""What the reader made of each column, kept with the ledger: the mapping `analysis check`
prints, and one note naming the columns not used (so nothing is dropped without a word)."""

from __future__ import annotations

import json

from analysis.model.errors import Problem
from analysis.read.office.headers import ColumnReading, Columns


def column_map_json(mapped: list[tuple[str, Columns]], sheets: set[str]) -> str:
    """Every read sheet's columns as JSON text (for Ledger.meta, which holds text)."""
    rows = [
        {"sheet": sheet, **_row(r)}
        for sheet, columns in mapped
        if sheet in sheets
        for r in columns.readings
    ]
    return json.dumps(rows, ensure_ascii=False)


def _row(r: ColumnReading) -> dict[str, object]:
    return {
        "column": r.letter,
        "typed": r.typed,
        "meaning": r.meaning,
        "named": r.named,
        "how": r.how,
        "word": r.word,
        "kind": r.kind,
        "other": "" if r.other < 0 else _letter(r.other),
    }


def _letter(j: int) -> str:
    from analysis.read.office.headers import column_letter

    return column_letter(j)


def unused_notes(file: str, mapped: list[tuple[str, Columns]], sheets: set[str]) -> list[Problem]:
    """One note naming each distinct column not used (header and letter), once per file."""
    seen: dict[str, str] = {}
    for sheet, columns in mapped:
        if sheet not in sheets:
            continue
        for r in columns.unused:
            name = r.typed or f"（{r.letter}）"
            seen.setdefault(name, r.letter)
    if not seen:
        return []
    listed = "、".join(f"{name}（{letter}）" for name, letter in seen.items())
    return [Problem(file, code="columns_unused", fields={"columns": listed, "n": len(seen)})]
