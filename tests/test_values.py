"""The model behaves as a value: hashable, immutable, short reprs, enums that print their value,
keys in the documented order."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

from jzdaily import (
    Article,
    ArticleKind,
    Dateline,
    EntityIndex,
    Fragment,
    FragmentKind,
    Page,
    ParseWarning,
    to_records,
)

ROOT = Path(__file__).parent.parent



def _article(headline: str | None = "某县召开春季植树动员大会") -> Article:
    return Article(
        kind=ArticleKind.NEWS, headline=headline, paragraphs=("某县召开大会。",),
        source_lines=(4, 5), dateline=Dateline("本报讯", "本报讯"), id="2031-05-06/B02/03",
    )  # fmt: skip


def _page(**changes: Any) -> Page:
    page = Page(
        index=0, articles=(_article(),), fragments=(Fragment(FragmentKind.HEADER, "某报", (1,)),),
        warnings=(ParseWarning("no-headline", "none", (4,)),), code="B02",
        date=dt.date(2031, 5, 6), staff={"编辑": ("甲乙",), "校对": ("丙丁",)},
    )  # fmt: skip
    return attrs.evolve(page, **changes)


def test_sample_pages_are_hashable_and_usable_as_keys(pages: tuple[Page, ...]) -> None:
    """Every parsed page, article and fragment hashes, and equal objects hash alike."""
    assert len({*pages}) == len(pages)
    for page in pages:
        assert hash(page) == hash(Page.from_dict(page.to_dict()))
        assert len({*page.articles, *page.fragments, *page.warnings}) == (
            len(page.articles) + len(page.fragments) + len(page.warnings)
        )


@pytest.mark.parametrize(
    "change",
    [
        lambda page: page.staff.__setitem__("编辑", ("戊",)),  # type: ignore[attr-defined]
        lambda page: page.staff.pop("编辑"),  # type: ignore[attr-defined]
        lambda page: page.staff.clear(),  # type: ignore[attr-defined]
        lambda page: setattr(page, "code", "B03"),
        lambda page: setattr(page.articles[0], "headline", "另一个标题"),
    ],
    ids=["staff-set", "staff-pop", "staff-clear", "page-field", "article-field"],
)
def test_nothing_changes_in_place(change: Any) -> None:
    """Neither the page, its articles nor its staff mapping can be changed after creation."""
    page = _page()
    with pytest.raises((TypeError, AttributeError, attrs.exceptions.FrozenInstanceError)):
        change(page)
    assert page == _page()


@pytest.mark.parametrize(
    ("staff", "expected"),
    [
        ({"编辑": ["甲乙"], "校对": ("丙丁",)}, {"编辑": ["甲乙"], "校对": ["丙丁"]}),
        ({}, {}),
        ({"组版": ()}, {"组版": []}),
    ],
)
def test_staff_keeps_its_json_shape(staff: dict[str, Any], expected: dict[str, Any]) -> None:
    """staff is given as a dict (lists or tuples), stored immutable and written as a JSON object."""
    page = _page(staff=staff)
    assert page.to_dict()["staff"] == expected
    assert page.staff == {role: tuple(names) for role, names in staff.items()}
    assert list(page.staff) == list(staff)  # printed order kept
    assert Page.from_dict(json.loads(json.dumps(page.to_dict()))) == page
    hash(page)


def test_staff_order_does_not_change_equality_or_hash() -> None:
    """Two pages whose staff differ only in role order are equal, so they must hash alike."""
    one = _page(staff={"编辑": ("甲",), "校对": ("乙",)})
    other = _page(staff={"校对": ("乙",), "编辑": ("甲",)})
    assert one == other and hash(one) == hash(other)


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (_page(), "Page(code='B02', date=2031-05-06, articles=1, warnings=1)"),
        (_page(code=None, date=None, articles=()), "Page(code=None, date=None, articles=0, warnings=1)"),
        (_article(), "Article(id='2031-05-06/B02/03', kind='news', headline='某县召开春季植树动员大会')"),
        (_article(None), "Article(id='2031-05-06/B02/03', kind='news', headline=None)"),
        (_article("一二三四五六七八九十\n一二三四五六七八九十一二"),
         "Article(id='2031-05-06/B02/03', kind='news', headline='一二三四五六七八九十 一二三四五六七八…')"),
        (Fragment(FragmentKind.COLUMN, "政 务 简 报", (7, 8, 9)), "Fragment(kind='column', lines=7-9, text='政 务 简 报')"),
        (Fragment(FragmentKind.FURNITURE, "", ()), "Fragment(kind='furniture', lines=-, text='')"),
    ],
)
def test_reprs_are_short_and_say_what_it_is(obj: object, expected: str) -> None:
    """repr names the object by its key facts, on one line, long headlines cut with an ellipsis."""
    assert repr(obj) == expected


def test_sample_reprs_are_short(pages: tuple[Page, ...]) -> None:
    """No repr of a parsed page, article or fragment runs past one screen line."""
    for page in pages:
        assert len(repr(page)) < 80
        for item in (*page.articles, *page.fragments):
            assert len(repr(item)) < 100 and "\n" not in repr(item)


@pytest.mark.parametrize("kind", [*ArticleKind, *FragmentKind])
def test_enums_print_their_value(kind: ArticleKind | FragmentKind) -> None:
    """str, format and %-format give the value on every Python (3.11 changed the default)."""
    assert str(kind) == f"{kind}" == "%s" % kind == kind.value  # noqa: UP031
    assert f"{kind:>12}" == f"{kind.value:>12}"
    assert kind == kind.value  # still a str


@pytest.mark.parametrize("one", [True, False], ids=["one-page", "tuple"])
def test_to_records_takes_one_page_or_many(pages: tuple[Page, ...], one: bool) -> None:
    """to_records(page) is to_records([page]): one row per article of that page."""
    page = pages[1]
    rows = to_records(page if one else (page,), source="x.txt")
    assert [row["id"] for row in rows] == [a.id for a in page.articles]


def test_entity_index_repr(pages: tuple[Page, ...]) -> None:
    """EntityIndex's repr counts people, articles and mentions instead of dumping them."""
    index = EntityIndex.from_pages(pages)
    mentions = sum(len(index.person(name)) for name in index.names())
    articles = sum(len(p.articles) for p in pages)
    assert repr(index) == f"EntityIndex(people={len(index)}, articles={articles}, mentions={mentions})"
    assert repr(EntityIndex()) == "EntityIndex(people=0, articles=0, mentions=0)"


def _documented_key_order() -> tuple[list[str], list[str]]:
    """The page and article keys of the JSON example in docs/model.md, in order."""
    text = (ROOT / "docs" / "model.md").read_text("utf-8")
    block = re.search(r"```json\n(?P<json>.*?)```", text, re.S)
    assert block is not None
    example = json.loads(block["json"])
    return list(example), list(example["articles"][0])


def _in_order(keys: list[str], documented: list[str]) -> list[str]:
    return [key for key in keys if key in documented]


def test_keys_come_out_in_the_documented_order(pages: tuple[Page, ...]) -> None:
    """to_dict and the record list every key docs/model.md shows, in the order it shows them."""
    page_keys, article_keys = _documented_key_order()
    page_keys.remove("source")
    for page in pages:
        data = page.to_dict()
        assert _in_order(list(data), page_keys) == page_keys
        assert _in_order(list(data["articles"][0]), article_keys) == article_keys
    from jzdaily import page_record

    assert next(iter(page_record(pages[0], source="a.txt"))) == "source"
