"""Commands on one ledger or notice: ingest, check, template, summary, rollup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli.options import (
    EXIT_INVALID,
    Parser,
    add_column,
    add_common,
    add_json,
    add_lang,
    add_ledger,
    add_unit,
    command,
    roster_option,
    warn_unit_from_file_name,
)
from analysis.cli.output import print_json, print_table
from analysis.i18n import t
from analysis.model.errors import ParameterError, say


def warn(args: argparse.Namespace, text: str) -> None:
    """One warning line on stderr, in the output language."""
    print(t("cli_msg_warning", args.lang, text=text), file=sys.stderr)


def ingest_target(args: argparse.Namespace) -> Path | None:
    """Where ingest writes the ledger: --out; else nothing with --json or --no-write;
    else outputs/NOTICE.xlsx."""
    from analysis.paths import outputs_dir

    if args.no_write:
        return None
    if args.out:
        return Path(args.out)
    if args.json:
        return None
    return outputs_dir() / f"{Path(args.notice).stem}.xlsx"


def cmd_ingest(args: argparse.Namespace) -> int:
    from analysis.export.ledger_workbook import write_ledger
    from analysis.present.notice_json import notice_json
    from analysis.read.notice import ingest_notice

    ledger = ingest_notice(args.notice, annotations=args.annotations, lang=args.lang)
    for w in ledger.warnings:
        warn(args, f"{args.notice}{t('colon', args.lang)}{say(w, args.lang)}")
    out = ingest_target(args)
    if out is not None:
        write_ledger(ledger, out)
    if args.json:
        print_json(notice_json(ledger))
    elif out is not None:
        counts = t("list_sep", args.lang).join(
            t("cli_table_count", args.lang, label=t(f"cli_table_{k}", args.lang), table=k, n=len(v))
            for k, v in ledger.tables.items()
            if len(v)
        )
        print(t("cli_msg_ingested", args.lang, path=out, counts=counts))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from analysis.read.load import load_ledger

    if not args.ledger:
        raise ParameterError.of("cli_msg_ledger_required")
    from analysis.present.column_map import column_lines

    ledger = load_ledger(
        args.ledger, unit=args.unit, statuses=args.statuses, lang=args.lang, columns=args.column
    )
    warn_unit_from_file_name(args, ledger)
    lang = args.lang
    details = []
    if ledger.meta.get("rows_read"):
        details.append(t("cli_msg_rows_read", lang, n=ledger.meta["rows_read"]))
    details.append(
        t(
            "cli_msg_findings_measures",
            lang,
            findings=len(ledger.findings),
            measures=len(ledger.measures),
        )
    )
    blank = ledger.meta.get("blank_rows")
    if blank and blank != "0":
        details.append(t("cli_msg_blank_rows", lang, n=blank))
    details_text = t("cli_detail_sep", lang).join(details)
    print(t("cli_msg_check_ok", lang, path=args.ledger, details=details_text))
    for line in column_lines(ledger, lang):
        print(line)
    for w in ledger.warnings:
        print(t("cli_msg_warning", lang, text=say(w, lang)))
    unread = ledger.meta.get("unrecognised") or ledger.meta.get("dates_unread", "0") != "0"
    if args.strict and unread:
        print(t("cli_msg_strict_unread", lang), file=sys.stderr)
        return EXIT_INVALID
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from analysis.export.template import write_template
    from analysis.paths import outputs_dir

    given = args.out or args.path
    if args.out and args.path and args.out != args.path:
        raise ParameterError.of("cli_msg_two_outs", a=args.path, b=args.out)
    out = Path(given) if given else outputs_dir() / t("cli_template_name", args.lang)
    write_template(out, lang=args.lang)
    print(t("cli_msg_wrote", args.lang, path=out))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from analysis.figures.summary import summary
    from analysis.present.summary_text import summary_text
    from analysis.read.load import load_ledger

    ledger = load_ledger(
        args.ledger,
        unit=args.unit,
        statuses=args.statuses,
        lang=args.lang,
        as_of=args.as_of,
        columns=args.column,
    )
    warn_unit_from_file_name(args, ledger)
    figures = summary(ledger, as_of=args.as_of)
    figures["warnings"] = [say(w, args.lang) for w in ledger.warnings]
    roster = roster_option(args, ledger)
    if roster is not None:
        figures["delegates"]["roster"] = roster.to_dict("records")
    if args.json:
        print_json(figures)
    else:
        print(summary_text(figures, lang=args.lang))
    return 0


def cmd_rollup(args: argparse.Namespace) -> int:

    from analysis.export.rollup_files import write_rollup
    from analysis.figures.rollup import LEDGER_SUFFIXES, collect, rollup
    from analysis.model.errors import Problem
    from analysis.present.tables import readable_rollup
    from analysis.read.load import NOTICE_SUFFIXES

    if not collect(args.inputs):  # only empty folders: nothing to roll up, nothing to write
        suffixes = " ".join(NOTICE_SUFFIXES + LEDGER_SUFFIXES)
        code = "rollup.nothing_found"
        raise ParameterError(
            [Problem(str(p), code=code, fields={"suffixes": suffixes}) for p in args.inputs]
        )
    table = rollup(args.inputs, args.lang)
    if args.out:
        for path in write_rollup(table, Path(args.out), args.lang):
            print(t("cli_msg_wrote", args.lang, path=path), file=sys.stderr)
    if args.json:
        print_json(table.to_dict("records"))
    else:
        print_table(readable_rollup(table, args.lang))
        for reason in table["error"].dropna():
            print(t("rollup_unreadable", args.lang, reason=reason))
    failed = int(table["error"].notna().sum())
    return EXIT_INVALID if failed == len(table) and failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = command(sub, "ingest")
    p.add_argument("notice", metavar="NOTICE", help=p.t("cli_arg_notice"))
    p.add_argument("--out", metavar="LEDGER.xlsx", help=p.t("cli_arg_ingest_out"))
    p.add_argument("--annotations", metavar="YAML", help=p.t("cli_arg_annotations"))
    add_json(p)
    p.add_argument("--no-write", action="store_true", help=p.t("cli_arg_no_write"))
    add_lang(p)
    p.set_defaults(func=cmd_ingest)

    p = command(sub, "check")
    add_ledger(p, "cli_arg_check_ledger")
    add_lang(p)
    add_statuses(p)
    add_unit(p)
    add_column(p)
    p.add_argument("--strict", action="store_true", help=p.t("cli_arg_strict"))
    p.set_defaults(func=cmd_check)

    p = command(sub, "template")
    p.add_argument("path", nargs="?", metavar="OUT.xlsx", help=p.t("cli_arg_template_path"))
    p.add_argument("--out", metavar="OUT.xlsx", help=p.t("cli_arg_template_out"))
    add_lang(p)
    p.set_defaults(func=cmd_template)

    p = command(sub, "summary")
    add_ledger(p)
    add_json(p)
    add_common(p)
    add_statuses(p)
    add_unit(p)
    add_column(p)
    p.set_defaults(func=cmd_summary)

    p = command(sub, "rollup")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=p.t("cli_arg_inputs"))
    p.add_argument("--out", metavar="DIR", help=p.t("cli_arg_rollup_out"))
    add_json(p)
    add_lang(p)
    p.set_defaults(func=cmd_rollup)


def add_statuses(p: Parser) -> None:
    """--statuses FILE: the office's own status words (default: statuses.yaml beside)."""
    p.add_argument("--statuses", metavar="FILE", help=p.t("cli_arg_statuses"))
