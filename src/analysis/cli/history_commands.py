"""`analysis history add|list|report|remove`: the kept history of ledger versions."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from analysis.cli.options import (
    Parser,
    add_column,
    add_json,
    add_lang,
    add_ledger,
    command,
    iso_date,
    subcommands,
)
from analysis.cli.output import print_json, print_table
from analysis.i18n import LANGS, pct, t
from analysis.i18n.history import CHANGE_WORDS
from analysis.model.errors import AnalysisError, ParameterError

LIST_COLUMNS = {
    "snapshot_id": "history_col_id",
    "unit": "history_col_unit",
    "as_of": "history_col_as_of",
    "findings": "history_col_findings",
    "completed": "history_col_completed",
    "open": "history_col_open",
    "overdue": "history_col_overdue",
    "completion_rate": "history_col_rate",
    "source_file": "history_col_file",
    "added_at": "history_col_added_at",
}


def _date(value: str | None) -> dt.date | None:
    """An ISO date the parser has already checked (iso_date), or None."""
    return dt.date.fromisoformat(value) if value else None


def cmd_add(args: argparse.Namespace) -> int:
    from analysis.history.snapshots import add_snapshot
    from analysis.history.store import open_store
    from analysis.read.load import load_ledger

    as_of = _date(args.as_of)
    ledger = load_ledger(args.ledger, unit=args.unit, columns=args.column)
    if ledger.meta.get("unit_basis") == "file_name":  # 街道A/整改台账 and 街道B/整改台账
        file = str(args.ledger or ledger.meta.get("ledger_file", ""))
        raise ParameterError.of("history_unit_required", file=file, unit=ledger.unit)
    with open_store(args.db, wait=args.wait) as con:
        result = add_snapshot(con, ledger, args.unit, as_of)
    fields = {
        "unit": result.unit,
        "as_of": result.as_of.isoformat(),
        "id": result.snapshot_id,
        "findings": result.findings,
        "basis": t(f"history_basis_{result.as_of_basis}", args.lang),
    }
    print(t("history_added" if result.added else "history_unchanged", args.lang, **fields))
    if not result.added and as_of and as_of != result.as_of:
        note = t("history_as_of_not_used", args.lang, given=as_of.isoformat(), **fields)
        print(t("cli_msg_warning", args.lang, text=note), file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from analysis.history.snapshots import snapshot_stats
    from analysis.history.store import open_store

    with open_store(args.db, read_only=True, wait=args.wait) as con:
        stats = snapshot_stats(con, args.unit)
    shown = stats[list(LIST_COLUMNS)].copy()
    shown["as_of"] = shown["as_of"].dt.date.astype(str)
    if args.json:
        print_json(shown.to_dict("records"))
        return 0
    if shown.empty:
        print(_empty(args))
        return 0
    shown["completion_rate"] = shown["completion_rate"].map(pct)
    shown = shown.rename(columns={k: t(v, args.lang) for k, v in LIST_COLUMNS.items()})
    print_table(shown)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from analysis.history.compare import report
    from analysis.history.store import open_store

    start, end = _date(args.start), _date(args.end)
    with open_store(args.db, read_only=True, wait=args.wait) as con:
        result = report(con, args.unit, start, end)
    for w in result["warnings"]:
        print(t("cli_msg_warning", args.lang, text=t(w["code"], args.lang, **w)), file=sys.stderr)
    if args.json:
        print_json(result)
        return 0
    if not result["units"]:
        print(_empty(args))
    for entry in result["units"]:
        print("\n".join(report_lines(entry, args.lang)))
    return 0


def _empty(args: argparse.Namespace) -> str:
    """Nothing to show: the store is empty, or holds nothing of the unit asked for."""
    if args.unit:
        return t("history_no_unit", args.lang, unit=args.unit)
    return t("history_empty", args.lang)


def report_lines(entry: dict, lang: str) -> list[str]:
    """One unit's report as text: the compared dates, each change with its 序号, the rates."""
    if entry["from"] is None:
        return [t("history_report_single", lang, unit=entry["unit"], end=entry["to"])]
    lines = [
        t("history_report_head", lang, unit=entry["unit"], start=entry["from"], end=entry["to"])
    ]
    for change, word in CHANGE_WORDS.items():
        items = entry[change]
        numbers = t("list_sep", lang).join(items)
        key = "history_report_items" if items else "history_report_none"
        lines.append("  " + t(key, lang, change=t(word, lang), n=len(items), numbers=numbers))
    by_date = {s["as_of"]: s for s in entry["snapshots"]}
    b, a = by_date[entry["from"]], by_date[entry["to"]]
    rates = t(
        "history_report_rates",
        lang,
        rate_b=pct(b["completion_rate"]),
        rate_a=pct(a["completion_rate"]),
        late_b=b["overdue"],
        late_a=a["overdue"],
    )
    return [*lines, "  " + rates]


def cmd_remove(args: argparse.Namespace) -> int:
    from analysis.history.snapshots import find_snapshot, remove_snapshot
    from analysis.history.store import open_store

    as_of = _date(args.as_of)
    if args.id is None and not (args.unit and as_of):
        raise AnalysisError(t("history_remove_which", args.lang))
    with open_store(args.db, read_only=True, wait=args.wait) as con:
        found = find_snapshot(con, args.id, args.unit, as_of)
    if len(found) != 1:
        raise AnalysisError(t("history_no_such_snapshot", args.lang))
    row = found.iloc[0]
    question = t(
        "history_confirm",
        args.lang,
        unit=row["unit"],
        as_of=row["as_of"].date().isoformat(),
        id=int(row["snapshot_id"]),
        file=row["source_file"],
        findings=int(row["findings"]),
    )
    if not args.yes and not _confirmed(question):
        print(t("history_not_removed", args.lang))
        return 0  # the user's answer, not a failure (exit 1 means a bug)
    with open_store(args.db, wait=args.wait) as con:
        remove_snapshot(con, int(row["snapshot_id"]))
    print(t("history_removed", args.lang, id=int(row["snapshot_id"])))
    return 0


def _confirmed(question: str) -> bool:
    """Ask on the terminal; no answer (end of input) means no."""
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def _store_options(p: Parser) -> None:
    """Where the store is, how long to wait for it, and the language of messages."""
    p.add_argument("--db", metavar="FILE", help=p.t("cli_arg_history_db"))
    p.add_argument(
        "--wait", type=float, default=10.0, metavar="SECONDS", help=p.t("cli_arg_history_wait")
    )
    add_lang(p)


def _unit(p: Parser, help_key: str = "cli_arg_history_unit") -> None:
    p.add_argument("--unit", metavar="UNIT", help=p.t(help_key))


def _dated(p: Parser, flag: str, dest: str, help_key: str) -> None:
    p.add_argument(
        flag, dest=dest, type=p.typed(iso_date), metavar="YYYY-MM-DD", help=p.t(help_key)
    )


def register(sub: argparse._SubParsersAction) -> None:
    """Add `history` and its subcommands (add, list, report, remove) to the parser."""
    group = command(sub, "history")
    group.add_argument("--lang", dest="group_lang", choices=LANGS, help=group.t("cli_arg_lang"))
    hsub = subcommands(group, "history")

    p = command(hsub, "add", "history_add")
    add_ledger(p, "cli_arg_history_ledger")
    _unit(p, "cli_arg_history_unit_add")
    _dated(p, "--as-of", "as_of", "cli_arg_history_as_of_add")
    add_column(p)
    _store_options(p)
    p.set_defaults(func=cmd_add)

    p = command(hsub, "list", "history_list")
    _unit(p)
    add_json(p)
    _store_options(p)
    p.set_defaults(func=cmd_list)

    p = command(hsub, "report", "history_report")
    _unit(p)
    _dated(p, "--from", "start", "cli_arg_history_from")
    _dated(p, "--to", "end", "cli_arg_history_to")
    add_json(p)
    _store_options(p)
    p.set_defaults(func=cmd_report)

    p = command(hsub, "remove", "history_remove")
    p.add_argument("id", nargs="?", type=int, metavar="ID", help=p.t("cli_arg_history_id"))
    _unit(p, "cli_arg_history_unit_remove")
    _dated(p, "--as-of", "as_of", "cli_arg_history_as_of_remove")
    p.add_argument("--yes", action="store_true", help=p.t("cli_arg_history_yes"))
    _store_options(p)
    p.set_defaults(func=cmd_remove)
