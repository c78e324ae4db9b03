"""Commands on one ledger or notice: ingest, check, template, summary, rollup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli.options import EXIT_INVALID, add_common, roster_option
from analysis.cli.output import print_json


def cmd_ingest(args: argparse.Namespace) -> int:
    from analysis.export.ledger_workbook import write_ledger
    from analysis.present.notice_json import notice_json
    from analysis.read.notice import ingest_notice

    ledger = ingest_notice(args.notice, annotations=args.annotations)
    for w in ledger.warnings:
        print(f"warning: {args.notice}: {w}", file=sys.stderr)
    out = Path(args.out) if args.out else Path(Path(args.notice).stem + ".xlsx")
    if not args.no_write:
        write_ledger(ledger, out)
    if args.json:
        print_json(notice_json(ledger))
    elif not args.no_write:
        counts = ", ".join(f"{k} {len(v)}" for k, v in ledger.tables.items() if len(v))
        print(f"wrote {out}: {counts}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from analysis.read.load import load_ledger

    ledger = load_ledger(args.path)
    rows = ledger.meta.get("rows_read")
    read = f"{rows} rows read, " if rows else ""
    blank = ledger.meta.get("blank_rows")
    skipped = f", {blank} blank rows" if blank and blank != "0" else ""
    print(
        f"ok: {args.path}: {read}{len(ledger.findings)} findings, {len(ledger.measures)} measures{skipped}"
    )
    for w in ledger.warnings:
        print(f"warning: {w}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from analysis.export.template import write_template

    write_template(args.out)
    print(f"wrote {args.out}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from analysis.figures.summary import summary
    from analysis.present.summary_text import summary_text
    from analysis.read.load import load_ledger

    ledger = load_ledger(args.path)
    figures = summary(ledger, as_of=args.as_of)
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
    from analysis.figures.rollup import rollup

    table = rollup(args.inputs)
    if args.out:
        for path in write_rollup(table, Path(args.out)):
            print(f"wrote {path}", file=sys.stderr)
    if args.json:
        print_json(table.to_dict("records"))
    else:
        shown = table.drop(columns=["inspection_start"]).copy()
        print(shown.to_string(index=False, na_rep="—"))
    failed = int(table["error"].notna().sum())
    return EXIT_INVALID if failed == len(table) and failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser("ingest", help="read a published notice into a ledger workbook")
    p.add_argument("notice")
    p.add_argument(
        "--out", help="ledger .xlsx to write (default: NOTICE's name in the current folder)"
    )
    p.add_argument("--annotations", help="YAML of labelled facts the text does not state")
    p.add_argument("--json", action="store_true", help="print what was read as JSON")
    p.add_argument("--no-write", action="store_true", help="read only, write no workbook")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("check", help="validate a ledger; exit 2 listing every problem")
    p.add_argument("path")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("template", help="write an empty ledger to fill in")
    p.add_argument("out")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("summary", help="the key figures of a ledger")
    p.add_argument("path", nargs="?", help="ledger (default: the bundled ledger)")
    p.add_argument("--json", action="store_true")
    add_common(p)
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("rollup", help="read many notices and ledgers into one comparison table")
    p.add_argument(
        "inputs",
        nargs="+",
        help="notices (.txt/.html/.docx), ledgers (.xlsx/.csv) or folders of them",
    )
    p.add_argument("--out", help="folder for rollup.xlsx and rollup.csv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rollup)
