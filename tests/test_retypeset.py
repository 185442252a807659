"""The answer key's items typeset anew at other column widths must parse to the same key.

Each item is rebuilt from the key alone (marker, dateline, body, bylines, headline) and cut
to a new width, with column breaks leaving blank lines inside sentences, so the parser is
shown to follow the conventions rather than the sample's line breaks.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jzdaily import parse_pages
from tests._key import expected_fields, key_fields
from tests.conftest import GOLD, typeset

_KEY = json.loads(GOLD.read_text(encoding="utf-8"))
_ITEMS: list[dict[str, Any]] = _KEY["items"]
_ARROWS = {"left": "⬅", "right": "➡"}
_HEADER = "JIAOZUO DAILY\nA08│孟州新闻2023年3月7日 星期二\n\n■新闻热线：1234567│■编辑：甲乙│校对：丙丁"


def _lead(item: dict[str, Any]) -> str:
    dateline = item["dateline"]
    if dateline:
        staff = " ".join(
            part
            for part in (
                "记者" + "、".join(dateline["reporters"]) if dateline["reporters"] else "",
                "通讯员" + "、".join(dateline["correspondents"]) if dateline["correspondents"] else "",
            )
            if part
        )
        return dateline["source"] + (f"（{staff}） " if staff else " ")
    if item["kind"] == "brief":
        return "●"
    return _ARROWS.get(item["photo_arrow"] or "", "")


def _headline(text: str, vertical: bool) -> str:
    if vertical:
        return "\n".join(text.replace(" ", ""))
    if len(text) > 12:  # long headlines are printed over two lines
        middle = len(text) // 2
        return text[:middle] + "\n" + text[middle:]
    return text


def _item(
    item: dict[str, Any], width: int, breaks: tuple[int, ...], run_in: bool, vertical: bool
) -> str:
    """One item; with run_in, bylines and credits follow the last sentence and may wrap."""
    bylines = []
    if item["authors"] and item["kind"] != "commentary":
        bylines.append("（" + " ".join(item["authors"]) + "）")
    if item["photographers"]:
        bylines.append(" ".join(item["photographers"]) + " 摄")
    text = _lead(item) + item["body_nospace"] + ("".join(" " + b for b in bylines) if run_in else "")
    parts = [typeset(text, width, breaks=breaks), *([] if run_in else bylines)]
    headline = item["headline"]
    vertical = vertical or item["n"] == 20  # as in the sample, one headline is vertical
    if item["kind"] == "commentary":
        parts.append(_headline(headline, vertical) + "\n□" + " ".join(item["authors"]))
        return "\n\n".join(parts)
    if headline:
        parts.append(_headline(headline, vertical))
    return "\n\n".join(parts)


def _page(
    width: int, breaks: tuple[int, ...], run_in: bool = False, vertical: bool = False
) -> str:
    blocks: list[str] = []
    column_after = {18: "政 务 简 报", 29: "百 字 新 闻"}
    for item in _ITEMS:
        if item["page"] == 1 and not any(b.startswith("JIAOZUO") for b in blocks):
            blocks.append(_HEADER)
        blocks.append(_item(item, width, breaks, run_in, vertical))
        if item["n"] in column_after:
            blocks.append(column_after[item["n"]])
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("breaks", [(), (0,), (1, 4), (0, 1, 2)], ids=lambda b: f"breaks{b}")
@pytest.mark.parametrize("width", range(6, 41))
def test_key_typeset_at_other_widths_parses_to_the_key(width: int, breaks: tuple[int, ...]) -> None:
    """Thirty items, every field as in the key, whatever the width and the column breaks."""
    _assert_parses_to_key(_page(width, breaks))


@pytest.mark.parametrize("width", range(8, 41))
def test_bylines_run_in_after_the_last_sentence_and_wrapping(width: int) -> None:
    """（甲 乙） and 甲 摄 after the last sentence, cut over two lines where the width falls."""
    _assert_parses_to_key(_page(width, (1, 4), run_in=True))


@pytest.mark.parametrize("width", range(8, 41, 4))
def test_every_headline_printed_vertically(width: int) -> None:
    """Vertical headlines with digits and brackets, one character a line, read whole."""
    pages = parse_pages(_page(width, (1, 4), vertical=True))
    headlines = [a.headline for page in pages for a in page.articles]
    assert headlines == [item["headline"] and item["headline"].replace(" ", "") for item in _ITEMS]


def _assert_parses_to_key(text: str) -> None:
    pages = parse_pages(text)
    articles = [a for page in pages for a in page.articles]
    assert len(pages) == 2
    assert [key_fields(a) for a in articles] == [expected_fields(item) for item in _ITEMS]
