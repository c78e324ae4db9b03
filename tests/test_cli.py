"""The command line: the same flags everywhere, help in the user's language, exit codes,
outputs only where asked, and the bundled ledger's figures as promised."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from importlib.metadata import version

import pytest
from cli_parsers import AS_OF, MINIMAL, subcommands

from analysis.cli import build_parser, ledger_commands, main
from analysis.cli.render_commands import render_params
from analysis.model.errors import ParameterError
from analysis.paths import RAW_NOTICE, REPO_ROOT, outputs_dir


@pytest.fixture
def english_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_summary_json_figures(capsys):
    assert main(["summary", "--json", "--as-of", "2025-01-01"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["findings"]["total"] == 20 and s["findings"]["completed"] == 20
    assert s["findings"]["completion_rate"] == 1.0 and s["findings"]["overdue"] == 0
    assert s["declared"]["aspects"] == 3 and s["declared"]["in_progress"] is None
    assert all(r["agrees"] for r in s["reconciliation"])
    assert s["measures"]["enumerated"] == 54
    quantified = [i for i in s["delegates"]["indicators"] if i["quantified"]]
    assert [i["threshold"] for i in quantified] == [0.6, 0.7, 0.3, 0.6, 0.8]
    assert s["organisations"]["new"] == 11


def test_summary_text_in_both_languages(capsys):
    assert main(["summary"]) == 0
    assert "整改完成率：100%" in capsys.readouterr().out  # full-width after a Chinese label
    assert main(["summary", "--lang", "en"]) == 0
    assert "Completion rate: 100%" in capsys.readouterr().out


def test_ledger_positionally_or_as_an_option(capsys):
    ledger = str(REPO_ROOT / "data" / "ledger.xlsx")
    assert main(["check", ledger]) == 0
    positional = capsys.readouterr().out
    assert main(["check", "--ledger", ledger]) == 0
    assert capsys.readouterr().out == positional and "20 个问题" in positional
    assert main(["check", ledger, "--ledger", "other.xlsx"]) == 2
    assert "other.xlsx" in capsys.readouterr().err


def test_every_command_takes_lang_and_as_of_where_meaningful():
    commands = subcommands()
    assert set(AS_OF) <= set(commands)
    for name, parser in commands.items():
        args = parser.parse_args([*MINIMAL.get(name, []), "--lang", "en"])
        assert args.lang == "en", name
        if name in AS_OF:
            args = parser.parse_args(["--as-of", "2024-12-31"])
            assert args.as_of == "2024-12-31", name


def test_render_flags_mean_the_same_as_notebook_parameters():
    parser = subcommands()["render"]

    def params(*argv: str) -> dict:
        args = parser.parse_args(list(argv))
        args.lang_given, args.lang = args.lang, args.lang or "zh"
        return render_params(args)

    assert params("--lang", "en", "--as-of", "2024-12-31") == params(
        "-p", "lang", "en", "-p", "as_of", "2024-12-31"
    )
    assert params("--lang", "en", "-p", "unit", "某单位") == {"lang": "en", "unit": "某单位"}
    with pytest.raises(ParameterError, match="--lang en"):
        params("--lang", "en", "-p", "lang", "zh")


def test_render_lang_en_renders_english(tmp_path, capsys):
    argv = ["render", "--lang", "en", "--as-of", "2025-01-01", "--out", str(tmp_path)]
    assert main(argv) == 0
    [html_path] = tmp_path.glob("*/2025-01-01_en/briefing.html")
    html = html_path.read_text(encoding="utf-8")
    assert "rectification briefing" in html and "巡察整改情况报告" not in html
    assert "rendered: " in capsys.readouterr().out


def test_every_argument_has_help_and_every_command_an_example():
    for lang in ("en", "zh"):
        top = build_parser(lang)
        assert all(a.help for a in top._actions), lang
        for name, parser in subcommands(lang, groups=True).items():
            assert f"analysis {name}" in (parser.epilog or ""), (lang, name)
            for action in parser._actions:
                assert action.help and action.help != argparse.SUPPRESS, (lang, name, action)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"analysis {version('analysis')}"


def test_no_command_prints_the_common_commands(capsys, english_locale):
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    listed = [line.split()[1] for line in lines if line.startswith("  analysis ")]
    assert listed == ["render", "summary", "check", "charts", "ingest"]


def test_help_follows_the_locale_and_lang(capsys, monkeypatch, english_locale):
    def help_text(*argv: str) -> str:
        with pytest.raises(SystemExit) as exit_:
            main([*argv, "--help"])
        assert exit_.value.code == 0
        return capsys.readouterr().out

    # C.UTF-8 names no language: the command line speaks Chinese, as its output does
    neutral = help_text("summary")
    assert neutral.startswith("用法：") and "数据截止日期" in neutral
    english = help_text("summary", "--lang", "en")
    assert english.startswith("usage:") and "date the figures are as of" in english
    assert "用法" in help_text("summary", "--lang", "zh")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    chinese = help_text("summary")
    assert chinese.startswith("用法：") and "数据截止日期" in chinese and "示例" in chinese
    assert "选项：" in chinese and "显示本帮助并退出" in chinese
    assert help_text("summary", "--lang", "en").startswith("usage:")
    assert "命令" in help_text()
    # an English locale does not switch the language: the commands print Chinese, so does help
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert help_text("summary").startswith("用法：")
    assert help_text("summary", "--lang", "en").startswith("usage:")


def test_exit_codes(capsys, monkeypatch, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["summary", "--as-of", "2024-13-01"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    assert exit_.value.code == 2
    assert main(["check", str(tmp_path / "missing.xlsx")]) == 2
    assert "missing.xlsx" in capsys.readouterr().err

    def bug(args):
        raise ValueError("a bug, not the user's input")

    monkeypatch.setattr(ledger_commands, "cmd_summary", bug)
    with pytest.raises(ValueError, match="a bug"):
        main(["summary"])


def test_ingest_json_writes_nothing(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("ANALYSIS_OUTPUTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(RAW_NOTICE), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"unit", "dates", "declared", "findings", "tallies", "warnings"}
    assert len(out["findings"]) == 20 and len(out["findings"][0]["measures"]) == 3
    assert list(tmp_path.iterdir()) == []


def test_ingest_writes_where_asked(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("ANALYSIS_OUTPUTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(RAW_NOTICE), "--json", "--out", "l.xlsx"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["l.xlsx"]
    assert main(["ingest", str(RAW_NOTICE)]) == 0
    assert (tmp_path / "outputs" / f"{RAW_NOTICE.stem}.xlsx").exists()
    assert "已写出" in capsys.readouterr().out


def test_outputs_go_to_the_current_folder_or_the_project(tmp_path, monkeypatch):
    monkeypatch.delenv("ANALYSIS_OUTPUTS_DIR", raising=False)
    assert outputs_dir(tmp_path) == tmp_path / "outputs"
    assert outputs_dir(REPO_ROOT) == REPO_ROOT / "outputs"
    assert outputs_dir(REPO_ROOT / "notebooks") == REPO_ROOT / "outputs"
    monkeypatch.setenv("ANALYSIS_OUTPUTS_DIR", str(tmp_path / "elsewhere"))
    assert outputs_dir(REPO_ROOT) == tmp_path / "elsewhere"


def test_template_default_goes_to_outputs(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ANALYSIS_OUTPUTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["template"]) == 0
    assert [p.name for p in (tmp_path / "outputs").iterdir()] == ["整改台账模板.xlsx"]
    assert [p.name for p in tmp_path.iterdir()] == ["outputs"]


def test_python_dash_m_entry_point():
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "check", "data/ledger.xlsx", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    assert run.returncode == 0 and "20 findings" in run.stdout


def test_history_help_in_chinese_with_examples(capsys, monkeypatch, english_locale):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        main(["history", "report", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("用法：") and "示例" in text and "analysis history report --unit" in text
    assert "compare" not in text and "历史库文件" in text
    with pytest.raises(SystemExit) as exit_:
        main(["history", "add", "--as-of", "2024-13-01"])
    assert exit_.value.code == 2 and "2024年12月31日" in capsys.readouterr().err


#: Files and folders a user may name wrongly, and the located message each must give.
BAD_PATHS = [
    (["ingest", "{tmp}/nothere.txt"], "nothere.txt: 找不到这个文件或文件夹"),
    (["ingest", "{tmp}"], ": 这是文件夹，不是文件"),
    (["render", "--batch", "{tmp}/nothere.csv"], "nothere.csv: 找不到这个文件或文件夹"),
    (["render", "--batch", "{tmp}/units.xlsx"], "units.xlsx: 清单应为文本文件"),
    (["render", "--batch", "{tmp}/empty.csv"], "empty.csv: 清单中没有任何一行台账"),
    (["template", "--out", "{tmp}"], ": 这是文件夹，不是文件"),
    (["template", "--out", "{tmp}/file.txt/x.xlsx"], "已有同名文件，不能作为文件夹"),
    (["charts", "--out", "{tmp}/file.txt", "--formats", "xlsx"], "已有同名文件，不能作为文件夹"),
    (["render", "--out", "{tmp}/file.txt"], "路径中有一部分不是文件夹"),
]


@pytest.mark.parametrize(("argv", "message"), BAD_PATHS)
def test_a_path_that_cannot_be_used_is_bad_input_not_a_bug(tmp_path, capsys, argv, message):
    (tmp_path / "units.xlsx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "empty.csv").write_text("ledger,unit\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert main([a.format(tmp=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and ".tmp-" not in err


def test_argparse_errors_speak_chinese(capsys, monkeypatch, english_locale):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for argv, words in (
        (["history"], "缺少必需的参数"),
        (["render", "--bogus"], "无法识别的参数：--bogus"),
        (["summary", "--lang", "fr"], "参数 --lang：没有 'fr' 这一项"),
        (["summary", "--as-of", "2024-13-01"], "“2024-13-01”不是有效日期"),
        (["render", "--workers", "0"], "“0”应为不小于 1 的整数"),
    ):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        err = capsys.readouterr().err
        assert exit_.value.code == 2 and words in err, (argv, err)
        assert "argument" not in err and "required" not in err


def test_a_ledger_stating_its_date_is_counted_as_of_that_date(capsys):
    ledger = str(REPO_ROOT / "tests" / "history" / "ledger_2024-06.csv")
    assert main(["summary", ledger]) == 0
    text = capsys.readouterr().out
    assert "截至2024-06-30，台账所写日期" in text
    assert "通报所述总数" not in text and "未说明" not in text  # a ledger states no totals
