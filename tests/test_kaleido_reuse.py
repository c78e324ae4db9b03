"""kaleido_reuse overrides a private kaleido hook: fail loudly if kaleido changes under it."""

from __future__ import annotations

import inspect
from importlib.metadata import version

import kaleido
from conftest import needs_browser

from analysis.export import kaleido_reuse


def test_kaleido_is_the_release_the_hook_was_written_for():
    assert version("kaleido") == kaleido_reuse.KALEIDO_VERSION, (
        "kaleido changed: check that Kaleido._return_kaleido_tab and tabs_ready still behave "
        "as export/kaleido_reuse.py expects, then update KALEIDO_VERSION"
    )


def test_the_private_hook_still_exists_with_its_shape():
    hook = getattr(kaleido.Kaleido, "_return_kaleido_tab", None)
    assert hook is not None and inspect.iscoroutinefunction(hook)
    assert list(inspect.signature(hook).parameters) == ["self", "tab"]


@needs_browser
def test_tabs_are_reused_and_reloaded_every_n_figures(tmp_path, monkeypatch):
    from analysis.export.images import ImageSession, write_images

    monkeypatch.setattr(kaleido_reuse, "RELOAD_EVERY", 3)
    reloads = []
    original = kaleido.Kaleido._return_kaleido_tab

    async def counting(self, tab):
        reloads.append(tab)
        await original(self, tab)

    monkeypatch.setattr(kaleido.Kaleido, "_return_kaleido_tab", counting)
    session = ImageSession()
    try:
        figures = {f"f{i}": {"data": [{"type": "bar", "y": [i]}]} for i in range(7)}
        written = write_images(figures, tmp_path, ["svg"], session)
    finally:
        session.close()
    assert len(written) == 7 and all(p.stat().st_size > 0 for p in written)
    assert len(reloads) == 2, "7 figures with RELOAD_EVERY=3 reload the tab after the 3rd and 6th"


@needs_browser
def test_tabs_are_reloaded_every_so_often(monkeypatch):
    import asyncio

    reloads = []

    class Tab:
        async def reload(self):
            reloads.append(1)

    monkeypatch.setattr(kaleido_reuse, "RELOAD_EVERY", 3)
    k = kaleido_reuse.ReusingKaleido(mathjax=False)
    tab = Tab()
    tab.tab = type("T", (), {"target_id": "abcd"})()

    async def return_five_times():
        for _ in range(5):
            await k._return_kaleido_tab(tab)

    asyncio.run(return_five_times())
    assert len(reloads) == 1 and k.tabs_ready.qsize() == 5
