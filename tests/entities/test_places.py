from __future__ import annotations

import pytest

from jzdaily._entities import Place, places
from tests.entities.conftest import article


def found(text: str) -> list[tuple[str, str, str | None, int]]:
    return [(p.name, p.level, p.parent, p.mentions) for p in places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3月5日，修武县西村乡大南坡村举办活动。",
            [
                ("修武县", "county", "焦作市", 1),
                ("西村乡", "township", "修武县", 1),
                ("大南坡村", "village", "西村乡", 1),
            ],
            id="chain-of-units",
        ),
        pytest.param(
            "解放区焦西街道东方红社区",
            [
                ("解放区", "county", "焦作市", 1),
                ("焦西街道", "township", "解放区", 1),
                ("东方红社区", "village", "焦西街道", 1),
            ],
            id="street-and-community",
        ),
        pytest.param(
            "河南省郑州市金水区",
            [
                ("河南省", "province", None, 1),
                ("郑州市", "city", "河南省", 1),
                ("金水区", "county", "郑州市", 1),
            ],
            id="district-after-a-known-city",
        ),
        pytest.param(
            "志愿者到紫陵镇开展活动。",
            [("紫陵镇", "township", None, 1)],
            id="standalone-township-after-dao",
        ),
        pytest.param(
            "武陟、沁阳两地和孟州",
            [
                ("武陟县", "county", "焦作市", 1),
                ("沁阳市", "county", "焦作市", 1),
                ("孟州市", "county", "焦作市", 1),
            ],
            id="short-forms",
        ),
        pytest.param(
            "示范区（高新区）",
            [("示范区", "county", "焦作市", 1), ("高新区", "county", "焦作市", 1)],
            id="demonstration-zone",
        ),
    ],
)
def test_places(text: str, expected: list[tuple[str, str, str | None, int]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        ("沁阳市开展活动，该市组织志愿者。", "沁阳市", 2),
        ("博爱县许良镇召开会议，该镇干部参加；该县领导出席。", "许良镇", 2),
        ("修武县西村乡大南坡村举办活动，在该村开展。", "大南坡村", 2),
    ],
)
def test_gai_refers_back_to_the_last_unit_of_that_kind(text: str, name: str, mentions: int) -> None:
    counts = {p.name: p.mentions for p in places(text)}
    assert counts[name] == mentions


def test_a_unit_after_gai_xian_belongs_to_that_county() -> None:
    result = places("武陟县委书记主持。该县西陶镇、大封镇负责人参加。")
    assert [(p.name, p.parent, p.mentions) for p in result] == [
        ("武陟县", "焦作市", 2),
        ("西陶镇", "武陟县", 1),
        ("大封镇", None, 1),  # only the unit printed right after 该县 is chained to it
    ]


def test_gai_shi_refers_to_the_last_shi_not_the_first() -> None:
    counts = {p.name: p.mentions for p in places("焦作市和孟州市，该市")}
    assert counts == {"焦作市": 1, "孟州市": 2}


def test_gai_without_antecedent_is_nothing() -> None:
    assert places("该县召开会议。") == ()


@pytest.mark.parametrize(
    "text",
    [
        "要推动农村发展，实现乡村振兴，建设城镇。",
        "各乡镇（街道）负责人，43个村（社区）完成任务。",
        "打造产业社区和创新社区，合力推动村集体经济。",
        "全区、全县、全市、城区",
    ],
)
def test_everyday_words_are_not_places(text: str) -> None:
    assert places(text) == ()


def test_offsets_and_order() -> None:
    text = "在孟州市\n城伯镇"
    result = places(text)
    assert result == (
        Place("孟州市", "county", "焦作市", 1, 1),
        Place("城伯镇", "township", "孟州市", text.index("城"), 1),
    )


def test_article_body_is_read() -> None:
    assert [p.name for p in places(article("温县召开会议。"))] == ["温县"]
