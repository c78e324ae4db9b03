"""The batch's worker processes: made warm, deaf to Ctrl-C (the batch stops them), and a
fresh one for each row a dead worker took down."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from analysis.export import image_server, images

PoolMaker = Callable[[int], Executor]


def pool_maker(stack: contextlib.ExitStack) -> PoolMaker:
    """Makes process pools of n workers, forked warm, drawing through one image server when
    there is a browser (started once, for the batch and its retries)."""
    if images.find_browser() is None:
        return lambda n: ProcessPoolExecutor(max_workers=n, initializer=_start)
    address, authkey = stack.enter_context(image_server.running())
    return lambda n: ProcessPoolExecutor(
        max_workers=n, initializer=_start, initargs=(address, authkey)
    )


def _start(address: object = None, authkey: bytes = b"") -> None:
    """A worker ignores Ctrl-C (the terminal sends it to the whole group): the batch itself
    stops, says 已中断 and ends its workers, instead of each printing a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if address is not None:
        image_server.connect(address, authkey)


def stop(executor: Executor) -> None:
    """End a process pool now: queued rows cancelled, running workers terminated."""
    executor.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()


def retry_alone(
    run: Callable[..., object],
    items: list,
    args: tuple,
    pools: PoolMaker | None,
    workers: int | None,
    died: Callable[[Any], Any],
) -> list:
    """run(item, *args) once more for each item, each alone in a fresh one-worker process, so
    a crash there is that item's own: `died(item)` then stands for its result. Without a
    process pool of our own to make (a caller's executor) every item is died(item)."""

    def alone(item: Any) -> Any:
        if pools is not None:
            with pools(1) as pool:
                try:
                    return pool.submit(run, item, *args).result()
                except BrokenExecutor:
                    pass
        return died(item)

    width = max(1, min(len(items), workers or os.cpu_count() or 1))
    with ThreadPoolExecutor(width) as threads:
        return list(threads.map(alone, items))
