"""Static PNG/SVG export through kaleido, all charts in one browser session."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import plotly.io as pio

from .atomic import atomic_path
from .theme import HEIGHT, WIDTH

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = "install Chromium and CJK fonts (Debian: apt-get install chromium fonts-noto-cjk)"
PNG_SCALE = 2


def find_browser() -> str | None:
    """Path of a Chrome/Chromium kaleido can drive, or None."""
    override = os.environ.get("BROWSER_PATH")
    if override and Path(override).exists():
        return override
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def write_images(figures: dict[str, object], out_dir: Path, formats: list[str]) -> list[Path]:
    """Write each figure as out_dir/NAME.FORMAT in one browser session; returns the paths."""
    browser = find_browser()
    if browser is None:
        raise BrowserMissing(f"PNG/SVG skipped: no Chrome/Chromium found; {INSTALL_HINT}")
    os.environ.setdefault("BROWSER_PATH", browser)
    targets = [
        (name, fig, out_dir / f"{name}.{fmt}", fmt)
        for fmt in formats
        for name, fig in figures.items()
    ]
    if not targets:
        return []
    with contextlib.ExitStack() as stack:
        tmps = [stack.enter_context(atomic_path(t[2])) for t in targets]
        pio.write_images(
            [t[1] for t in targets],
            [str(p) for p in tmps],
            format=[t[3] for t in targets],
            width=WIDTH,
            height=HEIGHT,
            scale=[PNG_SCALE if t[3] == "png" else 1 for t in targets],
        )
    return [t[2] for t in targets]


class BrowserMissing(RuntimeError):
    """No browser for kaleido: static images cannot be made on this machine."""
