"""Problems under every heading style, and each problem's own status sentence."""

from __future__ import annotations

import pytest

from analysis.read.notice.parse import parse_notice

HEAD = (
    "某局党组关于巡察整改情况的通报\n县委巡察组向某局党组反馈了巡察意见。现将整改情况通报如下。\n"
)
UNDER_ASPECT = (
    "二、整改落实情况\n(一)贯彻落实党的路线方针政策方面\n1.理论学习不够深入。\n2.服务群众意识不强。\n"
    "3.财务管理不规范。\n整改情况:一是加强学习。二是完善制度。\n(二)全面从严治党方面\n"
    "1.监督执纪偏松偏软。整改情况:一是强化监督。\n"
)
TITLES = ["理论学习不够深入", "服务群众意识不强", "财务管理不规范", "监督执纪偏松偏软"]


@pytest.mark.parametrize(
    "text",
    [HEAD + UNDER_ASPECT, (HEAD + UNDER_ASPECT).replace("\n", "")],
    ids=["lines", "flattened"],
)
def test_short_numbered_problems_under_an_aspect_heading(text):
    found = parse_notice(text).rows["findings"]
    assert [f["title"] for f in found] == TITLES
    assert [f["aspect"] for f in found] == ["贯彻落实党的路线方针政策方面"] * 3 + [
        "全面从严治党方面"
    ]


def test_problems_on_one_line_separated_by_semicolons():
    text = (
        HEAD
        + "(一)贯彻落实党的路线方针政策方面。1.理论学习不够深入;2.服务群众意识不强;3.财务管理不规范。"
    )
    assert [f["title"] for f in parse_notice(text).rows["findings"]] == TITLES[:3]


def test_nested_category_problem_sub_problem():
    text = HEAD + (
        "二、落实整改实施情况\n(一)聚焦贯彻落实上级决策部署情况\n1、上级决策部署落实不彻底。\n"
        "(1)开展基层治理不均衡。\n整改情况:一是建立台账。\n(2)政策宣传不到位。\n整改情况:一是开展宣讲。\n"
    )
    found = parse_notice(text).rows["findings"]
    assert [(f["title"], f["parent"]) for f in found] == [
        ("开展基层治理不均衡", "上级决策部署落实不彻底"),
        ("政策宣传不到位", "上级决策部署落实不彻底"),
    ]
    assert found[0]["aspect"] == "聚焦贯彻落实上级决策部署情况"


def test_organisation_paragraphs_are_not_problems():
    text = HEAD + (
        "一、提高政治站位,强化政治担当,坚决履行巡察整改主体责任\n(一)提高政治站位。学校召开会议。\n"
        "(二)强化组织领导。成立领导小组。\n(三)压实整改责任。制定整改方案。\n"
    )
    assert "findings" not in parse_notice(text).rows


def test_a_section_about_a_problem_orientation_is_not_a_problem():
    text = HEAD + "二、坚持问题导向,扎实推进巡察整改任务落实\n(一)贯彻落实党的路线方针"
    assert "findings" not in parse_notice(text).rows


def test_status_sentence_inside_a_measure_sets_that_problem():
    text = HEAD + (
        "1.关于“理论学习不够深入”问题的整改。整改情况:一是制定学习计划。目前已完成。\n"
        "2.关于“服务群众意识不强”问题的整改。整改情况:一是开展走访。正在推进。\n"
        "3.关于“财务管理不规范”问题的整改。整改情况:一是修订制度。长期坚持。\n"
        "4.关于“档案管理混乱”问题的整改。整改情况:一是已完成档案整理3次,继续加强。\n"
    )
    found = parse_notice(text).rows["findings"]
    assert [f.get("status") for f in found] == ["completed", "in_progress", "long_term", None]
    assert [f.get("status_basis") for f in found[:3]] == ["目前已完成", "正在推进", "长期坚持"]


def test_status_label_with_two_words():
    text = (
        HEAD
        + "(5)关于“院党委集体领导作用弱化”问题整改情况\n整改完成情况:完成整改,长期坚持。申请销号。\n"
    )
    found = parse_notice(text).rows["findings"]
    assert found[0]["status"] == "completed"
    assert found[0]["status_basis"] == "整改完成情况:完成整改,长期坚持"
