"""A big ledger's briefing: how long it takes and how large its files are.

A 5,000-finding ledger with many departments and leaders, as a city office merges them;
the briefing must stay a summary (top entries, "其他N项") with the full lists in the workbook.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from .generate import finding_rows, write_ledger_xlsx

MB = 1024 * 1024


def city_ledger(path: Path, n_rows: int, seed: int = 2) -> Path:
    """n_rows findings spread over about n_rows/40 departments and n_rows/80 leaders."""
    rng = random.Random(seed)
    rows = finding_rows(rng, n_rows)
    departments = max(5, n_rows // 40)
    leaders = max(5, n_rows // 80)
    for row in rows:
        row[4] = f"第{rng.randrange(leaders) + 1}分管领导"
        row[5] = f"第{rng.randrange(departments) + 1}责任部门"
    return write_ledger_xlsx(path, rows, title="某市巡察反馈问题整改汇总台账")


def bench_big_briefing(workdir: Path, rows: int, figures: dict, details: dict) -> None:
    """Render the big ledger's briefing (HTML, images, deck, workbook) from a cold browser."""
    from analysis.export import images
    from analysis.rendering.notebook import render

    ledger = city_ledger(workdir / "city.xlsx", rows)
    images.close_shared_session()
    start = time.perf_counter()
    result = render(
        ledger,
        {"as_of": "2024-12-31"},
        out_root=workdir / "big-briefing",
        force=True,
        progress=False,
        documents=False,
    )
    seconds = time.perf_counter() - start
    out = result.out_dir
    svgs = list((out / "charts").glob("*.svg"))
    figures["briefing_5000_s"] = round(seconds, 1)
    figures["briefing_5000_html_mb"] = round((out / "briefing.html").stat().st_size / MB, 2)
    details.update(
        {
            "briefing_rows": rows,
            "briefing_ipynb_mb": round((out / "briefing.ipynb").stat().st_size / MB, 2),
            "briefing_largest_svg_mb": round(max(p.stat().st_size for p in svgs) / MB, 3)
            if svgs
            else 0,
            "briefing_xlsx_mb": round((out / "charts" / "summary.xlsx").stat().st_size / MB, 2),
        }
    )
