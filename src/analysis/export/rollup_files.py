"""The roll-up table as rollup.xlsx and rollup.csv."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.export.atomic import write_text
from analysis.export.xlsx import write_workbook


def write_rollup(df: pd.DataFrame, out_dir: Path) -> list[Path]:
    """rollup.xlsx and rollup.csv in out_dir (atomic)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    xlsx, csv = out_dir / "rollup.xlsx", out_dir / "rollup.csv"
    write_workbook(xlsx, {"rollup": df})
    write_text(csv, df.to_csv(index=False))
    return [xlsx, csv]
