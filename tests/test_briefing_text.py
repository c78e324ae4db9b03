"""The briefing's words: from the catalogue, worded as the source words them, as of the
right date, and only what applies."""

from __future__ import annotations

import re

from analysis import load_ledger
from analysis.figures.as_of import resolve_as_of
from analysis.figures.summary import summary
from analysis.paths import REPO_ROOT
from analysis.present.briefing import build_briefing
from analysis.present.charts import build_charts
from analysis.present.summary_text import summary_text

LANG_TEST = re.compile(r"""[!=]=\s*["'](zh|en)["']|["'](zh|en)["']\s*[!=]=""")


def test_no_language_comparisons_outside_the_catalogue():
    src = REPO_ROOT / "src" / "analysis"
    found = [
        f"{path.relative_to(src)}:{n}: {line.strip()}"
        for path in sorted(src.rglob("*.py"))
        if "i18n" not in path.relative_to(src).parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if LANG_TEST.search(line)
    ]
    assert found == []


def test_the_grep_catches_what_it_should():
    assert LANG_TEST.search('x = a if lang == "zh" else b')
    assert LANG_TEST.search("if 'en' != lang:")
    assert not LANG_TEST.search('t("zh_key", lang)')


def test_a_notice_is_as_of_its_publication_date(bundled):
    doc = build_briefing(bundled)
    assert doc.as_of.date().isoformat() == "2024-12-17"
    assert dict(doc.header)["截至"] == "2024年12月17日（通报公布日期）"
    assert [k for k, _ in doc.header] == ["单位", "截至"]  # files and hashes: in 数据来源
    notes = doc.section("data_notes").blocks[0].frame["来源"].tolist()
    assert any("SHA-256" in n and bundled.meta["ledger_sha256"][:16] in n for n in notes)
    assert "截至2024年12月17日" in doc.charts.charts[0].note
    when, basis = resolve_as_of(bundled, "2025-01-01")
    assert (when.date().isoformat(), basis) == ("2025-01-01", "as_of_given")


def test_a_notice_without_publication_date_uses_its_latest_event(bundled):
    import copy

    ledger = copy.copy(bundled)
    ledger.meta = {k: v for k, v in bundled.meta.items() if k != "published"}
    when, basis = resolve_as_of(ledger)
    assert basis == "as_of_latest_event" and when == bundled.events["date"].max()


def test_an_office_ledger_is_as_of_today(messy_xlsx):
    import datetime as dt

    when, basis = resolve_as_of(load_ledger(messy_xlsx))
    assert (when.date(), basis) == (dt.date.today(), "as_of_today")


def test_notice_figures_worded_as_the_notice(bundled):
    points = build_briefing(bundled).section("key_figures").blocks[0].items
    text = "\n".join(points)
    assert "通报称提出20条整改举措。" in points
    assert "整改结果中分条列举具体做法54项；第15个问题未分条列举具体做法。" in points
    assert "7类问题" in text and "7个类别" not in text
    # statuses come from the declared totals: no agreement claimed, the reason said instead
    assert "一致" not in text and "依据上述总数确定" in text
    # the notice reports shares reached, not quotas set in advance
    assert "下限" not in text and "优秀代表比例达到60%以上" in text
    assert "大专及以上文化程度占80%以上" in text and "45周岁及以下不低于60%、" in text
    assert "去重" not in text and "合并去掉重复后共11个" in text


def test_sections_appear_only_with_their_data(bundled, messy_xlsx):
    keys = [s.key for s in build_briefing(bundled).sections]
    assert keys == [
        "key_figures",
        "completion",
        "delegates",
        "organisations",
        "timeline",
        "data_notes",
    ]
    office = build_briefing(load_ledger(messy_xlsx), as_of="2025-01-01")
    assert [s.key for s in office.sections] == [
        "key_figures",
        "completion",
        "overdue",
        "next_steps",
        "data_notes",
    ]
    notes = "\n".join(build_briefing(bundled).section("data_notes").blocks[0].frame["来源"])
    assert notes.count("相关图表和章节未列出") == 1 and "completion_by" not in notes
    everything = "\n".join(
        str(getattr(b, "items", "")) for s in build_briefing(bundled).sections for b in s.blocks
    )
    assert everything.count("逾期") <= 1


def test_office_measures_counted_one_way(messy_xlsx):
    doc = build_briefing(load_ledger(messy_xlsx), as_of="2025-01-01")
    points = doc.section("key_figures").blocks[0].items
    chart = next(c for c in doc.charts.charts if c.name == "measures_per_finding")
    assert "台账列出整改措施6条。" in points and chart.title.startswith("台账列出整改措施6条")


def test_overdue_table_speaks_the_readers_language(messy_xlsx):
    for lang, headers, status in (
        (
            "zh",
            ["序号", "具体问题", "责任部门", "整改时限", "整改状态", "逾期天数"],
            "正在整改",
        ),
        (
            "en",
            ["No.", "Problem", "Department", "Deadline", "Status", "Days overdue"],
            "In progress",
        ),
    ):
        doc = build_briefing(load_ledger(messy_xlsx), lang, "2025-06-01")
        table = doc.section("overdue").blocks[-1].frame
        # owners are units, never people: no 责任领导 column
        assert list(table.columns) == headers and status in set(table.iloc[:, 4])
        assert not table.isin(["in_progress", "not_started"]).any().any()


def test_summary_text_hides_what_is_not_stated(messy_xlsx):
    # an office ledger states no totals: no section of them at all
    text = summary_text(summary(load_ledger(messy_xlsx), as_of="2025-01-01"))
    assert "未说明" not in text and "通报所述总数" not in text
    english = summary_text(summary(load_ledger(messy_xlsx), as_of="2025-01-01"), "en")
    assert "Not stated" not in english and "Declared totals" not in english
    # a notice stating some: the unstated ones are named once, on one line
    notice = summary_text(summary(load_ledger(), as_of="2025-01-01"))
    assert notice.count("未说明") == 1 and "未说明：正在整改、长期坚持、未完成" in notice


def test_what_is_missing_is_said_once_in_plain_words():
    notes = build_briefing(load_ledger(), "zh", None).section("data_notes").blocks[0].frame
    assert any(
        "通报未逐项写明各问题的方面、问题类别" in n for n in notes["来源"]
    )  # it states 3个方面 in total
    office = load_ledger(REPO_ROOT / "tests" / "history" / "ledger_2024-06.csv")
    doc = build_briefing(office, "zh", None)
    text = "\n".join(
        str(getattr(b, "text", ""))
        + "\n".join(getattr(b, "items", []))
        + ("\n".join(b.frame.iloc[:, -1].astype(str)) if hasattr(b, "frame") else "")
        for s in doc.sections
        for b in s.blocks
    )
    assert text.count("相关图表和章节未列出") == 1
    assert "台账未逐项写明各问题的方面、问题类别" in text
    # a women's federation's delegates and new organisations are not an office's to lack
    assert "代表结构" not in text and "新建组织" not in text


def test_office_ledger_charts_say_what_the_data_shows():
    office = load_ledger(REPO_ROOT / "tests" / "ledgers" / "c01_basic.xlsx")
    notes = build_briefing(office, "zh", None).section("data_notes").blocks[0].frame["来源"]
    assert any(re.search(r"SHA-256校验值[0-9a-f]{16}…）", n) for n in notes), notes
    built = build_charts(office, "zh", None)
    charts = {c.name: c for c in built.charts}
    # three departments at 0%: the title says so rather than naming one of them
    assert charts["completion_by_department"].title == "按责任部门：3个责任部门完成率同为最低（0%）"
    # one completion date draws no burn-down (a lone step on a one-month axis); said once
    assert "burndown" not in charts and "burndown_one_date" in built.missing
    assert any("只有一个销号日期" in n for n in notes), notes


def test_new_organisations_claim_only_what_the_notice_dates():
    chart = next(
        c
        for c in build_charts(load_ledger(), "zh", None).charts
        if c.name == "organisations_by_sector"
    )
    # 8 of the 11 are dated 2024 in the notice; the 3 from the second list are not
    assert chart.title == "新成立妇联组织11个，企业最多（4个）" and "2024年" not in chart.title
    assert "按组织名称判断（推断）" in chart.note


def test_a_unit_taken_from_the_file_name_says_so(tmp_path):
    source = REPO_ROOT / "tests" / "ledgers" / "c01_basic.xlsx"
    office = build_briefing(load_ledger(source), "zh", None)
    assert office.header[0] == ("单位", "c01_basic（台账未写单位，取自文件名）")
    assert office.title == "巡察整改情况报告"  # a bare file name heads no document
    named = build_briefing(load_ledger(source, unit="甲单位"), "zh", None)
    assert named.header[0] == ("单位", "甲单位") and named.title == "甲单位巡察整改情况报告"
    (tmp_path / "区民政局整改台账.xlsx").write_bytes(source.read_bytes())
    by_name = build_briefing(load_ledger(tmp_path / "区民政局整改台账.xlsx"), "zh", None)
    assert by_name.header[0] == ("单位", "区民政局（台账未写单位，取自文件名）")
    assert by_name.title == "区民政局巡察整改情况报告"


def test_office_ledger_key_figures_name_their_rows():
    office = load_ledger(REPO_ROOT / "tests" / "ledgers" / "c01_basic.xlsx")
    table = build_briefing(office, "zh", "2026-11-30").section("data_notes").blocks[0].frame
    sources = dict(zip(table["项目"], table["来源"], strict=True))
    # rows in words, no file name or sheet code; the overdue rows as of the briefing's date
    assert sources["已完成：1"] == "台账第2行"
    assert sources["逾期：3"] == "台账第3、5、6行"
    assert sources["整改措施：5"] == "台账第2、3、4、5、6行"
    earlier = build_briefing(office, "zh", "2024-11-15").section("data_notes").blocks[0].frame
    assert "逾期：1" in set(earlier["项目"]) and "逾期：3" not in set(earlier["项目"])
