"""The parser that speaks the user's language, the options several commands share, exit codes.

Every command spells the same idea the same way: the ledger positionally or as `--ledger`,
`--lang`, `--as-of`, `--out`, `--roster`, `--json`.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import unicodedata
from collections.abc import Callable

from analysis.i18n import DEFAULT_LANG, LANGS, TEXT, t
from analysis.model.errors import ParameterError

EXIT_OK = 0
EXIT_INTERNAL = 1  # a bug: Python's own exit status after a traceback
EXIT_INVALID = 2  # bad input: every AnalysisError, every argparse error


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's example lines; says "usage:" in the help's language."""

    def __init__(self, prog: str, lang: str = DEFAULT_LANG, **kwargs):
        super().__init__(prog, **kwargs)
        self._lang = lang

    def add_usage(self, usage, actions, groups, prefix=None):
        prefix = t("cli_usage", self._lang) if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        return east_asian_usage(super()._format_usage(usage, actions, groups, prefix))

    def format_help(self) -> str:
        """argparse's text lined up for Chinese (a character two columns wide), a Chinese
        section title's colon full-width."""
        return SECTION_COLON.sub("\\1：", east_asian_layout(super().format_help()))


#: A section title argparse ends with ":" (位置参数:), when the title is Chinese.
SECTION_COLON = re.compile(r"(?m)^(\s*\S.*[\u3400-\u9fff]):$")
#: An option's line in help: its name and placeholder, the gap, then its help.
OPTION_LINE = re.compile(r"^( +)(\S(?:.*?\S)?)( {3,})(\S.*)$")


def wide(text: str) -> int:
    """How many more columns than characters text takes (a Chinese character takes two)."""
    return sum(unicodedata.east_asian_width(c) in "WF" for c in text)


def east_asian_layout(text: str) -> str:
    """argparse counts characters, a terminal columns: narrow the gap after an option
    written with Chinese, so that its help lines up with the others."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        found = OPTION_LINE.match(line)
        if found and wide(found[2]):
            indent, name, gap, rest = found.groups()
            lines[i] = f"{indent}{name}{' ' * max(2, len(gap) - wide(name))}{rest}"
    return "\n".join(lines)


def east_asian_usage(text: str) -> str:
    """A usage whose prefix is Chinese (用法：): its continuation lines indented past it."""
    lines = text.split("\n")
    extra = wide(lines[0].split(" ", 1)[0]) if lines else 0
    return "\n".join([lines[0]] + [" " * extra + line if line else line for line in lines[1:]])


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (usage, section titles, -h, errors) are in `lang`."""

    default_lang = "en"

    def __init__(self, *args, lang: str | None = None, **kwargs):
        self.lang = lang = lang or self.default_lang
        kwargs.setdefault("formatter_class", functools.partial(Formatter, lang=lang))
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = self.t("cli_positionals")
        self._optionals.title = self.t("cli_options")
        self.add_argument("-h", "--help", action="help", help=self.t("cli_help_opt"))

    def t(self, key: str, **fields: object) -> str:
        """Catalogue text in this parser's help language."""
        return t(key, self.lang, **fields)

    def add_argument(self, *args, **kwargs):
        """As argparse's, with a placeholder such as LEDGER or DIR in this parser's language
        (catalogue key `cli_mv_LEDGER`; placeholders without one are shown as they are)."""
        metavar = kwargs.get("metavar")
        if isinstance(metavar, tuple):
            kwargs["metavar"] = tuple(self.placeholder(m) for m in metavar)
        elif isinstance(metavar, str):
            kwargs["metavar"] = self.placeholder(metavar)
        action = super().add_argument(*args, **kwargs)
        if (
            action.metavar is None
            and action.option_strings
            and action.nargs != 0
            and not action.choices
        ):
            action.metavar = self.placeholder(
                action.dest.upper()
            )  # argparse's own: --formats FORMATS
        return action

    def placeholder(self, metavar: str) -> str:
        """A metavar in this parser's language."""
        key = f"cli_mv_{metavar}"
        return self.t(key) if key in TEXT else metavar

    def typed(self, check: Callable[..., object]) -> Callable[[str], object]:
        """An argument type (iso_date, positive_int) whose refusal speaks this parser's language."""
        return functools.partial(check, lang=self.lang)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        message = argparse_message(message, self.lang)
        self.exit(EXIT_INVALID, self.t("cli_error", prog=self.prog, message=message) + "\n")


#: argparse's own error messages (Python 3.11) and the catalogue key of each, in the order
#: they are tried; "argument X: ..." wraps the others, so it is translated around them.
ARGPARSE_MESSAGES = (
    (re.compile(r"^the following arguments are required: (?P<names>.+)$"), "cli_ap_required"),
    (re.compile(r"^unrecognized arguments: (?P<args>.+)$"), "cli_ap_unrecognized"),
    (
        re.compile(r"^invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)$"),
        "cli_ap_choice",
    ),
    (re.compile(r"^expected one argument$"), "cli_ap_one"),
    (re.compile(r"^expected (?P<n>\d+) arguments?$"), "cli_ap_n"),
    (re.compile(r"^expected at most one argument$"), "cli_ap_at_most_one"),
    (re.compile(r"^expected at least one argument$"), "cli_ap_at_least_one"),
    (
        re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$"),
        "cli_ap_ambiguous",
    ),
    (re.compile(r"^ignored explicit argument (?P<value>.+)$"), "cli_ap_ignored"),
    (re.compile(r"^invalid (?P<type>\w+) value: (?P<value>.+)$"), "cli_ap_type"),
    (re.compile(r"^one of the arguments (?P<names>.+) is required$"), "cli_ap_one_of"),
    (re.compile(r"^not allowed with argument (?P<other>.+)$"), "cli_ap_not_with"),
)
ARGUMENT = re.compile(r"^argument (?P<name>[^:]+): (?P<inner>.+)$", re.S)


def argparse_message(message: str, lang: str) -> str:
    """argparse's English error message in lang (unknown ones are left as they are)."""
    outer = ARGUMENT.match(message)
    inner = outer["inner"] if outer else message
    for pattern, key in ARGPARSE_MESSAGES:
        found = pattern.match(inner)
        if found:
            inner = t(key, lang, **found.groupdict())
            break
    return t("cli_ap_argument", lang, name=outer["name"], message=inner) if outer else inner


@functools.cache
def parser_class(lang: str) -> type[Parser]:
    """The Parser class whose instances speak lang: what subcommands are made of."""

    class LocalParser(Parser):
        default_lang = lang

    return LocalParser


def command(sub: argparse._SubParsersAction, name: str, key: str | None = None) -> Parser:
    """A subcommand whose one-line help, description and example come from the catalogue.

    The catalogue keys are `cli_{key}_help` and `cli_{key}_example`; key defaults to name
    (a nested command such as `history add` passes `history_add`).
    """
    lang = getattr(sub, "help_lang", "en")
    key = key or name
    summary = t(f"cli_{key}_help", lang)
    return sub.add_parser(
        name, help=summary, description=summary, epilog=t(f"cli_{key}_example", lang)
    )


def subcommands(group: Parser, key: str) -> argparse._SubParsersAction:
    """The nested subcommands of a command group, speaking the group's help language."""
    sub = group.add_subparsers(
        dest=f"{key}_command",
        required=True,
        title=group.t("cli_commands"),
        metavar=group.t(f"cli_{key}_metavar"),
        help=group.t(f"cli_{key}_command_help"),
        parser_class=parser_class(group.lang),
    )
    sub.help_lang = group.lang  # type: ignore[attr-defined]  # read by command()
    return sub


def iso_date(text: str, lang: str = "en") -> str:
    """A date option's value as ISO text (2024-07-31), however a Chinese user writes a day:
    2024-07-31, 2024/7/31, 2024.7.31, 2024年7月31日; refused (exit 2) when it is not one day."""
    from analysis.read.dates import DateError, parse_text

    try:
        parsed = parse_text(text.strip())
    except DateError:
        parsed = None
    if parsed is None or parsed.date is None or parsed.precision != "day":
        raise argparse.ArgumentTypeError(t("cli_bad_date", lang, value=text))
    return parsed.date.isoformat()


def positive_int(text: str, lang: str = "en") -> int:
    """A count such as --workers: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(t("cli_bad_count", lang, value=text))
    return value


def add_ledger(p: Parser, help_key: str = "cli_arg_ledger") -> None:
    """The ledger, positionally or as --ledger (the same thing); see `resolve_ledger`."""
    p.add_argument("ledger", nargs="?", metavar="LEDGER", help=p.t(help_key))
    p.add_argument("--ledger", dest="ledger_opt", metavar="LEDGER", help=p.t("cli_arg_ledger_opt"))


def add_lang(p: Parser) -> None:
    p.add_argument("--lang", choices=LANGS, help=p.t("cli_arg_lang"))


def add_as_of(p: Parser) -> None:
    p.add_argument(
        "--as-of", type=p.typed(iso_date), metavar="YYYY-MM-DD", help=p.t("cli_arg_as_of")
    )


def add_roster(p: Parser) -> None:
    p.add_argument("--roster", metavar="ROSTER", help=p.t("cli_arg_roster"))


def add_json(p: Parser) -> None:
    p.add_argument("--json", action="store_true", help=p.t("cli_arg_json"))


def add_common(p: Parser) -> None:
    """--roster, --as-of and --lang: what every figure-making command takes."""
    add_roster(p)
    add_as_of(p)
    add_lang(p)


def resolve(args: argparse.Namespace) -> argparse.Namespace:
    """Fill in what the parser leaves open: the output language, and the one ledger path."""
    given = (getattr(args, name, None) for name in ("lang", "group_lang", "top_lang"))
    args.lang_given = next((lang for lang in given if lang), None)
    args.lang = args.lang_given or DEFAULT_LANG
    if hasattr(args, "ledger_opt"):
        a, b = args.ledger, args.ledger_opt
        if a and b and a != b:
            raise ParameterError.of("cli_msg_two_ledgers", a=a, b=b)
        args.ledger = a or b
    return args


def roster_option(args: argparse.Namespace, ledger):
    """Roster figures (aggregates only) when --roster is given."""
    if not args.roster:
        return None
    from analysis.figures.delegates import roster_figures
    from analysis.read.roster import load_roster

    return roster_figures(load_roster(args.roster), ledger, as_of=args.as_of)


def add_unit(p: Parser) -> None:
    """--unit: the unit's name, when the ledger's title names none (or names it wrongly)."""
    p.add_argument("--unit", metavar="UNIT", help=p.t("cli_arg_unit"))


def add_column(p: Parser) -> None:
    """--column HEADER=MEANING (repeatable): correct what a ledger column means."""
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="HEADER=MEANING",
        help=p.t("cli_arg_column"),
    )


def warn_unit_from_file_name(args: argparse.Namespace, ledger) -> None:
    """Say on stderr when the unit's name is only the ledger's file name."""
    if ledger.meta.get("unit_basis") == "file_name":
        text = t("cli_unit_from_file_name", args.lang, unit=ledger.unit)
        print(t("cli_msg_warning", args.lang, text=text), file=sys.stderr)
