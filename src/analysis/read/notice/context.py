"""The one object every notice extractor reads from and writes to."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from analysis.i18n import DEFAULT_LANG
from analysis.model.errors import Note
from analysis.read.notice.outline import Outline, build_outline
from analysis.read.notice.sentences import Sentences
from analysis.read.textnorm import normalise, to_simplified


@dataclass
class NoticeTables:
    """What a notice yields: rows per table, key facts and the reader's warnings."""

    rows: dict[str, list[dict]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)


@dataclass
class NoticeContext:
    """The normalised text, its sentences and outline, and the tables being filled."""

    text: str
    sents: Sentences
    outline: Outline
    source_file: str
    out: NoticeTables
    damaged: int = 0
    lang: str = DEFAULT_LANG

    @classmethod
    def of(cls, raw: str, source_file: str, lang: str = DEFAULT_LANG) -> NoticeContext:
        """Normalise raw text (length-preserving) and index it."""
        text = to_simplified(normalise(raw))
        return cls(
            text=text,
            sents=Sentences(text),
            outline=build_outline(text),
            source_file=source_file,
            out=NoticeTables(),
            damaged=raw.count("\ufffd"),
            lang=lang,
        )

    def add(self, table: str, row: dict) -> None:
        self.out.add(table, row)

    def rows(self, table: str) -> list[dict]:
        return self.out.rows.get(table, [])

    def warn(self, key: str, **fields: object) -> None:
        """Add a warning from the catalogue, in the reader's language."""
        self.out.warnings.append(Note(key, self.lang, **fields))

    def provenance(self, pos: int) -> dict[str, object]:
        """Provenance columns citing the sentence around pos."""
        return self.sents.provenance(pos, self.source_file)

    def span(self, start: int, end: int) -> dict[str, object]:
        """Provenance columns citing text[start:end] exactly."""
        return {
            "source_file": self.source_file,
            "source_text": self.text[start:end],
            "span_start": start,
            "span_end": end,
        }

    def item_starts(self) -> list[tuple[int, int]]:
        """(start, number) of every finding, in order."""
        return [(f["span_start"], f["number"]) for f in self.rows("findings")]


def item_at(items: list[tuple[int, int]], pos: int) -> int | None:
    """The number of the finding whose text holds pos, if any (items in text order)."""
    i = bisect.bisect_right(items, (pos, math.inf))
    return items[i - 1][1] if i else None
