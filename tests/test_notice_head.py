"""Unit, publication date and recognition of notices, one case per phrasing seen in the wild."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import NoticeError, ingest_notice
from analysis.present.notice_json import notice_json
from analysis.read.notice.head import find_published, find_unit
from analysis.read.notice.parse import parse_notice, says_notice
from analysis.read.text import docx_text, strip_pronunciation

BODY = "根据区委统一部署,区委第一巡察组对区档案局进行了巡察。现将巡察整改情况予以公布。"

UNITS = [
    ("中共某县某局党组关于巡察整改情况的通报\n" + BODY, "中共某县某局党组"),
    ("某街道党工委关于区委巡察整改进展情况的通报\n" + BODY, "某街道党工委"),
    ("中共南丹县中医医院委员会 关于巡察整改进展情况的通报\n" + BODY, "中共南丹县中医医院委员会"),
    ("- 标 题:徐庄镇党委关于九届区委第三轮巡察整改进展情况的通报\n" + BODY, "徐庄镇党委"),
    (
        "中共丽水市妇女联合会党组关于五届市委\n第四轮巡察整改进展情况的通报\n" + BODY,
        "中共丽水市妇女联合会党组",
    ),
    (BODY, "区档案局"),
    ("中央第三巡视组对湖北省进行了巡视。10月10日,中央巡视组向湖北省委反馈了巡视意见。", "湖北省委"),
    (
        "区委第一巡察组对区审批局党组开展了为期45天的政治巡察。巡察组向我局反馈了巡察意见。",
        "区审批局党组",
    ),
    ("区委巡察组对区民政局、区农业农村局等4家单位开展常规巡察。", None),
    ("巡察组向我单位反馈了巡察意见。", None),
    ("【通报】中共许昌市教育局党组关于巡察整改情况的通报\n" + BODY, "中共许昌市教育局党组"),
    (
        "党务公开中共泉州市妇联党组关于巡察整改进展情况的通报发布时间2023年7月28日",
        "中共泉州市妇联党组",
    ),
]


@pytest.mark.parametrize(("text", "unit"), UNITS)
def test_unit_as_the_title_or_first_sentence_names_it(text, unit):
    assert find_unit(text) == unit


PUBLISHED = [
    ("标题\n发布时间:2023年7月28日 来源:本站\n" + BODY, "2023-07-28", "page_metadata"),
    ("- 成文日期:2023-05-04\n" + BODY, "2023-05-04", "page_metadata"),
    ("日期:2024-05-06 08:46 来源:区文旅体局\n" + BODY, "2024-05-06", "page_metadata"),
    ("• 成文日期:\n\n    2023-05-04\n" + BODY, "2023-05-04", "page_metadata"),
    (
        "来源: | 作者:某医院 | 发布时间: 2022-12-01 | 2200 次浏览\n" + BODY,
        "2022-12-01",
        "page_metadata",
    ),
    ("2025-06-17 09:00 浙江省纪委省监委网站\n" + BODY, "2025-06-17", "page_metadata"),
    ("某局关于巡察整改情况的通报\n(2024年5月6日)\n" + BODY, "2024-05-06", "title_date"),
    (BODY + "\n中共某局党组\n2024年9月30日", "2024-09-30", "signature"),
    (BODY + "\n中共某局党组\n二〇二四年九月三十日", "2024-09-30", "signature"),
    (
        "【信息来源:【信息时间:2023-07-18 17:38  阅读次数: 】\n" + BODY,
        "2023-07-18",
        "page_metadata",
    ),
    ("成文日期 | 2022-09-15 | 公开方式 | 主动公开 |\n" + BODY, "2022-09-15", "page_metadata"),
    (
        "打印\n\n中共某局党组关于巡察整改进展情况的通报 2026-02-13\n\n" + BODY,
        "2026-02-13",
        "title_date",
    ),
    (
        "中共某党组关于巡察整改情况的通报发布时间2023年7月28日 来源:某妇联 " + BODY,
        "2023-07-28",
        "page_metadata",
    ),
    (
        "  • 来源: 中共某局党组\n  • 2021-12-14 11:00\n  • 【字号:大\n" + BODY,
        "2021-12-14",
        "page_metadata",
    ),
    (BODY, None, None),
]


@pytest.mark.parametrize(("text", "date", "origin"), PUBLISHED)
def test_publication_date_and_where_it_came_from(text, date, origin):
    found = find_published(text)
    assert (found[0], found[1]) == (date, origin) if date else found is None


def test_body_dates_are_not_publication_dates():
    assert find_published("2024年3月1日,巡察组向县档案局反馈了巡察意见。" + BODY) is None


def test_published_in_json_and_events(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(
        "发布时间:2023年7月28日\n" + BODY + "1.关于“制度不健全”问题的整改。已完成。", "utf-8"
    )
    ledger = ingest_notice(path)
    out = notice_json(ledger)
    assert (out["published"], out["published_from"]) == ("2023-07-28", "page_metadata")
    event = ledger.events[ledger.events["kind"] == "publication"].iloc[0]
    assert event["source_text"].startswith("发布时间:2023年7月28日")


def test_no_date_gives_null_and_a_warning(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(BODY + "1.关于“制度不健全”问题的整改。已完成。", "utf-8")
    out = notice_json(ingest_notice(path, lang="en"))
    assert out["published"] is None
    assert any("no publication date" in w for w in out["warnings"])


@pytest.mark.parametrize(
    "opening",
    [
        "中共某局党组关于巡察整改情况的通报\n",
        "某社区关于巡察整改进展情况的通报",
        "省委巡视组反馈意见整改工作情况",
        "县委巡察组反馈了意见。现将巡察整改情况予以公布。",
    ],
)
def test_a_notice_that_says_so_reads_even_with_nothing_to_count(tmp_path, opening):
    assert says_notice(opening)
    path = tmp_path / "n.txt"
    path.write_text(opening + "单位高度重视,成立领导小组,召开专题会议研究部署,", "utf-8")
    ledger = ingest_notice(path, lang="en")
    assert any("nothing" in w or "no problems" in w for w in ledger.warnings)


def test_text_with_no_sign_of_a_notice_is_refused(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("今天召开会议,研究整改方案。会议要求各部门抓好落实。", "utf-8")
    with pytest.raises(NoticeError):
        ingest_notice(path)


def test_pronunciation_after_characters_is_removed():
    text = "根據(jù)市委統(tǒng)一部署,對(duì)市中醫(yī)醫(yī)院黨委進(jìn)行了巡察"
    assert strip_pronunciation(text) == "根據市委統一部署,對市中醫醫院黨委進行了巡察"
    assert strip_pronunciation("附件(a)与附件(b)") == "附件(a)与附件(b)"


def test_docx_tables_are_read_as_tables_in_place(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某局关于巡察整改情况的通报")
    table = document.add_table(rows=2, cols=3)
    for cell, word in zip(table.rows[0].cells, ["序号", "问题", "整改情况"], strict=True):
        cell.text = word
    for cell, word in zip(table.rows[1].cells, ["1", "制度不健全", "已完成"], strict=True):
        cell.text = word
    table.rows[1].cells[1].merge(table.rows[1].cells[2])
    document.add_paragraph("欢迎监督。")
    path = tmp_path / "t.docx"
    document.save(path)
    assert docx_text(path).splitlines() == [
        "某局关于巡察整改情况的通报",
        "序号\t问题\t整改情况",
        "1\t制度不健全 已完成",
        "欢迎监督。",
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "date"),
    [
        (
            "市委巡察三组对市妇联党组开展了巡察,并于2023年3月3日反馈了巡察意见。",
            "feedback",
            "2023-03-03",
        ),
        (
            "市委第四巡察组于2024年7月9日至9月14日对某局开展了巡察,并于2025年1月17日进行了反馈。",
            "feedback",
            "2025-01-17",
        ),
        (
            "2024年3月18日至5月20日,省委第六巡视组对某党组开展了巡视。8月8日,省委巡视组向某党组反馈了巡视意见。",
            "feedback",
            "2024-08-08",
        ),
        (
            "2024年4月22日,区妇联召开专题会议研究区委巡察反馈意见整改工作方案。",
            "meeting",
            "2024-04-22",
        ),
    ],
)
def test_feedback_dates(sentence, kind, date):
    events = parse_notice(BODY + sentence).rows["events"]
    assert (kind, date) in [(e["kind"], e["date"]) for e in events]


def test_publication_line_is_not_also_an_activity():
    events = parse_notice("成文时间:2023年11月23日\n" + BODY).rows["events"]
    assert [(e["kind"], e["date"]) for e in events] == [("publication", "2023-11-23")]


def test_rollup_counts_days_from_feedback_to_publication(tmp_path):
    from analysis.figures.rollup import rollup

    path = tmp_path / "n.txt"
    path.write_text(
        "发布时间:2023年7月28日\n" + BODY + "2023年3月3日,巡察组向区档案局反馈了巡察意见。", "utf-8"
    )
    row = rollup([path]).iloc[0]
    assert row["days_feedback_to_publication"] == 147


def test_short_name_after_the_unit_is_dropped():
    text = "中央巡视组对交通运输部党组(以下简称部党组)开展了巡视。"
    assert parse_notice(text).meta["unit"] == "交通运输部党组"


def test_docx_problem_table_gives_findings_with_measures_and_status(tmp_path):
    import docx

    from analysis.figures.summary import declared

    document = docx.Document()
    document.add_paragraph("中共某局党组关于巡察整改情况的通报")
    document.add_paragraph("县委巡察组向某局党组反馈问题2个,已完成整改1个,正在整改1个。")
    rows = [
        ["序号", "具体问题", "整改措施", "整改状态"],
        ["1", "制度不健全", "修订制度3项", "已完成"],
        ["2", "学习不深入", "制定学习计划", "正在整改"],
    ]
    table = document.add_table(rows=3, cols=4)
    for r, values in enumerate(rows):
        for cell, value in zip(table.rows[r].cells, values, strict=True):
            cell.text = value
    path = tmp_path / "t.docx"
    document.save(path)
    ledger = ingest_notice(path)
    f = ledger.findings
    assert f["title"].tolist() == ["制度不健全", "学习不深入"]
    assert f["status"].tolist() == ["completed", "in_progress"]
    assert ledger.measures["text"].tolist() == ["修订制度3项", "制定学习计划"]
    assert declared(ledger)["problems"] == 2


GRAMMAR = Path(__file__).parent / "notices" / "grammar"


@pytest.mark.parametrize("locale", ["C.UTF-8", "zh_CN.UTF-8"])
def test_ingest_json_gives_unit_published_source_and_each_total_with_its_sentence(locale):
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "LC_ALL": locale, "LANG": locale}
    notice = GRAMMAR / "g03_street_committee.txt"
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "ingest", str(notice), "--no-write", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    out = json.loads(run.stdout)
    assert out["unit"] == "长青街道工委"
    assert (out["published"], out["published_source"]) == ("2024-11-20", "signature")
    totals = {(t["figure"], t["value"]): t for t in out["declared_totals"]}
    assert set(totals) == {("problems", 3), ("completed", 1), ("in_progress", 1)}
    problems = totals[("problems", 3)]
    assert problems["phrase"] == "巡察反馈问题共3项" and problems["role"] == "total"
    assert problems["sentence"].startswith("巡察反馈问题共3项,其中:已完成整改问题1项")
    assert totals[("completed", 1)]["phrase"] == "完成整改问题1项"
    assert totals[("completed", 1)]["role"] == "completed"
    assert out["declared"]["in_progress"] == 2  # 基本完成 and 阶段性完成, not completed


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("巡察组对长青街道开展了巡察。长青街道工委高度重视整改工作。", "长青街道工委"),
        ("县委巡察组向桥头镇反馈了意见。桥头镇党委高度重视,召开会议。", "桥头镇党委"),
        ("中共某县人民医院\n中心党委关于巡察整改情况的通报\n" + BODY, "中共某县人民医院中心党委"),
        ("某局党组高度重视巡察整改工作,现将巡察整改情况予以公布。", "某局党组"),
        (
            BODY.replace("对区档案局进行了巡察", "进行了巡察")
            + "\n中共某县档案局党组\n2024年9月30日",
            "中共某县档案局党组",
        ),
    ],
)
def test_unit_from_the_body_the_signature_or_its_whole_name(text, unit):
    assert find_unit(text) == unit


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "中共市民政局党组关于巡察整改情况的通报\n根据东营市委统一部署,东营市委巡察组对市民政局党组开展了巡察。",
            "中共东营市民政局党组",
        ),
        (
            "区妇联关于巡察整改情况的通报\n区委巡察组对区妇联开展了巡察。印发《新吴区妇联整改方案》。",
            "新吴区妇联",
        ),
        (
            "市民政局党组关于巡察整改情况的通报\n根据市委统一部署,巡察组对市民政局党组开展了巡察。",
            None,
        ),
    ],
)
def test_the_place_a_title_drops_is_taken_from_the_text(text, full):
    assert parse_notice(text).meta.get("unit_full") == full


@pytest.mark.parametrize(
    ("text", "date", "origin"),
    [
        ("标题\n发表时间:2024-06-18 09:30:12\n" + BODY, "2024-06-18", "page_metadata"),
        ("来源:市档案处 2024-06-18 09:30\n" + BODY, "2024-06-18", "page_metadata"),
        ("2024-06-18 来源:市档案处\n" + BODY, "2024-06-18", "page_metadata"),
        (BODY + "\n发布日期:2024年6月18日", "2024-06-18", "page_metadata"),
    ],
)
def test_more_metadata_lines(text, date, origin):
    found = find_published(text)
    assert found is not None and (found[0], found[1]) == (date, origin)


@st.composite
def dated_page(draw):
    """A notice page with its date where pages put it: a metadata line (any label, with or
    without a time, before or after the title, or below the body), under the title, or only
    in the signature; with a body date that is never the publication date."""
    y, m, d = draw(st.integers(2018, 2026)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    date = draw(
        st.sampled_from(
            [f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m}/{d}", f"{y}.{m}.{d}"]
        )
    )
    time = draw(st.sampled_from(["", " 09:30", " 16:05:12"]))
    title = "中共某局党组关于巡察整改进展情况的通报"
    body = BODY + "2023年3月1日,巡察组向某局党组反馈了巡察意见。"
    where = draw(st.sampled_from(["meta_before", "meta_after", "meta_below", "title", "signature"]))
    label = draw(st.sampled_from(["发布时间", "发表时间", "发布日期", "日期", "时间", "成文日期"]))
    sep = draw(st.sampled_from([":", ": ", " "]))
    meta = f"{label}{sep}{date}{time}"
    if draw(st.booleans()) and where.startswith("meta"):
        meta += draw(st.sampled_from([" 来源:某局", "  浏览次数:12"]))
    lines = {
        "meta_before": [meta, title, body],
        "meta_after": [title, meta, body],
        "meta_below": [title, body, meta],
        "title": [title, f"({date})", body],
        "signature": [title, body, "中共某局党组", f"{y}年{m}月{d}日"],
    }[where]
    source = {"title": "title_date", "signature": "signature"}.get(where, "page_metadata")
    return "\n".join(lines), f"{y}-{m:02d}-{d:02d}", source


@given(dated_page())
@settings(max_examples=200, deadline=None)
def test_generated_pages_give_their_publication_date_and_its_source(case):
    text, date, source = case
    found = find_published(text)
    assert found is not None and (found[0], found[1]) == (date, source), text


PLACES = [
    "东营市",
    "新吴区",
    "江夏区",
    "南丹县",
    "桥头镇",
    "长青街道",
    "金垦二社区",
    "通道侗族自治县",
]
BODIES = [
    "民政局党组",
    "妇联党组",
    "司法局党组",
    "卫生健康委员会党委",
    "总工会党组",
    "中医医院党委",
]
COMMITTEES = {"镇": "党委", "街道": "党工委", "社区": "党总支"}


@st.composite
def named_unit(draw):
    """A notice naming its unit in the title, in the first sentences or only in the signature."""
    place = draw(st.sampled_from(PLACES))
    level = next((k for k in COMMITTEES if place.endswith(k)), None)
    unit = place + (COMMITTEES[level] if level else draw(st.sampled_from(BODIES)))
    if draw(st.booleans()) and not level:
        unit = "中共" + unit
    opening = "根据上级统一部署,巡察组开展了巡察。现将巡察整改情况予以公布。"
    where = draw(st.sampled_from(["title", "fed_back", "opens", "signature"]))
    text = {
        "title": f"{unit}关于巡察整改进展情况的通报\n{opening}",
        "fed_back": f"巡察组向{unit}反馈了巡察意见。{opening}",
        "opens": f"{opening}\n{unit}高度重视巡察整改工作。",
        "signature": f"{opening}\n欢迎监督。\n{unit}\n2024年9月30日",
    }[where]
    return text, unit


@given(named_unit())
@settings(max_examples=200, deadline=None)
def test_generated_notices_give_their_unit(case):
    text, unit = case
    assert find_unit(text) == unit, text
