"""Field parsers shared by the ledger and roster readers: a column of cell texts in, typed
values and a list of issues out. Each issue is (position, catalogue code, fields); the
reader turns it into a located Problem naming the header the office typed.

Columns are checked as wholes (each distinct word or date text is parsed once), which keeps
a 100,000-row ledger fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.read.dates import DateError, ParsedDate, YearMissing, parse_date
from analysis.read.status import StatusWords
from analysis.read.textnorm import cn_to_int, normalise

Issue = tuple[int, str, dict]
#: Control characters Word and old systems leave in cells (tab, newline and CR are kept).
CONTROL = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
NUMBER_LIMIT = 999_999
YES = ("是", "y", "yes", "true", "1", "√", "✓")
NO = ("否", "n", "no", "false", "0", "", "×")


def take(per_value: list, codes: np.ndarray, missing: object = None) -> np.ndarray:
    """per_value[code] for each code of pd.factorize; missing where the code is -1."""
    table = np.empty(len(per_value) + 1, dtype=object)
    table[:-1] = per_value
    table[-1] = missing
    return table[codes]


def stripped(column: pd.Series) -> pd.Series:
    """A grid column as stripped text; empty and white-space-only cells become missing."""
    text = column.astype("str").str.strip()
    return text.where(text.ne("") & text.notna())


def remove_control(column: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """The column without control characters, and the positions of the cells cleaned."""
    hit = column.str.contains(CONTROL, regex=True).fillna(False).to_numpy(dtype=bool)
    if not hit.any():
        return column, hit
    cleaned = column.copy()
    cleaned[hit] = column[hit].str.replace(CONTROL, "", regex=True)
    return cleaned, hit


_WHOLE = re.compile(r"^\d+$")


def whole_numbers(raw: pd.Series) -> tuple[pd.Series, list[Issue]]:
    """序号 as positive whole numbers (1, '1', '一', '1.'); blanks stay missing.

    Negative, zero, fractional, exponent (1e3), infinite and huge values are issues.
    """
    text = raw.astype("str")
    # [0-9], not \d: Arrow runs it (\d sends pandas to Python); full-width １ goes below
    simple = text.str.fullmatch(r"[1-9][0-9]{0,5}").fillna(False).to_numpy(dtype=bool)
    out = pd.Series(pd.NA, index=raw.index, dtype="Int64")
    out[simple] = text[simple].astype("int64")
    issues: list[Issue] = []
    for i in np.flatnonzero(~simple & raw.notna().to_numpy()):
        value = str(raw.iat[i])
        n, code = _number(value)
        if code:
            limit = {"limit": NUMBER_LIMIT} if code == "number_too_large" else {}
            issues.append((int(i), code, {"value": value, **limit}))
        else:
            out.iat[i] = n
    return out, issues


def _number(value: str) -> tuple[int | None, str]:
    """One 序号 that is not a plain 1–99999: the number, or the issue's code."""
    text = normalise(value).strip().rstrip(".、")
    n = int(text) if _WHOLE.match(text) else cn_to_int(text)
    if n is not None:
        if n == 0:
            return None, "number_not_positive"
        return (n, "") if n <= NUMBER_LIMIT else (None, "number_too_large")
    if re.fullmatch(r"-\s*\d+(?:\.0*)?", text):
        return None, "number_not_positive"
    return None, "number_not_whole"


@dataclass
class StatusColumn:
    """A status column read: statuses, long-term commitments, blanks, words not recognised."""

    status: np.ndarray
    long_term: np.ndarray
    issues: list[Issue]
    #: (word, positions) for each distinct cell no rule recognised, kept as 未识别
    unrecognised: list[tuple[str, np.ndarray]]


def statuses(raw: pd.Series, words: StatusWords) -> StatusColumn:
    """Statuses (each distinct cell read once); blanks are issues, cells not recognised are
    kept as `unrecognised` and listed once per word with their positions."""
    codes, distinct = pd.factorize(raw)
    readings = [words.read(w) for w in distinct]
    status = take([r.status or "unrecognised" for r in readings], codes)
    long_term = take([r.long_term for r in readings], codes, missing=False).astype(bool)
    issues: list[Issue] = [(int(i), "status_empty", {}) for i in np.flatnonzero(codes < 0)]
    unknown = [
        (str(w), np.flatnonzero(codes == k))
        for k, (w, r) in enumerate(zip(distinct, readings, strict=True))
        if r.status is None
    ]
    return StatusColumn(status, long_term, issues, unknown)


@dataclass
class DateColumn:
    """A date column read: dates, long-term flags, issues, and the notes to warn about."""

    date: pd.Series
    long_term: np.ndarray
    issues: list[Issue] = field(default_factory=list)
    #: (first position, rows, text, year, basis code) for texts that gave no year
    inferred: list[tuple[int, int, str, int, str]] = field(default_factory=list)
    #: (first position, rows, text) for status words typed where a date belongs
    status_words: list[tuple[int, int, str]] = field(default_factory=list)
    said_completed: np.ndarray | None = None


def dates(
    raw: pd.Series,
    allow_long_term: bool,
    context_year: Callable[[], tuple[int, str]],
    words: StatusWords | None = None,
) -> DateColumn:
    """Parse a date column. Texts without a year take `context_year()` (called once, lazily).

    With `words`, a completion word typed where a date belongs (完成时间 = 已完成) reads as
    'completed, no date' and is noted rather than refused.
    """
    codes, texts = pd.factorize(raw)
    parsed: list[ParsedDate | DateError | None] = []
    year: tuple[int, str] = (0, "")
    for text in texts:
        try:
            parsed.append(parse_date(text, allow_long_term=allow_long_term))
        except YearMissing:
            year = year if year[1] else context_year()
            parsed.append(_or_error(text, allow_long_term, year[0]))
        except DateError as exc:
            parsed.append(exc)
    counts = np.bincount(codes[codes >= 0], minlength=len(texts))
    first = _first_positions(codes, len(texts))
    out = DateColumn(date=pd.Series(dtype="datetime64[ns]"), long_term=np.zeros(0, bool))
    said = np.zeros(len(texts), dtype=bool)
    for k, p in enumerate(parsed):
        if isinstance(p, DateError) and words is not None and words.status(texts[k]) == "completed":
            said[k] = True
            out.status_words.append((first[k], int(counts[k]), str(texts[k])))
            parsed[k] = None
        elif isinstance(p, ParsedDate) and not p.year_given:
            out.inferred.append((first[k], int(counts[k]), str(texts[k]), *year))
    failed = take([isinstance(p, DateError) for p in parsed], codes, missing=False).astype(bool)
    for i in np.flatnonzero(failed):
        error = parsed[codes[i]]
        assert isinstance(error, DateError)
        out.issues.append((int(i), error.code, error.fields))
    ok = [p if isinstance(p, ParsedDate) else None for p in parsed]
    out.date = pd.to_datetime(pd.Series(take([p.date if p else None for p in ok], codes)))
    out.long_term = take([bool(p and p.long_term) for p in ok], codes, missing=False).astype(bool)
    out.said_completed = take(list(said), codes, missing=False).astype(bool)
    return out


def _or_error(text: str, allow_long_term: bool, year: int) -> ParsedDate | DateError:
    try:
        return parse_date(text, allow_long_term=allow_long_term, year=year)
    except DateError as exc:
        return exc


def _first_positions(codes: np.ndarray, n: int) -> list[int]:
    """The first position of each code."""
    first = np.full(n, -1)
    seen = codes >= 0
    positions = np.flatnonzero(seen)
    order = np.unique(codes[seen], return_index=True)
    first[order[0]] = positions[order[1]]
    return [int(x) for x in first]


def yes_no(raw: pd.Series) -> tuple[pd.Series, list[Issue]]:
    """是/否 (and yes/no, √) as booleans; anything else is an issue (its value not kept)."""
    text = raw.fillna("").astype("str").str.strip().str.lower()
    yes, no = text.isin(YES), text.isin(NO)
    issues: list[Issue] = [
        (int(i), "roster_bad_yes_no", {}) for i in np.flatnonzero(~(yes | no).to_numpy())
    ]
    return yes, issues
