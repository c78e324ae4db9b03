"""Read the status cells offices type: the office's own words, then the usual whole words,
then the classifier over sentences (status_rules.py), traditional characters converted.

An office adds its own words in a small YAML file, `statuses.yaml` beside the ledger or given
as `statuses=` / `--statuses FILE`; they come first:

    completed: [办结, 已落实]
    in_progress: [落实中]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from analysis.model.errors import LedgerError, Problem
from analysis.model.schema import STATUSES
from analysis.read.files import require_file
from analysis.read.status_rules import Reading, classify
from analysis.read.status_vocab import STATUS_WORDS
from analysis.read.textnorm import to_simplified

_STRIP = re.compile(r"[\s。.,,;;:!!??()()\[\]【】]+")
STATUSES_FILE = "statuses.yaml"


def _key(word: object) -> str:
    return _STRIP.sub(" ", str(word)).strip().lower()


_LOOKUP = {_key(w): status for status, words in STATUS_WORDS.items() for w in words}


class StatusWords:
    """The office's words, the built-in words, then the classifier; each cell read once."""

    def __init__(self, extra: Mapping[str, str] | None = None):
        self.extra = {_key(w): s for w, s in (extra or {}).items()}
        self.lookup = {**_LOOKUP, **self.extra}
        self._seen: dict[object, Reading] = {}

    def read(self, word: object) -> Reading:
        """What a cell says: its status (None when not recognised) and a long-term flag."""
        if word is None:
            return Reading(None)
        if word not in self._seen:
            self._seen[word] = self._read(str(word))
        return self._seen[word]

    def _read(self, word: str) -> Reading:
        key = _key(word)
        status = self.lookup.get(key) or self.lookup.get(key.replace(" ", ""))
        if status:
            return Reading(status, status == "long_term")
        simple = to_simplified(word) if not word.isascii() else word
        status = self.lookup.get(_key(simple).replace(" ", ""))
        return Reading(status, status == "long_term") if status else classify(simple)

    def status(self, word: object) -> str | None:
        """The status a cell means (one of STATUSES but unrecognised), or None."""
        return self.read(word).status

    def known(self) -> str:
        """The accepted words, for error messages (the office's own first)."""
        builtin = [w for words in STATUS_WORDS.values() for w in words if not w.isascii()]
        return "、".join(list(self.extra) + builtin)


BUILT_IN = StatusWords()


def normalise_status(word: object) -> str | None:
    """The status a built-in word or sentence means, or None."""
    return BUILT_IN.status(word)


def known_words() -> str:
    """The accepted built-in words, for error messages."""
    return BUILT_IN.known()


def status_words(
    statuses: Path | str | Mapping | None = None, ledger: Path | None = None
) -> StatusWords:
    """The words to use: a mapping, a YAML file, or `statuses.yaml` beside the ledger."""
    if isinstance(statuses, Mapping):
        return StatusWords(_flatten(statuses, "statuses"))
    path = Path(statuses) if statuses is not None else None
    if path is None and ledger is not None and (ledger.parent / STATUSES_FILE).is_file():
        path = ledger.parent / STATUSES_FILE
    if path is None:
        return BUILT_IN
    return StatusWords(_flatten(_read_yaml(path), path.name))


def _read_yaml(path: Path) -> object:
    import yaml

    require_file(path)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = type(exc).__name__
        raise LedgerError(
            [Problem(path.name, code="statuses_file_bad", fields={"reason": reason})]
        ) from None


def _flatten(data: object, file: str) -> dict[str, str]:
    """{status: [words]} → {word: status}, every status checked."""
    if not isinstance(data, Mapping):
        raise LedgerError(
            [Problem(file, code="statuses_file_bad", fields={"reason": "status: [words, …]"})]
        )
    bad = [k for k in data if k not in STATUSES]
    if bad:
        raise LedgerError(
            [Problem(file, code="statuses_file_key", fields={"status": str(k)}) for k in bad]
        )
    out = {}
    for status, words in data.items():
        for word in [words] if isinstance(words, str) else list(words or []):
            out[str(word)] = status
    return out
