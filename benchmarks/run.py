"""Measurements that compare alternatives in the same run (ratios and medians: absolute
times on a shared machine are noise). `python -m benchmarks [--quick] [--json]`."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .briefing import bench_big_briefing
from .generate import big_ledger, unit_ledgers
from .history import bench_history
from .notice import bench_notice

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Sizes:
    """How much work each measurement does."""

    rows: int = 100_000
    reps: int = 3
    charts: int = 7
    batch: int = 8
    pairs: int = 3  # renders with and without docx/pdf, taken in turn
    units: int = 1_000  # history store: units × 12 monthly snapshots × 30 findings
    briefing_rows: int = 5_000  # findings in the big briefing
    notice_mb: float = 2  # the big notice's size (notice_2mb_s)


QUICK = Sizes(rows=100_000, reps=1, charts=7, batch=8)
TINY = Sizes(  # for the smoke test
    rows=2_000, reps=1, charts=2, batch=2, pairs=1, units=20, briefing_rows=200, notice_mb=0.1
)


@dataclass
class Results:
    """Figures by name, plus the details that explain them."""

    figures: dict[str, float] = field(default_factory=dict)
    details: dict[str, float] = field(default_factory=dict)


def median_time(fn: Callable[[], object], reps: int) -> float:
    """Median wall time of fn over reps runs."""
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_ratio(
    slow: Callable[[], object], fast: Callable[[], object], reps: int
) -> tuple[float, float, float]:
    """Median of slow/fast over reps runs taken in turn (so noise hits both alike), with the
    median times of each."""
    slows, fasts = [], []
    for _ in range(reps):
        slows.append(median_time(slow, 1))
        fasts.append(median_time(fast, 1))
    ratio = statistics.median(a / b for a, b in zip(slows, fasts, strict=True))
    return ratio, statistics.median(slows), statistics.median(fasts)


def ensure_big(workdir: Path, sizes: Sizes) -> Path:
    """The big synthetic ledger, generated once per run."""
    path = workdir / "big.xlsx"
    return path if path.exists() else big_ledger(path, sizes.rows)


def bench_load(workdir: Path, sizes: Sizes, out: Results) -> None:
    """The package's loader against a plain openpyxl read, pandas' calamine engine and the
    bare fastexcel parse the loader starts from (its floor)."""
    import openpyxl
    import pandas as pd

    from analysis import load_ledger

    path = ensure_big(workdir, sizes)

    def openpyxl_read() -> int:
        wb = openpyxl.load_workbook(path, read_only=True)
        n = sum(1 for _ in wb.active.iter_rows(values_only=True))
        wb.close()
        return n

    def fastexcel_read() -> object:
        import fastexcel

        sheet = fastexcel.read_excel(str(path)).load_sheet(0, header_row=None, dtypes="string")
        return sheet.to_pandas()

    fastexcel_read()  # a warm-up read: the file in the page cache for both
    floor_ratio, ours, parse_only = paired_ratio(
        lambda: load_ledger(path), fastexcel_read, max(sizes.reps, 5)
    )
    plain = median_time(openpyxl_read, sizes.reps)
    pandas_calamine = median_time(
        lambda: pd.read_excel(path, engine="calamine", header=None), sizes.reps
    )
    out.figures["load_rows_per_s"] = round(sizes.rows / ours)
    out.figures["load_vs_parse_floor"] = round(floor_ratio, 2)
    out.figures["load_speedup_vs_openpyxl"] = round(plain / ours, 2)
    out.details.update(
        {
            "load_s": round(ours, 3),
            "openpyxl_read_s": round(plain, 3),
            "pandas_calamine_s": round(pandas_calamine, 3),
            "pandas_calamine_rows_per_s": round(sizes.rows / pandas_calamine),
            "fastexcel_parse_s": round(parse_only, 3),
            "load_rows": sizes.rows,
        }
    )


def all_figures(ledger, as_of: str = "2024-12-31") -> None:
    """Every figure the briefing shows (the charts' data), without drawing."""
    from analysis.figures import completion, organisations
    from analysis.figures.summary import reconciliation, summary

    f = ledger.findings
    summary(ledger, as_of=as_of)
    reconciliation(ledger)
    for column in ("aspect", "category", "department", "leader"):
        completion.completion_by(f, column)
    completion.status_counts(f)
    completion.due_buckets(f, as_of)
    completion.overdue(f, as_of)
    completion.burndown(f)
    completion.on_time_rate(f)
    organisations.by_sector(ledger)
    organisations.timeline(ledger)


def bench_metrics(workdir: Path, sizes: Sizes, out: Results) -> None:
    """All briefing figures on the big ledger."""
    from analysis import load_ledger

    ledger = load_ledger(ensure_big(workdir, sizes))
    out.figures["metrics_100k_s"] = round(
        median_time(lambda: all_figures(ledger), max(sizes.reps, 3)), 3
    )


def bench_peak_memory(workdir: Path, sizes: Sizes, out: Results) -> None:
    """Peak resident memory of the largest step (load and figures), in a fresh process."""
    ensure_big(workdir, sizes)
    code = (
        "import resource; from analysis import load_ledger; from benchmarks.run import all_figures;"
        f"all_figures(load_ledger({str(workdir / 'big.xlsx')!r}));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    out.figures["peak_mb"] = round(int(run.stdout.strip()) / 1024, 1)


def bench_export(workdir: Path, sizes: Sizes, out: Results) -> None:
    """Seconds per chart: one browser session for all charts against one browser per chart.

    The session figure includes starting the browser; beside it, the same charts drawn
    again in the already open browser (what a batch worker pays per briefing).
    """
    import plotly.io as pio

    from analysis import load_ledger
    from analysis.export.images import ImageSession, find_browser, write_images
    from analysis.present.charts import build_charts
    from analysis.present.theme import HEIGHT, WIDTH

    if find_browser() is None:
        out.details["export_skipped"] = 1
        return
    charts = build_charts(load_ledger(), "zh", "2025-01-01").charts[: sizes.charts]
    figures = {c.name: c.figure for c in charts}
    session: list[ImageSession] = []

    def one_session() -> None:
        session.append(ImageSession())
        write_images(figures, workdir / "shared", ["png"], session[0])

    shared = median_time(one_session, 1)
    warm = median_time(lambda: write_images(figures, workdir / "warm", ["png"], session[0]), 1)
    session[0].close()

    def one_each() -> None:
        (workdir / "each").mkdir(exist_ok=True)
        for name, fig in figures.items():
            pio.write_image(
                fig, workdir / "each" / f"{name}.png", width=WIDTH, height=HEIGHT, scale=2
            )

    each = median_time(one_each, 1)
    n = len(figures)
    out.figures["export_s_per_chart"] = round(shared / n, 2)
    out.details.update(
        {
            "export_charts": n,
            "export_one_session_s": round(shared, 2),
            "export_s_per_chart_warm": round(warm / n, 3),
            "export_browser_per_chart_s": round(each, 2),
            "export_s_per_chart_browser_each": round(each / n, 2),
        }
    )


SCRIPT = """
from analysis import open_briefing
b = open_briefing("", as_of="2025-01-01", lang="zh", output_dir={out!r})
b.export()
"""

#: The same work as `analysis render`: the script above, plus briefing.docx and briefing.pdf.
SCRIPT_WITH_DOCUMENTS = (
    SCRIPT
    + """
from pathlib import Path
from analysis.export.docx import write_docx
from analysis.export.images import shared_session
from analysis.export.paper import lay_out
from analysis.export.pdf import write_pdf
paper = lay_out(b.doc, b.ledger, Path({out!r}) / "charts")
write_docx(paper, Path({out!r}) / "briefing.docx")
write_pdf(paper, Path({out!r}) / "briefing.pdf", shared_session())
"""
)


def bench_render(workdir: Path, sizes: Sizes, out: Results) -> None:
    """One briefing through papermill and nbconvert against the same work as a plain script:
    both write the HTML, images, deck, workbook, briefing.docx and briefing.pdf, and both start
    their browser afresh each time. Beside the ratio, the same render through the command
    line in a fresh process (`analysis render`) against that script.
    """
    from analysis.export import images
    from analysis.rendering.notebook import render

    def rendered() -> None:
        images.close_shared_session()  # a cold browser, as in a fresh process
        render(  # briefing.docx and briefing.pdf too, as the script writes them
            None, {"as_of": "2025-01-01"}, out_root=workdir / "render", force=True, progress=False
        )

    def run_script(code: str, folder: str) -> None:
        code = code.format(out=str(workdir / folder))
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)

    def script() -> None:
        run_script(SCRIPT, "script")

    def script_with_documents() -> None:
        run_script(SCRIPT_WITH_DOCUMENTS, "script_documents")

    def command_line() -> None:
        args = ["render", "--force", "--out", str(workdir / "cli"), "-p", "as_of", "2025-01-01"]
        subprocess.run(
            [sys.executable, "-m", "analysis", *args], check=True, cwd=ROOT, capture_output=True
        )

    ratio, with_render, as_script = paired_ratio(rendered, script_with_documents, sizes.reps)
    cli_ratio, cli, as_full_script = paired_ratio(command_line, script_with_documents, sizes.reps)
    without_documents = median_time(script, sizes.reps)
    out.figures["render_overhead_vs_script"] = round(ratio, 2)
    out.figures["render_cli_vs_script"] = round(cli_ratio, 2)
    out.details.update(
        {
            "render_s": round(with_render, 2),
            "render_script_s": round(as_script, 2),  # the script with docx and pdf, in turn
            "script_s": round(without_documents, 2),
            "render_cli_s": round(cli, 2),
            "script_with_documents_s": round(as_full_script, 2),
            # the figure's earlier definition: the CLI's docx/pdf against a script without
            "render_cli_vs_script_no_documents": round(cli / without_documents, 2),
        }
    )


def bench_documents(workdir: Path, sizes: Sizes, out: Results) -> None:
    """One render with briefing.docx and briefing.pdf against the same render without them,
    taken in turn with the browser warm (median of the differences over sizes.pairs)."""
    from analysis.export import images
    from analysis.rendering.notebook import render

    def timed(documents: bool) -> float:
        start = time.perf_counter()
        render(
            None,
            {"as_of": "2025-01-01"},
            out_root=workdir / f"documents_{documents}",
            force=True,
            progress=False,
            documents=documents,
        )
        return time.perf_counter() - start

    timed(True)  # warm: the browser, the template, the imports
    pairs = [(timed(True), timed(False)) for _ in range(sizes.pairs)]
    out.figures["docx_pdf_overhead_s"] = round(statistics.median(a - b for a, b in pairs), 2)
    out.details.update(
        {
            "render_with_documents_s": round(statistics.median(a for a, _ in pairs), 2),
            "render_without_documents_s": round(statistics.median(b for _, b in pairs), 2),
        }
    )
    images.close_shared_session()


def bench_batch(workdir: Path, sizes: Sizes, out: Results) -> None:
    """A batch of briefings with 1 and with 2 worker processes."""
    from analysis.rendering.batch import Job, run_batch

    ledgers = unit_ledgers(workdir / "units", sizes.batch)
    jobs = [Job(str(p), {"as_of": "2024-12-31"}) for p in ledgers]
    speedup, one, two = paired_ratio(
        lambda: run_batch(jobs, workdir / "batch1", workers=1, force=True),
        lambda: run_batch(jobs, workdir / "batch2", workers=2, force=True),
        sizes.reps,
    )
    out.figures["batch_speedup_2_workers"] = round(speedup, 2)
    out.details.update(
        {
            "batch_units": len(jobs),
            "batch_1_worker_s": round(one, 1),
            "batch_2_workers_s": round(two, 1),
        }
    )


STEPS = (
    "load",
    "metrics",
    "memory",
    "export",
    "render",
    "documents",
    "batch",
    "history",
    "briefing",
    "notice",
)


def run(sizes: Sizes, only: tuple[str, ...] = STEPS) -> Results:
    """Run the chosen measurements in one process, one after another, with a progress bar."""
    out = Results()
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        steps = {
            "load": lambda: bench_load(workdir, sizes, out),
            "metrics": lambda: bench_metrics(workdir, sizes, out),
            "memory": lambda: bench_peak_memory(workdir, sizes, out),
            "export": lambda: bench_export(workdir, sizes, out),
            "render": lambda: bench_render(workdir, sizes, out),
            "documents": lambda: bench_documents(workdir, sizes, out),
            "batch": lambda: bench_batch(workdir, sizes, out),
            "history": lambda: bench_history(workdir, sizes.units, sizes.reps, out),
            "briefing": lambda: bench_big_briefing(
                workdir, sizes.briefing_rows, out.figures, out.details
            ),
            "notice": lambda: bench_notice(
                workdir, sizes.reps, out.figures, out.details, sizes.notice_mb
            ),
        }
        for name in tqdm([s for s in STEPS if s in only], desc="benchmarks", unit="step"):
            steps[name]()
    return out
