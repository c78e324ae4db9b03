"""Commands that draw and render: charts, render (one briefing or a batch)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli.options import add_common, roster_option


def cmd_charts(args: argparse.Namespace) -> int:
    from analysis.export.chart_files import export_charts, parse_formats
    from analysis.read.load import load_ledger

    formats = parse_formats(args.formats)
    ledger = load_ledger(args.path)
    roster = roster_option(args, ledger)
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
    from analysis.paths import OUTPUTS_DIR

    out = Path(args.out) if args.out else OUTPUTS_DIR
    if args.batch:
        return _render_batch(args, out)
    from analysis.rendering.notebook import RenderError, render

    params = {name: value for name, value in args.param}
    try:
        result = render(args.ledger, params, out_root=out, force=args.force)
    except RenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    verb = "unchanged, skipped (use --force)" if result.skipped else "rendered"
    print(f"{verb}: {result.out_dir / 'briefing.html'}")
    for name in ("briefing.docx", "briefing.pdf"):
        if (result.out_dir / name).exists():
            print(f"{' ' * len(verb)}  {result.out_dir / name}")
    return 0


def _render_batch(args: argparse.Namespace, out: Path) -> int:
    from analysis.rendering.batch import read_manifest, run_batch

    outcomes = run_batch(
        read_manifest(Path(args.batch)), out_root=out, workers=args.workers, force=args.force
    )
    for o in outcomes:
        state = "ok" if o.ok else "FAILED"
        print(f"{state:6} {Path(o.ledger).name}: {o.out_dir if o.ok else o.error}")
    failed = sum(not o.ok for o in outcomes)
    print(f"{len(outcomes) - failed} rendered, {failed} failed; index: {out / 'index.html'}")
    return 1 if failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser("charts", help="export the briefing charts (png, svg, pptx, xlsx)")
    p.add_argument("path", nargs="?", help="ledger (default: the bundled ledger)")
    p.add_argument("--out", default="outputs/charts", help="folder to write into")
    p.add_argument(
        "--formats", default="png,svg,pptx,xlsx", help="comma-separated: png,svg,pptx,xlsx"
    )
    add_common(p)
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
