"""Batches never lose a briefing: folder-name collisions, long names, unexpected exceptions,
GBK manifests and broken YAML manifests."""

from __future__ import annotations

import csv
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from conftest import write_xlsx
from visible_words import foreign_words

import analysis.rendering.batch as batch
from analysis.cli import main
from analysis.model.errors import ParameterError
from analysis.paths import NOTEBOOKS_DIR
from analysis.read.status import STATUS_WORDS
from analysis.rendering.batch import Job, read_manifest, run_batch
from analysis.rendering.notebook import MAX_NAME_BYTES, safe_name

LONG = (
    "某某市某某区某某街道某某社区居民委员会妇女联合会第十二届执行委员会办公室巡察整改工作领导小组"
)


def _notebook(tmp_path: Path, fail: bool = False) -> Path:
    """The briefing's parameters cell and one quick cell: a real render that takes seconds."""
    nb = nbformat.read(NOTEBOOKS_DIR / "briefing.ipynb", as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    nb.cells = [*cells, nbformat.v4.new_code_cell("print(ledger_path)")]
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    return path


def ledger(tmp_path: Path, name: str) -> Path:
    rows = [["序号", "具体问题", "整改状态"], [1, "问题", "已完成"]]
    return write_xlsx(tmp_path / f"{name}.xlsx", rows)


def index_rows(out: Path) -> list[str]:
    page = (out / "index.html").read_text(encoding="utf-8")
    return re.split(r"<tr[ >]", page)[2:]  # after the head row


def test_long_names_are_cut_with_a_hash_and_stay_unique():
    a, b = safe_name(LONG + "甲"), safe_name(LONG + "乙")
    assert a != b and len(a.encode()) <= MAX_NAME_BYTES and len(b.encode()) <= MAX_NAME_BYTES
    assert a.startswith(LONG[:20]) and a == safe_name(LONG + "甲")
    assert safe_name("甲/乙单位") == safe_name("甲_乙单位") == "甲_乙单位"
    assert safe_name("../..") == "unit" and safe_name("CON") == "_CON"
    assert safe_name("a\x00b\nc") == "a_b_c"


def test_batch_collision_and_long_name(tmp_path, capsys):
    one, two, three = (ledger(tmp_path, n) for n in ("one", "two", "three"))
    jobs = [
        Job(str(one), {"as_of": "2025-01-01", "unit": "甲/乙单位"}, row=2),
        Job(str(two), {"as_of": "2025-01-01", "unit": "甲_乙单位"}, row=3),
        Job(str(three), {"as_of": "2025-01-01", "unit": LONG * 3}, row=4),
    ]
    out = tmp_path / "out"
    with ThreadPoolExecutor(1) as ex:
        outcomes = run_batch(jobs, out, executor=ex, notebook=_notebook(tmp_path, False))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert "two.xlsx::3: 与第2行输出到同一文件夹（甲_乙单位/2025-01-01）" in outcomes[1].error
    assert Path(outcomes[0].out_dir) == out / "甲_乙单位" / "2025-01-01"
    long_dir = Path(outcomes[2].out_dir)
    assert (long_dir / "briefing.html").exists()
    assert len(long_dir.parent.name.encode()) <= MAX_NAME_BYTES
    rows = index_rows(out)
    assert len(rows) == 3 and "<td>失败</td>" in rows[1] and "<a href" not in rows[1]
    # the bar counts every row of the manifest, the one refused before rendering as done
    bar = capsys.readouterr().err
    assert "生成简报：1/3 份简报" in bar and "生成简报：3/3 份简报" in bar


def test_a_job_raising_an_unexpected_exception_fails_alone(tmp_path, monkeypatch):
    good, bad = ledger(tmp_path, "good"), ledger(tmp_path, "bad")
    real = batch.render

    def flaky(ledger_path, *args, **kwargs):
        if Path(ledger_path).name == "bad.xlsx":
            raise KeyError("a bug in the renderer")
        return real(ledger_path, *args, **kwargs)

    monkeypatch.setattr(batch, "render", flaky)
    jobs = [Job(str(bad), {"as_of": "2025-01-01"}), Job(str(good), {"as_of": "2025-01-01"})]
    with ThreadPoolExecutor(2) as ex:
        outcomes = run_batch(
            jobs, tmp_path / "out", executor=ex, notebook=_notebook(tmp_path, False)
        )
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].error == "意外错误：KeyError: 'a bug in the renderer'"
    rows = index_rows(tmp_path / "out")
    assert "<td>失败</td>" in rows[0] and "KeyError" in rows[0] and "<a href" in rows[1]


def test_a_job_whose_worker_dies_fails_alone(tmp_path, monkeypatch):
    good, bad = ledger(tmp_path, "good"), ledger(tmp_path, "bad")
    real = batch.run_job

    def dying(job, *args):
        if job.ledger.endswith("bad.xlsx"):
            raise RuntimeError("worker lost")  # what a dead process pool gives the caller
        return real(job, *args)

    monkeypatch.setattr(batch, "run_job", dying)
    jobs = [Job(str(bad), {"as_of": "2025-01-01"}), Job(str(good), {"as_of": "2025-01-01"})]
    with ThreadPoolExecutor(1) as ex:
        outcomes = run_batch(
            jobs, tmp_path / "out", executor=ex, notebook=_notebook(tmp_path, False)
        )
    assert [o.ok for o in outcomes] == [False, True]
    assert "RuntimeError: worker lost" in outcomes[0].error
    assert len(index_rows(tmp_path / "out")) == 2


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("gbk", ","), ("utf-16", "\t"), ("utf-8-sig", ",")]
)
def test_manifest_in_what_excel_writes(tmp_path, encoding, delimiter):
    # Excel on Chinese Windows saves "CSV" as GBK, "Unicode text" as tab-separated UTF-16 and
    # "CSV UTF-8" with a BOM
    ledger(tmp_path, "台账")
    path = tmp_path / "清单.csv"
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(["ledger", "unit", "as_of"])
        w.writerow(["台账.xlsx", "新吴区妇联", "2025-01-01"])
    jobs = read_manifest(path)
    assert [(Path(j.ledger).name, j.params["unit"], j.row) for j in jobs] == [
        ("台账.xlsx", "新吴区妇联", 2)
    ]


BROKEN_YAML = """\
- ledger: a.xlsx
  unit: 甲单位
- ledger: b.xlsx
  unit: [乙单位
- ledger: c.xlsx
"""


def test_broken_yaml_manifest_gives_a_located_message(tmp_path, capsys):
    path = tmp_path / "manifest.yaml"
    path.write_text(BROKEN_YAML, encoding="utf-8")
    with pytest.raises(ParameterError) as caught:
        read_manifest(path)
    problem = caught.value.problems[0]
    assert problem.file == "manifest.yaml" and problem.row in (4, 5)
    assert main(["render", "--batch", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"manifest.yaml::{problem.row}:" in err and "不是有效的 YAML" in err
    assert "Traceback" not in err


def test_manifest_row_without_a_ledger_is_located(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("- ledger: a.xlsx\n- unit: 乙\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"m.yaml::2: 缺少“ledger”列"):
        read_manifest(path)


def index_page(out: Path) -> BeautifulSoup:
    return BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def mixed_batch(tmp_path):
    """A batch of three rows: a Chinese briefing, an English one, and a ledger that fails."""
    good = ledger(tmp_path, "good")
    broken = write_xlsx(
        tmp_path / "broken.xlsx",
        [["序号", "具体问题", "整改状态", "整改时限"], [1, "问题", "已完成", "2024年6月35日"]],
    )
    jobs = [
        Job(str(good), {"as_of": "2025-01-01", "unit": "甲单位"}, row=2),
        Job(str(good), {"as_of": "2025-02-01", "unit": "乙<单位>", "lang": "en"}, row=3),
        Job(str(broken), {"as_of": "2025-01-01", "unit": "丙单位"}, row=4),
    ]
    return jobs, _notebook(tmp_path, False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_index_speaks_the_batch_language(tmp_path, mixed_batch, lang):
    jobs, notebook = mixed_batch
    out = tmp_path / lang
    with ThreadPoolExecutor(1) as ex:
        outcomes = run_batch(jobs, out, executor=ex, notebook=notebook, lang=lang)
    assert [o.ok for o in outcomes] == [True, True, False]
    assert [(o.unit, o.as_of) for o in outcomes] == [
        ("甲单位", "2025-01-01"),
        ("乙<单位>", "2025-02-01"),
        ("丙单位", ""),  # the failed ledger never loaded: its unit as the manifest names it
    ]
    page = index_page(out)
    assert page.html["lang"] == {"zh": "zh-CN", "en": "en"}[lang]
    heads = [th.get_text() for th in page.find_all("th")]
    cells = [[td.get_text() for td in tr.find_all("td")] for tr in page.find_all("tr")[1:]]
    assert [row[:3] for row in cells] == [
        ["good.xlsx", "甲单位", "2025-01-01"],
        ["good.xlsx", "乙<单位>", "2025-02-01"],  # escaped in the page, plain to the reader
        ["broken.xlsx", "丙单位", "—"],
    ]
    if lang == "zh":
        assert heads == ["台账文件", "单位", "截至日期", "状态", "简报或失败原因"]
        assert [row[3] for row in cells] == ["已生成", "已生成", "失败"]
        assert "中的日不存在" in cells[2][4]
    else:
        assert heads == ["Ledger file", "Unit", "As of", "Status", "Briefing, or why it failed"]
        assert [row[3] for row in cells] == ["rendered", "rendered", "FAILED"]
        assert "no such day" in cells[2][4] and "不存在" not in cells[2][4]
    links = [a["href"] for a in page.find_all("a") if a["href"].endswith(".html")]
    second = safe_name("乙<单位>")
    assert links == ["甲单位/2025-01-01/briefing.html", f"{second}/2025-02-01_en/briefing.html"]
    texts = [page.title.get_text(), page.body.get_text(" ")]
    # data: units, folders, the ledger's sheet, header and status word, the known status words
    data = [
        "甲单位",
        "乙<单位>",
        f"{second}/2025-02-01_en",
        "丙单位",
        "台账",
        "整改状态",
        "整改时限",
        "2024年6月35日",
    ]
    data += [w for words in STATUS_WORDS.values() for w in words]
    data.sort(key=len, reverse=True)  # "已整改完成" before "整改完成"
    assert foreign_words(texts, lang, data) == []


def test_index_follows_the_render_command_lang(tmp_path, monkeypatch, capsys):
    good = ledger(tmp_path, "good")
    manifest = tmp_path / "清单.csv"
    manifest.write_text(f"ledger,unit,as_of\n{good.name},甲单位,2025-01-01\n", encoding="utf-8")
    notebook, real = _notebook(tmp_path), batch.run_batch

    def quick(jobs, **kwargs):
        with ThreadPoolExecutor(1) as ex:
            return real(jobs, executor=ex, notebook=notebook, **kwargs)

    monkeypatch.setattr(batch, "run_batch", quick)
    for lang, args in (("zh", []), ("en", ["--lang", "en"])):
        out = tmp_path / lang
        assert main(["render", "--batch", str(manifest), "--out", str(out), *args]) == 0
        page = index_page(out)
        assert page.html["lang"] == {"zh": "zh-CN", "en": "en"}[lang]
        assert foreign_words([page.body.get_text(" ")], lang, ["甲单位"]) == []
    capsys.readouterr()
