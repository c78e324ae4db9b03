"""`analysis draft-notice`: the draft 巡察整改进展情况的通报 of a ledger, in Word and as text.

Exit status: 0 when nothing is left to fill in, 3 when blanks remain (listed), 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from analysis.cli.options import EXIT_OK, add_as_of, add_lang, add_ledger, command
from analysis.i18n import t

#: Exit status when the draft still has blanks for the office to fill in.
EXIT_BLANKS = 3


def draft_folder(args: argparse.Namespace, ledger) -> Path:
    """--out; else outputs/<the ledger file's name>/ (so two units' drafts never collide)."""
    from analysis.paths import outputs_dir

    if args.out:
        return Path(args.out)
    stem = Path(ledger.meta.get("ledger_file") or "ledger").stem
    return outputs_dir() / stem


def blanks_line(draft, lang: str) -> str:
    """还有 N 处待填写：a、b（2处）…, or that there are none."""
    counts = Counter(b.what for b in draft.blanks())
    if not counts:
        return t("cli_msg_draft_no_blanks", lang)
    items = t("list_sep", lang).join(
        what if n == 1 else f"{what}（{n}处）" for what, n in counts.items()
    )
    return t("cli_msg_draft_blanks", lang, n=sum(counts.values()), items=items)


def cmd_draft_notice(args: argparse.Namespace) -> int:
    from analysis.export.notice_docx import write_notice
    from analysis.history.progress import briefing_progress
    from analysis.present.notice_draft import draft_notice
    from analysis.read.load import load_ledger

    lang = args.lang
    ledger = load_ledger(args.ledger, unit=args.unit, lang=lang, as_of=args.as_of)
    for w in ledger.warnings:
        print(t("cli_msg_warning", lang, text=w), file=sys.stderr)
    progress = briefing_progress(ledger, args.as_of or _default_date(ledger), args.db or "")
    draft = draft_notice(ledger, as_of=args.as_of, unit=args.unit, progress=progress)
    if args.fill:
        _apply_fills(draft, args.fill)
    _say_measures(ledger, draft, lang)
    names = t("cli_draft_docx_name", lang), t("cli_draft_txt_name", lang)
    for path in write_notice(draft, draft_folder(args, ledger), *names):
        print(t("cli_msg_draft_written", lang, path=path))
    basis = t(draft.as_of_basis, lang)
    print(t("cli_msg_draft_as_of", lang, date=draft.as_of.date().isoformat(), basis=basis))
    print(blanks_line(draft, lang))
    return EXIT_BLANKS if draft.blanks() else EXIT_OK


def _apply_fills(draft, path: str) -> None:
    """Fill the blanks the office has written down; an unknown name or a bad file is refused."""
    import yaml

    from analysis.model.errors import ParameterError
    from analysis.present.notice_draft import blank_names, fill_blanks
    from analysis.read.files import require_file

    require_file(Path(path))
    try:
        fills = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        fills = None
    if not isinstance(fills, dict):
        raise ParameterError.of("cli_msg_draft_fill_bad", file=path)
    texts = {str(k): str(v) for k, v in fills.items() if v is not None and str(v).strip()}
    unknown = fill_blanks(draft, texts)
    if unknown:
        names = "、".join(blank_names())
        raise ParameterError.of(
            "cli_msg_draft_fill_unknown", file=path, name=unknown[0], names=names
        )


def _default_date(ledger) -> str:
    from analysis.figures.as_of import resolve_as_of

    return resolve_as_of(ledger, None)[0].date().isoformat()


def _say_measures(ledger, draft, lang: str) -> None:
    """When the source states a measure count other than the one it lists, say which is used."""
    stated = ledger.declared_value("measures")
    listed = draft.totals.get("measures")
    if stated is not None and listed is not None and int(stated) != listed:
        note = t("cli_msg_draft_measures_differ", lang, declared=int(stated), listed=listed)
        print(t("cli_msg_warning", lang, text=note), file=sys.stderr)


def register(sub: argparse._SubParsersAction) -> None:
    """Add `draft-notice` to the parser."""
    p = command(sub, "draft-notice", "draft_notice")
    add_ledger(p, "cli_arg_draft_ledger")
    add_as_of(p)
    p.add_argument("--unit", metavar="UNIT", help=p.t("cli_arg_draft_unit"))
    p.add_argument("--out", metavar="DIR", help=p.t("cli_arg_draft_out"))
    p.add_argument("--fill", metavar="YAML", help=p.t("cli_arg_draft_fill"))
    p.add_argument("--db", metavar="FILE", help=p.t("cli_arg_draft_db"))
    add_lang(p)
    p.set_defaults(func=cmd_draft_notice)
