"""Remake the README's screenshots of the bundled briefing: `make screenshots`.

Renders the briefing in Chinese and English into a temporary folder and photographs the top
of each briefing.html in Chromium at 1200×1600, as docs/briefing.png and docs/briefing-en.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from analysis.export.images import find_browser
from analysis.rendering.notebook import render

DOCS = Path(__file__).resolve().parent
VIEWPORT = {"width": 1200, "height": 1600}
SHOTS = {"zh": "briefing.png", "en": "briefing-en.png"}


def main() -> int:
    browser_path = find_browser()
    if browser_path is None:
        print("no Chrome/Chromium: run `analysis doctor`", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=browser_path, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport=VIEWPORT)
            for lang, name in SHOTS.items():
                result = render(None, {"lang": lang}, out_root=Path(tmp), progress=False)
                page.goto((result.out_dir / "briefing.html").as_uri())
                page.wait_for_selector(".js-plotly-plot .main-svg")
                page.evaluate("() => document.fonts.ready")
                page.screenshot(path=str(DOCS / name))
                print(f"wrote {DOCS / name}")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
