"""数据来源 as one two-column table: what (narrow) and where it comes from (wide).

One row per source sentence or set of ledger rows, with every figure it supports; file
names, hashes, the annotation file and reader locations appear here only, and in words
(台账第3行“完成时限”), never as codes. Built once per briefing for its as-of date.
"""

from __future__ import annotations

import pandas as pd

from analysis.i18n import date_text, t
from analysis.model.errors import Note, say
from analysis.model.ledger import Ledger
from analysis.present.blocks import Table
from analysis.present.charts import ChartSet, missing_sentence
from analysis.present.notes import source_table, status_basis_notes

#: Charts whose data only a women's federation's notice holds: an office ledger lacking
#: them lacks nothing, so 数据来源 does not list them as missing.
NOTICE_ONLY = ("missing_delegates", "missing_organisations", "missing_events")
#: Short hash shown: enough to tell two versions apart, short enough for one line.
SHA_SHOWN = 16


def where_in_words(problem, lang: str) -> str:
    """A reader location as words: 台账第3行“完成时限” (a CSV's pseudo-sheet left out)."""
    row, sheet = problem.row, problem.sheet
    if row is None:
        return problem.file
    sheet_named = sheet and sheet.lower() not in ("csv", "") and not problem.file.endswith(sheet)
    where = (
        t("src_where_sheet_row", lang, sheet=sheet, row=row)
        if sheet_named
        else t("src_where_row", lang, row=row)
    )
    if problem.column:
        where += t("src_where_column", lang, column=problem.column)
    return where


def warning_text(warning: object, lang: str) -> str:
    """A reader warning with its location in words."""
    if isinstance(warning, Note) and warning.problem is not None and warning.problem.row:
        p = warning.problem
        return t("src_where_text", lang, where=where_in_words(p, lang), text=p.text(lang))
    return say(warning, lang)


def sources(
    ledger: Ledger, charts: ChartSet, lang: str, as_of: pd.Timestamp, basis: str = ""
) -> Table:
    """The 数据来源 table of a briefing as of one date."""
    m = ledger.meta
    rows: list[tuple[str, str]] = []
    shown = date_text(as_of, lang)
    rows.append(
        (
            t("src_as_of", lang),
            t("src_as_of_text", lang, date=shown, basis=t(basis, lang)) if basis else shown,
        )
    )
    if m.get("source_file"):
        sha = (m.get("source_sha256") or m.get("ledger_sha256", ""))[:SHA_SHOWN]
        rows.append((t("src_file", lang), t("src_file_text", lang, file=m["source_file"], sha=sha)))
    if m.get("ledger_file") and m.get("ledger_file") != m.get("source_file"):
        sha = m.get("ledger_sha256", "")[:SHA_SHOWN]
        rows.append(
            (t("src_ledger_file", lang), t("src_file_text", lang, file=m["ledger_file"], sha=sha))
        )
    if m.get("published"):
        file = m.get("annotations", "annotations")
        published = t("src_published_text", lang, date=date_text(m["published"], lang), file=file)
        rows.append((t("src_published", lang), published))
    rows += figure_rows(ledger, lang, as_of)
    rows += [(t("src_status_basis", lang), s) for s in status_basis_notes(ledger, lang)]
    inferred = int(ledger.events["year_inferred"].fillna(False).astype(bool).sum())
    if inferred:
        rows.append((t("src_year_inferred", lang), t("note_year_inferred", lang, n=inferred)))
    missing = _missing(ledger, charts)
    if missing:
        rows.append((t("src_not_drawn", lang), missing_sentence(ledger, missing, lang)))
    rows += [(t("src_warning", lang), warning_text(w, lang)) for w in ledger.warnings]
    return table(rows, lang)


def _missing(ledger: Ledger, charts: ChartSet) -> list[str]:
    if ledger.meta.get("source_kind") == "notice":
        return list(charts.missing)
    return [k for k in charts.missing if k not in NOTICE_ONLY]


def figure_rows(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> list[tuple[str, str]]:
    """Key figures grouped by the sentence or rows they come from: one row per source."""
    frame = source_table(ledger, lang, as_of).frame
    grouped: dict[str, list[str]] = {}
    for label, value, source in frame.itertuples(index=False):
        grouped.setdefault(str(source), []).append(
            t("src_figure_value", lang, label=label, value=value)
        )
    notice = ledger.meta.get("source_kind") == "notice"
    return [
        (
            t("list_sep", lang).join(labels),
            t("src_notice_sentence", lang, text=src) if notice else src,
        )
        for src, labels in grouped.items()
    ]


def table(rows: list[tuple[str, str]], lang: str) -> Table:
    """Rows as the 数据来源 table, each row once."""
    unique = list(dict.fromkeys(rows))
    frame = pd.DataFrame(unique, columns=[t("src_col_what", lang), t("src_col_source", lang)])
    return Table(t("caption_sources", lang), frame)
