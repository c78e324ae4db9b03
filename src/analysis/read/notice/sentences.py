"""Sentence spans of a text, so every extracted fact can cite its sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_END = re.compile(r"[。!?;\n]")


@dataclass(frozen=True)
class Span:
    """A half-open character span [start, end) of the source text."""

    start: int
    end: int


class Sentences:
    """Index of sentence boundaries: a sentence ends at 。!?; or a line break."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.end() for m in _END.finditer(text)]
        if not self.ends or self.ends[-1] != len(text):
            self.ends.append(len(text))

    def span_at(self, pos: int) -> Span:
        """The sentence containing character position pos, without surrounding blanks."""
        i = bisect.bisect_right(self.ends, pos)
        i = min(i, len(self.ends) - 1)
        start = self.ends[i - 1] if i > 0 else 0
        end = self.ends[i]
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end)

    def provenance(self, pos: int, source_file: str) -> dict[str, object]:
        """Provenance columns for a fact found at pos."""
        span = self.span_at(pos)
        return {
            "source_file": source_file,
            "source_text": self.text[span.start : span.end],
            "span_start": span.start,
            "span_end": span.end,
        }

    def iter_spans(self) -> list[Span]:
        """All sentence spans in order, blank ones left out."""
        spans, start = [], 0
        for end in self.ends:
            span = self.span_at(start) if start < end else None
            if span and span.end > span.start:
                spans.append(span)
            start = end
        return spans
