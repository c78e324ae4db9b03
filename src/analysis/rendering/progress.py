"""Progress bars in the user's language: tqdm's words (description, unit, elapsed and left)
from the catalogue, no `it/s` or `cell/s`."""

from __future__ import annotations

from analysis.i18n import t


def bar_options(kind: str, lang: str) -> dict[str, object]:
    """tqdm keyword arguments for a bar of kind ("cells": one render's notebook cells,
    "briefings": a batch's renders) whose every word is in lang."""
    return {
        "desc": t(f"progress_{kind}", lang),
        "unit": t(f"progress_{kind}_unit", lang),
        "bar_format": t("progress_bar_format", lang),
    }
