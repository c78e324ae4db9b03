"""Rendering: parameters checked before a kernel starts, failures keep the last good
briefing, batches survive a broken ledger, and the HTML renders offline in Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import papermill as pm
import pytest
from conftest import needs_browser, write_xlsx

from analysis.model.errors import ParameterError
from analysis.paths import NOTEBOOKS_DIR
from analysis.rendering.batch import Job, run_batch
from analysis.rendering.notebook import RenderError, render, validate_parameters


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    result = render(None, {"as_of": "2025-01-01"}, out_root=out, progress=False)
    return result.out_dir


def test_briefing_renders_everything(rendered):
    names = {p.name for p in rendered.iterdir()}
    assert {"briefing.ipynb", "briefing.html", "charts", ".render.json"} <= names
    assert (rendered / "charts" / "briefing.pptx").exists()
    html = (rendered / "briefing.html").read_text(encoding="utf-8")
    assert "新吴区妇联巡察整改情况报告" in html and '<script src="http' not in html
    assert "<title>新吴区妇联巡察整改情况报告（截至2025年1月1日）</title>" in html
    assert '<html lang="zh-CN">' in html
    assert html.count("plotly.js v") == 1
    assert (
        "依据通报所述总数（已完成20个/共20个）" in html and "取自注释文件annotations.yaml" in html
    )
    assert "<th>来源</th>" in html and "截至目前,20个问题,已完成整改20个,整改完成率100%。" in html
    nb = nbformat.read(rendered / "briefing.ipynb", as_version=4)
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))


@needs_browser
def test_renderer_draws_the_deferred_images(rendered):
    from analysis.export.images import DEFERRED

    charts = rendered / "charts"
    assert (charts / "completion_overview.png").exists()
    assert (charts / "completion_overview.svg").exists() and not list(rendered.rglob(DEFERRED))
    nb = nbformat.read(rendered / "briefing.ipynb", as_version=4)
    assert "defer_images = True" in nb.cells[1].source  # papermill's injected parameters


def test_rerender_unchanged_is_skipped(rendered):
    again = render(None, {"as_of": "2025-01-01"}, out_root=rendered.parent.parent, progress=False)
    assert again.skipped and again.out_dir == rendered
    # a parameter given at its default is the same briefing (-p lang zh)
    same = {"as_of": "2025-01-01", "lang": "zh", "unit": ""}
    assert render(None, same, out_root=rendered.parent.parent, progress=False).skipped


@pytest.mark.parametrize(
    "params,message",
    [
        ({"lang": "fr"}, "parameter 'lang' must be one of zh, en"),
        ({"as_of": "2024/12/31"}, "must be an ISO date"),
        ({"colour": "red"}, "unknown parameter 'colour'"),
        ({"bad name": 1}, "is not a valid name"),
        ({"defer_images": True}, "'defer_images' is set by the renderer"),
        ({"output_dir": "/tmp/x"}, "'output_dir' is set by the renderer"),
    ],
)
def test_bad_parameter_refused_before_any_kernel(monkeypatch, tmp_path, params, message):
    def no_kernel(*a, **k):
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(pm, "execute_notebook", no_kernel)
    with pytest.raises(ParameterError) as refused:
        render(None, params, out_root=tmp_path)
    assert message in refused.value.describe("en")
    assert "参数" in str(refused.value)  # Chinese by default


def test_date_parameter_passed_as_iso_string():
    import datetime as dt

    assert validate_parameters({"as_of": dt.date(2024, 12, 31)}) == {"as_of": "2024-12-31"}


def _notebook(tmp_path: Path, fail: bool) -> Path:
    nb = nbformat.read(NOTEBOOKS_DIR / "briefing.ipynb", as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    body = "raise RuntimeError('boom in the briefing')" if fail else "print(ledger_path)"
    nb.cells = cells + [nbformat.v4.new_code_cell(body)]
    path = tmp_path / ("failing.ipynb" if fail else "tiny.ipynb")
    nbformat.write(nb, path)
    return path


def test_failing_cell_keeps_previous_briefing(tmp_path):
    good = render(
        None,
        {"as_of": "2025-01-01"},
        out_root=tmp_path,
        notebook=_notebook(tmp_path, False),
        progress=False,
    )
    before = (good.out_dir / "briefing.html").read_bytes()
    with pytest.raises(RenderError, match="RuntimeError: boom in the briefing"):
        render(
            None,
            {"as_of": "2025-01-01"},
            out_root=tmp_path,
            notebook=_notebook(tmp_path, True),
            progress=False,
        )
    assert (good.out_dir / "briefing.html").read_bytes() == before
    failed = good.out_dir.parent / "2025-01-01.failed.ipynb"
    assert "boom in the briefing" in failed.read_text(encoding="utf-8")


def test_batch_with_one_broken_ledger(tmp_path, messy_xlsx):
    broken = write_xlsx(
        tmp_path / "broken.xlsx",
        [["序号", "具体问题", "整改状态", "整改时限"], [1, "问题", "已完成", "2024年6月35日"]],
    )
    other = write_xlsx(
        tmp_path / "other.xlsx",
        [["某单位整改台账"], ["序号", "具体问题", "整改状态"], [1, "问题", "已完成"]],
    )
    jobs = [
        Job(str(messy_xlsx), {"as_of": "2025-01-01"}),
        Job(str(broken), {}),
        Job(str(other), {"as_of": "2025-01-01"}),
    ]
    outcomes = run_batch(
        jobs, out_root=tmp_path / "out", workers=2, notebook=_notebook(tmp_path, False)
    )
    assert [o.ok for o in outcomes] == [True, False, True]
    assert "中的日不存在" in outcomes[1].error
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert (
        "<td>失败</td>" in index and "broken.xlsx" in index and index.count("briefing.html'>") == 2
    )


@needs_browser
def test_batch_workers_draw_their_images_through_one_server(tmp_path, messy_xlsx):
    from analysis.export.images import DEFERRED

    other = write_xlsx(
        tmp_path / "other.xlsx",
        [["某单位整改台账"], ["序号", "具体问题", "整改状态"], [1, "问题", "已完成"]],
    )
    jobs = [Job(str(messy_xlsx), {"as_of": "2025-01-01"}), Job(str(other), {"as_of": "2025-01-01"})]
    outcomes = run_batch(jobs, out_root=tmp_path / "out", workers=2)
    assert all(o.ok for o in outcomes)
    for o in outcomes:
        charts = Path(o.out_dir) / "charts"
        assert (charts / "completion_overview.png").exists()
        assert (charts / "completion_overview.svg").exists()
    assert not list((tmp_path / "out").rglob(DEFERRED))


def test_batch_accepts_any_executor(tmp_path, messy_xlsx):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as ex:
        outcomes = run_batch(
            [Job(str(messy_xlsx), {"as_of": "2025-01-01"})],
            out_root=tmp_path,
            executor=ex,
            notebook=_notebook(tmp_path, False),
        )
    assert outcomes[0].ok


def test_batch_renders_the_notebook_it_is_given(tmp_path, messy_xlsx):
    outcomes = run_batch(
        [Job(str(messy_xlsx), {"as_of": "2025-01-01"})],
        out_root=tmp_path / "out",
        workers=1,
        notebook=_notebook(tmp_path, True),
    )
    assert not outcomes[0].ok and "boom in the briefing" in outcomes[0].error


def test_batch_on_a_dask_distributed_executor(tmp_path, messy_xlsx):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        jobs = [Job(str(messy_xlsx), {"as_of": d}) for d in ("2025-01-01", "2025-02-01")]
        outcomes = run_batch(
            jobs,
            out_root=tmp_path,
            executor=client.get_executor(),
            notebook=_notebook(tmp_path, False),
        )
    cluster.close()
    assert [o.ok for o in outcomes] == [True, True], [o.error for o in outcomes]
    assert {Path(o.out_dir).name for o in outcomes} == {"2025-01-01", "2025-02-01"}


def test_explore_notebook_runs(tmp_path):
    out = tmp_path / "explore.ipynb"
    pm.execute_notebook(
        str(NOTEBOOKS_DIR / "explore.ipynb"),
        str(out),
        parameters={"as_of": "2025-01-01"},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(NOTEBOOKS_DIR),
    )
    nb = nbformat.read(out, as_version=4)
    assert any('show_text("nb_measures", lang)' in c.source for c in nb.cells)
    shown = [
        o for c in nb.cells for o in c.get("outputs", []) if "text/markdown" in o.get("data", {})
    ]
    assert any("每个问题列举了多少条措施" in o["data"]["text/markdown"] for o in shown)


def test_notebooks_committed_without_outputs():
    for path in NOTEBOOKS_DIR.glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert not cell["outputs"] and cell["execution_count"] is None, path.name


@needs_browser
def test_html_renders_offline_in_chromium(rendered):
    from playwright.sync_api import sync_playwright

    from analysis.export.images import find_browser

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=find_browser(), args=["--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(offline=True)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((rendered / "briefing.html").as_uri())
        page.wait_for_function(
            "document.querySelectorAll('.plotly-graph-div .main-svg').length > 0", timeout=30000
        )
        divs = page.eval_on_selector_all(
            ".plotly-graph-div", "els => els.map(e => !!e.querySelector('svg.main-svg'))"
        )
        text = page.inner_text("body")
        # no toolbar: English tooltips, and plotly.js 4's "Share chart..." uploads to the cloud
        toolbars = page.locator(".modebar-btn").count()
        browser.close()
    assert len(divs) == 7 and all(divs)
    assert toolbars == 0 and "Share chart" not in text
    assert errors == []
    assert "总体情况" in text and "20个具体问题全部完成整改" in text


def test_ledger_text_is_escaped(tmp_path):
    evil = write_xlsx(
        tmp_path / "evil.xlsx",
        [["序号", "具体问题", "整改状态"], [1, "<script>alert(1)</script>", "已完成"]],
    )
    result = render(str(evil), {"as_of": "2025-01-01"}, out_root=tmp_path / "out", progress=False)
    html = (result.out_dir / "briefing.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html


def test_briefing_with_roster_shows_only_aggregates(tmp_path, roster_csv):
    params = {"as_of": "2024-06-30", "roster_path": str(roster_csv), "lang": "en"}
    result = render(None, params, out_root=tmp_path, progress=False)
    html = (result.out_dir / "briefing.html").read_text(encoding="utf-8")
    assert result.out_dir.name == "2024-06-30_en"
    assert "&lt;5人" not in html and "<td>&lt;5</td>" in html
    assert "Overview" in html and "代表0" not in html


@needs_browser
def test_failed_image_drawing_keeps_previous_briefing(tmp_path, monkeypatch):
    import analysis.rendering.notebook as render_module

    class BrokenSession:
        def write(self, specs):
            raise RuntimeError("browser crashed")

    good = render(None, {"as_of": "2025-01-01"}, out_root=tmp_path, progress=False)
    before = (good.out_dir / "briefing.html").read_bytes()
    monkeypatch.setattr(render_module, "_image_session", lambda notebook: BrokenSession())
    with pytest.raises(RenderError, match="绘制图表图片失败（RuntimeError）"):
        render(None, {"as_of": "2025-01-01"}, out_root=tmp_path, progress=False, force=True)
    assert (good.out_dir / "briefing.html").read_bytes() == before
