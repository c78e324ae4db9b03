"""The `analysis` command: one module per group of subcommands, registered here."""

from __future__ import annotations

import argparse
import logging
import sys

from analysis.cli import history_commands, ledger_commands, render_commands
from analysis.cli.options import EXIT_INVALID
from analysis.model.errors import AnalysisError, LedgerError

#: Modules whose register(sub) adds subcommands, in the order help lists them.
COMMANDS = (ledger_commands, render_commands, history_commands)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; each subcommand maps to one function."""
    parser = argparse.ArgumentParser(
        prog="analysis", description="巡察整改台账分析 / rectification ledger analysis"
    )
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help="say more (debug messages)")
    noise.add_argument("-q", "--quiet", action="store_true", help="errors only, no warnings")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(sub)
    return parser


def set_log_level(verbose: bool, quiet: bool) -> None:
    """The library logs; the command line shows its warnings on stderr (-v more, -q fewer)."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    logging.getLogger("analysis").setLevel(level)


def main(argv: list[str] | None = None) -> int:
    """Run the command; user errors exit 2 with a clear message, never a traceback."""
    args = build_parser().parse_args(argv)
    set_log_level(args.verbose, args.quiet)
    try:
        return args.func(args)
    except LedgerError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return EXIT_INVALID
    except (AnalysisError, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
