"""`analysis rollup` prints a table readers can read, in their language: headers from the
catalogue, rates as percentages, yes/no and kinds in words, — where unknown; an input with
nothing to roll up is refused with a located message."""

from __future__ import annotations

import pytest
from visible_words import foreign_words

from analysis.cli import main
from analysis.figures.rollup import rollup
from analysis.paths import BUNDLED_LEDGER, REPO_ROOT

CORPUS = REPO_ROOT / "tests" / "notices"
RAW = ("True", "False", "<NA>", "NaT", "NaN", "nan", "None", "notice", "0.8", "0.667")


def test_rollup_text_in_chinese(capsys):
    assert main(["rollup", str(CORPUS), str(BUNDLED_LEDGER)]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header[:4] == ["单位", "文件", "类型", "公布日期"] and "所述完成率" in header
    assert not [w for w in RAW if w in out.split()], out
    n01 = next(line for line in out.splitlines() if "n01_nested_aspects.txt" in line).split()
    assert n01[2:] == ["通报", "—", "5", "4", "80%", "80%", "0%", "是", "—"]
    n11 = next(line for line in out.splitlines() if "n11_rate_mismatch.txt" in line).split()
    assert n11[-5:] == ["95%", "90%", "—", "否", "—"]
    assert "66.7%" in out and "264" in out
    assert "未能汇总：n14_not_a_notice.txt:" in out  # the unreadable file and why
    assert foreign_words([out], "zh", []) == []


def test_rollup_text_in_english(capsys):
    files = [str(CORPUS / n) for n in ("n01_nested_aspects.txt", "n11_rate_mismatch.txt")]
    assert main(["rollup", *files, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["Unit", "File", "Kind", "Published"]
    assert lines[1].split()[2:] == ["notice", "—", "5", "4", "80%", "80%", "0%", "yes", "—"]
    assert lines[2].split()[-2:] == ["no", "—"] and "<NA>" not in out and "True" not in out
    units = rollup(files)["unit"].tolist()
    assert foreign_words([out], "en", units) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh", "文件夹中没有可汇总的通报或台账"), ("en", "no notice or ledger to roll up")],
)
def test_rollup_of_an_empty_folder_is_refused(tmp_path, capsys, lang, words):
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    (empty / "readme.md").write_text("not a notice", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["rollup", str(empty), "--out", str(out), "--lang", lang])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert f"{empty}:" in captured.err and words in captured.err and ".xlsx" in captured.err
    assert "Empty DataFrame" not in captured.err and not out.exists()


def test_a_file_that_cannot_be_rolled_up_says_why_in_the_language_asked():
    not_a_notice = [CORPUS / "n14_not_a_notice.txt"]
    assert "不是巡察整改情况通报" in rollup(not_a_notice)["error"][0]
    assert "not a rectification notice" in rollup(not_a_notice, "en")["error"][0]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rollup_workbook_speaks_the_reader_language(tmp_path, lang):
    from openpyxl import load_workbook

    out = tmp_path / "ro"
    inputs = [str(BUNDLED_LEDGER), str(CORPUS / "n01_nested_aspects.txt")]
    assert main(["rollup", *inputs, "--out", str(out), "--lang", lang]) == 0
    (ws,) = load_workbook(out / "rollup.xlsx").worksheets
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header, kinds = rows[0], [r[2] for r in rows[1:]]
    assert foreign_words([ws.title, *header, *kinds], lang, []) == [], (ws.title, header, kinds)
    assert (ws.title, header[0]) == (("汇总", "单位") if lang == "zh" else ("Roll-up", "Unit"))
    assert kinds == (["通报", "通报"] if lang == "zh" else ["notice", "notice"])
    # rollup.csv stays for programs: --json's names
    assert (out / "rollup.csv").read_text(encoding="utf-8-sig").startswith("unit,file,kind")
