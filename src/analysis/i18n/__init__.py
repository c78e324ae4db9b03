"""The one catalogue of text users see, in Chinese (default) and English.

Every visible string comes from here: `t(key, lang, **fields)`. The catalogue is split by
who uses it (words, messages, briefing, cli) so that each file stays short; keys are
unique across all of them. No other module compares `lang` with a language code.
"""

from __future__ import annotations

from analysis.i18n import (
    briefing,
    cli,
    cli_history,
    columns,
    doctor,
    documents,
    faults,
    history,
    messages,
    notebooks,
    notice_draft,
    parameters,
    report,
    words,
)

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

TEXT: dict[str, tuple[str, str]] = {}
for _part in (
    words,
    messages,
    parameters,
    briefing,
    cli,
    cli_history,
    columns,
    documents,
    faults,
    history,
    doctor,
    notebooks,
    notice_draft,
    report,
):
    _clash = TEXT.keys() & _part.TEXT.keys()
    if _clash:
        raise RuntimeError(f"catalogue keys defined twice: {sorted(_clash)}")
    TEXT.update(_part.TEXT)


def check_lang(lang: str) -> str:
    """lang itself when supported; otherwise a ValueError naming the choices."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang


def known_lang(lang: object) -> bool:
    """Whether lang is a language the catalogue speaks (a bad one is reported in the default)."""
    return lang in LANGS


def t(key: object, lang: str = DEFAULT_LANG, **fields: object) -> str:
    """The text for key in lang, with fields filled in; unknown keys are shown as they are."""
    pair = TEXT.get(str(key))
    if pair is None:
        return str(key)
    text = pair[LANGS.index(check_lang(lang))]
    return text.format(**fields) if fields else text


def pct(value: float | None, digits: int = 1) -> str:
    """A fraction as a percentage ('100%', '83.3%'); an em dash when unknown."""
    if value is None or value != value:
        return "—"
    text = f"{value * 100:.{digits}f}".rstrip("0").rstrip(".")
    return f"{text}%"


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_text(value: object, lang: str = DEFAULT_LANG) -> str:
    """A date as documents write it: 2024年12月17日 (no leading zeros) / 17 December 2024;
    empty when unknown. ISO dates stay in file names and data outputs."""
    import pandas as pd

    if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
        return ""
    when = pd.Timestamp(value)
    return t("date_long", lang, y=when.year, m=when.month, d=when.day, month=MONTHS[when.month - 1])


def official_dates(text: str, lang: str = DEFAULT_LANG) -> str:
    """text with every ISO date (2024-12-17) written as documents write it (2024年12月17日)."""
    import re

    return re.sub(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)", lambda m: date_text(m.group(1), lang), text)
