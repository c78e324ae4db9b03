"""The `analysis` command: ingest, check, template, summary, charts, render, rollup."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from .errors import LedgerError, NoticeError

EXIT_INVALID = 2


def to_jsonable(value: object) -> object:
    """Plain JSON values: NaN/NA to null, timestamps to ISO dates, numpy scalars to Python."""
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "isoformat"):
        try:
            return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
        except ValueError:
            return None
    if hasattr(value, "item"):
        return to_jsonable(value.item())
    import pandas as pd

    return None if pd.isna(value) else str(value)


def print_json(obj: object) -> None:
    """Print one JSON object, Chinese left readable."""
    print(json.dumps(to_jsonable(obj), ensure_ascii=False, indent=2))


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ledger import ingest_notice, write_ledger
    from .noticeview import notice_json

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
    from .load import load_ledger

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
    from .template import write_template

    write_template(args.out)
    print(f"wrote {args.out}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from .load import load_ledger
    from .summary import summary
    from .summaryview import summary_text

    ledger = load_ledger(args.path)
    figures = summary(ledger, as_of=args.as_of)
    roster = _roster(args, ledger)
    if roster is not None:
        figures["delegates"]["roster"] = roster.to_dict("records")
    if args.json:
        print_json(figures)
    else:
        print(summary_text(figures, lang=args.lang))
    return 0


def cmd_charts(args: argparse.Namespace) -> int:
    from .export import export_charts, parse_formats
    from .load import load_ledger

    formats = parse_formats(args.formats)
    ledger = load_ledger(args.path)
    roster = _roster(args, ledger)
    result = export_charts(
        ledger, Path(args.out), formats, lang=args.lang, as_of=args.as_of, roster=roster
    )
    n = len(result.charts.charts)
    by_format = {f: sum(1 for p in result.written if p.suffix == f".{f}") for f in formats}
    print(
        f"{n} charts; "
        + ", ".join(f"{f}: {c}" for f, c in by_format.items())
        + f"; {result.seconds:.1f} s -> {args.out}"
    )
    for reason in result.skipped:
        print(f"  not drawn: {reason}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from .paths import OUTPUTS_DIR

    out = Path(args.out) if args.out else OUTPUTS_DIR
    if args.batch:
        return _render_batch(args, out)
    from .render import RenderError, render

    params = {name: value for name, value in args.param}
    try:
        result = render(args.ledger, params, out_root=out, force=args.force)
    except RenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    verb = "unchanged, skipped (use --force)" if result.skipped else "rendered"
    print(f"{verb}: {result.out_dir / 'briefing.html'}")
    return 0


def _render_batch(args: argparse.Namespace, out: Path) -> int:
    from .batch import read_manifest, run_batch

    outcomes = run_batch(
        read_manifest(Path(args.batch)), out_root=out, workers=args.workers, force=args.force
    )
    for o in outcomes:
        state = "ok" if o.ok else "FAILED"
        print(f"{state:6} {Path(o.ledger).name}: {o.out_dir if o.ok else o.error}")
    failed = sum(not o.ok for o in outcomes)
    print(f"{len(outcomes) - failed} rendered, {failed} failed; index: {out / 'index.html'}")
    return 1 if failed else 0


def _roster(args: argparse.Namespace, ledger):
    """Roster figures (aggregates only) when --roster is given."""
    if not args.roster:
        return None
    from .roster import load_roster, roster_figures

    return roster_figures(load_roster(args.roster), ledger, as_of=args.as_of)


def cmd_rollup(args: argparse.Namespace) -> int:
    from .rollup import rollup, write_rollup

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


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--roster", help="per-delegate roster (.xlsx/.csv); only aggregates are shown")
    p.add_argument("--as-of", help="date the figures are as of (YYYY-MM-DD; default today)")
    p.add_argument(
        "--lang", choices=["zh", "en"], default="zh", help="language of text (default zh)"
    )


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; each subcommand maps to one function."""
    parser = argparse.ArgumentParser(
        prog="analysis", description="巡察整改台账分析 / rectification ledger analysis"
    )
    sub = parser.add_subparsers(dest="command", required=True)

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
    _add_common(p)
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("charts", help="export the briefing charts (png, svg, pptx, xlsx)")
    p.add_argument("path", nargs="?", help="ledger (default: the bundled ledger)")
    p.add_argument("--out", default="outputs/charts", help="folder to write into")
    p.add_argument(
        "--formats", default="png,svg,pptx,xlsx", help="comma-separated: png,svg,pptx,xlsx"
    )
    _add_common(p)
    p.set_defaults(func=cmd_charts)

    p = sub.add_parser("render", help="render the briefing notebook with papermill")
    p.add_argument("--ledger", help="ledger (default: the bundled ledger)")
    p.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="notebook parameter, e.g. -p lang en -p as_of 2024-12-31",
    )
    p.add_argument("--out", help="output root (default: outputs/)")
    p.add_argument(
        "--batch", help="manifest (.csv or .yaml): one row per ledger and its parameters"
    )
    p.add_argument(
        "--workers", type=int, help="parallel renders for --batch (default: number of cores)"
    )
    p.add_argument("--force", action="store_true", help="render even if nothing changed")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("rollup", help="read many notices and ledgers into one comparison table")
    p.add_argument(
        "inputs",
        nargs="+",
        help="notices (.txt/.html/.docx), ledgers (.xlsx/.csv) or folders of them",
    )
    p.add_argument("--out", help="folder for rollup.xlsx and rollup.csv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rollup)
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
