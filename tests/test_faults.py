"""Faults and odd files (issue 23): each gets a reason that says what is wrong, the same from
every command that reads the file, exit 2, and never a traceback."""

from __future__ import annotations

import errno
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from handmade import formula_ledger_rows, write_workbook

from analysis.cli import main
from analysis.model.errors import AnalysisError
from analysis.paths import BUNDLED_LEDGER
from analysis.read.load import load_ledger
from analysis.read.office.grids import formula_cells

READERS = ("check", "summary", "rollup")


def said(capsys, *argv: str) -> tuple[int, str]:
    """A command's exit status and what it printed on stderr."""
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


# ---------------------------------------------------------------- 1. formulas without r=


@pytest.mark.parametrize("with_r", [True, False])
def test_formula_without_saved_value_is_found_with_or_without_r(tmp_path, with_r):
    path = write_workbook(tmp_path / "台账.xlsx", formula_ledger_rows(), with_r=with_r)
    with pytest.raises(AnalysisError) as caught:
        load_ledger(path)
    assert caught.value.describe().splitlines() == [
        "台账.xlsx:台账:2:整改时限: 公式单元格没有保存计算结果；请在 Excel 中打开、保存后再试"
    ]


def test_formula_cells_follow_rows_and_cells_without_r():
    xml = (
        b'<sheetData><row r="3"><c r="B3"><f>1+1</f></c><c><f>A1</f></c></row>'
        b"<row><c/><c><v>1</v></c><c><f>2</f><v></v></c></row>"
        b'<row r="9"><c r="D9"><f>1</f><v>2</v></c><c r="F9"><f t="shared" si="0"/></c></row>'
        b"</sheetData>"
    )
    assert formula_cells(xml) == [(2, 1), (2, 2), (3, 2), (8, 5)]


# ---------------------------------------------------------------- 3. one reader entry


def junk_docx(folder: Path) -> Path:
    path = folder / "junk.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a Word document")
    return path


def test_every_command_gives_the_same_reason_for_a_zip_that_is_not_word(tmp_path, capsys):
    path = str(junk_docx(tmp_path))
    reason = "junk.docx: 这是一个压缩包，里面没有 Excel 工作簿或 Word 文档；请解压后选择其中的台账或通报文件"
    for command in ("ingest", *READERS):
        code = main([command, path])
        out = capsys.readouterr()
        assert code == 2, command
        assert reason in out.err + out.out and "Traceback" not in out.err, command


# ---------------------------------------------------------------- 5. reasons that say what is wrong


def the_reason(capsys, path: Path) -> str:
    """What check says of path; summary and ingest (for notices) say the same."""
    code, err = said(capsys, "check", str(path))
    assert code == 2
    assert said(capsys, "summary", str(path)) == (2, err)
    return err.strip().split(": ", 1)[1]


def test_password_protected_workbook_is_called_so(tmp_path, capsys):
    from msoffcrypto.format.ooxml import OOXMLFile

    path = tmp_path / "加密.xlsx"
    with open(BUNDLED_LEDGER, "rb") as src, open(path, "wb") as out:
        OOXMLFile(src).encrypt("secret", out)
    assert the_reason(capsys, path).startswith("文件有密码保护")
    shutil.copy(path, tmp_path / "加密.csv")  # whatever its name says
    assert the_reason(capsys, tmp_path / "加密.csv").startswith("文件有密码保护")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_unreadable_file_says_no_read_permission(tmp_path, capsys):
    path = tmp_path / "台账.xlsx"
    shutil.copy(BUNDLED_LEDGER, path)
    path.chmod(0)
    assert the_reason(capsys, path).startswith("没有读取权限")


def test_permission_denied_says_no_read_permission(tmp_path, capsys, monkeypatch):
    path = tmp_path / "台账.xlsx"
    shutil.copy(BUNDLED_LEDGER, path)
    real_open = open

    def refusing(file, *args, **kwargs):
        if Path(str(file)) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing)
    assert the_reason(capsys, path).startswith("没有读取权限")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("台账.csv", "workbook", "这是 Excel 工作簿，扩展名却是 .csv"),
        ("台账.xlsx", "序号,具体问题,整改状态\n1,问题,已完成\n", "这是纯文本文件"),
        (
            "台账.xlsx",
            "<html><body><table><tr><td>1</td></tr></table></body></html>",
            "这是网页导出的表格",
        ),
        ("台账.xlsx", "zip", "这是一个压缩包，里面没有 Excel 工作簿或 Word 文档"),
        ("通报.docx", "workbook", "这是 Excel 工作簿，扩展名却是 .docx"),
    ],
)
def test_a_file_is_called_what_it_really_is(tmp_path, capsys, name, content, reason):
    path = tmp_path / name
    if content == "workbook":
        shutil.copy(BUNDLED_LEDGER, path)
    elif content == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "no workbook here")
    else:
        path.write_text(content, encoding="utf-8")
    assert the_reason(capsys, path).startswith(reason)


HTML_LEDGER = """<html><head><meta charset="gbk"></head><body><table border=1>
<tr><th>序号</th><th>具体问题</th><th>整改措施</th><th>整改状态</th></tr>
<tr><td>1</td><td>理论学习不够深入</td><td>制定学习计划</td><td>已完成</td></tr>
<tr><td>2</td><td>制度执行不严格</td><td>修订制度</td><td>正在整改</td></tr>
</table></body></html>"""


def test_an_oa_systems_web_page_export_named_xls_is_read(tmp_path):
    path = tmp_path / "台账.xls"
    path.write_bytes(HTML_LEDGER.encode("gbk"))
    ledger = load_ledger(path)
    findings = ledger.tables["findings"]
    assert list(findings["title"]) == ["理论学习不够深入", "制度执行不严格"]
    assert list(findings["status"]) == ["completed", "in_progress"]
    assert ledger.meta["sheet"] == "网页导出的表格"


def test_a_symlink_loop_is_called_a_loop(tmp_path, capsys):
    (tmp_path / "a.xlsx").symlink_to(tmp_path / "b.xlsx")
    (tmp_path / "b.xlsx").symlink_to(tmp_path / "a.xlsx")
    assert the_reason(capsys, tmp_path / "a.xlsx").startswith("符号链接循环")


def test_a_missing_problem_column_is_named(tmp_path, capsys):
    path = tmp_path / "台账.csv"
    path.write_text(
        "序号,整改措施,责任部门,整改时限,整改状态\n1,措施,办公室,2024年6月30日,已完成\n"
        "2,措施,办公室,2024年6月30日,正在整改\n",
        encoding="utf-8",
    )
    code, err = said(capsys, "check", str(path))
    assert (code, err.strip()) == (2, "台账.csv:csv:1:具体问题: 缺少“具体问题”列")


def test_a_manifest_quote_never_closed_is_refused_at_its_line(tmp_path, capsys):
    manifest = tmp_path / "清单.csv"
    manifest.write_text('ledger,unit\na.xlsx,甲\n"b.xlsx,乙\nc.xlsx,丙\n', encoding="utf-8")
    code, err = said(capsys, "render", "--batch", str(manifest), "--out", str(tmp_path / "o"))
    assert code == 2
    assert err.strip().startswith("清单.csv::3: 这一行的引号没有配对")


def test_a_file_that_is_not_a_history_store_is_called_so(tmp_path, capsys):
    db = tmp_path / "history.duckdb"
    db.write_text("not a database", encoding="utf-8")
    code, err = said(capsys, "history", "list", "--db", str(db))
    assert code == 2
    assert "不是历史库文件" in err and "valid" not in err


def test_a_restated_figure_is_named_in_chinese(tmp_path, capsys):
    notice = tmp_path / "通报.txt"
    notice.write_text(
        "中共某区妇联党组关于巡察整改进展情况的通报\n区委第二巡察组对区妇联开展了巡察。"
        "反馈问题20个，已完成整改20个。\n一、整改工作组织情况\n共梳理反馈问题12个，已完成整改12个。\n",
        encoding="utf-8",
    )
    code, err = said(capsys, "ingest", str(notice), "--no-write")
    assert code == 0
    assert "通报中具体问题先后写作20和12" in err and "problems" not in err


# ---------------------------------------------------------------- 2. a dead batch worker


def tiny_notebook(folder: Path) -> Path:
    """The briefing's parameters cell and one quick cell: a real render that takes seconds."""
    import nbformat

    from analysis.paths import NOTEBOOKS_DIR

    nb = nbformat.read(NOTEBOOKS_DIR / "briefing.ipynb", as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    nb.cells = [*cells, nbformat.v4.new_code_cell("print(ledger_path)")]
    path = folder / "tiny.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize("dies", ["once", "always"])
def test_a_dead_worker_fails_only_its_own_row_after_one_retry(tmp_path, monkeypatch, capsys, dies):
    from conftest import write_xlsx

    from analysis.rendering import batch

    names = ("甲", "乙", "丙", "丁")
    jobs = [
        batch.Job(
            str(
                write_xlsx(
                    tmp_path / f"{n}.xlsx",
                    [["序号", "具体问题", "整改状态"], [1, "问题", "已完成"]],
                )
            ),
            {"as_of": "2025-01-01", "unit": n},
            row=k + 2,
        )
        for k, n in enumerate(names)
    ]
    real, marker = batch.render, tmp_path / "died-once"

    def killing(ledger_path, *args, **kwargs):  # runs in the worker process (forked)
        if Path(ledger_path).name == "乙.xlsx" and (dies == "always" or not marker.exists()):
            marker.touch()
            os.kill(os.getpid(), 9)  # SIGKILL: the worker dies with the row it holds
        return real(ledger_path, *args, **kwargs)

    monkeypatch.setattr(batch, "render", killing)
    outcomes = batch.run_batch(
        jobs, tmp_path / "out", workers=2, notebook=tiny_notebook(tmp_path), progress=False
    )
    assert marker.exists()
    assert [o.ok for o in outcomes] == [True, dies == "once", True, True]
    if dies == "always":
        assert outcomes[1].error.startswith("生成这份简报的工作进程意外退出")
    assert all((Path(o.out_dir) / "briefing.html").exists() for o in outcomes if o.ok)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "BrokenProcessPool" not in err


# ---------------------------------------------------------------- 4. Ctrl-C, a full disk, a closed browser


def hidden_leftovers(root: Path) -> list[Path]:
    return [p for p in root.glob("*/.*") if ".tmp-" in p.name or ".old-" in p.name]


def dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def render_args(out: Path) -> list[str]:
    return ["render", str(BUNDLED_LEDGER), "--as-of", "2025-01-01", "--force", "--out", str(out)]


def test_ctrl_c_says_interrupted_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    from analysis.rendering import notebook

    out = tmp_path / "out"
    stale = out / "别的单位" / f".2024-12-31.tmp-{dead_pid()}-abcd"  # a killed render's folder
    stale.mkdir(parents=True)
    (stale / "briefing.ipynb").write_text("{}", encoding="utf-8")

    def interrupted(notebook_path, tmp, *args, **kwargs):
        (tmp / "briefing.ipynb").write_text("{}", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(notebook, "_execute", interrupted)
    monkeypatch.setattr(notebook, "_image_session", lambda nb: None)
    code, err = said(capsys, *render_args(out))
    assert (code, err.strip()) == (130, "已中断")
    assert hidden_leftovers(out) == [] and not stale.exists()


def test_a_full_disk_names_the_output_folder(tmp_path, monkeypatch, capsys):
    from analysis.rendering import notebook

    def no_space(executed, target):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(notebook, "_execute", lambda *args, **kwargs: None)
    monkeypatch.setattr(notebook, "_image_session", lambda nb: None)
    monkeypatch.setattr(notebook, "write_html", no_space)
    out = tmp_path / "out"
    code, err = said(capsys, *render_args(out))
    folder = out.resolve() / "新吴区妇联" / "2025-01-01"
    assert code == 2
    assert err.strip().startswith(f"磁盘空间已满，简报未能写入输出文件夹 {folder}")
    assert "Errno" not in err and "No space" not in err
    assert hidden_leftovers(out) == []


def test_a_closed_browser_is_said_in_chinese(tmp_path, monkeypatch, capsys):
    import logging

    from choreographer.errors import ChannelClosedError

    from analysis.export import images
    from analysis.rendering import notebook

    def closed(folder, session, paper=False):
        raise ChannelClosedError()

    monkeypatch.setattr(notebook, "_execute", lambda *args, **kwargs: None)
    monkeypatch.setattr(notebook, "_image_session", lambda nb: object())
    monkeypatch.setattr(images, "draw_deferred", closed)
    code, err = said(capsys, *render_args(tmp_path / "out"))
    assert code == 2
    assert err.strip().startswith("绘制图表图片时浏览器（Chromium）意外关闭")
    assert "ChannelClosedError" not in err and str(tmp_path / "out") in err
    # kaleido's failed tasks are not reported by asyncio as "never retrieved"
    assert logging.getLogger("asyncio").getEffectiveLevel() > logging.ERROR


# ---------------------------------------------------------------- 6. one temporary folder per run


def test_a_killed_runs_temporary_folder_is_removed_by_the_next(tmp_path):
    import subprocess
    import sys

    code = (
        "import os\nfrom analysis.export.scratch import start_run_folder\n"
        "folder = start_run_folder()\n(folder / 'x').write_text('x')\n{end}"
    )
    env = dict(os.environ, TMPDIR=str(tmp_path))
    killed = subprocess.run(
        [sys.executable, "-c", code.format(end="os.kill(os.getpid(), 9)")], env=env
    )
    assert killed.returncode == -9 and len(list(tmp_path.glob("analysis-run-*"))) == 1
    subprocess.run([sys.executable, "-c", code.format(end="")], env=env, check=True)
    assert list(tmp_path.glob("analysis-run-*")) == []
