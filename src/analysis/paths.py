"""Where the project's data and outputs live: the one module that owns paths."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("ANALYSIS_DATA_DIR", REPO_ROOT / "data"))
RAW_NOTICE = DATA_DIR / "raw" / "000_92b92515acb86431.txt"
ANNOTATIONS = DATA_DIR / "annotations.yaml"
BUNDLED_LEDGER = DATA_DIR / "ledger.xlsx"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
REQUIREMENTS_LOCK = REPO_ROOT / "requirements.lock"
OUTPUTS_ENV = "ANALYSIS_OUTPUTS_DIR"


def outputs_dir(cwd: Path | None = None) -> Path:
    """Where outputs go by default: $ANALYSIS_OUTPUTS_DIR, else ./outputs of the current
    folder; anywhere inside the project (notebooks/ included) that is the project's outputs/."""
    if os.environ.get(OUTPUTS_ENV):
        return Path(os.environ[OUTPUTS_ENV])
    try:
        here = (cwd or Path.cwd()).resolve()
    except FileNotFoundError:  # the current folder was deleted
        return REPO_ROOT / "outputs"
    if here == REPO_ROOT or REPO_ROOT in here.parents:
        return REPO_ROOT / "outputs"
    return here / "outputs"


#: outputs_dir() as of import; commands call outputs_dir() when they run.
OUTPUTS_DIR = outputs_dir()


#: The kept history of ledger versions (DuckDB), unless ANALYSIS_HISTORY_DB names another file.
HISTORY_DB_ENV = "ANALYSIS_HISTORY_DB"
DEFAULT_HISTORY_DB = DATA_DIR / "history.duckdb"


def history_db(path: Path | str | None = None) -> Path:
    """The history store to use: path when given, else $ANALYSIS_HISTORY_DB, else the default."""
    if path:
        return Path(path)
    return Path(os.environ.get(HISTORY_DB_ENV) or DEFAULT_HISTORY_DB)


def display_path(path: Path | str) -> str:
    """A path as users should see it: relative to the project when inside it."""
    p = Path(path).resolve()
    try:
        return str(p.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)
