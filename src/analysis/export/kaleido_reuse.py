"""The one place that relies on kaleido internals: reusing a browser tab across figures.

kaleido 1.x reloads its page (plotly.js and all) after every figure. Overriding its
private `_return_kaleido_tab` hook to reload only every RELOAD_EVERY figures draws a
briefing's images about four times faster. The hook is private, so kaleido is pinned
exactly and tests/test_kaleido_reuse.py fails loudly if the hook changes shape.
"""

from __future__ import annotations

from typing import Any

import kaleido

RELOAD_EVERY = 50
#: The kaleido release whose private hook this module was written against.
KALEIDO_VERSION = "1.5.0"


class ReusingKaleido(kaleido.Kaleido):
    """kaleido.Kaleido that reuses a tab for RELOAD_EVERY figures before reloading it.

    Each figure is drawn in a fresh div that plotly.js purges afterwards, so the page holds
    no figure's state; the occasional reload bounds memory over a long batch.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._uses: dict[int, int] = {}

    async def _return_kaleido_tab(self, tab: Any) -> None:
        uses = self._uses[id(tab)] = self._uses.get(id(tab), 0) + 1
        if uses % RELOAD_EVERY == 0:
            await super()._return_kaleido_tab(tab)
        else:
            await self.tabs_ready.put(tab)
