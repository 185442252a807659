"""The sample page against its hand-checked answer key, field by field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jzdaily import Article, Page
from tests._key import expected_fields, key_fields
from tests.conftest import GOLD, SAMPLE

_GOLD = json.loads(GOLD.read_text(encoding="utf-8"))
_ITEMS = _GOLD["items"]



@pytest.fixture(scope="module")
def articles(pages: tuple[Page, ...]) -> list[tuple[int, Article]]:
    return [(page.index, article) for page in pages for article in page.articles]


def test_two_pages_and_thirty_items(pages: tuple[Page, ...]) -> None:
    """The sample holds two pages and thirty items in all."""
    assert len(pages) == len(_GOLD["pages"]) == 2
    assert sum(len(p.articles) for p in pages) == len(_ITEMS) == 30


@pytest.mark.parametrize("item", _ITEMS, ids=[f"item{it['n']}" for it in _ITEMS])
def test_item_matches_answer_key(item: dict[str, Any], articles: list[tuple[int, Article]]) -> None:
    """Every field of every item equals the key; bodies compare without whitespace."""
    page_index, article = articles[item["n"] - 1]
    assert page_index == item["page"]
    assert key_fields(article) == expected_fields(item)


@pytest.mark.parametrize("item", _ITEMS, ids=[f"item{it['n']}" for it in _ITEMS])
def test_item_owns_its_line_span(item: dict[str, Any], articles: list[tuple[int, Article]]) -> None:
    """An item's source lines are exactly the non-blank lines of its span in the key."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    first, last = item["lines"]
    expected = tuple(n for n in range(first, last + 1) if lines[n - 1].strip())
    assert articles[item["n"] - 1][1].source_lines == expected


@pytest.mark.parametrize("key", _GOLD["pages"], ids=["page0", "page1"])
def test_page_facts_match_answer_key(key: dict[str, Any], pages: tuple[Page, ...]) -> None:
    """Page code, section, date, weekday, staff, hotline, paper and furniture as in the key."""
    page = pages[key["index"]]
    assert page.code == key["code"]
    assert page.section == key["section"]
    assert page.date is not None and page.date.isoformat() == key["date"]
    assert page.date_inferred == key.get("date_inferred", False)
    assert page.weekday == key.get("weekday")
    assert page.paper == key.get("paper")
    assert page.hotline == key.get("hotline")
    assert {k: list(v) for k, v in page.staff.items()} == key.get("staff", {})
    furniture = [f.text for f in page.fragments if f.kind.value == "furniture"]
    assert furniture == key.get("furniture", [])
    columns = {f.text: f.source_lines[0] for f in page.fragments if f.kind.value == "column"}
    assert columns == key.get("columns", {})


def test_every_non_blank_line_belongs_to_exactly_one_piece(pages: tuple[Page, ...]) -> None:
    """Nothing lost, nothing counted twice: the line-ownership rule."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    owned = [
        n
        for page in pages
        for piece in (*page.articles, *page.fragments)
        for n in piece.source_lines
    ]
    expected = [n for n, line in enumerate(lines, start=1) if line.strip()]
    assert sorted(owned) == expected
