"""The roll-up table as rollup.xlsx (for people: headers and words in their language) and
rollup.csv (for programs: the column names and values `--json` gives)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.export.atomic import write_text
from analysis.export.safe_text import to_csv
from analysis.export.xlsx import write_workbook
from analysis.i18n import DEFAULT_LANG, t
from analysis.present.tables import rollup_sheet


def write_rollup(df: pd.DataFrame, out_dir: Path, lang: str = DEFAULT_LANG) -> list[Path]:
    """rollup.xlsx and rollup.csv in out_dir (atomic; no cell can become a formula)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    xlsx, csv = out_dir / "rollup.xlsx", out_dir / "rollup.csv"
    write_workbook(xlsx, {t("rollup_sheet_name", lang): rollup_sheet(df, lang)})
    write_text(csv, to_csv(df))
    return [xlsx, csv]
