"""`analysis draft-notice`: the draft 巡察整改进展情况的通报 of a ledger.

The round trip: the draft's text, read by the package's own notice reader (the path
`analysis ingest` takes), gives the same unit, publication date, declared totals and number
of problems as the ledger it was drafted from, for the bundled ledger and every office ledger
of tests/ledgers/ that has statuses. Expected figures are counted here from the ledger's rows,
not taken from the draft.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from analysis import load_ledger
from analysis.cli import main
from analysis.export.notice_docx import write_notice_docx, write_notice_txt
from analysis.figures.summary import RATE_TOLERANCE, declared
from analysis.present.notice_draft import Blank, draft_notice
from analysis.read.notice import ingest_notice

CORPUS = Path(__file__).parent / "ledgers"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
AS_OF = "2024-12-31"
#: What an office without a unit in its ledger passes as --unit.
GIVEN_UNIT = "某县档案局"
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def corpus_cases() -> list:
    """Every corpus ledger, the bad files and those without statuses skipped with the reason."""
    cases = []
    for name in sorted(EXPECTED):
        marks = []
        if EXPECTED[name].get("exit") == 2:
            marks.append(pytest.mark.skip(reason="a bad file: exits 2, there is nothing to draft"))
        elif not EXPECTED[name].get("findings"):
            marks.append(pytest.mark.skip(reason="no statuses: no totals to declare"))
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def ledger_totals(ledger) -> dict:
    """The totals as the ledger's rows give them (zero statuses included)."""
    f, m = ledger.findings, ledger.measures
    counts = f["status"].value_counts()
    notice = ledger.meta.get("source_kind") == "notice"
    measures = int(m["enumerated"].fillna(False).astype(bool).sum()) if notice else len(m)
    out: dict = {"problems": len(f)}
    for figure, column in (("aspects", "aspect"), ("categories", "category")):
        n = f[column].dropna().nunique() or ledger.declared_value(figure)
        if n:
            out[figure] = int(n)
    if measures:
        out["measures"] = measures
    out |= {s: int(counts.get(s, 0)) for s in ("completed", "in_progress", "long_term")}
    # 尚未启动/尚未完成 read back as the notice's "not completed" figure (尚未 → not completed):
    # open (未完成) is not completed, and neither is not started.
    if rest := int(counts.get("not_started", 0)) + int(counts.get("open", 0)):
        out["not_completed"] = rest
    out["completion_rate"] = out["completed"] / len(f)
    return out


def read_back(draft, tmp_path: Path):
    """The draft's TXT file as `analysis ingest` reads it."""
    return ingest_notice(write_notice_txt(draft, tmp_path / "通报草稿.txt"))


def assert_round_trip(ledger, draft, back) -> None:
    want = ledger_totals(ledger)
    got = {k: v for k, v in declared(back).items() if v is not None}
    assert abs(got.pop("completion_rate") - want.pop("completion_rate")) <= RATE_TOLERANCE
    assert got == want
    assert len(back.findings) == len(ledger.findings)
    assert back.meta["published"] == draft.as_of.date().isoformat()
    assert back.meta["unit"] == draft.issuer == f"中共{draft.unit}"


def test_bundled_ledger_round_trip(bundled, tmp_path):
    draft = draft_notice(bundled)
    back = read_back(draft, tmp_path)
    assert_round_trip(bundled, draft, back)
    assert back.meta["unit"] == "中共新吴区妇联" and back.meta["published"] == "2024-12-17"
    assert "巡察反馈3个方面、7类、20个具体问题，制定整改措施54条" in draft.text()
    assert (
        "截至2024年12月17日，已完成20个、正在整改0个、长期坚持0个，整改完成率100%" in draft.text()
    )


@pytest.mark.parametrize("name", corpus_cases())
def test_corpus_ledger_round_trip(name, tmp_path):
    path = CORPUS / name
    ledger = load_ledger(path, as_of=AS_OF)
    stated = ledger.meta.get("unit_basis") != "file_name" and ledger.meta.get("unit") != (
        Path(str(ledger.meta.get("source_file"))).stem
    )
    draft = draft_notice(ledger, as_of=AS_OF, unit=None if stated else GIVEN_UNIT)
    back = read_back(draft, tmp_path)
    assert_round_trip(ledger, draft, back)
    # each status the reader knows comes back per problem too (未启动 it does not read)
    known = ledger.findings["status"].isin(["completed", "in_progress", "long_term"])
    assert list(back.findings["status"][known]) == list(ledger.findings["status"][known])


def test_without_a_unit_the_title_and_signature_are_blanks():
    ledger = load_ledger(CORPUS / "c01_basic.xlsx", as_of=AS_OF)
    draft = draft_notice(ledger, as_of=AS_OF)
    title, signature = draft.paras[0], draft.paras[-2]
    assert title.text == "中共【待填写：单位名称】关于巡察整改进展情况的通报"
    assert Blank("单位名称") in title.parts and Blank("单位名称") in signature.parts
    assert "c01_basic" not in draft.text()  # the file's name never stands in for the unit


def ledger_dates(ledger, as_of) -> set[str]:
    """Every date the ledger holds (events, deadlines, completion dates, dates in its text)."""
    days = {pd.Timestamp(as_of).normalize()}
    for table, columns in (
        ("events", ["date"]),
        ("findings", ["deadline", "completed_on"]),
        ("measures", ["deadline", "completed_on"]),
    ):
        for column in columns:
            days |= set(ledger.tables[table][column].dropna().dt.normalize())
    written = {f"{d.year}年{d.month}月{d.day}日" for d in days}
    for frame in (ledger.findings, ledger.measures):
        for column in frame.columns[frame.dtypes.astype(str).eq("string")]:
            for text in frame[column].dropna():
                written |= {m.group(0) for m in DATE_RE.finditer(str(text))}
    return written


@pytest.mark.parametrize(
    "name", ["data/ledger.xlsx", *(n for n in sorted(EXPECTED) if EXPECTED[n].get("exit") != 2)]
)
def test_no_invented_dates_or_names(name):
    path = Path(name) if name.startswith("data/") else CORPUS / name
    as_of = None if name.startswith("data/") else AS_OF
    ledger = load_ledger(path, as_of=as_of)
    draft = draft_notice(ledger, as_of=as_of)
    text = draft.text()
    for blank in draft.blanks():
        text = text.replace(str(blank), "")
    allowed = ledger_dates(ledger, draft.as_of)
    invented = [m.group(0) for m in DATE_RE.finditer(text) if m.group(0) not in allowed]
    assert not invented
    source = " ".join(str(v) for v in ledger.events["description"].dropna())
    source += " ".join(str(v) for v in ledger.measures["text"].dropna())
    for group in re.findall(r"[^，。、\s“”]{2,12}巡[察视]组", text):
        assert group in source, group
    issuer = draft.paras[0].text.removesuffix("关于巡察整改进展情况的通报")
    assert issuer in ("中共【待填写：单位名称】", f"中共{ledger.unit}")
    if ledger.events.empty:  # nothing known of the inspection: its opening is all blanks
        opening = draft.paras[1]
        whats = {p.what for p in opening.parts if isinstance(p, Blank)}
        assert {"巡察组名称", "巡察组进驻日期", "巡察结束日期", "巡察反馈日期"} <= whats


def test_docx_official_layout_and_highlighted_blanks(tmp_path):
    ledger = load_ledger(CORPUS / "c02_title_two_row_header.xlsx", as_of=AS_OF)
    draft = draft_notice(ledger, as_of=AS_OF)
    document = Document(str(write_notice_docx(draft, tmp_path / "d.docx")))
    paragraphs = [p for p in document.paragraphs if p.text]
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles["中共XX区妇联关于\n巡察整改进展情况的通报"] == "Title"
    assert styles["一、整改工作的组织情况"] == "Heading 1"
    assert styles["（一）贯彻落实党的路线方针政策方面"] == "Heading 2"
    assert paragraphs[-1].text == "2024年12月31日" and paragraphs[-2].text == "中共XX区妇联"
    runs = [r for p in paragraphs for r in p.runs]
    marked = [r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert marked == [str(b) for b in draft.blanks()] and len(marked) == 9
    assert all(
        r._r.rPr.rFonts.get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
        )
        for r in runs
    )
    bold = [r.text for r in runs if r.bold]
    assert bold[:2] == ["1.关于“学习贯彻不深入”问题的整改情况", "2.关于“调研不够”问题的整改情况"]


@pytest.mark.parametrize("locale", ["C.UTF-8", "zh_CN.UTF-8"])
def test_command_writes_both_files_lists_blanks_and_exits_3(tmp_path, monkeypatch, locale):
    monkeypatch.setenv("LANG", locale)
    monkeypatch.delenv("LC_ALL", raising=False)
    code, out, err = run("draft-notice", "data/ledger.xlsx", "--out", str(tmp_path))
    assert code == 3, err
    assert (tmp_path / "通报草稿.docx").is_file() and (tmp_path / "通报草稿.txt").is_file()
    assert "还有 5 处待填写：整改工作的组织情况" in out and "联系电话、邮政信箱、电子邮箱" in out
    assert "整改措施 20 条，逐条列出的是 54 条" in err
    text = (tmp_path / "通报草稿.txt").read_text(encoding="utf-8")
    assert text.startswith("中共新吴区妇联关于巡察整改进展情况的通报\n")
    assert text.rstrip().endswith("中共新吴区妇联\n2024年12月17日")


def test_filled_blanks_exit_0_and_unknown_names_exit_2(tmp_path):
    names = ["整改工作的组织情况（召开会议、成立领导小组、制定整改方案等）", "下一步工作打算"]
    fills = {names[0]: "召开专题会议。", names[1]: "巩固成果。", "联系电话": "0510-1"}
    fill = tmp_path / "filled.yaml"
    fill.write_text(
        yaml.safe_dump({**fills, "邮政信箱": "某路1号", "电子邮箱": "a@b.cn"}, allow_unicode=True),
        encoding="utf-8",
    )
    code, out, _ = run("draft-notice", "--out", str(tmp_path), "--fill", str(fill))
    assert code == 0 and "没有待填写处" in out
    assert "联系电话：0510-1；" in (tmp_path / "通报草稿.txt").read_text(encoding="utf-8")
    fill.write_text("电话: 1\n", encoding="utf-8")
    code, out, err = run("draft-notice", "--out", str(tmp_path), "--fill", str(fill))
    assert code == 2 and "没有名为“电话”的待填写处" in err and "Traceback" not in err


def test_help_is_chinese_and_says_the_notice_is_chinese_only(capsys):
    with pytest.raises(SystemExit):
        main(["draft-notice", "--lang", "zh", "--help"])
    help_text = capsys.readouterr().out
    assert "通报是中文公文，只有中文" in help_text and "退出码" in help_text
    with pytest.raises(SystemExit):
        main(["draft-notice", "--lang", "en", "--help"])
    assert "Chinese only" in capsys.readouterr().out


def test_history_says_what_was_newly_completed(tmp_path):
    history = Path(__file__).parent / "history"
    db = str(tmp_path / "h.duckdb")
    assert run("history", "add", str(history / "ledger_2024-05.csv"), "--db", db)[0] == 0
    code, out, err = run(
        "draft-notice", str(history / "ledger_2024-06.csv"), "--db", db, "--out", str(tmp_path)
    )
    assert code == 3, err
    text = (tmp_path / "通报草稿.txt").read_text(encoding="utf-8")
    assert "与上期（截至2024年5月31日）相比，新完成1个问题" in text
