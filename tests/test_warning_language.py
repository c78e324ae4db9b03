"""Reader warnings are said in the reader's language wherever they are shown (issue 25):
the ledger keeps each as its catalogue key and fields, not as Chinese text made at read time."""

from __future__ import annotations

import pickle
import re

from analysis import build_briefing, load_ledger
from analysis.cli import main
from analysis.model.errors import Note, say
from analysis.paths import REPO_ROOT

NO_YEAR = REPO_ROOT / "tests" / "ledgers" / "c06_no_year_from_dates.csv"
CJK = re.compile(r"[\u3400-\u9fff]")


def test_a_warning_made_in_chinese_is_said_in_english():
    ledger = load_ledger(NO_YEAR)  # read in Chinese, the default
    [warning] = [w for w in ledger.warnings if "6月底前" in w]
    assert "没有写年份" in warning  # as text: the language it was made in
    english = say(warning, "en")
    assert "gives no year" in english and "the ledger's other dates" in english
    # Chinese is left only in the ledger's own words: its file name, header and cell text
    assert CJK.findall(english.replace("整改时限", "").replace("6月底前", "")) == []
    again = pickle.loads(pickle.dumps(warning))  # a batch worker's ledger
    assert isinstance(again, Note) and again.said("en") == english and again == warning


def test_the_english_briefing_notes_say_the_warning_in_english():
    ledger = load_ledger(NO_YEAR)
    notes = build_briefing(ledger, "en", "2025-06-01").section("data_notes")
    frame = notes.blocks[0].frame
    text = " ".join(frame["Source"])
    assert "Reader warning" in set(frame["Item"]) and "gives no year" in text
    assert "没有写年份" not in text and "ledger row 3" in text and ":csv:" not in text


def test_summary_json_and_check_follow_lang(capsys):
    assert main(["summary", str(NO_YEAR), "--lang", "en", "--json"]) == 0
    assert "gives no year" in capsys.readouterr().out
    assert main(["check", str(NO_YEAR)]) == 0
    assert "警告：" in capsys.readouterr().out


def test_plain_text_warnings_are_shown_as_written():
    assert say("某条提示", "en") == "某条提示"
