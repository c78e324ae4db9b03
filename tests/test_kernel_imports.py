"""The briefing kernel stays light: what it imports decides every briefing's start-up time."""

from __future__ import annotations

import subprocess
import sys


def test_briefing_does_not_import_jsonschema():
    # plotly's renderer registry imports nbformat → jsonschema → rfc3987_syntax, which
    # compiles grammars at import: about a second per kernel. The briefing bypasses it.
    code = """
import contextlib, io, sys
from analysis import open_briefing
b = open_briefing("", as_of="2025-01-01")
with contextlib.redirect_stdout(io.StringIO()):  # outside a kernel, display() prints
    b.show("completion")
print(sorted(m for m in ("nbformat", "jsonschema") if m in sys.modules))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip().splitlines()[-1] == "[]"


def test_the_command_line_starts_without_the_heavy_libraries():
    # `analysis --help`, `history list` and `doctor` need neither pandas nor plotly to start;
    # each command imports what it uses when it runs.
    code = """
import sys
from analysis.cli import build_parser
build_parser("zh")
print(sorted(m for m in ("pandas", "plotly", "papermill", "duckdb") if m in sys.modules))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip().splitlines()[-1] == "[]"
