"""The `analysis` command: one module per group of subcommands, registered here.

Exit codes: 0 ok; 130 interrupted (Ctrl-C, `已中断`); 2 bad input (any AnalysisError, any argparse error), with every problem
listed; anything else is a bug and keeps its traceback (Python exits 1).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from analysis.cli import (
    doctor,
    history_commands,
    ledger_commands,
    notice_commands,
    render_commands,
)
from analysis.cli.options import EXIT_INTERNAL, EXIT_INVALID, Parser, parser_class, resolve
from analysis.i18n import DEFAULT_LANG, LANGS, known_lang, t
from analysis.i18n.cli import help_lang
from analysis.model.errors import AccessError, AnalysisError

#: Modules whose register(sub) adds subcommands, in the order help lists them.
COMMANDS = (ledger_commands, notice_commands, render_commands, history_commands, doctor)

#: What `analysis` alone lists: the five commands most people need.
COMMON = ("render", "summary", "check", "charts", "ingest")

#: Exit status after Ctrl-C, as shells report a command ended by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


def version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("analysis")
    except PackageNotFoundError:
        return "unknown"


def build_parser(lang: str = "en") -> Parser:
    """The command-line interface, its help in lang; each subcommand maps to one function."""
    parser = Parser(
        prog="analysis",
        description=t("cli_description", lang),
        epilog=t("cli_epilog", lang),
        lang=lang,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"analysis {version()}",
        help=parser.t("cli_version_opt"),
    )
    parser.add_argument("--lang", dest="top_lang", choices=LANGS, help=parser.t("cli_top_lang"))
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help=parser.t("cli_verbose_opt"))
    noise.add_argument("-q", "--quiet", action="store_true", help=parser.t("cli_quiet_opt"))
    sub = parser.add_subparsers(
        dest="command",
        title=parser.t("cli_commands"),
        metavar=parser.t("cli_command_metavar"),
        help=parser.t("cli_commands_help"),
        parser_class=parser_class(lang),
    )
    sub.help_lang = lang  # type: ignore[attr-defined]  # read by options.command
    for module in COMMANDS:
        module.register(sub)
    return parser


class LogFormatter(logging.Formatter):
    """A log line as the command line says it: `警告：…` in Chinese, `WARNING: …` in English."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def format(self, record: logging.LogRecord) -> str:
        level = t(f"cli_log_{record.levelname}", self.lang)
        return t("cli_log_line", self.lang, level=level, message=super().format(record))


def set_log_level(verbose: bool, quiet: bool, lang: str = "en") -> None:
    """The library logs; the command line shows its warnings on stderr (-v more, -q fewer),
    in the command line's language."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LogFormatter(lang))
    logging.basicConfig(level=level, handlers=[handler])
    logging.getLogger("analysis").setLevel(level)
    # a browser that died leaves kaleido's tasks failed: asyncio would print "Task exception
    # was never retrieved" with their traceback; the render has said what happened already
    logging.getLogger("asyncio").setLevel(logging.DEBUG if verbose else logging.CRITICAL)


def guide(lang: str) -> str:
    """The short guide `analysis` alone prints: the common commands, one line each."""
    lines = [t("cli_guide_head", lang, version=version())]
    lines += [f"  analysis {name:<10} {t(f'cli_{name}_help', lang)}" for name in COMMON]
    lines.append(t("cli_guide_tail", lang))
    return "\n".join(lines)


def _run(args) -> int:
    """The command; a file it cannot read or write (missing, a folder, no permission) is
    the user's to fix, reported like any bad input."""
    from analysis.export.scratch import start_run_folder

    start_run_folder()  # libraries' temporary files in one folder, removed at exit
    try:
        return args.func(resolve(args))
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) or exc.filename is None:
            raise
        raise AccessError.of_os(exc) from exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; bad input exits 2 with every problem listed, never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = help_lang(argv)
    args = build_parser(lang).parse_args(argv)
    if args.command is None:
        print(guide(lang))
        return 0
    given = (getattr(args, n, None) for n in ("lang", "group_lang", "top_lang"))
    set_log_level(args.verbose, args.quiet, next((g for g in given if g), DEFAULT_LANG))
    try:
        return _run(args)
    except AnalysisError as exc:
        args.lang = args.lang if known_lang(getattr(args, "lang", None)) else DEFAULT_LANG
        print(exc.describe(args.lang), file=sys.stderr)
        if len(exc.problems) > 1:
            print(t("cli_msg_problems", args.lang, n=len(exc.problems)), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:  # Ctrl-C: the render's temporary folder is already gone
        print(t("cli_interrupted", args.lang), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head`: stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
