"""Read the ledgers offices keep (.xlsx or .csv) into a Ledger.

Real ledgers have a title row above the header, two-row headers (责任部门 → 牵头 / 配合),
blank spacer rows, aspect rows (一、…方面) between problems, merged cells spanning a
problem's measures, text dates, and several sheets (已完成 / 未完成, instructions, hidden
templates). Every sheet with a ledger header is read and the rows concatenated; every other
sheet is named in a note; every row is loaded or reported: nothing is dropped without a word.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.i18n import t
from analysis.model.errors import LedgerError, Note, Problem
from analysis.model.ledger import Ledger, from_frames
from analysis.read.dates import year_in_title
from analysis.read.office.column_report import column_map_json, unused_notes
from analysis.read.office.corrections import Overrides, office_words
from analysis.read.office.grids import Sheet, read_sheets
from analysis.read.office.headers import (
    HEADER_LABELS,
    Columns,
    blank,
    find_header_row,
    header_key,
)
from analysis.read.office.sheet import SheetReader, SheetResult
from analysis.read.office.unit import unit_from_title
from analysis.read.status import StatusWords

__all__ = ["HEADER_LABELS", "header_key", "read_office_ledger", "unit_from_title"]
NOTES_SHOWN = 20


def read_office_ledger(
    path: Path | str,
    unit: str | None = None,
    statuses: Path | str | Mapping | None = None,
    lang: str = "zh",
    as_of: object = None,
    columns: Mapping[str, str] | Iterable[str] | None = None,
) -> Ledger:
    """Load an office's ledger, every sheet with a ledger header; raises LedgerError listing
    every problem. `statuses` adds the office's own status words and column corrections (else
    statuses.yaml beside the ledger); `columns` corrects what columns mean ({header: meaning}
    or 'header=meaning' texts); `as_of` gives the year of dates typed without one when
    nothing else does."""
    path = Path(path)
    words, overrides = office_words(statuses, path, columns)
    results: list[SheetResult] = []
    templates: list[SheetResult] = []
    problems: list[Problem] = []
    notes: list[Problem] = []
    titles: list[str] = []
    mapped: list[tuple[str, Columns]] = []
    for sheet in read_sheets(path):
        read = _read_sheet(
            path.name, sheet, (words, overrides), lang, as_of, notes, problems, titles, mapped
        )
        if read is not None:
            (results if read.data_rows or read.problems else templates).append(read)
    for r in results:
        problems += [p for _, _, p in sorted(r.problems, key=lambda p: (p[0], p[1]))]
        notes += r.notes
    if problems:
        raise LedgerError(problems)
    if not results and templates:  # a template not yet filled in: nothing to brief on
        first = templates[0].sheet
        raise LedgerError([Problem(path.name, code="ledger_no_rows", fields={"sheet": first})])
    if not results:
        names = "、".join(HEADER_LABELS[k] for k in ("number", "title", "status"))
        raise LedgerError([Problem(path.name, code="ledger_no_header", fields={"names": names})])
    notes += unused_notes(path.name, mapped, {r.sheet for r in results})
    findings, measures, renumbered = _concatenate(results)
    if renumbered:
        notes.append(Problem(path.name, code="sheets_renumbered", fields={"example": renumbered}))
    notes += _sheet_name_checks(path.name, findings, words)
    title = titles[0] if titles else ""
    named = unit or unit_from_title(title)
    meta = {
        "source_file": path.name,
        "source_kind": "office_ledger",
        "sheet": "、".join(r.sheet for r in results),
        "unit": named or unit_from_title(path.stem) or path.stem,  # 区民政局整改台账.xlsx: 区民政局
        "unit_basis": "" if named else "file_name",  # no unit stated: the file's name stands in
        "title": title,
        "rows_read": str(sum(r.data_rows for r in results)),
        "blank_rows": str(sum(r.blank_rows for r in results)),
        "column_map": column_map_json(mapped, {r.sheet for r in results}),
        "status_column": "yes" if any(r.has_status for r in results) else "no",
        "unrecognised": _unrecognised(notes),
        "dates_unread": str(sum(n.code == "date_kept_as_text" for n in notes)),
    }
    return from_frames({"findings": findings, "measures": measures}, meta, _warnings(notes, lang))


def _read_sheet(
    file: str,
    sheet: Sheet,
    office: tuple[StatusWords, Overrides],
    lang: str,
    as_of: object,
    notes: list[Problem],
    problems: list[Problem],
    titles: list[str],
    mapped: list[tuple[str, Columns]],
) -> SheetResult | None:
    """One sheet's result, or None with a note (or a problem) saying why it was not read."""
    words, overrides = office
    hidden = t("sheet_hidden", lang) if sheet.hidden else ""
    header_at = find_header_row(sheet.grid, overrides)
    if header_at is None:
        filled = _filled_per_row(sheet.grid)
        if not filled.any():
            notes.append(
                Problem(
                    file, code="sheet_skipped_empty", fields={"sheet": sheet.name, "hidden": hidden}
                )
            )
        elif (filled >= 3).sum() >= 2:
            names = "、".join(HEADER_LABELS[k] for k in ("number", "title", "status"))
            problems.append(
                Problem(
                    file,
                    "",
                    sheet.name,
                    code="sheet_table_without_header",
                    fields={"n": int((filled >= 3).sum()), "names": names},
                )
            )
        else:
            notes.append(
                Problem(
                    file, code="sheet_skipped_notes", fields={"sheet": sheet.name, "hidden": hidden}
                )
            )
        return None
    title = _title_above(sheet.grid, header_at)
    if title:
        titles.append(title)
    reader = SheetReader(
        file, sheet, header_at, words, _year_context(sheet.grid, title, as_of), lang, overrides
    )
    mapped.append((sheet.name, reader.columns))
    result = reader.read()
    if not result.data_rows and not result.problems:
        notes.append(
            Problem(
                file, code="sheet_skipped_template", fields={"sheet": sheet.name, "hidden": hidden}
            )
        )
    if sheet.hidden and result.data_rows and not result.problems:
        notes.append(Problem(file, code="sheet_hidden_read", fields={"sheet": sheet.name}))
    return result


def _filled_per_row(grid: pd.DataFrame) -> np.ndarray:
    if grid.empty:
        return np.zeros(0, dtype=int)
    text = grid.astype("str").apply(lambda c: c.str.strip())
    return (text.notna() & text.ne("")).sum(axis=1).to_numpy()


def _year_context(grid: pd.DataFrame, title: str | None, as_of: object):
    """A callable giving (year, basis) for dates typed without a year, worked out once."""

    def year() -> tuple[int, str]:
        if (y := year_in_title(title)) is not None:
            return y, "date_basis_title"
        sample = grid.head(2000).astype("str").stack()
        years = Counter(
            int(y) for y in sample.str.extract(r"((?:19|20)\d{2})\s*[-/.年]")[0].dropna()
        )
        if years:
            return years.most_common(1)[0][0], "date_basis_dates"
        when = pd.Timestamp(as_of) if as_of is not None else pd.Timestamp(dt.date.today())
        return int(when.year), "date_basis_as_of"

    return year


def _title_above(grid: pd.DataFrame, header_at: int) -> str | None:
    for i in range(header_at):
        cells = [str(v).strip() for v in grid.iloc[i].tolist() if not blank(v)]
        if cells:
            return cells[0]
    return None


def _concatenate(results: list[SheetResult]) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """All sheets' rows in order; numbers repeating across sheets are renumbered (and said)."""
    frames = [r.findings for r in results if len(r.findings)]
    if not frames:
        return pd.DataFrame(), pd.DataFrame(), ""
    findings = pd.concat(frames, ignore_index=True)
    frames = [r.measures for r in results if len(r.measures)]
    measures = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if len(results) < 2 or not findings["number"].duplicated().any():
        return findings, measures, ""
    own = findings["label"].astype("string").fillna(findings["number"].astype("string"))
    findings["label"] = findings["source_sheet"].astype("string") + " " + own
    new = pd.Series(np.arange(1, len(findings) + 1), dtype="Int64")
    if len(measures):
        pairs = zip(findings["source_sheet"], findings["number"], strict=True)
        key = dict(zip(pairs, new, strict=True))
        measures["finding_number"] = [
            key[(s, n)]
            for s, n in zip(measures["source_sheet"], measures["finding_number"], strict=True)
        ]
    findings["number"] = new
    return findings, measures, str(findings["label"].iloc[-1])


def _sheet_name_checks(file: str, findings: pd.DataFrame, words: StatusWords) -> list[Problem]:
    """A sheet named 已完成 / 未完成 cross-checks its rows' statuses (the status column wins)."""
    out: list[Problem] = []
    if findings.empty:
        return out
    for sheet, rows in findings.groupby("source_sheet", sort=False):
        said = words.status(sheet)
        if said is None:
            continue
        wrong = (
            rows["status"].ne("completed")
            if said == "completed"
            else rows["status"].eq("completed")
        )
        for r in rows[wrong.to_numpy(dtype=bool)].itertuples():
            word = str(r.status_basis).removeprefix("ledger status ").strip("'")
            out.append(
                Problem(
                    file,
                    "",
                    sheet,
                    int(r.source_row),
                    HEADER_LABELS["status"],
                    code="sheet_status_mismatch",
                    fields={"sheet": sheet, "word": word},
                )
            )
    return out


def _unrecognised(notes: list[Problem]) -> str:
    """The status words no rule recognised and their row counts, as JSON ({word: rows})."""
    words: Counter[str] = Counter()
    for note in notes:
        if note.code == "status_unrecognised":
            words[str(note.fields["word"])] += int(note.fields["n"])  # type: ignore[call-overload]
    return json.dumps(dict(words), ensure_ascii=False) if words else ""


def _warnings(notes: list[Problem], lang: str) -> list[str]:
    """Notes as warnings (Notes, said in any language), those of one kind beyond NOTES_SHOWN
    summed up."""
    out: list[str] = []
    shown: Counter[str] = Counter()
    for note in notes:
        shown[note.code] += 1
        if shown[note.code] <= NOTES_SHOWN:
            out.append(Note.of(note, lang))
    for code, n in shown.items():
        if n > NOTES_SHOWN:
            what = Note(code, lang, **_blank_fields(code))
            out.append(Note("cells_more_of", lang, n=n - NOTES_SHOWN, what=what))
    return out


def _blank_fields(code: str) -> dict:
    return {k: "…" for k in re.findall(r"{(\w+)", t(code, "en"))}
