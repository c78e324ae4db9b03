"""One sheet of an office ledger: classify its rows (blank, aspect heading, problem, measure)
and read each column with the shared field parsers. Every row is loaded or reported."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.i18n import t
from analysis.model.errors import Problem
from analysis.read import fields
from analysis.read.office.cells import ASPECT_ROW, as_text, is_date_cell
from analysis.read.office.grids import Sheet
from analysis.read.office.headers import (
    FIELD_ORDER,
    REQUIRED,
    Columns,
    column_letter,
    read_columns,
)
from analysis.read.office.measures import derive_findings, inherit, own_deadlines
from analysis.read.office.numbering import is_heading
from analysis.read.office.row_numbers import headings, read_numbers
from analysis.read.office.values import read_values
from analysis.read.status import StatusWords


@dataclass
class SheetResult:
    """What one sheet yielded: tables, problems, notes (located warnings) and row counts."""

    findings: pd.DataFrame
    measures: pd.DataFrame
    problems: list[tuple[int, int, Problem]] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    data_rows: int = 0
    blank_rows: int = 0
    sheet: str = ""
    has_status: bool = True


class SheetReader:
    """Read a sheet whose header is at `header_at` (0-based) into findings and measures."""

    def __init__(
        self,
        file: str,
        sheet: Sheet,
        header_at: int,
        words: StatusWords,
        context_year: Callable[[], tuple[int, str]],
        lang: str,
        overrides: Mapping[str, str | None] | None = None,
    ):
        self.file, self.sheet, self.words, self.lang = file, sheet.name, words, lang
        self.context_year = context_year
        self.header_at = header_at
        self.columns: Columns = read_columns(
            sheet.grid, header_at, lambda w: words.status(w) is not None, overrides or {}
        )
        start = self.columns.data_start
        body = sheet.grid.iloc[start:].reset_index(drop=True)
        self.rows = np.arange(start + 1, start + 1 + len(body))  # sheet row numbers
        self.problems: list[tuple[int, int, Problem]] = []
        self.notes: list[Problem] = []
        self.cells = [self._clean(body.iloc[:, j], j, sheet.control) for j in range(body.shape[1])]
        self.empty = np.column_stack(
            [c.isna().to_numpy() for c in self.cells] or [np.ones(len(body), dtype=bool)]
        )
        for r, j in sheet.formulas:
            if r >= start:
                self._at(r + 1, self._label_of(j), 99, "cell_formula_no_value")

    def _label_of(self, j: int) -> str:
        for key, cols in self.columns.at.items():
            if j in cols:
                return self.columns.label(key)
        return column_letter(j)

    def _clean(self, column: pd.Series, j: int, control: bool) -> pd.Series:
        text = fields.stripped(column)
        if not control:
            return text
        text, hit = fields.remove_control(text)
        for i in np.flatnonzero(hit):
            self.notes.append(
                Problem(
                    self.file,
                    "",
                    self.sheet,
                    int(self.rows[i]),
                    self._label_of(j),
                    code="cell_control_chars",
                )
            )
        return fields.stripped(text) if hit.any() else text

    def col(self, key: str) -> pd.Series:
        """The column for a field as stripped text, blanks missing (all missing if absent)."""
        cols = [j for j in self.columns.at.get(key, []) if j < len(self.cells)]
        if not cols:
            return pd.Series([None] * len(self.rows), dtype="str")
        if len(cols) == 1:
            return self.cells[cols[0]]
        joined = pd.concat([self.cells[j] for j in cols], axis=1).apply(
            lambda r: "\n".join(v for v in r if isinstance(v, str)) or None, axis=1
        )
        return joined.astype("str").where(joined.notna())

    def _at(self, row: int, column: str, order: int, code: str, **values: object) -> None:
        self.problems.append(
            (row, order, Problem(self.file, "", self.sheet, row, column, code=code, fields=values))
        )

    def problem(self, row: int, key: str, code: str, **values: object) -> None:
        """Report a problem at a sheet row, in the column the office typed for `key`."""
        self._at(row, self.columns.label(key), FIELD_ORDER[key], code, **values)

    def read(self) -> SheetResult:
        header_row = self.header_at + 1
        unread = "、".join(f"{r.typed}（{r.letter}）" for r in self.columns.unused if r.typed)
        for key in REQUIRED:
            if key not in self.columns.at:
                code = "ledger_missing_column_unread" if unread else "ledger_missing_column"
                self.problem(header_row, key, code, label=self.columns.label(key), unread=unread)
        for key, j in self.columns.duplicates:
            self.problem(
                header_row,
                key,
                "ledger_duplicate_column",
                label=self.columns.label(key),
                other=column_letter(j),
            )
        for key, n in self.columns.merged:
            self.notes.append(
                Problem(
                    self.file,
                    "",
                    self.sheet,
                    header_row,
                    self.columns.label(key),
                    code="ledger_columns_merged",
                    fields={"label": self.columns.label(key), "n": n},
                )
            )
        if any(
            p[2].code.startswith(("ledger_missing_column", "ledger_duplicate_column"))
            for p in self.problems
        ):
            return self._result(pd.DataFrame(), pd.DataFrame(), 0, 0)
        filled = (~self.empty).sum(axis=1)
        blank = filled == 0
        number, title = self.col("number"), self.col("title")
        aspect_row = self._aspect_rows(filled)
        is_finding = ~blank & ~aspect_row & (number.notna() | title.notna()).to_numpy()
        is_continuation = ~blank & ~aspect_row & ~is_finding
        used = is_finding | is_continuation
        values = read_values(self, used, is_finding)
        findings = self._findings(is_finding, aspect_row, values)
        measures, own = self._measures(is_finding, is_continuation, findings, values)
        if not self.problems:
            basis = t("measure_status_basis", self.lang)
            findings = derive_findings(findings, measures, own[:, 0], basis, own[:, 1])
        return self._result(findings, measures, int((~blank).sum()), int(blank.sum()))

    def _result(self, findings, measures, data_rows: int, blank_rows: int) -> SheetResult:
        has_status = "status" in self.columns.at
        return SheetResult(
            findings,
            measures,
            self.problems,
            self.notes,
            data_rows,
            blank_rows,
            self.sheet,
            has_status,
        )

    def _aspect_rows(self, filled: np.ndarray) -> np.ndarray:
        """Heading rows (one filled cell): 一、…方面 anywhere but the status column, or an
        unnumbered heading (…方面, 第二部分) alone in the first or the 序号 column."""
        out = np.zeros(len(self.rows), dtype=bool)
        status_cols = self.columns.at.get("status", [])
        first = {0, *self.columns.at.get("number", [])}
        for i in np.flatnonzero(filled == 1):
            j = int(np.flatnonzero(~self.empty[i])[0])
            text = self.cells[j].iat[i]
            if (j not in status_cols and ASPECT_ROW.match(text)) or (
                j in first and is_heading(text)
            ):
                out[i] = True
        return out

    def _findings(self, is_finding: np.ndarray, aspect_row: np.ndarray, v: dict) -> pd.DataFrame:
        rows = self.rows[is_finding]
        pick = lambda s: pd.Series(s)[is_finding].reset_index(drop=True)  # noqa: E731
        number, label = read_numbers(pick(self.col("number")), rows, self.problem)
        title = pick(self.col("title"))
        for row in rows[title.isna().to_numpy()]:
            self.problem(int(row), "title", "ledger_title_empty")
        codes, words = pd.factorize(pick(v["raw_status"]))
        basis = fields.take([f"ledger status '{w}'" for w in words], codes)
        fill = pick(v["fill"]).to_numpy(dtype=bool)
        if fill.any():
            said = pick(self.col("completed_on"))[fill]
            basis[fill] = [f"{self.columns.label('completed_on')} '{w}'" for w in said]
        status_basis = pd.Series(basis, dtype="string")
        aspect_text, category_text = headings(self.cells, self.empty, aspect_row, is_finding)
        aspect = pick(self.col("aspect")).astype("string").fillna(aspect_text)
        category = pick(self.col("category")).astype("string").fillna(category_text)
        deadline_raw = pick(self.col("deadline"))
        status = pick(v["status"])
        return pd.DataFrame(
            {
                "number": number,
                "label": label,
                "title": title.astype("string"),
                "aspect": aspect,
                "category": category,
                "status": status,
                "status_basis": status_basis,
                "measures_text": as_text(pick(self.col("measures_text"))),
                "leader": as_text(pick(self.col("leader"))),
                "department": as_text(pick(self.col("department"))),
                "co_department": as_text(pick(self.col("co_department"))),
                "deadline": pick(v["deadline"].date),
                "deadline_text": as_text(deadline_raw.where(~is_date_cell(deadline_raw))),
                "long_term": pick(v["deadline"].long_term).to_numpy(dtype=bool)
                | pick(v["status_long_term"]).to_numpy(dtype=bool)
                | status.eq("long_term").to_numpy(),
                "progress": as_text(pick(self.col("progress"))),
                "completed_on": pick(v["closed"].date),
                "evidence": as_text(pick(self.col("evidence"))),
                "remarks": as_text(pick(self.col("remarks"))),
                **self._sources(len(rows)),
                "source_row": rows,
            }
        )

    def _sources(self, n: int) -> dict[str, pd.Categorical]:
        """source_file and source_sheet for n rows (one value each, built without n strings)."""
        codes = np.zeros(n, dtype=np.int8)
        return {
            "source_file": pd.Categorical.from_codes(codes, [self.file]),
            "source_sheet": pd.Categorical.from_codes(codes, [self.sheet]),
        }

    def _measures(
        self, is_finding: np.ndarray, is_continuation: np.ndarray, findings: pd.DataFrame, v: dict
    ) -> tuple[pd.DataFrame, np.ndarray]:
        """One measure per 整改措施 cell, with its own status, deadline, department and date."""
        owner = (
            pd.Series(np.where(is_finding, np.cumsum(is_finding) - 1, -1))
            .replace(-1, np.nan)
            .ffill()
            .to_numpy(dtype=float)
        )
        text = self.col("measures_text")
        title_label = self.columns.label("title")
        for i in np.flatnonzero(is_continuation):
            if np.isnan(owner[i]):
                self.problem(int(self.rows[i]), "title", "ledger_orphan_row")
            elif pd.isna(text.iat[i]):
                others = "、".join(
                    self.columns.label(k)
                    for k, cols in self.columns.at.items()
                    if any(not self.empty[i, j] for j in cols if j < self.empty.shape[1])
                )
                self.problem(
                    int(self.rows[i]),
                    "title",
                    "ledger_row_without_problem",
                    problem=title_label,
                    others=others or "…",
                )
        keep = (is_finding | is_continuation) & text.notna().to_numpy() & ~np.isnan(owner)
        if self.problems:
            return pd.DataFrame(), np.zeros((0, 2), dtype=bool)
        status = pd.Series(v["status"], dtype=object)
        own_status = (is_continuation & v["raw_status"].notna().to_numpy())[keep]
        own_deadline = (is_continuation & self.col("deadline").notna().to_numpy())[keep]
        own = {
            "status": inherit(status, owner, is_finding),
            **own_deadlines(v["deadline"], self.col("deadline"), owner, is_finding),
            "department": inherit(self.col("department"), owner, is_finding),
            "completed_on": inherit(v["closed"].date, owner, is_finding),
        }
        owners = owner[keep].astype(int)
        measures = pd.DataFrame(
            {
                "finding_number": findings["number"].to_numpy()[owners],
                "text": as_text(text[keep].reset_index(drop=True)),
                "enumerated": False,
                **{k: s[keep].reset_index(drop=True) for k, s in own.items()},
                **self._sources(int(keep.sum())),
                "source_row": self.rows[keep],
            }
        )
        measures["seq"] = measures.groupby(owners).cumcount() + 1
        several = np.flatnonzero(np.bincount(owners, minlength=len(findings)) > 1)
        if len(several):
            texts = measures["text"].groupby(owners)
            findings.loc[several, "measures_text"] = [
                "\n".join(texts.get_group(o)) for o in several
            ]
        return measures, np.column_stack([own_status, own_deadline])
