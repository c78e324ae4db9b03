"""briefing.docx and briefing.pdf beside briefing.html, for every render.

The renderer builds the same BriefingDoc the notebook shows (same ledger, language, date and
roster, so the same numbers) in a thread while the kernel runs, then lays it out for paper
once the chart images are drawn: Word through the template, PDF through the browser that
drew the images.
"""

from __future__ import annotations

import hashlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from analysis.export import images
from analysis.export.docx import open_template, write_docx
from analysis.export.paper import lay_out
from analysis.export.pdf import write_pdf
from analysis.figures import completion
from analysis.figures.delegates import roster_figures
from analysis.history.progress import briefing_progress
from analysis.model.errors import RenderError
from analysis.model.ledger import Ledger
from analysis.present.briefing import BriefingDoc, build_briefing
from analysis.read.roster import load_roster

log = logging.getLogger(__name__)

DOCX, PDF = "briefing.docx", "briefing.pdf"


def check_template(params: dict) -> None:
    """Refuse an unusable Word template before any kernel starts."""
    if params.get("docx_template"):
        open_template(params["docx_template"])


def template_digest(params: dict) -> str:
    """SHA-256 of the Word template's bytes (empty without one): an edited template re-renders."""
    path = params.get("docx_template")
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else ""


def start_building(ledger: Ledger, params: dict) -> Future:
    """Build the BriefingDoc in the background, as the notebook builds it.

    A pool per render, not per module: a pool's threads do not survive the fork that starts
    a batch's workers, and a forked copy would wait for them for ever.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-doc")
    try:
        return pool.submit(_build, ledger, params)
    finally:
        pool.shutdown(wait=False)  # the thread ends with its one task


def _build(ledger: Ledger, params: dict) -> BriefingDoc:
    when = completion.as_timestamp(params.get("as_of") or None)
    roster_path = params.get("roster_path")
    roster = roster_figures(load_roster(roster_path), ledger, as_of=when) if roster_path else None
    progress = briefing_progress(ledger, when, str(params.get("history_db") or ""))
    return build_briefing(ledger, params.get("lang", "zh"), when, roster, progress)


def write_documents(
    folder: Path,
    building: Future,
    ledger: Ledger,
    template: str | None,
    session: images.Drawer | None,
) -> list[Path]:
    """Write briefing.docx, and briefing.pdf when there is a browser, into folder."""
    paper = lay_out(building.result(), ledger, folder / "charts")
    try:
        written = [write_docx(paper, folder / DOCX, template or None)]
        if session is None:
            log.warning("briefing.pdf skipped: no Chrome/Chromium; %s", images.INSTALL_HINT)
            return written
        try:
            written.append(write_pdf(paper, folder / PDF, session))
        except Exception as exc:  # the browser and its DevTools channel raise several types
            raise RenderError(f"printing briefing.pdf failed: {type(exc).__name__}: {exc}") from exc
        return written
    finally:  # the documents' own images (no title, no source line) are inside them now
        for path in (folder / "charts").glob(images.PAPER_PREFIX + "*"):
            path.unlink()
