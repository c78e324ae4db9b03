"""The command line's commands as tests see them: every parser by its full name, and what
each needs to parse (shared by the command-line tests)."""

from __future__ import annotations

import argparse

from analysis.cli import build_parser

#: Commands that compute figures as of a date, so take --as-of (every command takes --lang).
AS_OF = ("summary", "charts", "render", "history add", "history remove", "draft-notice")
#: The least each command needs to parse.
MINIMAL = {"ingest": ["notice.txt"], "rollup": ["folder"]}
#: Commands that keep nested commands: each of theirs is checked, not the group itself.
GROUPS = ("history",)


def _nested(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def subcommands(lang: str = "en", groups: bool = False) -> dict[str, argparse.ArgumentParser]:
    """Every command by its full name ("summary", "history add"); groups themselves if asked."""
    found = {}
    for name, p in _nested(build_parser(lang)).items():
        if name not in GROUPS or groups:
            found[name] = p
        if name in GROUPS:
            found |= {f"{name} {child}": q for child, q in _nested(p).items()}
    return found
