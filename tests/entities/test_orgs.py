from __future__ import annotations

import pytest

from jzdaily._entities import organizations


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in organizations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("，河南龙源纸业股份有限公司、", [("河南龙源纸业股份有限公司", "company")]),
        ("，蓝海电子（焦作）有限公司的工人", [("蓝海电子（焦作）有限公司", "company")]),
        ("与中原银行焦作分行行长座谈", [("中原银行焦作分行", "bank")]),
        ("，焦作市中级人民法院", [("焦作市中级人民法院", "court")]),
        ("，县委组织部、市卫健委", [("县委组织部", "party"), ("市卫健委", "government")]),
        ("，市总工会和县文联", [("市总工会", "association"), ("县文联", "association")]),
        ("，河南理工大学", [("河南理工大学", "school")]),
        ("，焦西街道办事处", [("焦西街道办事处", "government")]),
        ("召开修武县人民政府常务会议", [("修武县人民政府", "government")]),
        ("邀请北京市餐饮协会会长", [("北京市餐饮协会", "association")]),
        # the branch, not also its group: an organisation inside a longer one is dropped
        ("，中国华建集团豫北分公司总经理", [("中国华建集团豫北分公司", "company")]),
        ("，市委书记", [("市委", "party")]),
    ],
)
def test_organizations(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "形成齐抓共管的工作格局，融入中心大局，确保开局良好。",
        "该公司负责人介绍，该局今年持续推进改革。",
        "各级党组织要加强领导，深入大中小学校园。",
        "全市县处级领导干部",
    ],
)
def test_everyday_words_are_not_organizations(text: str) -> None:
    assert organizations(text) == ()


def test_mentions_are_counted_once_per_name() -> None:
    (org,) = organizations("，县文联组织活动。县文联负责人。")
    assert (org.name, org.mentions, org.offset) == ("县文联", 2, 1)
