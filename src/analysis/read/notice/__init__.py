"""Published rectification notices: text in, a Ledger out."""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.i18n import DEFAULT_LANG
from analysis.model.errors import Note, NoticeError, Problem
from analysis.model.ledger import Ledger, from_rows, sha256_of
from analysis.read.notice.parse import NoticeTables, is_notice, parse_notice
from analysis.read.text import read_notice_text

__all__ = ["ingest_notice", "parse_notice"]


def ingest_notice(
    path: Path | str, annotations: Path | str | None = None, lang: str = DEFAULT_LANG
) -> Ledger:
    """Read a published notice into a Ledger; annotations add facts the text does not hold."""
    path = Path(path)
    text = read_notice_text(path)
    parsed = parse_notice(text, source_file=path.name, lang=lang)
    if not is_notice(parsed, text):
        raise NoticeError([Problem(path.name, code="notice_not_a_notice")])
    if not (parsed.rows.get("findings") or parsed.rows.get("declared")):
        parsed.warnings.append(Note("notice_warn_nothing_counted", lang))
    meta = {
        "source_file": path.name,
        "source_sha256": sha256_of(path),
        "source_kind": "notice",
        **parsed.meta,
    }
    if annotations:
        _apply_annotations(parsed, meta, Path(annotations))
    if not meta.get("published"):
        parsed.warnings.append(Note("notice_warn_no_published", lang))
    return from_rows(parsed.rows, meta, parsed.warnings)


def _apply_annotations(parsed: NoticeTables, meta: dict[str, str], path: Path) -> None:
    """Add labelled facts the text lacks (publication date, full unit name); the text wins."""
    notes = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    basis = notes.get("basis", "annotation")
    for key in ("unit", "publisher", "url"):
        if notes.get(key):
            meta[key] = str(notes[key])
    meta["annotations"] = path.name
    if notes.get("published") and not meta.get("published"):
        meta["published"] = str(notes["published"])
        meta["published_from"] = "annotation"
        meta["published_source"] = "annotation"
        parsed.add(
            "events",
            {
                "date": str(notes["published"]),
                "precision": "day",
                "year_inferred": False,
                "kind": "publication",
                "description": notes.get("published_description", "整改情况通报公布"),
                "source_file": path.name,
                "source_text": basis,
            },
        )
