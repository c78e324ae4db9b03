"""数据说明: where the figures come from, what is inferred, and what the data lacks (said once)."""

from __future__ import annotations

import pandas as pd

from analysis.figures.completion import overdue_mask
from analysis.i18n import date_text, pct, t
from analysis.model.errors import say
from analysis.model.ledger import Ledger
from analysis.present.blocks import Table
from analysis.present.charts import ChartSet, missing_sentence


def data_notes(
    ledger: Ledger, charts: ChartSet, lang: str, as_of: pd.Timestamp | None = None, basis: str = ""
) -> list[str]:
    """Sources, what is inferred, and what the data cannot tell."""
    m = ledger.meta
    notes = []
    if as_of is not None and basis:
        notes.append(t("note_as_of", lang, date=date_text(as_of, lang), basis=t(basis, lang)))
    if m.get("source_file"):  # an office ledger is its own source: its hash is the ledger's
        sha = m.get("source_sha256") or m.get("ledger_sha256", "")
        notes.append(t("note_source_file", lang, file=m["source_file"], sha=sha))
    if m.get("ledger_file") and m.get("ledger_file") != m.get("source_file"):
        notes.append(
            t("note_ledger_file", lang, file=m["ledger_file"], sha=m.get("ledger_sha256", ""))
        )
    if m.get("published"):
        file = m.get("annotations", "annotations")
        notes.append(t("note_published", lang, date=date_text(m["published"], lang), file=file))
    notes += status_basis_notes(ledger, lang)
    inferred = int(ledger.events["year_inferred"].fillna(False).astype(bool).sum())
    if inferred:
        notes.append(t("note_year_inferred", lang, n=inferred))
    if charts.missing:
        notes.append(missing_sentence(ledger, charts.missing, lang))
    notes += [t("note_reader_warning", lang, text=say(w, lang)) for w in ledger.warnings]
    return notes


def status_basis_notes(ledger: Ledger, lang: str) -> list[str]:
    """Say when statuses rest on a declared total rather than on per-item records."""
    f = ledger.findings
    from_total = f["status_basis"].fillna("").astype(str).str.startswith("declared total")
    if not from_total.any():
        return []
    done = ledger.declared_value("completed")
    total = ledger.declared_value("problems")
    return [
        t(
            "note_status_basis",
            lang,
            n=int(from_total.sum()),
            done=f"{done:g}" if done is not None else "—",
            total=f"{total:g}" if total is not None else "—",
        )
    ]


def source_table(ledger: Ledger, lang: str = "zh", as_of: object = None) -> Table:
    """Key figures with the sentence (notice) or ledger rows each comes from, as of as_of
    (None: today; a briefing always passes its own date, so 逾期 agrees with the body)."""
    rows = []
    declared = ledger.declared[ledger.declared["mention"] == 1]
    for r in declared.itertuples():
        shown = pct(r.value) if r.figure == "completion_rate" else f"{r.value:g}"
        rows.append((t(r.figure, lang), shown, r.source_text))
    for r in ledger.delegates.itertuples():
        bound = f"≥{pct(r.threshold)}" if pd.notna(r.threshold) else t("present", lang)
        rows.append((t(r.indicator, lang), bound, r.source_text))
    if len(ledger.organisations):
        lists = " / ".join(ledger.organisations["source_text"].drop_duplicates())
        rows.append((t("new_organisations", lang), str(len(ledger.organisations)), lists))
    if ledger.meta.get("source_kind") == "office_ledger":
        rows += _ledger_rows(ledger, lang, as_of)
    headers = [t("col_figure", lang), t("col_value", lang), t("col_source", lang)]
    return Table(t("caption_sources", lang), pd.DataFrame(rows, columns=headers))


def _ledger_rows(ledger: Ledger, lang: str, as_of: object) -> list[tuple[str, str, str]]:
    """An office ledger's key figures, each with the rows it counts."""
    f, m = ledger.findings, ledger.measures
    span = f"{f['source_row'].min()}–{f['source_row'].max()}"
    out = [
        (
            t("findings", lang),
            str(len(f)),
            t("src_ledger_rows", lang, rows=t("rows_span", lang, span=span)),
        )
    ]
    counted = {
        "completed": f.loc[f["status"].eq("completed"), "source_row"],
        "overdue": f.loc[overdue_mask(f, as_of), "source_row"],
        "source_ledger_measures": m["source_row"] if "source_row" in m else pd.Series(),
    }
    for key, found in counted.items():
        if len(found):
            rows = t("src_ledger_rows", lang, rows=_row_list(found, lang))
            out.append((t(key, lang), str(len(found)), rows))
    return out


def _row_list(rows: pd.Series, lang: str, most: int = 12) -> str:
    """'第5、9行', or the first `most` rows and how many in all."""
    numbers = [str(int(r)) for r in sorted(rows.dropna().unique())]
    shown = t("list_sep", lang).join(numbers[:most])
    if len(numbers) <= most:
        return t("rows_span", lang, span=shown)
    return t("rows_some", lang, span=shown, n=len(numbers))
