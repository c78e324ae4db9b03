"""How the ledger's own words go into the draft notice: cleaned, never reworded.

A cell's text is the office's; what changes is only what would break the notice's shape: line
breaks flattened (a notice paragraph is one line), list markers the office typed inside a cell
dropped (the draft numbers measures itself as 一是…二是…, and a `1.` after a full stop would
read as a heading), quotation marks inside a quoted problem turned to single ones, the
trailing full stop of a heading removed. Dates are written officially: 2024年12月17日.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.i18n import t
from analysis.model.ledger import Ledger

LANG = "zh"

_CN = "一二三四五六七八九十"
#: a list marker the office typed: 一是 1. 1、 (1) （一） 一、 ① …
_MARKER = (
    rf"(?:[{_CN}]{{1,3}}是|\d{{1,3}}[.、．](?!\d)|[(（][{_CN}\d]{{1,3}}[)）]"
    rf"|[{_CN}]{{1,3}}、|[①-⑳]|第[{_CN}]{{1,3}}[，,、])"
)
_LEADING = re.compile(rf"^[\s。；;：:，,、！？]*(?:{_MARKER}\s*)*")  # markers in a row: 。（2）1.
_INNER = re.compile(rf"(?<=[。；;：:，,！？\s])(?:{_MARKER}\s*)+")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """A cell's text on one line, without the list markers the office typed."""
    lines = [_LEADING.sub("", line).strip() for line in str(text).splitlines()]
    joined = "；".join(line.rstrip("；;") for line in lines if line)
    joined = _INNER.sub("", joined)
    return _SPACES.sub(" ", joined).strip()


def measure_text(heading: object, text: object) -> str:
    """One measure as a sentence: its short heading (if any), then its text, ending in 。"""
    parts = [clean(str(v)) for v in (heading, text) if pd.notna(v) and str(v).strip()]
    parts = [p if p.endswith(("。", "！", "？", "”")) else p + "。" for p in parts if p]
    return "".join(parts)


def problem_heading(title: str) -> str:
    """关于“<problem>”问题的整改情况, the problem in the ledger's words."""
    quoted = clean(title).rstrip("。；;，,").replace("“", "‘").replace("”", "’")
    quoted = quoted.replace('"', "'")
    key = "nd_problem_named" if quoted.endswith("问题") else "nd_problem"
    return t(key, LANG, title=quoted)


def aspect_heading(aspect: str) -> str:
    """An aspect as a heading that says it is one: <aspect>方面."""
    words = aspect.rstrip("。；;，,:：")
    suffix = t("nd_aspect_suffix", LANG)
    return words if suffix in words else words + suffix


def issuer_of(unit: str | None) -> str:
    """中共<unit>: the party body that issues the notice (a unit already so named is kept)."""
    if not unit:
        return t("nd_party", LANG)
    party = t("nd_party", LANG)
    return unit if unit.startswith(party) else party + unit


def official_date(when: object) -> str:
    """2024年12月17日: a date in official style, no leading zeros."""
    d = pd.Timestamp(when)
    return t("nd_date", LANG, y=d.year, m=d.month, d=d.day)


def count_or_declared(ledger: Ledger, figure: str, column: str) -> int:
    """Aspects or categories: counted from the rows' column, else as the source declared them
    (a ledger read from a notice), else 0 (the draft then leaves them out)."""
    values = ledger.findings[column].dropna().astype(str).map(clean)
    values = values[values.str.len() > 0]
    if len(values):
        return int(values.nunique())
    declared = ledger.declared_value(figure)
    return int(declared) if declared else 0
