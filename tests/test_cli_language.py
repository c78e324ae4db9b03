"""The command line speaks one language from its first word to its last: argparse's own
messages (usage, section titles, `error:`, invalid choice, missing or unknown arguments) are
Chinese whenever the command line is, under a C.UTF-8 locale too; dates are read as a
Chinese user writes them in every date option."""

from __future__ import annotations

import argparse
import functools
import os
import re
import subprocess
import sys

import pytest
from cli_parsers import AS_OF, MINIMAL, subcommands
from visible_words import command_line_words

from analysis.cli import main
from analysis.cli.options import iso_date
from analysis.paths import REPO_ROOT

#: What argparse says in English, none of which may reach a Chinese command line.
ENGLISH = re.compile(
    r"usage:|error:|argument|invalid|choose from|required|expected|unrecognized|options:"
)


@pytest.fixture
def c_locale(monkeypatch):
    """A server's or container's locale: C.UTF-8 names no language."""
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def error_cases(name: str, parser: argparse.ArgumentParser) -> list[tuple[list[str], str]]:
    """The parser errors a user can make with command `name`, and a word each must show."""
    base = [*name.split(), *MINIMAL.get(name, [])]
    cases = [
        ([*base, "--bogus"], "无法识别的参数：--bogus"),
        ([*base, "--lang", "xx"], "没有 'xx' 这一项"),
        ([*base, "--lang"], "需要一个取值"),
    ]
    if name in AS_OF:
        cases.append(([*base, "--as-of", "2024-02-30"], "“2024-02-30”不是有效日期"))
    required = [a for a in parser._actions if a.required or a.nargs == "+"]
    if required:
        cases.append((name.split(), "缺少必需的参数"))
    return cases


ALL_CASES = [
    (name, argv, words)
    for name, parser in subcommands("zh").items()
    for argv, words in error_cases(name, parser)
]


@pytest.mark.parametrize(
    ("name", "argv", "words"), ALL_CASES, ids=[" ".join(c[1]) for c in ALL_CASES]
)
def test_every_parser_error_is_chinese_under_c_utf8(c_locale, capsys, name, argv, words):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    assert words in err and "错误：" in err and err.startswith("用法："), err
    assert not ENGLISH.search(err), err
    assert command_line_words(err) == [], err


def test_the_group_and_the_top_level_too(c_locale, capsys):
    for argv, words in (
        (["history"], "缺少必需的参数：操作"),
        (["no-such-command"], "没有 'no-such-command' 这一项"),
        (["-v", "-q", "summary"], "不能与 -v/--verbose 同时使用"),
        (["render", "-p", "lang"], "需要 2 个取值"),
        (["history", "report", "--wait", "soon"], "取值 'soon' 无效"),
    ):
        with pytest.raises(SystemExit):
            main(argv)
        err = capsys.readouterr().err
        assert words in err and not ENGLISH.search(err), err


def test_help_is_chinese_under_c_utf8_with_full_width_colons(c_locale, capsys):
    for name in subcommands("zh", groups=True):
        with pytest.raises(SystemExit):
            main([*name.split(), "--help"])
        out = capsys.readouterr().out
        assert out.startswith("用法：") and "选项：" in out and "示例：" in out, out
        assert not ENGLISH.search(out), out
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    render_help = capsys.readouterr().out
    assert "papermill" not in render_help  # what the user gets, not the tool that makes it
    assert all(word in render_help for word in ("HTML", "Word", "PDF", "幻灯片", "汇总表"))


def test_english_asked_for_is_english_throughout(c_locale, capsys):
    with pytest.raises(SystemExit):
        main(["summary", "--lang", "en", "--as-of", "tomorrow"])
    err = capsys.readouterr().err
    assert err.startswith("usage:") and "error: argument --as-of" in err
    assert not re.search(r"[\u3400-\u9fff]", err), err


def test_a_real_process_under_c_utf8():
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "summary", "--as-of", "2024/7/32"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
    )
    assert run.returncode == 2
    assert "analysis summary：错误：参数 --as-of：“2024/7/32”不是有效日期" in run.stderr
    assert not ENGLISH.search(run.stderr), run.stderr


DATE_FORMS = ("2024-07-31", "2024/7/31", "2024.7.31", "2024年7月31日", " 2024 年 7 月 31 日 ")


def date_options() -> list[tuple[str, str, argparse.ArgumentParser]]:
    """Every option of every command that takes a date: (command, option, parser)."""
    return [
        (name, action.option_strings[0], parser)
        for name, parser in subcommands("zh").items()
        for action in parser._actions
        if isinstance(action.type, functools.partial) and action.type.func is iso_date
    ]


def test_every_date_option_reads_the_ways_a_day_is_written():
    options = date_options()
    assert {(n, o) for n, o, _ in options} >= {
        ("summary", "--as-of"),
        ("render", "--as-of"),
        ("history add", "--as-of"),
        ("history report", "--from"),
        ("history report", "--to"),
    }
    for name, option, parser in options:
        for form in DATE_FORMS:
            args = parser.parse_args([*MINIMAL.get(name, []), option, form])
            assert vars(args)[parser._option_string_actions[option].dest] == "2024-07-31"


@pytest.mark.parametrize("bad", ["2024-13-01", "2024年6月", "6月底前", "2024/2/30", "明天"])
def test_a_date_that_is_not_one_day_is_refused(capsys, bad):
    parser = subcommands("zh")["summary"]
    with pytest.raises(SystemExit):
        parser.parse_args(["--as-of", bad])
    assert f"“{bad}”不是有效日期" in capsys.readouterr().err
