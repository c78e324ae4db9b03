"""Parse the dates offices type into ledgers, by one table of rules.

Each rule is a pattern and what it means: 2024年6月30日(前), 2024/6/30 0:00, 24年6月底,
2024年第三季度 (the quarter's last day), 上半年/下半年, 年底前, 6月底前 (no year: the caller
supplies one from the ledger's context), an Excel serial number (date columns only), and the
long-term words (长期, 持续推进, 常态化). A range (2024年7月—12月) means its end; a deadline
with its verb (2024年6月底前完成) is read without it; traditional characters are converted
when the text does not read as it is. A placeholder such as 9999-12-31 is refused.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.read.textnorm import cn_to_int, normalise, to_simplified

LONG_TERM_WORDS = (
    "长期坚持",
    "长期",
    "持续推进",
    "持续整改",
    "常态化",
    "长期整改",
    "long term",
    "long-term",
    "ongoing",
)
NO_DATE_WORDS = ("立行立改", "即知即改", "立即整改")
#: Years outside this range are placeholders (9999-12-31, 1900-01-00), not deadlines.
PLAUSIBLE_YEARS = range(1950, 2100)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(20_000, 80_000)  # 1954-10-03 … 2119-01-10


class DateError(ValueError):
    """A date cell that cannot be read; `code` and `fields` name the reason for the catalogue."""

    def __init__(self, code: str, **fields: object):
        self.code, self.fields = code, fields
        super().__init__(f"{code}: {fields}")


class YearMissing(DateError):
    """The text gives a month or period but no year, and no year was supplied."""


@dataclass(frozen=True)
class ParsedDate:
    """A date read from a cell: the day it means (a period's last day for coarse ones)."""

    date: dt.date | None
    precision: str | None  # day | month | quarter | half_year | year
    long_term: bool = False
    no_date: bool = False
    year_given: bool = True


def _end_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


_TENDAY = {"上旬": 10, "中旬": 20}


def _day(y: int, m: dict) -> tuple[dt.date, str]:
    return (_make(y, int(m["m"]), int(m["d"]), m["text"]), "day")


def _month(y: int, m: dict) -> tuple[dt.date, str]:
    month = _check_month(int(m["m"]), m["text"])
    day = _TENDAY.get(m.get("part") or "", _end_of_month(y, month))
    return (dt.date(y, month, day), "month")


def _quarter(y: int, m: dict) -> tuple[dt.date, str]:
    q = cn_to_int(m["q"]) or 0
    if not 1 <= q <= 4:
        raise DateError("date_unparseable", text=m["text"])
    return (dt.date(y, 3 * q, _end_of_month(y, 3 * q)), "quarter")


def _half(y: int, m: dict) -> tuple[dt.date, str]:
    return (dt.date(y, 6, 30) if m["h"] == "上" else dt.date(y, 12, 31), "half_year")


def _year(y: int, m: dict) -> tuple[dt.date, str]:
    return (dt.date(y, 12, 31), "year")


_Y4 = r"(?P<y>\d{4})"
_Y = r"(?P<y>\d{4}|\d{2})\s*年"  # 2024年, 24年
_SEP = r"\s*[-/.]\s*"
_TIME = r"(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_PART = r"(?:份)?\s*(?P<part>底|末|上旬|中旬|下旬)?"
_Q = r"(?:第\s*)?(?P<q>[1-4一二三四])\s*季度\s*(?:末|底)?"
_H = r"(?P<h>上|下)半年\s*(?:末|底)?"

#: The rules, tried in order: (pattern, meaning, whether the text carries its year).
RULES: tuple[tuple[re.Pattern, Callable[[int, dict], tuple[dt.date, str]], bool], ...] = tuple(
    (re.compile(rf"^{pattern}$"), meaning, has_year)
    for pattern, meaning, has_year in (
        (rf"{_Y4}{_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<d>\d{{1,2}}){_TIME}", _day, True),
        (rf"{_Y}\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]?{_TIME}", _day, True),
        (rf"{_Y4}{_SEP}(?P<m>\d{{1,2}})", _month, True),
        (rf"{_Y}\s*(?P<m>\d{{1,2}})\s*月?\s*{_PART}", _month, True),
        (rf"{_Y}\s*{_Q}", _quarter, True),
        (rf"{_Y4}\s*[Qq](?P<q>[1-4])", _quarter, True),
        (rf"{_Y}\s*(?:度\s*)?{_H}", _half, True),
        (rf"{_Y}\s*(?:年\s*)?(?:底|末|内|度)?", _year, True),
        (r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]", _day, False),
        (rf"(?P<m>\d{{1,2}})\s*月\s*{_PART}", _month, False),
        (rf"(?:今年|本年度?)?\s*{_Q}", _quarter, False),
        (rf"(?:今年|本年度?)?\s*{_H}", _half, False),
        (r"(?:今|本)?年度?\s*(?:底|末|内)", _year, False),
    )
)
_PREFIX = re.compile(r"^(?:截至|截止|截止到|于|在)\s*")
_SUFFIX = re.compile(
    r"\s*(?:之前|以前|前|为止|止|以内)?\s*(?:全部|全面)?"
    r"(?:完成整改|整改完成|整改到位|完成|办结|落实到位)?$"
)
_RANGE = re.compile(r"\s*(?:—+|–|~|～|至|到|-{1,2})\s*")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_TIME_ONLY = re.compile(r"^(?:1899-12-3[01]|1900-01-0[01])?[\sT]*\d{1,2}:\d{2}(?::\d{2})?$")


def parse_date(value: object, allow_long_term: bool = True, year: int | None = None) -> ParsedDate:
    """Parse a date cell. `year` fills texts that give none (6月底前); raises DateError."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return ParsedDate(None, None)
    if isinstance(value, dt.datetime):
        return _plausible(value.date(), "day", str(value))
    if isinstance(value, dt.date):
        return _plausible(value, "day", str(value))
    if hasattr(value, "to_pydatetime"):
        return _plausible(value.to_pydatetime().date(), "day", str(value))
    if isinstance(value, int | float):
        value = str(value)
    text = str(value).strip()
    words = (text, to_simplified(text)) if not text.isascii() else (text,)
    for form in words:
        if allow_long_term and any(
            form.startswith(w) or form.lower() == w for w in LONG_TERM_WORDS
        ):
            return ParsedDate(None, None, long_term=True)
        if form in NO_DATE_WORDS:
            return ParsedDate(None, None, no_date=True)
    try:
        return parse_text(text, year)
    except YearMissing:
        raise
    except DateError as exc:
        if exc.code != "date_unparseable":
            raise
        return _range_end(text, year) or _simplified(words, year) or _raise(exc)


def _raise(exc: DateError) -> ParsedDate:
    raise exc


def _simplified(words: tuple[str, ...], year: int | None) -> ParsedDate | None:
    """The text read in simplified characters, when conversion changed it."""
    if len(words) < 2 or words[1] == words[0]:
        return None
    try:
        return parse_text(words[1], year)
    except DateError:
        return None


def _range_end(text: str, year: int | None) -> ParsedDate | None:
    """A range's end (2024年7月—12月 → 2024-12-31): the part after the first separator where
    both sides read, the end taking the start's year when it gives none."""
    core = normalise(text).strip()
    for m in _RANGE.finditer(core):
        start, end = core[: m.start()], core[m.end() :]
        if not start or not end:
            continue
        try:
            first = parse_text(start, year)
            last = parse_text(end, first.date.year if first.date else year)
        except DateError:
            continue
        if last.date and first.date and last.date >= first.date:
            return ParsedDate(last.date, last.precision, year_given=first.year_given)
    return None


def parse_text(text: str, year: int | None = None) -> ParsedDate:
    """Parse a date written as text, by the first rule of RULES that matches."""
    if _SERIAL.match(text) and int(float(text)) in _SERIALS:
        return ParsedDate(_EXCEL_EPOCH + dt.timedelta(days=int(float(text))), "day")
    if _TIME_ONLY.match(text):
        raise DateError("date_time_only", text=text)
    core = _SUFFIX.sub("", _PREFIX.sub("", normalise(text).strip()))
    for pattern, meaning, has_year in RULES:
        m = pattern.match(core)
        if not m:
            continue
        fields = {**m.groupdict(), "text": text}
        if has_year:
            y = int(m["y"])
            y = 2000 + y if y < 100 else y
        elif year is None:
            raise YearMissing("date_unparseable", text=text)
        else:
            y = year
        if y not in PLAUSIBLE_YEARS:
            raise DateError("date_placeholder", text=text)
        date, precision = meaning(y, fields)
        return ParsedDate(date, precision, year_given=has_year)
    raise DateError("date_unparseable", text=text)


def _plausible(date: dt.date, precision: str, text: str) -> ParsedDate:
    if date.year not in PLAUSIBLE_YEARS:
        raise DateError("date_placeholder", text=text)
    return ParsedDate(date, precision)


def _check_month(month: int, text: str) -> int:
    if not 1 <= month <= 12:
        raise DateError("date_bad_month", text=text, month=month)
    return month


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    _check_month(month, text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError("date_bad_day", text=text) from None


_YEAR_IN_TEXT = re.compile(r"(20\d{2})\s*年")


def year_in_title(title: str | None) -> int | None:
    """The year a ledger's title names (2024年…整改台账), if exactly one."""
    years = set(_YEAR_IN_TEXT.findall(normalise(title or "")))
    return int(years.pop()) if len(years) == 1 else None
