"""Render many briefings from a manifest, in parallel processes, with a progress bar.

The executor is pluggable: any concurrent.futures.Executor (a dask.distributed
Client's get_executor() included) runs the renders; one failure never stops the others.
"""

from __future__ import annotations

import contextlib
import csv
import html
import os
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import yaml
from tqdm import tqdm

from analysis.export import image_server, images
from analysis.export.atomic import write_text
from analysis.model.errors import AnalysisError, ParameterError
from analysis.paths import OUTPUTS_DIR
from analysis.rendering.notebook import BRIEFING, preload, render


@dataclass
class Job:
    """One row of a manifest: a ledger and its parameters."""

    ledger: str
    params: dict[str, object]


@dataclass
class Outcome:
    """How one job went."""

    ledger: str
    ok: bool
    out_dir: str = ""
    skipped: bool = False
    error: str = ""


def read_manifest(path: Path) -> list[Job]:
    """Jobs from a CSV (columns: ledger, then parameters) or YAML (a list of mappings)."""
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    else:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    jobs = []
    for i, row in enumerate(rows, start=2):
        if not isinstance(row, dict) or not row.get("ledger"):
            raise ParameterError.of("manifest.needs_ledger", file=path.name, row=i)
        ledger = Path(str(row["ledger"]))
        if not ledger.is_absolute():
            ledger = (path.parent / ledger).resolve()
        params = {k: v for k, v in row.items() if k != "ledger" and v not in (None, "")}
        if params.get("docx_template"):  # like the ledger, relative to the manifest
            params["docx_template"] = str((path.parent / str(params["docx_template"])).resolve())
        jobs.append(Job(str(ledger), params))
    return jobs


def run_job(job: Job, out_root: str, force: bool, notebook: str | None = None) -> Outcome:
    """Render one job in this process; errors become a failed Outcome, never an exception."""
    try:
        result = render(
            job.ledger,
            job.params,
            out_root=Path(out_root),
            notebook=Path(notebook) if notebook else BRIEFING,
            force=force,
            progress=False,
        )
    except AnalysisError as exc:
        return Outcome(job.ledger, ok=False, error=_first_reason(exc))
    return Outcome(job.ledger, ok=True, out_dir=str(result.out_dir), skipped=result.skipped)


def _first_reason(exc: Exception) -> str:
    """One line saying why a job failed (for a ledger: its first problem)."""
    problems = getattr(exc, "problems", None)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        return f"{problems[0]}{more}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def run_batch(
    jobs: list[Job],
    out_root: Path = OUTPUTS_DIR,
    workers: int | None = None,
    executor: Executor | None = None,
    force: bool = False,
    notebook: Path | None = None,
) -> list[Outcome]:
    """Render every job; returns outcomes in manifest order and writes index.html."""
    with contextlib.ExitStack() as stack:
        if executor is None:
            executor = stack.enter_context(_process_pool(workers, stack))
        futures = {
            executor.submit(
                run_job, job, str(out_root), force, str(notebook) if notebook else None
            ): i
            for i, job in enumerate(jobs)
        }
        outcomes: list[Outcome | None] = [None] * len(jobs)
        for future in tqdm(as_completed(futures), total=len(futures), desc="briefings", unit="nb"):
            outcomes[futures[future]] = future.result()
    done = [o for o in outcomes if o is not None]
    write_index(Path(out_root), done)
    return done


def _process_pool(workers: int | None, stack: contextlib.ExitStack) -> ProcessPoolExecutor:
    """Worker processes forked warm, drawing through one image server when there is a browser."""
    preload()  # workers fork from this process with the libraries already imported
    if images.find_browser() is None:
        return ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1)
    address, authkey = stack.enter_context(image_server.running())
    return ProcessPoolExecutor(
        max_workers=workers or os.cpu_count() or 1,
        initializer=image_server.connect,
        initargs=(address, authkey),
    )


def write_index(out_root: Path, outcomes: list[Outcome]) -> Path:
    """index.html linking every briefing, with the failures and their reasons."""
    rows = []
    for o in outcomes:
        if o.ok:
            cell = _links(Path(o.out_dir), out_root)
            status = "skipped (unchanged)" if o.skipped else "ok"
        else:
            cell, status = html.escape(o.error), "FAILED"
        rows.append(
            f"<tr><td>{html.escape(Path(o.ledger).name)}</td><td>{status}</td><td>{cell}</td></tr>"
        )
    page = (
        "<!doctype html><meta charset='utf-8'><title>Briefings</title>"
        "<h1>巡察整改简报 / Briefings</h1><table border='1' cellpadding='4'>"
        "<tr><th>ledger</th><th>status</th><th>briefing / error</th></tr>"
        + "".join(rows)
        + "</table>"
    )
    path = out_root / "index.html"
    write_text(path, page)
    return path


#: What index.html links for each unit, in this order: label and path in the unit's folder.
UNIT_FILES = (
    ("HTML", "briefing.html"),
    ("Word", "briefing.docx"),
    ("PDF", "briefing.pdf"),
    ("PPT", "charts/briefing.pptx"),
    ("Excel", "charts/summary.xlsx"),
)


def _links(out_dir: Path, out_root: Path) -> str:
    """The unit's folder, then a link to each of its files that exists."""
    folder = html.escape(os.path.relpath(out_dir, out_root))
    links = []
    for label, name in UNIT_FILES:
        if (out_dir / name).exists():
            rel = html.escape(os.path.relpath(out_dir / name, out_root))
            links.append(f"<a href='{rel}'>{label}</a>")
    return f"{folder}: " + " · ".join(links)
