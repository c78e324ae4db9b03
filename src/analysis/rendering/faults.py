"""Faults of the machine during a render, said in the user's words: a full disk, a folder that
cannot be written, a browser that closed or crashed. Each names the output folder, none shows
a library's traceback; the last good briefing is untouched (the render writes a temporary
folder that replaces it only at the end)."""

from __future__ import annotations

import errno
from pathlib import Path

from analysis.model.errors import AccessError, Note, Problem, RenderError

#: Modules whose errors mean the browser that draws the images and prints the PDF went away.
BROWSER_MODULES = ("choreographer", "kaleido", "pyppeteer", "websockets")


def causes(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during, outermost first."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return seen


def is_browser_fault(exc: BaseException) -> bool:
    """Whether the error (or one it came from) is the browser's channel closing or failing."""
    return any(type(e).__module__.split(".")[0] in BROWSER_MODULES for e in causes(exc))


def disk_full(exc: BaseException) -> bool:
    """Whether the error comes from a full disk (or a full quota)."""
    for e in causes(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(e, AccessError) and any(p.code == "os.ENOSPC" for p in e.problems):
            return True
    return False


def render_fault(exc: BaseException, folder: Path) -> RenderError | None:
    """The render's failure in the user's words, naming the output folder; None when the
    error is none of the machine's faults (a bug keeps its traceback)."""
    where = str(folder)
    if disk_full(exc):
        return RenderError([Problem("", code="render.disk_full", fields={"folder": where})])
    if is_browser_fault(exc):
        return RenderError([Problem("", code="render.browser_closed", fields={"folder": where})])
    if isinstance(exc, OSError):
        said = AccessError.of_os(exc).problems[0]
        fields = {"folder": where, "reason": Note(said.code, "zh", **dict(said.fields))}
        return RenderError([Problem("", code="render.write_failed", fields=fields)])
    return None
