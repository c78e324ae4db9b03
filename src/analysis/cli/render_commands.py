"""Commands that draw and render: charts, render (one briefing or a batch)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.cli.options import (
    EXIT_INVALID,
    add_column,
    add_common,
    add_ledger,
    add_unit,
    command,
    positive_int,
    roster_option,
    warn_unit_from_file_name,
)
from analysis.i18n import known_lang, t
from analysis.model.errors import ParameterError

#: render's flags and the notebook parameter each one sets (the same as `-p NAME VALUE`).
FLAG_PARAMS = (
    ("--lang", "lang_given", "lang"),
    ("--as-of", "as_of", "as_of"),
    ("--unit", "unit", "unit"),
)


def cmd_charts(args: argparse.Namespace) -> int:
    from analysis.export.chart_files import export_charts, parse_formats
    from analysis.paths import outputs_dir
    from analysis.read.load import load_ledger

    formats = parse_formats(args.formats)
    out = Path(args.out) if args.out else outputs_dir() / "charts"
    ledger = load_ledger(args.ledger, unit=args.unit, columns=args.column)
    warn_unit_from_file_name(args, ledger)
    roster = roster_option(args, ledger)
    result = export_charts(ledger, out, formats, lang=args.lang, as_of=args.as_of, roster=roster)
    by_format = {f: sum(1 for p in result.written if p.suffix == f".{f}") for f in formats}
    print(
        t(
            "cli_msg_charts_done",
            args.lang,
            n=len(result.charts.charts),
            formats=t("cli_detail_sep", args.lang).join(
                f"{f}{t('colon', args.lang)}{c}" for f, c in by_format.items()
            ),
            seconds=result.seconds,
            out=out,
        )
    )
    for reason in result.skipped:
        print(t("cli_msg_not_drawn", args.lang, reason=reason))
    return 0


def render_params(args: argparse.Namespace) -> dict[str, object]:
    """The notebook parameters: every `-p NAME VALUE`, plus --lang, --as-of and --roster,
    which mean the same as `-p lang`, `-p as_of` and `-p roster_path`; a clash is refused."""
    params: dict[str, object] = dict(args.param)
    flags = (*FLAG_PARAMS, ("--roster", "roster", "roster_path"))
    for flag, attr, name in flags:
        value = getattr(args, attr, None)
        if value is None:
            continue
        if name in params and params[name] != value:
            raise ParameterError.of(
                "cli_msg_param_twice", flag=flag, a=value, name=name, b=params[name]
            )
        params[name] = value
    if known_lang(params.get("lang")):  # an unknown one is refused in the default language
        args.lang = params["lang"]  # messages follow -p lang as they follow --lang
    return params


def cmd_render(args: argparse.Namespace) -> int:
    from analysis.paths import outputs_dir

    out = Path(args.out) if args.out else outputs_dir()
    params = render_params(args)
    if args.batch:
        return _render_batch(args, out, params)
    from analysis.rendering.notebook import render

    result = render(args.ledger, params, out_root=out, force=args.force, progress=not args.quiet)
    key = "cli_msg_unchanged" if result.skipped else "cli_msg_rendered"
    _warn_render(args, result)
    print(t(key, args.lang, path=result.out_dir / "briefing.html"))
    for name in ("briefing.docx", "briefing.pdf"):
        if (result.out_dir / name).exists():
            print(f"  {result.out_dir / name}")
    return 0


def _warn_render(args: argparse.Namespace, result) -> None:
    """The unit taken from the file name, and a folder left to another ledger, said on stderr."""
    if result.unit_basis == "file_name":
        text = t("cli_unit_from_file_name", args.lang, unit=result.unit)
        print(t("cli_msg_warning", args.lang, text=text), file=sys.stderr)
    if result.other_ledger:
        from analysis.rendering.notebook import safe_name

        folder = result.out_dir.parent.parent / safe_name(result.unit)
        text = t(
            "render_folder_taken",
            args.lang,
            folder=folder,
            other=result.other_ledger,
            used=result.out_dir.parent,
        )
        print(t("cli_msg_warning", args.lang, text=text), file=sys.stderr)


def _render_batch(args: argparse.Namespace, out: Path, defaults: dict[str, object]) -> int:
    from analysis.rendering.batch import read_manifest, run_batch

    jobs = read_manifest(Path(args.batch))
    for job in jobs:
        for name, value in defaults.items():
            job.params.setdefault(name, value)
    outcomes = run_batch(
        jobs,
        out_root=out,
        workers=args.workers,
        force=args.force,
        lang=args.lang,
        progress=not args.quiet,
    )
    for o in outcomes:
        state = t("cli_msg_batch_ok" if o.ok else "cli_msg_batch_failed", args.lang)
        sep = t("colon", args.lang)
        print(f"{state:6} {Path(o.ledger).name}{sep}{o.out_dir if o.ok else o.error}")
    failed = sum(not o.ok for o in outcomes)
    print(
        t(
            "cli_msg_batch_done",
            args.lang,
            ok=len(outcomes) - failed,
            failed=failed,
            index=out / "index.html",
        )
    )
    return EXIT_INVALID if failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = command(sub, "charts")
    add_ledger(p)
    p.add_argument("--out", metavar="DIR", help=p.t("cli_arg_charts_out"))
    p.add_argument("--formats", default="png,svg,pptx,xlsx", help=p.t("cli_arg_formats"))
    add_common(p)
    add_unit(p)
    add_column(p)
    p.set_defaults(func=cmd_charts)

    p = command(sub, "render")
    add_ledger(p)
    add_common(p)
    p.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help=p.t("cli_arg_param"),
    )
    p.add_argument("--out", metavar="DIR", help=p.t("cli_arg_render_out"))
    p.add_argument("--batch", metavar="MANIFEST", help=p.t("cli_arg_batch"))
    p.add_argument(
        "--workers", type=p.typed(positive_int), metavar="N", help=p.t("cli_arg_workers")
    )
    p.add_argument("--force", action="store_true", help=p.t("cli_arg_force"))
    add_unit(p)
    p.set_defaults(func=cmd_render)
