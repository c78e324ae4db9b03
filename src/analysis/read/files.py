"""Files the user names: an existing file, not a folder; else one located message."""

from __future__ import annotations

from pathlib import Path

from analysis.model.errors import LedgerError, Problem


def require_file(path: Path) -> None:
    """A LedgerError unless path is an existing file (missing, or a folder)."""
    if path.is_dir():
        raise LedgerError([Problem(str(path), code="os.EISDIR")])
    if not path.exists():
        raise LedgerError([Problem(str(path), code="os.ENOENT")])
