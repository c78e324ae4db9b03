"""Static PNG/SVG export through kaleido, all charts in one browser session.

Starting Chromium costs about two seconds and three CPU-seconds, more than drawing a
briefing's charts. A process that renders many briefings (the renderer, a batch's image
server) therefore keeps one browser open: `shared_session()` starts it in the background,
and `write_images` reuses it. kaleido also reloads its page, plotly.js and all, after every figure; reloading
every RELOAD_EVERY figures instead draws the same images four times faster.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import contextlib
import json
import os
import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Protocol, cast

import kaleido
import plotly.graph_objects as go

from analysis.export.atomic import atomic_path, write_text
from analysis.export.kaleido_reuse import ReusingKaleido
from analysis.export.safe_text import clean_strings
from analysis.present.theme import HEIGHT, NOTE_LINE, TITLE_LINE, WIDTH

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = "install Chromium and CJK fonts (Debian: apt-get install chromium fonts-noto-cjk)"
PNG_SCALE = 2
TIMEOUT_S = 120
DEFERRED = ".deferred-images.json"


def find_browser() -> str | None:
    """Path of a Chrome/Chromium kaleido can drive, or None.

    BROWSER_PATH wins when it names a file; when it names nothing, the browser on PATH is used
    instead (ImageSession hands kaleido that path) and `analysis doctor` says so.
    """
    override = os.environ.get("BROWSER_PATH")
    if override and Path(override).exists():
        return override
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


class BrowserMissing(RuntimeError):
    """No browser for kaleido: static images cannot be made on this machine."""


def require_browser() -> str:
    """The browser's path; BrowserMissing (with the install hint) when there is none."""
    browser = find_browser()
    if browser is None:
        raise BrowserMissing(f"PNG/SVG skipped: no Chrome/Chromium found; {INSTALL_HINT}")
    return browser


class Drawer(Protocol):
    """Anything that draws kaleido specs: an ImageSession, or a proxy to one elsewhere."""

    def write(self, specs: list[dict]) -> None: ...

    def print_pdf(self, page: str, target: str) -> None: ...


class ImageSession:
    """One Chromium kept open on a background event loop; safe to share between threads."""

    def __init__(self, tabs: int = 1):
        self._browser = require_browser()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._closed = False
        self._kaleido: kaleido.Kaleido | None = None
        self._opened: Future = self._submit(self._open(tabs))

    async def _open(self, tabs: int) -> None:
        # MathJax off: kaleido's default fetches it from a CDN, which stalls offline.
        # the browser found, by path: kaleido would otherwise read a stale BROWSER_PATH itself
        self._kaleido = ReusingKaleido(n=tabs, mathjax=False, path=self._browser)
        await self._kaleido.open()

    def _submit(self, coroutine) -> Future:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def write(self, specs: list[dict]) -> None:
        """Draw kaleido specs ({fig, path, opts}); the first failure is raised.

        After a failure the browser is closed, so no half-drawn page is reused.
        """
        if self._closed:
            raise RuntimeError("this image session is closed")
        try:
            self._opened.result(TIMEOUT_S)
            assert self._kaleido is not None  # set by _open, which _opened waited for
            drawing = self._kaleido.write_fig_from_object(specs, cancel_on_error=True)
            self._submit(drawing).result(TIMEOUT_S * max(1, len(specs)))
        except BaseException:
            self.close()
            raise

    def print_pdf(self, page: str, target: str) -> None:
        """Print a local HTML page to a PDF file (A4 unless the page's CSS says otherwise)."""
        if self._closed:
            raise RuntimeError("this image session is closed")
        self._opened.result(TIMEOUT_S)
        data = self._submit(_print_page(self._kaleido, Path(page).resolve().as_uri())).result(
            TIMEOUT_S
        )
        with atomic_path(Path(target)) as tmp:
            tmp.write_bytes(data)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close the browser and stop the loop (idempotent)."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            self._opened.result(TIMEOUT_S)
            if self._kaleido is not None:
                self._submit(self._kaleido.close()).result(TIMEOUT_S)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(TIMEOUT_S)


PRINT_OPTIONS = {
    "preferCSSPageSize": True,
    "printBackground": True,
    "displayHeaderFooter": False,
    "generateTaggedPDF": True,
    "generateDocumentOutline": True,
}


async def _print_page(browser: kaleido.Kaleido, url: str) -> bytes:
    """Open url in a new tab of the browser, wait for it to load, print it to PDF bytes."""
    tab = await browser.create_tab("about:blank")
    try:
        await tab.send_command("Page.enable")
        loaded = tab.subscribe_once("Page.loadEventFired")
        await tab.send_command("Page.navigate", params={"url": url})
        await asyncio.wait_for(loaded, TIMEOUT_S)
        response = await tab.send_command("Page.printToPDF", params=PRINT_OPTIONS)
    finally:
        await browser.close_tab(tab)
    if "error" in response:
        raise RuntimeError(f"printing {url} failed: {response['error']}")
    return base64.b64decode(response["result"]["data"])


_shared: tuple[int, ImageSession] | None = None
_shared_lock = threading.Lock()


def shared_session(tabs: int = 1) -> ImageSession:
    """This process's long-lived session, started on first use (a forked child gets its own)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared[0] != os.getpid() or _shared[1].closed:
            session = ImageSession(tabs)
            _shared = (os.getpid(), session)
            atexit.register(session.close)
            _close_in_pool_worker(session)
        return _shared[1]


def close_shared_session() -> None:
    """Close this process's long-lived session, if it has one (the next use starts anew)."""
    with _shared_lock:
        if _shared is not None and _shared[0] == os.getpid():
            _shared[1].close()


def _close_in_pool_worker(session: ImageSession) -> None:
    """Pool workers leave through os._exit, skipping atexit; multiprocessing's finaliser runs."""
    from multiprocessing import util

    util.Finalize(session, session.close, exitpriority=10)


def write_images(
    figures: dict[str, object],
    out_dir: Path,
    formats: list[str],
    session: Drawer | None = None,
) -> list[Path]:
    """Write each figure as out_dir/NAME.FORMAT; returns the paths.

    With no session, one browser is started for these figures and closed after them.
    """
    targets = [
        (fig, out_dir / f"{name}.{fmt}", fmt) for fmt in formats for name, fig in figures.items()
    ]
    if not targets:
        return []
    drawer = ImageSession() if session is None else session
    try:
        with _atomic_targets([t[1] for t in targets]) as tmps:
            drawer.write(
                [
                    {"fig": _as_dict(fig), "path": tmp, "opts": _options(fmt)}
                    for (fig, _, fmt), tmp in zip(targets, tmps, strict=True)
                ]
            )
    finally:
        if session is None and isinstance(drawer, ImageSession):
            drawer.close()
    return [t[1] for t in targets]


@contextlib.contextmanager
def _atomic_targets(paths: list[Path]) -> Iterator[list[Path]]:
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(atomic_path(p)) for p in paths]


def _as_dict(fig: dict | go.Figure) -> dict:
    """The figure as a dict, without characters that would break the SVG plotly.js writes."""
    return cast(dict, clean_strings(fig if isinstance(fig, dict) else fig.to_dict()))


def _options(fmt: str) -> dict:
    return {
        "format": fmt,
        "width": WIDTH,
        "height": HEIGHT,
        "scale": PNG_SCALE if fmt == "png" else 1,
    }


def defer_images(figures: dict[str, object], out_dir: Path, formats: list[str]) -> Path:
    """Save the figures' specs for `draw_deferred` instead of drawing them now."""
    from plotly.utils import PlotlyJSONEncoder

    require_browser()
    path = out_dir / DEFERRED
    specs = {"formats": formats, "figures": {n: _as_dict(f) for n, f in figures.items()}}
    write_text(path, json.dumps(specs, cls=PlotlyJSONEncoder, ensure_ascii=False))
    return path


def draw_deferred(folder: Path, session: Drawer | None = None, paper: bool = False) -> list[Path]:
    """Draw the images deferred anywhere under folder, then remove their spec files; with
    paper, also the images for Word and the PDF (see paper_images)."""
    written: list[Path] = []
    for path in sorted(Path(folder).rglob(DEFERRED)):
        specs = json.loads(path.read_text(encoding="utf-8"))
        figures, formats = specs["figures"], specs["formats"]
        if paper:
            figures = figures | {f"{PAPER_PREFIX}{n}": paper_figure(f) for n, f in figures.items()}
        written += write_images(figures, path.parent, formats, session)
        path.unlink()
    return written


#: Images for Word and the PDF are named PAPER_PREFIX + chart name, beside the others.
PAPER_PREFIX = ".paper-"


def paper_figure(fig: dict) -> dict:
    """A chart for a document page: without its title and source note, which the numbered
    caption and 数据来源 carry, so each is printed once; the margins shrink to match."""
    layout = dict(fig.get("layout") or {})
    margin = dict(layout.get("margin") or {})
    title = layout.get("title") or {}
    title_text = title.get("text", "") if isinstance(title, dict) else ""
    notes = [a for a in layout.get("annotations") or [] if a.get("name") == "source_note"]
    if title_text:
        margin["t"] = max(24, margin.get("t", 0) - TITLE_LINE * (title_text.count("<br>") + 1))
    if notes:
        margin["b"] = max(24, margin.get("b", 0) - NOTE_LINE * (notes[0]["text"].count("<br>") + 1))
    layout["title"] = {"text": ""}
    layout["annotations"] = [
        a for a in layout.get("annotations") or [] if a.get("name") != "source_note"
    ]
    layout["margin"] = margin
    return {**fig, "layout": layout}
