"""explore.ipynb in a real JupyterLab, driven by Chromium: every cell runs without an error,
and every chart fits its output area (issue 13: a chart fixed at 1280 px inside a 968 px
output area had its legend and last bars cut off); JupyterLab speaks Chinese, asks nothing
about news, and the explorer's filter drives its table and chart (issue 25).

JupyterLab runs on a free port with a random token, its config, settings and runtime files
in tmp_path, on a copy of the notebook, so neither the user's settings nor the repository
are touched; the project's own settings (jupyter/settings, as `make lab` passes them) are
the only ones; the kernel is the project's, installed into the venv with --sys-prefix.
With ANALYSIS_LAB_SCREENSHOTS=DIR the filter test saves the README's screenshots there
(docs/lab_screenshots.py).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import IN_CI, needs_browser

from analysis.paths import NOTEBOOKS_DIR, REPO_ROOT

NOTEBOOK = "explore.ipynb"
KERNEL_NAME = "Python 3 (analysis)"
#: The file browser open beside the notebook leaves an 848 px output area.
WIDE = {"width": 1280, "height": 900}
START_S, KERNEL_S, RUN_S = 60, 90, 180
TOLERANCE_PX = 1

needs_playwright = pytest.mark.skipif(
    importlib.util.find_spec("playwright") is None and not IN_CI,
    reason="playwright is not installed (pip install -c requirements.lock -e '.[dev]')",
)
pytestmark = [needs_browser, needs_playwright, pytest.mark.xdist_group("jupyterlab")]

#: The project's JupyterLab settings (Chinese, no news prompt), as `make lab` passes them.
SETTINGS = REPO_ROOT / "jupyter" / "settings"
#: An office ledger with departments and leaders, for the filter.
OFFICE = REPO_ROOT / "tests" / "history" / "ledger_2024-06.csv"


@dataclass
class Lab:
    """A running JupyterLab: where it listens, its token, and its log."""

    url: str
    token: str
    log: Path

    def api(self, path: str, method: str = "GET") -> Any:
        """JSON from the server's REST API (None for an empty answer)."""
        request = urllib.request.Request(f"{self.url}{path}", method=method)
        request.add_header("Authorization", f"token {self.token}")
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    """A port nothing listens on now (the OS picks it), so parallel workers never collide."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def lab_env(tmp: Path) -> dict[str, str]:
    """The environment with Jupyter's per-user folders and the project's outputs in tmp.

    JUPYTER_DATA_DIR moves too (a user's own python3 kernel would shadow the venv's); the
    venv's share/jupyter, with the kernel and the plotly extension, is still searched.
    """
    env = dict(os.environ)
    for var, sub in {
        "JUPYTER_CONFIG_DIR": "config",
        "JUPYTER_DATA_DIR": "data",
        "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "settings",
        "JUPYTERLAB_WORKSPACES_DIR": "workspaces",
        "IPYTHONDIR": "ipython",
    }.items():
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(tmp / sub)
    env["ANALYSIS_OUTPUTS_DIR"] = str(tmp / "outputs")
    env["ANALYSIS_HISTORY_DB"] = str(tmp / "history.duckdb")
    # every cell kept in the page (JupyterLab 4 drops cells scrolled out of view), so the
    # filter's cell can be found; a test's own setting, in tmp, not the project's
    tracker = tmp / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    return env


def lab_command(root: Path, port: int, token: str) -> list[str]:
    """`jupyter lab` on root, headless, on port, with token; --allow-root only as root."""
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.app_settings_dir={SETTINGS}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    return command


def wait_until_up(lab: Lab, process: subprocess.Popen) -> None:
    """Poll /api/status until the server answers; fail with its log if it dies or hangs."""
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {process.returncode}:\n{lab.log_tail()}")
        with contextlib.suppress(OSError):
            lab.api("/api/status")
            return
        time.sleep(0.3)
    pytest.fail(f"JupyterLab did not answer within {START_S} s:\n{lab.log_tail()}")


def stop(lab: Lab, process: subprocess.Popen) -> None:
    """Shut the kernels down (they run in sessions of their own), then the server's group."""
    with contextlib.suppress(OSError, ValueError):
        for kernel in lab.api("/api/kernels"):
            lab.api(f"/api/kernels/{kernel['id']}", method="DELETE")
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def with_ledger(notebook: Path, ledger: str) -> None:
    """Point the copied notebook's parameters cell at ledger (as papermill's -p would)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "ledger_path = " in "".join(c["source"]))
    cell["source"] = [
        f'ledger_path = "{ledger}"\n' if line.startswith("ledger_path = ") else line
        for line in cell["source"]
    ]
    notebook.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def lab(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Lab]:
    """JupyterLab serving a copy of the notebook from tmp_path; stopped whatever happens.
    Parametrised indirectly with a ledger, the copy reads that ledger."""
    root = tmp_path / "notebooks"
    root.mkdir()
    shutil.copy(NOTEBOOKS_DIR / NOTEBOOK, root / NOTEBOOK)
    if getattr(request, "param", None):  # beside the notebook, named as an analyst would
        shutil.copy(request.param, root / request.param.name)
        with_ledger(root / NOTEBOOK, request.param.name)
    port, token = free_port(), secrets.token_hex(16)
    lab = Lab(f"http://127.0.0.1:{port}", token, tmp_path / "jupyterlab.log")
    with lab.log.open("wb") as log:
        process = subprocess.Popen(
            lab_command(root, port, token),
            cwd=root,
            env=lab_env(tmp_path / "home"),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until_up(lab, process)
        yield lab
    finally:
        stop(lab, process)


def code_cells() -> int:
    """How many code cells the notebook has: each must show an execution count."""
    notebook = json.loads((NOTEBOOKS_DIR / NOTEBOOK).read_text(encoding="utf-8"))
    return sum(cell["cell_type"] == "code" for cell in notebook["cells"])


def kernel_state(lab: Lab) -> str | None:
    """The execution state of the notebook's kernel, as the server knows it (None: no session)."""
    for session in lab.api("/api/sessions"):
        if session["path"].endswith(NOTEBOOK):
            return str(session["kernel"]["execution_state"])
    return None


def wait_for_kernel(page: Any, lab: Lab) -> None:
    """Wait until the kernel is idle on the server and in the status bar: running the cells
    earlier leaves every prompt at [ ] (the kernel is still starting and drops them)."""
    deadline = time.monotonic() + KERNEL_S
    while kernel_state(lab) != "idle":
        assert time.monotonic() < deadline, f"kernel not idle after {KERNEL_S} s"
        page.wait_for_timeout(250)
    status = page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\|\s*(空闲|Idle)$"))
    status.first.wait_for(timeout=KERNEL_S * 1000)
    assert KERNEL_NAME in status.first.inner_text(), status.first.inner_text()
    dialogs = page.locator(".jp-Dialog")
    assert dialogs.count() == 0, f"unexpected dialog: {dialogs.first.inner_text()}"


ALL_RAN_JS = """n => {
  const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
  return prompts.length === n && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
}"""


def run_all(page: Any) -> None:
    """运行 → 运行所有单元格 (Run → Run All Cells), then wait until every code cell shows [n]."""
    page.get_by_role("menuitem", name="运行", exact=True).click()
    page.get_by_role("menuitem", name="运行所有单元格", exact=True).click()
    page.wait_for_function(ALL_RAN_JS, arg=code_cells(), timeout=RUN_S * 1000)


def tracebacks(page: Any) -> list[str]:
    """Error and stderr outputs (JupyterLab 4 shows both as a red vnd.jupyter.stderr box): on
    the bundled ledger an analyst's first run shows none, not even a warning."""
    stderr = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    texts = [stderr.nth(i).inner_text() for i in range(stderr.count())]
    errors = page.locator('[data-mime-type="application/vnd.jupyter.error"]')
    texts += [errors.nth(i).inner_text() for i in range(errors.count())]
    return texts


#: Per chart: its box, its output area's, the cell's, and every drawn piece sticking out of it.
MEASURE_JS = """plot => {
  plot.scrollIntoView({block: 'center'});
  const box = e => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; };
  const svg = plot.querySelector('svg.main-svg');
  const s = svg ? box(svg) : null;
  const pieces = [...plot.querySelectorAll('svg text, .legend, .trace .point path, .trace .point')]
    .map(e => ({what: e.textContent.slice(0, 40) || e.getAttribute('class'), ...box(e)}))
    .filter(p => p.width > 0);
  return {
    svg: s,
    output: box(plot.closest('.jp-OutputArea-output')),
    cell: box(plot.closest('.jp-OutputArea-child')),
    drawn_at: plot._fullLayout ? plot._fullLayout.width : null,
    traces: plot.querySelectorAll('.trace').length,
    points: plot.querySelectorAll('.trace .point path').length,
    outside: s ? pieces.filter(p => p.left < s.left - 1 || p.right > s.right + 1).map(p => p.what) : [],
  };
}"""


def measure(page: Any) -> list[dict]:
    """MEASURE_JS for every chart in the notebook's code cells, in order."""
    plots = page.locator(".jp-CodeCell .js-plotly-plot")
    return [plots.nth(i).evaluate(MEASURE_JS) for i in range(plots.count())]


def clipping(charts: list[dict]) -> list[str]:
    """What is wrong with each chart: not drawn, wider than its output area, or text cut off."""
    problems = []
    for i, c in enumerate(charts):
        svg, out, cell = c["svg"], c["output"], c["cell"]
        if svg is None or svg["width"] <= 0 or svg["height"] <= 0:
            problems.append(f"chart {i}: not drawn")
            continue
        if svg["width"] > out["width"] + TOLERANCE_PX or svg["right"] > out["right"] + 1:
            problems.append(
                f"chart {i}: {svg['width']:.0f} px wide (drawn at {c['drawn_at']})"
                f" in a {out['width']:.0f} px area"
            )
        if out["right"] > cell["right"] + TOLERANCE_PX:
            problems.append(f"chart {i}: its output area overflows the cell")
        if c["outside"]:
            problems.append(f"chart {i}: cut off at the edge: {c['outside']}")
    return problems


#: Every chart drawn, as wide as its output area (within a pixel).
SETTLED_JS = """() => [...document.querySelectorAll('.jp-CodeCell .js-plotly-plot')].every(p => {
  const svg = p.querySelector('svg.main-svg');
  const out = p.closest('.jp-OutputArea-output');
  return svg && Math.abs(svg.getBoundingClientRect().width - out.getBoundingClientRect().width) <= 1;
})"""


def settle(page: Any, seconds: float = 15) -> None:
    """Give the charts time to draw at their output area's width; a chart that does not is
    reported, with its sizes, by clipping(), not by this wait timing out."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(SETTLED_JS, timeout=seconds * 1000)


@contextlib.contextmanager
def screenshot_on_failure(page: Any, path: Path, lab: Lab) -> Iterator[None]:
    """Any failure inside gets a screenshot of the page (and the server's log) in its message."""
    try:
        yield
    except Exception as exc:
        with contextlib.suppress(Exception):
            page.screenshot(path=str(path))
        raise AssertionError(
            f"{exc}\nscreenshot: {path}\nJupyterLab log:\n{lab.log_tail(15)}"
        ) from exc


#: Menu labels of JupyterLab in Chinese (the zh-CN language pack), and their English.
CHINESE_MENUS = {"编辑": "Edit", "运行": "Run", "内核": "Kernel"}


def assert_chinese(page: Any) -> None:
    """The menu bar speaks Chinese, and no toast asks about Jupyter news."""
    bar = page.locator("#jp-menu-panel, .lm-MenuBar").first
    labels = bar.inner_text()
    for chinese, english in CHINESE_MENUS.items():
        assert chinese in labels and english not in labels.split(), labels
    toasts = page.locator(".Toastify__toast")
    news = [toasts.nth(i).inner_text() for i in range(toasts.count())]
    assert not [text for text in news if "Jupyter" in text and ("新闻" in text or "news" in text)]


def browser_page(p: Any) -> tuple[Any, Any]:
    """Chromium (the system's) and a page of the test's size."""
    from analysis.export.images import find_browser

    browser = p.chromium.launch(
        executable_path=find_browser(), args=["--no-sandbox", "--disable-gpu"]
    )
    return browser, browser.new_page(viewport=WIDE)


def test_explore_notebook_runs_and_its_charts_fit(lab: Lab, tmp_path: Path) -> None:
    """Run All in JupyterLab: every cell runs, none fails, every chart is drawn inside its
    output area, title, note and bars included."""
    from playwright.sync_api import sync_playwright

    specs = lab.api("/api/kernelspecs")["kernelspecs"]
    assert specs["python3"]["spec"]["display_name"] == KERNEL_NAME, specs["python3"]
    with sync_playwright() as p:
        browser, page = browser_page(p)
        try:
            with screenshot_on_failure(page, tmp_path / "jupyterlab.png", lab):
                page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
                wait_for_kernel(page, lab)
                assert_chinese(page)
                run_all(page)
                assert tracebacks(page) == []
                settle(page)
                wide = measure(page)
                assert wide, "no plotly chart in the notebook's outputs"
                last = wide[-1]
                assert last["traces"] > 0 and last["points"] > 0, f"last chart is empty: {last}"
                assert clipping(wide) == [], f"at {WIDE['width']} px"
        finally:
            browser.close()


#: The filter's table (in the cell holding its dropdowns) has n rows.
FILTER_ROWS_JS = """n => {
  const cell = [...document.querySelectorAll('.jp-CodeCell')]
    .find(c => c.querySelector('.widget-dropdown select'));
  const table = cell && cell.querySelector('table.analysis-table');
  return !!table && table.querySelectorAll('tbody tr').length === n;
}"""


@pytest.mark.parametrize("lab", [OFFICE], indirect=True)
def test_the_explorers_filter_drives_its_table_and_chart(lab: Lab, tmp_path: Path) -> None:
    """In Chinese JupyterLab, on an office ledger: choose 责任部门 → 办公室; the table below
    shows that department's two problems and the chart's title names it."""
    from playwright.sync_api import sync_playwright

    shots = os.environ.get("ANALYSIS_LAB_SCREENSHOTS")
    with sync_playwright() as p:
        browser, page = browser_page(p)
        try:
            with screenshot_on_failure(page, tmp_path / "jupyterlab.png", lab):
                page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
                wait_for_kernel(page, lab)
                assert_chinese(page)
                run_all(page)
                assert tracebacks(page) == []
                page.wait_for_function(FILTER_ROWS_JS, arg=7, timeout=30_000)
                if shots:
                    page.locator(
                        ".jp-Cell", has_text="nb_findings"
                    ).first.scroll_into_view_if_needed()
                    page.get_by_text("问题清单（前10条）").first.evaluate("e => e.scrollIntoView()")
                    page.screenshot(path=str(Path(shots) / "jupyterlab-zh.png"))
                by, value = (page.locator(".widget-dropdown select").nth(i) for i in (0, 1))
                by.select_option(label="责任部门")
                value.select_option(label="办公室（2）")
                page.wait_for_function(FILTER_ROWS_JS, arg=2, timeout=30_000)
                title = page.locator(".js-plotly-plot .gtitle").last
                title.wait_for(timeout=30_000)
                page.wait_for_function(
                    "() => [...document.querySelectorAll('.js-plotly-plot .gtitle')]"
                    ".some(t => t.textContent.includes('办公室'))",
                    timeout=30_000,
                )
                assert tracebacks(page) == []
                if shots:
                    by.scroll_into_view_if_needed()
                    page.mouse.wheel(0, 120)
                    settle(page)
                    page.screenshot(path=str(Path(shots) / "jupyterlab-filter.png"))
        finally:
            browser.close()
