"""Parse the dates offices type into ledgers: 2024年6月底前, 2024/6/30, 长期, Excel dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

LONG_TERM_WORDS = (
    "长期坚持",
    "长期",
    "持续整改",
    "常态化",
    "长期整改",
    "long term",
    "long-term",
    "ongoing",
)
NO_DATE_WORDS = ("立行立改", "即知即改", "立即整改")
_SEP = r"\s*[-/.年]\s*"
_DAY = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})\s*日?\s*(?:前|之前|以前)?$")
_MONTH = re.compile(
    rf"^(\d{{4}}){_SEP}(\d{{1,2}})\s*(?:月)?\s*(?:份)?(?:底|末|中旬|上旬|下旬)?\s*(?:前|之前|以前)?$"
)
_YEAR = re.compile(r"^(\d{4})\s*年\s*(?:年)?(?:底|末|内)?\s*(?:前|之前|以前)?$")
_HALF = re.compile(r"^(\d{4})\s*年\s*(上|下)半年\s*(?:前|之前|内|底前)?$")
_ISO_TIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2})?$")


@dataclass(frozen=True)
class ParsedDate:
    """A date read from a cell: the day it means (end of month/year for coarse ones)."""

    date: dt.date | None
    precision: str | None  # day | month | half_year | year
    long_term: bool = False
    no_date: bool = False


def parse_date(value: object, allow_long_term: bool = True) -> ParsedDate:
    """Parse a cell into a date; raises ValueError with the reason if it cannot."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return ParsedDate(None, None)
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date(), "day")
    if isinstance(value, dt.date):
        return ParsedDate(value, "day")
    if hasattr(value, "to_pydatetime"):
        return ParsedDate(value.to_pydatetime().date(), "day")
    if isinstance(value, int | float) and 20000 < value < 80000:
        return ParsedDate(dt.date(1899, 12, 30) + dt.timedelta(days=int(value)), "day")
    text = str(value).strip()
    if allow_long_term and any(text.startswith(w) or text.lower() == w for w in LONG_TERM_WORDS):
        return ParsedDate(None, None, long_term=True)
    if text in NO_DATE_WORDS:
        return ParsedDate(None, None, no_date=True)
    return _parse_text(text)


def _parse_text(text: str) -> ParsedDate:
    if (m := _ISO_TIME.match(text)) and int(m[1]) < 1900:
        raise ValueError(f"unparseable date {text!r}: a time of day, not a date")
    if m := (_DAY.match(text) or _ISO_TIME.match(text)):
        return ParsedDate(_make(int(m[1]), int(m[2]), int(m[3]), text), "day")
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        _check_month(month, text)
        return ParsedDate(_make(year, month, calendar.monthrange(year, month)[1], text), "month")
    if m := _HALF.match(text):
        year = int(m[1])
        return ParsedDate(
            dt.date(year, 6, 30) if m[2] == "上" else dt.date(year, 12, 31), "half_year"
        )
    if m := _YEAR.match(text):
        return ParsedDate(dt.date(int(m[1]), 12, 31), "year")
    raise ValueError(f"unparseable date {text!r} (expected e.g. 2024-06-30, 2024年6月底前, 长期)")


def _check_month(month: int, text: str) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"unparseable date {text!r}: month {month} does not exist")


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    _check_month(month, text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"unparseable date {text!r}: no such day") from None
