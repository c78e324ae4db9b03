"""Static PNG/SVG export through kaleido, all charts in one browser session."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import kaleido

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
        specs = [
            {
                "fig": fig.to_dict(),
                "path": tmp,
                "opts": {
                    "format": fmt,
                    "width": WIDTH,
                    "height": HEIGHT,
                    "scale": PNG_SCALE if fmt == "png" else 1,
                },
            }
            for (_, fig, _, fmt), tmp in zip(targets, tmps, strict=True)
        ]
        # kaleido, not plotly.io.write_images: plotly cannot pass mathjax=False, and kaleido's
        # default fetches MathJax from a CDN, which stalls on an offline intranet PC.
        kaleido.write_fig_from_object_sync(specs, kopts={"mathjax": False})
    return [t[2] for t in targets]


class BrowserMissing(RuntimeError):
    """No browser for kaleido: static images cannot be made on this machine."""
