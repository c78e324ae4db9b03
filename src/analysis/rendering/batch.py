"""Render many briefings from a manifest, in parallel processes, with a progress bar.

The executor is pluggable: any concurrent.futures.Executor (a dask.distributed
Client's get_executor() included) runs the renders. A batch never loses a briefing:
every row's output folder is worked out before anything renders, and a row whose
folder another row already takes fails instead of overwriting it; any exception in
one job is that job's failure; index.html always lists every row's outcome.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
from concurrent.futures import BrokenExecutor, Executor, as_completed
from dataclasses import dataclass
from pathlib import Path

import yaml
from tqdm import tqdm

from analysis.i18n import DEFAULT_LANG, t
from analysis.model.errors import AnalysisError, ParameterError
from analysis.paths import OUTPUTS_DIR
from analysis.read.office.grids import sniff_delimiter
from analysis.read.text import decode_file
from analysis.rendering import workers as workers_of
from analysis.rendering.batch_index import write_index
from analysis.rendering.notebook import BRIEFING, plan_render, preload, render
from analysis.rendering.progress import bar_options

log = logging.getLogger(__name__)


@dataclass
class Job:
    """One row of a manifest: a ledger and its parameters."""

    ledger: str
    params: dict[str, object]
    row: int = 0  # where the job is in its manifest (0: not from a manifest)


@dataclass
class Outcome:
    """How one job went."""

    ledger: str
    ok: bool
    out_dir: str = ""
    skipped: bool = False
    error: str = ""
    unit: str = ""  # as the briefing names it, when known
    as_of: str = ""  # YYYY-MM-DD, when the ledger loaded


MANIFEST_SUFFIXES = (".csv", ".txt", ".tsv", ".yaml", ".yml")
MANIFEST_TYPES = ", ".join(MANIFEST_SUFFIXES)


def read_manifest(path: Path) -> list[Job]:
    """Jobs from a CSV (columns: ledger, then parameters) or YAML (a list of mappings).

    Read with the ledgers' decoding (UTF-8, GBK, UTF-16, BOMs) and delimiters (comma,
    semicolon, tab: Excel's "Unicode text"); errors name file and line.
    """
    path = Path(path)
    if path.suffix.lower() not in MANIFEST_SUFFIXES:
        raise ParameterError.of("manifest.bad_type", file=path.name, suffixes=MANIFEST_TYPES)
    text = decode_file(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        rows = _yaml_rows(text, path.name)
        numbered = list(enumerate(rows, start=1))
    else:
        numbered = _csv_rows(text, path.name)
    jobs = []
    for i, row in numbered:
        if not isinstance(row, dict) or not row.get("ledger"):
            raise ParameterError.of("manifest.needs_ledger", file=path.name, row=i)
        ledger = Path(str(row["ledger"]))
        if not ledger.is_absolute():
            ledger = (path.parent / ledger).resolve()
        params = {k: v for k, v in row.items() if k != "ledger" and v not in (None, "")}
        if params.get("docx_template"):  # like the ledger, relative to the manifest
            params["docx_template"] = str((path.parent / str(params["docx_template"])).resolve())
        jobs.append(Job(str(ledger), params, row=i))
    if not jobs:
        raise ParameterError.of("manifest.empty", file=path.name)
    return jobs


def _csv_rows(text: str, name: str) -> list[tuple[int, dict]]:
    """Each CSV row with the line it starts on; a quote never closed is refused at its line."""
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True
    )
    rows, start = [], 2
    try:
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error:
        raise ParameterError.of("manifest.bad_quote", file=name, row=start) from None
    return rows


def _yaml_rows(text: str, name: str) -> list:
    try:
        rows = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or type(exc).__name__
        line = mark.line + 1 if mark else None
        raise ParameterError.of("manifest.bad_yaml", file=name, row=line, reason=reason) from None
    if not isinstance(rows, list):
        raise ParameterError.of("manifest.not_a_list", file=name)
    return rows


def run_job(
    job: Job,
    out_root: str,
    force: bool,
    notebook: str | None = None,
    lang: str = DEFAULT_LANG,
) -> Outcome:
    """Render one job in this process; any error becomes a failed Outcome (its reason in
    lang), never an exception."""
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
        return Outcome(job.ledger, ok=False, error=_first_reason(exc, lang))
    except Exception as exc:  # a bug, but only this job's: the batch renders the others
        log.exception("unexpected error rendering %s", job.ledger)
        return Outcome(job.ledger, ok=False, error=_unexpected(exc, lang))
    return Outcome(
        job.ledger, True, str(result.out_dir), result.skipped, unit=result.unit, as_of=result.as_of
    )


def _unexpected(exc: BaseException, lang: str = DEFAULT_LANG) -> str:
    reason = str(exc).splitlines()[0] if str(exc) else ""
    return t("batch.unexpected", lang, kind=type(exc).__name__, reason=reason)


def _first_reason(exc: Exception, lang: str = DEFAULT_LANG) -> str:
    """One line in lang saying why a job failed (for a ledger: its first problem)."""
    problems = getattr(exc, "problems", None)
    if problems:
        more = t("batch_more_problems", lang, n=len(problems) - 1) if len(problems) > 1 else ""
        return f"{problems[0].located(lang)}{more}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def run_batch(
    jobs: list[Job],
    out_root: Path = OUTPUTS_DIR,
    workers: int | None = None,
    executor: Executor | None = None,
    force: bool = False,
    notebook: Path | None = None,
    lang: str = DEFAULT_LANG,
    progress: bool = True,
) -> list[Outcome]:
    """Render every job; returns outcomes in manifest order and always writes index.html.

    lang: the language of index.html, the progress bar and the failures' reasons (each
    briefing is in its own job's `lang`); progress: show the bar (-q: no).
    """
    outcomes: list[Outcome | None] = [None] * len(jobs)
    try:
        runnable = plan_jobs(jobs, Path(out_root), notebook, outcomes, lang)
        if runnable:
            _run(
                runnable,
                jobs,
                outcomes,
                out_root,
                workers,
                executor,
                force,
                notebook,
                lang,
                progress,
            )
    finally:
        done = [
            o or Outcome(jobs[i].ledger, ok=False, error=t("batch.not_run", lang))
            for i, o in enumerate(outcomes)
        ]
        for o, job in zip(done, jobs, strict=True):  # a ledger that did not load: as asked
            o.unit = o.unit or str(job.params.get("unit") or "")
        write_index(Path(out_root), done, lang)
    return done


def plan_jobs(
    jobs: list[Job],
    out_root: Path,
    notebook: Path | None,
    outcomes: list[Outcome | None],
    lang: str = DEFAULT_LANG,
) -> list[int]:
    """Which jobs can run: each must load and have an output folder no earlier row takes.

    The others get their failed outcome now (its reason in lang), before anything renders.
    """
    taken: dict[Path, int] = {}
    runnable = []
    for i, job in enumerate(jobs):
        try:
            plan = plan_render(job.ledger, job.params, out_root, notebook or BRIEFING)
        except AnalysisError as exc:
            outcomes[i] = Outcome(job.ledger, ok=False, error=_first_reason(exc, lang))
            continue
        except Exception as exc:
            log.exception("unexpected error reading %s", job.ledger)
            outcomes[i] = Outcome(job.ledger, ok=False, error=_unexpected(exc, lang))
            continue
        out_dir = plan.out_dir
        if out_dir in taken:
            folder = f"{out_dir.parent.name}/{out_dir.name}"
            first = jobs[taken[out_dir]].row or taken[out_dir] + 1
            clash = ParameterError.of(
                "batch.same_folder",
                Path(job.ledger).name,
                job.row or i + 1,
                first=first,
                folder=folder,
            )
            error = _first_reason(clash, lang)
            unit, as_of = plan.ledger.unit, str(plan.params["as_of"])
            outcomes[i] = Outcome(job.ledger, ok=False, error=error, unit=unit, as_of=as_of)
            continue
        taken[out_dir] = i
        runnable.append(i)
    return runnable


def _run(
    runnable: list[int],
    jobs: list[Job],
    outcomes: list[Outcome | None],
    out_root: Path,
    workers: int | None,
    executor: Executor | None,
    force: bool,
    notebook: Path | None,
    lang: str,
    progress: bool = True,
) -> None:
    """Render the runnable jobs; the rows a dead worker took down are retried, each alone in a
    fresh worker process, so one crash (say the kernel of one briefing ran out of memory)
    fails only the row that caused it, and only when it crashes again."""
    args = (str(out_root), force, str(notebook) if notebook else None, lang)
    with contextlib.ExitStack() as stack:
        pools = None
        if executor is None:
            preload()  # workers fork from this process with the libraries already imported
            pools = workers_of.pool_maker(stack)
            executor = stack.enter_context(pools(workers or os.cpu_count() or 1))
        futures = {executor.submit(run_job, jobs[i], *args): i for i in runnable}
        settled = len(jobs) - len(runnable)  # rows refused before rendering count as done
        bar = stack.enter_context(
            tqdm(
                total=len(jobs),
                initial=settled,
                disable=not progress,
                **bar_options("briefings", lang),
            )
        )
        lost: list[int] = []
        try:
            _collect(futures, jobs, outcomes, lost, bar, lang)
        except KeyboardInterrupt:
            workers_of.stop(executor)
            raise
        if lost:
            log.debug("a batch worker died; retrying %d row(s) one by one", len(lost))

            def died(job: Job) -> Outcome:
                return Outcome(job.ledger, ok=False, error=t("batch.worker_died", lang))

            retried = workers_of.retry_alone(
                run_job, [jobs[i] for i in sorted(lost)], args, pools, workers, died
            )
            for i, outcome in zip(sorted(lost), retried, strict=True):
                outcomes[i] = outcome
                bar.update()


def _collect(futures, jobs, outcomes, lost, bar, lang) -> None:
    """Each finished job's outcome; the rows of a dead worker's pool go to `lost`."""
    for future in as_completed(futures):
        i = futures[future]
        try:
            outcomes[i] = future.result()
        except BrokenExecutor:  # a worker died: which row it held is not known yet
            lost.append(i)
            continue
        except Exception as exc:  # the executor failed (a distributed one, say)
            log.debug("job for %s failed in its executor", jobs[i].ledger, exc_info=True)
            outcomes[i] = Outcome(jobs[i].ledger, ok=False, error=_unexpected(exc, lang))
        bar.update()
