"""Columns read by meaning, 序号 kept as written, the unit from the title (issue 21).

The corpus files c32–c39 carry, beside their figures (test_ledger_corpus), the unit, labels,
aspects, categories and column meanings in expected.yaml. Headers drawn from phrasings the
vocabulary never lists, in any order, map to the same meanings (hypothesis).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import LedgerError, load_ledger
from analysis.cli import main
from analysis.read.office.meanings import VOCABULARY, read_header
from analysis.read.office.unit import unit_from_title

CORPUS = Path(__file__).parent / "ledgers"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
AS_OF = "2024-12-31"
EXTRA = ("unit", "labels", "columns", "aspects", "categories")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def column_map(ledger) -> dict[str, str | None]:
    return {r["typed"]: r["meaning"] for r in json.loads(ledger.meta["column_map"])}


@pytest.mark.parametrize(
    "name", sorted(n for n, w in EXPECTED.items() if any(k in w for k in EXTRA))
)
def test_corpus_unit_labels_and_columns(name):
    want = EXPECTED[name]
    code, out, _ = run("summary", str(CORPUS / name), "--json", "--as-of", AS_OF)
    assert code == 0
    if "unit" in want:
        assert json.loads(out)["unit"] == want["unit"]
    ledger = load_ledger(CORPUS / name, as_of=AS_OF)
    f = ledger.findings.set_index("number")
    for key, column in (("labels", "label"), ("aspects", "aspect"), ("categories", "category")):
        if key in want:
            assert {int(n): f.loc[n, column] for n in f.index} == want[key]
    if "columns" in want:
        got = column_map(ledger)
        assert {h: got[h] for h in want["columns"]} == want["columns"]


def test_the_three_titles_and_no_dangling_unit():
    assert unit_from_title("区教育局党组落实区委第三巡察组反馈意见整改工作台账") == "区教育局党组"
    assert unit_from_title("区住建局落实巡察反馈意见整改台账") == "区住建局"
    assert unit_from_title("区委第一巡察组反馈区民政局问题整改清单") == "区民政局"
    assert unit_from_title("区委第三巡察组反馈意见整改台账") is None
    assert unit_from_title("（单位名称）巡察反馈问题整改台账") is None


@pytest.mark.parametrize(
    "title", ["巡察整改台账", "整改台账", "整改工作台账", "2024年巡察整改台账"]
)
def test_a_title_that_starts_with_the_work_names_no_unit(title):
    """巡察整改台账 is all work: nothing before it is a unit (was cut as 巡察, 整改, 整改工作)."""
    assert unit_from_title(title) is None


UNITS = st.sampled_from(["区住建局", "区教育局党组", "某街道党工委", "市交通局党委", "XX区妇联"])
WORK = st.sampled_from(
    ["落实区委第二巡察组反馈意见整改台账", "关于巡察反馈问题整改情况台账", "巡察整改台账",
     "落实巡视反馈意见整改工作清单", "整改工作台账"]
)  # fmt: skip


@given(UNITS, WORK, st.sampled_from(["", "2024年", "2024年度"]))
def test_unit_is_the_body_before_the_work(unit, work, year):
    got = unit_from_title(year + unit + work)
    assert got == unit
    assert not got.endswith(("落实", "关于")) and "第" not in got


@given(UNITS, st.sampled_from(["区委第一巡察组", "市委第三巡视组", "县委巡察组"]))
def test_unit_after_the_group_feedback(unit, group):
    assert unit_from_title(f"{group}反馈{unit}问题整改清单") == unit


def test_check_prints_the_mapping_in_chinese_under_both_locales():
    ledger = CORPUS / "c33_problem_list_headers.csv"
    exe = str(Path(sys.executable).parent / "analysis")
    for lang in ("C.UTF-8", "zh_CN.UTF-8"):
        env = {**os.environ, "LANG": lang, "LC_ALL": lang}
        done = subprocess.run(
            [exe, "check", str(ledger)], capture_output=True, text=True, encoding="utf-8", env=env
        )
        assert done.returncode == 0, done.stderr
        out = done.stdout
        assert "列的含义：\n" in out and "csv”" not in out
        assert "B列“存在问题” → 具体问题（表头含“问题”）" in out
        assert "C列“问题表现” → 未使用（与B列同为“具体问题”，已用B列）" in out
        assert "E列“责任人” → 责任部门（按内容：多为单位或部门名）" in out
        assert "F列“时限要求” → 整改时限（表头含“时限要求”）" in out
        assert "单位名取自文件名“c33_problem_list_headers”" in done.stderr


def test_office_corrects_a_column_on_the_command_line_and_in_its_file(tmp_path):
    ledger = CORPUS / "c39_office_columns" / "ledger.csv"
    copy = tmp_path / "ledger.csv"
    copy.write_bytes(ledger.read_bytes())
    code, _, err = run(
        "check", str(copy), "--statuses", str(CORPUS / "c12_office_words" / "statuses.yaml")
    )
    assert code == 2 and "缺少“具体问题”列" in err  # 巡察指出 means nothing without the correction
    code, out, _ = run("check", str(copy), "--column", "巡察指出=具体问题", "--column", "落实举措=不用",
                       "--statuses", str(CORPUS / "c12_office_words" / "statuses.yaml"))  # fmt: skip
    assert code == 0
    assert "B列“巡察指出” → 具体问题（按本单位的更正）" in out
    assert "C列“落实举措” → 未使用（按本单位的更正）" in out
    code, _, err = run("check", str(copy), "--column", "巡察指出=天气")
    assert code == 2 and "--column: 无法识别的列含义“巡察指出: 天气”" in err
    (tmp_path / "statuses.yaml").write_text("columns:\n  巡察指出: 天气\n", encoding="utf-8")
    code, _, err = run("check", str(copy))
    assert code == 2 and "statuses.yaml: 无法识别的列含义“巡察指出: 天气”" in err


def test_bad_status_key_beside_columns_names_the_file(tmp_path):
    copy = tmp_path / "ledger.csv"
    copy.write_bytes((CORPUS / "c39_office_columns" / "ledger.csv").read_bytes())
    (tmp_path / "statuses.yaml").write_text(
        "finished: [办结]\ncolumns: {巡察指出: 具体问题}\n", encoding="utf-8"
    )
    code, _, err = run("check", str(copy))
    assert code == 2 and "statuses.yaml: 未知的状态“finished”" in err


def test_history_add_asks_for_the_unit_when_only_the_file_names_it(tmp_path):
    a, b = tmp_path / "街道A", tmp_path / "街道B"
    for folder in (a, b):
        folder.mkdir()
        (folder / "整改台账.csv").write_bytes(
            (CORPUS / "c33_problem_list_headers.csv").read_bytes()
        )
    db = str(tmp_path / "h.duckdb")
    code, out, err = run("history", "add", str(a / "整改台账.csv"), "--db", db)
    assert code == 2 and not out
    assert "单位名只能取自文件名“整改台账”" in err and "--unit" in err and "Traceback" not in err
    assert run("history", "add", str(a / "整改台账.csv"), "--db", db, "--unit", "街道A")[0] == 0
    assert run("history", "add", str(b / "整改台账.csv"), "--db", db, "--unit", "街道B")[0] == 0
    _, out, _ = run("history", "list", "--db", db, "--json")
    assert sorted(r["unit"] for r in json.loads(out)) == ["街道A", "街道B"]


def test_two_ledger_files_of_one_name_never_share_a_folder(tmp_path):
    from analysis.rendering.notebook import STAMP, plan_render

    paths = []
    for name in ("街道A", "街道B"):
        (tmp_path / name).mkdir()
        path = tmp_path / name / "整改台账.csv"
        path.write_bytes((CORPUS / "c33_problem_list_headers.csv").read_bytes())
        paths.append(path)
    out = tmp_path / "out"
    first = plan_render(paths[0], {"as_of": AS_OF}, out_root=out)
    first.out_dir.mkdir(parents=True)
    (first.out_dir / STAMP).write_text(json.dumps({"params": first.params}), encoding="utf-8")
    again = plan_render(paths[0], {"as_of": AS_OF}, out_root=out)
    second = plan_render(paths[1], {"as_of": AS_OF}, out_root=out)
    assert again.out_dir == first.out_dir and not again.other_ledger
    assert second.out_dir != first.out_dir and second.out_dir.parent.name.startswith("整改台账_")
    assert second.other_ledger == str(paths[0].resolve())
    assert plan_render(paths[1], {"as_of": AS_OF}, out_root=out).out_dir == second.out_dir


def test_an_untouched_template_is_refused(tmp_path):
    code, out, err = run("summary", str(CORPUS / "c38_untouched_template.xlsx"))
    assert code == 2 and not out and "像是未填写的模板" in err
    with pytest.raises(LedgerError):
        load_ledger(CORPUS / "c38_untouched_template.xlsx")


# ---- held-out phrasings: written apart from the vocabulary, never one of its words ----------

SYNONYMS: dict[str, list[str]] = {
    "number": ["问题编号", "整改编号", "No."],
    "title": ["巡察发现问题", "反馈指出的问题", "存在的主要问题", "巡察反馈意见", "问题具体表现"],
    "measures_text": ["具体整改措施", "整改落实举措", "主要整改任务", "拟采取的措施"],
    "leader": ["分管领导", "包保领导", "整改责任领导", "牵头负责领导"],
    "department": ["承办单位", "主责部门", "具体承办科室", "责任处室"],
    "co_department": ["协办单位", "配合科室", "协同部门"],
    "deadline": ["计划完成时间", "整改完成时限", "办结期限", "截止时间", "时间节点"],
    "status": ["当前整改状态", "是否整改完成", "整改完成情况", "办结情况", "完成与否"],
    "completed_on": ["实际完成时间", "实际办结日期", "整改到位时间"],
    "progress": ["目前进展", "推进情况", "整改落实进度"],
    "evidence": ["佐证资料", "证明材料", "相关佐证"],
    "remarks": ["其他说明", "补充说明"],
    "category": ["问题类型", "所属类别"],
}
CELLS: dict[str, list[str]] = {
    "number": ["1", "2", "3"],
    "title": ["学习不深入", "调研不够", "制度执行不严"],
    "measures_text": ["健全制度", "开展调研", "修订制度"],
    "leader": ["张三", "李四", "王五"],
    "department": ["办公室", "组织科", "财务科"],
    "co_department": ["纪检组", "办公室", "组织科"],
    "deadline": ["2024-06-30", "2024-12-31", "2025-03-31"],
    "status": ["已完成", "正在整改", "未启动"],
    "completed_on": ["2024-06-20", "", ""],
    "progress": ["已召开专题会议", "方案起草中", "尚待部署"],
    "evidence": ["会议纪要", "", "通知"],
    "remarks": ["无", "", "另见附件"],
    "category": ["学习类", "调研类", "制度类"],
}


def test_held_out_phrasings_are_not_vocabulary_words():
    heads = {head for head, _, _ in VOCABULARY}
    assert not heads & {s.replace(" ", "") for words in SYNONYMS.values() for s in words}
    assert all(read_header(s).meaning == m for m, words in SYNONYMS.items() for s in words)


@st.composite
def ledgers(draw):
    """Some meanings (always the problem and its status), each under a drawn phrasing, shuffled."""
    optional = sorted(set(SYNONYMS) - {"title", "status"})
    chosen = ["title", "status"] + draw(st.lists(st.sampled_from(optional), unique=True))
    chosen = draw(st.permutations(chosen))
    return [(m, draw(st.sampled_from(SYNONYMS[m]))) for m in chosen]


@given(ledgers())
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_synonym_headers_in_any_order_map_to_their_meanings(tmp_path_factory, columns):
    path = tmp_path_factory.mktemp("syn") / "ledger.csv"
    rows = [[h for _, h in columns]] + [[CELLS[m][i] for m, _ in columns] for i in range(3)]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    ledger = load_ledger(path, as_of=AS_OF)
    got = {r["typed"]: r["meaning"] for r in json.loads(ledger.meta["column_map"])}
    assert got == {h.replace(" ", ""): m for m, h in columns}
    assert ledger.findings["title"].tolist() == CELLS["title"]
