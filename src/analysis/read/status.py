"""Normalise the status words offices type into four statuses.

The usual words are built in (README lists them); an office adds its own in a small YAML
file, `statuses.yaml` beside the ledger or given as `statuses=` / `--statuses FILE`:

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

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "completed": (
        "已完成",
        "已整改",
        "已整改完成",
        "整改完成",
        "整改到位",
        "已整改到位",
        "完成整改",
        "已完成整改",
        "已销号",
        "销号",
        "完成",
        "已办结",
        "办结",
        "completed",
        "complete",
        "done",
        "closed",
    ),
    "in_progress": (
        "正在整改",
        "整改中",
        "整改中的",
        "部分整改",
        "部分完成",
        "基本完成",
        "阶段性完成",
        "推进中",
        "正在推进",
        "进行中",
        "in progress",
        "in_progress",
        "partially completed",
    ),
    "long_term": (
        "长期坚持",
        "持续推进",
        "持续整改",
        "长期",
        "长期整改",
        "常态化",
        "常态化推进",
        "long term",
        "long-term",
        "long_term",
        "ongoing",
        "ongoing long-term",
    ),
    "not_started": (
        "未启动",
        "未完成",
        "未开始",
        "尚未启动",
        "未整改",
        "not started",
        "not_started",
        "open",
    ),
}
_STRIP = re.compile(r"[\s。.,,;;:!!??()()\[\]【】]+")
STATUSES_FILE = "statuses.yaml"


def _key(word: object) -> str:
    return _STRIP.sub(" ", str(word)).strip().lower()


_LOOKUP = {_key(w): status for status, words in STATUS_WORDS.items() for w in words}


class StatusWords:
    """The built-in words plus an office's own, looked up after stripping spaces and stops."""

    def __init__(self, extra: Mapping[str, str] | None = None):
        self.extra = {_key(w): s for w, s in (extra or {}).items()}
        self.lookup = {**_LOOKUP, **self.extra}

    def status(self, word: object) -> str | None:
        """The status a word means (completed/in_progress/long_term/not_started), or None."""
        if word is None:
            return None
        key = _key(word)
        return self.lookup.get(key) or self.lookup.get(key.replace(" ", ""))

    def known(self) -> str:
        """The accepted words, for error messages (the office's own first)."""
        builtin = [w for words in STATUS_WORDS.values() for w in words if not w.isascii()]
        return "、".join(list(self.extra) + builtin)


BUILT_IN = StatusWords()


def normalise_status(word: object) -> str | None:
    """The status a built-in word means, or None."""
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
