"""Options several commands share, and what they load."""

from __future__ import annotations

import argparse

EXIT_INVALID = 2


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--roster", help="per-delegate roster (.xlsx/.csv); only aggregates are shown")
    p.add_argument("--as-of", help="date the figures are as of (YYYY-MM-DD; default today)")
    p.add_argument(
        "--lang", choices=["zh", "en"], default="zh", help="language of text (default zh)"
    )


def roster_option(args: argparse.Namespace, ledger):
    """Roster figures (aggregates only) when --roster is given."""
    if not args.roster:
        return None
    from analysis.figures.delegates import roster_figures
    from analysis.read.roster import load_roster

    return roster_figures(load_roster(args.roster), ledger, as_of=args.as_of)
