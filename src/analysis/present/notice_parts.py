"""The draft notice's parts: paragraphs of text and visible blanks, and filling them in.

A Blank is what the ledger does not hold (a date, a name, the office's own account): it is
shown as 【待填写：…】, highlighted in Word, listed by the command, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from analysis.i18n import t
from analysis.i18n.notice_draft import TEXT as NOTICE_TEXT

LANG = "zh"  # a Chinese public document, whatever the command's language


@dataclass(frozen=True)
class Blank:
    """Something the office must fill in: shown as 【待填写：what】 and highlighted."""

    what: str

    def __str__(self) -> str:
        return t("nd_blank", LANG, what=self.what)


Part = str | Blank


@dataclass
class Para:
    """One paragraph: its role (title, h1, h2, h3, body, signature, date) and its parts."""

    role: str
    parts: list[Part]

    @property
    def text(self) -> str:
        return "".join(str(p) for p in self.parts)


@dataclass
class NoticeDraft:
    """The draft notice: paragraphs in reading order, and the figures it declares."""

    unit: str | None
    issuer: str
    as_of: pd.Timestamp
    as_of_basis: str
    paras: list[Para] = field(default_factory=list)
    totals: dict[str, float | int] = field(default_factory=dict)

    def text(self) -> str:
        """The whole draft as plain text, one paragraph a line (the TXT file, the reader's input)."""
        return "\n".join(p.text for p in self.paras) + "\n"

    def blanks(self) -> list[Blank]:
        """Every blank, in reading order."""
        return [part for p in self.paras for part in p.parts if isinstance(part, Blank)]


def blank_of(key: str) -> Blank:
    """The blank a catalogue key names."""
    return Blank(t(key, LANG))


def para(role: str, *parts: Part) -> Para:
    """A paragraph of a role, empty texts left out."""
    return Para(role, [p for p in parts if p != ""])


def fill(key: str, **fields: Part) -> list[Part]:
    """A catalogue sentence with some fields Blanks: split into text and Blank parts."""
    marks = {name: f"\x00{i}\x00" for i, name in enumerate(fields)}
    text = t(key, LANG, **{k: v if isinstance(v, str) else marks[k] for k, v in fields.items()})
    blanks = {marks[k]: v for k, v in fields.items() if isinstance(v, Blank)}
    parts: list[Part] = []
    for piece in re.split("(\x00\\d+\x00)", text):
        if piece in blanks:
            parts.append(blanks[piece])
        elif piece:
            parts.append(piece)
    return parts


def blank_names() -> list[str]:
    """The name of every kind of blank a draft may hold (what a fill file may fill in)."""
    return [t(k, LANG) for k in NOTICE_TEXT if k.startswith("nd_blank_")]


def fill_blanks(draft: NoticeDraft, fills: dict[str, str]) -> list[str]:
    """Replace each blank the office has filled in ({name: text}) by its text; return the
    names it does not know (a typo would otherwise leave a blank silently)."""
    known = set(blank_names())
    for para in draft.paras:
        para.parts = [
            fills[p.what] if isinstance(p, Blank) and fills.get(p.what) else p for p in para.parts
        ]
    return [name for name in fills if name not in known]
