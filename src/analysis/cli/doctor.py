"""`analysis doctor`: one line per check of this machine, each with its fix; exit 2 if unusable."""

from __future__ import annotations

import argparse

from analysis.cli.options import EXIT_INVALID, add_lang, command


def cmd_doctor(args: argparse.Namespace) -> int:
    from analysis.i18n import t
    from analysis.rendering.doctor import FAIL, run_checks, usable

    results = run_checks(args.only, out=args.out)
    for check in results:
        print(check.line(args.lang), flush=True)
    if usable(results):
        print(t("doctor_summary_ok", args.lang))
        return 0
    print(t("doctor_summary_bad", args.lang, n=sum(c.status == FAIL for c in results)))
    return EXIT_INVALID


def register(sub: argparse._SubParsersAction) -> None:
    """Add the doctor command to the parser."""
    names = ("python", "packages", "browser", "font", "kernel", "outputs", "history")
    p = command(sub, "doctor")
    p.add_argument(
        "--only",
        action="append",
        choices=names,
        metavar="CHECK",
        help=p.t("cli_arg_doctor_only", names=", ".join(names)),
    )
    p.add_argument("--out", metavar="DIR", help=p.t("cli_arg_doctor_out"))
    add_lang(p)
    p.set_defaults(func=cmd_doctor)
