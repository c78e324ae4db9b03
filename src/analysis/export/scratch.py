"""One temporary folder per run, and no leftovers from runs that were killed.

Libraries write temporary files of their own (the browser's profile, kernels' files): the
command line points TMPDIR at one folder per run (`analysis-run-<pid>-…`), removed when the
run ends, so a run leaves nothing behind in the system's temporary folder. A run that was
killed (SIGKILL, a power cut) cannot clean up: the next run removes its folder, and the next
render into an output root removes the hidden `.<date>.tmp-<pid>-…` folders it left in any
unit's folder, once their process is gone.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

from analysis.export.atomic import TMP_MARK, remove_ended

RUN_PREFIX = "analysis-run-"
_FOLDER: Path | None = None
_STALE = re.compile(rf"^\..+?(?:{re.escape(TMP_MARK)}|\.old-)(\d+)")


def start_run_folder() -> Path:
    """This run's temporary folder, made TMPDIR for it and its children and removed at exit;
    the folders of earlier runs whose process is gone are removed first. One per process."""
    global _FOLDER
    if _FOLDER is not None:
        return _FOLDER
    base = Path(tempfile.gettempdir())
    remove_stale_runs(base)
    folder = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-", dir=base))
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    atexit.register(shutil.rmtree, folder, True)  # after the browser closes (atexit is LIFO)
    _FOLDER = folder
    return folder


def remove_stale_runs(base: Path) -> list[Path]:
    """Remove the run folders in base whose process has ended."""
    pattern = re.compile(rf"^{re.escape(RUN_PREFIX)}(\d+)-")
    return remove_ended(base, pattern)


def remove_stale_renders(out_root: Path) -> list[Path]:
    """Remove the hidden temporary folders killed renders left in any unit folder of out_root
    (`<unit>/.<date>.tmp-<pid>-…`, `<unit>/.<date>.old-<pid>`), once their process is gone."""
    removed: list[Path] = []
    if not out_root.is_dir():
        return removed
    for unit in out_root.iterdir():
        if unit.is_dir() and not unit.is_symlink():
            removed += remove_ended(unit, _STALE)
    return removed
