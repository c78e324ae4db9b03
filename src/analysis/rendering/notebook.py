"""Render briefing notebooks with papermill into outputs/<unit>/<as-of>/.

Parameters are checked before any kernel starts. A failed run keeps the executed
notebook as briefing.failed.ipynb and leaves the last good briefing untouched:
everything is written into a temporary folder that replaces the old one only
when the whole render succeeded.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import functools
import hashlib
import json
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import papermill as pm

from analysis.export import image_server, images
from analysis.export.atomic import atomic_dir, write_text
from analysis.export.safe_text import clean_text
from analysis.export.scratch import remove_stale_renders
from analysis.figures.as_of import resolve_as_of
from analysis.history.store import store_stamp
from analysis.i18n import DEFAULT_LANG
from analysis.model.errors import AccessError, ParameterError, Problem, RenderError
from analysis.model.ledger import Ledger
from analysis.paths import NOTEBOOKS_DIR, OUTPUTS_DIR
from analysis.read.load import load_ledger
from analysis.rendering import documents as paper_files
from analysis.rendering.faults import render_fault
from analysis.rendering.progress import bar_options

BRIEFING = NOTEBOOKS_DIR / "briefing.ipynb"
TEMPLATES = Path(__file__).parent / "templates"
CHOICES = {"lang": ("zh", "en")}
DATE_PARAMS = ("as_of",)
RESERVED = ("output_dir", "defer_images")  # set by the renderer, not by users
STAMP = ".render.json"
#: Seconds a kernel may take to start: papermill's 60 is short for a busy office PC or a batch
#: whose workers all start kernels at once on two cores.
START_TIMEOUT = 180


@dataclass
class RenderResult:
    """Where a briefing went, for which unit and date, and whether it was rendered or skipped."""

    out_dir: Path
    skipped: bool = False
    unit: str = ""
    as_of: str = ""  # YYYY-MM-DD
    unit_basis: str = ""  # "file_name" when the ledger names no unit
    other_ledger: str = ""  # the ledger whose briefing holds the unit's usual folder


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The notebook's parameters cell: name → {default, inferred_type_name, help}.

    Read once per version of the file: every render asks, and a batch renders many.
    """
    path = Path(notebook).resolve()
    return _inspect(str(path), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _inspect(path: str, mtime_ns: int) -> dict[str, dict]:
    return pm.inspect_notebook(path)


def validate_parameters(params: dict[str, object], notebook: Path = BRIEFING) -> dict[str, object]:
    """Check names, types, choices and dates; return the values as the notebook expects them."""
    declared = notebook_parameters(notebook)
    clean: dict[str, object] = {}
    for name, value in params.items():
        if not name.isidentifier():
            raise ParameterError.of("param.bad_name", name=name)
        if name in RESERVED:
            raise ParameterError.of("param.reserved", name=name)
        if name not in declared:
            raise ParameterError.of("param.unknown", name=name, known=", ".join(declared))
        expected = declared[name]["inferred_type_name"]
        value = _coerce(name, value, expected)
        if value != _default(declared[name]):  # `-p lang zh` is the same render as none
            clean[name] = value
    return clean


def _default(declared: dict) -> object:
    """A parameter's default as a value (papermill reports the source text, e.g. '"zh"')."""
    try:
        return ast.literal_eval(str(declared.get("default")))
    except (ValueError, SyntaxError):
        return object()  # an expression: equal to nothing given


def _coerce(name: str, value: object, expected: str) -> object:
    if isinstance(value, dt.date):
        value = value.isoformat()
    if expected == "str":
        value = "" if value is None else str(value)
    elif expected == "int":
        try:
            value = int(str(value))
        except (TypeError, ValueError):
            raise ParameterError.of("param.not_int", name=name, value=value) from None
    if name in CHOICES and value not in CHOICES[name]:
        raise ParameterError.of(
            "param.not_choice", name=name, value=value, choices=", ".join(CHOICES[name])
        )
    if name in DATE_PARAMS and value:
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            raise ParameterError.of("param.not_date", name=name, value=value) from None
    return value


MAX_NAME_BYTES = 80  # well under every file system's 255, leaving room for the path around it
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(10)
}


def safe_name(text: str) -> str:
    """A short folder name from a unit name, safe on Linux, macOS and Windows shares.

    Keeps Chinese; path separators, characters Windows forbids and control characters
    become _; a name over MAX_NAME_BYTES is cut and ends with a short hash of the whole
    name, so two long names that share a beginning still get different folders.
    """
    name = re.sub(r"[\\/:*?\"<>|\s\x00-\x1f\x7f]+", "_", text).strip("._- ") or "unit"
    if name.upper().split(".")[0] in RESERVED_NAMES:
        name = f"_{name}"
    if len(name.encode()) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head = name.encode()[: MAX_NAME_BYTES - len(digest) - 1].decode("utf-8", "ignore")
    return f"{head.rstrip('._- ')}_{digest}"


def _fingerprint(notebook: Path, params: dict, ledger_sha: str) -> str:
    h = hashlib.sha256(notebook.read_bytes())
    h.update(json.dumps(params, sort_keys=True, ensure_ascii=False).encode())
    h.update(ledger_sha.encode())
    return h.hexdigest()


@dataclass
class Plan:
    """A render's checked parameters and the folder it will write."""

    params: dict[str, object]
    ledger: Ledger
    out_dir: Path
    other_ledger: str = ""

    @property
    def ledger_sha256(self) -> str:
        return self.ledger.meta["ledger_sha256"]


def plan_render(
    ledger_path: str | Path | None,
    params: dict[str, object] | None,
    out_root: Path = OUTPUTS_DIR,
    notebook: Path = BRIEFING,
) -> Plan:
    """Check the parameters and load the ledger: where the briefing will go, before any kernel."""
    params = dict(params or {})
    if ledger_path:
        params["ledger_path"] = str(Path(ledger_path).resolve())
    params = validate_parameters(params, notebook)
    if params.get("docx_template"):
        params["docx_template"] = str(Path(str(params["docx_template"])).resolve())
        paper_files.check_template(params)
    if params.get("history_db"):  # the kernel may run elsewhere: pass an absolute path
        params["history_db"] = str(Path(str(params["history_db"])).resolve())
    ledger = load_ledger(
        str(params.get("ledger_path") or "") or None, unit=str(params.get("unit") or "") or None
    )
    as_of = resolve_as_of(ledger, params.get("as_of") or None)[0].date().isoformat()
    params["as_of"] = as_of  # the folder, fingerprint and notebook all see the same date
    lang = str(params.get("lang", DEFAULT_LANG))
    folder = as_of if lang == DEFAULT_LANG else f"{as_of}_{lang}"
    unit_dir, other = own_folder(Path(out_root).resolve(), ledger.unit, params)
    return Plan(params, ledger, unit_dir / folder, other)


def own_folder(root: Path, unit: str, params: dict[str, object]) -> tuple[Path, str]:
    """The unit's folder; when it holds briefings of another ledger file (two files naming
    one unit, e.g. 街道A/整改台账.xlsx and 街道B/整改台账.xlsx), the unit's name with a short
    hash of this ledger's path instead, and the other ledger's path to say so."""
    base = root / safe_name(unit)
    mine = str(params.get("ledger_path") or "")
    for stamp in sorted(base.glob(f"*/{STAMP}")):
        try:
            other = str(json.loads(stamp.read_text())["params"].get("ledger_path") or "")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        if other != mine:
            digest = hashlib.sha256(mine.encode("utf-8", "surrogatepass")).hexdigest()[:8]
            return root / safe_name(f"{unit}_{digest}"), other
    return base, ""


def render(
    ledger_path: str | Path | None = None,
    params: dict[str, object] | None = None,
    out_root: Path = OUTPUTS_DIR,
    notebook: Path = BRIEFING,
    force: bool = False,
    progress: bool = True,
    documents: bool = True,
) -> RenderResult:
    """Render one briefing; skipped when notebook, parameters and ledger hash are unchanged.

    documents: also write briefing.docx and briefing.pdf beside briefing.html.
    """
    plan = plan_render(ledger_path, params, out_root, notebook)
    params, ledger, out_dir = plan.params, plan.ledger, plan.out_dir
    remove_stale_renders(Path(out_root))  # what killed renders left, in any unit's folder
    inputs = plan.ledger_sha256 + paper_files.template_digest(params)
    inputs += store_stamp(str(params.get("history_db") or "") or None)  # 本期进展's source
    fingerprint = _fingerprint(notebook, dict(params, documents=documents), inputs)
    stamp = out_dir / STAMP
    if not force and stamp.exists() and json.loads(stamp.read_text())["fingerprint"] == fingerprint:
        return RenderResult(out_dir, True, ledger.unit, str(params["as_of"]), *_said(plan))
    session = _image_session(notebook)  # Chromium starts while the kernel runs
    building = paper_files.start_building(ledger, params) if documents else None
    with _said_in_words(out_dir), atomic_dir(out_dir) as tmp:
        _execute(notebook, tmp, params, out_dir, progress, defer_images=session is not None)
        if session is not None:
            _draw_images(tmp, session, out_dir, paper=documents)
        write_html(tmp / "briefing.ipynb", tmp / "briefing.html")
        if building is not None:
            template = str(params.get("docx_template") or "") or None
            paper_files.write_documents(tmp, building, ledger, template, session)
        stamp_data = {
            "fingerprint": fingerprint,
            "params": params,
            "ledger_sha256": plan.ledger_sha256,
        }
        write_text(tmp / STAMP, json.dumps(stamp_data, ensure_ascii=False, indent=2))
    (out_dir.parent / f"{out_dir.name}.failed.ipynb").unlink(missing_ok=True)
    return RenderResult(out_dir, False, ledger.unit, str(params["as_of"]), *_said(plan))


@contextlib.contextmanager
def _said_in_words(out_dir: Path) -> Iterator[None]:
    """A full disk, an unwritable folder or a closed browser as a message naming the folder."""
    try:
        yield
    except (OSError, AccessError, RuntimeError) as exc:
        fault = render_fault(exc, out_dir)
        if fault is None:
            raise
        raise fault from None


def _said(plan: Plan) -> tuple[str, str]:
    """What the command line warns about: the unit from the file name, another ledger's folder."""
    return plan.ledger.meta.get("unit_basis", ""), plan.other_ledger


def _image_session(notebook: Path) -> images.Drawer | None:
    """Where the notebook's deferred images get drawn: the batch's image server, else this
    process's own browser; None when the notebook cannot defer or there is no browser."""
    if "defer_images" not in notebook_parameters(notebook) or images.find_browser() is None:
        return None
    return image_server.remote() or images.shared_session()


def _draw_images(folder: Path, session: images.Drawer, out_dir: Path, paper: bool = False) -> None:
    try:
        images.draw_deferred(folder, session, paper=paper)
    except Exception as exc:  # kaleido and the browser raise several types
        fault = render_fault(exc, out_dir)
        if fault is None:
            kind = type(exc).__name__
            fault = RenderError([Problem("", code="render.images_failed", fields={"kind": kind})])
        raise fault from None


def _execute(
    notebook: Path, tmp: Path, params: dict, out_dir: Path, progress: bool, defer_images: bool
) -> None:
    run_params = dict(params, output_dir=str(tmp))
    if defer_images:
        run_params["defer_images"] = True
    executed = tmp / "briefing.ipynb"
    try:
        pm.execute_notebook(
            str(notebook),
            str(executed),
            parameters=run_params,
            kernel_name="python3",
            progress_bar=bar_options("cells", str(params.get("lang") or DEFAULT_LANG))
            if progress
            else False,
            # papermill would rewrite the whole notebook after every cell (its plotly JSON
            # included): about a second per briefing. It writes it once at the end, and on
            # a cell's error before raising.
            request_save_on_cell_execute=False,
            # the kernel's own log (e.g. "running over TCP without encryption" on a local
            # kernel) is noise to an analyst; a cell's error still reaches the notebook
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
            start_timeout=START_TIMEOUT,
        )
    except pm.PapermillExecutionError as exc:
        failed = out_dir.parent / f"{out_dir.name}.failed.ipynb"
        failed.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(executed, failed)
        raise RenderError(
            f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue} (executed notebook kept as {failed})"
        ) from None


def write_html(executed: Path, target: Path) -> None:
    """The executed notebook as self-contained HTML with the code hidden."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    # no kernel answers an exported page: widgets show their static text, not a CDN's script
    notebook.metadata.pop("widgets", None)
    with _EXPORT_LOCK:
        body, _ = _html_exporter().from_notebook_node(notebook)
    write_text(target, clean_text(body))


_EXPORT_LOCK = threading.Lock()  # one exporter per process, shared by threaded executors


@functools.cache
def _html_exporter():
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="briefing",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


def preload() -> None:
    """Import and set up what every render needs, once, so forked batch workers start warm."""
    _html_exporter().environment.get_template("index.html.j2")
    notebook_parameters(BRIEFING)
