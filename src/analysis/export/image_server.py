"""One browser for a whole batch: a helper process that batch workers send drawings to.

Without it every worker starts its own Chromium, about three CPU-seconds spent mostly
loading plotly.js; on a two-core machine those starts compete with the first briefings.
The helper is a multiprocessing manager process that keeps one ImageSession; workers
reach it through a proxy set by their initializer. One tab is enough: a briefing's charts
take about half a second, so workers rarely wait for each other, and a second tab would
load plotly.js a second time at start.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from multiprocessing.managers import BaseManager
from typing import Any

from analysis.export import images

TABS = 1


class ImageService:
    """Draws kaleido specs in the server's session; a retired browser is replaced."""

    def write(self, specs: list[dict]) -> None:
        try:
            images.shared_session(tabs=TABS).write(specs)
        except Exception as exc:  # kaleido's errors do not survive pickling to the client
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None

    def print_pdf(self, page: str, target: str) -> None:
        try:
            images.shared_session(tabs=TABS).print_pdf(page, target)
        except Exception as exc:
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None


class ImageServer(BaseManager):
    """The manager process that hosts ImageService."""


ImageServer.register("service", callable=ImageService)

_remote: images.Drawer | None = None


def _warm() -> None:
    """Start the server's browser at once, while the first notebooks run."""
    images.shared_session(tabs=TABS)


@contextlib.contextmanager
def running() -> Iterator[tuple[Any, bytes]]:
    """Run the image server for the duration; yields what workers need to connect."""
    authkey = os.urandom(32)
    server = ImageServer(authkey=authkey)
    server.start(initializer=_warm)
    try:
        yield server.address, authkey
    finally:
        server.shutdown()


def connect(address: Any, authkey: bytes) -> None:
    """Pool initializer: draw this worker's images through the batch's server."""
    global _remote
    server = ImageServer(address=address, authkey=authkey)
    server.connect()
    _remote = server.service()  # type: ignore[attr-defined]  # registered above


def remote() -> images.Drawer | None:
    """The batch's image server when this process is one of its workers, else None."""
    return _remote
