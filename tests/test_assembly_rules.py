"""Rules of page cutting and title runs, on tags and lines written for these tests."""

from __future__ import annotations

import itertools
import random

import pytest

from jzdaily._headlines import MAX_HEADLINE_LINES, headline_like, headline_reach
from jzdaily._pages import split_pages
from jzdaily._tags import Role, Tag
from jzdaily._text import Line

B, P, PAPER, STAFF, G, T = (
    Role.BLANK, Role.PAGE_LINE, Role.PAPER, Role.STAFF, Role.GARBAGE, Role.TEXT
)  # fmt: skip


def _tags(roles: list[tuple[Role, bool]]) -> list[Tag]:
    """Tags of the roles given, a form feed before the lines marked True."""
    return [
        Tag(Line(n, "" if role is B else "某某", page_break=feed), role)
        for n, (role, feed) in enumerate(roles, start=1)
    ]


@pytest.mark.parametrize(
    ("roles", "pages"),
    [
        # a page line after content starts a page
        ([(T, False), (P, False), (T, False)], [[1], [2, 3]]),
        # the new page starts at the header lines printed over its page line
        (
            [(P, False), (T, False), (PAPER, False), (B, False), (STAFF, False), (P, False),
             (T, False)],
            [[1, 2], [3, 4, 5, 6, 7]],
        ),
        # a form feed starts a page, but not on the first line
        ([(T, True), (T, False), (T, True)], [[1, 2], [3]]),
        # a page line with only a header and furniture before it starts no page
        ([(PAPER, False), (G, False), (P, False), (T, False)], [[1, 2, 3, 4]]),
        # a header with nothing after it stays on the headerless page before
        ([(T, False), (B, False), (P, False)], [[1, 2, 3]]),
        # ... but not after a form feed, which always starts a page
        ([(T, False), (P, True)], [[1], [2]]),
        # ... nor on a page that has a page line of its own
        ([(P, False), (T, False), (P, False), (T, False), (P, False)], [[1, 2], [3, 4], [5]]),
        # page lines with nothing but page lines before them start no page
        ([(P, False), (P, False), (B, False), (P, False), (T, False)], [[1, 2, 3, 4, 5]]),
        # no tags: one empty page
        ([], [[]]),
    ],
)
def test_split_pages_cuts_at_form_feeds_and_page_headers(
    roles: list[tuple[Role, bool]], pages: list[list[int]]
) -> None:
    """Each page holds the lines the cutting rules give it, in input order."""
    got = split_pages(_tags(roles))
    assert [[t.line.number for t in page] for page in got] == pages


def _title_tags(texts: tuple[str, ...]) -> list[Tag]:
    return [Tag(Line(n, text), Role.TEXT) for n, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "reach"),
    [
        (("某县新建十座水厂", "全县农户喝上放心水"), 2),  # a headline's lines: all of them
        (("某某某某，某某某某，某某某某某某",), 0),  # a first line with two clauses: none
        (("——某地某某某某，某某，某某某某",), 1),  # ... unless it is a ——subtitle
        (("某县新建十座水厂", "今年以来。某某某某某"), 1),  # a full stop ends the reach
        (("某" * 30, "某" * 30, "某" * 30, "某" * 30), 3),  # 90 characters at most
        (("某" * 46,), 0),  # a line wider than a headline's
        (("甲", "乙", "丙", "丁", "戊"), MAX_HEADLINE_LINES),  # no more than a title's lines
        ((), 0),
    ],
)
def test_headline_reach_is_where_a_headline_cannot_go_on(
    texts: tuple[str, ...], reach: int
) -> None:
    """The reach stops at the first line that no headline holding it could pass, and every
    longer block of the lines fails `headline_like`."""
    tags = _title_tags(texts)
    assert headline_reach(tags) == reach
    assert not any(headline_like(tags[:n]) for n in range(reach + 1, len(tags) + 1))


_POOL = (
    "某县新建十座水厂", "全县农户喝上放心水", "某某某，某某某", "某某，某某，某某", "——某地纪事",
    "截至6月底，新建基站21座，", "今年以来。某某", "5月4日上午，某县", "图① 某某", "2031年5月1日",
    "某" * 44, "某" * 46, "一、某某某", "某某某：", "【某某】", "某", "某某某某某某某某某某某某某某。",
)  # fmt: skip


def test_no_block_longer_than_the_reach_reads_as_a_headline() -> None:
    """For blocks drawn from invented title and text lines, every block longer than its
    reach fails `headline_like` (so a caller may skip those blocks unread)."""
    rng = random.Random(13)
    blocks = [tuple(rng.choice(_POOL) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    blocks += list(itertools.product(_POOL[:8], repeat=2))
    for texts in blocks:
        tags = _title_tags(texts)
        reach = headline_reach(tags)
        assert not any(headline_like(tags[:n]) for n in range(reach + 1, len(tags) + 1)), texts
