"""Remake the README's pictures of JupyterLab (docs/jupyterlab-zh.png, docs/jupyterlab-filter.png).

They are taken by the real-JupyterLab test, which opens explore.ipynb on an office ledger in
Chinese JupyterLab and uses the filter (责任部门 → 办公室): what the pictures show is what the
test checks. Needs Chromium and Playwright, as the test does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def main() -> int:
    """Run the filter test with ANALYSIS_LAB_SCREENSHOTS pointing here."""
    env = dict(os.environ, ANALYSIS_LAB_SCREENSHOTS=str(DOCS))
    test = "tests/test_jupyterlab.py::test_the_explorers_filter_drives_its_table_and_chart"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test]
    return subprocess.run(command, cwd=DOCS.parent, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
