"""EntityIndex over pages built directly with the model classes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from jzdaily._entities import EntityIndex, Mention, TitleSpan
from tests.entities.conftest import article, page

MAR_1, MAR_2, MAR_8, APR_3 = (
    dt.date(2023, 3, 1),
    dt.date(2023, 3, 2),
    dt.date(2023, 3, 8),
    dt.date(2023, 4, 3),
)


@pytest.fixture
def index() -> EntityIndex:
    return EntityIndex.from_pages(
        [
            page(
                "A01",
                MAR_2,
                article(
                    "3月1日，副县长白雨桐、县领导钱德、孙晓峰出席会议。",
                    headline="会议召开",
                    date=MAR_1,
                    reporters=("项飞",),
                ),
                article("县长王俊涛主持会议，副县长白雨桐参加。", headline="常务会议", date=MAR_2),
            ),
            page(
                "A03",
                MAR_8,
                article(
                    "县委副书记、县长白雨桐调研，县领导钱德陪同。",
                    headline="调研企业",
                    date=dt.date(2023, 3, 7),
                ),
                index=1,
            ),
            page(
                "A02",
                APR_3,
                article("县长白雨桐指出，要抓好春耕。县委书记王俊涛出席。", headline="春耕会议"),
                article("村民代表宋海涛发言。", headline=None, photographers=("池田",)),
            ),
        ]
    )


def test_every_mention_with_page_dates_headline_and_titles(index: EntityIndex) -> None:
    assert index.person("白雨桐") == (
        Mention("白雨桐", "A01", MAR_2, MAR_1, "会议召开", ("副县长",), None, 0),
        Mention("白雨桐", "A01", MAR_2, MAR_2, "常务会议", ("副县长",), None, 1),
        Mention(
            "白雨桐", "A03", MAR_8, dt.date(2023, 3, 7), "调研企业", ("县委副书记", "县长"), None, 2
        ),
        Mention("白雨桐", "A02", APR_3, None, "春耕会议", ("县长",), None, 3),
    )


def test_counts(index: EntityIndex) -> None:
    assert {name: len(index.person(name)) for name in index.names()} == {
        "白雨桐": 4,
        "钱德": 2,
        "孙晓峰": 1,
        "项飞": 1,
        "王俊涛": 2,
        "宋海涛": 1,
        "池田": 1,
    }
    assert len(index) == 7
    assert "钱德" in index
    assert "无名" not in index
    assert index.person("无名") == ()


def test_titles_over_time(index: EntityIndex) -> None:
    assert index.titles("白雨桐") == (
        TitleSpan("副县长", MAR_1, MAR_2, 2),
        TitleSpan("县委副书记", dt.date(2023, 3, 7), dt.date(2023, 3, 7), 1),
        TitleSpan("县长", dt.date(2023, 3, 7), APR_3, 2),  # no event date: the issue date
    )
    assert [span.title for span in index.titles("王俊涛")] == ["县长", "县委书记"]


def test_companions_most_often_first(index: EntityIndex) -> None:
    assert index.companions("白雨桐") == (("钱德", 2), ("王俊涛", 2), ("孙晓峰", 1))
    assert index.companions("白雨桐", limit=1) == (("钱德", 2),)
    assert index.companions("项飞") == ()  # staff are not companions in the story


def test_holders_of_a_title(index: EntityIndex) -> None:
    assert index.holders("书记") == {"白雨桐": ("县委副书记",), "王俊涛": ("县委书记",)}
    assert index.holders(re.compile(r"^县长$")) == {"白雨桐": ("县长",), "王俊涛": ("县长",)}
    assert index.holders("县领导") == {"钱德": ("县领导",), "孙晓峰": ("县领导",)}


def test_staff_mentions_carry_their_role(index: EntityIndex) -> None:
    (mention,) = index.person("项飞")
    assert (mention.role, mention.titles, mention.page) == ("记者", (), "A01")
    (photo,) = index.person("池田")
    assert photo.role == "摄影"


def test_names_found_in_an_issue_are_shared_across_its_articles() -> None:
    pages = [page("A01", MAR_2, article("副县长车正平出席。"), article("会后车正平到企业。"))]
    assert len(EntityIndex.from_pages(pages).person("车正平")) == 2
    assert len(EntityIndex.from_pages(pages, share_names=False).person("车正平")) == 1


def test_names_are_not_shared_across_issues() -> None:
    pages = [
        page("A01", MAR_2, article("副县长车正平出席。")),
        page("A01", MAR_8, article("会后车正平到企业。")),
    ]
    assert len(EntityIndex.from_pages(pages).person("车正平")) == 1


def test_from_articles_and_add() -> None:
    index = EntityIndex.from_articles(
        [article("副县长白雨桐出席。", date=MAR_1)], page="B02", issue_date=MAR_2
    )
    added = index.add(article("县长王俊涛出席。"), page="B03")
    assert [m.name for m in added] == ["王俊涛"]
    assert index.person("白雨桐")[0].page == "B02"
    assert index.person("王俊涛")[0].when is None


def test_to_dict_is_json_ready(index: EntityIndex) -> None:
    data = index.to_dict()
    assert data["孙晓峰"] == [
        {
            "name": "孙晓峰",
            "page": "A01",
            "issue_date": "2023-03-02",
            "date": "2023-03-01",
            "headline": "会议召开",
            "titles": ["县领导"],
            "role": None,
            "article": 0,
        }
    ]
    assert TitleSpan("县长", MAR_1, None, 1).to_dict() == {
        "title": "县长",
        "first": "2023-03-01",
        "last": None,
        "count": 1,
    }
