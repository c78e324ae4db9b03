"""An office's corrections to how its ledger is read: its status words and its columns.

Both live in one small file beside the ledger, `statuses.yaml` (or `--statuses FILE`):

    completed: [办结]            # status words, as before
    columns:                     # header as typed: what it means
      巡察反馈问题: 具体问题
      工作目标: 不用

A meaning is written as the usual header (具体问题, 整改时限, …), any header the reader
understands (时限, 问题), the field's English key (title) or 不用 for a column to leave out.
`--column 表头=含义` on the command line does the same and wins over the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from analysis.model.errors import LedgerError, Problem
from analysis.read.files import require_file
from analysis.read.office.headers import FIELD_ORDER, HEADER_LABELS, IGNORE_WORDS
from analysis.read.office.meanings import clean_header, read_header
from analysis.read.status import STATUSES_FILE, StatusWords, status_words

COLUMNS_KEY = "columns"
Overrides = dict[str, str | None]


def office_words(
    statuses: Path | str | Mapping | None,
    ledger: Path,
    columns: Mapping[str, str] | Iterable[str] | None = None,
) -> tuple[StatusWords, Overrides]:
    """The status words and column corrections to read `ledger` with."""
    path = _words_file(statuses, ledger)
    data = statuses if isinstance(statuses, Mapping) else _yaml(path) if path else None
    overrides: Overrides = {}
    if isinstance(data, Mapping) and COLUMNS_KEY in data:
        where = path.name if path else "statuses"
        overrides = meanings_of(data[COLUMNS_KEY], where)
        rest = {k: v for k, v in data.items() if k != COLUMNS_KEY}
        words = _renamed(lambda: status_words(rest), where)
    else:
        words = status_words(statuses, ledger=ledger)
    if columns:
        overrides.update(meanings_of(columns, "--column"))
    return words, overrides


def status_part(statuses: Path | str | Mapping | None, ledger: Path) -> Path | str | Mapping | None:
    """What status_words takes, without the `columns:` part (for readers that have no columns
    to correct, such as a ledger workbook `ingest` wrote)."""
    path = _words_file(statuses, ledger)
    data = statuses if isinstance(statuses, Mapping) else _yaml(path) if path else None
    if isinstance(data, Mapping) and COLUMNS_KEY in data:
        return {k: v for k, v in data.items() if k != COLUMNS_KEY}
    return statuses


def _words_file(statuses: object, ledger: Path) -> Path | None:
    if isinstance(statuses, Mapping):
        return None
    if statuses is not None:
        return Path(str(statuses))
    beside = ledger.parent / STATUSES_FILE
    return beside if beside.is_file() else None


def _yaml(path: Path) -> object:
    """The file's YAML, or None when it cannot be read (status_words then says why)."""
    import yaml

    try:
        require_file(path)
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (LedgerError, OSError, UnicodeDecodeError, yaml.YAMLError, ValueError):
        return None


def _renamed(make, where: str) -> StatusWords:
    """status_words on the file's other keys, its problems naming the file itself."""
    try:
        return make()
    except LedgerError as exc:
        raise LedgerError([replace(p, file=where) for p in exc.problems]) from None


def meanings_of(given: object, where: str) -> Overrides:
    """{header: meaning} (or 'header=meaning' texts) as {clean header: field or None}."""
    if isinstance(given, Mapping):
        pairs = [(str(k), str(v)) for k, v in given.items()]
    elif isinstance(given, Iterable) and not isinstance(given, str):
        pairs = [_split(str(item), where) for item in given]
    else:
        raise LedgerError([_bad(where, str(given))])
    out: Overrides = {}
    problems = []
    for header, meaning in pairs:
        field = meaning_key(meaning)
        if field == "":
            problems.append(_bad(where, f"{header}: {meaning}"))
        else:
            out[clean_header(header)] = field
    if problems:
        raise LedgerError(problems)
    return out


def _split(item: str, where: str) -> tuple[str, str]:
    header, sep, meaning = item.partition("=")
    if not sep:
        header, sep, meaning = item.partition("＝")
    if not sep or not header.strip():
        raise LedgerError([_bad(where, item)])
    return header.strip(), meaning.strip()


def meaning_key(meaning: str) -> str | None:
    """The field a written meaning names; None for 不用; '' when not understood."""
    text = meaning.strip()
    if text.lower() in IGNORE_WORDS:
        return None
    if text in FIELD_ORDER:
        return text
    by_label = {v: k for k, v in HEADER_LABELS.items()}
    if text in by_label:
        return by_label[text]
    named = read_header(text).meaning
    return named if named in FIELD_ORDER else ""


def _bad(where: str, value: str) -> Problem:
    choices = "、".join(HEADER_LABELS.values()) + "、" + IGNORE_WORDS[0]
    return Problem(
        where, code="columns_meaning_unknown", fields={"value": value, "choices": choices}
    )
