"""Normalise the status words offices type into four statuses."""

from __future__ import annotations

import re

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "completed": (
        "已完成",
        "已整改",
        "整改到位",
        "完成整改",
        "已销号",
        "已完成整改",
        "完成",
        "已办结",
        "completed",
        "complete",
        "done",
        "closed",
    ),
    "in_progress": (
        "正在整改",
        "整改中",
        "部分整改",
        "基本完成",
        "阶段性完成",
        "推进中",
        "正在推进",
        "in progress",
        "in_progress",
        "ongoing",
        "partially completed",
    ),
    "long_term": (
        "长期坚持",
        "持续整改",
        "长期",
        "长期整改",
        "常态化推进",
        "long term",
        "long-term",
        "long_term",
        "ongoing long-term",
    ),
    "not_started": ("未启动", "未完成", "未开始", "尚未启动", "not started", "not_started", "open"),
}
_LOOKUP = {word.lower(): status for status, words in STATUS_WORDS.items() for word in words}
_STRIP = re.compile(r"[\s。.,,;;:!!??()()\[\]【】]+")


def normalise_status(word: object) -> str | None:
    """The status a word means (completed/in_progress/long_term/not_started), or None."""
    if word is None:
        return None
    key = _STRIP.sub(" ", str(word)).strip().lower()
    return _LOOKUP.get(key) or _LOOKUP.get(key.replace(" ", ""))


def known_words() -> str:
    """The accepted words, for error messages."""
    return "、".join(w for words in STATUS_WORDS.values() for w in words if not w.isascii())
