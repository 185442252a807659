"""Properties over random text and mutations of the sample (issue 4, item 4).

For every input: nothing lost, nothing twice (line ownership); the same input gives the same
pages; ``to_dict()`` is JSON and ``Page.from_dict`` gives the page back. Hypothesis runs a
few hundred derandomized examples per property, so CI sees the same cases every time.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jzdaily import Page, parse_page, parse_pages
from tests._ownership import assert_owned
from tests.conftest import SAMPLE

_SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").split("\n")

_SETTINGS = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What the paper prints at the edges of pieces: the markers the parser keys on.
MARKERS = (
    "本报讯", "本报讯（记者", "本报讯（记者 张三 通讯员 李四）", "本报郑州3月5日电", "●", "◆", "⬅",
    "➡", "（甲 乙）", "（张 三）", "摄", "王五 摄", "本报记者 刘金", "□", "□高 亢", "作者：张三",
    "政 务 简 报", "——副题", "13月45日", "十十月十十日", "昨天", "。", "”", "）", "工工业业", "★★★",
    "A08│孟州新闻2023年3月7日 星期二", "JIAOZUO DAILY", "■新闻热线：8797000│■编辑：甲│校对：乙",
    "\x00", "\ufeff", "\f", "",
)  # fmt: skip

_PAPER_CHARS = st.sampled_from(list("本报讯记者通讯员摄□●⬅（）()“”《》。，、：；！？月日年19 \n\n\n\r\f甲乙丙丁"))
_ANY_CHAR = st.characters(exclude_categories=())  # every code point: surrogates, controls too


def _check(text: str, parse: Callable[[str], tuple[Page, ...]]) -> tuple[Page, ...]:
    pages = parse(text)
    assert_owned(text, pages)
    assert parse(text) == pages  # deterministic
    for page in pages:
        data = json.loads(json.dumps(page.to_dict()))  # to_dict is JSON
        assert Page.from_dict(data) == page  # and round-trips
    return pages


def _one_page(text: str) -> tuple[Page, ...]:
    return (parse_page(text),)


# -- random text ---------------------------------------------------------------------------

_random_text = st.one_of(
    st.text(_ANY_CHAR, max_size=300),
    st.text(st.one_of(_ANY_CHAR, _PAPER_CHARS), max_size=600),
    st.lists(st.one_of(st.sampled_from(MARKERS), st.text(_PAPER_CHARS, max_size=40)), max_size=60)
    .map("\n".join),
)


@_SETTINGS
@given(_random_text)
def test_random_text_pages(text: str) -> None:
    _check(text, parse_pages)


@_SETTINGS
@given(_random_text)
def test_random_text_one_page(text: str) -> None:
    _check(text, _one_page)


# -- mutations of the sample ---------------------------------------------------------------


def _rewrap(lines: list[str], start: int, count: int, width: int) -> list[str]:
    """Join a run of lines and cut it again at another column width."""
    joined = "".join(lines[start : start + count])
    cut = [joined[k : k + width] for k in range(0, len(joined), width)] or [""]
    return lines[:start] + cut + lines[start + count :]


@st.composite
def _mutated_sample(draw: st.DrawFn) -> str:
    lines = list(_SAMPLE_LINES)
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "rewrap", "insert", "prefix", "suffix"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "rewrap":
            count, width = draw(st.integers(1, 30)), draw(st.integers(1, 40))
            lines = _rewrap(lines, i, count, width)
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(MARKERS)))
        elif op == "prefix":
            lines[i] = draw(st.sampled_from(MARKERS)) + lines[i]
        else:
            lines[i] += draw(st.sampled_from(MARKERS))
    return "\n".join(lines)


@_SETTINGS
@given(_mutated_sample())
def test_mutated_sample_pages(text: str) -> None:
    pages = _check(text, parse_pages)
    assert parse_pages(text.encode("utf-8")) == pages  # bytes give the same pages


@settings(_SETTINGS, max_examples=150)
@given(_mutated_sample())
def test_mutated_sample_one_page(text: str) -> None:
    _check(text, _one_page)
