"""The `analysis` command: one module per group of subcommands, registered here."""

from __future__ import annotations

import argparse
import sys

from analysis.cli import ledger_commands, render_commands
from analysis.cli.options import EXIT_INVALID
from analysis.model.errors import LedgerError, NoticeError

#: Modules whose register(sub) adds subcommands, in the order help lists them.
COMMANDS = (ledger_commands, render_commands)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; each subcommand maps to one function."""
    parser = argparse.ArgumentParser(
        prog="analysis", description="巡察整改台账分析 / rectification ledger analysis"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; user errors exit 2 with a clear message, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except LedgerError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return EXIT_INVALID
    except (NoticeError, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
