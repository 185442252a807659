"""``to_dict`` walks the fields itself (for speed); it must give exactly what attrs' generic
``asdict`` gives with the model's JSON conversions, key order included."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attr
import pytest

from jzdaily import (
    Article,
    ArticleKind,
    Dateline,
    Fragment,
    FragmentKind,
    Page,
    ParseWarning,
    parse_pages,
)
from jzdaily._model import json_value

_LINE = ("本报讯（记者甲乙 通讯员丙丁）3月4日上午，某县举办了一场虚构的活动，"
         "参加活动的人很多。")  # fmt: skip


def _asdict(obj: Any) -> dict[str, Any]:
    """The reference: attrs' own recursive asdict, tuples as lists, dates and enums as JSON."""
    return attr.asdict(  # type: ignore[no-any-return]
        obj, retain_collection_types=False, value_serializer=lambda _i, _f, v: json_value(v)
    )


def _article_reference(article: Article) -> dict[str, Any]:
    data = _asdict(article)
    data["body"] = article.body
    first, last = ("id", "kind", "headline"), ("paragraphs", "body", "source_lines")
    middle = [k for k in data if k not in first and k not in last]
    return {k: data[k] for k in (*first, *middle, *last)}


def _page_reference(page: Page) -> dict[str, Any]:
    data = _asdict(page)
    data["articles"] = [_article_reference(a) for a in page.articles]
    data["staff"] = {role: list(names) for role, names in page.staff.items()}
    first, last = ("index",), ("articles", "fragments", "warnings")
    middle = [k for k in data if k not in first and k not in last]
    return {k: data[k] for k in (*first, *middle, *last)}


_ARTICLE = Article(
    kind=ArticleKind.NEWS, headline="虚构标题", paragraphs=("第一段。", "第二段。"),
    source_lines=(7, 8, 9), subtitle="——副题", column="要闻",
    dateline=Dateline("本报讯（记者甲乙）", "本报讯", reporters=("甲乙",), interns=("戊",)),
    date=dt.date(2024, 5, 6), time_of_day="上午", relative_date=None, authors=("丙丁", "戊己"),
    photographers=("庚",), photo_arrow="left", id="2024-05-07/A02/01",
)  # fmt: skip
_TIMED = Article(
    kind=ArticleKind.PHOTO, headline=None, paragraphs=("只有一段。",), source_lines=(3,),
    date=dt.date(2024, 5, 1), date_end=dt.date(2024, 5, 3), date_precision="day",
    time=dt.time(14, 30), time_approximate=True, relative_date="上周三", story_code="①3",
    continued_to="A3版", continued_from="一版", linked_id="2024-05-07/A03/02",
)  # fmt: skip
_PAGE = Page(
    index=1, articles=(_ARTICLE, Article(ArticleKind.BRIEF, None, (), ())),
    fragments=(Fragment(FragmentKind.COLUMN, "要闻", (10,)),),
    warnings=(ParseWarning("no-headline", "没有标题", (3, 4)),), code="A02", section="虚构版",
    date=dt.date(2024, 5, 7), date_inferred=True, weekday="星期二", paper="某报",
    staff={"编辑": ("甲", "乙"), "校对": ("丙",)}, hotline="0000-0000000",
)  # fmt: skip


@pytest.mark.parametrize(
    ("obj", "reference"),
    [
        (_ARTICLE.dateline, _asdict),  # a dateline: every tuple a list, None kept
        (_PAGE.warnings[0], _asdict),  # a warning: line numbers as a list
        (_PAGE.fragments[0], _asdict),  # a fragment: its kind as the enum's value
        (_ARTICLE, _article_reference),  # an article: nested dateline, date, body, key order
        (_TIMED, _article_reference),  # an article with a span, a clock time and every mark
        (_PAGE, _page_reference),  # a page: staff mapping, nested lists, articles' own order
        (Page(index=0), _page_reference),  # an empty page: empty lists and mapping
    ],
)
def test_to_dict_is_what_asdict_gives(obj: Any, reference: Any) -> None:
    """to_dict equals the asdict reference value for value and key for key, in order."""
    data = obj.to_dict()
    assert data == reference(obj)
    assert json.dumps(data, ensure_ascii=False) == json.dumps(reference(obj), ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    [
        f"虚构日报\n{_LINE}\n（甲乙）\n",  # a story with a dateline and a byline
        f"● {_LINE}\n\n● 另一条简讯的内容到此结束。\n\n简 讯\n",  # briefs under a column title
    ],
)
def test_parsed_pages_serialize_as_asdict_does(text: str, sample_text: str) -> None:
    """On parsed pages (invented ones and the sample), to_dict matches the reference."""
    for page in (*parse_pages(text), *parse_pages(sample_text)):
        assert page.to_dict() == _page_reference(page)
